// Who may call the sandbox: `Authorization: Bearer TEST-…|APP_USR-…` (the
// access token), or `?public_key=TEST-…` on the endpoints the public key may
// call. Anything else is a 401 "invalid access token", as the API answers.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/text.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/checks.hpp>
#include <mercadopago/sandbox/router.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox::detail {

/// The shape of a test or production credential: the prefix, then letters,
/// digits, '-', '_' or '.' (at most 512 of them).
inline bool valid_credential(std::string_view t) {
    std::string_view rest;
    if (t.starts_with("TEST-")) rest = t.substr(5);
    else if (t.starts_with("APP_USR-")) rest = t.substr(8);
    else return false;
    if (rest.empty() || rest.size() > 512) return false;
    for (char ch : rest) {
        const bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' ||
                        ch == '_' || ch == '.';
        if (!ok) return false;
    }
    return true;
}

/// The seller behind an access token: its last dash-separated part when that
/// is a number (`APP_USR-<client>-<date>-<hash>-<user id>`), else `fallback`.
inline std::int64_t user_of(std::string_view token, std::int64_t fallback) {
    const std::string_view tail = token.substr(token.rfind('-') + 1);
    if (tail.size() >= 3 && tail.size() <= 15) {
        if (auto id = parse_int(tail); id && *id > 0) return *id;
    }
    return fallback;
}

/// Sets `c.who`, or returns the 401 that refuses the request.
inline std::optional<http_response> authenticate(call& c, bool public_ok, std::int64_t default_user_id) {
    if (auto auth = find_header(c.req.headers, "Authorization")) {
        std::string_view v = mercadopago::detail::trim(*auth);
        if (v.size() < 7 || !mercadopago::detail::iequals(v.substr(0, 7), "bearer "))
            return c.error(401, "invalid access token", {});
        v = mercadopago::detail::trim(v.substr(7));
        if (!valid_credential(v)) return c.error(401, "invalid access token", {});
        c.who = principal{std::string(v), false, user_of(v, default_user_id)};
        return std::nullopt;
    }
    if (auto pk = query_value(c.target.query, "public_key")) {
        if (!valid_credential(*pk)) return c.error(401, "invalid public_key", {});
        if (!public_ok)
            return c.error(401,
                           "a public_key cannot access " + c.target.path +
                               ": call it from your server with the access token (Authorization: Bearer)",
                           {});
        c.who = principal{*pk, true, 0};
        return std::nullopt;
    }
    return c.error(401, "invalid access token", {});
}

}  // namespace mercadopago::sandbox::detail
