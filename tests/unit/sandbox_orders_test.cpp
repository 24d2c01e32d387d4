// The sandbox's Orders API, driven through client<sandbox::transport> as an
// integrator would: automatic and manual processing and capture, card
// outcomes forced by the cardholder name (a decline is a 402 with the failed
// order), Pix and boleto paid or expired through the control API, cancel and
// refund rules, the two-payment limit, the @testuser.com rule, idempotent
// replay and key reuse, search paging, signed `order` notifications, reset.
// Raw requests only where the client cannot send them (no key, unknown
// members, a key reused with another body).
#include <mercadopago/client.hpp>
#include <mercadopago/order_outcome.hpp>
#include <mercadopago/public_client.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/webhooks.hpp>

#include <doctest/doctest.h>

#include "support/sandbox_credentials.hpp"
#include "support/sandbox_requests.hpp"

#include <boost/json/parse.hpp>

#include <chrono>
#include <memory>
#include <set>
#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace sandbox_orders_test {

namespace mp = mercadopago;
namespace sb = mercadopago::sandbox;
using namespace std::chrono_literals;
using test_support::seller_token;

namespace {

constexpr const char* public_key = "TEST-4f0d3e1c-8b2a-4c55-9d1e-7a6b5c4d3e2f";
constexpr const char* secret = "orders-webhook-secret";

struct sandbox {
    sb::manual_clock clock{};
    std::shared_ptr<sb::emulator> emu = std::make_shared<sb::emulator>(
        sb::emulator_options{.clock = clock,
                             .webhook_secret = secret,
                             .order_notification_url = "https://shop.example/webhooks/mercadopago",
                             .control_api = true});
    mp::public_client<sb::transport> app{{.public_key = public_key}, sb::transport(emu)};
    mp::client<sb::transport> shop{{.access_token = seller_token}, sb::transport(emu)};

    std::string token(const std::string& holder = "APRO") {
        auto t = app.card_tokens().create(test_support::test_card(holder));
        REQUIRE_MESSAGE(t, t.error().what());
        return *t->id;
    }

    static mp::order_payment_request card_payment(const std::string& token, const char* amount = "200.00") {
        return {.amount = mp::decimal(amount),
                .payment_method = mp::order_payment_method_request{
                    .id = "master", .type = "credit_card", .token = token, .installments = 1}};
    }
    static mp::order_payment_request pix_payment(const char* amount = "200.00") {
        return {.amount = mp::decimal(amount),
                .payment_method = mp::order_payment_method_request{.id = "pix", .type = "bank_transfer"}};
    }
    static mp::order_payment_request boleto_payment(const char* amount = "200.00") {
        return {.amount = mp::decimal(amount),
                .payment_method = mp::order_payment_method_request{.id = "boleto", .type = "ticket"}};
    }

    static mp::order_create_request order_of(std::vector<mp::order_payment_request> payments,
                                             const char* total = "200.00", std::string processing = "automatic",
                                             std::string capture = "automatic") {
        return {.processing_mode = std::move(processing),
                .capture_mode = std::move(capture),
                .total_amount = mp::decimal(total),
                .external_reference = "cart-77",
                .payer = mp::order_payer{.email = "buyer@testuser.com"},
                .transactions = mp::order_transactions_request{.payments = std::move(payments)}};
    }

    mp::order create(const mp::order_create_request& req) {
        auto o = shop.orders().create(req);
        REQUIRE_MESSAGE(o, o.error().what());
        CHECK(o.info().http_status == 201);
        return *o;
    }

