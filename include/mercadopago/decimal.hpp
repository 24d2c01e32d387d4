// mercadopago::decimal — exact decimal numbers for money.
//
// Amounts never pass through binary floating point: a decimal is an integer
// mantissa and a count of decimal places, read from the JSON number's own text
// and written back in plain notation ("100.50", never "1.005E2").
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/checked.hpp>
#include <mercadopago/result.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// An exact decimal number for money: an int64 mantissa and 0–18 decimal places, read from the JSON
/// number's own text and written back in plain notation ("100.50"). Doubles are refused.
class decimal {
public:
    /// Most decimal places a value may carry (the int64 mantissa holds 18 digits).
    static constexpr int max_scale = 18;

    /// Zero, with no decimal places.
    constexpr decimal() noexcept = default;

    /// Whole numbers convert implicitly: `.transaction_amount = 100`.
    template <std::integral I>
        requires(!std::same_as<I, bool>)
    constexpr decimal(I whole) : mantissa_(checked_int(whole)), scale_(0) {}

    /// Binary floating point is refused on purpose: 0.1 has no exact double.
    template <std::floating_point F>
    decimal(F) = delete;

    /// Parses text such as "12.34", "-5", "5.0E8"; throws std::invalid_argument
    /// on bad text. Prefer `parse()` for untrusted input.
    explicit decimal(std::string_view text) {
        auto r = parse(text);
        if (!r) throw std::invalid_argument("mercadopago::decimal: " + r.error().message);
        *this = *r;
    }

    /// `mantissa × 10^-scale`, e.g. from_units(1234, 2) == 12.34.
    static constexpr decimal from_units(std::int64_t mantissa, int scale) {
        if (scale < 0 || scale > max_scale) throw std::out_of_range("mercadopago::decimal: scale out of range");
        decimal d;
        d.mantissa_ = mantissa;
        d.scale_ = static_cast<std::uint8_t>(scale);
        return d;
    }
    /// An amount in cents (two decimal places): from_cents(1050) == 10.50.
    static constexpr decimal from_cents(std::int64_t cents) { return from_units(cents, 2); }

    /// Parses a JSON number or numeric string exactly. Accepts an optional '-',
    /// digits, an optional fraction and an optional exponent. A value written
    /// with a fraction or exponent keeps at least one decimal place, so it is
    /// still a fractional JSON number when written back (5.0E8 → 500000000.0).
    static result<decimal> parse(std::string_view text) noexcept;

    /// The digits as an integer: 1050 for 10.50 (value = mantissa × 10^-scale).
    constexpr std::int64_t mantissa() const noexcept { return mantissa_; }
    /// Number of decimal places, 0–18: 2 for 10.50.
    constexpr int scale() const noexcept { return scale_; }

    /// The value as an integer count of `10^-scale` units, when exact
    /// (e.g. minor_units(2) gives cents); empty if it would round or overflow.
    std::optional<std::int64_t> minor_units(int scale) const noexcept;

    /// Plain decimal notation with this value's own number of places.
    std::string to_string() const;

    /// Longest text format() writes: sign, 19 digits, point, leading zero.
    static constexpr std::size_t max_text_size = 24;
    /// Writes the plain notation to `out` (room for max_text_size chars) and
    /// returns its length; no allocation, for encoders.
    std::size_t format(char* out) const noexcept;

    /// The same value with trailing fractional zeros removed (12.50 → 12.5).
    decimal normalized() const noexcept;

    /// True when both the value and the number of places are equal
    /// (12.5 and 12.50 are equal values but not the same representation).
    constexpr bool same_representation(const decimal& o) const noexcept {
        return mantissa_ == o.mantissa_ && scale_ == o.scale_;
    }

    /// Numeric equality: 12.5 == 12.50 (see same_representation() for the stricter test).
    friend bool operator==(const decimal& a, const decimal& b) noexcept { return compare(a, b) == 0; }
    /// Numeric order, exact whatever the two scales.
    friend std::strong_ordering operator<=>(const decimal& a, const decimal& b) noexcept {
        int c = compare(a, b);
        return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
    }

