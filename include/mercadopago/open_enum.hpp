// open_enum — a string-valued vocabulary the API keeps extending.
//
// Values such as payment `status`, `status_detail` or `payment_type_id` are
// compared against named constants (`payment_status::approved`) type-safely:
// a payment status cannot be compared with a refund status by mistake. Unknown
// values are kept verbatim — an old program must not fail on a new value
// (one official SDK crashed on `digital_currency`).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <compare>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A named constant of the vocabulary `Enum` (literal, usable in constexpr).
template <class Enum>
struct enum_constant {
    std::string_view text;  ///< the value's wire text, e.g. "approved"
    /// The wire text, as `open_enum::str()` gives it.
    constexpr std::string_view str() const noexcept { return text; }
};

/// Base of every vocabulary: `struct payment_status : open_enum<payment_status> { … }`.
template <class Enum>
class open_enum {
public:
    using constant = enum_constant<Enum>;  ///< type of the vocabulary's named values (`payment_status::approved`)

    /// No value: empty text (empty() is true).
    open_enum() = default;
    /// One of the named values: `payment_status s = payment_status::approved;`.
    open_enum(constant c) : value_(c.text) {}
    /// Any text, including values this version does not know.
    explicit open_enum(std::string_view text) : value_(text) {}

    /// The value's text as on the wire, known to this version or not.
    const std::string& str() const noexcept { return value_; }
    /// True when there is no text (default-constructed, or the API sent an empty string).
    bool empty() const noexcept { return value_.empty(); }

    /// Same text.
    friend bool operator==(const open_enum& a, const open_enum& b) noexcept { return a.value_ == b.value_; }
    /// Same text as the named value: `if (p.status == payment_status::approved)`.
    friend bool operator==(const open_enum& a, constant b) noexcept { return a.value_ == b.text; }
    /// Orders by text (byte-wise), e.g. to use values as `std::map` keys.
    friend auto operator<=>(const open_enum& a, const open_enum& b) noexcept { return a.value_ <=> b.value_; }

private:
    std::string value_;
};

}  // namespace mercadopago