    mp::http_response raw(mp::http_method m, std::string target, std::string body = {},
                          mp::http_headers headers = test_support::seller_auth()) {
        return test_support::raw_request(*emu, m, std::move(target), std::move(body), std::move(headers));
    }
    mp::http_response control(const std::string& path) { return raw(mp::http_method::post, path); }
};

std::string status_of(const mp::order& o) {
    return o.status.value_or(mp::order_status{}).str() + "/" + o.status_detail.value_or(mp::order_status_detail{}).str();
}
std::string status_of(const mp::order_payment& p) {
    return p.status.value_or(mp::order_status{}).str() + "/" + p.status_detail.value_or(mp::order_status_detail{}).str();
}
const mp::order_payment& payment_of(const mp::order& o, std::size_t i = 0) {
    REQUIRE(o.transactions);
    REQUIRE(o.transactions->payments);
    REQUIRE(o.transactions->payments->size() > i);
    return (*o.transactions->payments)[i];
}

std::string header(const sb::webhook_delivery& d, std::string_view name) {
    for (const auto& [k, v] : d.headers)
        if (k == name) return v;
    return {};
}

/// The code of an Orders error body, checked for its shape.
std::string orders_error_code(const mp::http_response& r) {
    const auto v = boost::json::parse(r.body);
    const auto& e = v.as_object().at("errors").as_array().at(0).as_object();
    CHECK(e.at("message").is_string());
    CHECK(e.at("details").is_array());
    return std::string(e.at("code").as_string());
}

}  // namespace

TEST_CASE("sandbox orders: an automatic card order is processed at once, with money as strings") {
    sandbox s;
    const mp::order o = s.create(sandbox::order_of({sandbox::card_payment(s.token())}));
    REQUIRE(o.id);
    CHECK(o.id->starts_with("ORD"));
    CHECK(o.id->size() == 29);
    CHECK(status_of(o) == "processed/accredited");
    CHECK(o.total_amount == mp::decimal("200.00"));
    CHECK(o.total_paid_amount == mp::decimal("200.00"));
    CHECK(o.site_id == "MLB");
    CHECK(o.currency == "BRL");
    CHECK(o.external_reference == "cart-77");
    const auto& p = payment_of(o);
    CHECK(p.id->starts_with("pay_"));
    CHECK(status_of(p) == "processed/accredited");
    CHECK(p.payment_method->issuer_id == "24");

    // On the wire the amounts are strings with two decimals.
    const auto raw = s.raw(mp::http_method::get, "/v1/orders/" + *o.id);
    REQUIRE(raw.status == 200);
    const auto body = boost::json::parse(raw.body).as_object();
    CHECK(body.at("total_amount") == "200.00");
    CHECK(body.at("transactions").at("payments").at(0).at("amount") == "200.00");

    auto again = s.shop.orders().get(*o.id);
    REQUIRE(again);
    CHECK(status_of(*again) == "processed/accredited");
}

TEST_CASE("sandbox orders: the cardholder name forces the outcome; a decline is a 402 with the failed order") {
    sandbox s;
    SUBCASE("FUND: insufficient amount") {
        auto o = s.shop.orders().create(sandbox::order_of({sandbox::card_payment(s.token("FUND"))}));
        REQUIRE_FALSE(o);
        CHECK(o.error().http_status == 402);
        CHECK(o.error().code == mp::errc::payment_required);
        const auto failed = mp::order_failure(o.error());
        REQUIRE(failed);
        CHECK(status_of(*failed) == "failed/failed");
        CHECK(status_of(payment_of(*failed)) == "failed/insufficient_amount");
        // The buyer is told why, in their language.
        const auto told = mp::describe_outcome(*failed, mp::language::en);
        CHECK_FALSE(told.detail.empty());
        CHECK(told.status_detail == mp::order_status_detail::insufficient_amount);
        // The failed order is kept.
        auto stored = s.shop.orders().get(*failed->id);
        REQUIRE(stored);
        CHECK(status_of(*stored) == "failed/failed");
    }
    SUBCASE("CALL, SECU and OTHE map to the Orders details") {
        for (auto [holder, detail] : {std::pair{"CALL", "required_call_for_authorize"},
                                      std::pair{"SECU", "bad_filled_card_data"}, std::pair{"OTHE", "rejected_by_issuer"},
                                      std::pair{"LOCK", "card_disabled"}}) {
            auto o = s.shop.orders().create(sandbox::order_of({sandbox::card_payment(s.token(holder))}));
            REQUIRE_FALSE(o);
            const auto failed = mp::order_failure(o.error());
            REQUIRE(failed);
            CHECK(payment_of(*failed).status_detail->str() == detail);
        }
    }
    SUBCASE("CONT: still processing") {
        const auto o = s.create(sandbox::order_of({sandbox::card_payment(s.token("CONT"))}));
        CHECK(status_of(o) == "processing/in_process");
    }
    SUBCASE("a used card token fails the order as invalid_card_token") {
        const std::string t = s.token();
        (void)s.create(sandbox::order_of({sandbox::card_payment(t)}));
        auto o = s.shop.orders().create(sandbox::order_of({sandbox::card_payment(t)}));
        REQUIRE_FALSE(o);
        CHECK(payment_of(*mp::order_failure(o.error())).status_detail == mp::order_status_detail::invalid_card_token);
    }
}

