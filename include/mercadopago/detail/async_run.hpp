// detail::async_run — one Asio asynchronous operation, for any completion
// token, whose work is a coroutine. The asynchronous client's calls and its
// search ranges are written as coroutines once; this turns each into an
// operation that also completes a callback, a future or `deferred`.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/associated_cancellation_slot.hpp>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/co_spawn.hpp>

#include <exception>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// Runs `work` on `ex` and completes `token` (signature `void(R)`) with
/// `finish(exception_ptr, V)`, V being what `work` returned. The completion
/// handler's cancellation slot reaches the coroutine (co_spawn connects it),
/// and the handler runs on its own associated executor. The operation never
/// completes inside the initiating call: co_spawn posts the work first.
template <class R, class V, class Token, class Finish>
auto async_run(boost::asio::any_io_executor ex, boost::asio::awaitable<V> work, Finish finish, Token&& token) {
    return boost::asio::async_initiate<Token, void(R)>(
        [](auto handler, boost::asio::any_io_executor ex, boost::asio::awaitable<V> work, Finish finish) {
            auto slot = boost::asio::get_associated_cancellation_slot(handler);
            auto handler_executor = boost::asio::get_associated_executor(handler, ex);
            auto complete = [handler = std::move(handler), finish = std::move(finish)](std::exception_ptr e,
                                                                                          V value) mutable {
                std::move(handler)(finish(e, std::move(value)));
            };
            boost::asio::co_spawn(
                ex, std::move(work),
                boost::asio::bind_cancellation_slot(slot, boost::asio::bind_executor(handler_executor, std::move(complete))));
        },
        token, std::move(ex), std::move(work), std::move(finish));
}

}  // namespace mercadopago::detail
