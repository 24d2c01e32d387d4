// mercadopago::sandbox::async_transport — the in-process emulator as an
// asynchronous transport, so code written against mercadopago::async_client
// runs offline and deterministically in tests and demos.
//
//     auto emu = std::make_shared<mercadopago::sandbox::emulator>();
//     mercadopago::async_client shop(io.get_executor(), {.access_token = "TEST-…"},
//                                    mercadopago::sandbox::async_transport(mercadopago::sandbox::transport(emu)));
//
// Each exchange is answered by the emulator on the completion handler's
// executor, after async_send returns (never inside it). The emulator
// answers at once, so there is nothing in flight to cancel. Injected 503s,
// 429s and drops act as with sandbox::transport; injected latency blocks the
// executor's thread (use the HTTP sandbox, sandbox/http_server.hpp, to test
// real waiting).
#pragma once

#include <mercadopago/async_transport.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>
#include <mercadopago/sandbox/transport.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>

#include <utility>

namespace mercadopago::sandbox {

class async_transport {
public:
    /// Over a new emulator of its own.
    async_transport() = default;

    /// Over the emulator (and faults) of `t`: a synchronous sandbox client
    /// built on a copy of `t` sees the same state.
    explicit async_transport(sandbox::transport t) : inner_(std::move(t)) {}

    template <class CompletionToken>
    auto async_send(const http_request& req, CompletionToken&& token) const {
        return boost::asio::async_initiate<CompletionToken, async_send_signature>(
            [](auto handler, const sandbox::transport& inner, const http_request& request) {
                // Where the handler wants to run; a plain callback has no
                // executor of its own and runs on the system executor's pool.
                auto ex = boost::asio::get_associated_executor(handler);
                boost::asio::post(ex, [handler = std::move(handler), inner, request]() mutable {
                    std::move(handler)(inner.send(request));
                });
            },
            token, inner_, req);
    }

    /// The synchronous transport behind it (the emulator, fault counts).
    const sandbox::transport& inner() const noexcept { return inner_; }

private:
    sandbox::transport inner_;
};

static_assert(mercadopago::async_transport<async_transport>,
              "sandbox::async_transport must satisfy the async_transport concept");

}  // namespace mercadopago::sandbox
