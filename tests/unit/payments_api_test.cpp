// The resource facades against a scripted transport: for every operation the
// exact request that goes out (method, target with encoded ids and query,
// credential, idempotency key, JSON body) and the typed decode of the real API
// body that comes back. Also the search pager (pages, empty page, total,
// offset cap, failing page) and the public-key client.
#include <mercadopago/client.hpp>
#ifndef MERCADOPAGO_NO_HTTPLIB
#include <mercadopago/httplib_transport.hpp>
#endif
#include <mercadopago/public_client.hpp>
#include <mercadopago/testing/scripted_transport.hpp>

#include <doctest/doctest.h>

#include "support/api_fixture.hpp"
#include "support/fixtures.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace payments_api_test {

namespace mp = mercadopago;
using mp::testing::scripted_transport;
using test_support::api_client;
using test_support::api_fixture;
using test_support::check_request;
using test_support::drain;
using test_support::cred;
using test_support::header;
using test_support::header_count;
using test_support::is_uuid_v4;
using test_support::token;
using pub_client = mp::public_client<scripted_transport>;

namespace {


void check_body(const mp::http_request& r, const std::string& expected_json) {
    INFO(mp::to_string(r.method) << " " << r.target << " body " << r.body);
    REQUIRE_FALSE(r.body.empty());
    CHECK(test_support::parse(r.body) == test_support::parse(expected_json));
}

std::string fixture(const char* name) { return test_support::read_fixture(name); }

/// A synthetic results page of payments with the given ids.
std::string payment_page(std::int64_t total, std::int64_t limit, std::int64_t offset,
                         const std::vector<std::int64_t>& ids) {
    std::string s = "{\"paging\":{\"total\":" + std::to_string(total) + ",\"limit\":" + std::to_string(limit) +
                    ",\"offset\":" + std::to_string(offset) + "},\"results\":[";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) s += ",";
        s += "{\"id\":" + std::to_string(ids[i]) + ",\"status\":\"approved\",\"transaction_amount\":10.5}";
    }
    return s + "]}";
}

/// The value of query parameter `key` in a target, if present.
std::optional<std::string> query_value(std::string_view target, std::string_view key) {
    const auto q = target.find('?');
    if (q == std::string_view::npos) return std::nullopt;
    std::string_view rest = target.substr(q + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        const auto eq = pair.find('=');
        if (pair.substr(0, eq) == key) return std::string(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
        if (amp == std::string_view::npos) break;
        rest.remove_prefix(amp + 1);
    }
    return std::nullopt;
}

std::vector<std::int64_t> sent_offsets(const scripted_transport& t) {
    std::vector<std::int64_t> out;
    for (const auto& r : t.requests()) out.push_back(std::stoll(query_value(r.target, "offset").value_or("-1")));
    return out;
}

/// Drains a paged range (with a guard against a range that never ends).

}  // namespace

// ---------------------------------------------------------------------------
// Payments
// ---------------------------------------------------------------------------

TEST_CASE("api payments: create posts the request body and decodes the approved payment") {
    api_fixture f;
    f.t.reply(201, fixture("java/payment_create_card_approved.json"), {{"x-request-id", "req-1"}});

    const mp::payment_create_request req{
        .transaction_amount = mp::decimal("100.50"),
        .token = "ff8080814c11e237014c1ff593b57b4d",
        .payment_method_id = "master",
        .installments = 1,
        .issuer_id = "24",
        .description = "PEDIDO NOVO - VIDEOGAME",
        .external_reference = "order-42",
        .capture = false,
        .payer = mp::payment_request_payer{
            .type = "customer",
            .email = "test_user_1631894348@testuser.com",
            .identification = mp::identification{.type = "CPF", .number = "19119119100"},
        },
    };
    const auto res = f.cli.payments().create(req);

    const auto r = f.sent();
    check_request(r, mp::http_method::post, "/v1/payments");
    check_body(r, R"({"transaction_amount":100.50,"token":"ff8080814c11e237014c1ff593b57b4d",
                      "payment_method_id":"master","installments":1,"issuer_id":"24",
                      "description":"PEDIDO NOVO - VIDEOGAME","external_reference":"order-42","capture":false,
                      "payer":{"type":"customer","email":"test_user_1631894348@testuser.com",
                               "identification":{"type":"CPF","number":"19119119100"}}})");
    CHECK(r.body.find("\"transaction_amount\":100.50") != std::string::npos);  // money exactly as given

    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res.info().http_status == 201);
    CHECK(res.info().request_id == "req-1");
    CHECK(res.info().idempotency_key == header(r, "X-Idempotency-Key"));
    CHECK(res.info().attempts == 1);
    CHECK(res->id == std::int64_t{17014025134});
    CHECK(res->status == mp::payment_status::approved);
    CHECK(res->status_detail == mp::payment_status_detail::accredited);
    CHECK(res->payment_type_id == mp::payment_type::credit_card);
    CHECK(res->transaction_amount == mp::decimal("12.34"));
    CHECK(res->payment_method_id == "master");
    CHECK(res->currency_id == "BRL");
    CHECK(res->installments == 1);
    CHECK(res->captured == false);
    CHECK(res->payer->id == "128185910");
}

TEST_CASE("api payments: create uses a caller's idempotency key verbatim") {
    api_fixture f;
    f.t.reply(201, fixture("java/payment_create_card_approved.json"));
    const auto res = f.cli.payments().create({.transaction_amount = mp::decimal("12.34"), .token = "tok"},
                                             mp::request_options{.idempotency_key = "k-1"});
    REQUIRE_MESSAGE(res, res.error().what());
    const auto r = f.sent();
    CHECK(header_count(r, "X-Idempotency-Key") == 1);
    CHECK(header(r, "X-Idempotency-Key") == "k-1");
    CHECK(res.info().idempotency_key == "k-1");
}

TEST_CASE("api payments: each create gets its own generated idempotency key") {
    api_fixture f;
    f.t.reply(201, fixture("java/payment_create_card_approved.json"));
    f.t.reply(201, fixture("java/payment_create_card_approved.json"));
    const mp::payment_create_request req{.transaction_amount = mp::decimal(10)};
    REQUIRE(f.cli.payments().create(req));
    REQUIRE(f.cli.payments().create(req));
    const auto rs = f.t.requests();
    REQUIRE(rs.size() == 2);
    CHECK(is_uuid_v4(header(rs[0], "X-Idempotency-Key")));
    CHECK(is_uuid_v4(header(rs[1], "X-Idempotency-Key")));
    CHECK(header(rs[0], "X-Idempotency-Key") != header(rs[1], "X-Idempotency-Key"));
}

TEST_CASE("api payments: a malformed caller idempotency key is refused before sending") {
    api_fixture f;
    const auto res = f.cli.payments().create({.transaction_amount = mp::decimal(1)},
                                             mp::request_options{.idempotency_key = "has space"});
    REQUIRE_FALSE(res);
    CHECK(res.error().code == mp::errc::invalid_argument);
    CHECK(f.t.requests().empty());
}

TEST_CASE("api payments: get by int64 id") {
    api_fixture f;
    f.t.reply(200, fixture("java/payment_create_card_approved.json"));
    const auto res = f.cli.payments().get(std::int64_t{17014025134});
    check_request(f.sent(), mp::http_method::get, "/v1/payments/17014025134");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res.info().idempotency_key.empty());
    CHECK(res->id == std::int64_t{17014025134});
    CHECK(res->status == mp::payment_status::approved);
    CHECK(res->transaction_amount == mp::decimal("12.34"));
}

