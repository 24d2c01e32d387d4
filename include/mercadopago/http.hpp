// The HTTP vocabulary shared by the client and every transport.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/text.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The HTTP methods the API uses. `del` is DELETE (`delete` is a keyword); every method
/// but GET is sent with an idempotency key.
enum class http_method { get, /**< GET */ post, /**< POST */ put, /**< PUT */ patch, /**< PATCH */ del /**< DELETE */ };

/// The method's name as sent on the wire: "GET", "POST", "PUT", "PATCH" or "DELETE".
constexpr std::string_view to_string(http_method m) noexcept {
    switch (m) {
    case http_method::get: return "GET";
    case http_method::post: return "POST";
    case http_method::put: return "PUT";
    case http_method::patch: return "PATCH";
    case http_method::del: return "DELETE";
    }
    return "GET";
}

/// Header fields in order; names compare case-insensitively.
using http_headers = std::vector<std::pair<std::string, std::string>>;


/// The first value of header `name`, if present (case-insensitive name).
inline std::optional<std::string_view> find_header(const http_headers& h, std::string_view name) noexcept {
    for (const auto& [k, v] : h)
        if (detail::iequals(k, name)) return std::string_view(v);
    return std::nullopt;
}

/// One HTTP request as the client hands it to a transport.
struct http_request {
    http_method method = http_method::get;  ///< request method; only non-GET calls carry an idempotency key
    std::string target{};   ///< path and query, already percent-encoded: "/v1/payments/123?x=1"
    http_headers headers{};  ///< all headers to send, Authorization and X-Idempotency-Key included
    std::string body{};      ///< JSON request body; empty when the endpoint sends none (e.g. GET)
    /// Time left for this attempt: the transport must give up (errc::timeout) after it.
    std::chrono::milliseconds timeout{std::chrono::seconds{30}};
};

/// Any HTTP status is a response; only failures to get one are transport errors.
struct http_response {
    int status = 0;          ///< HTTP status code, e.g. 200 or 404
    http_headers headers{};  ///< response headers in the order received (e.g. x-request-id, Retry-After)
    std::string body{};      ///< response body as received, usually JSON; may be empty or HTML
};

}  // namespace mercadopago
