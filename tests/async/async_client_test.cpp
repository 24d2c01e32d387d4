// mercadopago::async_client without sockets: the call policy shared with the
// synchronous client (one idempotency key across retries, Retry-After on a
// timer, the total deadline, redaction), every completion token, cancellation,
// search_all as an asynchronous range, and the sandbox's checkout in-process.
#include <mercadopago/async_client.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/sandbox/async_transport.hpp>
#include <mercadopago/testing/posted_transport.hpp>
#include <mercadopago/testing/scripted_transport.hpp>

#include "support/async_transports.hpp"
#include "support/thing_model.hpp"

#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/deferred.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <doctest/doctest.h>

#include <chrono>
#include <future>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace async_client_test {

namespace mp = mercadopago;
namespace asio = boost::asio;
using namespace std::chrono_literals;
using scripted_client = mp::async_client<mp::testing::posted_transport<mp::testing::scripted_transport>>;
using test_support::get_thing;

constexpr const char* token = "TEST-8821-secret-access-token";

/// Runs `body` as a coroutine on `io` until it finishes (at most 20 s).
template <class Body>
void run(asio::io_context& io, Body body) {
    bool done = false;
    std::exception_ptr failed;
    asio::co_spawn(io, std::move(body), [&](std::exception_ptr e) {
        failed = e;
        done = true;
    });
    io.run_for(20s);
    REQUIRE(done);
    if (failed) std::rethrow_exception(failed);
}

mp::client_options fast_options() {
    mp::client_options o{.access_token = token};
    o.base_url = "https://api.mercadopago.com";
    o.backoff = mp::backoff_policy{.initial = 1ms, .maximum = 5ms};
    return o;
}

/// GET /v1/things/{id} through `cli`. A plain function, not inline in a
/// coroutine: g++ 12 destroys a braced temporary (the path array) twice when
/// it is built inside a co_await expression (clang is fine).
template <class Client, class Token>
auto fetch_thing(const Client& cli, std::string id, Token&& t) {
    return cli.template call<get_thing>({std::move(id)}, {}, {}, std::forward<Token>(t));
}

double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

TEST_CASE("retries: 503, 503, 200 succeeds on the third attempt, every attempt with one idempotency key") {
    asio::io_context io;
    mp::testing::scripted_transport script;
    script.reply(503).reply(503).reply(201, R"({"id":77,"status":"approved"})");
    std::vector<mp::retry_event> retries;
    auto o = fast_options();
    o.on_retry = [&](const mp::retry_event& e) { retries.push_back(e); };
    mp::async_client cli(io.get_executor(), o, mp::testing::posted_transport(script));
    run(io, [&]() -> asio::awaitable<void> {
        mp::payment_create_request req{.transaction_amount = mp::decimal("10.00"), .token = std::string("tok")};
        auto p = co_await cli.payments().create(req, asio::use_awaitable);
        REQUIRE(p);
        CHECK(*p->id == 77);
        CHECK(p.info().attempts == 3);
    });
    const auto sent = script.requests();
    REQUIRE(sent.size() == 3);
    const auto key = mp::find_header(sent[0].headers, "X-Idempotency-Key");
    REQUIRE(key);
    CHECK(key->size() == 36);
    for (const auto& r : sent) CHECK(mp::find_header(r.headers, "X-Idempotency-Key") == key);
    REQUIRE(retries.size() == 2);
    CHECK(retries[0].http_status == 503);
    CHECK(retries[1].idempotency_key == *key);
}

TEST_CASE("retries: a caller's idempotency key is sent on every attempt; a 400 is final") {
    asio::io_context io;
    mp::testing::scripted_transport script;
    script.reply(500).reply(400, R"({"message":"bad","error":"bad_request","status":400,"cause":[{"code":2006}]})");
    scripted_client cli(io.get_executor(), fast_options(), mp::testing::posted_transport(script));
    run(io, [&]() -> asio::awaitable<void> {
        mp::request_options ro{.idempotency_key = "order-1001-pay"};  // named: g++ 12 and aggregates in co_await
        mp::payment_create_request req{.transaction_amount = mp::decimal("10.00")};
        auto p = co_await cli.payments().create(req, ro, asio::use_awaitable);
        REQUIRE_FALSE(p);
        CHECK(p.error().code == mp::errc::bad_request);
        CHECK(p.error().has_cause("2006"));
        CHECK(p.error().attempts == 2);
        CHECK(p.error().idempotency_key == "order-1001-pay");
    });
    for (const auto& r : script.requests()) CHECK(mp::find_header(r.headers, "X-Idempotency-Key") == "order-1001-pay");
}

