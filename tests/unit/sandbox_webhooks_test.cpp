// The sandbox's notifications, in-process: which changes to a payment produce
// one, and that each is signed, addressed and shaped as Mercado Pago sends it
// (checked with the library's own verifier and notification model).
// Delivery over HTTP is tested in tests/integration/webhook_receiver_test.cpp.
#include <mercadopago/client.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/public_client.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/webhooks.hpp>

#include <doctest/doctest.h>

#include <boost/json/parse.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace sandbox_webhooks_test {

namespace mp = mercadopago;
namespace sb = mercadopago::sandbox;
namespace wh = mercadopago::webhooks;
using namespace std::chrono_literals;

namespace {

constexpr const char* secret = "sandbox-webhook-secret";
constexpr const char* hook_url = "https://shop.example/hooks/mp?source_news=webhooks";

struct webhook_sandbox {
    sb::manual_clock clock{};
    std::shared_ptr<sb::emulator> emu;
    mp::public_client<sb::transport> app;
    mp::client<sb::transport> shop;

    explicit webhook_sandbox(sb::emulator_options o = {.webhook_secret = secret})
        : emu(std::make_shared<sb::emulator>(with_clock(std::move(o), clock))),
          app({.public_key = "TEST-public-key"}, sb::transport(emu)),
          shop({.access_token = "TEST-8812-060213-abc-1188183100"}, sb::transport(emu)) {}

    static sb::emulator_options with_clock(sb::emulator_options o, const sb::manual_clock& c) {
        o.clock = c;
        return o;
    }

    mp::payment pay(const char* holder = "APRO", bool capture = true, const char* url = hook_url,
                    const mp::request_options& ro = {}) {
        auto t = app.card_tokens().create({.card_number = "5031433215406351", .expiration_month = 11,
                                           .expiration_year = 2030, .security_code = "123",
                                           .cardholder = mp::cardholder{.name = holder}});
        REQUIRE_MESSAGE(t, t.error().what());
        mp::payment_create_request req{.transaction_amount = mp::decimal("100.00"),
                                       .token = t->id,
                                       .payment_method_id = "master",
                                       .installments = 1,
                                       .capture = capture,
                                       .payer = mp::payment_request_payer{.email = "buyer@example.com"}};
        if (url) req.notification_url = url;
        auto p = shop.payments().create(req, ro);
        REQUIRE_MESSAGE(p, p.error().what());
        return *p;
    }
};

std::string header(const sb::webhook_delivery& d, std::string_view name) {
    return std::string(mp::find_header(d.headers, name).value_or(""));
}

/// Verifies a delivery the way a receiver does: data.id from its URL's query.
wh::verification verify(const sb::webhook_delivery& d, std::string_view key = secret) {
    return wh::verify(header(d, "x-signature"), header(d, "x-request-id"), wh::data_id_from_query(d.url).value_or(""),
                      key);
}

}  // namespace

TEST_CASE("sandbox webhooks: a payment with a notification_url gets one signed payment.created") {
    webhook_sandbox s;
    const mp::payment p = s.pay();
    const std::string id = std::to_string(*p.id);
    const auto sent = s.emu->take_webhooks();
    REQUIRE(sent.size() == 1);
    const sb::webhook_delivery& d = sent[0];

    // Addressed as the platform does: the merchant's own query kept, data.id and type appended.
    CHECK(d.url == std::string(hook_url) + "&data.id=" + id + "&type=payment");
    CHECK(d.action == "payment.created");
    CHECK(d.data_id == id);
    CHECK(header(d, "Content-Type") == "application/json");
    CHECK(header(d, "x-request-id") == d.request_id);
    CHECK(d.request_id.size() == 36);

    // Signed with the secret, over the query's data.id and the x-request-id.
    const auto ok = verify(d);
    CHECK_MESSAGE(ok, ok.description());
    CHECK(ok.version == "v1");
    CHECK(verify(d, "another-secret").reason == wh::verify_failure::mismatch);
    CHECK(wh::verify(header(d, "x-signature"), header(d, "x-request-id"), "1", secret).reason ==
          wh::verify_failure::mismatch);

    // ts is the sandbox's time in milliseconds, so a tolerance check on that clock passes.
    const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(s.clock().time_since_epoch()).count();
    CHECK(ok.ts == std::to_string(now_ms));
    wh::verify_options fresh{.tolerance = 300s, .now = s.clock()};
    CHECK(wh::verify(header(d, "x-signature"), d.request_id, id, secret, fresh));
    fresh.now = s.clock() + 301s;
    CHECK(wh::verify(header(d, "x-signature"), d.request_id, id, secret, fresh).reason ==
          wh::verify_failure::timestamp_out_of_tolerance);

    // The body: the platform's shape (numeric id and user_id, data.id a string).
    const auto raw = boost::json::parse(d.body).as_object();
    CHECK(raw.at("id").is_int64());
    CHECK(raw.at("user_id").as_int64() == 1188183100);
    CHECK(raw.at("data").as_object().at("id").as_string() == id);
    auto n = mp::from_json<wh::notification>(d.body);
    REQUIRE_MESSAGE(n, n.error().what());
    CHECK(n->type == "payment");
    CHECK(n->action == "payment.created");
    CHECK(n->api_version == "v1");
    CHECK(n->live_mode == false);  // a TEST- credential
    CHECK(n->data->id == id);
    CHECK(n->date_created->time() == std::chrono::floor<std::chrono::microseconds>(s.clock()));
    CHECK(mp::to_json(*n) == d.body);  // nothing the model drops
}

