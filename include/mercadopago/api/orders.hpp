// The Orders API (`/v1/orders`): create an order (online card, Pix, boleto),
// get it, process and capture it when created in manual mode, cancel it,
// refund it in full or in part, manage its payments, and search orders.
//
//     auto o = cli.orders().create({.processing_mode = "automatic", .total_amount = mp::decimal("200.00"),
//                                   .payer = mp::order_payer{.email = "buyer@testuser.com"},
//                                   .transactions = mp::order_transactions_request{.payments = {{
//                                       .amount = mp::decimal("200.00"),
//                                       .payment_method = mp::order_payment_method_request{
//                                           .id = "master", .type = "credit_card", .token = token, .installments = 1}}}}});
//
// Every write carries an X-Idempotency-Key (the API requires it here). A
// declined card answers 402 with the failed order: `order_failure(error)`
// reads it. State conflicts answer 409 with string codes (`cannot_cancel_order`,
// …; see order_error_codes), and 423 `resource_locked` is retried with the
// same key, as every retryable status is.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/decimal.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/detail/resource_accessor.hpp>
#include <mercadopago/detail/result_instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/models/order.hpp>
#include <mercadopago/models/order_request.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/resource_id.hpp>
#include <mercadopago/search.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using orders_create = endpoint<http_method::post, "/v1/orders", order_create_request, order>;
using orders_get = endpoint<http_method::get, "/v1/orders/{id}", no_body, order>;
using orders_search = endpoint<http_method::get, "/v1/orders", no_body, data_page<order>>;
using orders_process = endpoint<http_method::post, "/v1/orders/{id}/process", no_body, order>;
using orders_capture = endpoint<http_method::post, "/v1/orders/{id}/capture", no_body, order>;
using orders_cancel = endpoint<http_method::post, "/v1/orders/{id}/cancel", no_body, order>;
/// A total refund sends no body.
using orders_refund = endpoint<http_method::post, "/v1/orders/{id}/refund", no_body, order>;
using orders_refund_partial = endpoint<http_method::post, "/v1/orders/{id}/refund", order_refund_request, order>;
using orders_transactions_create =
    endpoint<http_method::post, "/v1/orders/{id}/transactions", order_transactions_request, order_transactions>;
using orders_transactions_update =
    endpoint<http_method::put, "/v1/orders/{id}/transactions/{transaction_id}", order_payment_request, order_payment>;
using orders_transactions_delete =
    endpoint<http_method::del, "/v1/orders/{id}/transactions/{transaction_id}", no_body, no_content>;
}  // namespace endpoints

/// The query of `GET /v1/orders`. The API requires the date window;
/// results are paged by page number, not offset.
struct order_search_query {
    std::string begin_date{};  ///< required: ISO-8601
    std::string end_date{};    ///< required
    std::string external_reference{};  ///< the merchant's reference given at creation
    std::string type{};  ///< order type, e.g. "online"
    std::string status{};  ///< order status, e.g. "processed", "action_required"
    std::string status_detail{};  ///< e.g. "accredited", "waiting_payment"
    std::string payment_method_id{};  ///< e.g. "master", "pix"
    std::string payment_method_type{};  ///< e.g. "credit_card", "bank_transfer"
    std::optional<std::int64_t> page{};       ///< from 1
    std::optional<std::int64_t> page_size{};  ///< orders per page
    std::string sort_by{};  ///< field to sort by, as the API names it
    std::string sort_order{};  ///< asc, desc
    query_params filters{};  ///< anything else, as the API names it

    /// The query string pairs: each set member under its API name, then `filters`.
    query_params to_query() const {
        query_params q;
        detail::add_param(q, "begin_date", begin_date);
        detail::add_param(q, "end_date", end_date);
        detail::add_param(q, "external_reference", external_reference);
        detail::add_param(q, "type", type);
        detail::add_param(q, "status", status);
        detail::add_param(q, "status_detail", status_detail);
        detail::add_param(q, "payment_method_id", payment_method_id);
        detail::add_param(q, "payment_method_type", payment_method_type);
        detail::add_param(q, "page", page);
        detail::add_param(q, "page_size", page_size);
        detail::add_param(q, "sort_by", sort_by);
        detail::add_param(q, "sort_order", sort_order);
        q.insert(q.end(), filters.begin(), filters.end());
        return q;
    }
};

