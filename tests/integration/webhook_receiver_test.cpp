// Webhooks end to end on 127.0.0.1: the sandbox's HTTP front sends signed
// notifications (sandbox::webhook_sender) to examples/webhook_receiver, run
// as a child process, which verifies them, acknowledges, and looks the
// payment up through the sandbox. Forged deliveries are posted to it by hand.
// Then the sender alone: redelivery, giving up, and TLS verification.
#include <mercadopago/client.hpp>
#include <mercadopago/httplib_transport.hpp>
#include <mercadopago/outcome.hpp>
#include <mercadopago/public_client.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/sandbox/http_server.hpp>
#include <mercadopago/webhooks.hpp>

#include <doctest/doctest.h>

#include "support/sandbox_credentials.hpp"

#include "support/child_process.hpp"
#include "support/loopback_server.hpp"
#include "support/tls_certificates.hpp"

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace webhook_receiver_test {

#ifndef MERCADOPAGO_WEBHOOK_RECEIVER
#error "tests/CMakeLists.txt defines MERCADOPAGO_WEBHOOK_RECEIVER as the path of the built examples/webhook_receiver"
#endif

namespace mp = mercadopago;
namespace sb = mercadopago::sandbox;
namespace wh = mercadopago::webhooks;
using namespace std::chrono_literals;

namespace {

constexpr const char* secret = "e2e-webhook-secret";
using test_support::seller_token;
constexpr auto line_timeout = 15s;

/// The sandbox over HTTP with notifications on; every API answer takes `latency`.
struct sandbox_front {
    std::shared_ptr<sb::emulator> emu = std::make_shared<sb::emulator>(sb::emulator_options{.webhook_secret = secret});
    sb::http_server http;

    explicit sandbox_front(std::chrono::milliseconds latency)
        : http(emu, {.faults = {.latency = latency}, .webhooks = {.retry_interval = 100ms}}) {
        http.start();
    }
};

/// examples/webhook_receiver on a free port, looking payments up in `api`.
struct receiver {
    test_support::child_process process;
    std::string url;

    explicit receiver(const std::string& api)
        : process(MERCADOPAGO_WEBHOOK_RECEIVER, {"--port", "0", "--api", api},
                  {{"MERCADOPAGO_WEBHOOK_SECRET", secret}, {"MERCADOPAGO_ACCESS_TOKEN", seller_token}}) {
        auto line = process.wait_for_line("listening on ", line_timeout);
        REQUIRE_MESSAGE(line, process.transcript());
        url = line->substr(line->find("http://")) + "/webhooks";
    }

    /// The next output line containing `needle` (fails the test on timeout).
    std::string expect(const std::string& needle) {
        auto line = process.wait_for_line(needle, line_timeout);
        INFO("receiver output so far:\n" << process.transcript());
        REQUIRE_MESSAGE(line, "no line containing: " << needle);
        return *line;
    }
};

using test_support::test_card;

/// POSTs a hand-made notification to the receiver; returns the HTTP status (0: none).
int post(const std::string& hook_url, const std::string& data_id, const mp::http_headers& headers,
         const std::string& body = R"({"type":"payment","action":"payment.updated"})") {
    const auto path = hook_url.find('/', hook_url.find("://") + 3);
    httplib::Client cli(hook_url.substr(0, path));
    cli.set_connection_timeout(5);
    cli.set_read_timeout(5);
    httplib::Headers h;
    for (const auto& [k, v] : headers) h.emplace(k, v);
    auto res = cli.Post((hook_url.substr(path) + "?data.id=" + data_id + "&type=payment").c_str(), h, body,
                        "application/json");
    return res ? res->status : 0;
}

/// Headers as Mercado Pago signs them, with `ts` in milliseconds.
mp::http_headers signed_headers(const std::string& data_id, const std::string& request_id, std::string_view key,
                                std::chrono::system_clock::time_point when = std::chrono::system_clock::now()) {
    const auto ts = std::chrono::duration_cast<std::chrono::milliseconds>(when.time_since_epoch()).count();
    return {{"x-request-id", request_id}, {"x-signature", wh::sign(request_id, data_id, key, ts)}};
}

}  // namespace

TEST_CASE("webhooks end to end: sandbox notifies, examples/webhook_receiver verifies, acknowledges, looks up") {
    // Every API answer is slow, so an acknowledgement quicker than one API
    // call shows the receiver answers before it looks the payment up.
    constexpr auto latency = 400ms;
    sandbox_front sandbox(latency);
    receiver hook(sandbox.http.base_url());
    mp::public_client<> app({.public_key = "TEST-public-key", .base_url = sandbox.http.base_url()});
    mp::client<> shop({.access_token = seller_token, .base_url = sandbox.http.base_url()});

    SUBCASE("an approved payment") {
        auto token = app.card_tokens().create(test_card("APRO"));
        REQUIRE_MESSAGE(token, token.error().what());
        auto paid = shop.payments().create({.transaction_amount = mp::decimal("120.50"),
                                            .token = token->id,
                                            .payment_method_id = "master",
                                            .installments = 1,
                                            .notification_url = hook.url,
                                            .payer = mp::payment_request_payer{.email = "buyer@example.com"}});
        REQUIRE_MESSAGE(paid, paid.error().what());
        const std::string id = std::to_string(*paid->id);

        hook.expect("verified payment.created for " + id);
        const std::string looked_up = hook.expect("payment " + id + ": ");
        const auto message = mp::describe_outcome(*paid, mp::language::en);
        CHECK(looked_up == "payment " + id + ": approved / accredited - " + message.title + ". " + message.detail);
        CHECK(looked_up.find("BRL 120.50") != std::string::npos);

        REQUIRE(sandbox.http.webhooks()->wait_idle(10s));
        const auto reports = sandbox.http.webhooks()->reports();
        REQUIRE(reports.size() == 1);
        CHECK(reports[0].delivered());
        CHECK(reports[0].status == 200);
        CHECK(reports[0].attempts == 1);
        CHECK(reports[0].data_id == id);
        CHECK(reports[0].elapsed < latency);
    }

    SUBCASE("authorised, then captured: two notifications, the lookup sees each state") {
        auto token = app.card_tokens().create(test_card("APRO"));
        REQUIRE(token);
        auto held = shop.payments().create({.transaction_amount = mp::decimal("80"),
                                            .token = token->id,
                                            .payment_method_id = "master",
                                            .installments = 1,
                                            .notification_url = hook.url,
                                            .capture = false,
                                            .payer = mp::payment_request_payer{.email = "buyer@example.com"}});
        REQUIRE_MESSAGE(held, held.error().what());
        const std::string id = std::to_string(*held->id);
        hook.expect("verified payment.created for " + id);
        hook.expect("payment " + id + ": authorized / pending_capture");

        REQUIRE(shop.payments().capture(*held->id));
        hook.expect("verified payment.updated for " + id);
        hook.expect("payment " + id + ": approved / accredited");
        REQUIRE(sandbox.http.webhooks()->wait_idle(10s));
        CHECK(sandbox.http.webhooks()->reports().size() == 2);
    }

    SUBCASE("forged and broken deliveries get 401 and no lookup") {
        const std::string id = "130000000777";
        const std::string rid = "6f1c2b1e-0c5e-4d7b-9a55-3c2f1e0d9b8a";

        CHECK(post(hook.url, id, signed_headers(id, rid, "not-the-secret")) == 401);
        hook.expect("rejected a notification: the signature does not match");

        CHECK(post(hook.url, "130000000778", signed_headers(id, rid, secret)) == 401);  // another payment's id
        hook.expect("rejected a notification: the signature does not match");

        auto other_request = signed_headers(id, rid, secret);
        other_request[0].second = "00000000-0000-4000-8000-000000000000";  // a replayed signature, new request id
        CHECK(post(hook.url, id, other_request) == 401);
        hook.expect("rejected a notification: the signature does not match");

        CHECK(post(hook.url, id, {{"x-request-id", rid}}) == 401);
        hook.expect("rejected a notification: the x-signature header is missing");

        CHECK(post(hook.url, id, {{"x-request-id", rid}, {"x-signature", "ts=abc,v1=00"}}) == 401);
        hook.expect("rejected a notification: the x-signature header cannot be read");

        // Signed correctly ten minutes ago: outside the receiver's five-minute window.
        CHECK(post(hook.url, id, signed_headers(id, rid, secret, std::chrono::system_clock::now() - 10min)) == 401);
        hook.expect("rejected a notification: the signature is valid but its ts lies outside");

        // Correctly signed, for a payment the API does not know: 200, and the lookup says so.
        CHECK(post(hook.url, id, signed_headers(id, rid, secret)) == 200);
        hook.expect("verified payment.updated for " + id);
        const std::string missing = hook.expect("payment " + id + ": lookup failed");
        CHECK(missing.find("404") != std::string::npos);

        // The body is not signed: a forged one cannot redirect the lookup to another payment.
        const std::string forged_body = R"({"type":"payment","action":"payment.updated","data":{"id":"1"}})";
        CHECK(post(hook.url, id, signed_headers(id, rid, secret), forged_body) == 200);
        hook.expect("payment " + id + ": lookup failed");

        // A legacy IPN delivery cannot be verified: acknowledged, and it only triggers a lookup.
        {
            const auto path = hook.url.find('/', hook.url.find("://") + 3);
            httplib::Client cli(hook.url.substr(0, path));
            cli.set_read_timeout(5);
            auto ipn = cli.Post((hook.url.substr(path) + "?topic=payment&id=" + id).c_str(), "", "application/json");
            REQUIRE(ipn);
            CHECK(ipn->status == 200);
            hook.expect("unsigned IPN payment: looked up, not trusted");
            hook.expect("payment " + id + ": lookup failed");
        }

        // Nothing was looked up for the rejected ones: three lookups in all.
        int lookups = 0;
        for (std::size_t at = 0; (at = hook.process.transcript().find("lookup failed", at)) != std::string::npos; ++at)
            ++lookups;
        CHECK(lookups == 3);
        CHECK(hook.process.transcript().find(secret) == std::string::npos);
    }

    CHECK(hook.process.terminate() == 0);  // SIGTERM: a clean stop
}

TEST_CASE("webhook_sender: redelivers until 200 or 201, then gives up after max_attempts") {
    std::atomic<int> calls{0};
    test_support::loopback_server flaky([&](httplib::Server& s) {
        s.Post("/hook", [&](const httplib::Request& req, httplib::Response& res) {
            const int n = ++calls;
            // The delivery is the emulator's, signed: check what arrives on the wire.
            const auto ok = wh::verify(req.get_header_value("x-signature"), req.get_header_value("x-request-id"),
                                       wh::data_id_from_query(req.target).value_or(""), secret);
            res.status = !ok ? 400 : n == 1 ? 500 : 201;
        });
    });
    auto emu = std::make_shared<sb::emulator>(sb::emulator_options{.webhook_secret = secret});
    sb::webhook_sender sender({.max_attempts = 3, .retry_interval = 50ms});
    emu->on_webhook([&](sb::webhook_delivery d) { sender.send(std::move(d)); });
    mp::public_client<sb::transport> app({.public_key = "TEST-pk"}, sb::transport(emu));
    mp::client<sb::transport> shop({.access_token = seller_token}, sb::transport(emu));

    auto pay = [&](const std::string& url) {
        auto token = app.card_tokens().create(test_card("APRO"));
        REQUIRE(token);
        auto p = shop.payments().create({.transaction_amount = mp::decimal("10"), .token = token->id,
                                         .payment_method_id = "master", .installments = 1, .notification_url = url,
                                         .payer = mp::payment_request_payer{.email = "buyer@example.com"}});
        REQUIRE(p);
        return *p;
    };

    pay(flaky.base_url() + "/hook");
    REQUIRE(sender.wait_idle(10s));
    auto reports = sender.reports();
    REQUIRE(reports.size() == 1);
    CHECK(reports[0].delivered());
    CHECK(reports[0].status == 201);
    CHECK(reports[0].attempts == 2);
    CHECK(calls == 2);

    // Nobody listens on the port any more: three attempts, then a report of the failure.
    const std::string gone = flaky.base_url();
    flaky.stop();
    pay(gone + "/hook");
    REQUIRE(sender.wait_idle(10s));
    reports = sender.reports();
    REQUIRE(reports.size() == 2);
    CHECK_FALSE(reports[1].delivered());
    CHECK(reports[1].status == 0);
    CHECK(reports[1].attempts == 3);
    CHECK(reports[1].error.find("connect") != std::string::npos);

    // A URL the sender cannot use is reported once, not retried.
    sb::webhook_delivery odd;
    odd.url = "ftp://127.0.0.1/hook";
    sender.send(odd);
    REQUIRE(sender.wait_idle(10s));
    reports = sender.reports();
    REQUIRE(reports.size() == 3);
    CHECK(reports[2].attempts == 1);
    CHECK(reports[2].error.find("must start with http:// or https://") != std::string::npos);
}

TEST_CASE("webhook_sender: https receivers must present a certificate the sender trusts") {
    test_support::tls_certificates certs;
    std::atomic<int> calls{0};
    test_support::loopback_server tls_hook(certs, [&](httplib::Server& s) {
        s.Post("/hook", [&](const httplib::Request&, httplib::Response& res) {
            ++calls;
            res.status = 200;
        });
    });
    sb::webhook_delivery d;
    d.url = tls_hook.base_url() + "/hook?data.id=1&type=payment";
    d.body = "{}";

    {
        sb::webhook_sender untrusting({.max_attempts = 2, .retry_interval = 10ms});
        untrusting.send(d);
        REQUIRE(untrusting.wait_idle(10s));
        const auto r = untrusting.reports();
        REQUIRE(r.size() == 1);
        CHECK_FALSE(r[0].delivered());
        CHECK(r[0].error.find("TLS") != std::string::npos);
        CHECK(calls == 0);
    }
    sb::webhook_sender trusting({.connection = {.ca_file = certs.cert_path()}});
    trusting.send(d);
    REQUIRE(trusting.wait_idle(10s));
    const auto r = trusting.reports();
    REQUIRE(r.size() == 1);
    CHECK(r[0].delivered());
    CHECK(calls == 1);
}

}  // namespace webhook_receiver_test
