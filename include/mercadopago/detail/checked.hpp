// Overflow-checked int64 arithmetic in plain C++ (no compiler builtins), for
// money (decimal) and timestamps (webhook tolerance windows).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <cstdint>
#include <limits>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// a * b into `out`; false (out untouched) if it does not fit in int64.
constexpr bool checked_mul(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    if (a != 0 && b != 0) {
        if (a > 0 && b > 0 && a > max / b) return false;
        if (a > 0 && b < 0 && b < min / a) return false;
        if (a < 0 && b > 0 && a < min / b) return false;
        if (a < 0 && b < 0 && a < max / b) return false;  // the product is positive: a * b > max
    }
    out = a * b;
    return true;
}

/// a - b into `out`; false (out untouched) if it does not fit in int64.
constexpr bool checked_sub(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    if ((b > 0 && a < min + b) || (b < 0 && a > max + b)) return false;
    out = a - b;
    return true;
}

}  // namespace mercadopago::detail