/// The Orders API's string error codes (shared reference
/// errors-retries-idempotency.md §3.6), to test with `error::has_cause`.
namespace order_error_codes {
inline constexpr std::string_view failed = "failed";  ///< 402: the payment failed
inline constexpr std::string_view order_not_found = "order_not_found";  ///< 404: no such order
/// 404: the order has no such payment.
inline constexpr std::string_view transaction_not_found = "transaction_not_found";
/// 409: the order's state does not allow a refund.
inline constexpr std::string_view cannot_refund_order = "cannot_refund_order";
/// 409: the order's state does not allow a capture.
inline constexpr std::string_view cannot_capture_order = "cannot_capture_order";
/// 409: the order's state does not allow a cancellation.
inline constexpr std::string_view cannot_cancel_order = "cannot_cancel_order";
inline constexpr std::string_view order_already_refunded = "order_already_refunded";  ///< 409: refunded in full already
/// The errors table spells it with two l's, one SDK with one: test for both.
inline constexpr std::string_view order_already_cancelled = "order_already_cancelled";
inline constexpr std::string_view order_already_canceled = "order_already_canceled";  ///< 409: the one-l spelling
/// 409: the key was already used; the API does not replay: retry with a new key.
inline constexpr std::string_view idempotency_key_already_used = "idempotency_key_already_used";
/// 409: the order does not support this operation now.
inline constexpr std::string_view operation_not_supported = "operation_not_supported";
inline constexpr std::string_view resource_locked = "resource_locked";  ///< 423: retried with the same key
/// 400: more payments than an order takes.
inline constexpr std::string_view exceeded_number_of_transactions = "exceeded_number_of_transactions";
/// 400: a test payer's e-mail must end in `@testuser.com`.
inline constexpr std::string_view invalid_email_for_sandbox = "invalid_email_for_sandbox";
/// 400: the body holds a member the API does not know.
inline constexpr std::string_view unsupported_properties = "unsupported_properties";
/// 400: not allowed in the order's processing mode.
inline constexpr std::string_view invalid_order_mode_for_operation = "invalid_order_mode_for_operation";
}  // namespace order_error_codes

/// The failed order a declined create answers with (HTTP 402): its status
/// `failed`, the status_detail saying why, and the failed payment. Empty for
/// any other error. (A template only so that a file which never calls it
/// does not compile the order's decoder.)
template <class Order = order>
std::optional<Order> order_failure(const error& e) {
    if (e.http_status != 402 || e.body.empty()) return std::nullopt;
    auto o = from_json<Order>(e.body);
    if (!o) return std::nullopt;
    return std::move(*o);
}