TEST_CASE("api payments: get by webhook text id, percent-encoded in its segment") {
    api_fixture f;
    f.t.reply(200, fixture("java/payment_create_card_approved.json"));
    REQUIRE(f.cli.payments().get("17014025134"));
    f.t.reply(200, fixture("java/payment_create_card_approved.json"));
    REQUIRE(f.cli.payments().get("1/../2?x=y#z"));
    const auto rs = f.t.requests();
    REQUIRE(rs.size() == 2);
    CHECK(rs[0].target == "/v1/payments/17014025134");
    CHECK(rs[1].target == "/v1/payments/1%2F..%2F2%3Fx%3Dy%23z");
}

TEST_CASE("api payments: empty and relative path ids are refused without a request") {
    api_fixture f;
    for (const char* bad : {"", ".", ".."}) {
        CAPTURE(bad);
        const auto res = f.cli.payments().get(bad);
        REQUIRE_FALSE(res);
        CHECK(res.error().code == mp::errc::invalid_argument);
    }
    CHECK(f.t.requests().empty());
}

TEST_CASE("api payments: search sends the query and decodes the results page") {
    api_fixture f;
    f.t.reply(200, fixture("java/payment_search.json"));
    const auto res = f.cli.payments().search({.limit = 5, .sort = "date_created", .criteria = "desc"});
    check_request(f.sent(), mp::http_method::get, "/v1/payments/search?limit=5&sort=date_created&criteria=desc");
    REQUIRE_MESSAGE(res, res.error().what());
    REQUIRE(res->paging);
    CHECK(res->paging->total == 102);
    CHECK(res->paging->limit == 5);
    CHECK(res->paging->offset == 0);
    REQUIRE(res->results.size() == 5);
    CHECK(res->results[0].id == std::int64_t{1241012238});
    CHECK(res->results[0].status == mp::payment_status::cancelled);
    CHECK(res->results[0].status_detail == mp::payment_status_detail::expired);
    CHECK(res->results[2].id == std::int64_t{1241011467});
    CHECK(res->results[2].status == mp::payment_status::approved);
    CHECK(res->results[2].status_detail == mp::payment_status_detail::partially_refunded);
    CHECK(res->results[2].transaction_amount == mp::decimal(100));
}

TEST_CASE("api payments: payment_search_query with every field builds the documented query string") {
    const mp::payment_search_query q{
        .limit = 50,
        .offset = 100,
        .sort = "date_created",
        .criteria = "desc",
        .range = "date_created",
        .begin_date = "NOW-30DAYS",
        .end_date = "NOW",
        .external_reference = "order 42/x",
        .status = "approved",
        .filters = {{"payer.id", "123"}, {"payment_method_id", "visa"}},
    };
    const mp::query_params expected{{"limit", "50"},
                                    {"offset", "100"},
                                    {"sort", "date_created"},
                                    {"criteria", "desc"},
                                    {"range", "date_created"},
                                    {"begin_date", "NOW-30DAYS"},
                                    {"end_date", "NOW"},
                                    {"external_reference", "order 42/x"},
                                    {"status", "approved"},
                                    {"payer.id", "123"},
                                    {"payment_method_id", "visa"}};
    CHECK(q.to_query() == expected);
    CHECK(mp::payment_search_query{}.to_query().empty());

    api_fixture f;
    f.t.reply(200, fixture("java/payment_search_empty.json"));
    REQUIRE(f.cli.payments().search(q));
    check_request(f.sent(), mp::http_method::get,
                  "/v1/payments/search?limit=50&offset=100&sort=date_created&criteria=desc&range=date_created"
                  "&begin_date=NOW-30DAYS&end_date=NOW&external_reference=order%2042%2Fx&status=approved"
                  "&payer.id=123&payment_method_id=visa");
}

TEST_CASE("api payments: update sends only the members set") {
    api_fixture f;
    f.t.reply(200, fixture("java/payment_create_card_approved.json"));
    mp::payment_update_request req{.transaction_amount = mp::decimal("10.00")};
    req.extra.emplace("metadata", boost::json::object{{"note", "fixed"}});
    const auto res = f.cli.payments().update(std::int64_t{17014025134}, req);
    const auto r = f.sent();
    check_request(r, mp::http_method::put, "/v1/payments/17014025134");
    check_body(r, R"({"transaction_amount":10.00,"metadata":{"note":"fixed"}})");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->id == std::int64_t{17014025134});
}

TEST_CASE("api payments: full capture is PUT {\"capture\":true}") {
    api_fixture f;
    f.t.reply(200, fixture("java/payment_create_card_approved.json"));
    const auto res = f.cli.payments().capture(std::int64_t{17014025134});
    const auto r = f.sent();
    check_request(r, mp::http_method::put, "/v1/payments/17014025134");
    CHECK(r.body == R"({"capture":true})");
    check_body(r, R"({"capture":true})");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->status == mp::payment_status::approved);
}

TEST_CASE("api payments: partial capture sends the amount with capture") {
    api_fixture f;
    f.t.reply(200, fixture("java/payment_create_card_approved.json"));
    const auto res = f.cli.payments().capture(std::int64_t{17014025134}, mp::decimal("7.5"));
    const auto r = f.sent();
    check_request(r, mp::http_method::put, "/v1/payments/17014025134");
    check_body(r, R"({"capture":true,"transaction_amount":7.5})");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->transaction_amount == mp::decimal("12.34"));
}

TEST_CASE("api payments: cancel is PUT {\"status\":\"cancelled\"} and decodes the cancelled payment") {
    api_fixture f;
    f.t.reply(200, fixture("java/payment_cancelled.json"));
    const auto res = f.cli.payments().cancel("17014025134");
    const auto r = f.sent();
    check_request(r, mp::http_method::put, "/v1/payments/17014025134");
    check_body(r, R"({"status":"cancelled"})");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->id == std::int64_t{17014025134});
    CHECK(res->status == mp::payment_status::cancelled);
    CHECK(res->captured == true);
    CHECK(res->transaction_amount == mp::decimal("12.34"));
}

TEST_CASE("api payments: a per-call access token replaces the client's") {
    api_fixture f;
    f.t.reply(200, fixture("java/payment_create_card_approved.json"));
    REQUIRE(f.cli.payments().get(1, mp::request_options{.access_token = "APP_USR-seller-2"}));
    CHECK(header(f.sent(), "Authorization") == "Bearer APP_USR-seller-2");
}

TEST_CASE("api payments: a client without an access token refuses to call") {
    scripted_transport t;
    api_client cli(mp::client_options{}, t);
    const auto res = cli.payments().get(1);
    REQUIRE_FALSE(res);
    CHECK(res.error().code == mp::errc::invalid_argument);
    CHECK(t.requests().empty());
}

TEST_CASE("api payments: a base_url path prefix is kept in front of every target") {
    scripted_transport t;
    mp::client_options o;
    o.access_token = token;
    o.base_url = "https://proxy.example.com/mp/";
    api_client cli(o, t);
    t.reply(200, fixture("java/payment_create_card_approved.json"));
    REQUIRE(cli.payments().get(std::int64_t{17014025134}));
    REQUIRE(t.requests().size() == 1);
    CHECK(t.requests()[0].target == "/mp/v1/payments/17014025134");
}

