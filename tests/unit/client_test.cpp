// The client's call logic without sockets: a scripted transport answers and
// records, virtual time records the waits. Error mapping for every status and
// body shape, retry rules, backoff, Retry-After, per-call options, headers,
// injection, path encoding and redaction. (tests/integration/ covers the same
// runtime over real sockets.)
#include <mercadopago/client.hpp>
#include <mercadopago/testing/scripted_transport.hpp>

#include <doctest/doctest.h>

#include "support/thing_model.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace client_test {

namespace mp = mercadopago;
using namespace std::chrono_literals;

namespace {

using test_support::get_thing;
using test_support::thing;

struct card_input {
    std::optional<std::string> card_number;
    std::optional<std::string> security_code;
    std::optional<std::string> cardholder_name;
    boost::json::object extra;
    MERCADOPAGO_FIELDS(card_input, card_number, security_code, cardholder_name);
};

using create_thing = mp::endpoint<mp::http_method::post, "/v1/things", card_input, thing>;
using delete_thing = mp::endpoint<mp::http_method::del, "/v1/things/{id}", mp::no_body, mp::no_content>;

constexpr const char* token = "TEST-5555-secret-token-abcdef";

using scripted_client = mp::client<mp::testing::scripted_transport>;

struct harness {
    mp::testing::scripted_transport transport;
    mp::testing::virtual_time time;
    mp::client_options options;

    explicit harness(double jitter = 0.5) {
        options.access_token = token;
        time.install(options, jitter);
    }
    scripted_client make() const { return scripted_client(options, transport); }
    std::vector<mp::http_request> requests() const { return transport.requests(); }
};

std::string header_of(const mp::http_request& r, std::string_view name) {
    auto v = mp::find_header(r.headers, name);
    return v ? std::string(*v) : std::string("<absent>");
}

card_input card() {
    return card_input{.card_number = "4509953566233704", .security_code = "123", .cardholder_name = "APRO", .extra = {}};
}

}  // namespace

// --- error categories and bodies -------------------------------------------

TEST_CASE("client: every status maps to its error category") {
    const std::vector<std::pair<int, mp::errc>> cases = {
        {400, mp::errc::bad_request},   {401, mp::errc::unauthorized},    {402, mp::errc::payment_required},
        {403, mp::errc::forbidden},     {404, mp::errc::not_found},       {409, mp::errc::conflict},
        {422, mp::errc::unprocessable}, {423, mp::errc::locked},          {424, mp::errc::failed_dependency},
        {429, mp::errc::rate_limited},  {500, mp::errc::server},          {502, mp::errc::server},
        {503, mp::errc::server},        {504, mp::errc::server},          {418, mp::errc::http},
        {501, mp::errc::server},        {302, mp::errc::http},
    };
    for (const auto& c : cases) {
        const int status = c.first;
        const mp::errc code = c.second;
        CAPTURE(status);
        harness h;
        h.options.max_retries = 0;
        h.transport.reply(status, "", {{"X-Request-Id", "rid-" + std::to_string(status)}});
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == code);
        CHECK(r.error().http_status == status);
        CHECK(r.error().request_id == "rid-" + std::to_string(status));
        CHECK(r.info().http_status == status);
        CHECK(r.info().request_id == "rid-" + std::to_string(status));
        CHECK(r.error().attempts == 1);
    }
}

