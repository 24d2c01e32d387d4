// The sandbox emulator's request handling (paths, queries, headers, bodies):
// it serves any HTTP client, so it must survive whatever one sends. An input
// is a method byte, then '\n'-separated fields: target, Authorization,
// X-Idempotency-Key, and the body (the rest).
//
// Properties: nothing crashes; every answer has an HTTP status, and a JSON
// answer's body is valid JSON.
#include <mercadopago/sandbox.hpp>

#include "fuzz_check.hpp"

#include <boost/json/parse.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace mp = mercadopago;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    // One emulator for a while, so later inputs meet state earlier ones made
    // (tokens, payments, orders); a fresh one now and then bounds memory.
    static std::shared_ptr<mp::sandbox::emulator> emu;
    static unsigned runs = 0;
    if (!emu || ++runs % 5000 == 0) emu = std::make_shared<mp::sandbox::emulator>();

    constexpr mp::http_method methods[] = {mp::http_method::get, mp::http_method::post, mp::http_method::put,
                                           mp::http_method::patch, mp::http_method::del};
    mp::http_request req;
    req.method = methods[data[0] % 5];
    std::string_view in = fuzz::text(data + 1, size - 1);
    req.target = std::string(fuzz::next_field(in));
    const std::string_view auth = fuzz::next_field(in);
    const std::string_view key = fuzz::next_field(in);
    if (!auth.empty()) req.headers.emplace_back("Authorization", std::string(auth));
    if (!key.empty()) req.headers.emplace_back("X-Idempotency-Key", std::string(key));
    req.headers.emplace_back("Content-Type", "application/json");
    req.body = std::string(in);

    const mp::http_response r = emu->handle(req);
    MERCADOPAGO_FUZZ_CHECK(r.status >= 100 && r.status <= 599, "an answer has an HTTP status");
    const auto type = mp::find_header(r.headers, "Content-Type");
    if (type && type->find("json") != std::string_view::npos && !r.body.empty()) {
        boost::system::error_code ec;
        (void)boost::json::parse(r.body, ec);
        MERCADOPAGO_FUZZ_CHECK(!ec, "a JSON answer is valid JSON");
    }
    return 0;
}
