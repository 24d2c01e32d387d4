// The client runtime over real sockets: HTTPS with certificates made for the
// run, keep-alive reuse, retries with one idempotency key, Retry-After,
// timeouts and deadlines, faults only a raw socket can make, and many threads
// sharing one client. Every server listens on 127.0.0.1 and stops by itself;
// each test is bounded in requests and time.
#include <mercadopago/client.hpp>
#include <mercadopago/httplib_transport.hpp>

#include <doctest/doctest.h>

#include "support/thing_model.hpp"

#include "support/loopback_server.hpp"
#include "support/tls_certificates.hpp"

#include <atomic>
#include <chrono>
#include <csignal>
#include <ctime>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace client_loopback_test {

namespace mp = mercadopago;
using namespace std::chrono_literals;
using test_support::loopback_server;
using test_support::raw_step;
using test_support::raw_tcp_server;

namespace {

using test_support::get_thing;
using test_support::thing;

struct thing_input {
    std::optional<std::string> name;
    boost::json::object extra;
    MERCADOPAGO_FIELDS(thing_input, name);
};

using create_thing = mp::endpoint<mp::http_method::post, "/v1/things", thing_input, thing>;
using update_thing = mp::endpoint<mp::http_method::put, "/v1/things/{id}", thing_input, thing>;

constexpr const char* token = "TEST-1234567890-secret-token";

/// Options for a loopback server; waits are recorded and skipped unless
/// `real_sleep`.
struct fixture_options {
    std::vector<std::chrono::milliseconds> sleeps;
    std::mutex mutex;

    mp::client_options make(const std::string& base_url, bool real_sleep = false) {
        mp::client_options o;
        o.access_token = token;
        o.base_url = base_url;
        o.call_timeout = 10s;
        o.connection.connect_timeout = 2s;
        o.connection.read_timeout = 5s;
        o.connection.write_timeout = 5s;
        o.sleep = [this, real_sleep](std::chrono::milliseconds d) {
            {
                std::lock_guard lock(mutex);
                sleeps.push_back(d);
            }
            if (real_sleep) std::this_thread::sleep_for(d);
        };
        return o;
    }
};

/// What the server saw: one entry per request.
struct seen_requests {
    mutable std::mutex mutex;
    std::vector<httplib::Headers> headers;
    std::vector<std::string> bodies;

    void add(const httplib::Request& r) {
        std::lock_guard lock(mutex);
        headers.push_back(r.headers);
        bodies.push_back(r.body);
    }
    std::size_t size() const {
        std::lock_guard lock(mutex);
        return headers.size();
    }
    std::string header(std::size_t i, const std::string& name) const {
        std::lock_guard lock(mutex);
        auto it = headers.at(i).find(name);
        return it == headers.at(i).end() ? std::string() : it->second;
    }
};

constexpr const char* thing_path = R"(/v1/things/([^/]+))";

void answer_thing(const httplib::Request& req, httplib::Response& res) {
    const std::string id = req.matches.size() > 1 ? std::string(req.matches[1]) : std::string("new");
    res.set_content(R"({"id":")" + id + R"(","name":"widget","unmodelled":true})", "application/json");
}

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

}  // namespace

// --- HTTPS -----------------------------------------------------------------

