// mercadopago::async_client with its default transport (Boost.Beast) over
// real sockets on 127.0.0.1: the synchronous client's loopback behaviours
// that apply (TLS verification, one idempotency key across retries,
// Retry-After, resets and bodies cut short, refused connections, redirects),
// the HTTPS sandbox's whole checkout, and a bounded load test.
#include <mercadopago/async_client.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/sandbox/http_server.hpp>

#include <doctest/doctest.h>

#include "support/delayed_http_server.hpp"
#include "support/loopback_server.hpp"
#include "support/sandbox_credentials.hpp"
#include "support/thing_model.hpp"
#include "support/tls_certificates.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace async_client_loopback_test {

namespace mp = mercadopago;
namespace asio = boost::asio;
using namespace std::chrono_literals;
using test_support::get_thing;
using test_support::loopback_server;
using test_support::raw_step;
using test_support::raw_tcp_server;
using test_support::thing;

constexpr const char* token = "TEST-5521-async-loopback-secret";
constexpr const char* thing_path = R"(/v1/things/([^/]+))";

void answer_thing(const httplib::Request& req, httplib::Response& res) {
    res.set_content(R"({"id":")" + req.matches[1].str() + R"(","name":"widget"})", "application/json");
}

mp::client_options options_for(const std::string& base_url) {
    mp::client_options o{.access_token = token, .base_url = base_url};
    o.backoff = mp::backoff_policy{.initial = 1ms, .maximum = 5ms};
    o.connection.connect_timeout = 2s;
    o.connection.read_timeout = 5s;
    return o;
}

/// GET /v1/things/{id}, run to completion on a fresh io_context (bounded).
mp::api_result<thing> get_once(const mp::client_options& o, std::string id) {
    asio::io_context io;
    std::optional<mp::api_result<thing>> got;
    {
        mp::async_client cli(io.get_executor(), o);
        const mp::path_args<get_thing> path{std::move(id)};
        cli.call<get_thing>(path, {}, {}, [&](mp::api_result<thing> r) { got.emplace(std::move(r)); });
        io.run_for(20s);
    }
    REQUIRE(got);
    return std::move(*got);
}

TEST_CASE("https: a self-signed server fails verification, with no retry; its CA in ca_file succeeds") {
    test_support::tls_certificates certs;
    loopback_server srv(certs, [](httplib::Server& s) { s.Get(thing_path, answer_thing); });
    auto o = options_for(srv.base_url());
    auto refused = get_once(o, "42");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == mp::errc::tls);
    CHECK(refused.error().attempts == 1);
    CHECK(refused.error().message.find("certificate verification failed") != std::string::npos);

    o.connection.ca_file = certs.cert_path();
    auto trusted = get_once(o, "42");
    REQUIRE_MESSAGE(trusted, trusted.error().what());
    CHECK(trusted->id == "42");
    CHECK(trusted.info().http_status == 200);
}

TEST_CASE("retries: 503, 503, 200 over HTTP, every attempt with the same idempotency key") {
    std::atomic<int> hits{0};
    std::mutex m;
    std::vector<std::string> keys;
    loopback_server srv([&](httplib::Server& s) {
        s.Post("/v1/payments", [&](const httplib::Request& req, httplib::Response& res) {
            {
                std::lock_guard lock(m);
                keys.push_back(req.get_header_value("X-Idempotency-Key"));
            }
            if (hits.fetch_add(1) < 2) {
                res.status = 503;
                return;
            }
            res.status = 201;
            res.set_content(R"({"id":901,"status":"approved"})", "application/json");
        });
    });
    asio::io_context io;
    mp::async_client cli(io.get_executor(), options_for(srv.base_url()));
    std::optional<mp::api_result<mp::payment>> got;
    asio::co_spawn(io, [&]() -> asio::awaitable<void> {
        mp::payment_create_request req{.transaction_amount = mp::decimal("19.90"), .token = std::string("tok")};
        got.emplace(co_await cli.payments().create(req, asio::use_awaitable));
    }, asio::detached);
    io.run_for(20s);
    REQUIRE(got);
    REQUIRE(*got);
    CHECK(*(*got)->id == 901);
    CHECK(got->info().attempts == 3);
    REQUIRE(keys.size() == 3);
    CHECK(keys[0].size() == 36);
    CHECK(keys[1] == keys[0]);
    CHECK(keys[2] == keys[0]);
    CHECK(got->info().idempotency_key == keys[0]);
}

TEST_CASE("retries: 429 with Retry-After: 1 waits a second on a timer, then succeeds") {
    std::atomic<int> hits{0};
    loopback_server srv([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request& req, httplib::Response& res) {
            if (hits.fetch_add(1) == 0) {
                res.status = 429;
                res.set_header("Retry-After", "1");
                return;
            }
            answer_thing(req, res);
        });
    });
    const auto t0 = std::chrono::steady_clock::now();
    auto r = get_once(options_for(srv.base_url()), "7");
    const auto took = std::chrono::steady_clock::now() - t0;
    REQUIRE(r);
    CHECK(r.info().attempts == 2);
    CHECK(took >= 990ms);
    CHECK(took < 3s);
}

TEST_CASE("faults: a reset and a body cut short are retried; with no retries left they are transport errors") {
    SUBCASE("retried") {
        raw_tcp_server srv({raw_step::reset(), raw_step::drop_mid_body(), raw_step::ok(R"({"id":"9"})")});
        auto r = get_once(options_for(srv.base_url()), "9");
        REQUIRE_MESSAGE(r, r.error().what());
        CHECK(r->id == "9");
        CHECK(r.info().attempts == 3);
        CHECK(srv.connections() == 3);
    }
    SUBCASE("no retries left") {
        raw_tcp_server srv({raw_step::drop_mid_body()});
        auto o = options_for(srv.base_url());
        o.max_retries = 0;
        auto r = get_once(o, "9");
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::transport);
        CHECK(r.error().attempts == 1);
    }
}

