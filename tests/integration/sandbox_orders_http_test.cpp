// The sandbox's Orders API over HTTP on 127.0.0.1 (sandbox::http_server),
// called with the library's default client: a card order captured later, a
// Pix order paid through the control API, the signed `order` notifications
// delivered to a real receiver on loopback; and resilience — 4 threads × 100
// orders through injected 503s and dropped connections, each order created
// exactly once (retries reuse the key, and the sandbox replays the answer).
#include <mercadopago/client.hpp>
#include <mercadopago/httplib_transport.hpp>
#include <mercadopago/public_client.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/sandbox/http_server.hpp>
#include <mercadopago/sandbox/services/orders.hpp>
#include <mercadopago/webhooks.hpp>

#include <doctest/doctest.h>

#include "support/fault_tolerant_options.hpp"
#include "support/loopback_receiver.hpp"
#include "support/sandbox_credentials.hpp"

#include <httplib.h>

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
namespace sandbox_orders_http_test {

namespace mp = mercadopago;
namespace sb = mercadopago::sandbox;
using namespace std::chrono_literals;
using test_support::seller_token;
using test_support::test_card;

namespace {

constexpr const char* public_key = "TEST-4f0d3e1c-8b2a-4c55-9d1e-7a6b5c4d3e2f";

mp::order_create_request order_of(mp::order_payment_method_request method, std::string reference,
                                  std::string capture = "automatic") {
    return {.capture_mode = std::move(capture),
            .total_amount = mp::decimal("42.50"),
            .external_reference = std::move(reference),
            .payer = mp::order_payer{.email = "load@testuser.com"},
            .transactions = mp::order_transactions_request{
                .payments = {{.amount = mp::decimal("42.50"), .payment_method = std::move(method)}}}};
}

mp::order_payment_method_request card(std::string token) {
    return {.id = "master", .type = "credit_card", .token = std::move(token), .installments = 1};
}

std::string status_of(const mp::order& o) {
    return o.status.value_or(mp::order_status{}).str() + "/" + o.status_detail.value_or(mp::order_status_detail{}).str();
}

}  // namespace

TEST_CASE("sandbox orders over HTTP: capture, a Pix paid through the control API, signed notifications") {
    test_support::loopback_receiver hook;
    REQUIRE(hook.port > 0);
    const std::string secret = "http-orders-secret";
    auto emu = std::make_shared<sb::emulator>(sb::emulator_options{
        .webhook_secret = secret,
        .order_notification_url = hook.url(),
        .control_api = true});
    sb::http_server server(emu);
    server.start();
    {
        mp::public_client<> app({.public_key = public_key, .base_url = server.base_url()});
        mp::client<> shop({.access_token = seller_token, .base_url = server.base_url()});

        auto token = app.card_tokens().create(test_card("APRO"));
        REQUIRE_MESSAGE(token, token.error().what());
        auto held = shop.orders().create(order_of(card(*token->id), "http-card", "manual"));
        REQUIRE_MESSAGE(held, held.error().what());
        CHECK(status_of(*held) == "action_required/waiting_capture");
        auto captured = shop.orders().capture(*held->id);
        REQUIRE_MESSAGE(captured, captured.error().what());
        CHECK(status_of(*captured) == "processed/accredited");

        auto pix = shop.orders().create(order_of({.id = "pix", .type = "bank_transfer"}, "http-pix"));
        REQUIRE_MESSAGE(pix, pix.error().what());
        CHECK(status_of(*pix) == "action_required/waiting_transfer");

        // Any HTTP client can script the buyer: here cpp-httplib directly.
        httplib::Client raw("127.0.0.1", server.port());
        const httplib::Headers auth{{"Authorization", std::string("Bearer ") + seller_token}};
        auto paid = raw.Post(("/sandbox/orders/" + *pix->id + "/pay").c_str(), auth, "", "application/json");
        REQUIRE(paid);
        CHECK(paid->status == 200);
        CHECK(status_of(*shop.orders().get(*pix->id)) == "processed/accredited");
        auto bad = raw.Post("/sandbox/orders/ORDNOPE/pay", auth, "", "application/json");
        REQUIRE(bad);
        CHECK(bad->status == 404);

        // action_required and processed for each order, each signed.
        const auto got = hook.wait_for(4, 5s);
        REQUIRE(got.size() == 4);
        std::map<std::string, int> per_order;
        for (const auto& d : got) {
            const auto check = mp::webhooks::verify(d.signature, d.request_id, d.data_id, secret);
            CHECK_MESSAGE(check, check.description());
            ++per_order[d.data_id];
            CHECK(d.body.find(R"("type":"order")") != std::string::npos);
        }
        CHECK(per_order[*held->id] == 2);
        CHECK(per_order[*pix->id] == 2);
    }
    server.stop();

    // A sandbox started without the control API refuses it.
    auto closed = std::make_shared<sb::emulator>();
    sb::http_server plain(closed);
    plain.start();
    httplib::Client raw("127.0.0.1", plain.port());
    auto refused = raw.Post("/sandbox/reset", {{"Authorization", std::string("Bearer ") + seller_token}}, "",
                            "application/json");
    REQUIRE(refused);
    CHECK(refused->status == 403);
    plain.stop();
}

TEST_CASE("sandbox orders over HTTP: 4 threads x 100 orders through 503s and dropped connections") {
    const auto started = std::chrono::steady_clock::now();
    auto emu = std::make_shared<sb::emulator>();
    sb::http_server server(emu, {.faults = {.fail_rate = 0.2, .drop_rate = 0.1, .seed = 1107}});
    server.start();
    constexpr int threads = 4, per_thread = 100;
    // 0: an approved card, 1: a declined card (402 with the failed order), 2: Pix.
    const char* expected[] = {"processed/accredited", "failed/failed", "action_required/waiting_transfer"};
    std::atomic<int> failures{0}, wrong_outcome{0}, retried_calls{0};
    std::mutex log_mutex;
    std::vector<std::string> log;
    auto note = [&](std::string line) {
        ++failures;
        std::lock_guard lock(log_mutex);
        log.push_back(std::move(line));
    };
    {
        mp::public_client_options po{.public_key = public_key};
        test_support::tune_for_faults(po, server.base_url());
        mp::client_options co{.access_token = seller_token};
        test_support::tune_for_faults(co, server.base_url());
        mp::public_client<> app(po);
        mp::client<> shop(co);  // shared by every thread

        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                for (int i = 0; i < per_thread; ++i) {
                    const int kind = (t + i) % 3;
                    const std::string reference = "o" + std::to_string(t) + "-" + std::to_string(i);
                    mp::order_payment_method_request method{.id = "pix", .type = "bank_transfer"};
                    if (kind != 2) {
                        auto token = app.card_tokens().create(test_card(kind == 0 ? "APRO" : "FUND"));
                        if (!token) {
                            note("token: " + token.error().what());
                            continue;
                        }
                        method = card(*token->id);
                    }
                    auto o = shop.orders().create(order_of(method, reference));
                    if (o.info().attempts > 1) ++retried_calls;
                    if (!o) {
                        const auto failed = mp::order_failure(o.error());
                        if (!failed) {
                            note("order " + reference + ": " + o.error().what());
                            continue;
                        }
                        if (kind != 1 || status_of(*failed) != expected[1]) ++wrong_outcome;
                        continue;
                    }
                    if (status_of(*o) != expected[kind]) ++wrong_outcome;
                }
            });
        }
        for (auto& th : pool) th.join();
    }
    server.stop();

    for (const auto& line : log) MESSAGE(line);
    CHECK(failures == 0);
    CHECK(wrong_outcome == 0);
    CHECK(retried_calls > 0);

    // Exactly one order per logical call, with the outcome its kind forces.
    const auto orders = emu->inspect<sb::orders_service>([](const sb::orders_service& s) {
        std::map<std::string, std::vector<std::string>> by_reference;
        for (const auto& [id, r] : s.all()) by_reference[r.o.external_reference.value_or("")].push_back(status_of(r.o));
        return by_reference;
    });
    CHECK(orders.size() == threads * per_thread);
    int duplicates = 0, mismatched = 0;
    for (const auto& [ref, statuses] : orders) {
        duplicates += static_cast<int>(statuses.size()) - 1;
        const int t = std::stoi(ref.substr(1, ref.find('-') - 1)), i = std::stoi(ref.substr(ref.find('-') + 1));
        if (statuses.front() != expected[(t + i) % 3]) ++mismatched;
    }
    CHECK(duplicates == 0);
    CHECK(mismatched == 0);

    const auto f = server.injected();
    MESSAGE("requests " << f.requests << ", 503s " << f.unavailable << ", dropped before " << f.dropped_before
                        << ", dropped after " << f.dropped_after << ", retried order calls " << retried_calls.load());
    CHECK(f.unavailable > 0);
    CHECK(f.dropped_before > 0);
    CHECK(f.dropped_after > 0);
    CHECK(std::chrono::steady_clock::now() - started < 60s);
}

}  // namespace sandbox_orders_http_test