TEST_CASE("client: classic error body with numeric cause codes") {
    harness h;
    const std::string body =
        R"({"message":"invalid card_token_id","error":"bad_request","status":400,)"
        R"("cause":[{"code":2006,"description":"Card Token not found","data":"27-09-2023T12:00:00UTC;abc"},)"
        R"({"code":"E301","description":"Invalid card number"}]})";
    h.transport.reply(400, body, {{"X-Request-Id", "req-1"}, {"Content-Type", "application/json"}});
    auto r = h.make().call<get_thing>({"1"});
    REQUIRE_FALSE(r);
    const mp::error& e = r.error();
    CHECK(e.code == mp::errc::bad_request);
    CHECK(e.message == "invalid card_token_id");
    CHECK(e.api_error == "bad_request");
    REQUIRE(e.causes.size() == 2);
    CHECK(e.causes[0].code == "2006");
    CHECK(e.causes[0].description == "Card Token not found");
    CHECK(e.causes[0].data == "27-09-2023T12:00:00UTC;abc");
    CHECK(e.causes[1].code == "E301");
    CHECK(e.has_cause("2006"));
    CHECK(e.has_cause("E301"));
    CHECK_FALSE(e.has_cause("9999"));
    CHECK(e.body == body);
    CHECK(e.request_id == "req-1");
    CHECK_FALSE(e.retry_after);
    CHECK(mp::find_header(e.headers, "content-type") == "application/json");
}

TEST_CASE("client: cause as a single object, and nested cause arrays") {
    SUBCASE("object") {
        harness h;
        h.transport.reply(404, R"({"message":"not found","error":"not_found","status":404,)"
                               R"("cause":{"code":"E404","description":"Resource missing","data":"x"}})");
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::not_found);
        CHECK(r.error().api_error == "not_found");
        REQUIRE(r.error().causes.size() == 1);
        CHECK(r.error().causes[0].code == "E404");
        CHECK(r.error().causes[0].description == "Resource missing");
        CHECK(r.error().causes[0].data == "x");
    }
    SUBCASE("nested [[{...}]]") {
        harness h;
        h.transport.reply(400, R"({"message":"bad","error":"bad_request","status":400,)"
                               R"("cause":[[{"code":3034,"description":"Invalid card_number_validation"}]]})");
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        REQUIRE(r.error().causes.size() == 1);
        CHECK(r.error().causes[0].code == "3034");
        CHECK(r.error().causes[0].description == "Invalid card_number_validation");
    }
    SUBCASE("empty and null causes") {
        harness h;
        h.transport.reply(400, R"({"message":"bad","error":"bad_request","status":400,"cause":[]})");
        h.transport.reply(400, R"({"message":"bad","error":"bad_request","status":400,"cause":null})");
        auto cli = h.make();
        auto a = cli.call<get_thing>({"1"});
        auto b = cli.call<get_thing>({"1"});
        REQUIRE_FALSE(a);
        REQUIRE_FALSE(b);
        CHECK(a.error().causes.empty());
        CHECK(b.error().causes.empty());
        CHECK(b.error().message == "bad");
    }
}

TEST_CASE("client: Orders API errors[] with details") {
    harness h;
    h.transport.reply(409, R"({"errors":[{"code":"idempotency_key_already_used",)"
                           R"("message":"The idempotency key was already used","details":["a","b"]}]})");
    auto r = h.make().call<get_thing>({"1"});
    REQUIRE_FALSE(r);
    const mp::error& e = r.error();
    CHECK(e.code == mp::errc::conflict);
    CHECK(e.message == "The idempotency key was already used");
    CHECK(e.api_error.empty());
    REQUIRE(e.causes.size() == 1);
    CHECK(e.causes[0].code == "idempotency_key_already_used");
    CHECK(e.causes[0].description == "The idempotency key was already used");
    CHECK(e.causes[0].data == "a; b");
    CHECK(e.has_cause("idempotency_key_already_used"));
}