TEST_CASE("https: a self-signed server fails verification against the system store, with no retry") {
    test_support::tls_certificates certs;
    loopback_server srv(certs, [](httplib::Server& s) { s.Get(thing_path, answer_thing); });
    fixture_options f;
    auto o = f.make(srv.base_url());
    o.max_retries = 3;
    mp::client<> cli(o);
    auto r = cli.call<get_thing>({"42"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::tls);
    CHECK(r.error().attempts == 1);
    CHECK(r.info().attempts == 1);
    CHECK(r.error().http_status == 0);
    CHECK(f.sleeps.empty());
    CHECK(r.error().message.find("certificate verification failed") != std::string::npos);
}

TEST_CASE("https: trusting the generated certificate through connection.ca_file succeeds") {
    test_support::tls_certificates certs;
    loopback_server srv(certs, [](httplib::Server& s) { s.Get(thing_path, answer_thing); });
    fixture_options f;
    auto o = f.make(srv.base_url());
    o.connection.ca_file = certs.cert_path();
    mp::client<> cli(o);
    auto r = cli.call<get_thing>({"42"});
    REQUIRE(r);
    CHECK(r->id == "42");
    CHECK(r->name == "widget");
    CHECK(r.info().http_status == 200);
    CHECK(r.info().attempts == 1);
}

TEST_CASE("https: a CA that did not sign the server's certificate is refused") {
    test_support::tls_certificates certs, other;
    loopback_server srv(certs, [](httplib::Server& s) { s.Get(thing_path, answer_thing); });
    fixture_options f;
    auto o = f.make(srv.base_url());
    o.connection.ca_file = other.cert_path();
    mp::client<> cli(o);
    auto r = cli.call<get_thing>({"42"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::tls);
    CHECK(r.error().attempts == 1);
}

TEST_CASE("https: a missing CA file is a TLS error, not a silent fallback") {
    test_support::tls_certificates certs;
    loopback_server srv(certs, [](httplib::Server& s) { s.Get(thing_path, answer_thing); });
    fixture_options f;
    auto o = f.make(srv.base_url());
    o.connection.ca_file = certs.dir() + "/no-such-file.pem";
    mp::client<> cli(o);
    auto r = cli.call<get_thing>({"42"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::tls);
    CHECK(r.error().attempts == 1);
}

TEST_CASE("proxy: a proxy without a port is refused before any connection, as the Beast transport does") {
    std::atomic<int> hits{0};
    loopback_server srv([&](httplib::Server& s) { s.Get(thing_path, [&](const httplib::Request& q, httplib::Response& a) { ++hits; answer_thing(q, a); }); });
    fixture_options f;
    auto o = f.make(srv.base_url());
    o.connection.proxy_host = "127.0.0.1";  // proxy_port left at 0
    mp::client<> cli(o);
    auto r = cli.call<get_thing>({"42"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::invalid_argument);
    CHECK(r.error().message.find("proxy_port") != std::string::npos);
    CHECK(hits == 0);
}

// --- keep-alive ------------------------------------------------------------

TEST_CASE("keep-alive: 20 sequential calls use one connection (http and https)") {
    test_support::tls_certificates certs;
    for (const bool tls : {false, true}) {
        CAPTURE(tls);
        seen_requests seen;
        auto routes = [&](httplib::Server& s) {
            s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
                seen.add(req);
                answer_thing(req, res);
            });
        };
        std::unique_ptr<loopback_server> srv =
            tls ? std::make_unique<loopback_server>(certs, routes) : std::make_unique<loopback_server>(routes);
        {
            fixture_options f;
            auto o = f.make(srv->base_url());
            o.connection.ca_file = certs.cert_path();
            mp::client<> cli(o);
            for (int i = 0; i < 20; ++i) {
                auto r = cli.call<get_thing>({std::to_string(i)});
                REQUIRE(r);
                CHECK(r->id == std::to_string(i));
            }
        }
        CHECK(srv->connections() == 1);
        REQUIRE(seen.size() == 20);
        CHECK(seen.header(0, "Authorization") == std::string("Bearer ") + token);
        CHECK(seen.header(0, "User-Agent").rfind("mercadopago-cpp/", 0) == 0);
        CHECK(seen.header(0, "Accept") == "application/json");
        CHECK(seen.header(0, "X-Idempotency-Key").empty());  // reads carry none
    }
}

// --- retries and idempotency -----------------------------------------------

TEST_CASE("retries: 503, 503, 200 succeeds on the third attempt with one idempotency key (POST and PUT)") {
    std::atomic<int> hits{0};
    seen_requests seen;
    auto flaky = [&](const httplib::Request& req, httplib::Response& res) {
        seen.add(req);
        if (hits.fetch_add(1) % 3 != 2) {
            res.status = 503;
            res.set_content(R"({"message":"try later","error":"service_unavailable","status":503})", "application/json");
            return;
        }
        answer_thing(req, res);
    };
    loopback_server srv([&](httplib::Server& s) {
        s.Post("/v1/things", flaky);
        s.Put(thing_path, flaky);
    });
    fixture_options f;
    auto o = f.make(srv.base_url());
    o.max_retries = 3;
    mp::client<> cli(o);

    SUBCASE("POST") {
        auto first = cli.call<create_thing>({}, thing_input{.name = "a", .extra = {}});
        REQUIRE(first);
        CHECK(first.info().attempts == 3);
        CHECK(first.info().http_status == 200);
        REQUIRE(seen.size() == 3);
        const std::string key = first.info().idempotency_key;
        CHECK(key.size() == 36);
        for (std::size_t i = 0; i < 3; ++i) CHECK(seen.header(i, "X-Idempotency-Key") == key);
        CHECK(seen.bodies[0] == R"({"name":"a"})");
        CHECK(seen.bodies[2] == seen.bodies[0]);
        CHECK(f.sleeps.size() == 2);

        auto second = cli.call<create_thing>({}, thing_input{.name = "a", .extra = {}});
        REQUIRE(second);
        CHECK(second.info().attempts == 3);
        REQUIRE(seen.size() == 6);
        const std::string key2 = second.info().idempotency_key;
        CHECK(key2 != key);
        for (std::size_t i = 3; i < 6; ++i) CHECK(seen.header(i, "X-Idempotency-Key") == key2);
    }
    SUBCASE("PUT") {
        auto r = cli.call<update_thing>({"7"}, thing_input{.name = "b", .extra = {}});
        REQUIRE(r);
        CHECK(r->id == "7");
        CHECK(r.info().attempts == 3);
        REQUIRE(seen.size() == 3);
        for (std::size_t i = 0; i < 3; ++i) CHECK(seen.header(i, "X-Idempotency-Key") == r.info().idempotency_key);
    }
    SUBCASE("a caller-supplied key is used verbatim on every attempt") {
        auto r = cli.call<create_thing>({}, thing_input{.name = "c", .extra = {}}, {},
                                        mp::request_options{.idempotency_key = "order-123"});
        REQUIRE(r);
        CHECK(r.info().idempotency_key == "order-123");
        REQUIRE(seen.size() == 3);
        for (std::size_t i = 0; i < 3; ++i) CHECK(seen.header(i, "X-Idempotency-Key") == "order-123");
    }
    SUBCASE("an invalid key is refused before anything is sent") {
        for (const std::string& bad : {std::string(65, 'k'), std::string("has space"), std::string("line\nbreak"),
                                      std::string("tab\there"), std::string("\xC3\xA9t\xC3\xA9")}) {
            CAPTURE(bad);
            auto r = cli.call<create_thing>({}, thing_input{.name = "d", .extra = {}}, {},
                                            mp::request_options{.idempotency_key = bad});
            REQUIRE_FALSE(r);
            CHECK(r.error().code == mp::errc::invalid_argument);
            CHECK(r.error().attempts == 0);
        }
        auto ok64 = cli.call<create_thing>({}, thing_input{.name = "d", .extra = {}}, {},
                                           mp::request_options{.idempotency_key = std::string(64, 'k')});
        CHECK(ok64);
        CHECK(seen.size() == 3);  // only the valid call reached the server
        CHECK(srv.connections() == 1);
    }
}

TEST_CASE("retries: a 400 is final, whatever max_retries says") {
    std::atomic<int> hits{0};
    loopback_server srv([&](httplib::Server& s) {
        s.Post("/v1/things", [&](const httplib::Request&, httplib::Response& res) {
            ++hits;
            res.status = 400;
            res.set_header("X-Request-Id", "req-400");
            res.set_content(R"({"message":"invalid card_token_id","error":"bad_request","status":400,)"
                            R"("cause":[{"code":2006,"description":"Card Token not found","data":null}]})",
                            "application/json");
        });
    });
    fixture_options f;
    auto o = f.make(srv.base_url());
    o.max_retries = 3;
    mp::client<> cli(o);
    auto r = cli.call<create_thing>({}, thing_input{.name = "x", .extra = {}});
    REQUIRE_FALSE(r);
    CHECK(hits == 1);
    CHECK(r.error().code == mp::errc::bad_request);
    CHECK(r.error().http_status == 400);
    CHECK(r.error().request_id == "req-400");
    CHECK(r.error().message == "invalid card_token_id");
    CHECK(r.error().has_cause("2006"));
    CHECK(r.error().idempotency_key == r.info().idempotency_key);
    CHECK_FALSE(r.error().idempotency_key.empty());
}

TEST_CASE("retries: 429 with Retry-After: 1 waits exactly 1000 ms, then succeeds") {
    std::atomic<int> hits{0};
    loopback_server srv([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
            if (hits.fetch_add(1) == 0) {
                res.status = 429;
                res.set_header("Retry-After", "1");
                res.set_content(R"({"message":"too many requests","status":429})", "application/json");
                return;
            }
            answer_thing(req, res);
        });
    });
    fixture_options f;
    auto o = f.make(srv.base_url(), /*real_sleep=*/true);
    std::vector<mp::retry_event> events;
    o.on_retry = [&](const mp::retry_event& e) { events.push_back(e); };
    mp::client<> cli(o);
    const auto t0 = std::chrono::steady_clock::now();
    auto r = cli.call<get_thing>({"9"});
    const double ms = ms_since(t0);
    REQUIRE(r);
    CHECK(r.info().attempts == 2);
    REQUIRE(f.sleeps.size() == 1);
    CHECK(f.sleeps[0] == 1000ms);
    CHECK(ms >= 1000.0);
    CHECK(ms < 3000.0);
    REQUIRE(events.size() == 1);
    CHECK(events[0].http_status == 429);
    CHECK(events[0].code == mp::errc::rate_limited);
    CHECK(events[0].delay == 1000ms);
}

