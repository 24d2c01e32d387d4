// Options of a client: plain structs, filled with designated initializers.
//
//     mercadopago::client cli({.access_token = token, .integrator_id = "dev_123"});
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/backoff_policy.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/http.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// What a transport needs to reach the API. The default transport honours all
/// of it; another transport honours what its HTTP library can.
struct connection_options {
    /// Limit on opening a connection (with the Beast transport: resolve, connect, proxy tunnel and TLS handshake).
    std::chrono::milliseconds connect_timeout{std::chrono::seconds{10}};
    /// Limit on waiting for response bytes; never more than the time left of the attempt.
    std::chrono::milliseconds read_timeout{std::chrono::seconds{30}};
    /// Limit on sending the request; never more than the time left of the attempt.
    std::chrono::milliseconds write_timeout{std::chrono::seconds{30}};
    bool verify_certificates = true;  ///< turning this off is for local test servers only
    std::string ca_file{};            ///< PEM bundle to trust instead of the system store
    std::string ca_dir{};             ///< hashed CA directory to trust instead of the system store
    std::string proxy_host{};         ///< HTTP proxy (CONNECT for https); empty: none
    int proxy_port = 0;               ///< port of `proxy_host`; must be set (1–65535) when a proxy is used
    std::string proxy_username{};     ///< proxy Basic authentication user; empty: no Proxy-Authorization
    std::string proxy_password{};     ///< proxy Basic authentication password, used with `proxy_username`
    std::size_t max_idle_connections = 16;  ///< keep-alive connections kept for reuse
};

namespace detail {
/// Why a transport refuses every call with these settings, or nullopt: a
/// proxy needs its port. Both default transports check through here.
inline std::optional<error> proxy_settings_error(const connection_options& o) {
    if (!o.proxy_host.empty() && (o.proxy_port < 1 || o.proxy_port > 65535))
        return error{errc::invalid_argument, "connection.proxy_port must be 1-65535"};
    return std::nullopt;
}
}  // namespace detail

/// Reported before each retry's wait.
struct retry_event {
    int attempt = 0;  ///< the attempt that failed (1 = first)
    std::chrono::milliseconds delay{0};  ///< wait before the next attempt: backoff, or the server's capped Retry-After
    int http_status = 0;  ///< 0 for a transport failure
    errc code = errc::transport;  ///< category of the failure: an HTTP status category or transport/timeout
    std::string idempotency_key{};  ///< key the retry resends unchanged; empty for GET calls, which send none
};

/// Reported after every attempt to `client_options::on_call` (and built only
/// when that is set). Holds nothing secret: the Authorization header is
/// redacted, the request body has its card data masked and any credential in
/// it redacted, and response bodies are not included.
struct call_record {
    http_method method = http_method::get;  ///< HTTP method of the attempt
    std::string path{};  ///< path and query as sent (never carries the access token)
    int http_status = 0;  ///< 0 when no response arrived
    int attempt = 0;  ///< which attempt of the call this was (1 = first)
    std::chrono::microseconds elapsed{0};  ///< time the attempt took, from sending to response or failure
    std::string request_id{};  ///< response's `x-request-id`; empty when none arrived
    std::string idempotency_key{};  ///< `X-Idempotency-Key` sent; empty for GET calls, which send none
    http_headers request_headers{};  ///< with `Authorization: Bearer [redacted]`
    std::string request_body{};      ///< JSON with card data masked
    /// Category of the failure when no response arrived (transport, timeout, tls…); empty when one did.
    std::optional<errc> transport_error{};
};

/// Options of `client`, `public_client` and the asynchronous client, fixed when the client is built.
/// Besides the credential, every member has a working default.
struct client_options {
    std::string access_token{};  ///< TEST-… or APP_USR-…; client only, sent only as `Authorization: Bearer`
    std::string public_key{};    ///< TEST-… or APP_USR-…; public_client only, sent as the `public_key` query parameter
    /// Root of every call, `scheme://host[:port][/prefix]`; change it to reach a local sandbox or a gateway.
    std::string base_url = "https://api.mercadopago.com";
    int max_retries = 3;                       ///< retries after the first attempt
    backoff_policy backoff{};                  ///< waits between retries
    std::chrono::seconds max_retry_after{30};  ///< cap on a server's Retry-After
    /// Total budget of one call: every attempt and every wait between them.
    std::chrono::milliseconds call_timeout{std::chrono::seconds{60}};
    connection_options connection{};  ///< timeouts, TLS trust, proxy and pool size for the default transport

    std::string integrator_id{};    ///< X-Integrator-Id
    std::string platform_id{};      ///< X-Platform-Id
    std::string corporation_id{};   ///< X-Corporation-Id
    std::string app_info{};         ///< appended to the User-Agent, e.g. "my-shop/2.1"
    http_headers default_headers{};  ///< sent on every call (e.g. X-Product-Id)

    std::function<void(const retry_event&)> on_retry{};  ///< called before each wait between attempts; empty: none
    std::function<void(const call_record&)> on_call{};    ///< called after every attempt, for logging; empty: none

    // Seams for deterministic tests: time, waiting and jitter.
    /// Test seam: replaces `std::chrono::steady_clock::now()` for deadlines and timings; empty: the real clock.
    std::function<std::chrono::steady_clock::time_point()> clock{};
    /// Test seam: replaces the synchronous client's sleep between attempts; empty: `std::this_thread::sleep_for`.
    std::function<void(std::chrono::milliseconds)> sleep{};
    std::function<double()> random{};  ///< uniform in [0, 1)
};

/// Per-call options. They apply to one call only and never change the client.
struct request_options {
    std::string idempotency_key{};  ///< 1–64 visible ASCII characters; generated when empty
    std::string access_token{};     ///< act for another seller (marketplaces) on this call only
    std::optional<std::chrono::milliseconds> timeout{};  ///< replaces call_timeout for this call
    http_headers headers{};          ///< extra headers for this call
};

}  // namespace mercadopago