TEST_CASE("client: gateway, HTML and empty bodies never become parse errors") {
    SUBCASE("gateway JSON") {
        harness h;
        h.options.max_retries = 0;
        h.transport.reply(502, R"({"status":502,"message":"Bad Gateway"})");
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::server);
        CHECK(r.error().message == "Bad Gateway");
        CHECK(r.error().http_status == 502);
        CHECK(r.error().causes.empty());
    }
    SUBCASE("HTML") {
        harness h;
        h.options.max_retries = 0;
        const std::string html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        h.transport.reply(502, html, {{"Content-Type", "text/html"}});
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::server);
        CHECK(r.error().message.rfind("HTTP 502 Bad Gateway", 0) == 0);  // plus a note on the body
        CHECK(r.error().body == html);
    }
    SUBCASE("empty") {
        harness h;
        h.options.max_retries = 0;
        h.transport.reply(503, "", {{"Retry-After", "7"}});
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::server);
        CHECK(r.error().message == "HTTP 503 Service Unavailable");
        CHECK(r.error().body.empty());
        REQUIRE(r.error().retry_after);
        CHECK(*r.error().retry_after == 7s);
    }
    SUBCASE("unknown status, text body") {
        harness h;
        h.transport.reply(418, "I'm a teapot");
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::http);
        CHECK(r.error().message.rfind("HTTP 418", 0) == 0);
        CHECK(r.error().body == "I'm a teapot");
    }
}

TEST_CASE("client: a 2xx body that does not fit the model is a decode error with the exchange's facts") {
    harness h;
    h.transport.reply(200, R"({"id":{"not":"a string"}})", {{"X-Request-Id", "rid-200"}});
    auto r = h.make().call<get_thing>({"1"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::decode);
    CHECK(r.error().path == "id");
    CHECK(r.error().http_status == 200);
    CHECK(r.error().request_id == "rid-200");
    CHECK(r.error().body == R"({"id":{"not":"a string"}})");
    CHECK(r.error().attempts == 1);
    CHECK(h.transport.pending() == 0);  // a decode error is never retried
}

TEST_CASE("client: no_content endpoints accept an empty 204") {
    harness h;
    h.transport.reply(204);
    auto r = h.make().call<delete_thing>({"1"});
    CHECK(r);
    CHECK(r.info().http_status == 204);
    const auto reqs = h.requests();
    REQUIRE(reqs.size() == 1);
    CHECK(reqs[0].method == mp::http_method::del);
    CHECK(header_of(reqs[0], "X-Idempotency-Key") != "<absent>");  // DELETE is a write
}

// --- retry rules -----------------------------------------------------------

TEST_CASE("client: which statuses and transport failures are retried") {
    CHECK_FALSE(mp::retry_policy::retryable_status(400));
    CHECK_FALSE(mp::retry_policy::retryable_status(401));
    CHECK_FALSE(mp::retry_policy::retryable_status(404));
    CHECK_FALSE(mp::retry_policy::retryable_status(409));
    CHECK_FALSE(mp::retry_policy::retryable_status(501));
    for (int s : {423, 424, 429, 500, 502, 503, 504}) CHECK(mp::retry_policy::retryable_status(s));
    CHECK(mp::retry_policy::retryable_transport_error(mp::errc::transport));
    CHECK(mp::retry_policy::retryable_transport_error(mp::errc::timeout));
    CHECK_FALSE(mp::retry_policy::retryable_transport_error(mp::errc::tls));

    for (int status : {400, 401, 403, 404, 409, 422, 418, 501}) {
        CAPTURE(status);
        harness h;
        h.transport.reply(status).reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"});
        CHECK_FALSE(r);
        CHECK(r.info().attempts == 1);
        CHECK(h.transport.pending() == 1);
        CHECK(h.time.sleeps().empty());
    }
    for (int status : {423, 424, 429, 500, 502, 503, 504}) {
        CAPTURE(status);
        harness h;
        h.transport.reply(status).reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"});
        CHECK(r);
        CHECK(r.info().attempts == 2);
        CHECK(h.time.sleeps().size() == 1);
    }
    SUBCASE("tls is never retried") {
        harness h;
        h.transport.fail(mp::errc::tls, "certificate verify failed").reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::tls);
        CHECK(r.error().attempts == 1);
        CHECK(r.error().message == "transport: certificate verify failed");
    }
    SUBCASE("transport and timeout failures are retried") {
        harness h;
        h.transport.fail(mp::errc::transport).fail(mp::errc::timeout).reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE(r);
        CHECK(r.info().attempts == 3);
    }
    SUBCASE("max_retries = 0 sends once") {
        harness h;
        h.options.max_retries = 0;
        h.transport.reply(503).reply(200);
        auto r = h.make().call<get_thing>({"1"});
        CHECK_FALSE(r);
        CHECK(r.info().attempts == 1);
    }
    SUBCASE("retries stop at max_retries with the last error") {
        harness h;
        h.options.max_retries = 2;
        h.transport.reply(500).reply(502).reply(504, R"({"message":"last"})").reply(200);
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        CHECK(r.error().http_status == 504);
        CHECK(r.error().message == "last");
        CHECK(r.error().attempts == 3);
        CHECK(h.transport.pending() == 1);
    }
}

