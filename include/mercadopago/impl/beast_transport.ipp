// The definitions of beast_transport (beast_transport.hpp): included by that
// header in header-only mode, and compiled once in <mercadopago/async_src.hpp>
// with separate compilation. None is a template on the completion token, so
// the exchange is compiled once per file whatever tokens the file uses.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/beast_transport.hpp>
#include <mercadopago/detail/config.hpp>
#include <mercadopago/detail/text.hpp>
#include <mercadopago/detail/url.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <chrono>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

MERCADOPAGO_DETAIL_COROUTINES_BEGIN

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// Responses larger than this are refused rather than buffered.
inline constexpr std::uint64_t beast_max_body_bytes = 64ull * 1024 * 1024;
inline constexpr std::size_t beast_read_buffer_bytes = 8 * 1024;
/// The status line and header fields of one response, in all.
inline constexpr std::uint32_t beast_max_header_bytes = 256u * 1024;

using beast_strand = boost::asio::strand<boost::asio::any_io_executor>;

/// One connection to the origin (or to the proxy, for plain http through
/// one). Its strand runs the exchange that owns it, the stream's timers and a
/// cancellation, so a transport works on a multi-threaded executor too.
struct beast_connection {
    using tcp_stream = boost::beast::tcp_stream;
    using tls_stream = boost::beast::ssl_stream<tcp_stream>;

    beast_connection(beast_strand s, boost::asio::ssl::context* tls_context) : strand(std::move(s)) {
        if (tls_context) tls.emplace(strand, *tls_context);
        else plain.emplace(strand);
    }

    /// The TCP layer, under TLS or not: timeouts, connect and close act on it.
    tcp_stream& tcp() noexcept { return tls ? boost::beast::get_lowest_layer(*tls) : *plain; }

    /// Whether an idle connection can carry a request: the server has neither
    /// closed it nor said anything unasked (a "408 Request Timeout" before
    /// closing, a TLS alert) that would pass for the next response. One
    /// non-blocking peek; Asio's asynchronous operations do not depend on the
    /// socket's non-blocking mode.
    bool looks_alive() noexcept {
        auto& socket = tcp().socket();
        boost::system::error_code ec;
        socket.non_blocking(true, ec);
        if (ec) return false;
        char byte = 0;
        socket.receive(boost::asio::buffer(&byte, 1), boost::asio::socket_base::message_peek, ec);
        return ec == boost::asio::error::would_block;
    }

    beast_strand strand;
    std::optional<tcp_stream> plain;
    std::optional<tls_stream> tls;
    boost::beast::flat_buffer buffer;  // bytes read past the last message (empty when pooled)
};

struct beast_shared {
    connection_options options;
    std::optional<error> config_error;  // an unusable base_url: every exchange fails with it
    std::optional<error> tls_error;     // the CA certificates could not be loaded
    bool tls = false;
    bool host_is_address = false;  // an IP literal: no SNI, the certificate must name the address
    std::string host;              // without brackets: for SNI and certificate checks
    std::string port;
    std::string authority;         // Host header: host[:port], the port only when not the scheme's default
    std::string tunnel_target;     // CONNECT host:port (always with the port)
    std::string proxy_authorization;  // "Basic …" or empty
    std::unique_ptr<boost::asio::ssl::context> tls_context;  // one per transport, shared by its connections

    std::mutex mutex;
    std::vector<std::unique_ptr<beast_connection>> idle;

    bool via_proxy() const noexcept { return !options.proxy_host.empty(); }

    std::unique_ptr<beast_connection> take_idle() {
        for (;;) {
            std::unique_ptr<beast_connection> c;
            {
                std::lock_guard lock(mutex);
                if (idle.empty()) return nullptr;
                c = std::move(idle.back());  // the most recently used: the least likely to have been closed
                idle.pop_back();
            }
            if (c->looks_alive()) return c;  // else dropped (closed) here, outside the lock
        }
    }

    void give_back(std::unique_ptr<beast_connection> c) {
        std::lock_guard lock(mutex);
        if (idle.size() < options.max_idle_connections) idle.push_back(std::move(c));
    }
};

