// Turning a non-2xx response into one typed `error`. The status decides the
// category; the body is parsed best-effort (classic `{message,error,status,
// cause}`, Orders `{errors[]}`, gateway `{status,message}`, HTML, empty) and
// never turns a 5xx into a parse error.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/redact.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/models/api_error.hpp>
#include <mercadopago/retry_policy.hpp>

#include <chrono>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

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

/// The error for response `r`, its body read through the model `Body`.
/// `secret` (the access token) is removed from everything kept. (A template so
/// that only files that make calls compile the error body's codec.)
template <class Body = api_error_body>
error http_error(const http_response& r, std::string_view secret, std::chrono::system_clock::time_point now) {
    error e;
    e.code = category_of_status(r.status);
    e.http_status = r.status;
    e.headers = r.headers;
    e.body = r.body;
    redact_secret(e.body, secret);
    if (auto id = find_header(r.headers, "x-request-id")) e.request_id = std::string(*id);
    if (auto ra = find_header(r.headers, "retry-after")) e.retry_after = parse_retry_after(*ra, now);

    // The body through the same lenient model callers can decode themselves;
    // any shape it cannot read still leaves a complete error.
    bool json_body = false;
    if (!r.body.empty()) {
        if (auto body = from_json<Body>(r.body)) {
            json_body = true;
            e.message = body->message.value_or("");
            e.api_error = body->error.value_or("");
            for (auto& c : causes(*body))
                e.causes.push_back({c.code.value_or(""), c.description.value_or(""), c.data.value_or("")});
            for (const auto& d : body->errors.value_or(std::vector<api_error_detail>{})) {
                error_cause c{d.code.value_or(""), d.message.value_or(""), {}};
                for (const auto& detail : d.details.value_or(std::vector<std::string>{}))
                    c.data += (c.data.empty() ? "" : "; ") + detail;
                e.causes.push_back(std::move(c));
            }
            if (e.message.empty()) e.message = e.api_error;
            if (e.message.empty() && !e.causes.empty()) e.message = e.causes.front().description;
        }
    }
    if (e.message.empty()) {
        e.message = "HTTP " + std::to_string(r.status);
        if (auto p = reason_phrase(r.status); !p.empty()) e.message += " " + std::string(p);
        if (!r.body.empty() && !json_body) e.message += " (body not an API error)";
    }
    // Whatever the server echoed, wherever it landed (a fuzzer found the
    // token inside a cause's details, which were not redacted).
    redact_secret(e.message, secret);
    redact_secret(e.api_error, secret);
    for (auto& c : e.causes) {
        redact_secret(c.code, secret);
        redact_secret(c.description, secret);
        redact_secret(c.data, secret);
    }
    for (auto& h : e.headers) redact_secret(h.second, secret);
    return e;
}

}  // namespace mercadopago::detail
