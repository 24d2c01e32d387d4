// beast_transport over real sockets: plain http and https with certificates
// made for the run, keep-alive and the pool, timeouts, faults only a raw
// socket can make, cancellation, proxies and concurrency. Every server
// listens on 127.0.0.1 and stops by itself; each exchange runs on an
// io_context driven by the test thread, bounded in time.
#include <mercadopago/beast_transport.hpp>

#include <doctest/doctest.h>

#include "support/loopback_server.hpp"
#include "support/tls_certificates.hpp"

#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace beast_transport_test {

namespace mp = mercadopago;
namespace asio = boost::asio;
using namespace std::chrono_literals;
using test_support::loopback_server;
using test_support::raw_step;
using test_support::raw_tcp_server;

namespace {

using exchange_result = mp::result<mp::http_response>;

constexpr const char* token = "Bearer TEST-1234567890-secret-token";

mp::connection_options quick_options() {
    mp::connection_options c;
    c.connect_timeout = 2s;
    c.read_timeout = 5s;
    c.write_timeout = 5s;
    return c;
}

mp::http_request make_request(mp::http_method method, std::string target, std::string body = {}) {
    mp::http_request r;
    r.method = method;
    r.target = std::move(target);
    r.body = std::move(body);
    r.timeout = 10s;
    r.headers = {{"Authorization", token}, {"Accept", "application/json"}};
    if (!r.body.empty()) r.headers.emplace_back("Content-Type", "application/json");
    return r;
}

/// Runs one exchange to completion on `io` (bounded) with a callback, and
/// checks that it did not complete inside async_send.
exchange_result run_exchange(asio::io_context& io, const mp::beast_transport& t, const mp::http_request& req,
                             std::chrono::milliseconds limit = 10s) {
    std::optional<exchange_result> out;
    bool returned = false;
    bool completed_inline = false;
    t.async_send(req, [&](exchange_result r) {
        completed_inline = !returned;
        out.emplace(std::move(r));
    });
    returned = true;
    io.restart();
    io.run_for(limit);
    CHECK_FALSE(completed_inline);
    if (!out) return mp::failure(mp::errc::invalid_argument, "test: the exchange did not complete in time");
    return std::move(*out);
}

/// What the server saw: one entry per request.
struct seen_requests {
    mutable std::mutex mutex;
    std::vector<httplib::Request> requests;

    void add(const httplib::Request& r) {
        std::lock_guard lock(mutex);
        requests.push_back(r);
    }
    std::size_t size() const {
        std::lock_guard lock(mutex);
        return requests.size();
    }
    httplib::Request at(std::size_t i) const {
        std::lock_guard lock(mutex);
        return requests.at(i);
    }
};

/// A slow handler's wait, cut short when the test ends (so that stopping the
/// server does not wait for it).
struct slow_answer {
    std::atomic<bool> done{false};
    void wait(std::chrono::milliseconds d) const {
        const auto until = std::chrono::steady_clock::now() + d;
        while (!done && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(5ms);
    }
};
struct release_on_exit {
    slow_answer& s;
    ~release_on_exit() { s.done = true; }
};

double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

bool contains(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

void answer_thing(const httplib::Request& req, httplib::Response& res) {
    const std::string id = req.matches.size() > 1 ? std::string(req.matches[1]) : std::string("new");
    res.set_content(R"({"id":")" + id + R"("})", "application/json");
}

constexpr const char* thing_path = R"(/v1/things/([^/]+))";

/// A keep-alive server that drops its first connection at the worst moment:
/// it answers one request, waits for the next one on the same connection,
/// then closes it without a byte of answer. Its second connection answers
/// normally. (What a server closing an idle connection does when the
/// request crosses its FIN.)
class closing_keep_alive_server {
public:
    closing_keep_alive_server() {
        listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (listen_fd_ < 0 || ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
            ::listen(listen_fd_, 4) != 0 || ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&a), &len) != 0)
            throw std::runtime_error("closing_keep_alive_server: cannot listen");
        port_ = ntohs(a.sin_port);
        thread_ = std::thread([this] { run(); });
    }
    ~closing_keep_alive_server() {
        stop_ = true;
        thread_.join();
        ::close(listen_fd_);
    }
    closing_keep_alive_server(const closing_keep_alive_server&) = delete;
    closing_keep_alive_server& operator=(const closing_keep_alive_server&) = delete;

