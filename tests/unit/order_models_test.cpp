// The Orders API's models: every order_*.json fixture of the official SDKs
// decodes and re-encodes to the same JSON (amounts stay strings, paging
// values stay as they came), the typed values the quirks could break are
// checked, and request bodies go out exactly (money as decimal strings).
#include <mercadopago/api/orders.hpp>
#include <mercadopago/models/order.hpp>
#include <mercadopago/models/order_request.hpp>

#include <doctest/doctest.h>

#include "support/round_trip.hpp"

#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace order_models_test {

namespace mp = mercadopago;
using test_support::decode_round_trip;
using test_support::fixture;

static_assert(mp::described<mp::order>);
static_assert(mp::described<mp::order_create_request>);

TEST_CASE("order: every order fixture round-trips as its endpoint's model") {
    for (const char* f : {"go/order_create.json", "go/order_create_automatic_payments.json",
                          "java/order_capture.json", "java/order_create_checkout_pro.json",
                          "java/order_refund_partial.json", "java/order_refund_total.json", "php/order_capture.json",
                          "php/order_create.json", "php/order_get.json", "php/order_process.json",
                          "php/order_refund_total.json", "python/order_cancel.json", "python/order_get.json",
                          "python/order_process.json", "python/order_refund.json"}) {
        CAPTURE(f);
        (void)fixture<mp::order>(f);
    }
    for (const char* f : {"go/order_search.json", "java/order_search.json", "php/order_search.json",
                          "python/order_search.json"}) {
        CAPTURE(f);
        (void)fixture<mp::data_page<mp::order>>(f);
    }
    (void)fixture<mp::order_transactions>("java/order_transaction_create.json");
    (void)fixture<mp::order_transactions>("php/order_transaction_create.json");
    (void)fixture<mp::order_payment>("java/order_transaction_update.json");
}

TEST_CASE("order: go/order_create.json, a card order processed at once") {
    const auto o = fixture<mp::order>("go/order_create.json");
    CHECK(o.id == "01HRYFWNYRE1MR1E60MW3X0T2P");
    CHECK(o.status == mp::order_status::processed);
    CHECK(o.status_detail == mp::order_status_detail::accredited);
    CHECK(o.total_amount == mp::decimal::parse("1000.00").value());
    CHECK(o.total_amount->to_string() == "1000.00");
    CHECK(o.marketplace_fee == mp::decimal::parse("10").value());
    CHECK(o.expiration_time == "P3D");  // an ISO-8601 duration, kept as text
    REQUIRE(o.transactions);
    REQUIRE(o.transactions->payments);
    REQUIRE(o.transactions->payments->size() == 1);
    const auto& pay = o.transactions->payments->front();
    CHECK(pay.status == mp::order_status::processed);
    CHECK(pay.payment_method->installments == 1);
    CHECK(pay.payment_method->token == "677859ef5f18ea7e3a87c41d02c3fbe3");
    CHECK(o.transactions->refunds->empty());
    CHECK(o.payer->address->street_name == "Av. das Nações Unidas");
    CHECK(o.payer->identification->type == "CPF");
    REQUIRE(o.items);
    CHECK(o.items->front().unit_price->to_string() == "1000.00");
    CHECK(o.items->front().quantity == 1);
}

TEST_CASE("order: java/order_create_checkout_pro.json, a Checkout Pro order") {
    const auto o = fixture<mp::order>("java/order_create_checkout_pro.json");
    CHECK(o.status == mp::order_status::created);
    CHECK_FALSE(o.status_detail);
    CHECK(o.checkout_url->starts_with("https://www.mercadopago.com/checkout/v1/redirect"));
    CHECK(o.user_id == "1858095454");
    REQUIRE(o.config);
    CHECK(o.config->online->auto_return == "approved");
    CHECK(o.config->online->retries->allowed == false);
    CHECK(o.config->payment_method->installments->interest_free->values == std::vector<std::int64_t>{2, 6});
    CHECK(o.config->payment_method->not_allowed_ids == std::vector<std::string>{"amex"});
    CHECK(o.created_date->text() == "2026-05-21T13:10:56.845Z");
    CHECK(o.items->size() == 2);
    CHECK(o.items->at(1).warranty == false);
}

TEST_CASE("order: refunds, total and partial") {
    const auto total = fixture<mp::order>("java/order_refund_total.json");
    CHECK(total.status == mp::order_status::refunded);
    REQUIRE(total.transactions->refunds->size() == 1);
    CHECK(total.transactions->refunds->front().amount->to_string() == "200.00");
    CHECK(total.transactions->refunds->front().status == mp::order_status::processed);

    const auto partial = fixture<mp::order>("java/order_refund_partial.json");
    CHECK(partial.status == mp::order_status::processed);
    CHECK(partial.status_detail == mp::order_status_detail::partially_refunded);
    CHECK(partial.transactions->refunds->front().transaction_id == "pay_01JCK7NYARQB4J3RN0SX81MCPM");
}