TEST_CASE("client: backoff is full jitter on an exponential ceiling") {
    harness h(0.5);
    std::vector<mp::retry_event> events;
    h.options.on_retry = [&](const mp::retry_event& e) { events.push_back(e); };
    h.transport.reply(503).reply(503).reply(503).reply(200, R"({"id":"1"})");
    auto r = h.make().call<get_thing>({"1"});
    REQUIRE(r);
    CHECK(r.info().attempts == 4);
    CHECK(h.time.sleeps() == std::vector<std::chrono::milliseconds>{250ms, 500ms, 1000ms});
    REQUIRE(events.size() == 3);
    CHECK(events[0].attempt == 1);
    CHECK(events[2].attempt == 3);
    CHECK(events[2].delay == 1000ms);
    CHECK(events[0].http_status == 503);
    CHECK(events[0].code == mp::errc::server);

    const mp::backoff_policy b{.initial = 500ms, .maximum = 2s, .multiplier = 2.0};
    CHECK(b.delay(0, 0.0) == 0ms);
    CHECK(b.delay(0, 1.0) == 500ms);
    CHECK(b.delay(3, 1.0) == 2000ms);  // capped by maximum
    CHECK(b.delay(10, 0.5) == 1000ms);
}

TEST_CASE("client: Retry-After replaces the backoff and is capped by max_retry_after") {
    SUBCASE("seconds") {
        harness h;
        h.transport.reply(429, "", {{"Retry-After", "3"}}).reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE(r);
        CHECK(h.time.sleeps() == std::vector<std::chrono::milliseconds>{3000ms});
    }
    SUBCASE("capped") {
        harness h;
        h.options.max_retry_after = 5s;
        h.transport.reply(503, "", {{"Retry-After", "120"}}).reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE(r);
        CHECK(h.time.sleeps() == std::vector<std::chrono::milliseconds>{5000ms});
    }
    SUBCASE("a wait that does not fit the call deadline ends the call with the server's error") {
        harness h;
        h.options.call_timeout = 10s;
        h.transport.reply(429, R"({"message":"slow down"})", {{"Retry-After", "20"}}).reply(200);
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::rate_limited);
        CHECK(r.error().retry_after == std::optional<std::chrono::seconds>(20s));
        CHECK(r.error().attempts == 1);
        CHECK(h.time.sleeps().empty());
    }
}

