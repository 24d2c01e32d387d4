// mercadopago::testing::posted_transport — any synchronous transport as an
// asynchronous one (mercadopago/async_transport.hpp), for code written against
// mercadopago::async_client: each exchange runs the synchronous send on the
// completion handler's executor, after async_send returned (never inside it).
//
//     mercadopago::testing::scripted_transport script;
//     script.reply(200, R"({"id":1})");
//     mercadopago::async_client cli(io.get_executor(), options, mercadopago::testing::posted_transport(script));
//
// Meant for transports that answer at once (a script, the in-process
// sandbox): the send blocks the executor's thread while it runs, and there is
// nothing in flight to cancel.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/async_transport.hpp>
#include <mercadopago/http.hpp>

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>

#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::testing {

/// Any synchronous transport `Sync` (one with `send(const http_request&)`) as an asynchronous one, for
/// async_client in tests: each exchange runs `send` later, on the completion handler's executor, blocking that
/// thread while it runs.
template <class Sync>
class posted_transport {
public:
    /// Over a default-constructed `Sync`.
    posted_transport() = default;
    /// Over `inner`. Each exchange runs on a copy of it, so its copies must share what they hold (those
    /// of scripted_transport and sandbox::transport do).
    explicit posted_transport(Sync inner) : inner_(std::move(inner)) {}

    /// Starts one exchange: posts `send(req)` to the handler's associated executor (for a plain callback, the
    /// system executor's pool) and completes with its result<http_response>; never completes inside this call.
    template <class CompletionToken>
    auto async_send(const http_request& req, CompletionToken&& token) const {
        return boost::asio::async_initiate<CompletionToken, async_send_signature>(
            [](auto handler, const Sync& inner, const http_request& request) {
                // Where the handler wants to run; a plain callback has no
                // executor of its own and runs on the system executor's pool.
                auto ex = boost::asio::get_associated_executor(handler);
                boost::asio::post(ex, [handler = std::move(handler), inner, request]() mutable {
                    std::move(handler)(inner.send(request));
                });
            },
            token, inner_, req);
    }

    /// The synchronous transport behind it.
    const Sync& inner() const noexcept { return inner_; }

private:
    Sync inner_;
};

}  // namespace mercadopago::testing
