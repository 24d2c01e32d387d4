// The sandbox's shared parts, each on its own: the route table (order does
// not matter), the fault decorator over an arbitrary transport, the replay
// store, and inspecting one service of an emulator.
#include <mercadopago/sandbox.hpp>
#include <mercadopago/sandbox/idempotency.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/services/payments.hpp>
#include <mercadopago/testing/scripted_transport.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace sandbox_plumbing_test {

namespace mp = mercadopago;
namespace sb = mercadopago::sandbox;
using namespace std::chrono_literals;

namespace {

using by_id = mp::endpoint<mp::http_method::get, "/v1/things/{id}", mp::no_body, mp::no_body>;
using search = mp::endpoint<mp::http_method::get, "/v1/things/search", mp::no_body, mp::no_body>;
using by_kind = mp::endpoint<mp::http_method::get, "/v1/{kind}/search", mp::no_body, mp::no_body>;
using create = mp::endpoint<mp::http_method::post, "/v1/things", mp::no_body, mp::no_body>;

/// Answers with the name of the handler that ran.
struct named {
    mp::http_response by_id(sb::call& c) { return c.respond(200, "by_id " + c.params.at(0)); }
    mp::http_response search(sb::call& c) { return c.respond(200, "search"); }
    mp::http_response by_kind(sb::call& c) { return c.respond(200, "by_kind " + c.params.at(0)); }
    mp::http_response create(sb::call& c) { return c.respond(201, "create"); }
};

std::string route(const sb::route_table& t, mp::http_method m, const std::string& target, bool* path_known = nullptr) {
    mp::http_request req;
    req.method = m;
    req.target = target;
    sb::call c{req, sb::detail::parse_target(target)};
    const auto found = t.find(m, c.target.segments, c.params);
    if (path_known) *path_known = found.path_known;
    return found.found ? found.found->handler(c).body : std::string("none");
}

}  // namespace

TEST_CASE("sandbox routes: the most specific template wins, whatever the order they were added in") {
    named h;
    sb::route_table forward, backward;
    forward.add<search>(&h, &named::search);
    forward.add<by_kind>(&h, &named::by_kind);
    forward.add<by_id>(&h, &named::by_id);
    forward.add<create>(&h, &named::create);
    backward.add<create>(&h, &named::create);
    backward.add<by_id>(&h, &named::by_id);
    backward.add<by_kind>(&h, &named::by_kind);
    backward.add<search>(&h, &named::search);
    for (const sb::route_table* t : {&forward, &backward}) {
        CHECK(route(*t, mp::http_method::get, "/v1/things/search") == "search");  // two literals beat one
        CHECK(route(*t, mp::http_method::get, "/v1/things/42") == "by_id 42");
        CHECK(route(*t, mp::http_method::get, "/v1/people/search") == "by_kind people");
        CHECK(route(*t, mp::http_method::get, "/v1/things/a%2Fb?x=1") == "by_id a/b");  // one decoded segment
        CHECK(route(*t, mp::http_method::post, "/v1/things/") == "create");
        bool known = false;
        CHECK(route(*t, mp::http_method::del, "/v1/things/42", &known) == "none");
        CHECK(known);  // a 405, not a 404
        CHECK(route(*t, mp::http_method::get, "/v1/things/42/more", &known) == "none");
        CHECK_FALSE(known);
    }
}

TEST_CASE("sandbox routes: a tie goes to the template whose first placeholder comes later") {
    using late = mp::endpoint<mp::http_method::get, "/v1/x/{id}", mp::no_body, mp::no_body>;
    using early = mp::endpoint<mp::http_method::get, "/v1/{kind}/x", mp::no_body, mp::no_body>;
    named h;
    sb::route_table a, b;
    a.add<late>(&h, &named::by_id);
    a.add<early>(&h, &named::by_kind);
    b.add<early>(&h, &named::by_kind);
    b.add<late>(&h, &named::by_id);
    CHECK(route(a, mp::http_method::get, "/v1/x/x") == "by_id x");
    CHECK(route(b, mp::http_method::get, "/v1/x/x") == "by_id x");
}

TEST_CASE("with_faults: a decorator over any transport") {
    SUBCASE("503s and 429s never reach the inner transport") {
        mp::testing::scripted_transport inner;
        sb::with_faults<mp::testing::scripted_transport> t(inner, {.fail_rate = 0.5, .rate_limit_rate = 0.5,
                                                                   .retry_after = 3s, .seed = 5});
        int unavailable = 0, limited = 0;
        for (int i = 0; i < 40; ++i) {
            auto r = t.send(mp::http_request{});
            REQUIRE(r);
            if (r->status == 503) ++unavailable;
            if (r->status == 429) {
                ++limited;
                CHECK(mp::find_header(r->headers, "Retry-After") == "3");
            }
        }
        CHECK(unavailable + limited == 40);
        CHECK(unavailable > 0);
        CHECK(limited > 0);
        CHECK(inner.requests().empty());
        CHECK(t.injected().requests == 40);
        CHECK(t.injected().unavailable == static_cast<std::uint64_t>(unavailable));
    }
    SUBCASE("a drop after processing loses the inner transport's answer") {
        mp::testing::scripted_transport inner;
        for (int i = 0; i < 20; ++i) inner.reply(200, "{}");
        sb::with_faults<mp::testing::scripted_transport> t(inner, {.drop_rate = 1.0, .seed = 3});
        for (int i = 0; i < 20; ++i) {
            auto r = t.send(mp::http_request{});
            REQUIRE_FALSE(r);
            CHECK(r.error().code == mp::errc::transport);
        }
        const auto counts = t.injected();
        CHECK(counts.dropped_before + counts.dropped_after == 20);
        CHECK(counts.dropped_after > 0);
        CHECK(counts.dropped_before > 0);
        CHECK(inner.requests().size() == counts.dropped_after);  // only those reached it
    }
    SUBCASE("latency past the attempt's timeout is a timeout") {
        mp::testing::scripted_transport inner;
        inner.reply(200, "{}");
        sb::with_faults<mp::testing::scripted_transport> t(inner, {.latency = 50ms});
        mp::http_request req;
        req.timeout = 5ms;
        auto r = t.send(req);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::timeout);
        CHECK(inner.requests().empty());
        req.timeout = 1s;
        CHECK(t.send(req)->status == 200);
    }
    SUBCASE("no faults: a plain pass-through") {
        mp::testing::scripted_transport inner;
        inner.reply(201, "made");
        sb::with_faults<mp::testing::scripted_transport> t(inner, {});
        CHECK(t.send(mp::http_request{})->body == "made");
        CHECK(t.injected().requests == 0);
    }
}

