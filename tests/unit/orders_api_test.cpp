// The Orders API facade against a scripted transport: the exact request of
// every operation (method, path, idempotency key on every write, body with
// money as strings), the typed answer, the 402/409/423 errors with the API's
// string codes, and search_all paging by page number.
#include <mercadopago/client.hpp>
#include <mercadopago/public_client.hpp>

#include <doctest/doctest.h>

#include "support/api_fixture.hpp"
#include "support/fixtures.hpp"

#include <string>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace orders_api_test {

namespace mp = mercadopago;
using test_support::api_fixture;
using test_support::check_request;
using test_support::drain;
using test_support::header;
using test_support::read_fixture;

TEST_CASE("api orders: create sends the order with money as strings and a key") {
    api_fixture f;
    f.t.reply(201, read_fixture("go/order_create.json"));
    const auto o = f.cli.orders().create(
        {.total_amount = mp::decimal("1000.00"),
         .external_reference = "ext_ref_1234",
         .payer = mp::order_payer{.email = "buyer@testuser.com"},
         .transactions = mp::order_transactions_request{
             .payments = {{.amount = mp::decimal("1000.00"),
                           .payment_method = mp::order_payment_method_request{
                               .id = "master", .type = "credit_card", .token = "tok", .installments = 1}}}}});
    const auto r = f.sent();
    check_request(r, mp::http_method::post, "/v1/orders");
    CHECK(r.body == R"({"type":"online","total_amount":"1000.00","external_reference":"ext_ref_1234",)"
                    R"("payer":{"email":"buyer@testuser.com"},"transactions":{"payments":[{"amount":"1000.00",)"
                    R"("payment_method":{"id":"master","type":"credit_card","token":"tok","installments":1}}]}})");
    REQUIRE_MESSAGE(o, o.error().what());
    CHECK(o->status == mp::order_status::processed);
    CHECK(o.info().idempotency_key == header(r, "X-Idempotency-Key"));
}

TEST_CASE("api orders: get, process, capture, cancel, total refund") {
    struct step {
        const char* name;
        mp::http_method method;
        const char* target;
    };
    api_fixture f;
    for (int i = 0; i < 5; ++i) f.t.reply(200, read_fixture("php/order_get.json"));
    CHECK(f.cli.orders().get("01JD/X"));
    CHECK(f.cli.orders().process("01JD"));
    CHECK(f.cli.orders().capture("01JD"));
    CHECK(f.cli.orders().cancel("01JD"));
    CHECK(f.cli.orders().refund("01JD"));
    const step expected[] = {{"get", mp::http_method::get, "/v1/orders/01JD%2FX"},
                             {"process", mp::http_method::post, "/v1/orders/01JD/process"},
                             {"capture", mp::http_method::post, "/v1/orders/01JD/capture"},
                             {"cancel", mp::http_method::post, "/v1/orders/01JD/cancel"},
                             {"refund", mp::http_method::post, "/v1/orders/01JD/refund"}};
    const auto rs = f.t.requests();
    REQUIRE(rs.size() == 5);
    for (std::size_t i = 0; i < rs.size(); ++i) {
        CAPTURE(expected[i].name);
        check_request(rs[i], expected[i].method, expected[i].target);
        CHECK(rs[i].body.empty());  // these send no body, a total refund included
    }
}

TEST_CASE("api orders: partial refund names the payment and the amount") {
    api_fixture f;
    f.t.reply(201, read_fixture("java/order_refund_partial.json"));
    const auto o = f.cli.orders().refund("01JCK7", "pay_01JCK7NYARQB4J3RN0SX81MCPM", mp::decimal("100.00"));
    const auto r = f.sent();
    check_request(r, mp::http_method::post, "/v1/orders/01JCK7/refund");
    CHECK(r.body == R"({"transactions":[{"id":"pay_01JCK7NYARQB4J3RN0SX81MCPM","amount":"100.00"}]})");
    REQUIRE(o);
    CHECK(o->status_detail == mp::order_status_detail::partially_refunded);
}

