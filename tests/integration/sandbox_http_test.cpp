// The sandbox's HTTP front on 127.0.0.1, served in-process by
// sandbox::http_server and called with the library's own default client
// (mercadopago::client<> over cpp-httplib): the full flow, HTTPS, any-client
// headers, and resilience — 8 threads × 200 payments through injected 503s and
// dropped connections, each charged exactly once.
#include <mercadopago/client.hpp>
#include <mercadopago/httplib_transport.hpp>
#include <mercadopago/public_client.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/sandbox/http_server.hpp>

#include <doctest/doctest.h>

#include "support/fault_tolerant_options.hpp"
#include "support/sandbox_credentials.hpp"

#include "support/tls_certificates.hpp"

#include <boost/json/parse.hpp>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace sandbox_http_test {

namespace mp = mercadopago;
namespace sb = mercadopago::sandbox;
using namespace std::chrono_literals;

namespace {

using test_support::seller_token;
constexpr const char* public_key = "TEST-4f0d3e1c-8b2a-4c55-9d1e-7a6b5c4d3e2f";

using test_support::test_card;

}  // namespace

TEST_CASE("sandbox over HTTP: a whole checkout with the default client") {
    auto emu = std::make_shared<sb::emulator>();
    sb::http_server server(emu);
    server.start();
    REQUIRE(server.port() > 0);
    CHECK(server.base_url() == "http://127.0.0.1:" + std::to_string(server.port()));
    {
        mp::public_client<> app({.public_key = public_key, .base_url = server.base_url()});
        mp::client<> shop({.access_token = seller_token, .base_url = server.base_url()});

        auto token = app.card_tokens().create(test_card("APRO"));
        REQUIRE_MESSAGE(token, token.error().what());
        auto paid = shop.payments().create({.transaction_amount = mp::decimal("150.00"), .token = token->id,
                                            .payment_method_id = "master", .installments = 1,
                                            .external_reference = "http-1001",
                                            .payer = mp::payment_request_payer{.email = "ana@example.com"}});
        REQUIRE_MESSAGE(paid, paid.error().what());
        CHECK(paid.info().http_status == 201);
        CHECK(!paid.info().request_id.empty());
        CHECK(paid->status == mp::payment_status::approved);

        auto refund = shop.refunds().create(*paid->id, mp::decimal("30"));
        REQUIRE_MESSAGE(refund, refund.error().what());
        CHECK(shop.refunds().list(*paid->id)->size() == 1);
        auto found = shop.payments().search({.external_reference = "http-1001"});
        REQUIRE(found);
        CHECK(found->paging->total == 1);
        CHECK(found->results.at(0).status_detail == mp::payment_status_detail::partially_refunded);

        auto customer = shop.customers().create({.email = "ana@example.com"});
        REQUIRE(customer);
        auto saved = shop.cards().create(*customer->id, {.token = *app.card_tokens().create(test_card("APRO"))->id});
        REQUIRE_MESSAGE(saved, saved.error().what());
        auto cvv = app.card_tokens().create({.security_code = "123", .card_id = saved->id, .customer_id = customer->id});
        REQUIRE(cvv);
        auto again = shop.payments().create({.transaction_amount = 20, .token = cvv->id, .payment_method_id = "master",
                                             .installments = 1,
                                             .payer = mp::payment_request_payer{.type = "customer", .id = customer->id}});
        REQUIRE(again);
        CHECK(again->card->id == saved->id);

        auto declined = shop.payments().create({.transaction_amount = 10,
                                                .token = app.card_tokens().create(test_card("OTHE"))->id,
                                                .payment_method_id = "master", .installments = 1,
                                                .payer = mp::payment_request_payer{.email = "b@example.com"}});
        REQUIRE(declined);
        CHECK(declined->status_detail == mp::payment_status_detail::cc_rejected_other_reason);

        auto reused = shop.payments().create({.transaction_amount = 10, .token = cvv->id, .payment_method_id = "master"});
        REQUIRE(!reused);
        CHECK(reused.error().code == mp::errc::bad_request);
        CHECK(reused.error().has_cause("2006"));

        mp::client<> nobody({.access_token = "not-a-token", .base_url = server.base_url()});
        auto denied = nobody.payments().get(*paid->id);
        REQUIRE(!denied);
        CHECK(denied.error().code == mp::errc::unauthorized);
        CHECK(emu->payment_count() == 3);
    }
    server.stop();
}

TEST_CASE("sandbox over HTTP: any client's headers (official SDK style, lower-case names)") {
    auto emu = std::make_shared<sb::emulator>();
    sb::http_server server(emu);
    server.start();
    {
        httplib::Client raw("127.0.0.1", server.port());
        auto token = raw.Post("/v1/card_tokens?public_key=" + std::string(public_key),
                              httplib::Headers{{"x-product-id", "bc32b6ntrpp001u8nhkg"}, {"x-idempotency-key", "t-1"}},
                              mp::to_json(test_card("APRO")), "application/json");
        REQUIRE(token);
        REQUIRE(token->status == 201);
        const std::string token_id(boost::json::parse(token->body).as_object().at("id").as_string());
        const httplib::Headers sdk_headers{{"authorization", std::string("Bearer ") + seller_token},
                                           {"x-idempotency-key", "4b1c0c9e-9f4a-4c3a-8e1e-2f8d4d2b6c11"},
                                           {"x-tracking-id", "platform:v20|v20.11.0,type:SDK3.3.0,so;"},
                                           {"x-product-id", "bc32b6ntrpp001u8nhkg"},
                                           {"user-agent", "MercadoPago Node.js SDK v3.3.0"}};
        const std::string body = R"({"transaction_amount":12.34,"token":")" + token_id +
                                 R"(","payment_method_id":"master","installments":1,"payer":{"email":"n@example.com"}})";
        auto first = raw.Post("/v1/payments", sdk_headers, body, "application/json");
        auto second = raw.Post("/v1/payments", sdk_headers, body, "application/json");
        REQUIRE(first);
        REQUIRE(second);
        CHECK(first->status == 201);
        CHECK(second->status == 201);
        CHECK(first->body == second->body);  // the replay, not a second payment
        CHECK(first->get_header_value("Content-Type").starts_with("application/json"));
        CHECK(!first->get_header_value("x-request-id").empty());
        CHECK(emu->payment_count() == 1);

        auto unauthorised = raw.Get("/v1/payments/search");
        REQUIRE(unauthorised);
        CHECK(unauthorised->status == 401);
        CHECK(boost::json::parse(unauthorised->body).as_object().at("message") == "invalid access token");
        auto missing = raw.Get("/v1/nothing", httplib::Headers{{"Authorization", std::string("Bearer ") + seller_token}});
        REQUIRE(missing);
        CHECK(missing->status == 404);
    }
    server.stop();
}