inline std::string beast_base64(std::string_view in) {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                           static_cast<unsigned char>(in[i + 2]);
        out += alphabet[(v >> 18) & 63];
        out += alphabet[(v >> 12) & 63];
        out += alphabet[(v >> 6) & 63];
        out += alphabet[v & 63];
    }
    if (i + 1 == in.size()) {
        const unsigned v = static_cast<unsigned char>(in[i]) << 16;
        out += alphabet[(v >> 18) & 63];
        out += alphabet[(v >> 12) & 63];
        out += "==";
    } else if (i + 2 == in.size()) {
        const unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8);
        out += alphabet[(v >> 18) & 63];
        out += alphabet[(v >> 12) & 63];
        out += alphabet[(v >> 6) & 63];
        out += '=';
    }
    return out;
}

/// An RFC 9110 token: what a header name may contain.
constexpr bool beast_is_header_name(std::string_view name) noexcept {
    if (name.empty()) return false;
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
        if (!ok) return false;
    }
    return true;
}

/// One phase's time limit: its own, or what is left of the attempt's budget.
struct beast_phase {
    std::chrono::steady_clock::time_point until;
    bool by_deadline = false;  // the budget, not the phase's own limit, ends it
    bool expired = false;      // no time left at all
};

inline beast_phase beast_phase_limit(std::chrono::steady_clock::time_point deadline, std::chrono::milliseconds own) {
    beast_phase p;
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline) {
        p.until = now;
        p.by_deadline = true;
        p.expired = true;
    } else if (own < deadline - now) {  // compared as durations: `now + own` could overflow
        p.until = now + own;
    } else {
        p.until = deadline;
        p.by_deadline = true;
    }
    return p;
}

/// A peer that closed or reset the connection (as opposed to a timeout, a
/// cancellation or a malformed response).
inline bool beast_is_disconnect(const boost::system::error_code& ec) noexcept {
    namespace http = boost::beast::http;
    return ec == boost::asio::error::eof || ec == http::error::end_of_stream || ec == http::error::partial_message ||
           ec == boost::asio::error::connection_reset || ec == boost::asio::error::broken_pipe ||
           ec == boost::asio::error::connection_aborted || ec == boost::asio::error::not_connected ||
           ec == boost::asio::ssl::error::stream_truncated;
}

/// One exchange in flight. Everything here is touched on `strand` only.
struct beast_exchange : std::enable_shared_from_this<beast_exchange> {
    beast_exchange(std::shared_ptr<beast_shared> s, beast_strand st)
        : shared(std::move(s)), strand(st), resolver(st), resolve_timer(st) {}

    std::shared_ptr<beast_shared> shared;
    beast_strand strand;
    std::unique_ptr<beast_connection> connection;
    bool reused = false;  // the connection came from the pool
    boost::beast::http::request<boost::beast::http::string_body> request;
    std::optional<error> request_error;
    std::chrono::steady_clock::time_point deadline;
    boost::asio::ip::tcp::resolver resolver;
    boost::asio::steady_timer resolve_timer;  // the resolver has no timeout of its own
    bool resolve_timed_out = false;
    bool cancelled = false;
    bool stale = false;  // the connection failed before any byte of response: it was closed while idle
    std::optional<result<http_response>> outcome;

    /// The user's cancellation: closing the socket makes whatever is pending
    /// complete with operation_aborted; the flag tells it from our own timeouts.
    void cancel() {
        cancelled = true;
        resolver.cancel();
        if (connection) connection->tcp().close();
    }
};

inline error beast_cancelled() { return {errc::cancelled, "cancelled"}; }

inline constexpr auto beast_use_tuple = boost::asio::as_tuple(boost::asio::use_awaitable);

/// The CONNECT tunnel through an HTTP proxy, for https.
inline boost::asio::awaitable<result<void>> beast_open_tunnel(beast_exchange& x, const beast_phase& phase) {
    namespace http = boost::beast::http;
    beast_shared& s = *x.shared;
    auto& tcp = x.connection->tcp();
    http::request<http::empty_body> connect(http::verb::connect, s.tunnel_target, 11);
    connect.set(http::field::host, s.tunnel_target);
    if (!s.proxy_authorization.empty()) connect.set(http::field::proxy_authorization, s.proxy_authorization);
    auto [write_error, written] = co_await http::async_write(tcp, connect, beast_use_tuple);
    (void)written;
    if (x.cancelled) co_return beast_cancelled();
    if (write_error == boost::beast::error::timeout)
        co_return error{errc::timeout, phase.by_deadline ? "call deadline reached while connecting" : "connect timed out"};
    if (write_error) co_return error{errc::transport, "the proxy closed the connection before the tunnel opened"};

    // skip(): a 2xx answer to CONNECT has no body, whatever its headers say.
    http::response_parser<http::empty_body> parser;
    parser.skip(true);
    parser.header_limit(beast_max_header_bytes);
    auto [read_error, read] = co_await http::async_read(tcp, x.connection->buffer, parser, beast_use_tuple);
    (void)read;
    if (x.cancelled) co_return beast_cancelled();
    if (read_error == boost::beast::error::timeout)
        co_return error{errc::timeout, phase.by_deadline ? "call deadline reached while connecting" : "connect timed out"};
    if (read_error) co_return error{errc::transport, "the proxy closed the connection before the tunnel opened"};
    const int status = parser.get().result_int();
    if (status < 200 || status > 299)
        co_return error{errc::transport, "the proxy refused the tunnel (HTTP " + std::to_string(status) + ")"};
    if (x.connection->buffer.size() != 0)  // the origin cannot speak before our TLS hello
        co_return error{errc::transport, "the proxy sent unexpected bytes after opening the tunnel"};
    co_return result<void>{};
}

