// Checkout Pro preferences (`/checkout/preferences`): what the buyer pays for
// on Mercado Pago's page (`init_point`), where they come back to
// (`back_urls`), and how they may pay.
//
//     auto p = cli.preferences().create({.items = {{.title = "Espresso machine", .quantity = 1,
//                                                   .unit_price = mp::decimal("150.00")}},
//                                        .back_urls = mp::preference_back_urls{.success = "https://shop.example/ok"},
//                                        .auto_return = "approved", .external_reference = "cart-9"});
//     redirect_buyer_to(*p->init_point);
//
// create and update check the rules the API is known to enforce first
// (preference_rules.hpp: e.g. auto_return needs back_urls.success) and answer
// errc::invalid_argument without sending anything. Searches page by offset
// over elements pages of summaries (`preference_search_element`).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/detail/resource_accessor.hpp>
#include <mercadopago/detail/result_instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/models/preference.hpp>
#include <mercadopago/models/preference_request.hpp>
#include <mercadopago/preference_rules.hpp>
#include <mercadopago/resource_id.hpp>
#include <mercadopago/search.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using preferences_create = endpoint<http_method::post, "/checkout/preferences", preference_request, preference>;
using preferences_get = endpoint<http_method::get, "/checkout/preferences/{id}", no_body, preference>;
using preferences_update = endpoint<http_method::put, "/checkout/preferences/{id}", preference_request, preference>;
using preferences_search = endpoint<http_method::get, "/checkout/preferences/search", no_body,
                                    elements_page<preference_search_element>>;
}  // namespace endpoints

/// The query of `GET /checkout/preferences/search`.
struct preference_search_query {
    std::optional<std::int64_t> limit{};  ///< page size
    std::optional<std::int64_t> offset{};  ///< position of the first result, from 0
    std::string external_reference{};  ///< the merchant's reference given at creation
    std::string site_id{};  ///< the site, e.g. "MLB", "MLA"
    std::string marketplace{};  ///< e.g. "NONE", or "MP-MKT-<client id>" for a marketplace's preferences
    std::string sponsor_id{};  ///< the sponsor account's id, as digits
    query_params filters{};  ///< anything else, as the API names it

    /// The query string pairs: each set member under its API name, then `filters`.
    query_params to_query() const {
        query_params q;
        detail::add_param(q, "limit", limit);
        detail::add_param(q, "offset", offset);
        detail::add_param(q, "external_reference", external_reference);
        detail::add_param(q, "site_id", site_id);
        detail::add_param(q, "marketplace", marketplace);
        detail::add_param(q, "sponsor_id", sponsor_id);
        q.insert(q.end(), filters.begin(), filters.end());
        return q;
    }
};

/// Checkout Pro preferences (`/checkout/preferences`): create, read, update, search.
/// Reach it as `cli.preferences()`; it needs the access token (server side only). A synchronous client returns
/// `api_result<T>`; an async_client takes a completion token last and completes with that result. Writes carry
/// an X-Idempotency-Key (`request_options::idempotency_key`, or one made per call).
template <class Client>
class preferences_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit preferences_api(const Client& c) noexcept : c_(&c) {}

    /// Creates a preference; its `init_point` is the page to send the buyer to.
    /// `POST /checkout/preferences`. A request that breaks a rule of preference_rules.hpp fails at once
    /// with errc::invalid_argument (`error::api_error` the rule's code, `error::path` the field), sending nothing.
    template <class... Token>
    auto create(const preference_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<preference>
        return c_->template call<endpoints::preferences_create>({}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(const preference_request& req, Token&& t) const {
        return create(req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /checkout/preferences/{id}` (a text id, `<collector id>-<uuid>`): the preference.
    template <class... Token>
    auto get(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<preference>
        return c_->template call<endpoints::preferences_get>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id id, Token&& t) const {
        return get(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Replaces what `req` sets (the API merges the body into the preference).
    /// `PUT /checkout/preferences/{id}`; checked against the same rules as create() first.
    template <class... Token>
    auto update(resource_id id, const preference_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<preference>
        return c_->template call<endpoints::preferences_update>({id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto update(resource_id id, const preference_request& req, Token&& t) const {
        return update(std::move(id), req, request_options{}, std::forward<Token>(t));
    }
    /// One page of preference summaries.
    /// `GET /checkout/preferences/search`: an elements_page of summaries (`items` holds titles only).
    template <class... Token>
    auto search(const preference_search_query& q, const request_options& o = {}, Token&&... t) const {  // api_result<elements_page<preference_search_element>>
        return c_->template call<endpoints::preferences_search>({}, q.to_query(), o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto search(const preference_search_query& q, Token&& t) const {
        return search(q, request_options{}, std::forward<Token>(t));
    }
    /// Every summary the query finds, page by page, fetched lazily.
    auto search_all(preference_search_query q, request_options o = {}) const {
        return mercadopago::search_all<endpoints::preferences_search>(*c_, std::move(q), std::move(o));
    }

private:
    const Client* c_;
};

/// `cli.preferences()`, in mercadopago::client; listed in mercadopago/resources.hpp.
template <class Client>
struct preferences_accessor {
    /// The preferences facade over this client.
    preferences_api<Client> preferences() const noexcept {
        return detail::open_resource<preferences_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The search page, compiled once with MERCADOPAGO_SEPARATE_COMPILATION.
MERCADOPAGO_CODECS(elements_page<preference_search_element>);

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(preference, elements_page<preference_search_element>);

}  // namespace mercadopago