TEST_CASE("retries: Retry-After is waited on a timer, and the thread keeps serving other calls meanwhile") {
    asio::io_context io;
    mp::testing::scripted_transport script;
    script.reply(429, "", {{"Retry-After", "1"}}).reply(200, R"({"id":"1","name":"widget"})");
    scripted_client cli(io.get_executor(), fast_options(), mp::testing::posted_transport(script));
    mp::async_client other(io.get_executor(), fast_options(), test_support::slow_transport(io.get_executor(), 50ms));
    double other_done_at = -1;
    const auto t0 = std::chrono::steady_clock::now();
    run(io, [&]() -> asio::awaitable<void> {
        fetch_thing(other, "2", [&](mp::api_result<test_support::thing> r) {
            CHECK(r);
            other_done_at = ms_since(t0);
        });
        auto r = co_await fetch_thing(cli, "1", asio::use_awaitable);
        REQUIRE(r);
        CHECK(r.info().attempts == 2);
    });
    const double took = ms_since(t0);
    CHECK(took >= 990);
    CHECK(took < 3000);
    CHECK(other_done_at > 0);
    CHECK(other_done_at < 900);  // answered during the Retry-After wait, on the same thread
}

TEST_CASE("deadline: call_timeout bounds the retries against a server that always answers 503") {
    asio::io_context io;
    mp::testing::scripted_transport script;
    for (int i = 0; i < 100; ++i) script.reply(503);
    auto o = fast_options();
    o.max_retries = 100;
    o.backoff = mp::backoff_policy{.initial = 40ms, .maximum = 40ms};
    o.random = [] { return 0.99; };  // full jitter at its top: ~40 ms between attempts, about 8 attempts
    o.call_timeout = 300ms;
    scripted_client cli(io.get_executor(), o, mp::testing::posted_transport(script));
    const auto t0 = std::chrono::steady_clock::now();
    run(io, [&]() -> asio::awaitable<void> {
        auto r = co_await fetch_thing(cli, "1", asio::use_awaitable);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::server);
        CHECK(r.error().attempts >= 3);
        CHECK(r.error().attempts <= 9);
    });
    CHECK(ms_since(t0) < 1000);
}

TEST_CASE("cancellation: a cancelled call stops its attempt in flight and reports errc::cancelled") {
    asio::io_context io;
    mp::async_client cli(io.get_executor(), fast_options(), test_support::slow_transport(io.get_executor(), 10s));
    asio::cancellation_signal stop;
    std::optional<mp::api_result<test_support::thing>> got;
    const auto t0 = std::chrono::steady_clock::now();
    fetch_thing(cli, "1", asio::bind_cancellation_slot(stop.slot(), [&](mp::api_result<test_support::thing> r) { got.emplace(std::move(r)); }));
    asio::steady_timer later(io, 50ms);
    later.async_wait([&](boost::system::error_code) { stop.emit(asio::cancellation_type::terminal); });
    io.run_for(5s);
    REQUIRE(got);
    REQUIRE_FALSE(*got);
    CHECK(got->error().code == mp::errc::cancelled);
    CHECK(got->error().attempts == 1);
    CHECK(ms_since(t0) < 2000);
    CHECK(cli.transport().count().cancelled == 1);
}

