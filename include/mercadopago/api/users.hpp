// The account behind the access token.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/resource_accessor.hpp>
#include <mercadopago/detail/result_instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/user.hpp>

#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using users_me = endpoint<http_method::get, "/users/me", no_body, user>;
}  // namespace endpoints

/// The account behind the access token (`/users`). Reach it as `cli.users()`; it needs the access token.
/// A synchronous client returns `api_result<T>`; an async_client takes a completion token last.
template <class Client>
class users_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit users_api(const Client& c) noexcept : c_(&c) {}
    /// `GET /users/me`: the account the access token (or `o.access_token`) belongs to; an invalid token
    /// fails with errc::unauthorized.
    template <class... Token>
    auto me(const request_options& o = {}, Token&&... t) const {  // api_result<user>
        return c_->template call<endpoints::users_me>({}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto me(Token&& t) const {
        return me(request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.users()`, in mercadopago::client (a public_client refuses it at compile time); listed in mercadopago/resources.hpp.
template <class Client>
struct users_accessor {
    /// The users facade over this client.
    users_api<Client> users() const noexcept {
        return detail::open_resource<users_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(user);

}  // namespace mercadopago