TEST_CASE("api orders: add, update and delete a transaction") {
    api_fixture f;
    f.t.reply(201, read_fixture("php/order_transaction_create.json"));
    f.t.reply(200, read_fixture("java/order_transaction_update.json"));
    f.t.reply(204, "");
    const auto added = f.cli.orders().add_transaction(
        "ORD1", {.payments = {{.amount = mp::decimal("100.00"),
                               .payment_method = mp::order_payment_method_request{.id = "master", .installments = 3}}}});
    const auto updated = f.cli.orders().update_transaction(
        "ORD1", "pay_012345", {.payment_method = mp::order_payment_method_request{.installments = 1}});
    const auto deleted = f.cli.orders().delete_transaction("ORD1", "pay_012345");
    const auto rs = f.t.requests();
    REQUIRE(rs.size() == 3);
    check_request(rs[0], mp::http_method::post, "/v1/orders/ORD1/transactions");
    CHECK(rs[0].body == R"({"payments":[{"amount":"100.00","payment_method":{"id":"master","installments":3}}]})");
    check_request(rs[1], mp::http_method::put, "/v1/orders/ORD1/transactions/pay_012345");
    CHECK(rs[1].body == R"({"payment_method":{"installments":1}})");
    check_request(rs[2], mp::http_method::del, "/v1/orders/ORD1/transactions/pay_012345");
    REQUIRE(added);
    CHECK(added->payments->front().id == "pay_01JD26HQ96FFHBD2CHDW984TZM");
    REQUIRE(updated);
    CHECK(updated->payment_method->statement_descriptor == "statement");
    CHECK(deleted);
}

TEST_CASE("api orders: errors carry the API's string codes") {
    SUBCASE("402: the failed order") {
        api_fixture f;
        f.t.reply(402, R"({"id":"ORD9","status":"failed","status_detail":"failed","transactions":{"payments":[)"
                       R"({"id":"pay_9","status":"failed","status_detail":"insufficient_amount","amount":"5.00"}]}})");
        const auto o = f.cli.orders().create({.total_amount = mp::decimal("5.00")});
        REQUIRE_FALSE(o);
        CHECK(o.error().code == mp::errc::payment_required);
        const auto failed = mp::order_failure(o.error());
        REQUIRE(failed);
        CHECK(failed->transactions->payments->front().status_detail == mp::order_status_detail::insufficient_amount);
    }
    SUBCASE("409: a state conflict, not retried") {
        api_fixture f(3);
        f.t.reply(409, R"({"errors":[{"code":"cannot_cancel_order","message":"Order cannot be canceled.",)"
                       R"("details":["status is processed"]}]})");
        const auto o = f.cli.orders().cancel("ORD1");
        REQUIRE_FALSE(o);
        CHECK(o.error().code == mp::errc::conflict);
        CHECK(o.error().has_cause(mp::order_error_codes::cannot_cancel_order));
        CHECK(o.error().attempts == 1);
    }
    SUBCASE("423 resource_locked: retried with the same key") {
        api_fixture f(2);
        f.t.reply(423, R"({"errors":[{"code":"resource_locked","message":"locked"}]})");
        f.t.reply(201, read_fixture("php/order_create.json"));
        const auto o = f.cli.orders().create({.total_amount = mp::decimal("1000.00")});
        REQUIRE_MESSAGE(o, o.error().what());
        const auto rs = f.t.requests();
        REQUIRE(rs.size() == 2);
        CHECK(header(rs[0], "X-Idempotency-Key") == header(rs[1], "X-Idempotency-Key"));
        CHECK(rs[0].body == rs[1].body);
    }
    SUBCASE("404: order_not_found") {
        api_fixture f;
        f.t.reply(404, R"({"errors":[{"code":"order_not_found","message":"Order not found."}]})");
        const auto o = f.cli.orders().get("nope");
        REQUIRE_FALSE(o);
        CHECK(o.error().code == mp::errc::not_found);
        CHECK(o.error().has_cause(mp::order_error_codes::order_not_found));
    }
}

TEST_CASE("api orders: search requires its window and pages by page number") {
    api_fixture f;
    f.t.reply(200, R"({"data":[{"id":"o1"},{"id":"o2"}],"paging":{"total":"3","total_pages":"2","offset":"0","limit":"2"}})");
    f.t.reply(200, R"({"data":[{"id":"o3"}],"paging":{"total":"3","total_pages":"2","offset":"2","limit":"2"}})");
    const auto items = drain(f.cli.orders().search_all(
        {.begin_date = "2026-01-01T00:00:00Z", .end_date = "2026-02-01T00:00:00Z", .status = "processed", .page_size = 2}));
    REQUIRE(items.size() == 3);
    CHECK(items[0]->id == "o1");
    CHECK(items[2]->id == "o3");
    const auto rs = f.t.requests();
    REQUIRE(rs.size() == 2);  // page 2 of 2 was the last: no third request
    check_request(rs[0], mp::http_method::get,
                  "/v1/orders?begin_date=2026-01-01T00%3A00%3A00Z&end_date=2026-02-01T00%3A00%3A00Z&status=processed"
                  "&page=1&page_size=2");
    CHECK(rs[1].target.find("&page=2&page_size=2") != std::string::npos);

    api_fixture one;
    one.t.reply(200, read_fixture("java/order_search.json"));
    const auto page = one.cli.orders().search({.begin_date = "NOW-1DAYS", .end_date = "NOW"});
    REQUIRE(page);
    CHECK(page->paging->total_pages == 2);
}

}  // namespace orders_api_test