/// Starts an operation (`start(token)`) from this thread while the
/// io_context's one thread is busy in a handler, which then cancels it on the
/// executor's thread: the operation's first step is queued behind that
/// handler, so the cancellation arrives before its coroutine ever ran (Asio's
/// co_spawn then throws operation_aborted at that first step). Returns what
/// the operation completed with.
template <class R, class Start>
R cancelled_before_first_step(asio::io_context& io, Start start) {
    asio::cancellation_signal stop;
    std::promise<void> started;
    asio::post(io, [&, begun = started.get_future()]() mutable {
        if (begun.wait_for(5s) == std::future_status::ready) stop.emit(asio::cancellation_type::terminal);
    });
    std::thread runner([&] { io.run_for(5s); });
    std::promise<R> done;
    auto finished = done.get_future();
    start(asio::bind_cancellation_slot(stop.slot(), [&](R r) { done.set_value(std::move(r)); }));
    started.set_value();
    const bool completed = finished.wait_for(5s) == std::future_status::ready;
    io.stop();
    runner.join();
    REQUIRE(completed);
    return finished.get();
}

TEST_CASE("cancellation: a call cancelled before its coroutine first ran reports errc::cancelled, not an exception") {
    asio::io_context io;
    mp::async_client cli(io.get_executor(), fast_options(), test_support::slow_transport(io.get_executor(), 10s));
    auto got = cancelled_before_first_step<mp::api_result<test_support::thing>>(
        io, [&](auto token) { fetch_thing(cli, "1", std::move(token)); });
    REQUIRE_FALSE(got);
    CHECK(got.error().code == mp::errc::cancelled);
    CHECK(got.error().message.find("exception") == std::string::npos);
    CHECK(cli.transport().count().started == 0);  // no attempt began
}

TEST_CASE("cancellation: search_all's next, cancelled before its coroutine first ran, ends with errc::cancelled") {
    asio::io_context io;
    mp::testing::scripted_transport script;
    script.reply(200, R"({"paging":{"total":1},"results":[{"id":1}]})");
    scripted_client cli(io.get_executor(), fast_options(), mp::testing::posted_transport(script));
    auto all = cli.payments().search_all();
    using element = std::optional<mp::result<mp::payment>>;
    auto got = cancelled_before_first_step<element>(io, [&](auto token) { all.next(std::move(token)); });
    REQUIRE(got);
    REQUIRE_FALSE(*got);
    CHECK(got->error().code == mp::errc::cancelled);
    CHECK(script.requests().empty());
}

TEST_CASE("cancellation: racing a call against a timer with awaitable operators, while the wait between retries runs") {
    using namespace asio::experimental::awaitable_operators;
    asio::io_context io;
    mp::testing::scripted_transport script;
    script.reply(503).reply(200, R"({"id":"1"})");
    auto o = fast_options();
    o.backoff = mp::backoff_policy{.initial = 5s, .maximum = 5s};  // the call sits in its backoff wait
    o.random = [] { return 0.99; };
    scripted_client cli(io.get_executor(), o, mp::testing::posted_transport(script));
    const auto t0 = std::chrono::steady_clock::now();
    run(io, [&]() -> asio::awaitable<void> {
        asio::steady_timer limit(co_await asio::this_coro::executor, 100ms);
        auto raced = co_await (fetch_thing(cli, "1", asio::use_awaitable) ||
                               limit.async_wait(asio::use_awaitable));
        CHECK(raced.index() == 1);  // the timer won
    });
    CHECK(ms_since(t0) < 2000);
    CHECK(script.requests().size() == 1);  // the retry never went out
}

TEST_CASE("cancellation: a call cancelled during its backoff wait completes with errc::cancelled and its key") {
    asio::io_context io;
    mp::testing::scripted_transport script;
    script.reply(503).reply(200, "{}");
    auto o = fast_options();
    o.backoff = mp::backoff_policy{.initial = 5s, .maximum = 5s};
    o.random = [] { return 0.99; };  // the jittered wait is ~5 s, not anywhere in [0, 5 s]
    scripted_client cli(io.get_executor(), o, mp::testing::posted_transport(script));
    asio::cancellation_signal stop;
    std::optional<mp::api_result<mp::payment>> got;
    mp::payment_create_request req{.transaction_amount = mp::decimal("1.00")};
    cli.payments().create(req, asio::bind_cancellation_slot(stop.slot(), [&](mp::api_result<mp::payment> r) { got.emplace(std::move(r)); }));
    asio::steady_timer later(io, 100ms);
    later.async_wait([&](boost::system::error_code) { stop.emit(asio::cancellation_type::partial); });
    io.run_for(5s);
    REQUIRE(got);
    REQUIRE_FALSE(*got);
    CHECK(got->error().code == mp::errc::cancelled);
    CHECK(got->error().idempotency_key.size() == 36);  // retry later with it: no duplicate charge
    CHECK(got->error().attempts == 1);
}