// ---------------------------------------------------------------------------
// search_all: the pager
// ---------------------------------------------------------------------------

TEST_CASE("api search_all: three pages yield every result in order, offsets 0, 2, 4") {
    api_fixture f;
    f.t.reply(200, payment_page(5, 2, 0, {1, 2}));
    f.t.reply(200, payment_page(5, 2, 2, {3, 4}));
    f.t.reply(200, payment_page(5, 2, 4, {5}));

    const auto items = drain(f.cli.payments().search_all({.limit = 2, .external_reference = "order-42"}));
    REQUIRE(items.size() == 5);
    for (std::size_t i = 0; i < items.size(); ++i) {
        CAPTURE(i);
        REQUIRE_MESSAGE(items[i], items[i].error().what());
        CHECK(items[i]->id == static_cast<std::int64_t>(i + 1));
        CHECK(items[i]->transaction_amount == mp::decimal("10.5"));
    }
    const auto rs = f.t.requests();
    REQUIRE(rs.size() == 3);  // offset 5 >= total 5: no fourth request
    CHECK(rs[0].target == "/v1/payments/search?limit=2&offset=0&external_reference=order-42");
    CHECK(rs[1].target == "/v1/payments/search?limit=2&offset=2&external_reference=order-42");
    CHECK(rs[2].target == "/v1/payments/search?limit=2&offset=4&external_reference=order-42");
    for (const auto& r : rs) check_request(r, mp::http_method::get, r.target);
    CHECK(f.t.pending() == 0);
}

TEST_CASE("api search_all: stops at paging.total without an extra request") {
    api_fixture f;
    f.t.reply(200, payment_page(4, 2, 0, {1, 2}));
    f.t.reply(200, payment_page(4, 2, 2, {3, 4}));
    f.t.reply(200, payment_page(4, 2, 4, {99}));  // must never be asked for

    const auto items = drain(f.cli.payments().search_all({.limit = 2}));
    REQUIRE(items.size() == 4);
    for (const auto& it : items) CHECK(it.has_value());
    CHECK(items.back()->id == 4);
    CHECK(sent_offsets(f.t) == std::vector<std::int64_t>{0, 2});
    CHECK(f.t.pending() == 1);
}

namespace {
struct summary {
    std::optional<std::string> id;
    mp::extra_fields extra;
    MERCADOPAGO_FIELDS(summary, id);
};
/// An elements-page search (the shape of /merchant_orders/search): the same
/// search_all serves it.
using summaries_search =
    mp::endpoint<mp::http_method::get, "/v1/summaries/search", mp::no_body, mp::elements_page<summary>>;
}  // namespace

TEST_CASE("api search_all: one implementation serves elements pages too") {
    api_fixture f;
    f.t.reply(200, R"({"elements":[{"id":"a"},{"id":"b"}],"next_offset":2,"total":3})");
    f.t.reply(200, R"({"elements":[{"id":"c"}],"next_offset":3,"total":3})");
    f.t.reply(200, R"({"elements":[{"id":"never"}],"total":3})");  // must never be asked for
    const auto items = drain(mp::search_all<summaries_search>(f.cli, mp::payment_search_query{.limit = 2}, {}));
    REQUIRE(items.size() == 3);
    CHECK(items[0]->id == "a");
    CHECK(items[2]->id == "c");
    CHECK(sent_offsets(f.t) == std::vector<std::int64_t>{0, 2});
    CHECK(f.t.pending() == 1);
}

TEST_CASE("api search_all: an elements page's next_offset is followed, not recomputed") {
    api_fixture f;
    // As in go/preference_search.json: one element, next_offset 22.
    f.t.reply(200, R"({"elements":[{"id":"a"}],"next_offset":22,"total":24})");
    f.t.reply(200, R"({"elements":[{"id":"b"}],"next_offset":23,"total":24})");
    // A next_offset behind the position is not believed (it would repeat a page for ever).
    f.t.reply(200, R"({"elements":[{"id":"c"}],"next_offset":0,"total":30})");
    f.t.reply(200, R"({"elements":[],"next_offset":24,"total":30})");
    const auto items = drain(mp::search_all<summaries_search>(f.cli, mp::payment_search_query{.limit = 2}, {}));
    REQUIRE(items.size() == 3);
    CHECK(items[1]->id == "b");
    CHECK(sent_offsets(f.t) == std::vector<std::int64_t>{0, 22, 23, 24});
}

TEST_CASE("api search_all: advances by the items received, not by limit") {
    api_fixture f;
    f.t.reply(200, payment_page(3, 50, 0, {1, 2}));  // fewer than limit
    f.t.reply(200, payment_page(3, 50, 2, {3}));
    const auto items = drain(f.cli.payments().search_all({.limit = 50}));
    CHECK(items.size() == 3);
    CHECK(sent_offsets(f.t) == std::vector<std::int64_t>{0, 2});
}

TEST_CASE("api search_all: an empty page ends the range even when total says more") {
    SUBCASE("the real empty page past the end (offset 100 of 102)") {
        api_fixture f;
        f.t.reply(200, fixture("java/payment_search_empty.json"));
        f.t.reply(200, payment_page(102, 5, 100, {1}));  // must never be asked for
        const auto items = drain(f.cli.payments().search_all({.limit = 5, .offset = 100}));
        CHECK(items.empty());
        CHECK(sent_offsets(f.t) == std::vector<std::int64_t>{100});
        CHECK(f.t.pending() == 1);
    }
    SUBCASE("after a full page") {
        api_fixture f;
        f.t.reply(200, payment_page(102, 2, 0, {1, 2}));
        f.t.reply(200, payment_page(102, 2, 2, {}));
        f.t.reply(200, payment_page(102, 2, 2, {3, 4}));  // must never be asked for
        const auto items = drain(f.cli.payments().search_all({.limit = 2}));
        REQUIRE(items.size() == 2);
        CHECK(items[0]->id == 1);
        CHECK(items[1]->id == 2);
        CHECK(sent_offsets(f.t) == std::vector<std::int64_t>{0, 2});
        CHECK(f.t.pending() == 1);
    }
}

TEST_CASE("api search_all: the offset cap ends the range with one error element") {
    api_fixture f;
    f.t.reply(200, payment_page(20000, 1, 9999, {42}));
    f.t.reply(200, payment_page(20000, 1, 10000, {43}));  // must never be asked for

    const auto items = drain(f.cli.payments().search_all({.limit = 1, .offset = 9999}));
    REQUIRE(items.size() == 2);
    REQUIRE(items[0]);
    CHECK(items[0]->id == 42);
    REQUIRE_FALSE(items[1]);
    CHECK(items[1].error().code == mp::errc::invalid_argument);
    CHECK(items[1].error().message.find("offset cap") != std::string::npos);
    CHECK(items[1].error().message.find("10000") != std::string::npos);

    const auto offsets = sent_offsets(f.t);
    CHECK(offsets == std::vector<std::int64_t>{9999});
    for (auto o : offsets) CHECK(o < mp::max_search_offset);
    CHECK(f.t.pending() == 1);
}

