// Local servers for the client's real-socket tests. Everything listens on
// 127.0.0.1 only, on a port the kernel picks, and stops by itself.
//
// loopback_server: an httplib::Server (or SSLServer) run on its own thread,
// with TCP_NODELAY, an unbounded keep-alive count, and a count of the TCP
// connections it accepted (to assert that the client reuses connections).
//
//     test_support::loopback_server srv([](httplib::Server& s) {
//         s.Get("/v1/things/:id", [](const httplib::Request&, httplib::Response& r) { ... });
//     });
//     options.base_url = srv.base_url();
//
// Destroy clients before the server (declare the server first): a server
// stops only once its keep-alive connections are closed.
//
// raw_tcp_server: faults httplib cannot produce, scripted per connection
// (reset before any response byte, a body cut short, ...), with a hard time
// limit so that it never hangs a test.
//
// Build with `pkg-config --cflags cpp-httplib` (the macros change httplib's
// class layouts).
#pragma once

#include "support/tls_certificates.hpp"

#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace test_support {

namespace detail {

/// Server threads must survive writing to a socket the client closed (a
/// client that gave up on a slow answer). SIGPIPE is blocked in them only, so
/// the client side of a test still sees whatever the process default is.
inline void block_sigpipe_in_this_thread() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

/// httplib's default thread pool, counting every accepted connection: in
/// cpp-httplib 0.11 the server hands each accepted socket to the task queue
/// exactly once (set_socket_options only sees the listening socket).
class counting_task_queue : public httplib::TaskQueue {
public:
    counting_task_queue(std::size_t threads, std::shared_ptr<std::atomic<std::size_t>> accepted)
        : pool_(threads), accepted_(std::move(accepted)) {}
    void enqueue(std::function<void()> fn) override {
        accepted_->fetch_add(1);
        pool_.enqueue(std::move(fn));
    }
    void shutdown() override { pool_.shutdown(); }

private:
    httplib::ThreadPool pool_;
    std::shared_ptr<std::atomic<std::size_t>> accepted_;
};

}  // namespace detail

class loopback_server {
public:
    using routes = std::function<void(httplib::Server&)>;

    /// Plain HTTP.
    explicit loopback_server(const routes& setup, std::size_t worker_threads = 16)
        : server_(std::make_unique<httplib::Server>()), scheme_("http") {
        start(setup, worker_threads);
    }

    /// HTTPS with the given certificate and key.
    loopback_server(const tls_certificates& certs, const routes& setup, std::size_t worker_threads = 16)
        : server_(std::make_unique<httplib::SSLServer>(certs.cert_path().c_str(), certs.key_path().c_str())),
          scheme_("https") {
        if (!server_->is_valid()) throw std::runtime_error("SSLServer could not load the test certificate");
        start(setup, worker_threads);
    }

    ~loopback_server() { stop(); }

    loopback_server(const loopback_server&) = delete;
    loopback_server& operator=(const loopback_server&) = delete;

    int port() const noexcept { return port_; }
    std::string base_url() const { return scheme_ + "://127.0.0.1:" + std::to_string(port_); }
    /// TCP connections accepted so far.
    std::size_t connections() const noexcept { return accepted_->load(); }

    void stop() {
        if (!thread_.joinable()) return;
        server_->stop();
        thread_.join();
    }

private:
    void start(const routes& setup, std::size_t worker_threads) {
        auto& s = *server_;
        s.set_tcp_nodelay(true);
        s.set_keep_alive_max_count(1000000);
        s.set_keep_alive_timeout(5);
        s.set_read_timeout(std::chrono::seconds{5});
        s.set_write_timeout(std::chrono::seconds{5});
        // Called for the listening socket only; accepted sockets inherit
        // TCP_NODELAY from it on Linux.
        s.set_socket_options([](socket_t sock) {
            int yes = 1;
            ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
            ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
        });
        auto accepted = accepted_;
        s.new_task_queue = [accepted, worker_threads] {
            return new detail::counting_task_queue(worker_threads, accepted);
        };
        setup(s);
        port_ = s.bind_to_any_port("127.0.0.1");
        if (port_ <= 0) throw std::runtime_error("loopback_server: cannot bind 127.0.0.1");
        thread_ = std::thread([&s] {
            detail::block_sigpipe_in_this_thread();  // inherited by the worker threads
            s.listen_after_bind();
        });
        // stop() is a no-op until the accept loop runs: wait for it (bounded).
        const auto limit = std::chrono::steady_clock::now() + std::chrono::seconds{5};
        while (!s.is_running()) {
            if (std::chrono::steady_clock::now() > limit) {
                // Cannot stop a server that never ran; detach rather than hang.
                thread_.detach();
                throw std::runtime_error("loopback_server: the server did not start");
            }
            std::this_thread::sleep_for(std::chrono::milliseconds{1});
        }
    }