    std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    std::size_t connections() const noexcept { return accepted_.load(); }
    std::size_t requests() const noexcept { return requests_.load(); }

private:
    bool readable(int fd) const {
        while (!stop_) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 20) > 0) return true;
        }
        return false;
    }
    /// Reads one bodiless request head (the test sends GETs only).
    bool read_head(int fd) {
        std::string head;
        char c = 0;
        while (head.size() < 4 || head.compare(head.size() - 4, 4, "\r\n\r\n") != 0) {
            if (!readable(fd) || ::recv(fd, &c, 1, 0) != 1) return false;
            head.push_back(c);
        }
        requests_.fetch_add(1);
        return true;
    }
    int accept_one() {
        if (!readable(listen_fd_)) return -1;
        const int fd = ::accept(listen_fd_, nullptr, nullptr);
        if (fd >= 0) accepted_.fetch_add(1);
        return fd;
    }
    static void answer(int fd, std::string_view extra_header) {
        const std::string r = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n" +
                              std::string(extra_header) + "\r\n{\"ok\":true}";
        ::send(fd, r.data(), r.size(), MSG_NOSIGNAL);
    }
    void run() {
        const int first = accept_one();
        if (first < 0) return;
        if (read_head(first)) {
            answer(first, "");  // keep-alive
            read_head(first);   // the second request arrives...
        }
        ::close(first);         // ...and is dropped unanswered
        const int second = accept_one();
        if (second < 0) return;
        if (read_head(second)) answer(second, "Connection: close\r\n");
        ::shutdown(second, SHUT_WR);
        ::close(second);
    }

    int listen_fd_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<std::size_t> accepted_{0};
    std::atomic<std::size_t> requests_{0};
    std::thread thread_;
};

/// A CONNECT proxy for one tunnel to 127.0.0.1:`target_port`: it reads the
/// CONNECT request, answers 200, then relays bytes both ways until a side
/// closes. Polls in short slices, so it stops with the test.
class tunnel_proxy {
public:
    explicit tunnel_proxy(int target_port) : target_port_(target_port) {
        listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (listen_fd_ < 0 || ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
            ::listen(listen_fd_, 4) != 0 || ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&a), &len) != 0)
            throw std::runtime_error("tunnel_proxy: cannot listen");
        port_ = ntohs(a.sin_port);
        thread_ = std::thread([this] { run(); });
    }
    ~tunnel_proxy() {
        stop_ = true;
        thread_.join();
        ::close(listen_fd_);
    }
    tunnel_proxy(const tunnel_proxy&) = delete;
    tunnel_proxy& operator=(const tunnel_proxy&) = delete;

    int port() const noexcept { return port_; }
    std::size_t tunnels() const noexcept { return tunnels_.load(); }
    std::string request_head() const {
        std::lock_guard lock(mutex_);
        return head_;
    }