/// Resolve, connect, tunnel through the proxy, TLS handshake: all within
/// min(connect_timeout, time left).
inline boost::asio::awaitable<result<void>> beast_connect(beast_exchange& x) {
    beast_shared& s = *x.shared;
    const connection_options& o = s.options;
    const beast_phase phase = beast_phase_limit(x.deadline, o.connect_timeout);
    if (phase.expired) co_return error{errc::timeout, "call deadline reached before connecting"};
    const auto timed_out = [&phase] {
        return error{errc::timeout, phase.by_deadline ? "call deadline reached while connecting" : "connect timed out"};
    };
    const bool via_proxy = s.via_proxy();
    const std::string& host = via_proxy ? o.proxy_host : s.host;
    const std::string port = via_proxy ? std::to_string(o.proxy_port) : s.port;
    const char* could_not_connect = via_proxy ? "could not connect to the proxy" : "could not connect";

    std::vector<boost::asio::ip::tcp::endpoint> endpoints;
    boost::system::error_code parse_error;
    const auto address = boost::asio::ip::make_address(host, parse_error);
    if (!parse_error) {
        endpoints.emplace_back(address, static_cast<unsigned short>(std::stoi(port)));
    } else {
        // Weak: the expiry may be queued when the exchange has already ended.
        auto on_expiry = [weak = x.weak_from_this()](boost::system::error_code ec) {
            if (ec) return;  // cancelled: the resolver answered in time
            if (auto alive = weak.lock()) {
                alive->resolve_timed_out = true;
                alive->resolver.cancel();
            }
        };
        x.resolve_timer.expires_at(phase.until);
        x.resolve_timer.async_wait(on_expiry);
        auto [resolve_error, results] = co_await x.resolver.async_resolve(host, port, beast_use_tuple);
        x.resolve_timer.cancel();
        if (x.cancelled) co_return beast_cancelled();
        if (resolve_error) {
            if (x.resolve_timed_out) co_return timed_out();
            co_return error{errc::transport, via_proxy ? "could not resolve the proxy host" : "could not resolve the host"};
        }
        for (const auto& entry : results) endpoints.push_back(entry.endpoint());
    }

    auto& tcp = x.connection->tcp();
    tcp.expires_at(phase.until);
    auto [connect_error, endpoint] = co_await tcp.async_connect(endpoints, beast_use_tuple);
    (void)endpoint;
    if (x.cancelled) co_return beast_cancelled();
    if (connect_error == boost::beast::error::timeout) co_return timed_out();
    if (connect_error) co_return error{errc::transport, could_not_connect};
    boost::system::error_code ignored;
    tcp.socket().set_option(boost::asio::ip::tcp::no_delay(true), ignored);  // requests go out whole, now

    if (!s.tls) co_return result<void>{};
    if (via_proxy) {
        auto tunnel = co_await beast_open_tunnel(x, phase);
        if (!tunnel) co_return tunnel;
    }

    auto& stream = *x.connection->tls;
    SSL* ssl = stream.native_handle();
    if (!s.host_is_address) SSL_set_tlsext_host_name(ssl, s.host.c_str());  // SNI is for names only
    if (o.verify_certificates) {
        // OpenSSL's own name check rather than a verify callback: a mismatch
        // then has its verify result (62) like any other verification failure.
        const int named = s.host_is_address ? X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), s.host.c_str())
                                            : SSL_set1_host(ssl, s.host.c_str());
        if (named != 1) co_return error{errc::tls, "TLS handshake failed"};
    }
    auto [handshake_error] = co_await stream.async_handshake(boost::asio::ssl::stream_base::client, beast_use_tuple);
    if (x.cancelled) co_return beast_cancelled();
    if (handshake_error == boost::beast::error::timeout) co_return timed_out();
    if (handshake_error) {
        const long verify_result = SSL_get_verify_result(ssl);
        if (o.verify_certificates && verify_result != X509_V_OK)
            co_return error{errc::tls, "TLS certificate verification failed (OpenSSL verify result " +
                                           std::to_string(verify_result) + ")"};
        co_return error{errc::tls, "TLS handshake failed"};
    }
    co_return result<void>{};
}