TEST_CASE("sandbox orders: manual capture waits for capture(), once") {
    sandbox s;
    const auto o = s.create(sandbox::order_of({sandbox::card_payment(s.token())}, "200.00", "automatic", "manual"));
    CHECK(status_of(o) == "action_required/waiting_capture");
    CHECK(o.total_paid_amount == mp::decimal("0.00"));

    auto captured = s.shop.orders().capture(*o.id);
    REQUIRE_MESSAGE(captured, captured.error().what());
    CHECK(status_of(*captured) == "processed/accredited");
    CHECK(captured->total_paid_amount == mp::decimal("200.00"));

    auto twice = s.shop.orders().capture(*o.id);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().http_status == 409);
    CHECK(twice.error().has_cause(mp::order_error_codes::cannot_capture_order));
}

TEST_CASE("sandbox orders: manual processing keeps the order created while its payments change") {
    sandbox s;
    auto req = sandbox::order_of({sandbox::card_payment(s.token(), "150.00")}, "200.00", "manual");
    const auto o = s.create(req);
    CHECK(status_of(o) == "created/created");
    CHECK(status_of(payment_of(o)) == "created/created");

    // The amounts do not add up yet: processing is refused.
    auto early = s.shop.orders().process(*o.id);
    REQUIRE_FALSE(early);
    CHECK(early.error().http_status == 400);
    CHECK(early.error().has_cause("invalid_properties"));

    // Add a Pix payment for the rest, change it, remove it, add it again.
    auto added = s.shop.orders().add_transaction(*o.id, {.payments = {sandbox::pix_payment("40.00")}});
    REQUIRE_MESSAGE(added, added.error().what());
    CHECK(added.info().http_status == 201);
    REQUIRE(added->payments->size() == 1);
    const std::string pix_id = *added->payments->front().id;
    auto updated = s.shop.orders().update_transaction(*o.id, pix_id, {.amount = mp::decimal("50.00")});
    REQUIRE_MESSAGE(updated, updated.error().what());
    CHECK(updated->amount == mp::decimal("50.00"));
    CHECK(updated->payment_method->id == "pix");  // left out, so kept
    CHECK(updated->id == pix_id);

    // A third payment is one too many.
    auto third = s.shop.orders().add_transaction(*o.id, {.payments = {sandbox::boleto_payment("1.00")}});
    REQUIRE_FALSE(third);
    CHECK(third.error().has_cause(mp::order_error_codes::exceeded_number_of_transactions));

    auto removed = s.shop.orders().delete_transaction(*o.id, pix_id);
    REQUIRE_MESSAGE(removed, removed.error().what());
    CHECK(removed.info().http_status == 204);
    auto gone = s.shop.orders().update_transaction(*o.id, pix_id, {.amount = mp::decimal("50.00")});
    REQUIRE_FALSE(gone);
    CHECK(gone.error().has_cause(mp::order_error_codes::transaction_not_found));
    REQUIRE(s.shop.orders().add_transaction(*o.id, {.payments = {sandbox::pix_payment("50.00")}}));

    auto processed = s.shop.orders().process(*o.id);
    REQUIRE_MESSAGE(processed, processed.error().what());
    CHECK(status_of(*processed) == "action_required/waiting_transfer");  // the card is paid, the Pix is not
    CHECK(status_of(payment_of(*processed, 0)) == "processed/accredited");
    CHECK(processed->total_paid_amount == mp::decimal("150.00"));

    auto again = s.shop.orders().process(*o.id);
    REQUIRE_FALSE(again);
    CHECK(again.error().has_cause(mp::order_error_codes::operation_not_supported));
    auto late = s.shop.orders().add_transaction(*o.id, {.payments = {sandbox::pix_payment("1.00")}});
    REQUIRE_FALSE(late);
    CHECK(late.error().http_status == 409);

    // An automatic order cannot be processed by hand.
    const auto automatic = s.create(sandbox::order_of({sandbox::card_payment(s.token())}));
    auto wrong_mode = s.shop.orders().process(*automatic.id);
    REQUIRE_FALSE(wrong_mode);
    CHECK(wrong_mode.error().has_cause(mp::order_error_codes::invalid_order_mode_for_operation));
}

