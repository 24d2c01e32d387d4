// How long to wait before retry number n: exponential growth with full jitter.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <algorithm>
#include <chrono>
#include <cmath>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// How long the client waits between attempts of a retried call: exponential
/// growth with full jitter. A `Retry-After` sent by the server takes precedence.
struct backoff_policy {
    std::chrono::milliseconds initial{500};                        ///< upper bound of the delay before the first retry
    std::chrono::milliseconds maximum{std::chrono::seconds{10}};  ///< cap on the upper bound, however many retries
    double multiplier = 2.0;  ///< factor by which the upper bound grows with each further retry

    /// Delay before retry `retry` (0 for the first retry), given a uniform
    /// random number in [0, 1). Full jitter: uniform in [0, min(maximum,
    /// initial × multiplier^retry)], so many clients that failed together do
    /// not retry together.
    std::chrono::milliseconds delay(int retry, double unit_random) const {
        const double ceiling_ms = std::min(static_cast<double>(maximum.count()),
                                           static_cast<double>(initial.count()) * std::pow(multiplier, retry));
        const double u = std::clamp(unit_random, 0.0, 1.0);
        return std::chrono::milliseconds{static_cast<long long>(ceiling_ms * u)};
    }
};

}  // namespace mercadopago
