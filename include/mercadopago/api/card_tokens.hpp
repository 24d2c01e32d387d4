// Card tokens: card data in, single-use token out. Made with the public key on
// the buyer's side (public_client), so card data never reaches the merchant.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/resource_accessor.hpp>
#include <mercadopago/detail/result_instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/card_token.hpp>
#include <mercadopago/resource_id.hpp>

#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using card_tokens_create =
    endpoint<http_method::post, "/v1/card_tokens", card_token_request, card_token, credential::public_key>;
using card_tokens_get = endpoint<http_method::get, "/v1/card_tokens/{id}", no_body, card_token>;
}  // namespace endpoints

/// Card tokens (`/v1/card_tokens`): card data in, a single-use token out, valid about 7 days.
/// Reach it as `cli.card_tokens()` from any client: create() works with the public key (a public_client, in the
/// buyer's app), get() needs the access token. A synchronous client returns `api_result<T>`; an async_client takes
/// a completion token last and completes with that result.
template <class Client>
class card_tokens_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit card_tokens_api(const Client& c) noexcept : c_(&c) {}

    /// Tokenises a card (raw card data, or a saved card id + security code).
    /// `POST /v1/card_tokens`: the public key travels as `?public_key=` from a public_client, the access token
    /// as Bearer from a server client; sent with an X-Idempotency-Key. Returns the card_token whose `id` a payment
    /// sends as `token`; card data the API refuses fails with errc::bad_request and its cause codes.
    template <class... Token>
    auto create(const card_token_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<card_token>
        return c_->template call<endpoints::card_tokens_create>({}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(const card_token_request& req, Token&& t) const {
        return create(req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/card_tokens/{id}` with the access token (a public_client does not compile it): the token's
    /// state and expiry, never the full card number.
    template <class... Token>
    auto get(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<card_token>
        return c_->template call<endpoints::card_tokens_get>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id id, Token&& t) const {
        return get(std::move(id), request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.card_tokens()`, in every client; listed in mercadopago/resources.hpp.
template <class Client>
struct card_tokens_accessor {
    /// The card-tokens facade over this client.
    card_tokens_api<Client> card_tokens() const noexcept {
        return detail::open_resource<card_tokens_api, credential::public_key>(static_cast<const Client&>(*this));
    }
};

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(card_token);

}  // namespace mercadopago