private:
    bool readable(int fd) const {
        while (!stop_) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 20) > 0) return true;
        }
        return false;
    }

    void run() {
        if (!readable(listen_fd_)) return;
        const int client = ::accept(listen_fd_, nullptr, nullptr);
        if (client < 0) return;
        tunnels_.fetch_add(1);
        std::string head;
        char buf[16384];
        while (head.find("\r\n\r\n") == std::string::npos) {
            if (!readable(client)) break;
            const ssize_t n = ::recv(client, buf, sizeof buf, 0);
            if (n <= 0) break;
            head.append(buf, static_cast<std::size_t>(n));
        }
        {
            std::lock_guard lock(mutex_);
            head_ = head;
        }
        const int upstream = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(static_cast<std::uint16_t>(target_port_));
        if (upstream >= 0 && ::connect(upstream, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0) {
            const std::string ok = "HTTP/1.1 200 Connection established\r\n\r\n";
            ::send(client, ok.data(), ok.size(), MSG_NOSIGNAL);
            relay(client, upstream, buf, sizeof buf);
        }
        if (upstream >= 0) ::close(upstream);
        ::close(client);
    }

    void relay(int a, int b, char* buf, std::size_t size) const {
        while (!stop_) {
            pollfd p[2] = {{a, POLLIN, 0}, {b, POLLIN, 0}};
            if (::poll(p, 2, 20) <= 0) continue;
            for (int i = 0; i < 2; ++i) {
                if (!(p[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
                const ssize_t n = ::recv(p[i].fd, buf, size, 0);
                if (n <= 0) return;
                const int to = i == 0 ? b : a;
                for (ssize_t sent = 0; sent < n;) {
                    const ssize_t m = ::send(to, buf + sent, static_cast<std::size_t>(n - sent), MSG_NOSIGNAL);
                    if (m <= 0) return;
                    sent += m;
                }
            }
        }
    }

    int target_port_;
    int listen_fd_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<std::size_t> tunnels_{0};
    mutable std::mutex mutex_;
    std::string head_;
    std::thread thread_;
};

}  // namespace

static_assert(mp::async_transport<mp::beast_transport>);

// --- plain http --------------------------------------------------------------

TEST_CASE("http: GET and POST send the method, target, headers and body, and return the whole response") {
    seen_requests seen;
    loopback_server srv([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
            seen.add(req);
            res.set_header("X-Request-Id", "req-1");
            res.set_header("X-Second", "two");
            answer_thing(req, res);
        });
        s.Post("/v1/things", [&](const httplib::Request& req, httplib::Response& res) {
            seen.add(req);
            res.status = 201;
            res.set_content(req.body, "application/json");
        });
    });
    asio::io_context io;
    const mp::beast_transport transport(io.get_executor(), srv.base_url(), quick_options());
    CHECK(transport.get_executor() == asio::any_io_executor(io.get_executor()));

    auto get = make_request(mp::http_method::get, "/v1/things/42?fields=a%20b");
    get.headers.emplace_back("X-Idempotency-Key", "key-1");
    auto r = run_exchange(io, transport, get);
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(r->body == R"({"id":"42"})");
    CHECK(mp::find_header(r->headers, "x-request-id") == "req-1");
    CHECK(mp::find_header(r->headers, "Content-Type") == "application/json");
    REQUIRE(seen.size() == 1);
    const auto first = seen.at(0);
    CHECK(first.method == "GET");
    CHECK(first.target == "/v1/things/42?fields=a%20b");
    CHECK(first.get_header_value("Authorization") == token);
    CHECK(first.get_header_value("X-Idempotency-Key") == "key-1");
    CHECK(first.get_header_value("Host") == "127.0.0.1:" + std::to_string(srv.port()));
    CHECK_FALSE(first.has_header("Content-Length"));  // a GET without a body says nothing of one

    // Response headers keep the server's order.
    std::size_t request_id_at = 0, second_at = 0;
    for (std::size_t i = 0; i < r->headers.size(); ++i) {
        if (r->headers[i].first == "X-Request-Id") request_id_at = i + 1;
        if (r->headers[i].first == "X-Second") second_at = i + 1;
    }
    CHECK(request_id_at != 0);
    CHECK(second_at == request_id_at + 1);

    const std::string body = R"({"name":"widget","price":10.5})";
    auto post = run_exchange(io, transport, make_request(mp::http_method::post, "/v1/things", body));
    REQUIRE(post);
    CHECK(post->status == 201);
    CHECK(post->body == body);
    REQUIRE(seen.size() == 2);
    const auto second = seen.at(1);
    CHECK(second.method == "POST");
    CHECK(second.body == body);
    CHECK(second.get_header_value("Content-Type") == "application/json");
    CHECK(second.get_header_value("Content-Length") == std::to_string(body.size()));

    // An empty POST still says Content-Length: 0.
    auto empty_post = run_exchange(io, transport, make_request(mp::http_method::post, "/v1/things"));
    REQUIRE(empty_post);
    REQUIRE(seen.size() == 3);
    CHECK(seen.at(2).get_header_value("Content-Length") == "0");
    CHECK(srv.connections() == 1);  // all three on one keep-alive connection
}

TEST_CASE("http: a chunked response is assembled, and a 3xx is returned as is, not followed") {
    seen_requests seen;
    loopback_server srv([&](httplib::Server& s) {
        s.Get("/chunked", [](const httplib::Request&, httplib::Response& res) {
            res.set_chunked_content_provider("application/json", [](std::size_t offset, httplib::DataSink& sink) {
                if (offset == 0) {
                    sink.write("{\"parts\":", 9);
                    sink.write("[1,2,3]}", 8);
                }
                sink.done();
                return true;
            });
        });
        s.Get("/moved", [&](const httplib::Request& req, httplib::Response& res) {
            seen.add(req);
            res.status = 302;
            res.set_header("Location", "/elsewhere");
        });
        s.Get("/elsewhere", [&](const httplib::Request& req, httplib::Response& res) {
            seen.add(req);
            res.set_content("{}", "application/json");
        });
    });
    asio::io_context io;
    const mp::beast_transport transport(io.get_executor(), srv.base_url(), quick_options());
    auto chunked = run_exchange(io, transport, make_request(mp::http_method::get, "/chunked"));
    REQUIRE(chunked);
    CHECK(chunked->status == 200);
    CHECK(chunked->body == R"({"parts":[1,2,3]})");
    CHECK(mp::find_header(chunked->headers, "Transfer-Encoding") == "chunked");

    auto moved = run_exchange(io, transport, make_request(mp::http_method::get, "/moved"));
    REQUIRE(moved);
    CHECK(moved->status == 302);
    CHECK(mp::find_header(moved->headers, "Location") == "/elsewhere");
    CHECK(seen.size() == 1);
}