/// Writes the request and reads the response over a connected stream (TCP or TLS).
template <class Stream>
boost::asio::awaitable<result<http_response>> beast_write_and_read(beast_exchange& x, Stream& stream) {
    namespace http = boost::beast::http;
    const connection_options& o = x.shared->options;
    beast_connection& conn = *x.connection;
    auto& tcp = conn.tcp();

    const beast_phase write_phase = beast_phase_limit(x.deadline, o.write_timeout);
    if (write_phase.expired) co_return error{errc::timeout, "call deadline reached before sending the request"};
    tcp.expires_at(write_phase.until);
    auto [write_error, written] = co_await http::async_write(stream, x.request, beast_use_tuple);
    (void)written;
    if (x.cancelled) co_return beast_cancelled();
    if (write_error == boost::beast::error::timeout)
        co_return error{errc::timeout,
                        write_phase.by_deadline ? "call deadline reached while sending the request" : "write timed out"};
    if (write_error) {
        x.stale = beast_is_disconnect(write_error);
        co_return error{errc::transport, "connection closed or reset while sending the request"};
    }

    const beast_phase read_phase = beast_phase_limit(x.deadline, o.read_timeout);
    if (read_phase.expired) co_return error{errc::timeout, "call deadline reached while reading the response"};
    tcp.expires_at(read_phase.until);
    // Beast reads at most the buffer's free capacity, and never less than
    // 512 bytes; the parser moves a string body out of the buffer as it goes,
    // so an unreserved buffer stays at 512 bytes and a 5 KB payment took ten
    // reads (and ten timer updates): a third of the synchronous transport's
    // throughput. 8 KiB is a whole typical answer in one or two reads.
    if (conn.buffer.capacity() < beast_read_buffer_bytes) conn.buffer.reserve(beast_read_buffer_bytes);
    std::optional<http::response_parser<http::string_body>> parser;
    bool first = true;
    for (;;) {
        parser.emplace();
        parser->header_limit(beast_max_header_bytes);
        parser->body_limit(beast_max_body_bytes);
        auto [read_error, read] = co_await http::async_read(stream, conn.buffer, *parser, beast_use_tuple);
        (void)read;
        if (x.cancelled) co_return beast_cancelled();
        if (read_error) {
            if (read_error == boost::beast::error::timeout)
                co_return error{errc::timeout, read_phase.by_deadline ? "call deadline reached while reading the response"
                                                                      : "read timed out"};
            if (read_error == http::error::body_limit) co_return error{errc::transport, "response body too large"};
            if (read_error == http::error::header_limit) co_return error{errc::transport, "response header too large"};
            if (beast_is_disconnect(read_error)) {
                x.stale = first && !parser->got_some();
                co_return error{errc::transport, "connection closed or reset while reading the response"};
            }
            if (read_error.category() == boost::beast::http::make_error_code(http::error::bad_version).category())
                co_return error{errc::transport, "malformed HTTP response"};
            co_return error{errc::transport, "connection closed or reset while reading the response"};
        }
        first = false;
        const int status = parser->get().result_int();
        if (status < 100 || status > 199 || status == 101) break;  // 1xx interim answers precede the real one
    }

    auto& message = parser->get();
    http_response out;
    out.status = message.result_int();
    for (const auto& field : message) out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    out.body = std::move(message.body());

    // Back to the pool only after a complete response on a connection both
    // sides keep open, with nothing left over that would confuse the next one.
    const bool reusable = parser->keep_alive() && x.request.keep_alive() && conn.buffer.size() == 0 && out.status != 101;
    if (reusable) {
        tcp.expires_never();
        x.shared->give_back(std::move(x.connection));
    } else {
        x.connection.reset();
    }
    co_return out;
}