TEST_CASE("api search_all: a start at the offset cap yields only the error, sending nothing") {
    api_fixture f;
    const auto items = drain(f.cli.payments().search_all({.offset = 10000}));
    REQUIRE(items.size() == 1);
    REQUIRE_FALSE(items[0]);
    CHECK(items[0].error().message.find("offset cap") != std::string::npos);
    CHECK(f.t.requests().empty());
}

TEST_CASE("api search_all: a failing page becomes one error element, then the range ends") {
    api_fixture f;  // max_retries = 0
    f.t.reply(200, payment_page(5, 2, 0, {1, 2}));
    f.t.reply(500, R"({"message":"internal error","error":"internal_server_error","status":500,"cause":[]})",
              {{"x-request-id", "req-500"}});
    f.t.reply(200, payment_page(5, 2, 4, {5}));  // must never be asked for

    auto range = f.cli.payments().search_all({.limit = 2});
    auto it = range.begin();
    REQUIRE(it != range.end());
    REQUIRE(*it);
    CHECK((*it)->id == 1);
    ++it;
    REQUIRE(it != range.end());
    REQUIRE(*it);
    CHECK((*it)->id == 2);
    ++it;
    REQUIRE(it != range.end());
    REQUIRE_FALSE(*it);
    CHECK(it->error().code == mp::errc::server);
    CHECK(it->error().http_status == 500);
    CHECK(it->error().request_id == "req-500");
    CHECK(it->error().attempts == 1);
    ++it;
    CHECK(it == range.end());
    ++it;  // stays ended
    CHECK(it == range.end());

    CHECK(sent_offsets(f.t) == std::vector<std::int64_t>{0, 2});
    CHECK(f.t.pending() == 1);
}

TEST_CASE("api search_all: a page that succeeds on retry continues the range") {
    api_fixture f(1);
    f.t.reply(200, payment_page(3, 2, 0, {1, 2}));
    f.t.reply(503);
    f.t.reply(200, payment_page(3, 2, 2, {3}));
    const auto items = drain(f.cli.payments().search_all({.limit = 2}));
    REQUIRE(items.size() == 3);
    for (const auto& it : items) CHECK(it.has_value());
    CHECK(sent_offsets(f.t) == std::vector<std::int64_t>{0, 2, 2});
    CHECK(f.time.sleeps().size() == 1);
}

TEST_CASE("api search_all: nothing is sent until the range is iterated") {
    api_fixture f;
    f.t.reply(200, payment_page(1, 2, 0, {1}));
    auto range = f.cli.payments().search_all();
    CHECK(f.t.requests().empty());
    const auto items = drain(range);
    CHECK(items.size() == 1);
    CHECK(f.t.requests().size() == 1);
    CHECK(f.t.requests()[0].target == "/v1/payments/search?offset=0");
}

// ---------------------------------------------------------------------------
// Refunds
// ---------------------------------------------------------------------------

TEST_CASE("api refunds: a full refund posts exactly {}") {
    api_fixture f;
    f.t.reply(201, fixture("java/refund_create.json"));
    const auto res = f.cli.refunds().create(std::int64_t{17014025134});
    const auto r = f.sent();
    check_request(r, mp::http_method::post, "/v1/payments/17014025134/refunds");
    CHECK(r.body == "{}");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->id == std::int64_t{1245678203});
    CHECK(res->payment_id == std::int64_t{17014025134});
    CHECK(res->amount == mp::decimal(50));
    CHECK(res->status == mp::refund_status::approved);
    CHECK(res->refund_mode == "standard");
    CHECK(res->source->id == "823549964");
}

TEST_CASE("api refunds: a partial refund posts the amount") {
    api_fixture f;
    f.t.reply(201, fixture("java/refund_create_partial.json"));
    const auto res = f.cli.refunds().create(std::int64_t{17014025134}, mp::decimal("12.34"));
    const auto r = f.sent();
    check_request(r, mp::http_method::post, "/v1/payments/17014025134/refunds");
    CHECK(r.body == R"({"amount":12.34})");
    check_body(r, R"({"amount":12.34})");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->id == std::int64_t{934723769});
    CHECK(res->amount == mp::decimal("12.34"));
    CHECK(res->status == mp::refund_status::approved);
}

TEST_CASE("api refunds: get by payment and refund id") {
    api_fixture f;
    f.t.reply(200, fixture("go/refund_get.json"));
    const auto res = f.cli.refunds().get(std::int64_t{7186040733}, std::int64_t{1622029222});
    check_request(f.sent(), mp::http_method::get, "/v1/payments/7186040733/refunds/1622029222");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->id == std::int64_t{1622029222});
    CHECK(res->payment_id == std::int64_t{7186040733});
    CHECK(res->amount == mp::decimal("1.5"));
    CHECK(res->status == mp::refund_status::approved);
}

TEST_CASE("api refunds: list decodes the bare array") {
    api_fixture f;
    f.t.reply(200, fixture("java/refund_list.json"));
    const auto res = f.cli.refunds().list(std::int64_t{17014025134});
    check_request(f.sent(), mp::http_method::get, "/v1/payments/17014025134/refunds");
    REQUIRE_MESSAGE(res, res.error().what());
    REQUIRE(res->size() == 2);
    CHECK((*res)[0].id == std::int64_t{1245678203});
    CHECK((*res)[1].id == std::int64_t{1245677387});
    CHECK((*res)[1].amount == mp::decimal(50));
}

// ---------------------------------------------------------------------------
// Customers
// ---------------------------------------------------------------------------

TEST_CASE("api customers: create") {
    api_fixture f;
    f.t.reply(201, fixture("java/customer_get.json"));
    const mp::customer_request req{
        .email = "test_payer_1629112604@testuser.com",
        .first_name = "Jhon",
        .last_name = "Doe",
        .phone = mp::phone{.area_code = "55", .number = "991234567"},
        .identification = mp::identification{.type = "CPF", .number = "12345678900"},
        .description = "Description del user",
    };
    const auto res = f.cli.customers().create(req);
    const auto r = f.sent();
    check_request(r, mp::http_method::post, "/v1/customers");
    check_body(r, R"({"email":"test_payer_1629112604@testuser.com","first_name":"Jhon","last_name":"Doe",
                      "phone":{"area_code":"55","number":"991234567"},
                      "identification":{"type":"CPF","number":"12345678900"},
                      "description":"Description del user"})");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->id == "1068193981-pXRewrKqlP6pnn");
    CHECK(res->email == "test_payer_1629112604@testuser.com");
    CHECK(res->address->street_number == "123");  // a number on the wire
    REQUIRE(res->cards);
    REQUIRE(res->cards->size() == 1);
    CHECK((*res->cards)[0].id == "1643916656196");
    CHECK((*res->cards)[0].issuer->id == "24");
    CHECK(res->default_card == "1643916656196");
}

TEST_CASE("api customers: get percent-encodes the id") {
    api_fixture f;
    f.t.reply(200, fixture("java/customer_get.json"));
    const auto res = f.cli.customers().get("a/b?c");
    check_request(f.sent(), mp::http_method::get, "/v1/customers/a%2Fb%3Fc");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->id == "1068193981-pXRewrKqlP6pnn");
    CHECK(res->identification->number == "12345678900");
}

