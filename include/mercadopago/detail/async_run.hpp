// detail::async_run — one Asio asynchronous operation, for any completion
// token, whose work is a coroutine. The asynchronous client's calls and its
// search ranges are written as coroutines once; this turns each into an
// operation that also completes a callback, a future or `deferred`.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/config.hpp>  // MERCADOPAGO_DETAIL_COROUTINES_BEGIN

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/associated_cancellation_slot.hpp>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/error.hpp>
#include <boost/system/system_error.hpp>

#include <atomic>
#include <exception>
#include <memory>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// Whether `e` is Asio's operation_aborted: what a coroutine throws when an
/// awaited step finds it cancelled, and what async_run reports for an
/// operation cancelled before its coroutine first ran. Either way the caller
/// cancelled it; nothing failed.
inline bool cancelled_by_caller(std::exception_ptr e) noexcept {
    if (!e) return false;
    try {
        std::rethrow_exception(e);
    } catch (const boost::system::system_error& x) {
        return x.code() == boost::asio::error::operation_aborted;
    } catch (...) {
    }
    return false;
}

/// Passes the caller's cancellation on to one operation's coroutine, but only
/// once that coroutine has run: Boost 1.81's co_spawn, cancelled before its
/// coroutine's first step, throws operation_aborted out of io_context::run()
/// (the step that reports the failure awaits again, still cancelled, outside
/// its try block). A cancellation that comes earlier is held here and seen by
/// the coroutine when it starts (run_relayed).
struct cancellation_relay {
    boost::asio::cancellation_signal signal;  // co_spawn's slot
    std::atomic<bool> started{false};
    std::atomic<unsigned> pending{0};  // cancellation_type bits received before the start

    void cancel(boost::asio::cancellation_type_t type) {
        pending.fetch_or(static_cast<unsigned>(type));
        if (started.load()) signal.emit(type);
    }
};

MERCADOPAGO_DETAIL_COROUTINES_BEGIN
template <class V>
boost::asio::awaitable<V> run_relayed(std::shared_ptr<cancellation_relay> relay, boost::asio::awaitable<V> work) {
    relay->started.store(true);
    if (relay->pending.load() != 0) throw boost::system::system_error(boost::asio::error::operation_aborted);
    co_return co_await std::move(work);
}
MERCADOPAGO_DETAIL_COROUTINES_END

/// Runs `work` on `ex` and completes `token` (signature `void(R)`) with
/// `finish(exception_ptr, V)`, V being what `work` returned. The completion
/// handler's cancellation slot reaches the coroutine (through a
/// cancellation_relay), and the handler runs on its own associated executor.
/// The operation never completes inside the initiating call: co_spawn posts
/// the work first. A cancelled operation may finish with an exception for
/// which cancelled_by_caller holds.
template <class R, class V, class Token, class Finish>
auto async_run(boost::asio::any_io_executor ex, boost::asio::awaitable<V> work, Finish finish, Token&& token) {
    return boost::asio::async_initiate<Token, void(R)>(
        [](auto handler, boost::asio::any_io_executor ex, boost::asio::awaitable<V> work, Finish finish) {
            namespace asio = boost::asio;
            auto slot = asio::get_associated_cancellation_slot(handler);
            auto handler_executor = asio::get_associated_executor(handler, ex);
            std::shared_ptr<cancellation_relay> relay;
            if (slot.is_connected()) {
                relay = std::make_shared<cancellation_relay>();
                slot.assign([relay](asio::cancellation_type_t type) { relay->cancel(type); });
                work = run_relayed(relay, std::move(work));
            }
            auto complete = [handler = std::move(handler), finish = std::move(finish), slot](std::exception_ptr e,
                                                                                              V value) mutable {
                if (slot.is_connected()) slot.clear();  // the caller may reuse its signal
                std::move(handler)(finish(e, std::move(value)));
            };
            auto spawn_slot = relay ? relay->signal.slot() : asio::cancellation_slot();
            asio::co_spawn(ex, std::move(work),
                           asio::bind_cancellation_slot(spawn_slot, asio::bind_executor(handler_executor, std::move(complete))));
        },
        token, std::move(ex), std::move(work), std::move(finish));
}

}  // namespace mercadopago::detail