    /// Exact arithmetic; throws std::overflow_error if the result does not fit.
    friend decimal operator+(const decimal& a, const decimal& b) { return add(a, b, false); }
    /// Exact difference, with the larger of the two scales; throws std::overflow_error if it does not fit.
    friend decimal operator-(const decimal& a, const decimal& b) { return add(a, b, true); }
    /// Exact product by a whole number (e.g. unit price × quantity), keeping `a`'s scale;
    /// throws std::overflow_error if it does not fit.
    friend decimal operator*(const decimal& a, std::int64_t n) {
        decimal r;
        if (!detail::checked_mul(a.mantissa_, n, r.mantissa_)) throw std::overflow_error("mercadopago::decimal: overflow");
        r.scale_ = a.scale_;
        return r;
    }
    /// As above, with the whole number first.
    friend decimal operator*(std::int64_t n, const decimal& a) { return a * n; }
    /// The negated value, same scale; throws std::overflow_error for the most negative mantissa.
    decimal operator-() const { return decimal{} - *this; }
    /// Adds `o` in place (see operator+); throws std::overflow_error if the sum does not fit.
    decimal& operator+=(const decimal& o) { return *this = *this + o; }
    /// Subtracts `o` in place (see operator-); throws std::overflow_error if the result does not fit.
    decimal& operator-=(const decimal& o) { return *this = *this - o; }

private:
    template <class I>
    static constexpr std::int64_t checked_int(I v) {
        if constexpr (std::is_unsigned_v<I> && sizeof(I) >= sizeof(std::int64_t)) {
            if (v > static_cast<std::make_unsigned_t<std::int64_t>>(std::numeric_limits<std::int64_t>::max()))
                throw std::overflow_error("mercadopago::decimal: integer out of range");
        }
        return static_cast<std::int64_t>(v);
    }
    static int compare(const decimal& a, const decimal& b) noexcept;
    static decimal add(const decimal& a, const decimal& b, bool subtract);

    std::int64_t mantissa_ = 0;
    std::uint8_t scale_ = 0;
};

namespace detail {
__extension__ typedef __int128 int128;

inline constexpr std::int64_t pow10_table[19] = {1LL,
                                                 10LL,
                                                 100LL,
                                                 1000LL,
                                                 10000LL,
                                                 100000LL,
                                                 1000000LL,
                                                 10000000LL,
                                                 100000000LL,
                                                 1000000000LL,
                                                 10000000000LL,
                                                 100000000000LL,
                                                 1000000000000LL,
                                                 10000000000000LL,
                                                 100000000000000LL,
                                                 1000000000000000LL,
                                                 10000000000000000LL,
                                                 100000000000000000LL,
                                                 1000000000000000000LL};
}  // namespace detail

inline result<decimal> decimal::parse(std::string_view s) noexcept {
    auto bad = [](const char* why) { return failure(errc::invalid_argument, why); };
    auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    // Lexing: -? int ('.' frac)? ([eE] [+-]? exp)?
    std::size_t i = 0;
    const bool negative = i < s.size() && s[i] == '-';
    if (negative) ++i;
    std::size_t int_begin = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    std::string_view int_digits = s.substr(int_begin, i - int_begin);
    if (int_digits.empty()) return bad("not a number");
    std::string_view frac_digits;
    bool fractional_form = false;
    if (i < s.size() && s[i] == '.') {
        fractional_form = true;
        std::size_t b = ++i;
        while (i < s.size() && is_digit(s[i])) ++i;
        frac_digits = s.substr(b, i - b);
        if (frac_digits.empty()) return bad("not a number");
    }
    long exponent = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        fractional_form = true;
        ++i;
        bool eneg = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
        std::size_t b = i;
        while (i < s.size() && is_digit(s[i])) {
            if (exponent < 1000000) exponent = exponent * 10 + (s[i] - '0');
            ++i;
        }
        if (i == b) return bad("not a number");
        if (eneg) exponent = -exponent;
    }
    if (i != s.size()) return bad("not a number");

    // The value is D × 10^-scale, D being the digits of both parts in order.
    const std::size_t total = int_digits.size() + frac_digits.size();
    auto digit_at = [&](std::size_t k) { return k < int_digits.size() ? int_digits[k] : frac_digits[k - int_digits.size()]; };
    long scale = static_cast<long>(frac_digits.size()) - exponent;
    std::size_t first = 0, last = total;  // D = digits[first, last)
    while (first < last && digit_at(first) == '0') ++first;
    if (first == last) {  // zero keeps its written places (0.00)
        long places = scale < 0 ? 0 : scale > max_scale ? max_scale : scale;
        if (fractional_form && places == 0) places = 1;
        return from_units(0, static_cast<int>(places));
    }
    while (scale > max_scale && digit_at(last - 1) == '0') {
        --last;
        --scale;
    }
    if (scale > max_scale) return bad("number has more than 18 decimal places");
    // Appending zeros for a negative scale, and one place for a fractional form.
    long pad = scale < 0 ? -scale : 0;
    if (scale < 0) scale = 0;
    if (fractional_form && scale == 0) {
        ++pad;
        scale = 1;
    }
    if (static_cast<long>(last - first) + pad > 19) return bad("number is out of range for a decimal");
    std::uint64_t m = 0;
    for (std::size_t k = first; k < last; ++k) m = m * 10 + static_cast<std::uint64_t>(digit_at(k) - '0');
    for (long k = 0; k < pad; ++k) {
        if (m > UINT64_MAX / 10) return bad("number is out of range for a decimal");
        m *= 10;
    }
    if (m > static_cast<std::uint64_t>(INT64_MAX)) return bad("number is out of range for a decimal");
    auto signed_m = static_cast<std::int64_t>(m);
    return from_units(negative ? -signed_m : signed_m, static_cast<int>(scale));
}