TEST_CASE("sandbox over HTTPS") {
    test_support::tls_certificates certs;
    auto emu = std::make_shared<sb::emulator>();
    sb::http_server server(emu, {.tls_cert = certs.cert_path(), .tls_key = certs.key_path()});
    server.start();
    CHECK(server.tls());
    CHECK(server.base_url().starts_with("https://127.0.0.1:"));
    {
        mp::client_options o{.access_token = seller_token, .base_url = server.base_url()};
        o.connection.ca_file = certs.cert_path();
        mp::client<> shop(o);
        auto methods = shop.payment_methods().list();
        REQUIRE_MESSAGE(methods, methods.error().what());
        CHECK(methods->size() == 9);
    }
    server.stop();
}

TEST_CASE("sandbox over HTTP: 8 threads x 200 payments through 503s and dropped connections") {
    const auto started = std::chrono::steady_clock::now();
    auto emu = std::make_shared<sb::emulator>();
    sb::http_server server(emu, {.faults = {.fail_rate = 0.2, .drop_rate = 0.1, .seed = 2024}});
    server.start();
    constexpr int threads = 8, per_thread = 200;
    const char* holders[] = {"APRO", "OTHE", "FUND"};
    const char* expected[] = {"accredited", "cc_rejected_other_reason", "cc_rejected_insufficient_amount"};
    std::atomic<int> failures{0}, wrong_outcome{0}, retried_calls{0};
    std::mutex log_mutex;
    std::vector<std::string> log;
    {
        mp::public_client_options po{.public_key = public_key};
        test_support::tune_for_faults(po, server.base_url());
        mp::client_options co{.access_token = seller_token};
        test_support::tune_for_faults(co, server.base_url());
        mp::public_client<> app(po);
        mp::client<> shop(co);  // one client shared by every thread, as in a server

        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                for (int i = 0; i < per_thread; ++i) {
                    const int kind = (t + i) % 3;
                    auto token = app.card_tokens().create(test_card(holders[kind]));
                    if (!token) {
                        ++failures;
                        std::lock_guard lock(log_mutex);
                        log.push_back("token: " + token.error().what());
                        continue;
                    }
                    auto paid = shop.payments().create({.transaction_amount = mp::decimal("19.90"), .token = token->id,
                                                        .payment_method_id = "master", .installments = 1,
                                                        .external_reference = "t" + std::to_string(t) + "-" + std::to_string(i),
                                                        .payer = mp::payment_request_payer{.email = "load@example.com"}});
                    if (!paid) {
                        ++failures;
                        std::lock_guard lock(log_mutex);
                        log.push_back("payment: " + paid.error().what());
                        continue;
                    }
                    if (paid.info().attempts > 1) ++retried_calls;
                    if (paid->status_detail->str() != expected[kind]) ++wrong_outcome;
                }
            });
        }
        for (auto& th : pool) th.join();

        for (const auto& line : log) MESSAGE(line);
        CHECK(failures == 0);
        CHECK(wrong_outcome == 0);
        CHECK(retried_calls > 0);

        // Exactly one payment per logical call, seen through the API as well.
        auto page = shop.payments().search({.limit = 1});
        REQUIRE_MESSAGE(page, page.error().what());
        CHECK(page->paging->total == threads * per_thread);
    }
    server.stop();

    CHECK(emu->payment_count() == threads * per_thread);
    std::map<std::string, int> per_reference;
    int mismatched = 0;
    for (const auto& p : emu->payments()) {
        ++per_reference[p.external_reference.value_or("")];
        const auto& ref = *p.external_reference;
        const int t = std::stoi(ref.substr(1, ref.find('-') - 1)), i = std::stoi(ref.substr(ref.find('-') + 1));
        if (p.status_detail->str() != expected[(t + i) % 3]) ++mismatched;
    }
    CHECK(per_reference.size() == threads * per_thread);
    int duplicates = 0;
    for (const auto& [ref, n] : per_reference) duplicates += n - 1;
    CHECK(duplicates == 0);
    CHECK(mismatched == 0);

    const auto f = server.injected();
    MESSAGE("requests " << f.requests << ", 503s " << f.unavailable << ", dropped before " << f.dropped_before
                        << ", dropped after " << f.dropped_after << ", retried payment calls " << retried_calls.load());
    CHECK(f.unavailable > 0);
    CHECK(f.dropped_before > 0);
    CHECK(f.dropped_after > 0);
    CHECK(std::chrono::steady_clock::now() - started < 60s);
}

}  // namespace sandbox_http_test