inline boost::asio::awaitable<result<http_response>> beast_perform(beast_exchange& x) {
    beast_shared& s = *x.shared;
    if (s.config_error) co_return *s.config_error;
    if (x.request_error) co_return *x.request_error;
    if (s.tls && s.tls_error) co_return *s.tls_error;
    for (;;) {
        if (x.cancelled) co_return beast_cancelled();
        if (!x.connection) {
            x.connection = std::make_unique<beast_connection>(x.strand, s.tls_context.get());
            x.reused = false;
            auto connected = co_await beast_connect(x);
            if (!connected) {
                x.connection.reset();
                co_return connected.error();
            }
        }
        x.stale = false;
        std::optional<result<http_response>> r;
        if (x.connection->tls) {
            auto answer = co_await beast_write_and_read(x, *x.connection->tls);
            r.emplace(std::move(answer));
        } else {
            auto answer = co_await beast_write_and_read(x, *x.connection->plain);
            r.emplace(std::move(answer));
        }
        if (!*r) x.connection.reset();  // a failed connection is never reused
        // A pooled connection the server closed while it sat idle fails
        // before any byte of response: no request was processed, so one
        // fresh connection is safe. A fresh connection is never retried here.
        if (!*r && x.stale && x.reused && !x.cancelled) {
            x.reused = false;
            continue;
        }
        co_return std::move(*r);
    }
}

inline boost::asio::awaitable<void> beast_run(std::shared_ptr<beast_exchange> x) {
    try {
        auto r = co_await beast_perform(*x);
        x->outcome.emplace(std::move(r));
    } catch (...) {  // allocation failure and the like: never escapes
        x->connection.reset();
        x->outcome.emplace(failure(errc::transport, "HTTP exchange failed unexpectedly"));
    }
}

inline boost::beast::http::verb beast_verb(http_method m) noexcept {
    using boost::beast::http::verb;
    switch (m) {
    case http_method::get: return verb::get;
    case http_method::post: return verb::post;
    case http_method::put: return verb::put;
    case http_method::patch: return verb::patch;
    case http_method::del: return verb::delete_;
    }
    return verb::get;
}

/// The Beast message for `req`, or why it cannot be sent.
inline std::optional<error> beast_build_request(const beast_shared& s, const http_request& req,
                                                boost::beast::http::request<boost::beast::http::string_body>& msg) {
    namespace http = boost::beast::http;
    msg.version(11);
    msg.method(beast_verb(req.method));
    // Plain http through a proxy: the absolute form names the origin.
    if (s.via_proxy() && !s.tls) msg.target("http://" + s.authority + req.target);
    else msg.target(req.target);
    if (req.target.empty() || !is_safe_header_value(req.target) || req.target.find(' ') != std::string::npos)
        return error{errc::invalid_argument, "the request target is empty or malformed"};
    bool has_host = false;
    bool has_proxy_authorization = false;
    for (const auto& [name, value] : req.headers) {
        // Never the value in the message: it may be the access token.
        if (!beast_is_header_name(name) || !is_safe_header_value(value))
            return error{errc::invalid_argument, "a request header has a malformed name or value"};
        // The body decides its own framing.
        if (iequals(name, "content-length") || iequals(name, "transfer-encoding")) continue;
        if (iequals(name, "host")) has_host = true;
        if (iequals(name, "proxy-authorization")) has_proxy_authorization = true;
        msg.insert(name, value);
    }
    if (!has_host) msg.set(http::field::host, s.authority);
    if (s.via_proxy() && !s.tls && !s.proxy_authorization.empty() && !has_proxy_authorization)
        msg.set(http::field::proxy_authorization, s.proxy_authorization);
    const bool has_payload_method =
        req.method == http_method::post || req.method == http_method::put || req.method == http_method::patch;
    if (!req.body.empty() || has_payload_method) {
        msg.body() = req.body;
        msg.content_length(req.body.size());
    }
    return std::nullopt;
}

}  // namespace mercadopago::detail

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

