// Customers: create, get, update, delete, search.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/detail/resource_accessor.hpp>
#include <mercadopago/detail/result_instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/customer.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/resource_id.hpp>
#include <mercadopago/search.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using customers_create = endpoint<http_method::post, "/v1/customers", customer_request, customer>;
using customers_get = endpoint<http_method::get, "/v1/customers/{id}", no_body, customer>;
using customers_update = endpoint<http_method::put, "/v1/customers/{id}", customer_request, customer>;
using customers_delete = endpoint<http_method::del, "/v1/customers/{id}", no_body, customer>;
using customers_search = endpoint<http_method::get, "/v1/customers/search", no_body, results_page<customer>>;
}  // namespace endpoints

/// The query of `GET /v1/customers/search`.
struct customer_search_query {
    std::optional<std::int64_t> limit{};   ///< page size
    std::optional<std::int64_t> offset{};  ///< first result
    std::string email{};  ///< the customer's e-mail address, sent as `email`
    std::string first_name{};  ///< sent as `first_name`
    std::string last_name{};  ///< sent as `last_name`
    std::string identification_type{};    ///< with identification_number: CPF, DNI, …
    std::string identification_number{};  ///< the document number, sent as `identification.number`
    query_params filters{};  ///< anything else, as the API names it

    /// The query string pairs: each set member under its API name, then `filters`.
    query_params to_query() const {
        query_params q;
        detail::add_param(q, "limit", limit);
        detail::add_param(q, "offset", offset);
        detail::add_param(q, "email", email);
        detail::add_param(q, "first_name", first_name);
        detail::add_param(q, "last_name", last_name);
        detail::add_param(q, "identification.type", identification_type);
        detail::add_param(q, "identification.number", identification_number);
        q.insert(q.end(), filters.begin(), filters.end());
        return q;
    }
};

/// Customers (`/v1/customers`): the buyers a seller keeps, to save their cards and pay again.
/// Reach it as `cli.customers()`; it needs the access token (server side only). A synchronous client returns
/// `api_result<T>`; an async_client takes a completion token last and completes with that result. Writes carry
/// an X-Idempotency-Key (`request_options::idempotency_key`, or one made per call).
template <class Client>
class customers_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit customers_api(const Client& c) noexcept : c_(&c) {}

    /// `POST /v1/customers`: creates a customer (e-mail, name, phone, document, address); returns it with
    /// its text `id`.
    template <class... Token>
    auto create(const customer_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<customer>
        return c_->template call<endpoints::customers_create>({}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(const customer_request& req, Token&& t) const {
        return create(req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/customers/{id}`: the customer, with its saved cards and addresses.
    template <class... Token>
    auto get(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<customer>
        return c_->template call<endpoints::customers_get>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id id, Token&& t) const {
        return get(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// `PUT /v1/customers/{id}` with the members `req` sets; returns the updated customer.
    template <class... Token>
    auto update(resource_id id, const customer_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<customer>
        return c_->template call<endpoints::customers_update>({id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto update(resource_id id, const customer_request& req, Token&& t) const {
        return update(std::move(id), req, request_options{}, std::forward<Token>(t));
    }
    /// Deletes the customer (`delete` is a C++ keyword).
    /// `DELETE /v1/customers/{id}`; returns the deleted customer.
    template <class... Token>
    auto remove(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<customer>
        return c_->template call<endpoints::customers_delete>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto remove(resource_id id, Token&& t) const {
        return remove(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Search by e-mail: `search({.email = "buyer@example.com"})`.
    /// `GET /v1/customers/search`: one results_page<customer>.
    template <class... Token>
    auto search(const customer_search_query& q = {}, const request_options& o = {}, Token&&... t) const {  // api_result<results_page<customer>>
        return c_->template call<endpoints::customers_search>({}, q.to_query(), o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto search(const customer_search_query& q, Token&& t) const {
        return search(q, request_options{}, std::forward<Token>(t));
    }
    /// Every customer the query finds, fetched lazily page by page: a range of `result<customer>` (an
    /// async_paged_range from an async_client); a page that fails to load is one error element that ends it.
    auto search_all(customer_search_query q = {}, request_options o = {}) const {
        return mercadopago::search_all<endpoints::customers_search>(*c_, std::move(q), std::move(o));
    }

private:
    const Client* c_;
};

/// `cli.customers()`, in mercadopago::client (a public_client refuses it at compile time); listed in mercadopago/resources.hpp.
template <class Client>
struct customers_accessor {
    /// The customers facade over this client.
    customers_api<Client> customers() const noexcept {
        return detail::open_resource<customers_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The page this resource answers searches with, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(results_page<customer>);

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(customer, results_page<customer>);

}  // namespace mercadopago
