// How `cli.payments()` reaches a facade. Each api/ header declares a small
// accessor mixin beside its facade (`payments_accessor<Client>` with
// `payments()`), and mercadopago/resources.hpp lists the mixins every client
// inherits. A new resource is a new api/ header and a line in that list; the
// clients themselves do not change.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/client_options.hpp>
#include <mercadopago/endpoint.hpp>

#include <concepts>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// A completion token (Asio's: `use_awaitable`, a callback, `use_future`,
/// `deferred`, …) passed to a facade method of an asynchronous client in place
/// of the request options. Every facade method is written once, as
///
///     template <class... Token>
///     auto get(resource_id id, const request_options& o = {}, Token&&... t) const;
///     template <detail::completion_token<Client> Token>
///     auto get(resource_id id, Token&& t) const;  // = get(id, {}, t)
///
/// and forwards to `client.call<E>(…, o, t...)`: a synchronous client takes no
/// token and returns the api_result; an asynchronous one takes the token last
/// and completes with that api_result. The second form exists only for
/// asynchronous clients, so it never competes with the synchronous overloads.
template <class Token, class Client>
concept completion_token =
    Client::asynchronous && !std::convertible_to<Token, const request_options&>;

/// The facade `Api<Client>` over `client`. A resource that needs the access
/// token does not compile through a public_client, so a buyer-side app cannot
/// even name the calls that must run on the merchant's server.
template <template <class> class Api, credential Needs, class Client>
Api<Client> open_resource(const Client& client) noexcept {
    static_assert(Needs == credential::public_key || Client::credential_level == credential::access_token,
                  "this resource needs the access token (private key): call it from your server with "
                  "mercadopago::client, never from a public_client");
    return Api<Client>(client);
}

}  // namespace mercadopago::detail