TEST_CASE("api customers: update sends only the members set") {
    api_fixture f;
    f.t.reply(200, fixture("java/customer_get.json"));
    const auto res = f.cli.customers().update(std::string("1068193981-pXRewrKqlP6pnn"),
                                              {.first_name = "Jane", .default_card = "1643916656196"});
    const auto r = f.sent();
    check_request(r, mp::http_method::put, "/v1/customers/1068193981-pXRewrKqlP6pnn");
    check_body(r, R"({"first_name":"Jane","default_card":"1643916656196"})");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->last_name == "Doe");
}

TEST_CASE("api customers: remove is a keyed DELETE without a body") {
    api_fixture f;
    f.t.reply(200, fixture("java/customer_get.json"));
    const auto res = f.cli.customers().remove("1068193981-pXRewrKqlP6pnn");
    const auto r = f.sent();
    check_request(r, mp::http_method::del, "/v1/customers/1068193981-pXRewrKqlP6pnn");
    CHECK(r.body.empty());
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->id == "1068193981-pXRewrKqlP6pnn");
    CHECK(res.info().idempotency_key == header(r, "X-Idempotency-Key"));
}

TEST_CASE("api customers: search by e-mail") {
    api_fixture f;
    f.t.reply(200, fixture("java/customer_search.json"));
    const auto res = f.cli.customers().search({.email = "test_payer_999955@testuser.com"});
    check_request(f.sent(), mp::http_method::get, "/v1/customers/search?email=test_payer_999955%40testuser.com");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->paging->total == 1);
    CHECK(res->paging->limit == 10);
    REQUIRE(res->results.size() == 1);
    const auto& c = res->results[0];
    CHECK(c.id == "000000001-sT93QZFAsfxU9P5");
    CHECK(c.phone->area_code == "11");  // numbers on the wire
    CHECK(c.phone->number == "99999999");
    CHECK(c.identification->number == "19119119100");
    CHECK(c.live_mode == true);
}

TEST_CASE("api customers: customer_search_query has the customer search's own fields") {
    const mp::customer_search_query q{.limit = 5,
                                      .offset = 10,
                                      .email = "a@b.co",
                                      .first_name = "Ana",
                                      .last_name = "Silva",
                                      .identification_type = "CPF",
                                      .identification_number = "19119119100",
                                      .filters = {{"phone.number", "99999999"}}};
    const mp::query_params expected{{"limit", "5"},       {"offset", "10"},
                                    {"email", "a@b.co"},  {"first_name", "Ana"},
                                    {"last_name", "Silva"}, {"identification.type", "CPF"},
                                    {"identification.number", "19119119100"}, {"phone.number", "99999999"}};
    CHECK(q.to_query() == expected);
    CHECK(mp::customer_search_query{}.to_query().empty());
}

TEST_CASE("api customers: search_all pages through every customer") {
    api_fixture f;
    f.t.reply(200, R"({"paging":{"limit":2,"offset":0,"total":3},"results":[{"id":"c-1"},{"id":"c-2"}]})");
    f.t.reply(200, R"({"paging":{"limit":2,"offset":2,"total":3},"results":[{"id":"c-3"}]})");
    const auto items = drain(f.cli.customers().search_all({.limit = 2, .filters = {{"email", "a@b.c"}}}));
    REQUIRE(items.size() == 3);
    CHECK(items[0]->id == "c-1");
    CHECK(items[1]->id == "c-2");
    CHECK(items[2]->id == "c-3");
    const auto rs = f.t.requests();
    REQUIRE(rs.size() == 2);
    CHECK(rs[0].target == "/v1/customers/search?limit=2&offset=0&email=a%40b.c");
    CHECK(rs[1].target == "/v1/customers/search?limit=2&offset=2&email=a%40b.c");
    for (const auto& r : rs) check_request(r, mp::http_method::get, r.target);
}

TEST_CASE("api customers: search_all stops on an empty page and after a failure") {
    SUBCASE("empty page") {
        api_fixture f;
        f.t.reply(200, R"({"paging":{"limit":2,"offset":0,"total":50},"results":[]})");
        CHECK(drain(f.cli.customers().search_all()).empty());
        CHECK(f.t.requests().size() == 1);
    }
    SUBCASE("failure") {
        api_fixture f;
        f.t.reply(404, R"({"message":"not found","error":"not_found","status":404,"cause":[]})");
        const auto items = drain(f.cli.customers().search_all());
        REQUIRE(items.size() == 1);
        REQUIRE_FALSE(items[0]);
        CHECK(items[0].error().code == mp::errc::not_found);
        CHECK(f.t.requests().size() == 1);
    }
}

// ---------------------------------------------------------------------------
// Saved cards
// ---------------------------------------------------------------------------

TEST_CASE("api cards: create saves a card token to a customer") {
    api_fixture f;
    f.t.reply(201, fixture("java/customer_card_get.json"));
    const auto res = f.cli.cards().create(
        "649457098-FybpOkG6zH8QRm",
        {.token = "9b2d63e00d66a8c721607214cedaecda",
         .issuer = mp::card_issuer{.id = "25"},
         .payment_method_id = "visa"});
    const auto r = f.sent();
    check_request(r, mp::http_method::post, "/v1/customers/649457098-FybpOkG6zH8QRm/cards");
    check_body(r, R"({"token":"9b2d63e00d66a8c721607214cedaecda","issuer":{"id":"25"},"payment_method_id":"visa"})");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->id == "1562188766852");  // numbers on the wire
    CHECK(res->first_six_digits == "423564");
    CHECK(res->last_four_digits == "5682");
    CHECK(res->user_id == "448870796");
    CHECK(res->customer_id == "649457098-FybpOkG6zH8QRm");
    CHECK(res->expiration_year == 2023);
    CHECK(res->payment_method->id == "visa");
}

TEST_CASE("api cards: get with both ids encoded") {
    api_fixture f;
    f.t.reply(200, fixture("java/customer_card_get.json"));
    const auto res = f.cli.cards().get("a/b?c", std::int64_t{1562188766852});
    check_request(f.sent(), mp::http_method::get, "/v1/customers/a%2Fb%3Fc/cards/1562188766852");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->id == "1562188766852");
    CHECK(res->security_code->length == 3);
    CHECK(res->cardholder->identification->number == "19119119100");
}

TEST_CASE("api cards: update") {
    api_fixture f;
    f.t.reply(200, fixture("java/customer_card_get.json"));
    const auto res = f.cli.cards().update("649457098-FybpOkG6zH8QRm", "1562188766852",
                                          {.expiration_month = 7, .expiration_year = 2030});
    const auto r = f.sent();
    check_request(r, mp::http_method::put, "/v1/customers/649457098-FybpOkG6zH8QRm/cards/1562188766852");
    check_body(r, R"({"expiration_month":7,"expiration_year":2030})");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->expiration_month == 6);
}

TEST_CASE("api cards: remove") {
    api_fixture f;
    f.t.reply(200, fixture("java/customer_card_get.json"));
    const auto res = f.cli.cards().remove("649457098-FybpOkG6zH8QRm", "1562188766852");
    const auto r = f.sent();
    check_request(r, mp::http_method::del, "/v1/customers/649457098-FybpOkG6zH8QRm/cards/1562188766852");
    CHECK(r.body.empty());
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->id == "1562188766852");
}