TEST_CASE("client: parse_retry_after reads delta-seconds and HTTP-dates") {
    using namespace std::chrono;
    const auto now = sys_days{year{2015} / 10 / 21} + hours{7} + minutes{27};
    CHECK(mp::detail::parse_retry_after("120", now) == seconds{120});
    CHECK(mp::detail::parse_retry_after(" 3 ", now) == seconds{3});
    CHECK(mp::detail::parse_retry_after("0", now) == seconds{0});
    CHECK(mp::detail::parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now) == seconds{60});
    CHECK(mp::detail::parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now) == seconds{0});  // past
    CHECK(mp::detail::parse_retry_after("Thu, 22 Oct 2015 07:27:00 GMT", now) == seconds{86400});
    CHECK_FALSE(mp::detail::parse_retry_after("", now));
    CHECK_FALSE(mp::detail::parse_retry_after("soon", now));
    CHECK_FALSE(mp::detail::parse_retry_after("-1", now));
    CHECK_FALSE(mp::detail::parse_retry_after("1.5", now));
    CHECK_FALSE(mp::detail::parse_retry_after("Wed, 21 Oct 2015 07:28:00 UTC", now));
    CHECK_FALSE(mp::detail::parse_retry_after("Wed, 31 Feb 2015 07:28:00 GMT", now));
    CHECK(mp::detail::parse_retry_after("99999999999999999999", now) == seconds{1000000000});
}

TEST_CASE("client: call_timeout bounds the retries in virtual time") {
    harness h(1.0);
    h.options.call_timeout = 1s;
    h.options.max_retries = 10;
    h.options.backoff = mp::backoff_policy{.initial = 300ms, .maximum = 10s, .multiplier = 2.0};
    for (int i = 0; i < 10; ++i) h.transport.reply(503, R"({"message":"down"})");
    auto r = h.make().call<get_thing>({"1"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::server);
    CHECK(r.error().message == "down");
    CHECK(r.error().attempts == 3);  // waits of 300 and 600 ms fit in 1 s; 1200 ms more would not
    CHECK(h.time.sleeps() == std::vector<std::chrono::milliseconds>{300ms, 600ms});
    CHECK(h.transport.pending() == 7);
}

TEST_CASE("client: each attempt's timeout is what is left of the call's budget") {
    harness h;
    h.options.call_timeout = 60s;
    h.transport.reply(503).reply(200, R"({"id":"1"})").reply(200, R"({"id":"1"})");
    auto cli = h.make();
    REQUIRE(cli.call<get_thing>({"1"}));
    REQUIRE(cli.call<get_thing>({"1"}, {}, mp::request_options{.timeout = 2s}));
    const auto reqs = h.requests();
    REQUIRE(reqs.size() == 3);
    CHECK(reqs[0].timeout == 60s);
    CHECK(reqs[1].timeout == 60s - 250ms);
    CHECK(reqs[2].timeout == 2s);
}

TEST_CASE("client: a call whose budget is already spent sends nothing and counts no attempt") {
    for (const auto budget : {0ms, -5ms}) {
        CAPTURE(budget.count());
        harness h;
        h.transport.reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"}, {}, mp::request_options{.timeout = budget});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::timeout);
        CHECK(r.error().attempts == 0);
        CHECK(r.info().attempts == 0);
        CHECK(h.requests().empty());
    }
}

// --- idempotency keys and per-call options ---------------------------------

TEST_CASE("client: a write's idempotency key is made once per call and kept across retries") {
    harness h;
    h.transport.reply(500).reply(200, R"({"id":"1"})").reply(200, R"({"id":"2"})");
    auto cli = h.make();
    auto a = cli.call<create_thing>({}, card());
    auto b = cli.call<create_thing>({}, card());
    REQUIRE(a);
    REQUIRE(b);
    const auto reqs = h.requests();
    REQUIRE(reqs.size() == 3);
    CHECK(header_of(reqs[0], "X-Idempotency-Key") == a.info().idempotency_key);
    CHECK(header_of(reqs[1], "X-Idempotency-Key") == a.info().idempotency_key);
    CHECK(header_of(reqs[2], "X-Idempotency-Key") == b.info().idempotency_key);
    CHECK(a.info().idempotency_key != b.info().idempotency_key);
    CHECK(a.info().idempotency_key.size() == 36);
    CHECK(a.info().idempotency_key[14] == '4');  // UUIDv4
}

TEST_CASE("client: invalid caller keys are refused before sending") {
    for (const std::string& bad : {std::string(), std::string(65, 'a'), std::string("a b"), std::string("a\nb"),
                                   std::string("a\rb"), std::string("a\x7f"), std::string("\xC3\xA9")}) {
        if (bad.empty()) continue;  // empty means "generate one"
        CAPTURE(bad);
        harness h;
        h.transport.reply(200, R"({"id":"1"})");
        auto r = h.make().call<create_thing>({}, card(), {}, mp::request_options{.idempotency_key = bad});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::invalid_argument);
        CHECK(h.requests().empty());
    }
}

