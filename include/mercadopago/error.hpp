// The one error type every fallible operation of the library reports.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// What kind of failure an `error` describes. Later layers (transport, HTTP,
/// webhooks) add their categories here so callers switch over one enum.
enum class errc {
    invalid_json,      ///< the text is not JSON (syntax, depth, size limits)
    decode,            ///< valid JSON whose shape does not fit the model
    invalid_argument,  ///< the caller passed something unusable
    transport,         ///< connect failure, reset, broken connection
    timeout,           ///< a connect/read/write timeout or the call deadline
    tls,               ///< TLS handshake or certificate verification failed
    bad_request,       ///< HTTP 400
    unauthorized,      ///< HTTP 401
    payment_required,  ///< HTTP 402
    forbidden,         ///< HTTP 403
    not_found,         ///< HTTP 404
    conflict,          ///< HTTP 409
    unprocessable,     ///< HTTP 422
    locked,            ///< HTTP 423
    failed_dependency, ///< HTTP 424
    rate_limited,      ///< HTTP 429
    server,            ///< HTTP 5xx
    http,              ///< any other non-2xx status
    signature,         ///< a webhook signature did not verify
    cancelled,         ///< an asynchronous call was cancelled (Asio cancellation slot) before it finished
};

/// A stable, lowercase name for an error category (used in messages and logs).
constexpr std::string_view to_string(errc c) noexcept {
    switch (c) {
    case errc::invalid_json: return "invalid_json";
    case errc::decode: return "decode";
    case errc::invalid_argument: return "invalid_argument";
    case errc::transport: return "transport";
    case errc::timeout: return "timeout";
    case errc::tls: return "tls";
    case errc::bad_request: return "bad_request";
    case errc::unauthorized: return "unauthorized";
    case errc::payment_required: return "payment_required";
    case errc::forbidden: return "forbidden";
    case errc::not_found: return "not_found";
    case errc::conflict: return "conflict";
    case errc::unprocessable: return "unprocessable";
    case errc::locked: return "locked";
    case errc::failed_dependency: return "failed_dependency";
    case errc::rate_limited: return "rate_limited";
    case errc::server: return "server";
    case errc::http: return "http";
    case errc::signature: return "signature";
    case errc::cancelled: return "cancelled";
    }
    return "unknown";
}

/// One entry of an API error's `cause[]` (classic APIs) or `errors[]` (Orders API).
struct error_cause {
    std::string code{};         ///< "2006", "E301", "idempotency_key_already_used" (numbers kept as text)
    std::string description{};  ///< `description` (classic) or `message` (Orders)
    std::string data{};         ///< `data` (classic), or Orders `details[]` joined by "; "
};

/// A failure: its category, a human-readable message and, for decode errors,
/// the JSON path where it happened (`payer.identification.number`). Errors of
/// API calls also carry what the HTTP exchange said. Messages never contain
/// credentials or card data.
struct error {
    errc code = errc::invalid_argument;  ///< the failure's category; switch on it rather than on `message`
    /// Human-readable text: the API's `message` (else its `error` or first cause) for HTTP errors,
    /// "HTTP <status> <reason>" when the body had none; not stable enough to match on.
    std::string message{};
    std::string path{};  ///< JSON path of a decode error; empty otherwise

    // --- filled for errors of API calls -----------------------------------
    int http_status = 0;            ///< 0 when no response arrived
    std::string api_error{};          ///< the body's `error` member ("bad_request", "not_found", …)
    std::vector<error_cause> causes{};  ///< the body's `cause[]` / `errors[]` entries, in order; test with has_cause()
    std::string request_id{};         ///< `x-request-id`: quote it to Mercado Pago's support
    std::string idempotency_key{};    ///< the key the call used: retry later with it, no duplicate
    std::optional<std::chrono::seconds> retry_after{};  ///< from `Retry-After`, when sent
    std::vector<std::pair<std::string, std::string>> headers{};  ///< response headers
    std::string body{};               ///< raw response body (secrets redacted)
    int attempts = 0;               ///< how many times the request was sent

    /// True when the API reported this cause code (`has_cause("2006")`).
    bool has_cause(std::string_view cause_code) const noexcept {
        for (const auto& c : causes)
            if (c.code == cause_code) return true;
        return false;
    }

    /// `path: message` when there is a path, else the message alone.
    std::string what() const {
        if (path.empty()) return message;
        return path + ": " + message;
    }
};

}  // namespace mercadopago