TEST_CASE("sandbox orders: Pix and boleto wait for the buyer; the control API pays or expires them") {
    sandbox s;
    const auto pix = s.create(sandbox::order_of({sandbox::pix_payment()}));
    CHECK(status_of(pix) == "action_required/waiting_transfer");
    const auto& method = *payment_of(pix).payment_method;
    REQUIRE(method.qr_code);
    CHECK(method.qr_code->starts_with("000201"));
    CHECK(method.qr_code->find("br.gov.bcb.pix") != std::string::npos);
    CHECK(method.qr_code->find("5406200.00") != std::string::npos);  // the amount field
    CHECK(method.ticket_url);
    CHECK(payment_of(pix).date_of_expiration);

    const auto paid = s.control("/sandbox/orders/" + *pix.id + "/pay");
    REQUIRE(paid.status == 200);
    auto after = s.shop.orders().get(*pix.id);
    REQUIRE(after);
    CHECK(status_of(*after) == "processed/accredited");
    CHECK(after->total_paid_amount == mp::decimal("200.00"));
    // Paying twice is refused.
    const auto twice = s.control("/sandbox/orders/" + *pix.id + "/pay");
    CHECK(twice.status == 409);
    CHECK(orders_error_code(twice) == "operation_not_supported");

    const auto boleto = s.create(sandbox::order_of({sandbox::boleto_payment()}));
    CHECK(status_of(boleto) == "action_required/waiting_payment");
    CHECK(payment_of(boleto).payment_method->digitable_line->size() == 47);
    CHECK(s.control("/sandbox/orders/" + *boleto.id + "/expire").status == 200);
    CHECK(status_of(*s.shop.orders().get(*boleto.id)) == "expired/expired");

    // A pending Pix payment of the Payments API, the same way.
    auto payment = s.shop.payments().create({.transaction_amount = mp::decimal("10.00"),
                                             .payment_method_id = "pix",
                                             .payer = mp::payment_request_payer{.email = "buyer@testuser.com"}});
    REQUIRE_MESSAGE(payment, payment.error().what());
    CHECK(payment->status == mp::payment_status::pending);
    CHECK(s.control("/sandbox/payments/" + std::to_string(*payment->id) + "/pay").status == 200);
    CHECK(s.shop.payments().get(*payment->id)->status == mp::payment_status::approved);
    CHECK(s.control("/sandbox/payments/" + std::to_string(*payment->id) + "/expire").status == 409);
    CHECK(s.control("/sandbox/payments/999/pay").status == 404);
}

