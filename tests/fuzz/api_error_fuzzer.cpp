// The parser of API error responses (status, headers, body), which reads
// whatever a server or a proxy in between sends. The first two bytes are the
// status, then a Retry-After value up to '\n', then the body.
//
// Properties: nothing crashes; every error carries its category and a
// message; the access token never survives into the error, even when the
// body echoes it.
#include <mercadopago/detail/http_error.hpp>

#include "fuzz_check.hpp"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace mp = mercadopago;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    static constexpr std::string_view secret = "APP_USR-7700112233445566-fuzz-secret-token";
    mp::http_response r;
    r.status = 100 + (data[0] << 8 | data[1]) % 500;
    std::string_view in = fuzz::text(data + 2, size - 2);
    r.headers.emplace_back("Retry-After", std::string(fuzz::next_field(in)));
    r.headers.emplace_back("x-request-id", "fuzz-request");
    // The body as sent, then with the token spliced in where a server might echo it.
    r.body = std::string(in);
    r.body.insert(r.body.size() / 2, secret);

    const mp::error e = mp::detail::http_error(r, secret, std::chrono::system_clock::now());
    MERCADOPAGO_FUZZ_CHECK(!e.message.empty(), "an API error has a message");
    MERCADOPAGO_FUZZ_CHECK(e.http_status == r.status, "the status is kept");
    MERCADOPAGO_FUZZ_CHECK(e.body.find(secret) == std::string::npos, "the token is redacted from the body");
    MERCADOPAGO_FUZZ_CHECK(e.message.find(secret) == std::string::npos, "the token is redacted from the message");
    MERCADOPAGO_FUZZ_CHECK(e.api_error.find(secret) == std::string::npos, "the token is redacted from `error`");
    for (const auto& c : e.causes) {
        MERCADOPAGO_FUZZ_CHECK(c.code.find(secret) == std::string::npos, "the token is redacted from cause codes");
        MERCADOPAGO_FUZZ_CHECK(c.description.find(secret) == std::string::npos, "the token is redacted from causes");
        MERCADOPAGO_FUZZ_CHECK(c.data.find(secret) == std::string::npos, "the token is redacted from cause data");
    }
    return 0;
}