TEST_CASE("client: per-call options apply to that call only") {
    harness h;
    h.transport.reply(200, R"({"id":"1"})").reply(200, R"({"id":"2"})");
    auto cli = h.make();
    auto a = cli.call<create_thing>({}, card(), {},
                                    mp::request_options{.idempotency_key = "order-123",
                                                        .access_token = "APP_USR-seller-token-999",
                                                        .timeout = {},
                                                        .headers = {{"X-Meli-Session-Id", "device-1"}}});
    auto b = cli.call<create_thing>({}, card());
    REQUIRE(a);
    REQUIRE(b);
    const auto reqs = h.requests();
    REQUIRE(reqs.size() == 2);
    CHECK(header_of(reqs[0], "X-Idempotency-Key") == "order-123");
    CHECK(header_of(reqs[0], "Authorization") == "Bearer APP_USR-seller-token-999");
    CHECK(header_of(reqs[0], "X-Meli-Session-Id") == "device-1");
    CHECK(header_of(reqs[1], "X-Idempotency-Key") != "order-123");
    CHECK(header_of(reqs[1], "Authorization") == std::string("Bearer ") + token);
    CHECK(header_of(reqs[1], "X-Meli-Session-Id") == "<absent>");
    CHECK(cli.options().access_token == token);
}

TEST_CASE("client: standard headers") {
    SUBCASE("defaults") {
        harness h;
        h.transport.reply(200, R"({"id":"1"})").reply(200, R"({"id":"1"})");
        auto cli = h.make();
        REQUIRE(cli.call<get_thing>({"1"}));
        REQUIRE(cli.call<create_thing>({}, card()));
        const auto reqs = h.requests();
        CHECK(header_of(reqs[0], "User-Agent").find("mercadopago-cpp/") == 0);
        CHECK(header_of(reqs[0], "Accept") == "application/json");
        CHECK(header_of(reqs[0], "Authorization") == std::string("Bearer ") + token);
        CHECK(header_of(reqs[0], "Content-Type") == "<absent>");  // a GET has no body
        CHECK(header_of(reqs[0], "X-Idempotency-Key") == "<absent>");
        CHECK(header_of(reqs[0], "X-Integrator-Id") == "<absent>");
        CHECK(header_of(reqs[0], "X-Platform-Id") == "<absent>");
        CHECK(header_of(reqs[0], "X-Corporation-Id") == "<absent>");
        CHECK(header_of(reqs[1], "Content-Type") == "application/json");
        CHECK(reqs[0].method == mp::http_method::get);
        CHECK(reqs[1].method == mp::http_method::post);
        CHECK(reqs[0].body.empty());
    }
    SUBCASE("integration ids, app info and default headers") {
        harness h;
        h.options.integrator_id = "dev_123";
        h.options.platform_id = "platform-9";
        h.options.corporation_id = "corp-7";
        h.options.app_info = "my-shop/2.1";
        h.options.default_headers = {{"X-Product-Id", "prod-1"}};
        h.transport.reply(200, R"({"id":"1"})");
        REQUIRE(h.make().call<get_thing>({"1"}));
        const auto req = h.requests().at(0);
        CHECK(header_of(req, "X-Integrator-Id") == "dev_123");
        CHECK(header_of(req, "X-Platform-Id") == "platform-9");
        CHECK(header_of(req, "X-Corporation-Id") == "corp-7");
        CHECK(header_of(req, "X-Product-Id") == "prod-1");
        const std::string ua = header_of(req, "User-Agent");
        CHECK(ua.find("mercadopago-cpp/") == 0);
        CHECK(ua.find("my-shop/2.1") != std::string::npos);
    }
}