TEST_CASE("sandbox orders: the control API is refused unless enabled, and reset forgets everything") {
    SUBCASE("disabled by default") {
        auto emu = std::make_shared<sb::emulator>();
        mp::http_request r{.method = mp::http_method::post, .target = "/sandbox/reset",
                           .headers = {{"Authorization", std::string("Bearer ") + seller_token}}};
        const auto res = emu->handle(r);
        CHECK(res.status == 403);
        CHECK(res.body.find("control_api") != std::string::npos);
    }
    SUBCASE("reset") {
        sandbox s;
        const auto o = s.create(sandbox::order_of({sandbox::card_payment(s.token())}));
        CHECK(s.raw(mp::http_method::get, "/sandbox/reset").status == 405);
        CHECK(s.raw(mp::http_method::post, "/sandbox/reset", {}, {}).status == 401);
        CHECK(s.control("/sandbox/reset").status == 200);
        auto gone = s.shop.orders().get(*o.id);
        REQUIRE_FALSE(gone);
        CHECK(gone.error().http_status == 404);
        CHECK(gone.error().has_cause(mp::order_error_codes::order_not_found));
        CHECK(s.emu->payment_count() == 0);
        // It works as new afterwards.
        CHECK(status_of(s.create(sandbox::order_of({sandbox::card_payment(s.token())}))) == "processed/accredited");
    }
}

TEST_CASE("sandbox orders: cancel only before processing") {
    sandbox s;
    const auto created = s.create(sandbox::order_of({sandbox::pix_payment()}, "200.00", "manual"));
    auto cancelled = s.shop.orders().cancel(*created.id);
    REQUIRE_MESSAGE(cancelled, cancelled.error().what());
    CHECK(cancelled->status->is_canceled());
    CHECK(status_of(*cancelled) == "cancelled/cancelled");
    CHECK(status_of(payment_of(*cancelled)) == "cancelled/cancelled");
    auto twice = s.shop.orders().cancel(*created.id);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().http_status == 409);
    CHECK(twice.error().has_cause(mp::order_error_codes::order_already_cancelled));

    const auto waiting = s.create(sandbox::order_of({sandbox::card_payment(s.token())}, "200.00", "automatic", "manual"));
    REQUIRE(s.shop.orders().cancel(*waiting.id));

    const auto processed = s.create(sandbox::order_of({sandbox::card_payment(s.token())}));
    auto refused = s.shop.orders().cancel(*processed.id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().has_cause(mp::order_error_codes::cannot_cancel_order));
}