TEST_CASE("retries: Retry-After as an HTTP-date is honoured") {
    std::atomic<int> hits{0};
    loopback_server srv([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
            if (hits.fetch_add(1) == 0) {
                const std::time_t when = std::time(nullptr) + 3;
                std::tm tm{};
                gmtime_r(&when, &tm);
                char date[64];
                std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
                res.status = 503;
                res.set_header("Retry-After", date);
                return;
            }
            answer_thing(req, res);
        });
    });
    fixture_options f;
    auto o = f.make(srv.base_url());  // waits recorded, not slept
    mp::client<> cli(o);
    auto r = cli.call<get_thing>({"9"});
    REQUIRE(r);
    CHECK(r.info().attempts == 2);
    REQUIRE(f.sleeps.size() == 1);
    CHECK(f.sleeps[0] >= 2000ms);  // the date has one-second resolution
    CHECK(f.sleeps[0] <= 3000ms);
}

// --- timeouts and deadlines ------------------------------------------------

TEST_CASE("timeouts: a server slower than read_timeout gives errc::timeout quickly") {
    std::atomic<int> hits{0};
    slow_answer slow;
    loopback_server srv([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
            ++hits;
            slow.wait(1500ms);
            answer_thing(req, res);
        });
    });
    release_on_exit release{slow};
    fixture_options f;
    auto o = f.make(srv.base_url());
    o.connection.read_timeout = 300ms;
    o.max_retries = 0;
    mp::client<> cli(o);
    const auto t0 = std::chrono::steady_clock::now();
    auto r = cli.call<get_thing>({"1"});
    const double ms = ms_since(t0);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::timeout);
    CHECK(r.error().attempts == 1);
    CHECK(ms >= 250.0);
    CHECK(ms <= 1200.0);
    CHECK(hits == 1);
}