    std::unique_ptr<httplib::Server> server_;
    std::string scheme_;
    std::shared_ptr<std::atomic<std::size_t>> accepted_ = std::make_shared<std::atomic<std::size_t>>(0);
    int port_ = 0;
    std::thread thread_;
};

/// A port on 127.0.0.1 that nothing listens on (bound, then closed).
inline int unused_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket() failed");
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        ::close(fd);
        throw std::runtime_error("bind() failed");
    }
    ::close(fd);
    return ntohs(a.sin_port);
}

/// One request as the raw server read it.
struct raw_request {
    std::string method;
    std::string target;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    std::string header(std::string_view name) const {
        for (const auto& [k, v] : headers) {
            if (k.size() != name.size()) continue;
            bool same = true;
            for (std::size_t i = 0; i < k.size() && same; ++i)
                same = std::tolower(static_cast<unsigned char>(k[i])) == std::tolower(static_cast<unsigned char>(name[i]));
            if (same) return v;
        }
        return {};
    }
};

/// What the raw server does with one connection.
struct raw_step {
    enum class kind {
        reset_before_response,  ///< read the whole request, then RST: not a byte answered
        close_before_response,  ///< read the whole request, then FIN: not a byte answered
        drop_mid_body,          ///< headers with Content-Length: 100, 10 body bytes, then close
        reset_after_headers,    ///< read the request headers only, then RST while the body is still coming
        respond,                ///< a complete response, then close (Connection: close)
    };
    kind what = kind::respond;
    int status = 200;
    std::string body = R"({"id":"1"})";

    static raw_step reset() { return {kind::reset_before_response, 0, {}}; }
    static raw_step close() { return {kind::close_before_response, 0, {}}; }
    static raw_step drop_mid_body() { return {kind::drop_mid_body, 0, {}}; }
    static raw_step reset_after_headers() { return {kind::reset_after_headers, 0, {}}; }
    static raw_step ok(std::string body = R"({"id":"1"})") { return {kind::respond, 200, std::move(body)}; }
};

/// A one-thread TCP server on 127.0.0.1 that plays `script`, one step per
/// accepted connection, then closes its listening socket (later connects are
/// refused). It gives up after `limit` in all, whatever happens.
class raw_tcp_server {
public:
    explicit raw_tcp_server(std::vector<raw_step> script, std::chrono::milliseconds limit = std::chrono::seconds{10})
        : script_(std::move(script)), deadline_(std::chrono::steady_clock::now() + limit) {
        listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        if (listen_fd_ < 0) throw std::runtime_error("socket() failed");
        int yes = 1;
        ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(listen_fd_, 16) != 0 ||
            ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
            ::close(listen_fd_);
            throw std::runtime_error("raw_tcp_server: cannot listen on 127.0.0.1");
        }
        port_ = ntohs(a.sin_port);
        thread_ = std::thread([this] {
            detail::block_sigpipe_in_this_thread();
            run();
        });
    }

    ~raw_tcp_server() {
        stop_ = true;
        if (thread_.joinable()) thread_.join();
        if (listen_fd_ >= 0) ::close(listen_fd_);
    }

    raw_tcp_server(const raw_tcp_server&) = delete;
    raw_tcp_server& operator=(const raw_tcp_server&) = delete;

    int port() const noexcept { return port_; }
    std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    std::size_t connections() const noexcept { return accepted_.load(); }
    std::vector<raw_request> requests() const {
        std::lock_guard lock(mutex_);
        return requests_;
    }

