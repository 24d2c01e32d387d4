// Sandbox plumbing: splitting a request target into path segments and query
// parameters, matching it against path templates, and writing responses and
// errors in the classic API shape
// `{"message","error","status","cause":[{"code","description","data"}]}`.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/text.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/http.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox::detail {

using mercadopago::detail::lowercase;

/// A request target taken apart.
struct parsed_target {
    std::string path{};                   ///< decoded, without a trailing slash
    std::vector<std::string> segments{};  ///< decoded path segments
    query_params query{};                 ///< decoded, in order
};

inline parsed_target parse_target(std::string_view target) {
    parsed_target t;
    const auto q = target.find('?');
    std::string_view path = target.substr(0, q);
    if (const auto hash = path.find('#'); hash != std::string_view::npos) path = path.substr(0, hash);
    std::size_t i = 0;
    while (i < path.size()) {
        while (i < path.size() && path[i] == '/') ++i;
        if (i >= path.size()) break;
        const auto end = std::min(path.find('/', i), path.size());
        t.segments.push_back(mercadopago::detail::percent_decode(path.substr(i, end - i), false));
        i = end;
    }
    for (const auto& s : t.segments) t.path += "/" + s;
    if (t.path.empty()) t.path = "/";
    if (q != std::string_view::npos) {
        std::string_view rest = target.substr(q + 1);
        if (const auto hash = rest.find('#'); hash != std::string_view::npos) rest = rest.substr(0, hash);
        while (!rest.empty()) {
            const auto amp = rest.find('&');
            const std::string_view pair = rest.substr(0, amp);
            if (!pair.empty()) {
                const auto eq = pair.find('=');
                t.query.emplace_back(mercadopago::detail::percent_decode(pair.substr(0, eq), true),
                                     eq == std::string_view::npos ? std::string{} : mercadopago::detail::percent_decode(pair.substr(eq + 1), true));
            }
            if (amp == std::string_view::npos) break;
            rest.remove_prefix(amp + 1);
        }
    }
    return t;
}

/// The first value of query parameter `key`.
inline std::optional<std::string> query_value(const query_params& q, std::string_view key) {
    for (const auto& [k, v] : q)
        if (k == key) return v;
    return std::nullopt;
}

/// Whether `segments` fit a path template of an endpoint descriptor
/// ("/v1/payments/{id}/refunds"); the values of the `{…}` placeholders are
/// stored in `params`, in order.
inline bool match_path(std::string_view pattern, const std::vector<std::string>& segments,
                       std::vector<std::string>& params) {
    params.clear();
    while (!pattern.empty() && pattern.front() == '/') pattern.remove_prefix(1);
    std::size_t n = 0;
    while (!pattern.empty()) {
        const auto slash = pattern.find('/');
        const std::string_view p = pattern.substr(0, slash);
        if (n >= segments.size()) return false;
        if (!p.empty() && p.front() == '{') {
            if (segments[n].empty()) return false;
            params.push_back(segments[n]);
        } else if (p != segments[n]) {
            return false;
        }
        ++n;
        if (slash == std::string_view::npos) break;
        pattern.remove_prefix(slash + 1);
    }
    return n == segments.size();
}

/// One cause of a classic error: its code is written as a JSON number when it
/// is one (2006), else as text ("E301"); `data` is filled in by error_body.
using cause = mercadopago::error_cause;

/// The classic error body. `data` is "<dd-MM-yyyy>T<HH:mm:ss>UTC;<request id>",
/// as the API fills it.
inline std::string error_body(int status, std::string_view error, std::string_view message,
                              const std::vector<cause>& causes, std::string_view data, bool with_cause = true) {
    boost::json::object o;
    o["message"] = mercadopago::detail::utf8_or_replacement(message);  // messages may quote a path or an id
    o["error"] = error;
    o["status"] = status;
    if (with_cause) {
        boost::json::array a;
        for (const auto& c : causes) {
            boost::json::object e;
            bool numeric = !c.code.empty() && c.code.size() < 10;
            for (char ch : c.code) numeric = numeric && ch >= '0' && ch <= '9';
            if (numeric) e["code"] = std::stoll(c.code);
            else e["code"] = c.code;
            e["description"] = mercadopago::detail::utf8_or_replacement(c.description);
            e["data"] = mercadopago::detail::utf8_or_replacement(data);
            a.push_back(std::move(e));
        }
        o["cause"] = std::move(a);
    }
    return boost::json::serialize(o);
}

/// The Orders API's error body (shared reference errors-retries-idempotency.md
/// §1.2): `{"errors":[{"code":"order_not_found","message":"…","details":[…]}]}`.
inline std::string orders_error_body(std::string_view code, std::string_view message,
                                     const std::vector<std::string>& details) {
    boost::json::object e;
    e["code"] = code;
    e["message"] = mercadopago::detail::utf8_or_replacement(message);
    boost::json::array d;
    for (const auto& x : details) d.emplace_back(mercadopago::detail::utf8_or_replacement(x));
    e["details"] = std::move(d);
    boost::json::array errors;
    errors.push_back(std::move(e));
    boost::json::object o;
    o["errors"] = std::move(errors);
    return boost::json::serialize(o);
}

/// The `error` member the classic API sends with a status.
constexpr std::string_view error_name(int status) noexcept {
    switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 429: return "too_many_requests";
    case 503: return "service_unavailable";
    default: return status >= 500 ? "internal_error" : "bad_request";
    }
}

}  // namespace mercadopago::sandbox::detail