TEST_CASE("http: a response body over 64 MiB is refused") {
    loopback_server srv([](httplib::Server& s) {
        s.Get("/huge", [](const httplib::Request&, httplib::Response& res) {
            // Content-Length announces 65 MiB: refused from the header on.
            res.set_content_provider(65u * 1024 * 1024, "application/octet-stream",
                                     [](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                         static const std::string block(64 * 1024, 'x');
                                         (void)offset;
                                         return sink.write(block.data(), std::min(length, block.size()));
                                     });
        });
    });
    asio::io_context io;
    const mp::beast_transport transport(io.get_executor(), srv.base_url(), quick_options());
    auto r = run_exchange(io, transport, make_request(mp::http_method::get, "/huge"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::transport);
    CHECK(r.error().message == "response body too large");
}

TEST_CASE("http: malformed requests and base URLs complete with invalid_argument, never inline") {
    asio::io_context io;
    const mp::beast_transport bad_url(io.get_executor(), "ftp://example.com");
    auto r = run_exchange(io, bad_url, make_request(mp::http_method::get, "/x"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::invalid_argument);

    const mp::beast_transport transport(io.get_executor(), "http://127.0.0.1:" + std::to_string(test_support::unused_port()));
    auto req = make_request(mp::http_method::get, "/x");
    req.headers.emplace_back("X-Injected", "a\r\nEvil: yes");
    auto injected = run_exchange(io, transport, req);
    REQUIRE_FALSE(injected);
    CHECK(injected.error().code == mp::errc::invalid_argument);
    CHECK_FALSE(contains(injected.error().message, "Evil"));
}

// --- HTTPS ---------------------------------------------------------------------

TEST_CASE("https: a self-signed server fails verification against the system store") {
    test_support::tls_certificates certs;
    loopback_server srv(certs, [](httplib::Server& s) { s.Get(thing_path, answer_thing); });
    asio::io_context io;
    const mp::beast_transport transport(io.get_executor(), srv.base_url(), quick_options());
    auto r = run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/1"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::tls);
    CHECK(contains(r.error().message, "certificate verification failed"));
    CHECK(contains(r.error().message, "OpenSSL verify result 18"));  // self-signed certificate
}

TEST_CASE("https: trusting the generated certificate through ca_file succeeds, by address and by name") {
    test_support::tls_certificates certs;
    loopback_server srv(certs, [](httplib::Server& s) { s.Get(thing_path, answer_thing); });
    asio::io_context io;
    auto c = quick_options();
    c.ca_file = certs.cert_path();
    const mp::beast_transport by_address(io.get_executor(), srv.base_url(), c);
    auto r = run_exchange(io, by_address, make_request(mp::http_method::get, "/v1/things/42"));
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(r->body == R"({"id":"42"})");

    // DNS:localhost in the certificate; the name goes through the resolver,
    // SNI and the host-name check.
    const mp::beast_transport by_name(io.get_executor(), "https://localhost:" + std::to_string(srv.port()), c);
    auto named = run_exchange(io, by_name, make_request(mp::http_method::get, "/v1/things/7"));
    REQUIRE(named);
    CHECK(named->body == R"({"id":"7"})");

    // verify_certificates = false: for local test servers only.
    auto insecure = quick_options();
    insecure.verify_certificates = false;
    const mp::beast_transport unverified(io.get_executor(), srv.base_url(), insecure);
    auto u = run_exchange(io, unverified, make_request(mp::http_method::get, "/v1/things/8"));
    REQUIRE(u);
    CHECK(u->status == 200);
}

TEST_CASE("https: a CA that did not sign the server's certificate is refused") {
    test_support::tls_certificates certs, other;
    loopback_server srv(certs, [](httplib::Server& s) { s.Get(thing_path, answer_thing); });
    asio::io_context io;
    auto c = quick_options();
    c.ca_file = other.cert_path();
    const mp::beast_transport transport(io.get_executor(), srv.base_url(), c);
    auto r = run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/1"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::tls);
    CHECK(contains(r.error().message, "certificate verification failed"));
}

TEST_CASE("https: a missing CA file is a TLS error, not a silent fallback") {
    test_support::tls_certificates certs;
    loopback_server srv(certs, [](httplib::Server& s) { s.Get(thing_path, answer_thing); });
    asio::io_context io;
    auto c = quick_options();
    c.ca_file = certs.dir() + "/no-such-file.pem";
    const mp::beast_transport transport(io.get_executor(), srv.base_url(), c);
    auto r = run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/1"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::tls);
    CHECK(r.error().message == "could not load the CA certificates");
    CHECK(srv.connections() == 0);
}

TEST_CASE("https: a plain-http server behind an https URL is a TLS handshake failure") {
    loopback_server srv([](httplib::Server& s) { s.Get(thing_path, answer_thing); });
    asio::io_context io;
    const mp::beast_transport transport(io.get_executor(), "https://127.0.0.1:" + std::to_string(srv.port()),
                                        quick_options());
    auto r = run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/1"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::tls);
    CHECK(r.error().message == "TLS handshake failed");
}

// --- keep-alive and the pool ---------------------------------------------------

TEST_CASE("keep-alive: 20 sequential exchanges use one connection (http and https, coroutine)") {
    test_support::tls_certificates certs;
    for (const bool tls : {false, true}) {
        CAPTURE(tls);
        auto routes = [](httplib::Server& s) { s.Get(thing_path, answer_thing); };
        auto srv = tls ? std::make_unique<loopback_server>(certs, routes) : std::make_unique<loopback_server>(routes);
        asio::io_context io;
        auto c = quick_options();
        c.ca_file = certs.cert_path();
        const mp::beast_transport transport(io.get_executor(), srv->base_url(), c);
        const mp::beast_transport copy = transport;  // copies share the pool
        int ok = 0;
        asio::co_spawn(
            io,
            [&]() -> asio::awaitable<void> {
                for (int i = 0; i < 20; ++i) {
                    const auto req = make_request(mp::http_method::get, "/v1/things/" + std::to_string(i));
                    const mp::beast_transport& t = i % 2 ? copy : transport;
                    auto r = co_await t.async_send(req, asio::use_awaitable);
                    if (r && r->body == R"({"id":")" + std::to_string(i) + R"("})") ++ok;
                }
            },
            asio::detached);
        io.run_for(10s);
        CHECK(ok == 20);
        CHECK(srv->connections() == 1);
    }
}

TEST_CASE("pool: a connection the server closed while idle is replaced transparently") {
    test_support::tls_certificates certs;
    for (const bool tls : {false, true}) {
        CAPTURE(tls);
        auto routes = [](httplib::Server& s) {
            s.set_keep_alive_timeout(1);  // closes an idle connection after 1 s
            s.Get(thing_path, answer_thing);
        };
        auto srv = tls ? std::make_unique<loopback_server>(certs, routes) : std::make_unique<loopback_server>(routes);
        asio::io_context io;
        auto c = quick_options();
        c.ca_file = certs.cert_path();
        const mp::beast_transport transport(io.get_executor(), srv->base_url(), c);
        REQUIRE(run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/1")));
        std::this_thread::sleep_for(tls ? 1500ms : 1300ms);  // the server closes the pooled connection meanwhile
        auto r = run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/2"));
        REQUIRE(r);
        CHECK(r->body == R"({"id":"2"})");
        CHECK(srv->connections() == 2);
    }
}

TEST_CASE("pool: a reused connection dropped before any byte of answer is retried once on a fresh one") {
    closing_keep_alive_server srv;
    asio::io_context io;
    const mp::beast_transport transport(io.get_executor(), srv.base_url(), quick_options());
    auto first = run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/1"));
    REQUIRE(first);
    auto second = run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/2"));
    REQUIRE(second);
    CHECK(second->body == R"({"ok":true})");
    CHECK(srv.connections() == 2);
    CHECK(srv.requests() == 3);  // the dropped one, then its retry
}

TEST_CASE("pool: max_idle_connections = 0 keeps no connection") {
    loopback_server srv([](httplib::Server& s) { s.Get(thing_path, answer_thing); });
    asio::io_context io;
    auto c = quick_options();
    c.max_idle_connections = 0;
    const mp::beast_transport transport(io.get_executor(), srv.base_url(), c);
    for (int i = 0; i < 3; ++i) REQUIRE(run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/1")));
    CHECK(srv.connections() == 3);
}

// --- timeouts --------------------------------------------------------------------

TEST_CASE("timeouts: read_timeout ends a slow answer quickly; req.timeout caps the whole attempt") {
    slow_answer slow;
    loopback_server srv([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
            slow.wait(3s);
            answer_thing(req, res);
        });
    });
    release_on_exit release{slow};
    asio::io_context io;

    auto c = quick_options();
    c.read_timeout = 200ms;
    const mp::beast_transport short_read(io.get_executor(), srv.base_url(), c);
    auto t0 = std::chrono::steady_clock::now();
    auto r = run_exchange(io, short_read, make_request(mp::http_method::get, "/v1/things/1"));
    const double read_ms = ms_since(t0);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::timeout);
    CHECK(r.error().message == "read timed out");
    CHECK(read_ms >= 150);
    CHECK(read_ms < 1500);

    const mp::beast_transport long_read(io.get_executor(), srv.base_url(), quick_options());
    auto req = make_request(mp::http_method::get, "/v1/things/2");
    req.timeout = 300ms;
    t0 = std::chrono::steady_clock::now();
    auto capped = run_exchange(io, long_read, req);
    const double capped_ms = ms_since(t0);
    REQUIRE_FALSE(capped);
    CHECK(capped.error().code == mp::errc::timeout);
    CHECK(capped.error().message == "call deadline reached while reading the response");
    CHECK(capped_ms >= 250);
    CHECK(capped_ms < 1500);

    // No budget at all: nothing is even attempted.
    req.timeout = 0ms;
    auto none = run_exchange(io, long_read, req);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == mp::errc::timeout);
}

