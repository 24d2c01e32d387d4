// The asynchronous transport concept: the seam between mercadopago::async_client
// and an asynchronous HTTP library, beside the synchronous one (transport.hpp).
//
// An async transport starts one HTTP exchange and completes with the
// response, whatever its status, or with a failure to obtain one — the same
// errc::transport / errc::timeout / errc::tls as a synchronous transport, and
// errc::cancelled when the operation was cancelled through its completion
// handler's cancellation slot. Its operation is an Asio asynchronous
// operation with the completion signature `void(result<http_response>)`:
//
//     template <class CompletionToken>
//     auto async_send(const http_request& req, CompletionToken&& token) const;
//
// so coroutines, callbacks, futures and `deferred` all work with it. The
// caller keeps `req` alive until the operation completes; `req.timeout` is
// the attempt's whole budget. The operation must never complete inline
// (inside async_send): the client starts it from a coroutine and relies on
// the usual Asio guarantee. Retries, idempotency keys and error bodies are
// the client's business, as for a synchronous transport.
//
// mercadopago::beast_transport (Boost.Beast over Asio SSL) is the default;
// mercadopago::sandbox::async_transport runs the in-process emulator.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <concepts>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The completion signature of every asynchronous HTTP exchange.
using async_send_signature = void(result<http_response>);

template <class T>
concept async_transport = requires(const T& t, const http_request& req) {
    { t.async_send(req, boost::asio::use_awaitable) } -> std::same_as<boost::asio::awaitable<result<http_response>>>;
};

}  // namespace mercadopago
