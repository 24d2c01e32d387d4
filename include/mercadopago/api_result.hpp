// What a call to the API returns: result<T> plus what the exchange said.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>

#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Facts about one API call, on success and on failure alike.
struct call_info {
    int http_status = 0;            ///< HTTP status of the last response; 0 when no response arrived
    std::string request_id{};       ///< Mercado Pago's `x-request-id`
    std::string idempotency_key{};  ///< key sent with a write; reuse it to retry safely
    int attempts = 0;               ///< times the request was sent (1 + retries)
    http_headers headers{};         ///< response headers of the last attempt
};

/// `result<T>` of an API call. `info()` tells the status, request id and the
/// idempotency key used, also when the call failed (then `error()` has them too).
template <class T>
class [[nodiscard]] api_result : public result<T> {
public:
    /// Pairs the call's outcome (value or error) with the facts of its exchange.
    api_result(result<T> r, call_info info) : result<T>(std::move(r)), info_(std::move(info)) {}
    /// A failed call's result: `e`, with what the HTTP exchange said.
    api_result(mercadopago::error e, call_info info) : result<T>(std::move(e)), info_(std::move(info)) {}
    /// Internal (the decoders'): see result's build_in_place constructor. `fill` runs before `info`
    /// is moved in, so it may read it.
    template <class Fill>
    api_result(detail::build_in_place_t tag, call_info&& info, Fill&& fill)
        : result<T>(tag, std::forward<Fill>(fill)), info_(std::move(info)) {}
    /// Status, request id, idempotency key, attempt count and headers of the call.
    const call_info& info() const noexcept { return info_; }

private:
    call_info info_;
};

/// Response type of endpoints that answer with no body we model (DELETE, 204).
struct no_content {};

}  // namespace mercadopago
