// A customer's saved cards: save one from a card token, get, update, delete, list.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/resource_accessor.hpp>
#include <mercadopago/detail/result_instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/card.hpp>
#include <mercadopago/resource_id.hpp>

#include <vector>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using cards_create = endpoint<http_method::post, "/v1/customers/{customer_id}/cards", card_create_request, card>;
using cards_get = endpoint<http_method::get, "/v1/customers/{customer_id}/cards/{card_id}", no_body, card>;
using cards_update = endpoint<http_method::put, "/v1/customers/{customer_id}/cards/{card_id}", card_update_request, card>;
using cards_delete = endpoint<http_method::del, "/v1/customers/{customer_id}/cards/{card_id}", no_body, card>;
using cards_list = endpoint<http_method::get, "/v1/customers/{customer_id}/cards", no_body, std::vector<card>>;
}  // namespace endpoints

/// A customer's saved cards (`/v1/customers/{customer_id}/cards`): save, read, update, delete, list.
/// Reach it as `cli.cards()`; it needs the access token (server side only). A synchronous client returns
/// `api_result<T>`; an async_client takes a completion token last and completes with that result. Writes carry
/// an X-Idempotency-Key (`request_options::idempotency_key`, or one made per call).
template <class Client>
class cards_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit cards_api(const Client& c) noexcept : c_(&c) {}

    /// Saves the card behind a card token (made on the buyer's side) to a customer.
    /// `POST /v1/customers/{customer_id}/cards` with `{"token": …}`; returns the saved card, whose `id` a
    /// later card token (with the security code) pays with.
    template <class... Token>
    auto create(resource_id customer_id, const card_create_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<card>
        return c_->template call<endpoints::cards_create>({customer_id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(resource_id customer_id, const card_create_request& req, Token&& t) const {
        return create(std::move(customer_id), req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/customers/{customer_id}/cards/{card_id}`: one saved card (masked: first six and last four digits).
    template <class... Token>
    auto get(resource_id customer_id, resource_id card_id, const request_options& o = {}, Token&&... t) const {  // api_result<card>
        return c_->template call<endpoints::cards_get>({customer_id.str(), card_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id customer_id, resource_id card_id, Token&& t) const {
        return get(std::move(customer_id), std::move(card_id), request_options{}, std::forward<Token>(t));
    }
    /// `PUT /v1/customers/{customer_id}/cards/{card_id}`: changes expiry, cardholder or (with a new token)
    /// the card; returns the updated card.
    template <class... Token>
    auto update(resource_id customer_id, resource_id card_id, const card_update_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<card>
        return c_->template call<endpoints::cards_update>({customer_id.str(), card_id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto update(resource_id customer_id, resource_id card_id, const card_update_request& req, Token&& t) const {
        return update(std::move(customer_id), std::move(card_id), req, request_options{}, std::forward<Token>(t));
    }
    /// `DELETE /v1/customers/{customer_id}/cards/{card_id}` (`delete` is a C++ keyword); returns the
    /// deleted card.
    template <class... Token>
    auto remove(resource_id customer_id, resource_id card_id, const request_options& o = {}, Token&&... t) const {  // api_result<card>
        return c_->template call<endpoints::cards_delete>({customer_id.str(), card_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto remove(resource_id customer_id, resource_id card_id, Token&& t) const {
        return remove(std::move(customer_id), std::move(card_id), request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/customers/{customer_id}/cards`: every saved card of the customer (a bare array, no paging).
    template <class... Token>
    auto list(resource_id customer_id, const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<card>>
        return c_->template call<endpoints::cards_list>({customer_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto list(resource_id customer_id, Token&& t) const {
        return list(std::move(customer_id), request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.cards()`, in mercadopago::client (a public_client refuses it at compile time); listed in mercadopago/resources.hpp.
template <class Client>
struct cards_accessor {
    /// The saved-cards facade over this client.
    cards_api<Client> cards() const noexcept {
        return detail::open_resource<cards_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(card, std::vector<card>);

}  // namespace mercadopago