TEST_CASE("api cards: list decodes the bare array") {
    api_fixture f;
    f.t.reply(200, fixture("java/customer_card_list.json"));
    const auto res = f.cli.cards().list("649457098-FybpOkG6zH8QRm");
    check_request(f.sent(), mp::http_method::get, "/v1/customers/649457098-FybpOkG6zH8QRm/cards");
    REQUIRE_MESSAGE(res, res.error().what());
    REQUIRE(res->size() == 1);
    CHECK((*res)[0].id == "1562188766852");
    CHECK((*res)[0].issuer->id == "25");
}

// ---------------------------------------------------------------------------
// Card tokens, payment methods, identification types, users (access token)
// ---------------------------------------------------------------------------

TEST_CASE("api card_tokens: create from a saved card and get") {
    api_fixture f;
    f.t.reply(201, fixture("java/card_token_create.json"));
    f.t.reply(200, fixture("java/card_token_create.json"));
    const auto created = f.cli.card_tokens().create(
        {.security_code = "123", .card_id = "989192037129", .customer_id = "1068193981-pXRewrKqlP6pnn"});
    const auto got = f.cli.card_tokens().get("97849c845e879427b5cb1cb941a52806");

    const auto rs = f.t.requests();
    REQUIRE(rs.size() == 2);
    check_request(rs[0], mp::http_method::post, "/v1/card_tokens");
    check_body(rs[0], R"({"security_code":"123","card_id":"989192037129","customer_id":"1068193981-pXRewrKqlP6pnn"})");
    check_request(rs[1], mp::http_method::get, "/v1/card_tokens/97849c845e879427b5cb1cb941a52806");

    for (const auto* res : {&created, &got}) {
        REQUIRE_MESSAGE(*res, res->error().what());
        CHECK((*res)->id == "97849c845e879427b5cb1cb941a52806");
        CHECK((*res)->card_id == "989192037129");
        CHECK((*res)->status == "active");
        CHECK((*res)->last_four_digits == "6351");
        CHECK((*res)->expiration_year == 2025);
        CHECK((*res)->date_due->text() == "2022-02-01T08:03:55.227-04:00");
    }
}

TEST_CASE("api payment_methods: list") {
    api_fixture f;
    f.t.reply(200, fixture("java/payment_methods_list.json"));
    const auto res = f.cli.payment_methods().list();
    check_request(f.sent(), mp::http_method::get, "/v1/payment_methods");
    REQUIRE_MESSAGE(res, res.error().what());
    REQUIRE(res->size() == 15);
    CHECK((*res)[0].id == "debmaster");
    CHECK((*res)[0].status == mp::payment_method_status::testing);
    const auto& visa = (*res)[9];
    CHECK(visa.id == "visa");
    CHECK(visa.status == mp::payment_method_status::active);
    CHECK(visa.payment_type_id == "credit_card");
    CHECK(visa.min_allowed_amount == mp::decimal("0.5"));
    CHECK(visa.max_allowed_amount == mp::decimal(60000));
    REQUIRE(visa.settings);
    REQUIRE(visa.settings->size() == 1);
    CHECK((*visa.settings)[0].card_number->length == 16);
    CHECK((*visa.settings)[0].security_code->length == 3);
}

namespace {

const char* const bin_search_body = R"json({"paging":{"total":1,"limit":18,"offset":0},"results":[{
    "id":"visa","name":"Visa","payment_type_id":"credit_card","status":"active",
    "secure_thumbnail":"https://www.mercadopago.com/org-img/MP3/API/logos/visa.gif",
    "thumbnail":"http://img.mlstatic.com/org-img/MP3/API/logos/visa.gif","deferred_capture":"supported",
    "settings":[{"card_number":{"validation":"standard","length":16},"bin":{"pattern":"^4","installments_pattern":"^4",
                 "exclusion_pattern":null},"security_code":{"length":3,"card_location":"back","mode":"mandatory"}}],
    "additional_info_needed":["cardholder_name"],"min_allowed_amount":0.5,"max_allowed_amount":250000,
    "accreditation_time":2880,"financial_institutions":[],"processing_modes":["aggregator"],
    "issuer":{"id":25,"name":"Visa","default":true},"total_financial_cost":null}]})json";

const char* const installments_body = R"json([{"payment_method_id":"visa","payment_type_id":"credit_card",
    "issuer":{"id":"288","name":"Tarjeta Shopping",
              "secure_thumbnail":"https://www.mercadopago.com/org-img/MP3/API/logos/288.gif",
              "thumbnail":"http://img.mlstatic.com/org-img/MP3/API/logos/288.gif"},
    "processing_mode":"aggregator","merchant_account_id":null,
    "payer_costs":[
      {"installments":1,"installment_rate":0,"discount_rate":0,"reimbursement_rate":null,"labels":[],
       "installment_rate_collector":["MERCADOPAGO"],"min_allowed_amount":2,"max_allowed_amount":5000000,
       "recommended_message":"1 cuota de $ 100,00 ($ 100,00)","installment_amount":100,"total_amount":100,
       "payment_method_option_id":"1.AQokODllZjQyOGEtN2I"},
      {"installments":3,"installment_rate":16.99,"discount_rate":0,"reimbursement_rate":null,
       "labels":["CFT_45,32%|TEA_38,51%"],"installment_rate_collector":["THIRD_PARTY"],"min_allowed_amount":2,
       "max_allowed_amount":5000000,"recommended_message":"3 cuotas de $ 39,00 ($ 116,99)",
       "installment_amount":39,"total_amount":116.99,"payment_method_option_id":"1.AQokODllZjQyOGEtN3I"}],
    "agreements":null}])json";

const char* const card_issuers_body = R"json([{"id":"288","name":"Tarjeta Shopping",
    "secure_thumbnail":"https://www.mercadopago.com/org-img/MP3/API/logos/288.gif",
    "thumbnail":"http://img.mlstatic.com/org-img/MP3/API/logos/288.gif","processing_mode":"aggregator",
    "merchant_account_id":null,"status":"active"},{"id":"25","name":"Visa","processing_mode":"aggregator"}])json";

const mp::installments_query full_installments_query{
    .amount = mp::decimal("100.50"),
    .bin = "450995",
    .payment_method_id = "visa",
    .issuer_id = "288",
    .payment_type_id = "credit_card",
    .locale = "es-AR",
};

void check_bin_search(const mp::api_result<mp::results_page<mp::payment_method>>& res) {
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->paging->total == 1);
    REQUIRE(res->results.size() == 1);
    CHECK(res->results[0].id == "visa");
    CHECK(res->results[0].max_allowed_amount == mp::decimal(250000));
    CHECK(res->results[0].extra.contains("issuer"));  // undeclared member kept
}

void check_installments(const mp::api_result<std::vector<mp::installment_options>>& res) {
    REQUIRE_MESSAGE(res, res.error().what());
    REQUIRE(res->size() == 1);
    const auto& o = (*res)[0];
    CHECK(o.payment_method_id == "visa");
    CHECK(o.issuer->id == "288");
    CHECK(o.issuer->name == "Tarjeta Shopping");
    REQUIRE(o.payer_costs);
    REQUIRE(o.payer_costs->size() == 2);
    const auto& three = (*o.payer_costs)[1];
    CHECK(three.installments == 3);
    CHECK(three.installment_rate == mp::decimal("16.99"));
    CHECK(three.installment_amount == mp::decimal(39));
    CHECK(three.total_amount == mp::decimal("116.99"));
    CHECK(three.recommended_message == "3 cuotas de $ 39,00 ($ 116,99)");
    CHECK_FALSE(three.reimbursement_rate.has_value());
}

