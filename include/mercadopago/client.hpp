// mercadopago::client — calls any endpoint of the API with the access token.
//
//     mercadopago::client cli({.access_token = token});  // from the environment or a secret store
//     auto p = cli.payments().get(123);             // api_result<payment>
//     auto q = mercadopago::payments_api{cli}.get(123);  // the same facade, built from any client
//     auto r = cli.call<my_endpoint>({"123"});      // any endpoint descriptor
//
// One call = one logical operation: its idempotency key is made once and sent
// on every retry; retries follow retry_policy and backoff_policy within the
// call's total deadline. A client is safe to share between threads as long as
// its transport is (the default one is). Per-call options never change it.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/call_engine.hpp>
#include <mercadopago/detail/credentials.hpp>
#include <mercadopago/detail/refusal.hpp>
#include <mercadopago/detail/url.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/resources.hpp>
#include <mercadopago/transport.hpp>

#include <string>
#include <type_traits>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

class httplib_transport;  // the default; defined in httplib_transport.hpp

namespace detail {

/// The one implementation of both clients: options, transport, the generic
/// typed call, and the credential each call carries. `client` and
/// `public_client` add the resource accessors of mercadopago/resources.hpp.
template <class Credential, class Transport>
class basic_client {
public:
    /// The credential this client holds (resources check it: detail/resource_accessor.hpp).
    static constexpr credential credential_level = Credential::level;
    /// Calls return their api_result (async_client.hpp has the other kind).
    static constexpr bool asynchronous = false;

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
        if (auto refused = detail::refusal_of(body)) return {std::move(*refused), call_info{}};
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
        using R = typename E::response_type;
        auto call = detail::address_call<Credential, E>(engine_.options(), engine_.path_prefix(), path, std::move(query), ro);
        if (!call) return {call.error(), call_info{}};
        return detail::complete_call<R>(engine_.send(E::method, std::move(call->target), std::move(body),
                                                     E::idempotency_keyed, call->bearer, ro),
                                        call->bearer);
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

/// `client cli(options);` is a client over the default transport (httplib_transport).
client(client_options) -> client<>;
/// `client cli(options, my_transport);` is a client over the transport given.
template <class Transport>
client(client_options, Transport) -> client<Transport>;

}  // namespace mercadopago

#ifndef MERCADOPAGO_NO_HTTPLIB
// The default transport, and the call engine over it compiled once with
// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
#include <mercadopago/detail/config.hpp>
#include <mercadopago/httplib_transport.hpp>
namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {
/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_DETAIL_INSTANTIATE(class detail::call_engine<httplib_transport>);
}  // namespace mercadopago
#endif