MERCADOPAGO_DETAIL_DECL beast_transport::beast_transport(executor_type ex, const std::string& base_url, connection_options c)
    : executor_(std::move(ex)), shared_(std::make_shared<detail::beast_shared>()) {
    auto& s = *shared_;
    s.options = std::move(c);
    auto url = detail::parse_base_url(base_url);
    if (!url) {
        s.config_error = url.error();
        return;
    }
    s.tls = url->scheme == "https";
    s.host = url->host;
    s.port = std::to_string(url->port);
    boost::system::error_code not_an_address;
    const auto address = boost::asio::ip::make_address(s.host, not_an_address);
    s.host_is_address = !not_an_address;
    const bool v6 = s.host_is_address && address.is_v6();
    const std::string bracketed = v6 ? "[" + s.host + "]" : s.host;
    const bool default_port = url->port == (s.tls ? 443 : 80);
    s.authority = default_port ? bracketed : bracketed + ":" + s.port;
    s.tunnel_target = bracketed + ":" + s.port;
    if (auto wrong = detail::proxy_settings_error(s.options)) {
        s.config_error = std::move(*wrong);
        return;
    }
    if (s.via_proxy()) {
        if (!s.options.proxy_username.empty())
            s.proxy_authorization =
                "Basic " + detail::beast_base64(s.options.proxy_username + ":" + s.options.proxy_password);
    }
    if (!s.tls) return;

    const error cannot_load{errc::tls, "could not load the CA certificates"};
    try {
        s.tls_context = std::make_unique<boost::asio::ssl::context>(boost::asio::ssl::context::tls_client);
    } catch (const std::exception&) {
        s.tls_error = error{errc::tls, "could not create the TLS context"};
        return;
    }
    auto& ctx = *s.tls_context;
    SSL_CTX_set_min_proto_version(ctx.native_handle(), TLS1_2_VERSION);
    boost::system::error_code ec;
    if (!s.options.verify_certificates) {
        ctx.set_verify_mode(boost::asio::ssl::verify_none, ec);
        return;
    }
    ctx.set_verify_mode(boost::asio::ssl::verify_peer, ec);
    if (s.options.ca_file.empty() && s.options.ca_dir.empty()) {
        ctx.set_default_verify_paths(ec);  // a system without a store fails verification, as it should
        return;
    }
    // Only what the caller named is trusted, and it must load.
    if (!s.options.ca_file.empty()) {
        ctx.load_verify_file(s.options.ca_file, ec);
        if (ec) s.tls_error = cannot_load;
    }
    if (!s.options.ca_dir.empty()) {
        ctx.add_verify_path(s.options.ca_dir, ec);
        if (ec) s.tls_error = cannot_load;
    }
}

MERCADOPAGO_DETAIL_DECL void beast_transport::start(const std::shared_ptr<detail::beast_shared>& shared, const executor_type& ex,
                                   const http_request& req,
                                   boost::asio::any_completion_handler<async_send_signature> handler) {
    // A pooled connection brings its strand; a new one gets a new strand.
    auto pooled = shared->take_idle();
    detail::beast_strand strand = pooled ? pooled->strand : boost::asio::make_strand(ex);
    auto x = std::make_shared<detail::beast_exchange>(shared, strand);
    x->reused = pooled != nullptr;
    x->connection = std::move(pooled);
    x->deadline = std::chrono::steady_clock::now() + req.timeout;
    try {
        x->request_error = detail::beast_build_request(*shared, req, x->request);
    } catch (const std::exception&) {
        x->request_error = error{errc::invalid_argument, "the request could not be built"};
    }

    // Every kind of cancellation (terminal, partial, total) ends the
    // exchange: the connection is closed and never pooled, so nothing of it
    // can leak into a later request.
    auto slot = handler.get_cancellation_slot();
    if (slot.is_connected()) {
        slot.assign([weak = std::weak_ptr<detail::beast_exchange>(x), strand](boost::asio::cancellation_type type) {
            if (type == boost::asio::cancellation_type::none) return;
            boost::asio::dispatch(strand, [weak] {
                if (auto alive = weak.lock()) alive->cancel();
            });
        });
    }

    // co_spawn starts the coroutine with a post (never inline) and completes
    // on the handler's associated executor, keeping it busy meanwhile.
    auto handler_executor = boost::asio::get_associated_executor(handler, ex);
    boost::asio::co_spawn(
        strand, detail::beast_run(x),
        boost::asio::bind_executor(handler_executor, [x, handler = std::move(handler)](std::exception_ptr) mutable {
            auto slot = handler.get_cancellation_slot();
            if (slot.is_connected()) slot.clear();
            result<http_response> r = x->outcome ? std::move(*x->outcome)
                                                 : result<http_response>(failure(errc::transport, "HTTP exchange failed unexpectedly"));
            x.reset();
            std::move(handler)(std::move(r));
        }));
}

}  // namespace mercadopago

MERCADOPAGO_DETAIL_COROUTINES_END