TEST_CASE("preferences: an async create refuses what the API would refuse without sending it, and sends the rest") {
    asio::io_context io;
    mp::testing::scripted_transport script;
    script.reply(201, R"({"id":"1-abc","init_point":"https://www.mercadopago.com/checkout/v1/redirect?pref_id=1-abc"})");
    scripted_client cli(io.get_executor(), fast_options(), mp::testing::posted_transport(script));
    mp::preference_request good;
    good.items.push_back({.title = "Espresso", .quantity = 1, .unit_price = mp::decimal("150.50")});
    mp::preference_request no_success = good;  // auto_return needs back_urls.success
    no_success.auto_return = "approved";
    std::optional<mp::api_result<mp::preference>> refused, created, updated;
    cli.preferences().create(no_success, [&](mp::api_result<mp::preference> r) { refused.emplace(std::move(r)); });
    cli.preferences().create(good, [&](mp::api_result<mp::preference> r) { created.emplace(std::move(r)); });
    cli.preferences().update("1-abc", mp::preference_request{},
                             [&](mp::api_result<mp::preference> r) { updated.emplace(std::move(r)); });
    io.run_for(5s);
    REQUIRE(refused);
    REQUIRE_FALSE(*refused);
    CHECK(refused->error().code == mp::errc::invalid_argument);
    CHECK(refused->error().api_error == "invalid_auto_return");
    CHECK(refused->error().path == "back_urls.success");
    REQUIRE(updated);
    REQUIRE_FALSE(*updated);
    CHECK(updated->error().api_error == "invalid_items");
    REQUIRE(created);
    REQUIRE_MESSAGE(*created, created->error().what());
    CHECK((*created)->id == "1-abc");
    REQUIRE(script.requests().size() == 1);  // only the valid preference was sent
    CHECK(script.requests()[0].body.find(R"("unit_price":150.50)") != std::string::npos);
}

TEST_CASE("tokens: callbacks, use_future and deferred complete with the same api_result") {
    asio::io_context io;
    mp::testing::scripted_transport script;
    script.reply(200, R"({"id":"a"})").reply(200, R"({"id":"b"})").reply(200, R"({"id":"c"})");
    scripted_client cli(io.get_executor(), fast_options(), mp::testing::posted_transport(script));

    std::string by_callback;
    fetch_thing(cli, "a", [&](mp::api_result<test_support::thing> r) { by_callback = r ? *r->id : "error"; });
    io.run_for(5s);
    io.restart();
    CHECK(by_callback == "a");

    std::future<mp::api_result<test_support::thing>> f = fetch_thing(cli, "b", asio::use_future);
    io.run_for(5s);
    io.restart();
    REQUIRE(f.wait_for(0s) == std::future_status::ready);
    auto fb = f.get();
    REQUIRE(fb);
    CHECK(*fb->id == "b");

    auto later = fetch_thing(cli, "c", asio::deferred);  // nothing sent until it is started
    CHECK(script.requests().size() == 2);
    std::string by_deferred;
    std::move(later)([&](mp::api_result<test_support::thing> r) { by_deferred = r ? *r->id : "error"; });
    io.run_for(5s);
    CHECK(by_deferred == "c");
    CHECK(script.requests().size() == 3);
}

TEST_CASE("redaction: call records and errors never carry the access token") {
    asio::io_context io;
    mp::testing::scripted_transport script;
    script.reply(401, std::string(R"({"message":"invalid token )") + token + R"(","error":"unauthorized","status":401})");
    auto o = fast_options();
    std::vector<mp::call_record> records;
    o.on_call = [&](const mp::call_record& r) { records.push_back(r); };
    scripted_client cli(io.get_executor(), o, mp::testing::posted_transport(script));
    run(io, [&]() -> asio::awaitable<void> {
        auto r = co_await cli.users().me(asio::use_awaitable);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::unauthorized);
        CHECK(r.error().body.find(token) == std::string::npos);
        CHECK(r.error().message.find(token) == std::string::npos);
    });
    REQUIRE(records.size() == 1);
    CHECK(mp::find_header(records[0].request_headers, "Authorization") == "Bearer [redacted]");
    CHECK(records[0].path.find(token) == std::string::npos);
    // The real header did carry it: the redaction is in what is kept, not in what is sent.
    CHECK(mp::find_header(script.requests()[0].headers, "Authorization") == std::string("Bearer ") + token);
}

TEST_CASE("credentials: an async public client sends the public key in the query and refuses an access token") {
    asio::io_context io;
    mp::testing::scripted_transport script;
    script.reply(200, R"([{"id":"CPF","name":"CPF","type":"number","min_length":11,"max_length":11}])");
    mp::async_public_client pub(io.get_executor(), {.public_key = "TEST-pk-1"}, mp::testing::posted_transport(script));
    mp::async_public_client leaky(io.get_executor(), {.access_token = token, .public_key = "TEST-pk-1"},
                                  mp::testing::posted_transport(script));
    run(io, [&]() -> asio::awaitable<void> {
        auto types = co_await pub.identification_types().list(asio::use_awaitable);
        REQUIRE(types);
        CHECK(types->size() == 1);
        auto refused = co_await leaky.identification_types().list(asio::use_awaitable);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == mp::errc::invalid_argument);
    });
    REQUIRE(script.requests().size() == 1);  // the refused call never left
    CHECK(script.requests()[0].target.find("public_key=TEST-pk-1") != std::string::npos);
    CHECK_FALSE(mp::find_header(script.requests()[0].headers, "Authorization"));
}

