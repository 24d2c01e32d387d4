// A loopback HTTP/1.1 server that answers every request after a fixed delay,
// written with Boost.Beast on one thread of its own: unlike a thread-per-
// connection server it can hold a thousand slow answers at once, which is
// what the asynchronous client's load test and benchmark need.
//
//     test_support::delayed_http_server srv(100ms, R"({"id":1})");
//     options.base_url = srv.base_url();
//
// Keep-alive is honoured. It counts connections and requests, listens on
// 127.0.0.1 only, on a port the kernel picks, and stops in its destructor.
#pragma once

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <utility>

namespace test_support {

class delayed_http_server {
public:
    delayed_http_server(std::chrono::milliseconds delay, std::string body)
        : delay_(delay), body_(std::move(body)), acceptor_(io_) {
        using boost::asio::ip::tcp;
        const tcp::endpoint where(boost::asio::ip::make_address("127.0.0.1"), 0);
        acceptor_.open(where.protocol());
        acceptor_.set_option(tcp::acceptor::reuse_address(true));
        acceptor_.bind(where);
        acceptor_.listen(4096);
        port_ = acceptor_.local_endpoint().port();
        boost::asio::co_spawn(io_, accept_loop(), boost::asio::detached);
        thread_ = std::thread([this] { io_.run(); });
    }

    ~delayed_http_server() {
        io_.stop();
        if (thread_.joinable()) thread_.join();
    }

    delayed_http_server(const delayed_http_server&) = delete;
    delayed_http_server& operator=(const delayed_http_server&) = delete;

    std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    std::size_t connections() const noexcept { return connections_.load(); }
    std::size_t requests() const noexcept { return requests_.load(); }

private:
    boost::asio::awaitable<void> accept_loop() {
        for (;;) {
            auto [ec, socket] = co_await acceptor_.async_accept(boost::asio::as_tuple(boost::asio::use_awaitable));
            if (ec) co_return;
            ++connections_;
            boost::asio::co_spawn(io_, serve(std::move(socket)), boost::asio::detached);
        }
    }

    boost::asio::awaitable<void> serve(boost::asio::ip::tcp::socket socket) {
        namespace http = boost::beast::http;
        using boost::asio::as_tuple;
        using boost::asio::use_awaitable;
        socket.set_option(boost::asio::ip::tcp::no_delay(true));
        boost::beast::flat_buffer buffer;
        boost::asio::steady_timer timer(socket.get_executor());
        for (;;) {
            http::request<http::string_body> req;
            auto [read_error, n] = co_await http::async_read(socket, buffer, req, as_tuple(use_awaitable));
            if (read_error) co_return;
            ++requests_;
            timer.expires_after(delay_);
            co_await timer.async_wait(as_tuple(use_awaitable));
            http::response<http::string_body> res(http::status::ok, req.version());
            res.set(http::field::content_type, "application/json");
            res.keep_alive(req.keep_alive());
            res.body() = body_;
            res.prepare_payload();
            auto [write_error, m] = co_await http::async_write(socket, res, as_tuple(use_awaitable));
            if (write_error || !req.keep_alive()) co_return;
        }
    }

    std::chrono::milliseconds delay_;
    std::string body_;
    boost::asio::io_context io_;
    boost::asio::ip::tcp::acceptor acceptor_;
    unsigned short port_ = 0;
    std::atomic<std::size_t> connections_{0};
    std::atomic<std::size_t> requests_{0};
    std::thread thread_;
};

}  // namespace test_support