TEST_CASE("order: both spellings of canceled") {
    const auto docs = fixture<mp::order>("python/order_cancel.json");
    CHECK(docs.status == mp::order_status::canceled);
    CHECK(docs.status->is_canceled());
    const auto other = decode_round_trip<mp::order>(R"({"status":"cancelled","status_detail":"cancelled"})", "ll");
    CHECK(other.status->is_canceled());
    CHECK(other.status_detail->is_canceled());
    CHECK(other.status->str() == "cancelled");  // kept as sent
    CHECK_FALSE(mp::order_status(mp::order_status::processed).is_canceled());
}

TEST_CASE("order search pages: paging values as strings or numbers") {
    const auto go = fixture<mp::data_page<mp::order>>("go/order_search.json");
    CHECK(go.paging->total == 1);
    CHECK(go.paging->limit == 30);
    CHECK(go.data.size() == 1);
    CHECK(mp::to_json(go).find(R"("total":"1")") != std::string::npos);  // still a string
    const auto java = fixture<mp::data_page<mp::order>>("java/order_search.json");
    CHECK(java.paging->total == 10);
    CHECK(java.paging->total_pages == 2);
    CHECK(mp::to_json(java).find(R"("total":10)") != std::string::npos);
}

TEST_CASE("order: amounts keep the form they came in") {
    const auto o = decode_round_trip<mp::order>(
        R"({"total_amount":"200.5","total_paid_amount":200.50,"marketplace_fee":"1E1","items":[{"unit_price":"007.00"}]})",
        "forms");
    CHECK(o.total_amount == mp::decimal::parse("200.5").value());
    CHECK(o.total_paid_amount->to_string() == "200.50");
    CHECK(o.marketplace_fee == mp::decimal::parse("10").value());
    CHECK(o.items->front().unit_price == mp::decimal::parse("7").value());

    auto bad = mp::from_json<mp::order>(R"({"total_amount":"12,00"})");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().path == "total_amount");
}

TEST_CASE("order_create_request: exact body, money as decimal strings, nothing unset sent") {
    const mp::order_create_request req{
        .processing_mode = "manual",
        .capture_mode = "manual",
        .total_amount = mp::decimal::from_cents(20000),
        .external_reference = "order-42",
        .payer = mp::order_payer{.email = "buyer@testuser.com"},
        .transactions = mp::order_transactions_request{.payments = {{
            .amount = mp::decimal::from_cents(20000),
            .payment_method = mp::order_payment_method_request{
                .id = "master", .type = "credit_card", .token = "tok-1", .installments = 3},
        }}},
        .items = std::vector<mp::order_item>{{.title = "Espresso", .unit_price = mp::decimal("200.00"), .quantity = 1}},
    };
    CHECK(mp::to_json(req) ==
          R"({"type":"online","processing_mode":"manual","capture_mode":"manual","total_amount":"200.00",)"
          R"("external_reference":"order-42","payer":{"email":"buyer@testuser.com"},)"
          R"("transactions":{"payments":[{"amount":"200.00","payment_method":{"id":"master","type":"credit_card",)"
          R"("token":"tok-1","installments":3}}]},"items":[{"title":"Espresso","unit_price":"200.00","quantity":1}]})");
    const auto back = decode_round_trip<mp::order_create_request>(mp::to_json(req), "request");
    CHECK(back.transactions->payments.front().amount == mp::decimal("200.00"));

    const mp::order_refund_request partial{.transactions = {{.id = "pay_1", .amount = mp::decimal("10.50")}}};
    CHECK(mp::to_json(partial) == R"({"transactions":[{"id":"pay_1","amount":"10.50"}]})");
}

TEST_CASE("order_failure: the declined order of a 402, nothing otherwise") {
    mp::error e;
    e.code = mp::errc::payment_required;
    e.http_status = 402;
    e.body = R"({"id":"ORD1","status":"failed","status_detail":"failed","transactions":{"payments":[)"
             R"({"id":"pay_1","status":"failed","status_detail":"rejected_by_issuer","amount":"10.00"}]}})";
    const auto o = mp::order_failure(e);
    REQUIRE(o);
    CHECK(o->status == mp::order_status::failed);
    CHECK(o->transactions->payments->front().status_detail == mp::order_status_detail::rejected_by_issuer);
    e.http_status = 409;
    CHECK_FALSE(mp::order_failure(e));
    e.http_status = 402;
    e.body = "<html>";
    CHECK_FALSE(mp::order_failure(e));
}

}  // namespace order_models_test
