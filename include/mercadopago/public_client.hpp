// mercadopago::public_client — the buyer-side client, holding only the PUBLIC key.
//
// A desktop, kiosk or mobile app tokenises cards and looks up payment methods,
// installments, issuers and identification types with it; the card token then
// goes to the merchant's server, which charges it with the access token. Card
// data never passes through the merchant's server, and the private key never
// ships inside an app.
//
//     mercadopago::public_client pub({.public_key = "TEST-pk"});
//     auto token = pub.card_tokens().create({.card_number = …});
//
// Endpoints that need the access token do not compile through it.
#pragma once

#include <mercadopago/client.hpp>

#include <string>
#include <utility>

namespace mercadopago {

struct public_client_options {
    std::string public_key{};  ///< TEST-… or APP_USR-…; sent as the `public_key` query parameter
    std::string base_url = "https://api.mercadopago.com";
    int max_retries = 3;
    backoff_policy backoff{};
    std::chrono::seconds max_retry_after{30};
    std::chrono::milliseconds call_timeout{std::chrono::seconds{60}};
    connection_options connection{};
    std::string app_info{};
    http_headers default_headers{};
    std::function<void(const retry_event&)> on_retry{};
    std::function<void(const call_record&)> on_call{};
    std::function<std::chrono::steady_clock::time_point()> clock{};
    std::function<void(std::chrono::milliseconds)> sleep{};
    std::function<double()> random{};

    /// The same settings as client options, without any access token.
    client_options as_client_options() const {
        client_options o;
        o.base_url = base_url;
        o.max_retries = max_retries;
        o.backoff = backoff;
        o.max_retry_after = max_retry_after;
        o.call_timeout = call_timeout;
        o.connection = connection;
        o.app_info = app_info;
        o.default_headers = default_headers;
        o.on_retry = on_retry;
        o.on_call = on_call;
        o.clock = clock;
        o.sleep = sleep;
        o.random = random;
        return o;
    }
};

namespace detail {
template <class>
inline constexpr bool needs_access_token = false;
}

template <class Transport = httplib_transport>
class public_client {
public:
    explicit public_client(public_client_options options)
        requires std::constructible_from<Transport, const client_options&>
        : public_key_(options.public_key), engine_(options.as_client_options(), Transport(options.as_client_options())) {}
    public_client(public_client_options options, Transport transport)
        : public_key_(options.public_key), engine_(options.as_client_options(), std::move(transport)) {}

    card_tokens_api<public_client> card_tokens() const noexcept { return card_tokens_api<public_client>(*this); }
    payment_methods_api<public_client> payment_methods() const noexcept {
        return payment_methods_api<public_client>(*this);
    }
    identification_types_api<public_client> identification_types() const noexcept {
        return identification_types_api<public_client>(*this);
    }

    // The private resources exist only to explain themselves.
    template <class T = void>
    void payments() const {
        static_assert(detail::needs_access_token<T>,
                      "public_client::payments() needs the access token: charge the card token from your server with "
                      "mercadopago::client, never from a public_client");
    }
    template <class T = void>
    void refunds() const {
        static_assert(detail::needs_access_token<T>,
                      "public_client::refunds() needs the access token: use mercadopago::client");
    }
    template <class T = void>
    void customers() const {
        static_assert(detail::needs_access_token<T>,
                      "public_client::customers() needs the access token: use mercadopago::client");
    }
    template <class T = void>
    void cards() const {
        static_assert(detail::needs_access_token<T>,
                      "public_client::cards() (saved cards) needs the access token: use mercadopago::client");
    }

    template <endpoint_descriptor E>
        requires(!std::is_same_v<typename E::request_type, no_body>)
    api_result<typename E::response_type> call(const path_args<E>& path, const typename E::request_type& body,
                                               const query_params& query = {}, const request_options& ro = {}) const {
        check<E>();
        return run<E>(path, to_json(body), query, ro);
    }
    template <endpoint_descriptor E>
        requires std::is_same_v<typename E::request_type, no_body>
    api_result<typename E::response_type> call(const path_args<E>& path = {}, const query_params& query = {},
                                               const request_options& ro = {}) const {
        check<E>();
        return run<E>(path, std::string{}, query, ro);
    }

private:
    template <class E>
    static constexpr void check() {
        static_assert(E::auth == credential::public_key,
                      "this endpoint needs the access token (private key): call it from your server with "
                      "mercadopago::client, never from a public_client");
    }

    template <class E>
    api_result<typename E::response_type> run(const path_args<E>& path, std::string body, query_params query,
                                              const request_options& ro) const {
        using R = typename E::response_type;
        if (public_key_.empty())
            return {result<R>(failure(errc::invalid_argument, "no public key: set public_client_options::public_key")), {}};
        query.emplace_back("public_key", public_key_);
        auto target = detail::build_target<E>(engine_.path_prefix(), path, query);
        if (!target) return {result<R>(target.error()), {}};
        // No Authorization header: the public key in the query is the credential.
        return detail::complete_call<R>(
            engine_.send(E::method, std::move(*target), std::move(body), E::idempotency_keyed, std::string{}, ro),
            std::string{});
    }

    std::string public_key_;
    detail::call_engine<Transport> engine_;
};

}  // namespace mercadopago