TEST_CASE("many coroutines share one client while others are cancelled") {
    using namespace asio::experimental::awaitable_operators;
    asio::io_context io;
    mp::async_client cli(io.get_executor(), fast_options(), test_support::slow_transport(io.get_executor(), 1500ms));
    // Long waits on purpose: starting 300 calls takes ~200 ms under ThreadSanitizer
    // on a busy machine, and every call must be in flight before the first
    // give-up timer fires, and every give-up timer before the first answer.
    int ok = 0, cancelled = 0, other = 0;
    for (int i = 0; i < 300; ++i) {
        asio::co_spawn(
            io,
            [&, i]() -> asio::awaitable<void> {
                if (i % 3 == 0) {  // a third give up after 500 ms
                    asio::steady_timer limit(co_await asio::this_coro::executor, 500ms);
                    auto raced = co_await (fetch_thing(cli, std::to_string(i), asio::use_awaitable) ||
                                           limit.async_wait(asio::use_awaitable));
                    (raced.index() == 1 ? cancelled : other)++;
                } else {
                    auto r = co_await fetch_thing(cli, std::to_string(i), asio::use_awaitable);
                    (r ? ok : other)++;
                }
            },
            asio::detached);
    }
    const auto t0 = std::chrono::steady_clock::now();
    io.run_for(10s);
    CHECK(ok == 200);
    CHECK(cancelled == 100);
    CHECK(other == 0);
    CHECK(cli.transport().count().most_in_flight == 300);  // all in flight at once, on one thread
    CHECK(cli.transport().count().cancelled == 100);
    CHECK(cli.transport().count().in_flight == 0);
    CHECK(ms_since(t0) < 5000);  // one after another: 300 s
}