TEST_CASE("client: configuration mistakes are invalid_argument, nothing is sent") {
    SUBCASE("no access token") {
        harness h;
        h.options.access_token.clear();
        h.transport.reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::invalid_argument);
        CHECK(h.requests().empty());
    }
    SUBCASE("bad base_url") {
        for (const char* url : {"api.mercadopago.com", "ftp://x", "https://user:pw@x", "https://x:99999", "https://"}) {
            CAPTURE(url);
            harness h;
            h.options.base_url = url;
            h.transport.reply(200, R"({"id":"1"})");
            auto r = h.make().call<get_thing>({"1"});
            REQUIRE_FALSE(r);
            CHECK(r.error().code == mp::errc::invalid_argument);
            CHECK(h.requests().empty());
        }
    }
}

// --- injection and encoding ------------------------------------------------

TEST_CASE("client: CR/LF in any header value is refused and nothing is sent") {
    SUBCASE("extra header value") {
        harness h;
        h.transport.reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"}, {}, mp::request_options{.headers = {{"X-Note", "a\r\nX-Evil: 1"}}});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::invalid_argument);
        CHECK(h.requests().empty());
    }
    SUBCASE("extra header name") {
        harness h;
        h.transport.reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"}, {}, mp::request_options{.headers = {{"X-Evil: 1\r\nX", "v"}}});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::invalid_argument);
        CHECK(h.requests().empty());
    }
    SUBCASE("integrator_id") {
        harness h;
        h.options.integrator_id = "dev_1\nX-Evil: 1";
        h.transport.reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::invalid_argument);
        CHECK(h.requests().empty());
    }
    SUBCASE("access token") {
        harness h;
        h.options.access_token = "TEST-1\r\nX-Evil: 1";
        h.transport.reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::invalid_argument);
        CHECK(r.error().what().find("X-Evil") == std::string::npos);
        CHECK(h.requests().empty());
    }
    SUBCASE("NUL in a per-call token") {
        harness h;
        h.transport.reply(200, R"({"id":"1"})");
        auto r = h.make().call<get_thing>({"1"}, {},
                                          mp::request_options{.access_token = std::string("TEST-1\0x", 8)});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == mp::errc::invalid_argument);
        CHECK(h.requests().empty());
    }
}

TEST_CASE("client: path parameters are percent-encoded into one segment") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"123", "/v1/things/123"},
        {"../x", "/v1/things/..%2Fx"},
        {"1?a=b", "/v1/things/1%3Fa%3Db"},
        {"a/b", "/v1/things/a%2Fb"},
        {"%2e%2e", "/v1/things/%252e%252e"},
        {"a b#c", "/v1/things/a%20b%23c"},
        {"\xC3\xA9", "/v1/things/%C3%A9"},
        {"...", "/v1/things/..."},
    };
    for (const auto& c : cases) {
        const std::string& id = c.first;
        const std::string& target = c.second;
        CAPTURE(id);
        harness h;
        h.transport.reply(200, R"({"id":"1"})");
        REQUIRE(h.make().call<get_thing>({id}));
        CHECK(h.requests().at(0).target == target);
    }
    SUBCASE("query and base path prefix") {
        harness h;
        h.options.base_url = "https://proxy.example/mp/";
        h.transport.reply(200, R"({"id":"1"})");
        REQUIRE(h.make().call<get_thing>({"7"}, {{"expand", "a,b"}, {"q", "x&y=z"}}));
        CHECK(h.requests().at(0).target == "/mp/v1/things/7?expand=a%2Cb&q=x%26y%3Dz");
    }
    SUBCASE("relative segments are refused") {
        for (const std::string& id : {std::string(), std::string("."), std::string("..")}) {
            CAPTURE(id);
            harness h;
            h.transport.reply(200, R"({"id":"1"})");
            auto r = h.make().call<get_thing>({id});
            REQUIRE_FALSE(r);
            CHECK(r.error().code == mp::errc::invalid_argument);
            CHECK(h.requests().empty());
        }
    }
}

