// Payments: create, get, search, update, capture, cancel.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/decimal.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/detail/resource_accessor.hpp>
#include <mercadopago/detail/result_instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/models/payment_request.hpp>
#include <mercadopago/resource_id.hpp>
#include <mercadopago/search.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using payments_create = endpoint<http_method::post, "/v1/payments", payment_create_request, payment>;
using payments_get = endpoint<http_method::get, "/v1/payments/{id}", no_body, payment>;
using payments_search = endpoint<http_method::get, "/v1/payments/search", no_body, results_page<payment>>;
/// Update, capture and cancel are all this PUT with different bodies.
using payments_update = endpoint<http_method::put, "/v1/payments/{id}", payment_update_request, payment>;
}  // namespace endpoints

/// The query of `GET /v1/payments/search`.
struct payment_search_query {
    std::optional<std::int64_t> limit{};   ///< page size: default 30, max 50
    std::optional<std::int64_t> offset{};  ///< first result (max 10000)
    std::string sort{};                    ///< date_created, date_approved, date_last_updated, id, money_release_date
    std::string criteria{};                ///< asc | desc
    std::string range{};                   ///< the date field begin_date/end_date apply to
    std::string begin_date{};              ///< ISO-8601 or relative (NOW-30DAYS)
    std::string end_date{};  ///< end of the window, same formats; default NOW
    std::string external_reference{};  ///< the merchant's own reference given at creation
    std::string status{};  ///< payment status, e.g. "approved", "pending", "rejected"
    query_params filters{};  ///< anything else: {"payer.id", "123"}, {"payment_method_id", "pix"}, …

    /// The query string pairs: each set member under its API name, then `filters`.
    query_params to_query() const {
        query_params q;
        detail::add_param(q, "limit", limit);
        detail::add_param(q, "offset", offset);
        detail::add_param(q, "sort", sort);
        detail::add_param(q, "criteria", criteria);
        detail::add_param(q, "range", range);
        detail::add_param(q, "begin_date", begin_date);
        detail::add_param(q, "end_date", end_date);
        detail::add_param(q, "external_reference", external_reference);
        detail::add_param(q, "status", status);
        q.insert(q.end(), filters.begin(), filters.end());
        return q;
    }
};

/// Payments (`/v1/payments`) through a client: charge, read, search, update, capture, cancel.
/// Reach it as `cli.payments()`; it needs the access token, so it runs on the server only. A synchronous client
/// returns `api_result<T>`; an async_client takes a completion token last and completes with that result.
/// `request_options` sets one call's idempotency key, seller token, timeout or extra headers. Errors arrive as
/// `error` with the HTTP status mapped to errc (bad_request, not_found, …) and the API's cause codes.
template <class Client>
class payments_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit payments_api(const Client& c) noexcept : c_(&c) {}

    /// Charges a payment. A decline is not an error: the API answers 201 with
    /// `status: rejected` and the reason in `status_detail`.
    /// `POST /v1/payments` with an X-Idempotency-Key: `o.idempotency_key`, or a UUID made once and sent on
    /// every retry, so a retried create never charges twice. Returns the payment (rejected ones included); an
    /// invalid request fails with errc::bad_request and cause codes (2006: card token not found or used).
    template <class... Token>
    auto create(const payment_create_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<payment>
        return c_->template call<endpoints::payments_create>({}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(const payment_create_request& req, Token&& t) const {
        return create(req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/payments/{id}` (the int64 id, or its digits as text): the payment as it is now. An unknown id
    /// fails with errc::not_found.
    template <class... Token>
    auto get(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<payment>
        return c_->template call<endpoints::payments_get>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id id, Token&& t) const {
        return get(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// One page of results.
    /// `GET /v1/payments/search`: the page of `q` as a results_page<payment>. Only the last 12 months are
    /// searchable, and the API refuses offsets beyond 10000.
    template <class... Token>
    auto search(const payment_search_query& q = {}, const request_options& o = {}, Token&&... t) const {  // api_result<results_page<payment>>
        return c_->template call<endpoints::payments_search>({}, q.to_query(), o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto search(const payment_search_query& q, Token&& t) const {
        return search(q, request_options{}, std::forward<Token>(t));
    }
    /// Every result across pages, fetched lazily.
    /// A range of `result<payment>` from a synchronous client (an async_paged_range from an async_client);
    /// a page that fails to load is one error element that ends it, and so is reaching offset 10000.
    auto search_all(payment_search_query q = {}, request_options o = {}) const {
        return mercadopago::search_all<endpoints::payments_search>(*c_, std::move(q), std::move(o));
    }
    /// `PUT /v1/payments/{id}` with `req` (status, capture, transaction_amount), keyed like create(). Returns
    /// the updated payment; an action the payment's state forbids fails with errc::bad_request (cause 2018).
    template <class... Token>
    auto update(resource_id id, const payment_update_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<payment>
        return c_->template call<endpoints::payments_update>({id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto update(resource_id id, const payment_update_request& req, Token&& t) const {
        return update(std::move(id), req, request_options{}, std::forward<Token>(t));
    }
    /// Captures an authorised payment (created with `capture: false`) in full.
    /// Sends `PUT /v1/payments/{id}` with `{"capture":true}`; returns the captured payment.
    template <class... Token>
    auto capture(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<payment>
        return update(std::move(id), payment_update_request{.capture = true}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto capture(resource_id id, Token&& t) const {
        return capture(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Captures part of an authorised amount; the rest is released to the buyer.
    /// Sends `PUT /v1/payments/{id}` with `{"capture":true,"transaction_amount":amount}`; `amount` may not
    /// exceed the authorised amount (in Argentina only Visa, Cabal, Master and Amex allow it).
    template <class... Token>
    auto capture(resource_id id, decimal amount, const request_options& o = {}, Token&&... t) const {  // api_result<payment>
        return update(std::move(id), payment_update_request{.capture = true, .transaction_amount = amount}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto capture(resource_id id, decimal amount, Token&& t) const {
        return capture(std::move(id), amount, request_options{}, std::forward<Token>(t));
    }
    /// Cancels a pending, in-process or authorised payment.
    /// Sends `PUT /v1/payments/{id}` with `{"status":"cancelled"}`; returns the cancelled payment.
    template <class... Token>
    auto cancel(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<payment>
        return update(std::move(id), payment_update_request{.status = payment_status::cancelled}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto cancel(resource_id id, Token&& t) const {
        return cancel(std::move(id), request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.payments()`, in mercadopago::client (a public_client refuses it at compile time); listed in mercadopago/resources.hpp.
template <class Client>
struct payments_accessor {
    /// The Payments facade over this client.
    payments_api<Client> payments() const noexcept {
        return detail::open_resource<payments_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The page this resource answers searches with, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(results_page<payment>);

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(payment, results_page<payment>);

}  // namespace mercadopago