TEST_CASE("timeouts: a server that never completes the TLS handshake hits connect_timeout") {
    // A listening socket that accepts (the kernel does) but never answers.
    raw_tcp_server silent({raw_step::ok()}, 3s);
    asio::io_context io;
    auto c = quick_options();
    c.connect_timeout = 300ms;
    const mp::beast_transport transport(io.get_executor(), "https://127.0.0.1:" + std::to_string(silent.port()), c);
    const auto t0 = std::chrono::steady_clock::now();
    auto r = run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/1"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::timeout);
    CHECK(r.error().message == "connect timed out");
    CHECK(ms_since(t0) < 1500);
}

// --- faults ------------------------------------------------------------------------

TEST_CASE("faults: refused, reset, closed, cut short: errc::transport, a fresh connection never retried") {
    asio::io_context io;
    {
        const mp::beast_transport transport(io.get_executor(),
                                            "http://127.0.0.1:" + std::to_string(test_support::unused_port()),
                                            quick_options());
        auto r = run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/1"));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::transport);
        CHECK(r.error().message == "could not connect");
    }
    struct fault {
        raw_step step;
        const char* message;
    };
    for (const auto& f : {fault{raw_step::reset(), "connection closed or reset while reading the response"},
                          fault{raw_step::close(), "connection closed or reset while reading the response"},
                          fault{raw_step::drop_mid_body(), "connection closed or reset while reading the response"}}) {
        CAPTURE(f.message);
        raw_tcp_server raw({f.step}, 5s);
        const mp::beast_transport transport(io.get_executor(), raw.base_url(), quick_options());
        auto r = run_exchange(io, transport, make_request(mp::http_method::post, "/v1/things", R"({"a":1})"));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::transport);
        CHECK(r.error().message == f.message);
        CHECK_FALSE(contains(r.error().message, "secret"));
        CHECK(raw.connections() == 1);
        REQUIRE(raw.requests().size() == 1);
        CHECK(raw.requests()[0].body == R"({"a":1})");
    }
}