TEST_CASE("replay_store: remembers only successful writes, per credential, method, path and key") {
    const sb::route_rules required{.key_required = true}, optional{};
    sb::replay_store store;
    mp::http_request req;
    req.method = mp::http_method::post;
    req.target = "/v1/payments";
    req.headers = {{"X-Idempotency-Key", "k1"}};
    sb::call c{req, sb::detail::parse_target(req.target)};
    c.who.credential = "TEST-a";
    auto first = store.check(c, required);
    REQUIRE_FALSE(first.answer);
    store.remember(std::move(first), c, c.respond(400, "refused"));
    auto second = store.check(c, required);
    REQUIRE_FALSE(second.answer);  // a refused request may be fixed and sent again
    store.remember(std::move(second), c, c.respond(201, "made"));
    auto third = store.check(c, required);
    REQUIRE(third.answer);
    CHECK(third.answer->body == "made");
    req.body = R"({"other":true})";  // classic rules: the key alone decides
    CHECK(store.check(c, required).answer->body == "made");
    c.who.credential = "TEST-b";  // another seller's key space
    CHECK_FALSE(store.check(c, required).answer);

    mp::http_request bare;
    bare.method = mp::http_method::post;
    bare.target = "/v1/payments";
    sb::call no_key{bare, sb::detail::parse_target(bare.target)};
    auto refused = store.check(no_key, required);
    REQUIRE(refused.answer);
    CHECK(refused.answer->status == 400);
    CHECK(refused.answer->body.find(R"("cause")") != std::string::npos);  // the classic shape
    CHECK_FALSE(store.check(no_key, optional).answer);

    bare.headers = {{"X-Idempotency-Key", std::string(129, 'k')}};
    sb::call long_key{bare, sb::detail::parse_target(bare.target)};
    auto too_long = store.check(long_key, optional);
    REQUIRE(too_long.answer);
    CHECK(too_long.answer->body.find("invalid_idempotency_key_length") != std::string::npos);
}

TEST_CASE("replay_store: Orders rules replay the same request, refuse the key with another, keep a 402") {
    const sb::route_rules orders{.key_required = true, .errors = sb::error_shape::orders};
    sb::replay_store store;
    mp::http_request req;
    req.method = mp::http_method::post;
    req.target = "/v1/orders";
    req.body = R"({"total_amount":"10.00"})";
    req.headers = {{"X-Idempotency-Key", "o1"}};
    sb::call c{req, sb::detail::parse_target(req.target)};
    c.who.credential = "TEST-a";
    auto first = store.check(c, orders);
    REQUIRE_FALSE(first.answer);
    store.remember(std::move(first), c, c.respond(402, "failed order"));  // the order was created, as failed
    auto same = store.check(c, orders);
    REQUIRE(same.answer);
    CHECK(same.answer->status == 402);
    CHECK(same.answer->body == "failed order");

    req.body = R"({"total_amount":"11.00"})";
    auto other = store.check(c, orders);
    REQUIRE(other.answer);
    CHECK(other.answer->status == 409);
    CHECK(other.answer->body.find(R"({"errors":[{"code":"idempotency_key_already_used")") == 0);

    mp::http_request bare;
    bare.method = mp::http_method::post;
    bare.target = "/v1/orders/ORD1/cancel";
    sb::call no_key{bare, sb::detail::parse_target(bare.target)};
    auto refused = store.check(no_key, orders);
    REQUIRE(refused.answer);
    CHECK(refused.answer->body.find(R"({"errors":[{"code":"empty_required_header")") == 0);
}

TEST_CASE("emulator: one service inspected under the emulator's lock") {
    auto emu = std::make_shared<sb::emulator>();
    mp::http_request req;
    req.method = mp::http_method::post;
    req.target = "/v1/payments";
    req.headers = {{"Authorization", "Bearer TEST-token-1188183100"}, {"X-Idempotency-Key", "i-1"}};
    req.body = R"({"transaction_amount": 10, "payment_method_id": "account_money", "payer": {"email": "a@b.co"}})";
    REQUIRE(emu->handle(req).status == 201);
    const auto total = emu->inspect<sb::payments_service>([](const sb::payments_service& s) {
        return s.all().begin()->second.amount_cents;
    });
    CHECK(total == 1000);
    CHECK(emu->payment_count() == 1);
}

}  // namespace sandbox_plumbing_test
