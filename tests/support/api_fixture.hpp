// Test helpers for the resource facades: a client over a scripted transport
// (no retries unless asked, virtual time), and the checks every request must
// pass (method, target, credential, idempotency key exactly on writes, JSON
// content type on bodies).
#pragma once

#include <mercadopago/client.hpp>
#include <mercadopago/testing/scripted_transport.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <type_traits>
#include <vector>
#include <string>
#include <string_view>

namespace test_support {

namespace mp = mercadopago;
using api_client = mp::client<mp::testing::scripted_transport>;

inline const std::string token = "TEST-1234567890-010203-abcdef-539675046";

inline mp::client_options make_options(mp::testing::virtual_time& time, int max_retries) {
    mp::client_options o;
    o.access_token = token;
    o.max_retries = max_retries;
    time.install(o);
    return o;
}

/// A client over a scripted transport; no retries unless asked, no real sleeps.
struct api_fixture {
    mp::testing::scripted_transport t;
    mp::testing::virtual_time time;
    api_client cli;

    explicit api_fixture(int max_retries = 0) : cli(make_options(time, max_retries), t) {}

    /// The one request the call sent.
    mp::http_request sent() const {
        const auto rs = t.requests();
        REQUIRE(rs.size() == 1);
        return rs.front();
    }
};

inline std::size_t header_count(const mp::http_request& r, std::string_view name) {
    std::size_t n = 0;
    for (const auto& kv : r.headers) n += mp::detail::iequals(kv.first, name);
    return n;
}

inline std::string header(const mp::http_request& r, std::string_view name) {
    const auto v = mp::find_header(r.headers, name);
    return v ? std::string(*v) : std::string("<absent>");
}

inline bool is_uuid_v4(std::string_view s) {
    if (s.size() != 36) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    const char variant = s[19];
    return s[14] == '4' && (variant == '8' || variant == '9' || variant == 'a' || variant == 'b');
}

enum class cred { access_token, public_key };

/// Method, target and the headers every call must (or must not) carry:
/// the credential, an idempotency key exactly on writes, JSON content type on
/// bodies and none on GET.
inline void check_request(const mp::http_request& r, mp::http_method method, std::string_view target,
                   cred c = cred::access_token) {
    INFO(mp::to_string(r.method) << " " << r.target);
    CHECK(r.method == method);
    CHECK(r.target == target);
    if (c == cred::access_token) {
        CHECK(header_count(r, "Authorization") == 1);
        CHECK(header(r, "Authorization") == "Bearer " + token);
        CHECK(r.target.find("public_key") == std::string::npos);
    } else {
        CHECK(header_count(r, "Authorization") == 0);
        CHECK(r.target.find("public_key=TEST-pk") != std::string::npos);
    }
    if (method == mp::http_method::get) {
        CHECK(header_count(r, "X-Idempotency-Key") == 0);
        CHECK(header_count(r, "Content-Type") == 0);
        CHECK(r.body.empty());
    } else {
        CHECK(header_count(r, "X-Idempotency-Key") == 1);
        CHECK(is_uuid_v4(header(r, "X-Idempotency-Key")));
    }
    if (!r.body.empty()) CHECK(header(r, "Content-Type") == "application/json");
    CHECK(header(r, "Accept") == "application/json");
}

/// Every element of a search range; fails the test if it does not end.
template <class Range>
auto drain(Range&& range) {
    std::vector<typename std::remove_cvref_t<Range>::iterator::value_type> out;
    for (auto&& r : range) {
        out.push_back(std::move(r));
        if (out.size() > 1000) FAIL("the range does not end");
    }
    return out;
}

}  // namespace test_support