TEST_CASE("timeouts: the call deadline caps a read that would take longer") {
    slow_answer slow;
    loopback_server srv([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
            slow.wait(1500ms);
            answer_thing(req, res);
        });
    });
    release_on_exit release{slow};
    fixture_options f;
    auto o = f.make(srv.base_url());
    o.connection.read_timeout = 30s;
    o.call_timeout = 400ms;
    mp::client<> cli(o);
    const auto t0 = std::chrono::steady_clock::now();
    auto r = cli.call<get_thing>({"1"});
    const double ms = ms_since(t0);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::timeout);
    CHECK(ms >= 350.0);
    CHECK(ms <= 1000.0);
}

TEST_CASE("timeouts: call_timeout bounds retries against a server that always answers 503") {
    std::atomic<int> hits{0};
    loopback_server srv([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request&, httplib::Response& res) {
            ++hits;
            res.status = 503;
            res.set_content(R"({"message":"down","status":503})", "application/json");
        });
    });
    fixture_options f;
    auto o = f.make(srv.base_url(), /*real_sleep=*/true);
    o.call_timeout = 500ms;
    o.max_retries = 50;
    o.backoff = mp::backoff_policy{.initial = 100ms, .maximum = 1s, .multiplier = 2.0};
    o.random = [] { return 1.0; };  // waits of 100, 200, 400 ms: the third cannot fit
    mp::client<> cli(o);
    const auto t0 = std::chrono::steady_clock::now();
    auto r = cli.call<get_thing>({"1"});
    const double ms = ms_since(t0);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::server);  // the last error, not a generic timeout
    CHECK(r.error().http_status == 503);
    CHECK(r.error().message == "down");
    CHECK(r.error().attempts == 3);
    CHECK(hits == 3);
    CHECK(ms < 700.0);
}

// --- faults from a raw socket ----------------------------------------------

TEST_CASE("faults: a reset before any response byte is retried on a new connection") {
    raw_tcp_server raw({raw_step::reset(), raw_step::ok(R"({"id":"5","name":"after reset"})")});
    fixture_options f;
    mp::client<> cli(f.make(raw.base_url()));
    auto r = cli.call<get_thing>({"5"});
    REQUIRE(r);
    CHECK(r->name == "after reset");
    CHECK(r.info().attempts == 2);
    CHECK(raw.connections() == 2);
    CHECK(f.sleeps.size() == 1);
}

TEST_CASE("faults: a connection closed before any response byte is retried") {
    raw_tcp_server raw({raw_step::close(), raw_step::ok()});
    fixture_options f;
    mp::client<> cli(f.make(raw.base_url()));
    auto r = cli.call<get_thing>({"5"});
    REQUIRE(r);
    CHECK(r.info().attempts == 2);
}