TEST_CASE("faults: a reset while the request body is still being sent does not kill the process") {
    raw_tcp_server raw({raw_step::reset_after_headers()}, 5s);
    asio::io_context io;
    const mp::beast_transport transport(io.get_executor(), raw.base_url(), quick_options());
    auto r = run_exchange(io, transport, make_request(mp::http_method::post, "/v1/things", std::string(16u << 20, 'x')));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::transport);
    CHECK(contains(r.error().message, "connection closed or reset"));
}

// --- cancellation --------------------------------------------------------------------

TEST_CASE("cancellation: terminal, partial and total cancellation end the exchange with errc::cancelled") {
    slow_answer slow;
    loopback_server srv([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
            if (req.matches[1] == "slow") slow.wait(3s);
            answer_thing(req, res);
        });
    });
    release_on_exit release{slow};
    asio::io_context io;
    const mp::beast_transport transport(io.get_executor(), srv.base_url(), quick_options());
    // One connection in the pool first: the cancelled exchange runs on it,
    // and it must not come back.
    REQUIRE(run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/1")));
    REQUIRE(srv.connections() == 1);

    std::size_t expected_connections = 1;
    for (const auto type : {asio::cancellation_type::terminal, asio::cancellation_type::partial,
                            asio::cancellation_type::total}) {
        CAPTURE(static_cast<int>(type));
        asio::cancellation_signal signal;
        std::optional<exchange_result> out;
        const auto req = make_request(mp::http_method::get, "/v1/things/slow");
        transport.async_send(req, asio::bind_cancellation_slot(signal.slot(), [&](exchange_result r) {
                                 out.emplace(std::move(r));
                             }));
        asio::steady_timer timer(io, 150ms);
        timer.async_wait([&](boost::system::error_code) { signal.emit(type); });
        const auto t0 = std::chrono::steady_clock::now();
        io.restart();
        io.run_for(5s);
        const double elapsed = ms_since(t0);
        REQUIRE(out.has_value());
        REQUIRE_FALSE(*out);
        CHECK(out->error().code == mp::errc::cancelled);
        CHECK(out->error().message == "cancelled");
        CHECK(elapsed < 1000);

        // The cancelled connection was closed, not pooled: a new one serves the next exchange.
        auto next = run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/2"));
        REQUIRE(next);
        ++expected_connections;
        CHECK(srv.connections() == expected_connections);
    }
}