void check_card_issuers(const mp::api_result<std::vector<mp::issuer>>& res) {
    REQUIRE_MESSAGE(res, res.error().what());
    REQUIRE(res->size() == 2);
    CHECK((*res)[0].id == "288");
    CHECK((*res)[0].name == "Tarjeta Shopping");
    CHECK((*res)[0].status == "active");
    CHECK((*res)[1].id == "25");
}

void check_identification_types(const mp::api_result<std::vector<mp::identification_type>>& res) {
    REQUIRE_MESSAGE(res, res.error().what());
    REQUIRE(res->size() == 2);
    CHECK((*res)[0].id == "CPF");
    CHECK((*res)[0].type == "number");
    CHECK((*res)[0].min_length == 11);
    CHECK((*res)[0].max_length == 11);
    CHECK((*res)[1].id == "CNPJ");
    CHECK((*res)[1].max_length == 14);
}

}  // namespace

TEST_CASE("api payment_methods: search_by_bin") {
    api_fixture f;
    f.t.reply(200, bin_search_body);
    const auto res = f.cli.payment_methods().search_by_bin("450995");
    check_request(f.sent(), mp::http_method::get, "/v1/payment_methods/search?bins=450995");
    check_bin_search(res);
}

TEST_CASE("api payment_methods: installments sends every query member in order") {
    api_fixture f;
    f.t.reply(200, installments_body);
    const auto res = f.cli.payment_methods().installments(full_installments_query);
    check_request(f.sent(), mp::http_method::get,
                  "/v1/payment_methods/installments?amount=100.50&bin=450995&payment_method_id=visa"
                  "&issuer.id=288&payment_type_id=credit_card&locale=es-AR");
    check_installments(res);
}

TEST_CASE("api payment_methods: installments with only the amount") {
    api_fixture f;
    f.t.reply(200, "[]");
    const auto res = f.cli.payment_methods().installments({.amount = mp::decimal(100)});
    check_request(f.sent(), mp::http_method::get, "/v1/payment_methods/installments?amount=100");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->empty());
}

TEST_CASE("api payment_methods: card_issuers with and without a BIN") {
    api_fixture f;
    f.t.reply(200, card_issuers_body);
    f.t.reply(200, card_issuers_body);
    const auto with_bin = f.cli.payment_methods().card_issuers("visa", "450995");
    const auto without = f.cli.payment_methods().card_issuers("visa");
    const auto rs = f.t.requests();
    REQUIRE(rs.size() == 2);
    check_request(rs[0], mp::http_method::get, "/v1/payment_methods/card_issuers?payment_method_id=visa&bin=450995");
    check_request(rs[1], mp::http_method::get, "/v1/payment_methods/card_issuers?payment_method_id=visa");
    check_card_issuers(with_bin);
    check_card_issuers(without);
}

TEST_CASE("api identification_types: list") {
    api_fixture f;
    f.t.reply(200, fixture("java/identification_types_list.json"));
    const auto res = f.cli.identification_types().list();
    check_request(f.sent(), mp::http_method::get, "/v1/identification_types");
    check_identification_types(res);
}

TEST_CASE("api users: me") {
    api_fixture f;
    f.t.reply(200, fixture("java/user_me.json"));
    const auto res = f.cli.users().me();
    check_request(f.sent(), mp::http_method::get, "/users/me");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res->id == std::int64_t{539675046});
    CHECK(res->nickname == "TETE7689213");
    CHECK(res->site_id == "MLB");
    CHECK(res->country_id == "BR");
    CHECK(res->email == "test_user_3851037@testuser.com");
    CHECK(res->extra.contains("seller_reputation"));
}

TEST_CASE("api: a decode failure of a 2xx body is an error carrying the exchange") {
    api_fixture f;
    f.t.reply(200, R"({"id":"not-a-number"})", {{"x-request-id", "req-bad"}});
    const auto res = f.cli.payments().get(1);
    REQUIRE_FALSE(res);
    CHECK(res.error().code == mp::errc::decode);
    CHECK(res.error().http_status == 200);
    CHECK(res.error().request_id == "req-bad");
}

// ---------------------------------------------------------------------------
// resource_id
// ---------------------------------------------------------------------------

TEST_CASE("api resource_id: int64 and text ids") {
    CHECK(mp::resource_id(std::int64_t{17014025134}).str() == "17014025134");
    CHECK(mp::resource_id(17).str() == "17");
    CHECK(mp::resource_id(17u).str() == "17");
    CHECK(mp::resource_id(std::int64_t{-1}).str() == "-1");
    CHECK(mp::resource_id("1068193981-pXRewrKqlP6pnn").str() == "1068193981-pXRewrKqlP6pnn");
    CHECK(mp::resource_id(std::string("a/b?c")).str() == "a/b?c");  // encoded only when put in a path
    CHECK(mp::resource_id(std::string_view("xyz")).str() == "xyz");
    CHECK(mp::resource_id(static_cast<const char*>(nullptr)).str().empty());
}

// ---------------------------------------------------------------------------
// public_client: the public key in the query, never an Authorization header
// ---------------------------------------------------------------------------

TEST_CASE("api public_client: card token create carries the public key and an idempotency key") {
    scripted_transport t;
    pub_client pub({.public_key = "TEST-pk", .max_retries = 0}, t);
    t.reply(201, fixture("java/card_token_create.json"));
    const auto res = pub.card_tokens().create({
        .card_number = "5031433215406351",
        .expiration_month = 11,
        .expiration_year = 2025,
        .security_code = "123",
        .cardholder = mp::cardholder{.name = "APRO",
                                     .identification = mp::identification{.type = "CPF", .number = "57096407006"}},
    });
    REQUIRE(t.requests().size() == 1);
    const auto r = t.requests()[0];
    check_request(r, mp::http_method::post, "/v1/card_tokens?public_key=TEST-pk", cred::public_key);
    check_body(r, R"({"card_number":"5031433215406351","expiration_month":11,"expiration_year":2025,
                      "security_code":"123",
                      "cardholder":{"name":"APRO","identification":{"type":"CPF","number":"57096407006"}}})");
    REQUIRE_MESSAGE(res, res.error().what());
    CHECK(res.info().idempotency_key == header(r, "X-Idempotency-Key"));
    CHECK(res->id == "97849c845e879427b5cb1cb941a52806");
    CHECK(res->first_six_digits == "503143");
}