// --- redaction -------------------------------------------------------------

TEST_CASE("client: the access token never shows in errors or call records") {
    harness h;
    std::vector<mp::call_record> records;
    h.options.on_call = [&](const mp::call_record& r) { records.push_back(r); };
    const std::string echo = std::string(R"({"message":"invalid access token )") + token +
                             R"(","error":"unauthorized","status":401,"cause":[{"code":"401","description":"token )" +
                             token + R"( expired"}]})";
    h.transport.reply(401, echo, {{"X-Request-Id", "rid"}});
    h.transport.fail(mp::errc::transport, std::string("connect failed for ") + token);
    auto cli = h.make();
    auto a = cli.call<get_thing>({"1"});
    REQUIRE_FALSE(a);
    CHECK(a.error().what().find(token) == std::string::npos);
    CHECK(a.error().message == "invalid access token [redacted]");
    CHECK(a.error().body.find(token) == std::string::npos);
    CHECK(a.error().body.find("[redacted]") != std::string::npos);
    try {
        (void)a.value();
        FAIL("value() of a failed result must throw");
    } catch (const mp::exception& e) {
        CHECK(std::string(e.what()).find(token) == std::string::npos);
    }

    auto b = cli.call<get_thing>({"1"}, {}, mp::request_options{.timeout = {}});
    REQUIRE_FALSE(b);
    CHECK(b.error().code == mp::errc::transport);
    CHECK(b.error().what().find(token) == std::string::npos);

    REQUIRE(records.size() >= 2);
    for (const auto& rec : records) {
        CHECK(rec.path.find(token) == std::string::npos);
        CHECK(rec.request_body.find(token) == std::string::npos);
        for (const auto& [k, v] : rec.request_headers) {
            CHECK(v.find(token) == std::string::npos);
            if (mp::detail::iequals(k, "Authorization")) CHECK(v == "Bearer [redacted]");
        }
    }
    CHECK(records[0].http_status == 401);
    CHECK(records[0].request_id == "rid");
    CHECK(records[1].transport_error == mp::errc::transport);
}

TEST_CASE("client: card data is masked in call records but sent as is") {
    harness h;
    std::vector<mp::call_record> records;
    h.options.on_call = [&](const mp::call_record& r) { records.push_back(r); };
    h.transport.reply(503).reply(201, R"({"id":"1"})");
    auto r = h.make().call<create_thing>({}, card());
    REQUIRE(r);
    REQUIRE(records.size() == 2);
    for (const auto& rec : records) {
        CHECK(rec.request_body.find("4509953566233704") == std::string::npos);
        CHECK(rec.request_body.find(R"("security_code":"[redacted]")") != std::string::npos);
        CHECK(rec.request_body.find(R"("card_number":"[redacted]")") != std::string::npos);
        CHECK(rec.request_body.find("APRO") != std::string::npos);
        CHECK(rec.method == mp::http_method::post);
        CHECK(rec.path == "/v1/things");
        CHECK(rec.idempotency_key == r.info().idempotency_key);
    }
    CHECK(records[0].attempt == 1);
    CHECK(records[1].attempt == 2);
    CHECK(records[0].http_status == 503);
    CHECK(records[1].http_status == 201);
    const auto reqs = h.requests();
    REQUIRE(reqs.size() == 2);
    CHECK(reqs[0].body.find("4509953566233704") != std::string::npos);  // the API needs it
}

}  // namespace client_test