TEST_CASE("sandbox orders: partial and total refunds") {
    sandbox s;
    const auto o = s.create(sandbox::order_of({sandbox::card_payment(s.token())}));
    const std::string pay_id = *payment_of(o).id;

    auto too_much = s.shop.orders().refund(*o.id, pay_id, mp::decimal("200.01"));
    REQUIRE_FALSE(too_much);
    CHECK(too_much.error().has_cause("property_value"));
    auto unknown = s.shop.orders().refund(*o.id, "pay_NOPE", mp::decimal("1.00"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().has_cause("invalid_transaction_id"));

    auto part = s.shop.orders().refund(*o.id, pay_id, mp::decimal("50.00"));
    REQUIRE_MESSAGE(part, part.error().what());
    CHECK(status_of(*part) == "processed/partially_refunded");
    REQUIRE(part->transactions->refunds->size() == 1);
    const auto& ref = part->transactions->refunds->front();
    CHECK(ref.id->starts_with("ref_"));
    CHECK(ref.transaction_id == pay_id);
    CHECK(ref.amount == mp::decimal("50.00"));
    CHECK(payment_of(*part).refunded_amount == mp::decimal("50.00"));

    auto rest = s.shop.orders().refund(*o.id);  // total: what is left
    REQUIRE_MESSAGE(rest, rest.error().what());
    CHECK(status_of(*rest) == "refunded/refunded");
    CHECK(rest->transactions->refunds->size() == 2);
    CHECK(rest->transactions->refunds->back().amount == mp::decimal("150.00"));

    auto again = s.shop.orders().refund(*o.id);
    REQUIRE_FALSE(again);
    CHECK(again.error().has_cause(mp::order_error_codes::order_already_refunded));

    const auto pending = s.create(sandbox::order_of({sandbox::pix_payment()}));
    auto not_paid = s.shop.orders().refund(*pending.id);
    REQUIRE_FALSE(not_paid);
    CHECK(not_paid.error().has_cause(mp::order_error_codes::cannot_refund_order));
}

TEST_CASE("sandbox orders: what the API refuses at create") {
    sandbox s;
    auto refused = [&](mp::order_create_request req) {
        auto o = s.shop.orders().create(req);
        REQUIRE_FALSE(o);
        CHECK(o.error().http_status == 400);
        REQUIRE_FALSE(o.error().causes.empty());
        return o.error().causes.front().code;
    };
    auto req = sandbox::order_of({sandbox::card_payment(s.token())});
    req.payer->email = "buyer@example.com";
    CHECK(refused(req) == "invalid_email_for_sandbox");
    CHECK(refused(sandbox::order_of({sandbox::pix_payment(), sandbox::pix_payment(), sandbox::pix_payment()}, "600.00")) ==
          "exceeded_number_of_transactions");
    CHECK(refused(sandbox::order_of({sandbox::pix_payment("100.00")})) == "invalid_properties");
    CHECK(refused(sandbox::order_of({})) == "order_builder_without_transactions");
    auto no_total = sandbox::order_of({sandbox::pix_payment()});
    no_total.total_amount.reset();
    CHECK(refused(no_total) == "required_properties");
    auto point = sandbox::order_of({sandbox::pix_payment()});
    point.type = "point";
    CHECK(refused(point) == "invalid_order_type");
    auto wrong_type = sandbox::order_of({sandbox::card_payment(s.token())});
    (*wrong_type.transactions->payments[0].payment_method).type = "debit_card";
    CHECK(refused(wrong_type) == "property_value");

    // A production token is not held to the test-user rule.
    mp::client<sb::transport> live({.access_token = "APP_USR-8812345678901234-060213-0f9e8d7c-1188183100"},
                                   sb::transport(s.emu));
    auto live_req = sandbox::order_of({sandbox::pix_payment()});
    live_req.payer->email = "buyer@example.com";
    CHECK(live.orders().create(live_req));

    // Raw: members the API does not declare, malformed JSON, no key.
    const mp::http_headers keyed{{"Authorization", std::string("Bearer ") + seller_token}, {"X-Idempotency-Key", "k-raw-1"}};
    auto unsupported = s.raw(mp::http_method::post, "/v1/orders",
                             R"({"type":"online","total_amount":"1.00","payer":{"email":"a@testuser.com"},"colour":"red"})",
                             keyed);
    CHECK(unsupported.status == 400);
    CHECK(orders_error_code(unsupported) == "unsupported_properties");
    auto malformed = s.raw(mp::http_method::post, "/v1/orders", R"({"type":)",
                           {{"Authorization", std::string("Bearer ") + seller_token}, {"X-Idempotency-Key", "k-raw-2"}});
    CHECK(orders_error_code(malformed) == "json_syntax_error");
    auto no_key = s.raw(mp::http_method::post, "/v1/orders/ORD1/cancel");
    CHECK(no_key.status == 400);
    CHECK(orders_error_code(no_key) == "empty_required_header");
    // Hostile ids are just unknown orders.
    for (const std::string& id : {std::string("..%2F..%2Fetc"), std::string("%00"), std::string("ORD%20OR%201%3D1"),
                                 std::string(300, 'A')}) {
        auto r = s.raw(mp::http_method::get, "/v1/orders/" + id);
        CHECK(r.status == 404);
        CHECK(orders_error_code(r) == "order_not_found");
    }
}

TEST_CASE("sandbox orders: a key replays the same request and refuses another one") {
    sandbox s;
    const auto body = mp::to_json(sandbox::order_of({sandbox::pix_payment()}));
    const mp::http_headers keyed{{"Authorization", std::string("Bearer ") + seller_token},
                                 {"X-Idempotency-Key", "order-key-1"}};
    const auto first = s.raw(mp::http_method::post, "/v1/orders", body, keyed);
    REQUIRE(first.status == 201);
    const auto replay = s.raw(mp::http_method::post, "/v1/orders", body, keyed);
    CHECK(replay.status == 201);
    CHECK(replay.body == first.body);
    const auto other = s.raw(mp::http_method::post, "/v1/orders",
                             mp::to_json(sandbox::order_of({sandbox::pix_payment("300.00")}, "300.00")), keyed);
    CHECK(other.status == 409);
    CHECK(orders_error_code(other) == "idempotency_key_already_used");
    auto page = s.shop.orders().search({.begin_date = "2000-01-01T00:00:00Z", .end_date = "2100-01-01T00:00:00Z"});
    REQUIRE(page);
    CHECK(page->data.size() == 1);  // one order, however many times the key came
}

TEST_CASE("sandbox orders: search needs its dates and pages by page number") {
    sandbox s;
    for (int i = 0; i < 7; ++i) {
        auto req = sandbox::order_of({i % 2 ? sandbox::pix_payment() : sandbox::boleto_payment()});
        req.external_reference = "batch-" + std::to_string(i);
        (void)s.create(req);
        s.clock.advance(1min);
    }
    auto no_dates = s.shop.orders().search({});
    REQUIRE_FALSE(no_dates);
    CHECK(no_dates.error().has_cause("required_properties"));

    mp::order_search_query q{.begin_date = "2000-01-01T00:00:00Z", .end_date = "2100-01-01T00:00:00Z",
                             .page_size = 3, .sort_order = "asc"};
    auto first = s.shop.orders().search(q);
    REQUIRE_MESSAGE(first, first.error().what());
    CHECK(first->data.size() == 3);
    CHECK(first->paging->total == 7);  // sent as the string "7"
    CHECK(first->paging->total_pages == 3);
    CHECK(first->data.front().external_reference == "batch-0");

    std::vector<std::string> refs;
    for (auto&& o : s.shop.orders().search_all(q)) {
        REQUIRE_MESSAGE(o, o.error().what());
        refs.push_back(*o->external_reference);
    }
    CHECK(refs.size() == 7);
    CHECK(refs.back() == "batch-6");

    q.payment_method_id = "pix";
    auto pix = s.shop.orders().search(q);
    REQUIRE(pix);
    CHECK(pix->paging->total == 3);
    q.payment_method_id.clear();
    q.status = "action_required";
    q.status_detail = "waiting_payment";
    CHECK(s.shop.orders().search(q)->paging->total == 4);
    q.status = "canceled";  // either spelling
    q.status_detail.clear();
    CHECK(s.shop.orders().search(q)->paging->total == 0);
    q.status.clear();
    q.end_date = "2001-01-01T00:00:00Z";
    CHECK(s.shop.orders().search(q)->data.empty());
}

TEST_CASE("sandbox orders: every status change sends a signed `order` notification") {
    sandbox s;
    (void)s.emu->take_webhooks();
    const auto o = s.create(sandbox::order_of({sandbox::card_payment(s.token())}, "200.00", "automatic", "manual"));
    REQUIRE(s.shop.orders().capture(*o.id));
    REQUIRE(s.shop.orders().refund(*o.id, *payment_of(o).id, mp::decimal("20.00")));
    (void)s.shop.orders().get(*o.id);  // a read changes nothing

    const auto sent = s.emu->take_webhooks();
    REQUIRE(sent.size() == 3);
    std::vector<std::string> actions;
    for (const auto& d : sent) {
        CHECK(d.url == "https://shop.example/webhooks/mercadopago?data.id=" + *o.id + "&type=order");
        const auto body = boost::json::parse(d.body).as_object();
        CHECK(body.at("type") == "order");
        CHECK(body.at("data").at("id").as_string() == *o.id);
        actions.emplace_back(body.at("action").as_string());
        const auto check = mp::webhooks::verify(header(d, "x-signature"), header(d, "x-request-id"), *o.id, secret);
        CHECK_MESSAGE(check, check.description());
    }
    CHECK(actions == std::vector<std::string>{"order.action_required", "order.processed", "order.processed"});
}

}  // namespace sandbox_orders_test