private:
    using clock = std::chrono::steady_clock;

    bool expired() const { return stop_ || clock::now() >= deadline_; }

    /// Waits (in short slices, so stop_ is noticed) until fd is readable.
    bool wait_readable(int fd) const {
        while (!expired()) {
            pollfd p{fd, POLLIN, 0};
            const int r = ::poll(&p, 1, 20);
            if (r > 0) return true;
            if (r < 0 && errno != EINTR) return false;
        }
        return false;
    }

    /// Reads the request head and, unless `head_only`, its Content-Length body.
    bool read_request(int fd, raw_request& out, bool head_only) const {
        std::string data;
        char buf[4096];
        std::size_t head_end = std::string::npos;
        while ((head_end = data.find("\r\n\r\n")) == std::string::npos) {
            if (!wait_readable(fd)) return false;
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) return false;
            data.append(buf, static_cast<std::size_t>(n));
            if (data.size() > (1u << 20)) return false;
        }
        std::string head = data.substr(0, head_end);
        std::size_t line_end = head.find("\r\n");
        const std::string request_line = head.substr(0, line_end);
        const auto sp1 = request_line.find(' ');
        const auto sp2 = request_line.find(' ', sp1 + 1);
        if (sp1 == std::string::npos || sp2 == std::string::npos) return false;
        out.method = request_line.substr(0, sp1);
        out.target = request_line.substr(sp1 + 1, sp2 - sp1 - 1);
        std::size_t content_length = 0;
        while (line_end != std::string::npos && line_end < head.size()) {
            const std::size_t start = line_end + 2;
            line_end = head.find("\r\n", start);
            const std::string line = head.substr(start, line_end == std::string::npos ? std::string::npos : line_end - start);
            const auto colon = line.find(':');
            if (colon == std::string::npos) continue;
            std::string value = line.substr(colon + 1);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.erase(0, 1);
            out.headers.emplace_back(line.substr(0, colon), value);
        }
        if (const std::string cl = out.header("Content-Length"); !cl.empty()) content_length = std::stoul(cl);
        if (head_only) return true;
        out.body = data.substr(head_end + 4);
        while (out.body.size() < content_length) {
            if (!wait_readable(fd)) return false;
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) return false;
            out.body.append(buf, static_cast<std::size_t>(n));
        }
        return true;
    }

    static void send_all(int fd, std::string_view s) {
        while (!s.empty()) {
            const ssize_t n = ::send(fd, s.data(), s.size(), MSG_NOSIGNAL);
            if (n <= 0) return;
            s.remove_prefix(static_cast<std::size_t>(n));
        }
    }

    static void reset(int fd) {
        linger l{1, 0};  // close() now sends RST instead of FIN
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        ::close(fd);
    }

    void run() {
        for (const raw_step& step : script_) {
            if (!wait_readable(listen_fd_)) return;
            const int fd = ::accept(listen_fd_, nullptr, nullptr);
            if (fd < 0) return;
            accepted_.fetch_add(1);
            raw_request req;
            const bool head_only = step.what == raw_step::kind::reset_after_headers;
            const bool ok = read_request(fd, req, head_only);
            if (ok) {
                std::lock_guard lock(mutex_);
                requests_.push_back(req);
            }
            switch (step.what) {
            case raw_step::kind::reset_before_response:
            case raw_step::kind::reset_after_headers:
                reset(fd);
                break;
            case raw_step::kind::close_before_response:
                ::close(fd);
                break;
            case raw_step::kind::drop_mid_body:
                send_all(fd, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
                             "{\"id\":\"123");  // 10 of the 100 bytes
                ::shutdown(fd, SHUT_WR);
                ::close(fd);
                break;
            case raw_step::kind::respond: {
                std::string r = "HTTP/1.1 " + std::to_string(step.status) + " X\r\nContent-Type: application/json\r\n"
                                "Connection: close\r\nContent-Length: " + std::to_string(step.body.size()) +
                                "\r\n\r\n" + step.body;
                send_all(fd, r);
                ::shutdown(fd, SHUT_WR);
                ::close(fd);
                break;
            }
            }
        }
        // Script done: later connects are refused instead of waiting.
        ::close(listen_fd_);
        listen_fd_ = -1;
    }

    std::vector<raw_step> script_;
    clock::time_point deadline_;
    int listen_fd_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<std::size_t> accepted_{0};
    mutable std::mutex mutex_;
    std::vector<raw_request> requests_;
    std::thread thread_;
};

}  // namespace test_support
