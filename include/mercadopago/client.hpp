// mercadopago::client — calls any endpoint of the API with the access token.
//
//     mercadopago::client cli({.access_token = std::getenv("MP_ACCESS_TOKEN")});
//     auto p = cli.payments().get(123);             // api_result<payment>
//     auto q = mercadopago::payments_api{cli}.get(123);  // the same facade, built from any client
//     auto r = cli.call<my_endpoint>({"123"});      // any endpoint descriptor
//
// One call = one logical operation: its idempotency key is made once and sent
// on every retry; retries follow retry_policy and backoff_policy within the
// call's total deadline. A client is safe to share between threads as long as
// its transport is (the default one is). Per-call options never change it.
#pragma once

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/call_engine.hpp>
#include <mercadopago/detail/url.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/resources.hpp>
#include <mercadopago/transport.hpp>

#include <string>
#include <type_traits>
#include <utility>

namespace mercadopago {

class httplib_transport;  // the default; defined in httplib_transport.hpp

/// How a client proves who it is: the one thing in which mercadopago::client
/// and mercadopago::public_client differ.
struct access_token_credential {
    static constexpr credential level = credential::access_token;
};
struct public_key_credential {
    static constexpr credential level = credential::public_key;
};

namespace detail {

/// The one implementation of both clients: options, transport, the generic
/// typed call, and the credential each call carries. `client` and
/// `public_client` add the resource accessors of mercadopago/resources.hpp.
template <class Credential, class Transport>
class basic_client {
public:
    /// The credential this client holds (resources check it: detail/resource_accessor.hpp).
    static constexpr credential credential_level = Credential::level;

    /// Builds the transport from the options (base_url, connection settings).
    explicit basic_client(client_options options)
        requires std::constructible_from<Transport, const client_options&>
        : engine_(options, Transport(options)) {}

    /// Uses a ready transport (a custom HTTP client, a test double).
    basic_client(client_options options, Transport transport) : engine_(std::move(options), std::move(transport)) {}

    const client_options& options() const noexcept { return engine_.options(); }
    Transport& transport() noexcept { return engine_.transport(); }
    const Transport& transport() const noexcept { return engine_.transport(); }

    /// Calls endpoint E with a request body.
    template <endpoint_descriptor E>
        requires(!std::is_same_v<typename E::request_type, no_body>)
    api_result<typename E::response_type> call(const path_args<E>& path, const typename E::request_type& body,
                                               query_params query = {}, const request_options& ro = {}) const {
        return run<E>(path, to_json(body), std::move(query), ro);
    }

    /// Calls endpoint E that sends no body.
    template <endpoint_descriptor E>
        requires std::is_same_v<typename E::request_type, no_body>
    api_result<typename E::response_type> call(const path_args<E>& path = {}, query_params query = {},
                                               const request_options& ro = {}) const {
        return run<E>(path, std::string{}, std::move(query), ro);
    }

private:
    static_assert(mercadopago::transport<Transport>, "Transport must satisfy mercadopago::transport: "
                                        "result<http_response> send(const http_request&) const");

    template <class E>
    api_result<typename E::response_type> run(const path_args<E>& path, std::string body, query_params query,
                                              const request_options& ro) const {
        static_assert(Credential::level == credential::access_token || E::auth == credential::public_key,
                      "this endpoint needs the access token (private key): call it from your server with "
                      "mercadopago::client, never from a public_client");
        using R = typename E::response_type;
        std::string bearer;  // the Authorization header's token; none for the public key
        if constexpr (Credential::level == credential::access_token) {
            bearer = ro.access_token.empty() ? engine_.options().access_token : ro.access_token;
            if (bearer.empty())
                return {result<R>(failure(errc::invalid_argument, "no access token: set client_options::access_token")),
                        {}};
        } else {
            // An app that ships a public_client must not ship the private key with it.
            if (!engine_.options().access_token.empty() || !ro.access_token.empty())
                return {result<R>(failure(errc::invalid_argument,
                                          "a public_client never holds the access token: keep it on your server")),
                        {}};
            if (engine_.options().public_key.empty())
                return {result<R>(failure(errc::invalid_argument, "no public key: set client_options::public_key")), {}};
            query.emplace_back("public_key", engine_.options().public_key);  // the credential travels in the query
        }
        auto target = detail::build_target<E>(engine_.path_prefix(), path, query);
        if (!target) return {result<R>(target.error()), {}};
        return detail::complete_call<R>(
            engine_.send(E::method, std::move(*target), std::move(body), E::idempotency_keyed, bearer, ro), bearer);
    }

    detail::call_engine<Transport> engine_;
};

}  // namespace detail

/// The server-side client: every endpoint, with the access token. Its
/// resources (`cli.payments()`, …) are listed in mercadopago/resources.hpp.
template <class Transport = httplib_transport>
class client : public detail::basic_client<access_token_credential, Transport>,
               public detail::resources<client<Transport>> {
public:
    using detail::basic_client<access_token_credential, Transport>::basic_client;
};

client(client_options) -> client<>;
template <class Transport>
client(client_options, Transport) -> client<Transport>;

}  // namespace mercadopago

#ifndef MERCADOPAGO_NO_HTTPLIB
// The default transport, and the call engine over it compiled once with
// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
#include <mercadopago/detail/config.hpp>
#include <mercadopago/httplib_transport.hpp>
namespace mercadopago {
MERCADOPAGO_DETAIL_INSTANTIATE(class detail::call_engine<httplib_transport>);
}  // namespace mercadopago
#endif