TEST_CASE("sandbox webhooks: each change of state notifies payment.updated; refusals and replays do not") {
    webhook_sandbox s;
    const mp::payment held = s.pay("APRO", /*capture=*/false);
    CHECK(held.status == mp::payment_status::authorized);
    auto captured = s.shop.payments().capture(*held.id, mp::decimal("80.00"));
    REQUIRE(captured);
    auto refused = s.shop.payments().cancel(*held.id);  // captured payments cannot be cancelled: 400
    REQUIRE_FALSE(refused);
    auto refunded = s.shop.refunds().create(*held.id, mp::decimal("30.00"));
    REQUIRE(refunded);
    auto rest = s.shop.refunds().create(*held.id);
    REQUIRE(rest);

    const auto sent = s.emu->take_webhooks();
    std::vector<std::string> actions;
    for (const auto& d : sent) {
        actions.push_back(d.action);
        CHECK(d.data_id == std::to_string(*held.id));
        CHECK(verify(d));
    }
    CHECK(actions == std::vector<std::string>{"payment.created", "payment.updated", "payment.updated",
                                              "payment.updated"});
    // Every delivery has its own request id and notification id.
    CHECK(sent[0].request_id != sent[1].request_id);
    CHECK(boost::json::parse(sent[0].body).at("id") != boost::json::parse(sent[1].body).at("id"));

    // A cancellation of an authorised payment notifies too.
    const mp::payment other = s.pay("APRO", false);
    REQUIRE(s.shop.payments().cancel(*other.id));
    const auto more = s.emu->take_webhooks();
    REQUIRE(more.size() == 2);
    CHECK(more[1].action == "payment.updated");

    // The same idempotency key twice: one payment, one notification.
    const mp::request_options once{.idempotency_key = "order-41"};
    const mp::payment first = s.pay("APRO", true, hook_url, once);
    const mp::payment again = s.pay("APRO", true, hook_url, once);
    CHECK(first.id == again.id);
    CHECK(s.emu->take_webhooks().size() == 1);

    // A declined payment still notifies (its status is news too).
    s.pay("OTHE");
    const auto declined = s.emu->take_webhooks();
    REQUIRE(declined.size() == 1);
    CHECK(declined[0].action == "payment.created");
}

TEST_CASE("sandbox webhooks: nothing without a notification_url or without a secret") {
    webhook_sandbox with_secret;
    with_secret.pay("APRO", true, nullptr);
    CHECK(with_secret.emu->take_webhooks().empty());

    webhook_sandbox without(sb::emulator_options{});
    without.pay();
    CHECK(without.emu->take_webhooks().empty());
}

TEST_CASE("sandbox webhooks: notification_url is checked as the API checks it") {
    webhook_sandbox s;
    auto t = s.app.card_tokens().create({.card_number = "5031433215406351", .expiration_month = 11,
                                         .expiration_year = 2030, .security_code = "123",
                                         .cardholder = mp::cardholder{.name = "APRO"}});
    REQUIRE(t);
    mp::payment_create_request req{.transaction_amount = mp::decimal("10"),
                                   .token = t->id,
                                   .payment_method_id = "master",
                                   .installments = 1,
                                   .notification_url = "https://shop.example/" + std::string(230, 'a'),
                                   .payer = mp::payment_request_payer{.email = "buyer@example.com"}};
    auto too_long = s.shop.payments().create(req);
    REQUIRE_FALSE(too_long);
    CHECK(too_long.error().has_cause("4021"));
    req.notification_url = "shop.example/hooks";
    auto no_scheme = s.shop.payments().create(req);
    REQUIRE_FALSE(no_scheme);
    CHECK(no_scheme.error().has_cause("4020"));
    CHECK(s.emu->take_webhooks().empty());
}

TEST_CASE("sandbox webhooks: a sink takes deliveries instead of the queue, which keeps only the newest") {
    webhook_sandbox s({.webhook_secret = secret, .max_queued_webhooks = 2});
    std::vector<std::string> seen;
    s.emu->on_webhook([&](sb::webhook_delivery d) { seen.push_back(d.data_id); });
    const mp::payment a = s.pay();
    CHECK(seen == std::vector<std::string>{std::to_string(*a.id)});
    CHECK(s.emu->take_webhooks().empty());

    s.emu->on_webhook({});  // back to queueing, bounded
    const mp::payment b = s.pay(), c = s.pay(), d = s.pay();
    const auto queued = s.emu->take_webhooks();
    REQUIRE(queued.size() == 2);
    CHECK(queued[0].data_id == std::to_string(*c.id));
    CHECK(queued[1].data_id == std::to_string(*d.id));
    CHECK(seen.size() == 1);
    (void)b;
}

}  // namespace sandbox_webhooks_test