TEST_CASE("api public_client: look-ups send public_key and no Authorization") {
    scripted_transport t;
    pub_client pub({.public_key = "TEST-pk"}, t);
    t.reply(200, fixture("java/payment_methods_list.json"));
    t.reply(200, bin_search_body);
    t.reply(200, installments_body);
    t.reply(200, card_issuers_body);
    t.reply(200, card_issuers_body);
    t.reply(200, fixture("java/identification_types_list.json"));

    const auto list = pub.payment_methods().list();
    const auto bin = pub.payment_methods().search_by_bin("450995");
    const auto inst = pub.payment_methods().installments(full_installments_query);
    const auto issuers = pub.payment_methods().card_issuers("visa");
    const auto issuers_bin = pub.payment_methods().card_issuers("visa", "450995");
    const auto types = pub.identification_types().list();

    const auto rs = t.requests();
    REQUIRE(rs.size() == 6);
    check_request(rs[0], mp::http_method::get, "/v1/payment_methods?public_key=TEST-pk", cred::public_key);
    check_request(rs[1], mp::http_method::get, "/v1/payment_methods/search?bins=450995&public_key=TEST-pk",
                  cred::public_key);
    check_request(rs[2], mp::http_method::get,
                  "/v1/payment_methods/installments?amount=100.50&bin=450995&payment_method_id=visa"
                  "&issuer.id=288&payment_type_id=credit_card&locale=es-AR&public_key=TEST-pk",
                  cred::public_key);
    check_request(rs[3], mp::http_method::get,
                  "/v1/payment_methods/card_issuers?payment_method_id=visa&public_key=TEST-pk", cred::public_key);
    check_request(rs[4], mp::http_method::get,
                  "/v1/payment_methods/card_issuers?payment_method_id=visa&bin=450995&public_key=TEST-pk",
                  cred::public_key);
    check_request(rs[5], mp::http_method::get, "/v1/identification_types?public_key=TEST-pk", cred::public_key);

    REQUIRE_MESSAGE(list, list.error().what());
    CHECK(list->size() == 15);
    check_bin_search(bin);
    check_installments(inst);
    check_card_issuers(issuers);
    check_card_issuers(issuers_bin);
    check_identification_types(types);
}

TEST_CASE("api public_client: the public key is percent-encoded; an empty one is refused") {
    SUBCASE("encoded") {
        scripted_transport t;
        pub_client pub({.public_key = "APP_USR-a+b/c"}, t);
        t.reply(200, "[]");
        REQUIRE(pub.identification_types().list());
        REQUIRE(t.requests().size() == 1);
        CHECK(t.requests()[0].target == "/v1/identification_types?public_key=APP_USR-a%2Bb%2Fc");
    }
    SUBCASE("empty") {
        scripted_transport t;
        pub_client pub({}, t);
        const auto res = pub.payment_methods().list();
        REQUIRE_FALSE(res);
        CHECK(res.error().code == mp::errc::invalid_argument);
        CHECK(t.requests().empty());
    }
}

TEST_CASE("api public_client: only public-key endpoints are callable through it") {
    using namespace mp::endpoints;
    static_assert(card_tokens_create::auth == mp::credential::public_key);
    static_assert(payment_methods_list::auth == mp::credential::public_key);
    static_assert(payment_methods_search::auth == mp::credential::public_key);
    static_assert(payment_methods_installments::auth == mp::credential::public_key);
    static_assert(payment_methods_card_issuers::auth == mp::credential::public_key);
    static_assert(identification_types_list::auth == mp::credential::public_key);
    static_assert(card_tokens_get::auth == mp::credential::access_token);
    static_assert(payments_create::auth == mp::credential::access_token);
    static_assert(payments_search::auth == mp::credential::access_token);
    static_assert(refunds_create::auth == mp::credential::access_token);
    static_assert(customers_get::auth == mp::credential::access_token);
    static_assert(cards_list::auth == mp::credential::access_token);
    static_assert(users_me::auth == mp::credential::access_token);
    static_assert(payments_update::idempotency_keyed && refunds_create::idempotency_keyed &&
                  customers_delete::idempotency_keyed && cards_update::idempotency_keyed);
    static_assert(!payments_get::idempotency_keyed && !refunds_list::idempotency_keyed);
    static_assert(cards_get::path_parameters == 2 && payments_search::path_parameters == 0);
    CHECK(true);  // the checks above are compile-time; calling pub.payments() is a compile_fail test
}

TEST_CASE("api public_client: refuses to carry the access token, in its options or per call") {
    scripted_transport t;
    pub_client leaked({.access_token = token, .public_key = "TEST-pk"}, t);
    const auto res = leaked.payment_methods().list();
    REQUIRE_FALSE(res);
    CHECK(res.error().code == mp::errc::invalid_argument);
    CHECK(res.error().message.find(token) == std::string::npos);  // the secret is not echoed
    pub_client pub({.public_key = "TEST-pk"}, t);
    const auto per_call = pub.payment_methods().list(mp::request_options{.access_token = token});
    REQUIRE_FALSE(per_call);
    CHECK(per_call.error().code == mp::errc::invalid_argument);
    CHECK(t.requests().empty());  // nothing was sent
}

namespace {

// A resource the library does not have, written the way api/*.hpp write
// theirs: a model, an endpoint, a facade. No library header changes.
struct widget {
    std::optional<std::string> id{};
    std::optional<mp::decimal> price{};
    mp::extra_fields extra{};

    MERCADOPAGO_FIELDS(widget, id, price);
};
using widgets_get = mp::endpoint<mp::http_method::get, "/v1/widgets/{id}", mp::no_body, widget>;

template <class Client>
class widgets_api {
public:
    explicit widgets_api(const Client& c) noexcept : c_(&c) {}
    mp::api_result<widget> get(mp::resource_id id) const { return c_->template call<widgets_get>({id.str()}); }

private:
    const Client* c_;
};

}  // namespace

TEST_CASE("api clients: a resource defined outside the library works through any client") {
    scripted_transport t;
    api_client cli({.access_token = token, .max_retries = 0}, t);
    t.reply(200, R"({"id":"w-1","price":12.50,"colour":"blue"})");
    const auto w = widgets_api{cli}.get("w-1");
    REQUIRE_MESSAGE(w, w.error().what());
    CHECK(w->id == "w-1");
    CHECK(w->price == mp::decimal::parse("12.5").value());
    CHECK(mp::to_json(*w) == R"({"id":"w-1","price":12.50,"colour":"blue"})");  // the unknown key and 12.50 kept
    check_request(t.requests().at(0), mp::http_method::get, "/v1/widgets/w-1");
}

TEST_CASE("api clients: one implementation, names deduced, facades built from any client") {
#ifndef MERCADOPAGO_NO_HTTPLIB  // the default transport (the libcxx preset builds without it)
    using http_client = decltype(mp::client({.access_token = "TEST-1"}));
    using http_public_client = decltype(mp::public_client({.public_key = "TEST-pk"}));
    static_assert(std::is_same_v<http_client, mp::client<mp::httplib_transport>>);
    static_assert(std::is_same_v<http_public_client, mp::public_client<mp::httplib_transport>>);
#endif
    static_assert(std::is_same_v<decltype(mp::client({}, scripted_transport{})), api_client>);
    static_assert(std::is_same_v<mp::public_client_options, mp::client_options>);

    scripted_transport t;
    api_client cli({.access_token = token, .max_retries = 0}, t);
    t.reply(200, fixture("java/payment_captured.json"));
    mp::payments_api payments{cli};  // the facade, without cli.payments()
    static_assert(std::is_same_v<decltype(payments), mp::payments_api<api_client>>);
    const auto p = payments.get(123);
    REQUIRE_MESSAGE(p, p.error().what());
    REQUIRE(t.requests().size() == 1);
    check_request(t.requests()[0], mp::http_method::get, "/v1/payments/123");
}

}  // namespace payments_api_test
