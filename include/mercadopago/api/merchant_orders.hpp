// Merchant orders (`/merchant_orders`): what Checkout Pro groups a
// preference's payments and shipments into. A `merchant_order` notification
// names one; `get` it and compare `paid_amount` with `total_amount` (or read
// `order_status`) to know whether the purchase is paid.
//
//     auto mo = cli.merchant_orders().get(notification.data_id);
//     if (mo && mo->order_status == mp::merchant_order_order_status::paid) ship(*mo->external_reference);
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/detail/resource_accessor.hpp>
#include <mercadopago/detail/result_instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/merchant_order.hpp>
#include <mercadopago/models/merchant_order_request.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/resource_id.hpp>
#include <mercadopago/search.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using merchant_orders_create = endpoint<http_method::post, "/merchant_orders", merchant_order_request, merchant_order>;
using merchant_orders_get = endpoint<http_method::get, "/merchant_orders/{id}", no_body, merchant_order>;
using merchant_orders_update =
    endpoint<http_method::put, "/merchant_orders/{id}", merchant_order_request, merchant_order>;
using merchant_orders_search =
    endpoint<http_method::get, "/merchant_orders/search", no_body, elements_page<merchant_order>>;
}  // namespace endpoints

/// The query of `GET /merchant_orders/search`.
struct merchant_order_search_query {
    std::optional<std::int64_t> limit{};  ///< page size
    std::optional<std::int64_t> offset{};  ///< position of the first result, from 0
    std::string external_reference{};  ///< the merchant's reference given on the preference
    std::string preference_id{};  ///< the preference whose merchant orders to find
    std::string status{};  ///< opened, closed, expired
    query_params filters{};  ///< anything else, as the API names it

    /// The query string pairs: each set member under its API name, then `filters`.
    query_params to_query() const {
        query_params q;
        detail::add_param(q, "limit", limit);
        detail::add_param(q, "offset", offset);
        detail::add_param(q, "external_reference", external_reference);
        detail::add_param(q, "preference_id", preference_id);
        detail::add_param(q, "status", status);
        q.insert(q.end(), filters.begin(), filters.end());
        return q;
    }
};

/// Merchant orders (`/merchant_orders`): a Checkout Pro purchase with its payments and shipments.
/// Reach it as `cli.merchant_orders()`; it needs the access token (server side only). A synchronous client returns
/// `api_result<T>`; an async_client takes a completion token last and completes with that result. Writes carry
/// an X-Idempotency-Key (`request_options::idempotency_key`, or one made per call).
template <class Client>
class merchant_orders_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit merchant_orders_api(const Client& c) noexcept : c_(&c) {}

    /// `POST /merchant_orders`: creates a merchant order (Checkout Pro makes them itself for preferences).
    template <class... Token>
    auto create(const merchant_order_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<merchant_order>
        return c_->template call<endpoints::merchant_orders_create>({}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(const merchant_order_request& req, Token&& t) const {
        return create(req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /merchant_orders/{id}` (an int64 id, e.g. a notification's `data_id`): the merchant order now.
    template <class... Token>
    auto get(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<merchant_order>
        return c_->template call<endpoints::merchant_orders_get>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id id, Token&& t) const {
        return get(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// `PUT /merchant_orders/{id}` with the members `req` sets; returns the updated merchant order.
    template <class... Token>
    auto update(resource_id id, const merchant_order_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<merchant_order>
        return c_->template call<endpoints::merchant_orders_update>({id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto update(resource_id id, const merchant_order_request& req, Token&& t) const {
        return update(std::move(id), req, request_options{}, std::forward<Token>(t));
    }
    /// One page of merchant orders.
    /// `GET /merchant_orders/search`: an elements_page<merchant_order>.
    template <class... Token>
    auto search(const merchant_order_search_query& q, const request_options& o = {}, Token&&... t) const {  // api_result<elements_page<merchant_order>>
        return c_->template call<endpoints::merchant_orders_search>({}, q.to_query(), o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto search(const merchant_order_search_query& q, Token&& t) const {
        return search(q, request_options{}, std::forward<Token>(t));
    }
    /// Every merchant order the query finds, page by page, fetched lazily.
    auto search_all(merchant_order_search_query q, request_options o = {}) const {
        return mercadopago::search_all<endpoints::merchant_orders_search>(*c_, std::move(q), std::move(o));
    }

private:
    const Client* c_;
};

/// `cli.merchant_orders()`, in mercadopago::client; listed in mercadopago/resources.hpp.
template <class Client>
struct merchant_orders_accessor {
    /// The merchant-orders facade over this client.
    merchant_orders_api<Client> merchant_orders() const noexcept {
        return detail::open_resource<merchant_orders_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The search page, compiled once with MERCADOPAGO_SEPARATE_COMPILATION.
MERCADOPAGO_CODECS(elements_page<merchant_order>);

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(merchant_order, elements_page<merchant_order>);

}  // namespace mercadopago
