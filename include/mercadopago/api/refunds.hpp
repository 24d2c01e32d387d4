// Refunds of a payment: full, partial, get, list.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/decimal.hpp>
#include <mercadopago/detail/resource_accessor.hpp>
#include <mercadopago/detail/result_instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/payment_request.hpp>
#include <mercadopago/models/refund.hpp>
#include <mercadopago/resource_id.hpp>

#include <vector>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using refunds_create = endpoint<http_method::post, "/v1/payments/{id}/refunds", refund_create_request, refund>;
using refunds_get = endpoint<http_method::get, "/v1/payments/{id}/refunds/{refund_id}", no_body, refund>;
using refunds_list = endpoint<http_method::get, "/v1/payments/{id}/refunds", no_body, std::vector<refund>>;
}  // namespace endpoints

/// Refunds of a payment (`/v1/payments/{id}/refunds`): full, partial, read, list.
/// Reach it as `cli.refunds()`; it needs the access token (server side only). A synchronous client returns
/// `api_result<T>`; an async_client takes a completion token last and completes with that result. A refund is
/// possible within 180 days of approval and needs available balance.
template <class Client>
class refunds_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit refunds_api(const Client& c) noexcept : c_(&c) {}

    /// Refunds the whole payment (sends `{}`).
    /// `POST /v1/payments/{payment_id}/refunds` with an X-Idempotency-Key (`o.idempotency_key`, or a UUID made
    /// once and sent on every retry, so a retry never refunds twice). Returns the refund.
    template <class... Token>
    auto create(resource_id payment_id, const request_options& o = {}, Token&&... t) const {  // api_result<refund>
        return c_->template call<endpoints::refunds_create>({payment_id.str()}, refund_create_request{}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(resource_id payment_id, Token&& t) const {
        return create(std::move(payment_id), request_options{}, std::forward<Token>(t));
    }
    /// Refunds `amount` of the payment. There is no way to call this with an
    /// unset amount, so a partial refund can never turn into a full one.
    /// Sends `POST /v1/payments/{payment_id}/refunds` with `{"amount": amount}`, keyed like the full refund.
    /// Some payments refuse partial refunds (errc::bad_request, cause 3024).
    template <class... Token>
    auto create(resource_id payment_id, decimal amount, const request_options& o = {}, Token&&... t) const {  // api_result<refund>
        return c_->template call<endpoints::refunds_create>({payment_id.str()}, refund_create_request{.amount = amount},
                                                            {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(resource_id payment_id, decimal amount, Token&& t) const {
        return create(std::move(payment_id), amount, request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/payments/{payment_id}/refunds/{refund_id}`: one refund of the payment.
    template <class... Token>
    auto get(resource_id payment_id, resource_id refund_id, const request_options& o = {}, Token&&... t) const {  // api_result<refund>
        return c_->template call<endpoints::refunds_get>({payment_id.str(), refund_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id payment_id, resource_id refund_id, Token&& t) const {
        return get(std::move(payment_id), std::move(refund_id), request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/payments/{payment_id}/refunds`: every refund of the payment (a bare array, no paging).
    template <class... Token>
    auto list(resource_id payment_id, const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<refund>>
        return c_->template call<endpoints::refunds_list>({payment_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto list(resource_id payment_id, Token&& t) const {
        return list(std::move(payment_id), request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.refunds()`, in mercadopago::client (a public_client refuses it at compile time); listed in mercadopago/resources.hpp.
template <class Client>
struct refunds_accessor {
    /// The refunds facade over this client.
    refunds_api<Client> refunds() const noexcept {
        return detail::open_resource<refunds_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(refund, std::vector<refund>);

}  // namespace mercadopago
