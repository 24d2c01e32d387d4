// Turning a non-2xx response into one typed `error`. The status decides the
// category; the body is parsed best-effort (classic `{message,error,status,
// cause}`, Orders `{errors[]}`, gateway `{status,message}`, HTML, empty) and
// never turns a 5xx into a parse error.
#pragma once

#include <mercadopago/detail/redact.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/retry_policy.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <chrono>
#include <string>
#include <string_view>

namespace mercadopago::detail {

constexpr errc category_of_status(int status) noexcept {
    switch (status) {
    case 400: return errc::bad_request;
    case 401: return errc::unauthorized;
    case 402: return errc::payment_required;
    case 403: return errc::forbidden;
    case 404: return errc::not_found;
    case 409: return errc::conflict;
    case 422: return errc::unprocessable;
    case 423: return errc::locked;
    case 424: return errc::failed_dependency;
    case 429: return errc::rate_limited;
    default: return status >= 500 && status <= 599 ? errc::server : errc::http;
    }
}

constexpr std::string_view reason_phrase(int status) noexcept {
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 422: return "Unprocessable Entity";
    case 423: return "Locked";
    case 424: return "Failed Dependency";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "";
    }
}

inline std::string scalar_text(const boost::json::value& v) {
    if (const auto* s = v.if_string()) return std::string(s->data(), s->size());
    if (v.is_int64()) return std::to_string(v.get_int64());
    if (v.is_uint64()) return std::to_string(v.get_uint64());
    if (v.is_bool()) return v.get_bool() ? "true" : "false";
    return {};
}

/// Collects causes from every shape seen: an array of objects, one object,
/// nested arrays ([[{…}]]), [] and null.
inline void collect_causes(const boost::json::value& v, std::vector<error_cause>& out, int depth = 0) {
    if (depth > 4) return;
    if (const auto* a = v.if_array()) {
        for (const auto& e : *a) collect_causes(e, out, depth + 1);
        return;
    }
    const auto* o = v.if_object();
    if (!o) return;
    error_cause c;
    if (const auto* code = o->if_contains("code")) c.code = scalar_text(*code);
    if (const auto* d = o->if_contains("description")) c.description = scalar_text(*d);
    else if (const auto* m = o->if_contains("message")) c.description = scalar_text(*m);
    if (const auto* data = o->if_contains("data")) c.data = scalar_text(*data);
    if (const auto* details = o->if_contains("details"); details && details->is_array()) {
        for (const auto& d : details->get_array()) {
            if (!c.data.empty()) c.data += "; ";
            c.data += scalar_text(d);
        }
    }
    if (!c.code.empty() || !c.description.empty()) out.push_back(std::move(c));
}

/// The error for response `r`. `secret` (the access token) is removed from
/// everything kept.
inline error http_error(const http_response& r, std::string_view secret, std::chrono::system_clock::time_point now) {
    error e;
    e.code = category_of_status(r.status);
    e.http_status = r.status;
    e.headers = r.headers;
    e.body = r.body;
    redact_secret(e.body, secret);
    if (auto id = find_header(r.headers, "x-request-id")) e.request_id = std::string(*id);
    if (auto ra = find_header(r.headers, "retry-after")) e.retry_after = parse_retry_after(*ra, now);

    boost::json::error_code ec;
    const boost::json::value body = r.body.empty() ? boost::json::value{} : boost::json::parse(r.body, ec);
    if (!ec) {
        if (const auto* o = body.if_object()) {
            if (const auto* m = o->if_contains("message")) e.message = scalar_text(*m);
            if (const auto* k = o->if_contains("error")) e.api_error = scalar_text(*k);
            if (const auto* c = o->if_contains("cause")) collect_causes(*c, e.causes);
            if (const auto* es = o->if_contains("errors")) collect_causes(*es, e.causes);
            if (e.message.empty()) e.message = e.api_error;
            if (e.message.empty() && !e.causes.empty()) e.message = e.causes.front().description;
        }
    }
    if (e.message.empty()) {
        e.message = "HTTP " + std::to_string(r.status);
        if (auto p = reason_phrase(r.status); !p.empty()) e.message += " " + std::string(p);
        if (!r.body.empty() && ec) e.message += " (non-JSON body)";
    }
    redact_secret(e.message, secret);
    return e;
}

}  // namespace mercadopago::detail