inline std::optional<std::int64_t> decimal::minor_units(int scale) const noexcept {
    if (scale < 0 || scale > max_scale) return std::nullopt;
    if (scale >= scale_) {
        std::int64_t out;
        if (!detail::checked_mul(mantissa_, detail::pow10_table[scale - scale_], out)) return std::nullopt;
        return out;
    }
    std::int64_t div = detail::pow10_table[scale_ - scale];
    if (mantissa_ % div != 0) return std::nullopt;
    return mantissa_ / div;
}

inline std::size_t decimal::format(char* out) const noexcept {
    // Magnitude as unsigned so INT64_MIN prints correctly.
    std::uint64_t mag = mantissa_ < 0 ? 0 - static_cast<std::uint64_t>(mantissa_) : static_cast<std::uint64_t>(mantissa_);
    char rev[24];
    int n = 0;
    do {
        rev[n++] = static_cast<char>('0' + mag % 10);
        mag /= 10;
    } while (mag != 0);
    while (n <= scale_) rev[n++] = '0';  // at least one digit before the point
    std::size_t len = 0;
    if (mantissa_ < 0) out[len++] = '-';
    for (int k = n - 1; k >= 0; --k) {
        out[len++] = rev[k];
        if (k == scale_ && scale_ > 0) out[len++] = '.';
    }
    return len;
}

inline std::string decimal::to_string() const {
    char buf[max_text_size];
    return std::string(buf, format(buf));
}

inline decimal decimal::normalized() const noexcept {
    decimal d = *this;
    while (d.scale_ > 0 && d.mantissa_ % 10 == 0) {
        d.mantissa_ /= 10;
        --d.scale_;
    }
    return d;
}

inline int decimal::compare(const decimal& a, const decimal& b) noexcept {
    // Align both to the larger scale in 128 bits: cannot overflow (2^63 × 10^18 < 2^127).
    int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
    detail::int128 x = static_cast<detail::int128>(a.mantissa_) * detail::pow10_table[s - a.scale_];
    detail::int128 y = static_cast<detail::int128>(b.mantissa_) * detail::pow10_table[s - b.scale_];
    return x < y ? -1 : x > y ? 1 : 0;
}

inline decimal decimal::add(const decimal& a, const decimal& b, bool subtract) {
    int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
    detail::int128 x = static_cast<detail::int128>(a.mantissa_) * detail::pow10_table[s - a.scale_];
    detail::int128 y = static_cast<detail::int128>(b.mantissa_) * detail::pow10_table[s - b.scale_];
    detail::int128 r = subtract ? x - y : x + y;
    if (r > INT64_MAX || r < INT64_MIN) throw std::overflow_error("mercadopago::decimal: overflow");
    return from_units(static_cast<std::int64_t>(r), s);
}

namespace literals {
/// `12.34_dec` reads the literal's characters, never a double.
inline decimal operator""_dec(const char* text) { return decimal(std::string_view(text)); }
}  // namespace literals

}  // namespace mercadopago