TEST_CASE("cancellation: a coroutine's cancellation reaches the exchange while it connects") {
    // A black-holed connect cannot be made on loopback; a never-answering TLS
    // server holds the exchange in its handshake instead.
    raw_tcp_server silent({raw_step::ok()}, 3s);
    asio::io_context io;
    const mp::beast_transport transport(io.get_executor(), "https://127.0.0.1:" + std::to_string(silent.port()),
                                        quick_options());
    asio::cancellation_signal signal;
    std::optional<exchange_result> out;
    const auto req = make_request(mp::http_method::get, "/v1/things/1");
    asio::co_spawn(
        io, [&]() -> asio::awaitable<void> { out.emplace(co_await transport.async_send(req, asio::use_awaitable)); },
        asio::bind_cancellation_slot(signal.slot(), asio::detached));
    asio::steady_timer timer(io, 100ms);
    timer.async_wait([&](boost::system::error_code) { signal.emit(asio::cancellation_type::terminal); });
    const auto t0 = std::chrono::steady_clock::now();
    io.run_for(5s);
    REQUIRE(out.has_value());
    REQUIRE_FALSE(*out);
    CHECK(out->error().code == mp::errc::cancelled);
    CHECK(ms_since(t0) < 1000);
}

// --- proxies ---------------------------------------------------------------------------

TEST_CASE("proxy: plain http goes to the proxy in absolute form, with Proxy-Authorization") {
    raw_tcp_server proxy({raw_step::ok(R"({"via":"proxy"})")}, 5s);
    asio::io_context io;
    auto c = quick_options();
    c.proxy_host = "127.0.0.1";
    c.proxy_port = proxy.port();
    c.proxy_username = "user";
    c.proxy_password = "pa:ss";
    const int origin_port = test_support::unused_port();
    const mp::beast_transport transport(io.get_executor(), "http://127.0.0.1:" + std::to_string(origin_port), c);
    auto r = run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/1?x=1"));
    REQUIRE(r);
    CHECK(r->body == R"({"via":"proxy"})");
    REQUIRE(proxy.requests().size() == 1);
    const auto seen = proxy.requests()[0];
    CHECK(seen.target == "http://127.0.0.1:" + std::to_string(origin_port) + "/v1/things/1?x=1");
    CHECK(seen.header("Host") == "127.0.0.1:" + std::to_string(origin_port));
    CHECK(seen.header("Proxy-Authorization") == "Basic dXNlcjpwYTpzcw==");  // base64("user:pa:ss")
    CHECK(seen.header("Authorization") == token);
}