TEST_CASE("search_all: an asynchronous range over every page, ending at the total") {
    asio::io_context io;
    mp::testing::scripted_transport script;
    script.reply(200, R"({"paging":{"total":5,"limit":2,"offset":0},"results":[{"id":1},{"id":2}]})")
        .reply(200, R"({"paging":{"total":5,"limit":2,"offset":2},"results":[{"id":3},{"id":4}]})")
        .reply(200, R"({"paging":{"total":5,"limit":2,"offset":4},"results":[{"id":5}]})");
    scripted_client cli(io.get_executor(), fast_options(), mp::testing::posted_transport(script));
    std::vector<std::int64_t> ids;
    run(io, [&]() -> asio::awaitable<void> {
        mp::payment_search_query q{.limit = 2};
        auto all = cli.payments().search_all(q);
        while (auto r = co_await all.next(asio::use_awaitable)) {
            REQUIRE(*r);
            ids.push_back(*(*r)->id);
        }
    });
    CHECK(ids == std::vector<std::int64_t>{1, 2, 3, 4, 5});
    const auto sent = script.requests();
    REQUIRE(sent.size() == 3);
    CHECK(sent[2].target.find("offset=4") != std::string::npos);
}

TEST_CASE("search_all: a page that fails is the last element") {
    asio::io_context io;
    mp::testing::scripted_transport script;
    script.reply(200, R"({"paging":{"total":9},"results":[{"id":1}]})").reply(404, R"({"message":"gone","status":404})");
    auto o = fast_options();
    o.max_retries = 0;
    scripted_client cli(io.get_executor(), o, mp::testing::posted_transport(script));
    int items = 0, errors = 0;
    run(io, [&]() -> asio::awaitable<void> {
        auto all = cli.payments().search_all();
        while (auto r = co_await all.next(asio::use_awaitable)) (*r ? items : errors)++;
    });
    CHECK(items == 1);
    CHECK(errors == 1);
}

TEST_CASE("sandbox: the full checkout through async clients, in-process") {
    asio::io_context io;
    auto emu = std::make_shared<mp::sandbox::emulator>();
    mp::sandbox::transport link(emu);
    mp::async_public_client buyer(io, {.public_key = "TEST-pk-async"}, mp::sandbox::async_transport(link));
    mp::async_client shop(io, {.access_token = "TEST-1234-async-shop"}, mp::sandbox::async_transport(link));
    run(io, [&]() -> asio::awaitable<void> {
        mp::card_token_request card{.card_number = "5031433215406351", .expiration_month = 11, .expiration_year = 2030,
                                    .security_code = "123", .cardholder = mp::cardholder{.name = "APRO"}};
        auto token = co_await buyer.card_tokens().create(card, asio::use_awaitable);
        REQUIRE(token);
        mp::payment_create_request pay{.transaction_amount = mp::decimal("150.00"), .token = token->id,
                                       .payment_method_id = "master", .installments = 1,
                                       .external_reference = "order-async-1",
                                       .payer = mp::payment_request_payer{.email = "buyer@example.com"}};
        auto paid = co_await shop.payments().create(pay, asio::use_awaitable);
        REQUIRE(paid);
        CHECK(paid->status == mp::payment_status::approved);
        auto again = co_await shop.payments().get(*paid->id, asio::use_awaitable);
        REQUIRE(again);
        CHECK(again->transaction_amount == mp::decimal("150.00"));
        auto refund = co_await shop.refunds().create(*paid->id, mp::decimal("50.00"), asio::use_awaitable);
        REQUIRE(refund);
        CHECK(refund->amount == mp::decimal("50.00"));
        auto found = shop.payments().search_all({.external_reference = "order-async-1"});
        int n = 0;
        while (auto r = co_await found.next(asio::use_awaitable)) {
            REQUIRE(*r);
            CHECK((*r)->id == paid->id);
            ++n;
        }
        CHECK(n == 1);
        // A declined card is a payment, not an error — as with the synchronous client.
        card.cardholder = mp::cardholder{.name = "FUND"};
        auto token2 = co_await buyer.card_tokens().create(card, asio::use_awaitable);
        REQUIRE(token2);
        pay.token = token2->id;
        auto declined = co_await shop.payments().create(pay, asio::use_awaitable);
        REQUIRE(declined);
        CHECK(declined->status == mp::payment_status::rejected);
    });
}

}  // namespace async_client_test
