// The default asynchronous transport: Boost.Beast HTTP/1.1 over Boost.Asio,
// TLS through Asio SSL (OpenSSL).
//
//     boost::asio::io_context io;
//     mercadopago::beast_transport transport(io.get_executor(), options);
//     auto r = co_await transport.async_send(req, boost::asio::use_awaitable);
//
// It behaves like httplib_transport, its synchronous model: certificates are
// verified against the system store unless a CA file or directory is given,
// redirects are returned as they are (a redirect must never carry the token
// elsewhere), idle keep-alive connections are pooled per transport (copies
// share the pool), and failures carry the same categories and messages.
// On top of it:
//   - every phase is bounded by a timer (connect_timeout for resolve, connect,
//     proxy tunnel and TLS handshake; write_timeout; read_timeout), and all of
//     them together by `req.timeout`;
//   - the completion handler's cancellation slot (terminal, partial or total
//     cancellation alike) closes the in-flight connection and completes with
//     errc::cancelled;
//   - a pooled connection the server closed while it sat idle is replaced
//     transparently, once, when it fails before any byte of response came.
// The operation never completes inside async_send: it runs as a coroutine on
// a strand of the transport's executor and completes through the handler's
// associated executor (the transport's executor when it has none).
//
// The transport's executor must outlive it: pooled connections are sockets of
// that execution context (destroy the transport before the io_context).
//
// Opt-in: the umbrella header does not include it. Link OpenSSL (libssl,
// libcrypto); Beast and Asio are header-only.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/async_transport.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/config.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>

#include <boost/asio/any_completion_handler.hpp>
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/async_result.hpp>

#include <memory>
#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace detail {
struct beast_shared;  // options, TLS context and the pool of idle connections
}

/// The default asynchronous transport: Boost.Beast HTTP/1.1 over Asio and OpenSSL, with a timer on every
/// phase, cancellation support and a pool of keep-alive connections shared by copies.
/// The executor's execution context must outlive the transport.
class beast_transport {
public:
    using executor_type = boost::asio::any_io_executor;  ///< the executor the transport's sockets and timers use

    /// The transport an asynchronous client builds by default: base_url and connection options.
    beast_transport(executor_type ex, const client_options& o)
        : beast_transport(std::move(ex), o.base_url, o.connection) {}

    /// An unusable base_url is not thrown: every exchange completes with its error.
    MERCADOPAGO_DETAIL_DECL beast_transport(executor_type ex, const std::string& base_url, connection_options c = {});

    /// The executor given at construction; operations run on a strand of it.
    executor_type get_executor() const noexcept { return executor_; }

    /// One HTTP exchange, completing with `void(result<http_response>)`: a
    /// response of any status, or errc::transport, errc::timeout, errc::tls,
    /// errc::cancelled (or errc::invalid_argument for a malformed request).
    template <class CompletionToken>
    auto async_send(const http_request& req, CompletionToken&& token) const {
        // A pointer, not the request: tokens such as `deferred` store the
        // arguments, and the caller keeps `req` alive until completion anyway.
        return boost::asio::async_initiate<CompletionToken, async_send_signature>(
            initiation{shared_, executor_}, token, &req);
    }

private:
    struct initiation {
        std::shared_ptr<detail::beast_shared> shared;
        executor_type executor;

        template <class Handler>
        void operator()(Handler&& handler, const http_request* req) const {
            start(shared, executor, *req,
                  boost::asio::any_completion_handler<async_send_signature>(std::forward<Handler>(handler)));
        }
    };

    // The one non-template entry point: every completion token goes through
    // the type-erased handler, so the exchange is compiled once per file
    // whatever the tokens, and once per program with separate compilation.
    MERCADOPAGO_DETAIL_DECL static void start(const std::shared_ptr<detail::beast_shared>& shared,
                                              const executor_type& ex, const http_request& req,
                                              boost::asio::any_completion_handler<async_send_signature> handler);

    executor_type executor_;
    std::shared_ptr<detail::beast_shared> shared_;
};

static_assert(async_transport<beast_transport>);

}  // namespace mercadopago

// Header-only: the definitions come with the header. With separate
// compilation they are compiled once, in <mercadopago/async_src.hpp>
// (mercadopago::async_compiled), and other files neither parse Beast's HTTP and SSL
// headers for it nor compile the exchange.
#if !defined(MERCADOPAGO_SEPARATE_COMPILATION)
#include <mercadopago/impl/beast_transport.ipp>
#endif
