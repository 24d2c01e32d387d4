// Refunds of a payment: full, partial, get, list.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/decimal.hpp>
#include <mercadopago/detail/resource_accessor.hpp>
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

template <class Client>
class refunds_api {
public:
    explicit refunds_api(const Client& c) noexcept : c_(&c) {}

    /// Refunds the whole payment (sends `{}`).
    template <class... Token>
    auto create(resource_id payment_id, const request_options& o = {}, Token&&... t) const {  // api_result<refund>
        return c_->template call<endpoints::refunds_create>({payment_id.str()}, refund_create_request{}, {}, o, std::forward<Token>(t)...);
    }
    template <detail::completion_token<Client> Token>
    auto create(resource_id payment_id, Token&& t) const {
        return create(std::move(payment_id), request_options{}, std::forward<Token>(t));
    }
    /// Refunds `amount` of the payment. There is no way to call this with an
    /// unset amount, so a partial refund can never turn into a full one.
    template <class... Token>
    auto create(resource_id payment_id, decimal amount, const request_options& o = {}, Token&&... t) const {  // api_result<refund>
        return c_->template call<endpoints::refunds_create>({payment_id.str()}, refund_create_request{.amount = amount},
                                                            {}, o, std::forward<Token>(t)...);
    }
    template <detail::completion_token<Client> Token>
    auto create(resource_id payment_id, decimal amount, Token&& t) const {
        return create(std::move(payment_id), amount, request_options{}, std::forward<Token>(t));
    }
    template <class... Token>
    auto get(resource_id payment_id, resource_id refund_id, const request_options& o = {}, Token&&... t) const {  // api_result<refund>
        return c_->template call<endpoints::refunds_get>({payment_id.str(), refund_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    template <detail::completion_token<Client> Token>
    auto get(resource_id payment_id, resource_id refund_id, Token&& t) const {
        return get(std::move(payment_id), std::move(refund_id), request_options{}, std::forward<Token>(t));
    }
    template <class... Token>
    auto list(resource_id payment_id, const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<refund>>
        return c_->template call<endpoints::refunds_list>({payment_id.str()}, {}, o, std::forward<Token>(t)...);
    }
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
    refunds_api<Client> refunds() const noexcept {
        return detail::open_resource<refunds_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

}  // namespace mercadopago