TEST_CASE("faults: connection refused is retried max_retries times, then a transport error") {
    auto o = options_for("http://127.0.0.1:" + std::to_string(test_support::unused_port()));
    o.max_retries = 2;
    auto r = get_once(o, "1");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::transport);
    CHECK(r.error().attempts == 3);
}

TEST_CASE("timeouts: call_timeout caps a server slower than the whole budget") {
    loopback_server srv([](httplib::Server& s) {
        s.Get(thing_path, [](const httplib::Request& req, httplib::Response& res) {
            std::this_thread::sleep_for(1500ms);
            answer_thing(req, res);
        });
    });
    auto o = options_for(srv.base_url());
    o.call_timeout = 300ms;
    const auto t0 = std::chrono::steady_clock::now();
    auto r = get_once(o, "1");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::timeout);
    CHECK(std::chrono::steady_clock::now() - t0 < 1200ms);
}

TEST_CASE("redirects are not followed: the token never travels to another location") {
    std::atomic<int> elsewhere{0};
    loopback_server other([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request&, httplib::Response&) { ++elsewhere; });
    });
    loopback_server srv([&](httplib::Server& s) {
        s.Get(thing_path, [&](const httplib::Request&, httplib::Response& res) {
            res.set_redirect(other.base_url() + "/v1/things/1");
        });
    });
    auto r = get_once(options_for(srv.base_url()), "1");
    REQUIRE_FALSE(r);
    CHECK(r.error().http_status == 302);
    CHECK(elsewhere == 0);
}

TEST_CASE("sandbox over HTTPS: tokenise, pay, read back, refund, search through async clients") {
    test_support::tls_certificates certs;
    auto emu = std::make_shared<mp::sandbox::emulator>();
    mp::sandbox::http_server server(emu, {.tls_cert = certs.cert_path(), .tls_key = certs.key_path()});
    server.start();
    asio::io_context io;
    mp::client_options shop_options{.access_token = test_support::seller_token, .base_url = server.base_url()};
    shop_options.connection.ca_file = certs.cert_path();
    mp::client_options buyer_options{.public_key = "TEST-async-public-key", .base_url = server.base_url()};
    buyer_options.connection.ca_file = certs.cert_path();
    mp::async_client shop(io, shop_options);
    mp::async_public_client buyer(io, buyer_options);
    bool finished = false;
    asio::co_spawn(io, [&]() -> asio::awaitable<void> {
        mp::card_token_request card{.card_number = "4509953566233704", .expiration_month = 11, .expiration_year = 2030,
                                    .security_code = "123", .cardholder = mp::cardholder{.name = "APRO"}};
        auto tok = co_await buyer.card_tokens().create(card, asio::use_awaitable);
        REQUIRE_MESSAGE(tok, tok.error().what());
        mp::payment_create_request pay{.transaction_amount = mp::decimal("75.25"), .token = tok->id,
                                       .payment_method_id = "visa", .installments = 1,
                                       .external_reference = "async-https-1",
                                       .payer = mp::payment_request_payer{.email = "buyer@example.com"}};
        auto paid = co_await shop.payments().create(pay, asio::use_awaitable);
        REQUIRE_MESSAGE(paid, paid.error().what());
        CHECK(paid->status == mp::payment_status::approved);
        auto again = co_await shop.payments().get(*paid->id, asio::use_awaitable);
        REQUIRE(again);
        CHECK(again->transaction_amount == mp::decimal("75.25"));
        auto refunded = co_await shop.refunds().create(*paid->id, asio::use_awaitable);
        REQUIRE(refunded);
        mp::payment_search_query q{.external_reference = "async-https-1"};
        auto found = shop.payments().search_all(q);
        int n = 0;
        while (auto r = co_await found.next(asio::use_awaitable)) {
            REQUIRE(*r);
            CHECK((*r)->status == mp::payment_status::refunded);
            ++n;
        }
        CHECK(n == 1);
        finished = true;
    }, [](std::exception_ptr e) { if (e) std::rethrow_exception(e); });
    io.run_for(30s);
    CHECK(finished);
}

TEST_CASE("load: 300 concurrent gets on one thread against a server answering each after 100 ms") {
    constexpr int calls = 300;
    test_support::delayed_http_server srv(100ms, R"({"id":"1","name":"widget"})");
    asio::io_context io;
    auto o = options_for(srv.base_url());
    o.connection.max_idle_connections = calls;
    mp::async_client cli(io.get_executor(), o);
    int ok = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < calls; ++i) {
        const mp::path_args<get_thing> path{std::to_string(i)};
        cli.call<get_thing>(path, {}, {}, [&](mp::api_result<thing> r) { ok += r ? 1 : 0; });
    }
    io.run_for(20s);
    const auto took = std::chrono::steady_clock::now() - t0;
    CHECK(ok == calls);
    CHECK(srv.connections() == std::size_t(calls));  // all at once: one connection each
    // One after another they would take 30 s. The benchmark carries the 1.5 s
    // target for 1,000 calls; here the bound leaves room for a loaded CI
    // machine and the sanitizers while still proving the calls overlap.
    CHECK(took < 3s);
}

}  // namespace async_client_loopback_test