/// The Orders API (`/v1/orders`) through a client. Reach it as `cli.orders()`; it needs the access token
/// (server side only). A synchronous client returns `api_result<T>`; an async_client takes a completion token last
/// and completes with that result. Every write carries the X-Idempotency-Key the API requires here:
/// `request_options::idempotency_key`, or a UUID made once per call and sent on each of its retries.
template <class Client>
class orders_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit orders_api(const Client& c) noexcept : c_(&c) {}

    /// Creates an order. In automatic processing a card is charged at once
    /// (a decline is a 402 error: see order_failure); in manual processing the
    /// order stays `created` until process().
    /// `POST /v1/orders`; returns the order. Amounts travel as decimal strings ("200.00").
    template <class... Token>
    auto create(const order_create_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_create>({}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(const order_create_request& req, Token&& t) const {
        return create(req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/orders/{id}` (a text id such as "ORD01…"): the order now; errc::not_found (`order_not_found`)
    /// when there is none.
    template <class... Token>
    auto get(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_get>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id id, Token&& t) const {
        return get(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Processes an order created with `processing_mode: manual`.
    /// `POST /v1/orders/{id}/process` with no body; returns the processed order.
    template <class... Token>
    auto process(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_process>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto process(resource_id id, Token&& t) const {
        return process(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Captures an order authorised with `capture_mode: manual` (`waiting_capture`).
    /// `POST /v1/orders/{id}/capture` with no body; the answer is a short order (id, status, payments).
    /// 409 `cannot_capture_order` when the order's state forbids it.
    template <class... Token>
    auto capture(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_capture>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto capture(resource_id id, Token&& t) const {
        return capture(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Cancels an order that is not processed yet (created, or waiting for
    /// payment or capture); 409 `cannot_cancel_order` otherwise.
    /// `POST /v1/orders/{id}/cancel` with no body; returns the cancelled order.
    template <class... Token>
    auto cancel(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_cancel>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto cancel(resource_id id, Token&& t) const {
        return cancel(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Refunds the whole order (sends no body).
    /// `POST /v1/orders/{id}/refund`; the answer is a short order (id, status, refunds).
    template <class... Token>
    auto refund(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_refund>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto refund(resource_id id, Token&& t) const {
        return refund(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Refunds `amount` of the order's payment `transaction_id`. There is no
    /// way to call this without an amount, so a partial refund never turns
    /// into a total one.
    /// Sends `POST /v1/orders/{id}/refund` with `{"transactions":[{"id":transaction_id,"amount":"…"}]}`.
    template <class... Token>
    auto refund(resource_id id, std::string transaction_id, decimal amount, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        order_refund_request body;
        body.transactions.push_back({.id = std::move(transaction_id), .amount = amount});
        return c_->template call<endpoints::orders_refund_partial>({id.str()}, body, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto refund(resource_id id, std::string transaction_id, decimal amount, Token&& t) const {
        return refund(std::move(id), std::move(transaction_id), amount, request_options{}, std::forward<Token>(t));
    }
    /// Refunds several payments of the order in part, in one call.
    /// `POST /v1/orders/{id}/refund` with `req`'s list of payment ids and amounts.
    template <class... Token>
    auto refund(resource_id id, const order_refund_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_refund_partial>({id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto refund(resource_id id, const order_refund_request& req, Token&& t) const {
        return refund(std::move(id), req, request_options{}, std::forward<Token>(t));
    }
    /// Adds payments to an order (at most two per order).
    /// `POST /v1/orders/{id}/transactions`; answers `{payments:[…]}` (a new payment may lack its `id`).
    template <class... Token>
    auto add_transaction(resource_id id, const order_transactions_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<order_transactions>
        return c_->template call<endpoints::orders_transactions_create>({id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto add_transaction(resource_id id, const order_transactions_request& req, Token&& t) const {
        return add_transaction(std::move(id), req, request_options{}, std::forward<Token>(t));
    }
    /// `PUT /v1/orders/{id}/transactions/{transaction_id}` (a payment id, "pay_…"): changes that payment as
    /// `req` says; the answer is the payment (some bodies hold only its `payment_method`).
    template <class... Token>
    auto update_transaction(resource_id id, resource_id transaction_id, const order_payment_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<order_payment>
        return c_->template call<endpoints::orders_transactions_update>({id.str(), transaction_id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto update_transaction(resource_id id, resource_id transaction_id, const order_payment_request& req, Token&& t) const {
        return update_transaction(std::move(id), std::move(transaction_id), req, request_options{}, std::forward<Token>(t));
    }
    /// `DELETE /v1/orders/{id}/transactions/{transaction_id}`: removes a payment from the order; the answer
    /// has no body (`no_content`).
    template <class... Token>
    auto delete_transaction(resource_id id, resource_id transaction_id, const request_options& o = {}, Token&&... t) const {  // api_result<no_content>
        return c_->template call<endpoints::orders_transactions_delete>({id.str(), transaction_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto delete_transaction(resource_id id, resource_id transaction_id, Token&& t) const {
        return delete_transaction(std::move(id), std::move(transaction_id), request_options{}, std::forward<Token>(t));
    }
    /// One page of orders.
    /// `GET /v1/orders`: a data_page<order>, paged by page number.
    template <class... Token>
    auto search(const order_search_query& q, const request_options& o = {}, Token&&... t) const {  // api_result<data_page<order>>
        return c_->template call<endpoints::orders_search>({}, q.to_query(), o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto search(const order_search_query& q, Token&& t) const {
        return search(q, request_options{}, std::forward<Token>(t));
    }
    /// Every order the query finds, page by page, fetched lazily.
    auto search_all(order_search_query q, request_options o = {}) const {
        return mercadopago::search_all<endpoints::orders_search>(*c_, std::move(q), std::move(o));
    }

private:
    const Client* c_;
};

/// `cli.orders()`, in mercadopago::client (a public_client refuses it at
/// compile time); listed in mercadopago/resources.hpp.
template <class Client>
struct orders_accessor {
    /// The Orders facade over this client.
    orders_api<Client> orders() const noexcept {
        return detail::open_resource<orders_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The page this resource answers searches with, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(data_page<order>);

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(order, order_payment, order_transactions, data_page<order>);

}  // namespace mercadopago