TEST_CASE("proxy: https opens a CONNECT tunnel; a refusal is a clear transport error") {
    raw_tcp_server proxy({raw_step{raw_step::kind::respond, 407, "{}"}}, 5s);
    asio::io_context io;
    auto c = quick_options();
    c.proxy_host = "127.0.0.1";
    c.proxy_port = proxy.port();
    c.proxy_username = "user";
    c.proxy_password = "pass";
    const mp::beast_transport transport(io.get_executor(), "https://api.example.test:8443/prefix", c);
    auto r = run_exchange(io, transport, make_request(mp::http_method::get, "/prefix/v1/things/1"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::transport);
    CHECK(r.error().message == "the proxy refused the tunnel (HTTP 407)");
    REQUIRE(proxy.requests().size() == 1);
    const auto seen = proxy.requests()[0];
    CHECK(seen.method == "CONNECT");
    CHECK(seen.target == "api.example.test:8443");
    CHECK(seen.header("Host") == "api.example.test:8443");
    CHECK(seen.header("Proxy-Authorization") == "Basic dXNlcjpwYXNz");
    CHECK(seen.header("Authorization").empty());  // the token never goes to the proxy

    auto unreachable = c;
    unreachable.proxy_port = test_support::unused_port();
    const mp::beast_transport no_proxy(io.get_executor(), "https://api.example.test", unreachable);
    auto refused = run_exchange(io, no_proxy, make_request(mp::http_method::get, "/v1/things/1"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == mp::errc::transport);
    CHECK(refused.error().message == "could not connect to the proxy");
}

TEST_CASE("proxy: https through a CONNECT tunnel verifies the origin and keeps the tunnel alive") {
    test_support::tls_certificates certs;
    loopback_server srv(certs, [](httplib::Server& s) { s.Get(thing_path, answer_thing); });
    tunnel_proxy proxy(srv.port());
    asio::io_context io;
    auto c = quick_options();
    c.ca_file = certs.cert_path();
    c.proxy_host = "127.0.0.1";
    c.proxy_port = proxy.port();
    c.proxy_username = "user";
    c.proxy_password = "pass";
    const mp::beast_transport transport(io.get_executor(), srv.base_url(), c);
    for (int i = 0; i < 3; ++i) {
        auto r = run_exchange(io, transport, make_request(mp::http_method::get, "/v1/things/" + std::to_string(i)));
        REQUIRE(r);
        CHECK(r->body == R"({"id":")" + std::to_string(i) + R"("})");
    }
    CHECK(proxy.tunnels() == 1);
    CHECK(srv.connections() == 1);
    const std::string head = proxy.request_head();
    const std::string target = "127.0.0.1:" + std::to_string(srv.port());
    CHECK(head.rfind("CONNECT " + target + " HTTP/1.1\r\n", 0) == 0);
    CHECK(contains(head, "Proxy-Authorization: Basic dXNlcjpwYXNz\r\n"));
    CHECK_FALSE(contains(head, "secret"));  // the token only travels inside the tunnel
}

// --- concurrency --------------------------------------------------------------------------

TEST_CASE("concurrency: 200 exchanges on one thread overlap (server delays each by 50 ms)") {
    slow_answer slow;
    int listening = -1;
    loopback_server srv(
        [&](httplib::Server& s) {
            // The loopback server's own socket options, plus a note of the
            // listening socket: cpp-httplib listens with a backlog of 5, and
            // 200 connects at once would wait for SYN retransmissions (1 s, 3 s).
            s.set_socket_options([&listening](socket_t sock) {
                int yes = 1;
                ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
                ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
                listening = sock;
            });
            s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
                slow.wait(50ms);
                answer_thing(req, res);
            });
        },
        64);
    release_on_exit release{slow};
    REQUIRE(listening >= 0);
    REQUIRE(::listen(listening, 512) == 0);  // Linux: listen() again only changes the backlog
    asio::io_context io;
    const mp::beast_transport transport(io.get_executor(), srv.base_url(), quick_options());
    constexpr int count = 200;
    std::vector<mp::http_request> requests;
    for (int i = 0; i < count; ++i) requests.push_back(make_request(mp::http_method::get, "/v1/things/" + std::to_string(i)));
    int ok = 0, failed = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < count; ++i) {
        transport.async_send(requests[static_cast<std::size_t>(i)], [&, i](exchange_result r) {
            if (r && r->body == R"({"id":")" + std::to_string(i) + R"("})") ++ok;
            else {
                ++failed;
                MESSAGE("exchange " << i << " failed after " << ms_since(t0) << " ms: " << r.error().message);
            }
        });
    }
    io.run_for(10s);
    const double elapsed = ms_since(t0);
    MESSAGE("200 concurrent exchanges took " << elapsed << " ms");
    CHECK(ok == count);
    CHECK(failed == 0);
    CHECK(elapsed < 3000);  // one after the other: at least 10 000 ms
}

}  // namespace beast_transport_test
