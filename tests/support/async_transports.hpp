// Asynchronous test transports for mercadopago::async_client.
//
// (For a synchronous transport as an asynchronous one, see
// mercadopago::testing::posted_transport.)
//
// slow_transport: answers every request with one response after a delay, on
// a timer, and counts the exchanges in flight. A cancelled exchange stops
// waiting at once and completes with errc::cancelled, like a real transport.
#pragma once

#include <mercadopago/async_transport.hpp>
#include <mercadopago/detail/async_run.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/cancellation_state.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <memory>
#include <optional>
#include <utility>

namespace test_support {

class slow_transport {
public:
    struct counters {
        std::atomic<int> in_flight{0};
        std::atomic<int> most_in_flight{0};
        std::atomic<int> started{0};
        std::atomic<int> cancelled{0};
    };

    slow_transport(boost::asio::any_io_executor ex, std::chrono::milliseconds delay, int status = 200,
                   std::string body = R"({"id":"1","name":"widget"})")
        : executor_(std::move(ex)), delay_(delay), status_(status), body_(std::move(body)) {}

    template <class Token>
    auto async_send(const mercadopago::http_request&, Token&& token) const {
        using answer = mercadopago::result<mercadopago::http_response>;
        return mercadopago::detail::async_run<answer>(
            executor_, wait_and_answer(counters_, delay_, status_, body_),
            [](std::exception_ptr, std::optional<answer> a) -> answer {
                if (!a) return mercadopago::error{mercadopago::errc::transport, "exception"};
                return std::move(*a);
            },
            std::forward<Token>(token));
    }

    const counters& count() const noexcept { return *counters_; }

private:
    static boost::asio::awaitable<std::optional<mercadopago::result<mercadopago::http_response>>> wait_and_answer(
        std::shared_ptr<counters> c, std::chrono::milliseconds delay, int status, std::string body) {
        co_await boost::asio::this_coro::reset_cancellation_state(boost::asio::enable_total_cancellation());
        ++c->started;
        const int now_in_flight = ++c->in_flight;
        int seen = c->most_in_flight.load();
        while (now_in_flight > seen && !c->most_in_flight.compare_exchange_weak(seen, now_in_flight)) {
        }
        boost::asio::steady_timer timer(co_await boost::asio::this_coro::executor, delay);
        auto [ec] = co_await timer.async_wait(boost::asio::as_tuple(boost::asio::use_awaitable));
        --c->in_flight;
        if (ec) {
            ++c->cancelled;
            co_return mercadopago::error{mercadopago::errc::cancelled, "cancelled"};
        }
        mercadopago::http_response r;
        r.status = status;
        r.body = std::move(body);
        co_return r;
    }

    boost::asio::any_io_executor executor_;
    std::chrono::milliseconds delay_;
    int status_;
    std::string body_;
    std::shared_ptr<counters> counters_ = std::make_shared<counters>();
};

}  // namespace test_support