TEST_CASE("faults: a body cut short is retried with the same idempotency key") {
    raw_tcp_server raw({raw_step::drop_mid_body(), raw_step::ok(R"({"id":"77"})")});
    fixture_options f;
    mp::client<> cli(f.make(raw.base_url()));
    auto r = cli.call<create_thing>({}, thing_input{.name = "keyed", .extra = {}});
    REQUIRE(r);
    CHECK(r->id == "77");
    CHECK(r.info().attempts == 2);
    const auto reqs = raw.requests();
    REQUIRE(reqs.size() == 2);
    CHECK(reqs[0].method == "POST");
    CHECK(reqs[0].target == "/v1/things");
    CHECK(reqs[0].body == R"({"name":"keyed"})");
    CHECK_FALSE(reqs[0].header("X-Idempotency-Key").empty());
    CHECK(reqs[0].header("X-Idempotency-Key") == reqs[1].header("X-Idempotency-Key"));
    CHECK(reqs[1].header("X-Idempotency-Key") == r.info().idempotency_key);
}

TEST_CASE("faults: a body cut short with no retries left is a transport error") {
    raw_tcp_server raw({raw_step::drop_mid_body()});
    fixture_options f;
    auto o = f.make(raw.base_url());
    o.max_retries = 0;
    mp::client<> cli(o);
    auto r = cli.call<get_thing>({"1"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::transport);
    CHECK(r.error().attempts == 1);
}

TEST_CASE("faults: a reset while the request body is still being sent does not kill the process (SIGPIPE)") {
    // httplib::Server's constructor sets SIGPIPE to SIG_IGN for the whole
    // process; an application that only uses the client has the default
    // disposition (terminate), so restore it for the length of this test.
    struct default_sigpipe {
        void (*previous)(int) = std::signal(SIGPIPE, SIG_DFL);
        ~default_sigpipe() { std::signal(SIGPIPE, previous); }
    } scope;
    raw_tcp_server raw({raw_step::reset_after_headers()});
    fixture_options f;
    auto o = f.make(raw.base_url());
    o.max_retries = 0;
    mp::client<> cli(o);
    thing_input big{.name = std::string(8u << 20, 'x'), .extra = {}};  // far more than the socket buffers hold
    auto r = cli.call<create_thing>({}, big);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::transport);
}

TEST_CASE("faults: connection refused is a transport error, retried max_retries times") {
    const int port = test_support::unused_port();
    fixture_options f;
    auto o = f.make("http://127.0.0.1:" + std::to_string(port));
    o.max_retries = 2;
    mp::client<> cli(o);
    auto r = cli.call<get_thing>({"1"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::transport);
    CHECK(r.error().attempts == 3);
    CHECK(r.info().attempts == 3);
    CHECK(f.sleeps.size() == 2);
}

TEST_CASE("redirects are not followed: the token never travels to another location") {
    std::atomic<int> elsewhere{0};
    loopback_server other([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
            ++elsewhere;
            answer_thing(req, res);
        });
    });
    loopback_server srv([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
            res.set_redirect(other.base_url() + req.path, 302);
        });
    });
    fixture_options f;
    mp::client<> cli(f.make(srv.base_url()));
    auto r = cli.call<get_thing>({"1"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::http);
    CHECK(r.error().http_status == 302);
    CHECK(elsewhere == 0);
}

// --- many threads, one client ----------------------------------------------

TEST_CASE("threads: 8 threads x 500 calls through one client all succeed over a few connections") {
    constexpr int threads = 8;
    constexpr int calls = 500;
    std::atomic<int> served{0};
    loopback_server srv([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
            ++served;
            answer_thing(req, res);
        });
    });
    std::atomic<int> ok{0}, wrong{0};
    {
        fixture_options f;
        auto o = f.make(srv.base_url());
        o.max_retries = 0;  // a failure must show, not be retried away
        mp::client<> cli(o);
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                for (int i = 0; i < calls; ++i) {
                    const std::string id = std::to_string(t) + "-" + std::to_string(i);
                    auto r = cli.call<get_thing>({id});
                    if (r && r->id == id) ++ok;
                    else ++wrong;
                }
            });
        }
        for (auto& th : pool) th.join();
    }
    CHECK(ok == threads * calls);
    CHECK(wrong == 0);
    CHECK(served == threads * calls);
    CHECK(srv.connections() >= 1);
    CHECK(srv.connections() <= threads + 4);
}

}  // namespace client_loopback_test
