// Each input the fuzzers of tests/fuzz/ found that broke something, kept as a
// test of its own so that the fix stays.
#include <mercadopago/detail/http_error.hpp>
#include <mercadopago/detail/text.hpp>
#include <mercadopago/retry_policy.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/webhooks.hpp>

#include <boost/json/parse.hpp>
#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <string>

namespace fuzz_regressions_test {

namespace mp = mercadopago;
using namespace std::chrono_literals;

TEST_CASE("webhooks: a signature made by sign() verifies when the request id ends in a blank (webhooks_fuzzer)") {
    // verify() trims its inputs as HTTP servers trim header values; sign() used not to.
    const std::string request_id = "ORD04c27bd183 ";
    const std::string made = mp::webhooks::sign(request_id, " 123 ", "s3cret", 1742505638);
    CHECK(mp::webhooks::verify(made, request_id, " 123 ", "s3cret"));
    CHECK(mp::webhooks::verify(made, "ORD04c27bd183", "123", "s3cret"));
    CHECK_FALSE(mp::webhooks::verify(made, "ORD04c27bd18", "123", "s3cret"));
}

TEST_CASE("Retry-After: an HTTP-date past the year 2262 neither overflows nor waits forever (api_error_fuzzer)") {
    // Subtracting it from system_clock::now() converted it to nanoseconds: signed overflow (UBSan).
    const auto now = std::chrono::system_clock::now();
    const auto far = mp::detail::parse_retry_after("Wed, 21 Oct 7089 07:28:00 GMT", now);
    REQUIRE(far);
    CHECK(*far == std::chrono::seconds{1000000000});  // clamped like a huge delta-seconds value
    const auto past = mp::detail::parse_retry_after("Mon, 01 Jan 0001 00:00:00 GMT", now);
    REQUIRE(past);
    CHECK(*past == 0s);
    CHECK_FALSE(mp::detail::parse_retry_after("Wed, 21 Oct 2015 -7:28:00 GMT", now));
    const auto soon = mp::detail::parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT",
                                                    std::chrono::sys_days{std::chrono::year{2015} / 10 / 21} + 7h + 28min);
    REQUIRE(soon);
    CHECK(*soon == 30s);
}

TEST_CASE("API errors: the access token is redacted from causes, codes and data too (api_error_fuzzer)") {
    const std::string token = "APP_USR-7700112233445566-fuzz-secret-token";
    mp::http_response r;
    r.status = 409;
    r.body = R"({"errors":[{"code":"idempotency_key_already_used","message":"used by )" + token +
             R"(","details":["a)" + token + R"(b"]}]})";
    const mp::error e = mp::detail::http_error(r, token, std::chrono::system_clock::now());
    REQUIRE(e.causes.size() == 1);
    CHECK(e.causes[0].code == "idempotency_key_already_used");
    CHECK(e.causes[0].description == "used by [redacted]");
    CHECK(e.causes[0].data == "a[redacted]b");
    CHECK(e.body.find(token) == std::string::npos);
    CHECK(e.message.find(token) == std::string::npos);
}

TEST_CASE("sandbox: a path with bytes that are not UTF-8 gets a 404 whose body is JSON (sandbox_request_fuzzer)") {
    auto emu = std::make_shared<mp::sandbox::emulator>();
    mp::http_request req;
    req.method = mp::http_method::post;
    req.target = "/v1\xEF" "orders";
    req.headers = {{"Authorization", "Bearer TEST-1"}, {"Content-Type", "application/json"}};
    req.body = "{}";
    const mp::http_response r = emu->handle(req);
    CHECK(r.status == 404);
    boost::system::error_code ec;
    const auto body = boost::json::parse(r.body, ec);
    REQUIRE_FALSE(ec);
    CHECK(body.at("message").as_string() == "resource /v1\xEF\xBF\xBD" "orders not found");
}

TEST_CASE("utf8_or_replacement: well-formed UTF-8 passes, every malformed sequence becomes one U+FFFD") {
    using mp::detail::utf8_or_replacement;
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(utf8_or_replacement("plain ascii") == "plain ascii");
    CHECK(utf8_or_replacement("S\xC3\xA3o Paulo \xE2\x82\xAC \xF0\x9F\x92\xB3") == "S\xC3\xA3o Paulo \xE2\x82\xAC \xF0\x9F\x92\xB3");
    CHECK(utf8_or_replacement("a\xFFz") == "a" + fffd + "z");
    CHECK(utf8_or_replacement("\xC0\xAF") == fffd + fffd);          // overlong '/'
    CHECK(utf8_or_replacement("\xED\xA0\x80") == fffd + fffd + fffd);  // a surrogate: its lead, then two strays
    CHECK(utf8_or_replacement("\xF4\x90\x80\x80").substr(0, 3) == fffd);  // past U+10FFFF
    CHECK(utf8_or_replacement("\xE2\x82") == fffd);                 // cut short at the end
    CHECK(utf8_or_replacement("\xE2\x82" "x") == fffd + "x");        // cut short before ASCII
}

}  // namespace fuzz_regressions_test
