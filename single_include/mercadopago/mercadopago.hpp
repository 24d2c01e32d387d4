// SPDX-License-Identifier: MIT
// mercadopago 0.1.0 — single-header edition.
//
// GENERATED FILE, DO NOT EDIT: made by scripts/amalgamate.sh from
// include/mercadopago/mercadopago.hpp (every mercadopago/ header inlined once).
// Regenerate with ./scripts/amalgamate.sh; CI runs ./scripts/amalgamate.sh --check.
//
// Requirements: C++20, Boost.JSON >= 1.81 (link Boost::json / -lboost_json)
// and OpenSSL (-lssl -lcrypto).
#pragma once

// ---- begin mercadopago/mercadopago.hpp ----
// mercadopago — C++20 binding of the Mercado Pago payments REST API.
//
// The umbrella header: includes the whole public API. Including only the
// headers you use compiles faster; single_include/mercadopago/mercadopago.hpp
// is this header with every mercadopago/ header inlined (scripts/amalgamate.sh).


// ---- begin mercadopago/version.hpp ----
// The version of the mercadopago C++ binding: the one place it is written.
// CMakeLists.txt reads these three numbers for project(VERSION), and
// scripts/amalgamate.sh --check (the first step of CI) fails when meson.build
// or CHANGELOG.md names another version.

/// Major version of the library (the x of x.y.z).
#define MERCADOPAGO_VERSION_MAJOR 0
/// Minor version of the library (the y of x.y.z).
#define MERCADOPAGO_VERSION_MINOR 1
/// Patch version of the library (the z of x.y.z).
#define MERCADOPAGO_VERSION_PATCH 0

#define MERCADOPAGO_DETAIL_STRINGIZE(x) #x
#define MERCADOPAGO_DETAIL_VERSION_TEXT(major, minor, patch) \
    MERCADOPAGO_DETAIL_STRINGIZE(major) "." MERCADOPAGO_DETAIL_STRINGIZE(minor) "." MERCADOPAGO_DETAIL_STRINGIZE(patch)
/// The version as a string literal, "major.minor.patch" (e.g. "0.1.0").
#define MERCADOPAGO_VERSION_STRING \
    MERCADOPAGO_DETAIL_VERSION_TEXT(MERCADOPAGO_VERSION_MAJOR, MERCADOPAGO_VERSION_MINOR, MERCADOPAGO_VERSION_PATCH)

#define MERCADOPAGO_DETAIL_ABI_NAME(major, minor, patch) MERCADOPAGO_DETAIL_ABI_NAME_I(major, minor, patch)
#define MERCADOPAGO_DETAIL_ABI_NAME_I(major, minor, patch) v##major##_##minor##_##patch
/// The inline namespace every name of the library is declared in: `v0_1_0`
/// for version 0.1.0, so `mercadopago::payment` is really
/// `mercadopago::v0_1_0::payment`. Users write `mercadopago::payment` as
/// ever; what changes is the linker's name. Two libraries that each embed a
/// different version of this one can then be linked into one program: their
/// inline functions and templates (the whole library is made of them) no
/// longer share names, so neither silently runs the other's copy (an ODR
/// violation). tests/abi/ links two such libraries into one program. A
/// library that embeds this one may define MERCADOPAGO_ABI_NAMESPACE itself
/// (e.g. `-DMERCADOPAGO_ABI_NAMESPACE=mylib_v2`), the same in all its files,
/// to keep its copy apart even from another copy of the same version.
#ifndef MERCADOPAGO_ABI_NAMESPACE
#define MERCADOPAGO_ABI_NAMESPACE \
    MERCADOPAGO_DETAIL_ABI_NAME(MERCADOPAGO_VERSION_MAJOR, MERCADOPAGO_VERSION_MINOR, MERCADOPAGO_VERSION_PATCH)
#endif

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The library's version as text, e.g. for a User-Agent header.
inline constexpr const char* version_string = MERCADOPAGO_VERSION_STRING;

/// The library's version as numbers.
struct version_info {
    int major;  ///< major version number, as MERCADOPAGO_VERSION_MAJOR
    int minor;  ///< minor version number, as MERCADOPAGO_VERSION_MINOR
    int patch;  ///< patch version number, as MERCADOPAGO_VERSION_PATCH
};

/// The version of the headers this file was compiled with.
constexpr version_info version() noexcept {
    return {MERCADOPAGO_VERSION_MAJOR, MERCADOPAGO_VERSION_MINOR, MERCADOPAGO_VERSION_PATCH};
}

}  // namespace mercadopago
// ---- end mercadopago/version.hpp ----


// ---- begin mercadopago/codec.hpp ----
// json_codec<T>: how each C++ type is read from and written to JSON.
//
// Written once for every vocabulary type (strings, integers, booleans,
// decimal, timestamp, open enums, optionals, vectors, maps, free-form JSON)
// and once for every `described` model. Users may specialise json_codec for
// their own types.
//
// Leniencies, each one a documented quirk of the real API
// (shared reference: models.md §4):
//   * string members accept a JSON number and keep its source text
//     (card `id` 1562188766852, `last_four_digits` 5682 arrive as numbers);
//   * integer members accept a string holding an integer (`quantity: "1"`),
//     and a masked "***" (card expiry returned masked) reads as absent;
//   * boolean members accept "true"/"false" (`request_public: "true"`);
//   * decimals accept a numeric string (`unit_price: "100.0"`);
//   * "" in a date field reads as absent (`money_release_date: ""`);
//   * an empty array where an object is expected reads as absent (`payer: []`).
// Whenever a value was read leniently, or was an explicit null, the model keeps
// the original JSON in `extra` under the same key; the encoder writes that
// original back while the typed member still holds the value read from it, so
// decode → encode reproduces what the API sent.



// ---- begin mercadopago/decimal.hpp ----
// mercadopago::decimal — exact decimal numbers for money.
//
// Amounts never pass through binary floating point: a decimal is an integer
// mantissa and a count of decimal places, read from the JSON number's own text
// and written back in plain notation ("100.50", never "1.005E2").



// ---- begin mercadopago/detail/checked.hpp ----
// Overflow-checked int64 arithmetic in plain C++ (no compiler builtins), for
// money (decimal) and timestamps (webhook tolerance windows).


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
// ---- end mercadopago/detail/checked.hpp ----

// ---- begin mercadopago/result.hpp ----
// result<T>: a value or an `error`, in the spirit of std::expected.
// Nothing throws until a caller asks for `.value()` of a failed result.



// ---- begin mercadopago/error.hpp ----
// The one error type every fallible operation of the library reports.


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
// ---- end mercadopago/error.hpp ----

#include <stdexcept>
#include <type_traits>
#include <utility>
#include <new>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Thrown only by `result<T>::value()` on a failed result; carries the error.
class exception : public std::runtime_error {
public:
    /// Wraps `e`; what() reads "<category>: <path>: <message>" (the path only for decode errors).
    explicit exception(mercadopago::error e)
        : std::runtime_error(std::string(to_string(e.code)) + ": " + e.what()), error_(std::move(e)) {}
    /// The full error: category, message, and for API calls status, request id and causes.
    const mercadopago::error& error() const noexcept { return error_; }

private:
    mercadopago::error error_;
};

/// Tag to build a failed result: `return mercadopago::failure(errc::decode, "…");`
struct failure {
    mercadopago::error error;  ///< the error the result will hold
    /// From a complete error.
    failure(mercadopago::error e) : error(std::move(e)) {}
    /// From a category, a message and, for decode errors, the JSON path where it happened.
    failure(errc code, std::string message, std::string path = {})
        : error{code, std::move(message), std::move(path)} {}
};

namespace detail {
/// Tag of result<T>'s constructor that builds the T where the result lives (decoders use it).
struct build_in_place_t {
    explicit build_in_place_t() = default;
};
inline constexpr build_in_place_t build_in_place{};
}  // namespace detail

/// A value of type `T`, or the `error` that prevented it; what every fallible operation returns.
/// Test it (`if (r)`) before `*r`; `value()` throws `mercadopago::exception` on an error.
template <class T>
class [[nodiscard]] result {
    static_assert(!std::is_reference_v<T>, "result<T&> is not supported");

public:
    using value_type = T;  ///< the type of the value on success

    /// A success holding a copy of `v`.
    result(const T& v) : value_(v), ok_(true) {}
    /// A success holding `v`, moved in.
    result(T&& v) : value_(std::move(v)), ok_(true) {}
    /// A failure: `return failure(errc::decode, "…");`.
    result(failure f) : error_(std::move(f.error)), ok_(false) {}
    /// A failure holding `e`.
    result(mercadopago::error e) : error_(std::move(e)), ok_(false) {}
    /// A success whose value is built in place from `args`.
    template <class... Args>
    explicit result(std::in_place_t, Args&&... args) : value_(std::forward<Args>(args)...), ok_(true) {}
    /// Internal (the decoders'): a value-initialised T, completed by `fill(T&, error&)`; when `fill`
    /// returns false the result holds the error it set instead. The T is built where the result
    /// lives and never moved: returning this prvalue does not compile T's move constructor, which
    /// for a payment is the move constructor of every nested model.
    template <class Fill>
    result(detail::build_in_place_t, Fill&& fill) : ok_(true) {
        ::new (static_cast<void*>(&value_)) T();
        try {
            mercadopago::error e;
            if (!std::forward<Fill>(fill)(value_, e)) *this = std::move(e);
        } catch (...) {
            destroy();
            throw;
        }
    }

    /// Copies the value or the error.
    result(const result& other) : ok_(other.ok_) {
        if (ok_) ::new (static_cast<void*>(&value_)) T(other.value_);
        else ::new (static_cast<void*>(&error_)) mercadopago::error(other.error_);
    }
    /// Moves the value or the error; `other` keeps a moved-from one.
    result(result&& other) noexcept(std::is_nothrow_move_constructible_v<T>) : ok_(other.ok_) {
        if (ok_) ::new (static_cast<void*>(&value_)) T(std::move(other.value_));
        else ::new (static_cast<void*>(&error_)) mercadopago::error(std::move(other.error_));
    }
    /// Copies `other`'s value or error. If building the new side throws, this holds an empty error.
    result& operator=(const result& other) {
        if (this != &other) assign(other);
        return *this;
    }
    /// As above, moving from `other`.
    result& operator=(result&& other) noexcept(std::is_nothrow_move_constructible_v<T> &&
                                               std::is_nothrow_move_assignable_v<T>) {
        if (this != &other) assign(std::move(other));
        return *this;
    }
    /// Holds error `e` from now on, dropping the value or error held before (no T is moved or copied).
    result& operator=(mercadopago::error e) noexcept {
        static_assert(std::is_nothrow_move_constructible_v<mercadopago::error>);
        destroy();
        ::new (static_cast<void*>(&error_)) mercadopago::error(std::move(e));
        ok_ = false;
        return *this;
    }
    /// As above: `r = mercadopago::failure(errc::decode, "…");`
    result& operator=(failure f) noexcept { return *this = std::move(f.error); }
    ~result() { destroy(); }

    /// True on success, false when this holds an error.
    bool has_value() const noexcept { return ok_; }
    /// Same as has_value(): `if (auto r = cli.payments().get(id)) use(*r);`.
    explicit operator bool() const noexcept { return ok_; }

    /// The value; throws `mercadopago::exception` when this holds an error.
    T& value() & { check(); return value_; }
    /// As above, read-only.
    const T& value() const& { check(); return value_; }
    /// As above, moving the value out of a temporary result.
    T&& value() && { check(); return std::move(value_); }

    /// Unchecked access: only after testing `has_value()`.
    T& operator*() & noexcept { return value_; }
    /// As above, read-only.
    const T& operator*() const& noexcept { return value_; }
    /// As above, moving the value out of a temporary result.
    T&& operator*() && noexcept { return std::move(value_); }
    /// Member access to the value, unchecked: only after testing `has_value()`.
    T* operator->() noexcept { return &value_; }
    /// As above, read-only.
    const T* operator->() const noexcept { return &value_; }

    /// The error; only meaningful when `!has_value()`. Asked of a success it
    /// is an empty error rather than undefined behaviour: a log line such as
    /// `check(r, r.error().what())` that formats it eagerly stays safe.
    const mercadopago::error& error() const& noexcept { return ok_ ? no_error() : error_; }
    /// As above, moving the error out of a temporary result (an empty error on success).
    mercadopago::error error() && { return ok_ ? mercadopago::error{} : std::move(error_); }

    /// A copy of the value, or `fallback` converted to `T` when this holds an error.
    template <class U>
    T value_or(U&& fallback) const& {
        return ok_ ? value_ : static_cast<T>(std::forward<U>(fallback));
    }
    /// The value moved out, or `fallback` converted to `T` when this holds an
    /// error: `client.payments().get(id).value_or(payment{})` copies nothing.
    template <class U>
    T value_or(U&& fallback) && {
        return ok_ ? std::move(value_) : static_cast<T>(std::forward<U>(fallback));
    }

private:
    static const mercadopago::error& no_error() noexcept {
        static const mercadopago::error none{};
        return none;
    }
    void check() const {
        if (!ok_) throw exception(error_);
    }
    void destroy() noexcept {
        if (ok_) value_.~T();
        else error_.~error();
    }
    // Copies or moves `other` in. When the held side changes and the new
    // one's constructor throws, this is left holding an empty error, never a
    // destroyed member.
    template <class R>
    void assign(R&& other) {
        if (ok_ && other.ok_) {
            value_ = std::forward<R>(other).value_;
            return;
        }
        if (!ok_ && !other.ok_) {
            error_ = std::forward<R>(other).error_;
            return;
        }
        destroy();
        ok_ = false;
        try {
            if (other.ok_) ::new (static_cast<void*>(&value_)) T(std::forward<R>(other).value_);
            else ::new (static_cast<void*>(&error_)) mercadopago::error(std::forward<R>(other).error_);
        } catch (...) {
            ::new (static_cast<void*>(&error_)) mercadopago::error();
            throw;
        }
        ok_ = other.ok_;
    }

    // A tagged union rather than std::variant: the same layout, and far less
    // for the compiler to instantiate per T (every call's result type is one).
    union {
        T value_;
        mercadopago::error error_;
    };
    bool ok_;
};

/// result<void>: success, or an error.
template <>
class [[nodiscard]] result<void> {
public:
    using value_type = void;  ///< no value: success carries nothing
    /// Success.
    result() = default;
    /// A failure: `return failure(errc::invalid_argument, "…");`.
    result(failure f) : error_(std::move(f.error)), failed_(true) {}
    /// A failure holding `e`.
    result(mercadopago::error e) : error_(std::move(e)), failed_(true) {}

    /// True on success, false when this holds an error.
    bool has_value() const noexcept { return !failed_; }
    /// Same as has_value().
    explicit operator bool() const noexcept { return !failed_; }
    /// Nothing on success; throws `mercadopago::exception` when this holds an error.
    void value() const {
        if (failed_) throw exception(error_);
    }
    /// The error; an empty error on success.
    const mercadopago::error& error() const& noexcept { return error_; }

private:
    mercadopago::error error_{};
    bool failed_ = false;
};

}  // namespace mercadopago
// ---- end mercadopago/result.hpp ----

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
// ---- end mercadopago/decimal.hpp ----

// ---- begin mercadopago/describe.hpp ----
// Compile-time field descriptors: how a model states its JSON shape.
//
// A model is a plain aggregate that names its fields once, in one list:
//
//     struct identification {
//         optional<std::string> type;     // mercadopago::optional (or std::optional)
//         optional<std::string> number;
//         extra_fields extra;   // unknown keys, kept for round trips
//
//         MERCADOPAGO_FIELDS(identification, type, number);
//     };
//
// The JSON name is the member's name; where it differs, the entry is a pair:
// `MERCADOPAGO_FIELDS(item, id, (colour, "color"))`. The macro writes two
// declarations, which may also be written by hand:
//
//     using json_fields = mercadopago::fields<&identification::type, &identification::number>;
//     static constexpr char json_names[] = "type\0number";  // the JSON names, in the same order
//
// Why a list of pointers to members and one string of names, and not a
// constexpr `std::tuple` of descriptor objects (this library's first design),
// Boost.Describe's macros or glaze's `glz::object(...)`: naming a class
// template specialisation in an alias instantiates nothing, and a string
// literal costs the compiler nothing to evaluate. The codec and its lookup
// tables are instantiated only in a translation unit that encodes or decodes
// the model. A `std::tuple` built by CTAD instead instantiates libstdc++'s
// constraint machinery (`_TupleConstraints`, `__and_`, `_Tuple_impl`) for
// every model of every included header, used or not: that was 4.8x the
// dependencies' own compile time for a file that included the library and
// used nothing. A list of `field<"name", &Class::member>` types (this
// library's second design) made g++ deduce and constant-evaluate a
// class-type template argument per field while reading the headers: 0.44 G
// instructions for the library's models, a sixteenth of compiling its
// dependencies, against 0.24 G for this form. Boost.Describe lists members much
// the same way but caps a class at 52 members (a payment has 69) and has no
// renames; glaze's descriptors are values, so they are built eagerly like the
// tuple. The codec walks the list by pack expansion, so it never indexes into
// it (no recursive type-list algorithms, no `std::tuple_element`).


#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace detail {
template <class P>
struct member_pointer_traits;
template <class C, class M>
struct member_pointer_traits<M C::*> {
    using class_type = C;
    using member_type = M;
};
}  // namespace detail

/// The fields of a model, in the order they are written: pointers to its data members (`&C::m`).
template <auto... Members>
struct fields {
    static constexpr std::size_t size = sizeof...(Members);  ///< number of fields in the list
};

/// The type of the data member a pointer to member `Member` designates, e.g. `optional<std::string>`.
template <auto Member>
using member_type_of = typename detail::member_pointer_traits<decltype(Member)>::member_type;

/// A model: lists its fields in `json_fields`, their JSON names in `json_names`, and keeps what they
/// do not hold in `extra` (`extra_fields`, or a plain boost::json::object), so decode → encode loses
/// nothing.
template <class T>
concept described = std::is_class_v<T> && requires(T& t) {
    T::json_fields::size;
    T::json_names;
    t.extra;
};

/// Number of fields of a described type.
template <described T>
inline constexpr std::size_t field_count = T::json_fields::size;

namespace detail {

/// The first eight bytes of a name as a big-endian integer (zero-padded): two
/// names with different keys order like the names themselves, so most probes
/// of the lookup compare one integer instead of calling memcmp.
constexpr std::uint64_t name_key(std::string_view s) noexcept {
    std::uint64_t k = 0;
    for (std::size_t i = 0; i < 8; ++i) k = (k << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
    return k;
}

struct field_name_entry {
    std::uint64_t key;
    std::string_view name;
    std::size_t index;
};

/// Sorts by name. An insertion sort written once, rather than std::sort with
/// a comparator: std::sort would be instantiated anew for every model.
constexpr void sort_by_name(field_name_entry* first, std::size_t n) noexcept {
    for (std::size_t i = 1; i < n; ++i) {
        const field_name_entry e = first[i];
        std::size_t j = i;
        for (; j > 0 && e.name < first[j - 1].name; --j) first[j] = first[j - 1];
        first[j] = e;
    }
}

/// Not constexpr: reached while constant-evaluating field_names, it stops the
/// compilation with its name as the message.
void json_names_must_hold_one_plain_name_per_field();

/// The JSON names of T's fields, in field order, split out of `T::json_names`
/// (one string, each name ended by a NUL). Fails to compile when the string
/// does not hold one valid name per field.
template <described T>
inline constexpr auto field_names = [] {
    constexpr std::size_t n = T::json_fields::size;
    std::array<std::string_view, n + 1> out{};  // one spare entry: a model may have no fields
    const char* const text = T::json_names;
    const std::size_t size = sizeof(T::json_names);
    std::size_t count = 0, start = 0;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = text[i];
        if (c == '\0') {
            if (count == n || i == start) json_names_must_hold_one_plain_name_per_field();
            out[count++] = std::string_view(text + start, i - start);
            start = i + 1;
        } else if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
            json_names_must_hold_one_plain_name_per_field();  // names are written unescaped
        }
    }
    if (count != n) json_names_must_hold_one_plain_name_per_field();
    return out;
}();

/// Field names sorted, each with its index in the list: the decoder finds a
/// key's field by binary search instead of comparing against every name.
template <described T>
inline constexpr auto sorted_field_names = [] {
    constexpr std::size_t n = T::json_fields::size;
    std::array<field_name_entry, n> out{};
    for (std::size_t i = 0; i < n; ++i) out[i] = field_name_entry{name_key(field_names<T>[i]), field_names<T>[i], i};
    sort_by_name(out.data(), out.size());
    return out;
}();

template <described T>
inline constexpr bool has_unique_field_names = [] {
    const auto& n = sorted_field_names<T>;
    for (std::size_t i = 1; i < n.size(); ++i)
        if (n[i - 1].name == n[i].name) return false;
    return true;
}();

/// Index of the field called `key` among `n` names sorted by sorted_names,
/// or `n` if there is none. Not a template: one copy serves every model.
constexpr std::size_t find_field(const field_name_entry* names, std::size_t n, std::string_view key) noexcept {
    const std::uint64_t k = name_key(key);
    std::size_t lo = 0, hi = n;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        int c = names[mid].key < k ? -1 : names[mid].key > k ? 1 : 0;
        if (c == 0) c = names[mid].name.compare(key);
        if (c == 0) return names[mid].index;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return n;
}

/// Index of T's field called `key`, or field_count<T> if there is none.
template <described T>
constexpr std::size_t find_field(std::string_view key) noexcept {
    return find_field(sorted_field_names<T>.data(), field_count<T>, key);
}

}  // namespace detail
}  // namespace mercadopago

// --- MERCADOPAGO_FIELDS(class, entry, ...) -----------------------------------
// Each entry is a member name, or `(member, "json_name")`. Expands to
// `using json_fields = ::mercadopago::fields<&cls::member, …>;` and the
// `json_names` string. Up to 128 entries.
//
// The list is walked by a plain chain of macros, one per length (FE_n applies
// m to its first entry and hands the rest to FE_n-1): each entry costs one
// expansion. The shorter recursive __VA_OPT__ idiom rescans its whole output
// a fixed few hundred times per list, which made preprocessing the library's
// models cost more than parsing them.

/// Declares a model's fields, inside its class: `MERCADOPAGO_FIELDS(item, id, (colour, "color"))`; each
/// entry is a member whose JSON key is its name, or a `(member, "json_key")` pair. Up to 128 entries.
#define MERCADOPAGO_FIELDS(cls, ...)                                                                          \
    using json_fields = ::mercadopago::fields<MERCADOPAGO_DETAIL_FOR_EACH(MERCADOPAGO_DETAIL_MEMBER,            \
                                                                          MERCADOPAGO_DETAIL_COMMA, cls, __VA_ARGS__)>; \
    static constexpr char json_names[] =                                                                      \
        MERCADOPAGO_DETAIL_FOR_EACH(MERCADOPAGO_DETAIL_NAME, MERCADOPAGO_DETAIL_NAME_SEPARATOR, cls, __VA_ARGS__)

// m(c, x) for each x, with sep() between two of them.
#define MERCADOPAGO_DETAIL_FOR_EACH(m, sep, c, ...) \
    MERCADOPAGO_DETAIL_CAT(MERCADOPAGO_DETAIL_FE_, MERCADOPAGO_DETAIL_COUNT(__VA_ARGS__))(m, sep, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_COMMA() ,
#define MERCADOPAGO_DETAIL_NAME_SEPARATOR() "\0"

#define MERCADOPAGO_DETAIL_COUNT(...) MERCADOPAGO_DETAIL_COUNT_I(__VA_ARGS__, 128, 127, 126, 125, 124, 123, \
    122, 121, 120, 119, 118, 117, 116, 115, 114, 113, 112, 111, 110, 109, 108, 107, 106, 105, 104, 103, 102, \
    101, 100, 99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87, 86, 85, 84, 83, 82, 81, 80, 79, 78, 77, 76, \
    75, 74, 73, 72, 71, 70, 69, 68, 67, 66, 65, 64, 63, 62, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, \
    49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, \
    23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define MERCADOPAGO_DETAIL_COUNT_I(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, \
    _17, _18, _19, _20, _21, _22, _23, _24, _25, _26, _27, _28, _29, _30, _31, _32, _33, _34, _35, _36, _37, \
    _38, _39, _40, _41, _42, _43, _44, _45, _46, _47, _48, _49, _50, _51, _52, _53, _54, _55, _56, _57, _58, \
    _59, _60, _61, _62, _63, _64, _65, _66, _67, _68, _69, _70, _71, _72, _73, _74, _75, _76, _77, _78, _79, \
    _80, _81, _82, _83, _84, _85, _86, _87, _88, _89, _90, _91, _92, _93, _94, _95, _96, _97, _98, _99, _100, \
    _101, _102, _103, _104, _105, _106, _107, _108, _109, _110, _111, _112, _113, _114, _115, _116, _117, \
    _118, _119, _120, _121, _122, _123, _124, _125, _126, _127, _128, n, ...) n
#define MERCADOPAGO_DETAIL_FE_1(m, s, c, x) m(c, x)
#define MERCADOPAGO_DETAIL_FE_2(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_1(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_3(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_2(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_4(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_3(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_5(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_4(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_6(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_5(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_7(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_6(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_8(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_7(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_9(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_8(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_10(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_9(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_11(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_10(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_12(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_11(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_13(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_12(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_14(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_13(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_15(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_14(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_16(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_15(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_17(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_16(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_18(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_17(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_19(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_18(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_20(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_19(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_21(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_20(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_22(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_21(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_23(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_22(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_24(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_23(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_25(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_24(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_26(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_25(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_27(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_26(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_28(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_27(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_29(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_28(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_30(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_29(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_31(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_30(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_32(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_31(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_33(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_32(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_34(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_33(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_35(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_34(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_36(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_35(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_37(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_36(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_38(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_37(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_39(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_38(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_40(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_39(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_41(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_40(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_42(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_41(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_43(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_42(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_44(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_43(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_45(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_44(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_46(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_45(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_47(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_46(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_48(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_47(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_49(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_48(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_50(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_49(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_51(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_50(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_52(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_51(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_53(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_52(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_54(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_53(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_55(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_54(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_56(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_55(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_57(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_56(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_58(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_57(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_59(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_58(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_60(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_59(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_61(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_60(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_62(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_61(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_63(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_62(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_64(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_63(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_65(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_64(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_66(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_65(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_67(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_66(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_68(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_67(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_69(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_68(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_70(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_69(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_71(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_70(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_72(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_71(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_73(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_72(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_74(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_73(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_75(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_74(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_76(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_75(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_77(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_76(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_78(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_77(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_79(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_78(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_80(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_79(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_81(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_80(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_82(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_81(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_83(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_82(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_84(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_83(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_85(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_84(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_86(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_85(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_87(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_86(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_88(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_87(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_89(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_88(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_90(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_89(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_91(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_90(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_92(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_91(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_93(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_92(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_94(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_93(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_95(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_94(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_96(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_95(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_97(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_96(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_98(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_97(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_99(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_98(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_100(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_99(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_101(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_100(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_102(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_101(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_103(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_102(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_104(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_103(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_105(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_104(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_106(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_105(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_107(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_106(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_108(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_107(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_109(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_108(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_110(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_109(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_111(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_110(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_112(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_111(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_113(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_112(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_114(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_113(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_115(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_114(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_116(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_115(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_117(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_116(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_118(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_117(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_119(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_118(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_120(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_119(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_121(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_120(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_122(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_121(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_123(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_122(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_124(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_123(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_125(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_124(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_126(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_125(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_127(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_126(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_128(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_127(m, s, c, __VA_ARGS__)

// An entry `name` or `(member, "json")`: told apart by whether it starts with
// a parenthesis (PROBE x expands to two arguments only when x is `(…)`).
// MEMBER gives `&cls::member`, NAME the JSON name as a string literal.
#define MERCADOPAGO_DETAIL_MEMBER(cls, x) \
    MERCADOPAGO_DETAIL_CAT(MERCADOPAGO_DETAIL_MEMBER_, MERCADOPAGO_DETAIL_IS_PAREN(x))(cls, x)
#define MERCADOPAGO_DETAIL_MEMBER_0(cls, name) &cls::name
#define MERCADOPAGO_DETAIL_MEMBER_1(cls, pair) MERCADOPAGO_DETAIL_MEMBER_RENAMED(cls, MERCADOPAGO_DETAIL_UNPAREN pair)
#define MERCADOPAGO_DETAIL_MEMBER_RENAMED(cls, ...) MERCADOPAGO_DETAIL_MEMBER_RENAMED_I(cls, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_MEMBER_RENAMED_I(cls, member, json) &cls::member
#define MERCADOPAGO_DETAIL_NAME(cls, x) \
    MERCADOPAGO_DETAIL_CAT(MERCADOPAGO_DETAIL_NAME_, MERCADOPAGO_DETAIL_IS_PAREN(x))(cls, x)
#define MERCADOPAGO_DETAIL_NAME_0(cls, name) #name
#define MERCADOPAGO_DETAIL_NAME_1(cls, pair) MERCADOPAGO_DETAIL_NAME_RENAMED(cls, MERCADOPAGO_DETAIL_UNPAREN pair)
#define MERCADOPAGO_DETAIL_NAME_RENAMED(cls, ...) MERCADOPAGO_DETAIL_NAME_RENAMED_I(cls, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_NAME_RENAMED_I(cls, member, json) json
#define MERCADOPAGO_DETAIL_UNPAREN(...) __VA_ARGS__

#define MERCADOPAGO_DETAIL_IS_PAREN(x) MERCADOPAGO_DETAIL_SECOND(MERCADOPAGO_DETAIL_PROBE x, 0, ~)
#define MERCADOPAGO_DETAIL_PROBE(...) ~, 1
#define MERCADOPAGO_DETAIL_SECOND(...) MERCADOPAGO_DETAIL_SECOND_I(__VA_ARGS__)
#define MERCADOPAGO_DETAIL_SECOND_I(a, b, ...) b
#define MERCADOPAGO_DETAIL_CAT(a, b) MERCADOPAGO_DETAIL_CAT_I(a, b)
#define MERCADOPAGO_DETAIL_CAT_I(a, b) a##b
// ---- end mercadopago/describe.hpp ----

// ---- begin mercadopago/detail/config.hpp ----
// Build-mode switches shared by every header (see detail/instantiation.hpp
// for separate compilation).

// MERCADOPAGO_DETAIL_INSTANTIATE(declaration): an explicit instantiation of a
// template the library compiles once in separate-compilation mode: defined in
// <mercadopago/src.hpp>, declared extern everywhere else; nothing (a no-op
// declaration) in header-only mode.
#if defined(MERCADOPAGO_SOURCE)
#define MERCADOPAGO_DETAIL_INSTANTIATE(...) template __VA_ARGS__
#elif defined(MERCADOPAGO_SEPARATE_COMPILATION)
#define MERCADOPAGO_DETAIL_INSTANTIATE(...) extern template __VA_ARGS__
#else
#define MERCADOPAGO_DETAIL_INSTANTIATE(...) static_assert(true)
#endif

// MERCADOPAGO_DETAIL_DECL: `inline` on functions the library compiles once
// with separate compilation (the model codec's, the sandbox emulator's) in
// header-only mode, nothing with separate compilation. The
// mode must be the same for the whole program (the CMake and Meson targets
// define it for every file that links them).
#if defined(MERCADOPAGO_SEPARATE_COMPILATION) || defined(MERCADOPAGO_SOURCE)
#define MERCADOPAGO_DETAIL_DECL
#else
#define MERCADOPAGO_DETAIL_DECL inline
#endif

// MERCADOPAGO_DETAIL_COROUTINES_BEGIN / _END: around the library's Boost.Asio
// coroutines. g++ 12 reports a false -Wmismatched-new-delete at -O2 for every
// Asio coroutine frame (operator new and delete of awaitable_frame_base pair
// aligned_alloc with free; GCC PR middle-end/109224), which would break a
// user's `-Wall -Werror` build on the library's headers.
#if defined(__GNUC__) && !defined(__clang__)
#define MERCADOPAGO_DETAIL_COROUTINES_BEGIN \
    _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wmismatched-new-delete\"")
#define MERCADOPAGO_DETAIL_COROUTINES_END _Pragma("GCC diagnostic pop")
#else
#define MERCADOPAGO_DETAIL_COROUTINES_BEGIN
#define MERCADOPAGO_DETAIL_COROUTINES_END
#endif
// ---- end mercadopago/detail/config.hpp ----

// ---- begin mercadopago/detail/json_writer.hpp ----
// Appends JSON text to a std::string. The encoder writes models straight to
// text (keys are precomputed at compile time) instead of building a DOM first.



// ---- begin mercadopago/detail/number_texts.hpp ----
// number_texts: the source text of numbers kept in a Boost.JSON value.
//
// Boost.JSON stores a number as int64, uint64 or double, so `1.50` becomes 1.5,
// `123456789012345678901234567890` a rounded double and `1e400` infinity.
// Free-form JSON (unknown keys, `metadata`) must come back as it was sent, and
// money must never pass through a double, so beside such a value the library
// keeps the text of every number whose text the writer would not reproduce,
// keyed by JSON pointer (RFC 6901). Each entry also keeps the number as it
// was decoded: the writer uses the text only while the value at that pointer
// still equals it, so editing the value never writes a stale text.


#include <boost/json/value.hpp>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

class number_texts {
public:
    struct entry {
        std::string pointer;
        std::string text;
        boost::json::value number;  // as decoded: the text holds only while the value is still this
    };

    bool empty() const noexcept { return entries_.empty(); }
    void clear() noexcept { entries_.clear(); }

    /// Records `text` for the number at `pointer` (decoding visits pointers in
    /// document order, which is not sorted order: sorted once at the end).
    void add(std::string_view pointer, std::string_view text, boost::json::value number) {
        entries_.push_back({std::string(pointer), std::string(text), std::move(number)});
        sorted_ = false;
    }
    void finish() {
        if (!sorted_) std::sort(entries_.begin(), entries_.end(), [](const entry& a, const entry& b) { return a.pointer < b.pointer; });
        sorted_ = true;
    }

    /// The kept text of the number at `pointer` if `current` is still the
    /// number it was decoded as; null otherwise.
    const std::string* text_for(std::string_view pointer, const boost::json::value& current) const noexcept {
        auto it = lower_bound(pointer);
        if (it == entries_.end() || it->pointer != pointer || !(it->number == current)) return nullptr;
        return &it->text;
    }
    /// Whether any kept text lies at or under `pointer` (a subtree without one
    /// is written by the plain writer).
    bool any_under(std::string_view pointer) const noexcept {
        auto it = lower_bound(pointer);
        return it != entries_.end() && std::string_view(it->pointer).substr(0, pointer.size()) == pointer;
    }

private:
    std::vector<entry>::const_iterator lower_bound(std::string_view pointer) const noexcept {
        return std::lower_bound(entries_.begin(), entries_.end(), pointer,
                                [](const entry& e, std::string_view p) { return std::string_view(e.pointer) < p; });
    }

    std::vector<entry> entries_;
    bool sorted_ = true;
};

/// Appends `/token` to a JSON pointer, escaping '~' and '/' (RFC 6901).
inline void push_pointer_token(std::string& pointer, std::string_view token) {
    pointer.push_back('/');
    for (char c : token) {
        if (c == '~') pointer.append("~0");
        else if (c == '/') pointer.append("~1");
        else pointer.push_back(c);
    }
}
/// The key a JSON pointer token names: `~1` → `/`, `~0` → `~` (RFC 6901).
inline std::string pointer_token_key(std::string_view token) {
    std::string key;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            key.push_back(token[i + 1] == '1' ? '/' : '~');
            ++i;
        } else {
            key.push_back(token[i]);
        }
    }
    return key;
}
inline void push_pointer_index(std::string& pointer, std::size_t i) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, i);
    pointer.push_back('/');
    pointer.append(buf, r.ptr);
}

/// Where a node is, as a chain of segments on the stack: the JSON pointer
/// string is built only for the rare node that needs one (a kept number).
struct json_path {
    const json_path* parent = nullptr;
    std::string_view key{};  ///< an object member's key, or
    std::size_t index = 0;   ///< an array element's index
    bool is_index = false;

    void append_to(std::string& pointer) const {
        if (parent) parent->append_to(pointer);
        if (is_index) push_pointer_index(pointer, index);
        else push_pointer_token(pointer, key);
    }
    static std::string pointer_of(const json_path* p) {
        std::string out;
        if (p) p->append_to(out);
        return out;
    }
};

/// Whether the writer would print an integer decoded from `text` the same way
/// (`-0`, `+1` or `007` are not: their text is kept).
template <class I>
bool integer_text_is_canonical(std::string_view text, I v) noexcept {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return text == std::string_view(buf, static_cast<std::size_t>(r.ptr - buf));
}

}  // namespace mercadopago::detail
// ---- end mercadopago/detail/number_texts.hpp ----

// ---- begin mercadopago/detail/value_node.hpp ----
// The codec's node interface over a Boost.JSON value, for comparing a kept
// wire form (a scalar, or an array of scalars) with a typed member. Numbers
// are read by their kept source text when the value comes with its
// number_texts (`1e400` and `-0` are not what the DOM holds).



// ---- begin mercadopago/detail/tape.hpp ----
// A flat "tape" of JSON tokens built by Boost.JSON's basic_parser.
//
// Decoding walks this tape straight into typed structs: there is no DOM with
// its hash tables and per-node allocations, and every number keeps its exact
// source text, which is how money is read without binary floating point.



#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// JSON kinds as the codec sees them (numbers split by how they were written).
enum class jkind : std::uint8_t { object, array, end, key, string, int64, uint64, number, boolean, null };

constexpr std::string_view kind_name(jkind k) noexcept {
    switch (k) {
    case jkind::object: return "object";
    case jkind::array: return "array";
    case jkind::string: return "string";
    case jkind::int64:
    case jkind::uint64:
    case jkind::number: return "number";
    case jkind::boolean: return "boolean";
    case jkind::null: return "null";
    default: return "token";
    }
}

struct token {
    jkind kind;
    bool flag;        // boolean value
    std::uint32_t a;  // string/key/number: offset in arena; object/array: index of its `end` token
    std::uint32_t b;  // string/key/number: length; object/array: number of members/elements
    union {
        std::int64_t i;
        std::uint64_t u;
        double d;
    };
};

struct tape {
    std::vector<token> tokens;
    std::string arena;  // unescaped strings and number texts, back to back

    void clear() noexcept {
        tokens.clear();
        arena.clear();
    }
    std::string_view text(const token& t) const noexcept { return {arena.data() + t.a, t.b}; }
};

/// basic_parser handler that appends tokens to a tape.
class tape_builder {
public:
    static constexpr std::size_t max_object_size = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t max_array_size = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t max_key_size = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t max_string_size = std::numeric_limits<std::uint32_t>::max();

    explicit tape_builder(tape* t) noexcept : t_(t) {}
    void reset(tape* t) noexcept {
        t_ = t;
        open_.clear();
        part_start_ = npos;
    }

    bool on_document_begin(boost::json::error_code&) { return true; }
    bool on_document_end(boost::json::error_code&) { return true; }
    bool on_array_begin(boost::json::error_code&) { return open(jkind::array); }
    bool on_array_end(std::size_t n, boost::json::error_code&) { return close(n); }
    bool on_object_begin(boost::json::error_code&) { return open(jkind::object); }
    bool on_object_end(std::size_t n, boost::json::error_code&) { return close(n); }
    bool on_string_part(boost::json::string_view s, std::size_t, boost::json::error_code&) { return part(s); }
    bool on_string(boost::json::string_view s, std::size_t, boost::json::error_code&) { return text(jkind::string, s); }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::json::error_code&) { return part(s); }
    bool on_key(boost::json::string_view s, std::size_t, boost::json::error_code&) { return text(jkind::key, s); }
    bool on_number_part(boost::json::string_view s, boost::json::error_code&) { return part(s); }
    bool on_int64(std::int64_t v, boost::json::string_view s, boost::json::error_code&) {
        text(jkind::int64, s);
        t_->tokens.back().i = v;
        return true;
    }
    bool on_uint64(std::uint64_t v, boost::json::string_view s, boost::json::error_code&) {
        text(jkind::uint64, s);
        t_->tokens.back().u = v;
        return true;
    }
    bool on_double(double v, boost::json::string_view s, boost::json::error_code&) {
        text(jkind::number, s);
        t_->tokens.back().d = v;
        return true;
    }
    bool on_bool(bool v, boost::json::error_code&) {
        push(jkind::boolean).flag = v;
        return true;
    }
    bool on_null(boost::json::error_code&) {
        push(jkind::null);
        return true;
    }
    bool on_comment_part(boost::json::string_view, boost::json::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::json::error_code&) { return true; }

private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    token& push(jkind k) {
        token& t = t_->tokens.emplace_back();
        t.kind = k;
        t.flag = false;
        t.a = t.b = 0;
        t.i = 0;
        return t;
    }
    bool open(jkind k) {
        open_.push_back(static_cast<std::uint32_t>(t_->tokens.size()));
        push(k);
        return true;
    }
    bool close(std::size_t n) {
        const std::uint32_t at = open_.back();
        open_.pop_back();
        token& o = t_->tokens[at];
        o.a = static_cast<std::uint32_t>(t_->tokens.size());
        o.b = static_cast<std::uint32_t>(n);
        push(jkind::end);
        return true;
    }
    bool part(boost::json::string_view s) {
        if (part_start_ == npos) part_start_ = t_->arena.size();
        t_->arena.append(s.data(), s.size());
        return true;
    }
    bool text(jkind k, boost::json::string_view s) {
        const std::size_t start = part_start_ == npos ? t_->arena.size() : part_start_;
        part_start_ = npos;
        t_->arena.append(s.data(), s.size());
        token& t = push(k);
        t.a = static_cast<std::uint32_t>(start);
        t.b = static_cast<std::uint32_t>(t_->arena.size() - start);
        return true;
    }

    tape* t_;
    std::vector<std::uint32_t> open_;
    std::size_t part_start_ = npos;
};

/// Deepest nesting accepted; deeper input is refused as invalid JSON instead of
/// exhausting the stack.
inline constexpr std::size_t max_json_depth = 64;

/// Parses `json` into `t`. On failure returns false and sets `message`.
/// (A template so that Boost.JSON's parser is compiled only in files that decode.)
template <class Tape>
bool build_tape(std::string_view json, Tape& t, std::string& message) {
    if (json.size() >= std::numeric_limits<std::uint32_t>::max()) {
        message = "JSON text larger than 4 GiB";
        return false;
    }
    t.clear();
    t.arena.reserve(json.size());
    t.tokens.reserve(json.size() / 8 + 4);
    thread_local boost::json::basic_parser<tape_builder> parser = [] {
        boost::json::parse_options opt;
        opt.max_depth = max_json_depth;
        return boost::json::basic_parser<tape_builder>(opt, nullptr);
    }();
    parser.reset();
    parser.handler().reset(&t);
    boost::json::error_code ec;
    const std::size_t n = parser.write_some(false, json.data(), json.size(), ec);
    if (!ec && n != json.size()) ec = boost::json::error::extra_data;
    if (ec) {
        // Position only: the input may hold card data, so none of it is quoted.
        message = "invalid JSON at offset " + std::to_string(n) + ": " + ec.message();
        return false;
    }
    return true;
}

/// Boost.JSON's parser with the tape handler, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_DETAIL_INSTANTIATE(bool build_tape<tape>(std::string_view, tape&, std::string&));

/// A JSON node on a tape; the codec reads input through this interface.
class tape_node {
public:
    tape_node(const tape* t, std::uint32_t i) noexcept : t_(t), i_(i) {}

    jkind kind() const noexcept { return tok().kind; }
    std::string_view str() const noexcept { return t_->text(tok()); }
    std::string_view number_text() const noexcept { return t_->text(tok()); }
    std::int64_t int64() const noexcept { return tok().i; }
    std::uint64_t uint64() const noexcept { return tok().u; }
    bool boolean() const noexcept { return tok().flag; }
    std::size_t size() const noexcept { return tok().b; }

    /// Calls f(key, node) per member; stops early when f returns false.
    template <class F>
    bool members(F&& f) const {
        std::uint32_t j = i_ + 1;
        const std::uint32_t end = tok().a;
        while (j < end) {
            const std::string_view key = t_->text(t_->tokens[j]);
            tape_node v(t_, j + 1);
            if (!f(key, v)) return false;
            j = v.next();
        }
        return true;
    }
    /// Calls f(index, node) per element; stops early when f returns false.
    template <class F>
    bool elements(F&& f) const {
        std::uint32_t j = i_ + 1;
        const std::uint32_t end = tok().a;
        std::size_t index = 0;
        while (j < end) {
            tape_node v(t_, j);
            if (!f(index++, v)) return false;
            j = v.next();
        }
        return true;
    }

    /// This node as a Boost.JSON value. Numbers become int64, uint64 or
    /// double: their text is lost (see the overload below).
    boost::json::value to_value() const { return build(nullptr, nullptr); }
    /// This node as a Boost.JSON value, keeping in `texts` the source text of
    /// every number the writer would not print the same way; `path` is where
    /// this node is (null: the root of what `texts` describes).
    boost::json::value to_value(number_texts& texts, const json_path* path) const { return build(&texts, path); }

    /// Index of the token after this node's subtree.
    std::uint32_t next() const noexcept {
        const token& t = tok();
        return (t.kind == jkind::object || t.kind == jkind::array) ? t.a + 1 : i_ + 1;
    }

private:
    boost::json::value build(number_texts* texts, const json_path* path) const {
        const token& t = tok();
        switch (t.kind) {
        case jkind::object: {
            boost::json::object o;
            o.reserve(t.b);
            members([&](std::string_view k, tape_node v) {
                const json_path here{path, k, 0, false};
                o.insert_or_assign(k, v.build(texts, &here));
                return true;
            });
            return o;
        }
        case jkind::array: {
            boost::json::array a;
            a.reserve(t.b);
            elements([&](std::size_t i, tape_node v) {
                const json_path here{path, {}, i, true};
                a.push_back(v.build(texts, &here));
                return true;
            });
            return a;
        }
        case jkind::string: return boost::json::string(str());
        case jkind::int64:
            if (texts && !integer_text_is_canonical(number_text(), t.i))
                texts->add(json_path::pointer_of(path), number_text(), t.i);
            return t.i;
        case jkind::uint64:
            if (texts && !integer_text_is_canonical(number_text(), t.u))
                texts->add(json_path::pointer_of(path), number_text(), t.u);
            return t.u;
        case jkind::number:
            // A double's text is always kept: `1.50`, `1e400` and 30-digit
            // integers have no exact double, and checking costs as much.
            if (texts) texts->add(json_path::pointer_of(path), number_text(), t.d);
            return t.d;
        case jkind::boolean: return t.flag;
        default: return nullptr;
        }
    }

    const token& tok() const noexcept { return t_->tokens[i_]; }
    const tape* t_;
    std::uint32_t i_;
};

}  // namespace mercadopago::detail
// ---- end mercadopago/detail/tape.hpp ----

#include <boost/json/value.hpp>

#include <charconv>
#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// Shortest text that reads back as the same double (plain notation where
/// that is reasonable, and always with a fraction so it stays a double).
inline std::string double_text(double d) {
    char buf[64];
    const double mag = d < 0 ? -d : d;
    std::to_chars_result r;
    if (mag == 0 || (mag >= 1e-6 && mag < 1e21)) r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
    else r = std::to_chars(buf, buf + sizeof buf, d);
    std::string s(buf, r.ptr);
    if (s.find_first_of(".eE") == std::string::npos) s += ".0";
    return s;
}

class value_node {
public:
    explicit value_node(const boost::json::value& v) noexcept : v_(&v) {}
    /// A number node read by its kept source text (detail/number_texts.hpp).
    value_node(const boost::json::value& v, const std::string* text) noexcept : v_(&v), text_(text) {}
    /// A node at `pointer` of a value whose numbers' texts are in `texts`:
    /// it and its elements are read by their kept texts.
    value_node(const boost::json::value& v, const number_texts* texts, std::string pointer)
        : v_(&v), texts_(texts), pointer_(std::move(pointer)) {
        if (texts_) text_ = texts_->text_for(pointer_, v);
    }

    jkind kind() const noexcept {
        switch (v_->kind()) {
        case boost::json::kind::object: return jkind::object;
        case boost::json::kind::array: return jkind::array;
        case boost::json::kind::string: return jkind::string;
        case boost::json::kind::int64: return jkind::int64;
        case boost::json::kind::uint64: return jkind::uint64;
        case boost::json::kind::double_: return jkind::number;
        case boost::json::kind::bool_: return jkind::boolean;
        default: return jkind::null;
        }
    }
    std::string_view str() const noexcept {
        const auto& s = v_->get_string();
        return {s.data(), s.size()};
    }
    std::string number_text() const {
        if (text_) return *text_;
        switch (v_->kind()) {
        case boost::json::kind::int64: return std::to_string(v_->get_int64());
        case boost::json::kind::uint64: return std::to_string(v_->get_uint64());
        default: return double_text(v_->get_double());
        }
    }
    std::int64_t int64() const noexcept { return v_->get_int64(); }
    std::uint64_t uint64() const noexcept { return v_->get_uint64(); }
    bool boolean() const noexcept { return v_->get_bool(); }
    std::size_t size() const noexcept { return v_->is_object() ? v_->get_object().size() : v_->get_array().size(); }

    template <class F>
    bool members(F&& f) const {
        for (const auto& kv : v_->get_object())
            if (!f(std::string_view(kv.key().data(), kv.key().size()), value_node(kv.value()))) return false;
        return true;
    }
    template <class F>
    bool elements(F&& f) const {
        std::size_t i = 0;
        for (const auto& e : v_->get_array()) {
            if (texts_) {
                std::string at = pointer_;
                push_pointer_index(at, i);
                if (!f(i++, value_node(e, texts_, std::move(at)))) return false;
            } else if (!f(i++, value_node(e))) {
                return false;
            }
        }
        return true;
    }
    boost::json::value to_value() const { return *v_; }

private:
    const boost::json::value* v_;
    const std::string* text_ = nullptr;
    const number_texts* texts_ = nullptr;
    std::string pointer_{};
};

}  // namespace mercadopago::detail
// ---- end mercadopago/detail/value_node.hpp ----

#include <boost/json/value.hpp>

#include <charconv>
#include <cstring>
#include <cstdint>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

class json_writer {
public:
    explicit json_writer(std::string& out) noexcept : out_(out) {}

    void raw(std::string_view s) { out_.append(s.data(), s.size()); }
    void put(char c) { out_.push_back(c); }

    /// A JSON string literal with the mandatory escapes; UTF-8 passes through.
    void string(std::string_view s) {
        out_.push_back('"');
        const char* p = s.data();
        const char* const end = p + s.size();
        const char* run = p;
        while (p != end) {
            // Eight bytes at a time while none needs escaping (long texts such
            // as base64 QR codes are the common case).
            while (end - p >= 8 && !needs_escape8(p)) p += 8;
            if (p == end) break;
            const auto c = static_cast<unsigned char>(*p);
            if (c >= 0x20 && c != '"' && c != '\\') {
                ++p;
                continue;
            }
            out_.append(run, static_cast<std::size_t>(p - run));
            escape(c);
            run = ++p;
        }
        out_.append(run, static_cast<std::size_t>(end - run));
        out_.push_back('"');
    }

    template <class I>
    void integer(I v) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v);
        out_.append(buf, r.ptr);
    }

    void boolean(bool b) { raw(b ? "true" : "false"); }
    void null() { raw("null"); }

    /// A Boost.JSON value (unknown keys, free-form metadata). Doubles are
    /// written in plain notation, not Boost's `1.234E1`.
    void value(const boost::json::value& v) { write(v, nullptr, nullptr); }

    /// A Boost.JSON value whose numbers may have kept source texts: each
    /// number at a pointer with a kept text (still holding the value it was
    /// decoded as) is written as that text. `pointer` is the value's own JSON
    /// pointer; it is restored on return.
    void value(const boost::json::value& v, const number_texts& texts, std::string& pointer) {
        write(v, texts.empty() ? nullptr : &texts, &pointer);
    }

    std::string& out() noexcept { return out_; }

private:
    /// The one writer of Boost.JSON values; with `texts`, `pointer` tracks
    /// where it is (only inside subtrees that hold a kept text).
    void write(const boost::json::value& v, const number_texts* texts, std::string* pointer) {
        if (texts && !texts->any_under(*pointer)) texts = nullptr;
        switch (v.kind()) {
        case boost::json::kind::object: {
            put('{');
            bool first = true;
            for (const auto& kv : v.get_object()) {
                if (!first) put(',');
                first = false;
                const std::string_view key(kv.key().data(), kv.key().size());
                string(key);
                put(':');
                const std::size_t mark = texts ? pointer->size() : 0;
                if (texts) push_pointer_token(*pointer, key);
                write(kv.value(), texts, pointer);
                if (texts) pointer->resize(mark);
            }
            put('}');
            break;
        }
        case boost::json::kind::array: {
            put('[');
            const auto& a = v.get_array();
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (i) put(',');
                const std::size_t mark = texts ? pointer->size() : 0;
                if (texts) push_pointer_index(*pointer, i);
                write(a[i], texts, pointer);
                if (texts) pointer->resize(mark);
            }
            put(']');
            break;
        }
        case boost::json::kind::string: string(std::string_view(v.get_string().data(), v.get_string().size())); break;
        case boost::json::kind::int64:
        case boost::json::kind::uint64:
        case boost::json::kind::double_:
            if (const std::string* text = texts ? texts->text_for(*pointer, v) : nullptr) raw(*text);
            else if (v.is_int64()) integer(v.get_int64());
            else if (v.is_uint64()) integer(v.get_uint64());
            else if (const double d = v.get_double(); d != d || d - d != 0) null();  // NaN, infinities: no JSON form
            else raw(double_text(d));
            break;
        case boost::json::kind::bool_: boolean(v.get_bool()); break;
        case boost::json::kind::null: null(); break;
        }
    }


    /// Whether any of the 8 bytes at p is a control character, '"' or '\\'
    /// (SWAR: the classic "has zero byte" / "has byte less than" bit tricks).
    static bool needs_escape8(const char* p) noexcept {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        const auto has_zero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
        const std::uint64_t below_space = (x - ones * 0x20) & ~x & highs;
        return (below_space | has_zero(x ^ (ones * '"')) | has_zero(x ^ (ones * '\\'))) != 0;
    }

    void escape(unsigned char c) {
        switch (c) {
        case '"': out_.append("\\\""); break;
        case '\\': out_.append("\\\\"); break;
        case '\n': out_.append("\\n"); break;
        case '\r': out_.append("\\r"); break;
        case '\t': out_.append("\\t"); break;
        case '\b': out_.append("\\b"); break;
        case '\f': out_.append("\\f"); break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out_.append(esc, 6);
        }
        }
    }

    std::string& out_;
};

}  // namespace mercadopago::detail
// ---- end mercadopago/detail/json_writer.hpp ----

// ---- begin mercadopago/extra_fields.hpp ----
// extra_fields — what a model keeps of the JSON its typed members do not hold.
//
// It is a boost::json::object of the keys this version does not model (and of
// wire forms the codec read leniently), so decode → encode loses nothing the
// API sent. Explicit nulls of declared fields are common (a payment carries
// dozens) and mean the same as an absent member; rather than an object entry
// each, they are kept as one bit per field and written back as null.
// Numbers keep their source text beside the object (detail/number_texts.hpp):
// `"x": 1.50` reads as the double 1.5 but is written back as `1.50`, and
// `number_text("/x")` or `decimal_at("/x")` read it exactly.



// ---- begin mercadopago/detail/exact_number.hpp ----
// Reading a number of free-form JSON exactly: by its kept source text when
// there is one (number_texts.hpp), else by the text the writer would print.



#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// The text of the number `n` found at `pointer`, as it was sent or as it
/// would be written; nullopt when `n` is null or not a number.
inline std::optional<std::string> exact_number_text(const boost::json::value* n, const number_texts& texts,
                                                    std::string_view pointer) {
    if (!n || !n->is_number()) return std::nullopt;
    if (const std::string* kept = texts.text_for(pointer, *n)) return *kept;
    return value_node(*n).number_text();
}

/// That text as an exact decimal.
inline result<decimal> exact_decimal(std::optional<std::string> text) {
    if (!text) return failure(errc::decode, "no number at this JSON pointer");
    return decimal::parse(*text);
}

}  // namespace mercadopago::detail
// ---- end mercadopago/detail/exact_number.hpp ----

#include <boost/json/object.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The `extra` member of every model: the JSON keys this version does not model, kept with their
/// number texts, plus which declared fields arrived as explicit null; written back unchanged.
/// Use it as a `boost::json::object`.
class extra_fields : public boost::json::object {
public:
    /// Fields whose explicit nulls fit the bit set; later ones are kept as entries.
    static constexpr std::size_t max_null_bits = 128;

    /// No extra keys.
    extra_fields() = default;
    /// The keys of `o`, with no null bits or number texts.
    extra_fields(const boost::json::object& o) : boost::json::object(o) {}
    /// As above, taking `o` over.
    extra_fields(boost::json::object&& o) noexcept : boost::json::object(std::move(o)) {}
    /// From key/value pairs, e.g. `{{"campaign", "spring"}}`, to send keys this library does not model.
    extra_fields(std::initializer_list<std::pair<boost::json::string_view, boost::json::value_ref>> init)
        : boost::json::object(init) {}
    /// Replaces the contents: the null bits and number texts of what was
    /// here before are dropped with it.
    extra_fields& operator=(const boost::json::object& o) {
        boost::json::object::operator=(o);
        forget_wire_details();
        return *this;
    }
    /// As above, taking `o` over.
    extra_fields& operator=(boost::json::object&& o) {
        boost::json::object::operator=(std::move(o));
        forget_wire_details();
        return *this;
    }

    /// The number at `pointer` ("/key" or "/key/0/total") as it was sent
    /// (or as it will be written, if it was set since); nullopt if none.
    std::optional<std::string> number_text(std::string_view pointer) const {
        const boost::json::value* n = entry_at(pointer);
        const std::string_view rest = pointer.substr(first_token_end(pointer));
        boost::json::error_code ec;
        if (n && !rest.empty()) n = n->find_pointer(rest, ec);
        return detail::exact_number_text(n, texts_, pointer);
    }
    /// The number at `pointer` as an exact decimal (money in unknown keys).
    result<decimal> decimal_at(std::string_view pointer) const { return detail::exact_decimal(number_text(pointer)); }

    /// Source texts of the numbers held here (the codec reads and writes them).
    const detail::number_texts& number_texts() const noexcept { return texts_; }
    /// As above, mutable; for the codec.
    detail::number_texts& number_texts() noexcept { return texts_; }

    /// Whether the declared field with index `i` arrived as an explicit null.
    bool sent_null(std::size_t i) const noexcept { return i < max_null_bits && (nulls_[i / 64] >> (i % 64) & 1u); }
    /// Records that declared field `i` arrived as an explicit null, so it is written back as null;
    /// for the codec. Indexes from `max_null_bits` on are not recorded.
    void mark_null(std::size_t i) noexcept {
        if (i < max_null_bits) nulls_[i / 64] |= std::uint64_t{1} << (i % 64);
    }

private:
    void forget_wire_details() noexcept {
        nulls_ = {};
        texts_.clear();
    }
    static std::size_t first_token_end(std::string_view pointer) noexcept {
        const std::size_t slash = pointer.find('/', 1);
        return slash == std::string_view::npos ? pointer.size() : slash;
    }
    /// The entry named by the first token of `pointer`.
    const boost::json::value* entry_at(std::string_view pointer) const {
        if (pointer.size() < 2 || pointer[0] != '/') return nullptr;
        return if_contains(detail::pointer_token_key(pointer.substr(1, first_token_end(pointer) - 1)));
    }

    std::array<std::uint64_t, 2> nulls_{};
    detail::number_texts texts_;
};

}  // namespace mercadopago
// ---- end mercadopago/extra_fields.hpp ----

// ---- begin mercadopago/free_form.hpp ----
// free_form: JSON whose shape the API does not fix (`metadata`, `internal_metadata`,
// undocumented objects), kept exactly as sent.
//
//     if (auto total = p.metadata->decimal_at("/order/total")) …   // exact: "1.50"
//     const boost::json::value& m = p.metadata->value();            // convenient DOM
//     auto mine = mercadopago::from_value<my_metadata>(*p.metadata); // typed, exact
//
// It is a Boost.JSON value plus the source text of its numbers
// (detail/number_texts.hpp): decode → encode writes `1.50`, `1e400` or a
// 30-digit integer back as it came, while value() reads them as doubles.



#include <boost/json/value.hpp>

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// JSON of a shape the API leaves open (`metadata`, `internal_metadata`, undocumented objects),
/// kept as a Boost.JSON value plus the source text of its numbers, so it is written back unchanged.
class free_form {
public:
    /// JSON null.
    free_form() = default;
    /// From anything a boost::json::value is made of (object, array, string, number, …).
    template <class V>
        requires(!std::same_as<std::remove_cvref_t<V>, free_form> && std::constructible_from<boost::json::value, V>)
    free_form(V&& v) : value_(std::forward<V>(v)) {}

    /// The JSON as a Boost.JSON DOM; its numbers are doubles or integers (use number_text() for exact ones).
    const boost::json::value& value() const noexcept { return value_; }
    /// Mutable access: a number changed through it is written as its new value.
    boost::json::value& value() noexcept { return value_; }

    /// The number at `pointer` ("" for the root, "/order/total") as it was
    /// sent, or as it will be written; nullopt when there is no number there.
    std::optional<std::string> number_text(std::string_view pointer) const {
        boost::json::error_code ec;
        return detail::exact_number_text(value_.find_pointer(pointer, ec), texts_, pointer);
    }
    /// The number at `pointer` as an exact decimal.
    result<decimal> decimal_at(std::string_view pointer) const { return detail::exact_decimal(number_text(pointer)); }

    /// Same JSON value (number texts aside: `1.5` equals `1.50`).
    friend bool operator==(const free_form& a, const free_form& b) noexcept { return a.value_ == b.value_; }
    /// As above, against a plain Boost.JSON value.
    friend bool operator==(const free_form& a, const boost::json::value& b) noexcept { return a.value_ == b; }

    /// Source texts of the numbers held here (the codec reads and writes them).
    const detail::number_texts& number_texts() const noexcept { return texts_; }
    /// As above, mutable; for the codec.
    detail::number_texts& number_texts() noexcept { return texts_; }

private:
    boost::json::value value_;
    detail::number_texts texts_;
};

}  // namespace mercadopago
// ---- end mercadopago/free_form.hpp ----

// ---- begin mercadopago/open_enum.hpp ----
// open_enum — a string-valued vocabulary the API keeps extending.
//
// Values such as payment `status`, `status_detail` or `payment_type_id` are
// compared against named constants (`payment_status::approved`) type-safely:
// a payment status cannot be compared with a refund status by mistake. Unknown
// values are kept verbatim — an old program must not fail on a new value
// (one official SDK crashed on `digital_currency`).


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
// ---- end mercadopago/open_enum.hpp ----

// ---- begin mercadopago/optional.hpp ----
// mercadopago::optional<T>: the type of every model member that a body may
// leave out.
//
//     if (p.payer && p.payer->email) send_receipt(*p.payer->email);
//     auto installments = p.installments.value_or(1);
//     std::optional<std::string> ref = p.external_reference;  // converts both ways
//
// It has std::optional's interface — has_value, `*`, `->`, value (throws
// std::bad_optional_access), value_or, reset, emplace, swap, assignment from a
// value or std::nullopt, comparison with values, optionals and std::nullopt —
// and converts to and from std::optional<T>.
//
// Why not std::optional itself: compile time. The models have about 170
// distinct member types (each nested object is one), and libstdc++'s
// std::optional<T> instantiates a dozen type traits and a choice of bases per
// T. Measured with g++ 12 at -O0, 170 such instantiations cost 1.4–1.8 s in
// every file that includes the models; this template costs almost nothing
// until one of its functions is used. It gives up constexpr use and
// triviality, which model members never need.


#include <compare>
#include <concepts>
#include <memory>
#include <optional>  // std::nullopt_t, std::bad_optional_access: the names users already know
#include <type_traits>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

template <class T>
class optional;

namespace detail {
template <class T>
inline constexpr bool is_some_optional = false;
template <class T>
inline constexpr bool is_some_optional<optional<T>> = true;
template <class T>
inline constexpr bool is_some_optional<std::optional<T>> = true;

/// A U that an optional<T> is made from or assigned as a value. Separate
/// atomic constraints, so that checking stops at the first false one: copying
/// a model asks this of every member with U = the optional itself, and the
/// first test answers without instantiating the traits after it.
template <class U, class T>
concept optional_value_of = (!std::is_same_v<std::remove_cvref_t<U>, optional<T>>) &&
                            (!std::is_same_v<std::remove_cvref_t<U>, std::nullopt_t>) &&
                            (!std::is_same_v<std::remove_cvref_t<U>, std::in_place_t>) &&
                            std::is_constructible_v<T, U&&>;
}  // namespace detail

/// A value that may be absent: the type of every model member a body may leave out. It has
/// std::optional's interface and converts to and from `std::optional<T>`; an absent member is not sent.
template <class T>
class optional {
public:
    using value_type = T;  ///< the type of the contained value

    /// Empty.
    constexpr optional() noexcept {}
    /// Empty: `member = std::nullopt`.
    constexpr optional(std::nullopt_t) noexcept {}
    /// Copies `o`'s value, if any.
    optional(const optional& o) {
        if (o.engaged_) emplace(o.value_);
    }
    /// Moves `o`'s value, if any, in; `o` stays engaged with a moved-from value, as std::optional does.
    optional(optional&& o) noexcept(std::is_nothrow_move_constructible_v<T>) {
        if (o.engaged_) emplace(std::move(o.value_));
    }
    /// From a value: implicit when U converts to T implicitly, as std::optional's.
    template <class U = T>
        requires detail::optional_value_of<U, T> && std::is_convertible_v<U&&, T>
    optional(U&& v) {
        emplace(std::forward<U>(v));
    }
    /// As above, explicit when U converts to T only explicitly.
    template <class U = T>
        requires detail::optional_value_of<U, T> && (!std::is_convertible_v<U &&, T>)
    explicit optional(U&& v) {
        emplace(std::forward<U>(v));
    }
    /// A value built in place from `a`.
    template <class... A>
    explicit optional(std::in_place_t, A&&... a) {
        emplace(std::forward<A>(a)...);
    }
    // The std::optional conversions are templates on purpose: a plain
    // `optional(const std::optional<T>&)` would make every `member{}` consider
    // converting `{}` to std::optional<T>, instantiating it — the very cost
    // this type avoids. A template is only deduced from a real std::optional.
    /// The same contents as the std::optional `o` (copied).
    template <std::same_as<T> U>
    optional(const std::optional<U>& o) {
        if (o) emplace(*o);
    }
    /// As above, moving the value out of `o`.
    template <std::same_as<T> U>
    optional(std::optional<U>&& o) {
        if (o) emplace(std::move(*o));
    }
    ~optional() { reset(); }

    /// Copies `o`'s contents: its value (assigned or constructed), or empty.
    optional& operator=(const optional& o) {
        if (o.engaged_) assign(o.value_);
        else reset();
        return *this;
    }
    /// As above, moving from `o`.
    optional& operator=(optional&& o) noexcept(std::is_nothrow_move_constructible_v<T> &&
                                               std::is_nothrow_move_assignable_v<T>) {
        if (o.engaged_) assign(std::move(o.value_));
        else reset();
        return *this;
    }
    /// Empties it: `member = std::nullopt` (the member is then left out when sent).
    optional& operator=(std::nullopt_t) noexcept {
        reset();
        return *this;
    }
    /// From a value. As std::optional, not for `opt = {}` on a scalar, which resets.
    template <class U = T>
        requires detail::optional_value_of<U, T> && std::is_assignable_v<T&, U &&> &&
                 (!(std::is_scalar_v<T> && std::is_same_v<T, std::decay_t<U>>))
    optional& operator=(U&& v) {
        assign(std::forward<U>(v));
        return *this;
    }

    // The constructors build the value through emplace() too (reset() is a
    // no-op while empty): one builder per T and argument list, shared with
    // the decoders, which fill a member with emplace().
    /// Destroys any value, builds a new one from `a`, and returns it.
    template <class... A>
    T& emplace(A&&... a) {
        reset();
        ::new (static_cast<void*>(__builtin_addressof(value_))) T(std::forward<A>(a)...);
        engaged_ = true;
        return value_;
    }
    /// Destroys the value, if any; the optional is then empty.
    void reset() noexcept {
        if (engaged_) {
            value_.~T();
            engaged_ = false;
        }
    }
    /// Exchanges the contents with `o`, through moves.
    void swap(optional& o) {
        optional t(std::move(o));
        o = std::move(*this);
        *this = std::move(t);
    }

    /// True when a value is present.
    bool has_value() const noexcept { return engaged_; }
    /// Same as has_value(): `if (p.payer && p.payer->email)`.
    explicit operator bool() const noexcept { return engaged_; }

    /// The value, unchecked: only when has_value() (otherwise undefined behaviour).
    T& operator*() & noexcept { return value_; }
    /// As above, read-only.
    const T& operator*() const& noexcept { return value_; }
    /// As above, moving the value out of a temporary.
    T&& operator*() && noexcept { return std::move(value_); }
    /// Member access to the value, unchecked: only when has_value().
    T* operator->() noexcept { return __builtin_addressof(value_); }
    /// As above, read-only.
    const T* operator->() const noexcept { return __builtin_addressof(value_); }

    /// The value; throws std::bad_optional_access when empty.
    T& value() & { return engaged_ ? value_ : (throw std::bad_optional_access(), value_); }
    /// As above, read-only.
    const T& value() const& { return engaged_ ? value_ : (throw std::bad_optional_access(), value_); }
    /// As above, moving the value out of a temporary.
    T&& value() && { return engaged_ ? std::move(value_) : (throw std::bad_optional_access(), std::move(value_)); }

    /// A copy of the value, or `fallback` converted to T when empty: `p.installments.value_or(1)`.
    template <class U>
    T value_or(U&& fallback) const& {
        return engaged_ ? value_ : static_cast<T>(std::forward<U>(fallback));
    }
    /// As above, moving the value out of a temporary.
    template <class U>
    T value_or(U&& fallback) && {
        return engaged_ ? std::move(value_) : static_cast<T>(std::forward<U>(fallback));
    }

    /// A std::optional with the same contents.
    template <std::same_as<T> U>
    operator std::optional<U>() const& {
        return engaged_ ? std::optional<U>(value_) : std::nullopt;
    }
    /// As above, moving the value out of a temporary.
    template <std::same_as<T> U>
    operator std::optional<U>() && {
        return engaged_ ? std::optional<U>(std::move(value_)) : std::nullopt;
    }

private:
    template <class U>
    void assign(U&& v) {
        if (engaged_) value_ = std::forward<U>(v);
        else emplace(std::forward<U>(v));
    }

    union {
        T value_;
    };
    bool engaged_ = false;
};

/// Equal when both are empty, or both hold equal values.
template <class T, class U>
bool operator==(const optional<T>& a, const optional<U>& b) {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
}
/// As above, against a std::optional.
template <class T, class U>
bool operator==(const optional<T>& a, const std::optional<U>& b) {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
}
/// True when `a` is empty: `p.payer == std::nullopt`.
template <class T>
bool operator==(const optional<T>& a, std::nullopt_t) noexcept {
    return !a.has_value();
}
/// True when `a` holds a value equal to `b`: `p.currency_id == "BRL"`; false when empty.
template <class T, class U>
    requires(!detail::is_some_optional<U>)
bool operator==(const optional<T>& a, const U& b) {
    return a.has_value() && *a == b;
}

/// Ordering as std::optional's: an empty optional comes before any value.
template <class T, std::three_way_comparable_with<T> U>
std::compare_three_way_result_t<T, U> operator<=>(const optional<T>& a, const optional<U>& b) {
    if (a && b) return *a <=> *b;
    return a.has_value() <=> b.has_value();
}
/// An empty `a` is equal to std::nullopt; one with a value is greater.
template <class T>
std::strong_ordering operator<=>(const optional<T>& a, std::nullopt_t) noexcept {
    return a.has_value() <=> false;
}
/// Compares `a`'s value with `b`; an empty `a` is less than any value.
template <class T, class U>
    requires(!detail::is_some_optional<U>) && std::three_way_comparable_with<T, U>
std::compare_three_way_result_t<T, U> operator<=>(const optional<T>& a, const U& b) {
    return a ? *a <=> b : std::strong_ordering::less;
}

/// Exchanges the contents of `a` and `b` (`a.swap(b)`), for `using std::swap; swap(a, b);`.
template <class T>
void swap(optional<T>& a, optional<T>& b) {
    a.swap(b);
}

}  // namespace mercadopago
// ---- end mercadopago/optional.hpp ----

// ---- begin mercadopago/timestamp.hpp ----
// mercadopago::timestamp — an API date-time that keeps its original text.
//
// The API writes ISO-8601 in several forms (fractions of 0–9 digits; offsets
// Z, -04:00, +00:00 and -00:00; the basic form 20210517T040404Z; date-only
// 2022-10-25). A timestamp keeps the exact text it was read from, so a value
// round-trips byte for byte, and exposes the instant as a std::chrono time
// point plus the UTC offset it was written with.



#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// An API date-time (ISO-8601, e.g. `2024-05-17T10:04:04.000-04:00`) that keeps the exact text it was
/// read from, so it is written back byte for byte; time() gives the instant, utc_offset() the offset.
class timestamp {
public:
    using clock_time = std::chrono::sys_time<std::chrono::microseconds>;  ///< a UTC instant, in microseconds

    /// Empty text, not valid(): what a model holds before a date arrives.
    timestamp() = default;

    /// Reads API date-time text. Text that is not ISO-8601 is kept as it is,
    /// with `valid()` false, so one odd date never fails a whole payment.
    static timestamp from_text(std::string_view text);

    /// Strict parse for inputs the caller controls; an error for bad text.
    static result<timestamp> parse(std::string_view text);

    /// Formats an instant the way the API writes it, e.g.
    /// `2024-05-17T10:04:04.000-03:00`, at the given offset from UTC: to the
    /// millisecond, as the API does, so finer digits of `t` are dropped.
    static timestamp from_time(clock_time t, std::chrono::minutes utc_offset = std::chrono::minutes{0});

    /// The text as read (or as formatted by from_time).
    const std::string& text() const noexcept { return text_; }
    /// Whether the text parsed as ISO-8601.
    bool valid() const noexcept { return valid_; }
    /// The instant in UTC, to the microsecond (finer digits stay in text()).
    std::optional<clock_time> time() const noexcept {
        if (!valid_) return std::nullopt;
        return clock_time{std::chrono::microseconds{micros_}};
    }
    /// The UTC offset the text was written with (zero for Z and date-only).
    std::chrono::minutes utc_offset() const noexcept { return std::chrono::minutes{offset_minutes_}; }
    /// Whether the text carried only a date (2022-10-25).
    bool date_only() const noexcept { return date_only_; }

    /// Same text (the wire form): what the codec needs for a round trip.
    friend bool operator==(const timestamp& a, const timestamp& b) noexcept { return a.text_ == b.text_; }

private:
    static bool parse_into(std::string_view s, timestamp& out) noexcept;

    std::string text_;
    std::int64_t micros_ = 0;  // since the Unix epoch, UTC
    std::int16_t offset_minutes_ = 0;
    bool valid_ = false;
    bool date_only_ = false;
};

inline timestamp timestamp::from_text(std::string_view text) {
    timestamp t;
    t.text_.assign(text.data(), text.size());
    t.valid_ = parse_into(text, t);
    return t;
}

inline result<timestamp> timestamp::parse(std::string_view text) {
    timestamp t = from_text(text);
    if (!t.valid_) return failure(errc::invalid_argument, "not an ISO-8601 date-time");
    return t;
}

inline bool timestamp::parse_into(std::string_view s, timestamp& out) noexcept {
    std::size_t i = 0;
    auto digits = [&](int n, int& v) {
        if (i + static_cast<std::size_t>(n) > s.size()) return false;
        v = 0;
        for (int k = 0; k < n; ++k) {
            char c = s[i + static_cast<std::size_t>(k)];
            if (c < '0' || c > '9') return false;
            v = v * 10 + (c - '0');
        }
        i += static_cast<std::size_t>(n);
        return true;
    };
    auto lit = [&](char c) {
        if (i < s.size() && s[i] == c) {
            ++i;
            return true;
        }
        return false;
    };
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!digits(4, y)) return false;
    const bool extended = lit('-');  // 2021-05-17 vs 20210517
    if (!digits(2, mo)) return false;
    if (extended && !lit('-')) return false;
    if (!digits(2, d)) return false;
    std::int64_t frac_micros = 0;
    int offset = 0;
    out.date_only_ = i == s.size();
    if (!out.date_only_) {
        if (!lit('T') && !lit('t') && !lit(' ')) return false;
        if (!digits(2, h)) return false;
        if (extended && !lit(':')) return false;
        if (!digits(2, mi)) return false;
        if (extended && !lit(':')) return false;
        if (!digits(2, sec)) return false;
        if (lit('.') || lit(',')) {
            int n = 0;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                if (n < 6) frac_micros = frac_micros * 10 + (s[i] - '0');
                ++n;
                ++i;
            }
            if (n == 0) return false;
            for (int k = n; k < 6; ++k) frac_micros *= 10;
        }
        if (lit('Z') || lit('z')) {
            offset = 0;
        } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            const int sign = s[i++] == '-' ? -1 : 1;
            int oh, om = 0;
            if (!digits(2, oh)) return false;
            if (i < s.size()) {
                lit(':');
                if (!digits(2, om)) return false;
            }
            if (oh > 23 || om > 59) return false;
            offset = sign * (oh * 60 + om);
        } else if (i != s.size()) {
            return false;
        }
        // No designator at all: read as UTC (the API always writes one).
    }
    if (i != s.size()) return false;
    if (mo < 1 || mo > 12 || h > 23 || mi > 59 || sec > 60) return false;
    using namespace std::chrono;
    year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return false;
    const std::int64_t days = sys_days{ymd}.time_since_epoch().count();
    const std::int64_t local_seconds = days * 86400 + h * 3600 + mi * 60 + sec;
    out.micros_ = (local_seconds - static_cast<std::int64_t>(offset) * 60) * 1000000 + frac_micros;
    out.offset_minutes_ = static_cast<std::int16_t>(offset);
    return true;
}

inline timestamp timestamp::from_time(clock_time t, std::chrono::minutes utc_offset) {
    using namespace std::chrono;
    const auto local = t + duration_cast<microseconds>(utc_offset);
    const auto day_point = floor<days>(local);
    const year_month_day ymd{day_point};
    const hh_mm_ss<microseconds> tod{local - day_point};
    const long off = static_cast<long>(utc_offset.count());
    char buf[64];
    const char sign = off < 0 ? '-' : '+';
    const long aoff = off < 0 ? -off : off;
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ld.%03ld%c%02ld:%02ld", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(tod.hours().count()), static_cast<long>(tod.minutes().count()),
                  static_cast<long>(tod.seconds().count()), static_cast<long>(tod.subseconds().count() / 1000), sign,
                  aoff / 60, aoff % 60);
    return from_text(buf);
}

}  // namespace mercadopago
// ---- end mercadopago/timestamp.hpp ----

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <charconv>
#include <concepts>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Outcome of decoding one JSON node into a member.
enum class decode_status {
    exact,    ///< read as the encoder would write it
    coerced,  ///< read leniently (or null): keep the original JSON for re-encoding
    absent,   ///< the JSON stands for "no value" (masked, "" date, [] object)
    failed,   ///< error recorded in the context
};

/// Collects the error of a failing decode; the path is built while unwinding.
class decode_context {
public:
    /// Records a decode error with `message` (no path yet) and returns decode_status::failed.
    decode_status fail(std::string message) {
        error_.code = errc::decode;
        error_.message = std::move(message);
        return decode_status::failed;
    }
    /// Records "expected <expected>, got <JSON kind of got>" and returns decode_status::failed.
    template <class Node>
    decode_status type_error(std::string_view expected, const Node& got) {
        return fail("expected " + std::string(expected) + ", got " + std::string(detail::kind_name(got.kind())));
    }
    /// Prepends object key `key` to the error's path while unwinding (`payer` + `.email`).
    void prefix_key(std::string_view key) {
        std::string p(key);
        if (!error_.path.empty() && error_.path.front() != '[') p.push_back('.');
        error_.path.insert(0, p);
    }
    /// Prepends array index `i` to the error's path while unwinding (`items` + `[2].unit_price`).
    void prefix_index(std::size_t i) {
        std::string p = "[" + std::to_string(i) + "]";
        if (!error_.path.empty() && error_.path.front() != '[') p.push_back('.');
        error_.path.insert(0, p);
    }
    /// Moves the recorded error (errc::decode, message and path) out.
    error take() { return std::move(error_); }

private:
    error error_{errc::decode, {}, {}};
};

/// Primary template: a type with no codec does not compile into a model.
template <class T>
struct json_codec;

namespace detail {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_optional<mercadopago::optional<T>> : std::true_type {};

template <class T>
concept open_enum_type = std::derived_from<T, open_enum<T>>;

template <class T>
concept json_integer = std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char>;

template <class T>
bool same_value(const T& a, const T& b) {
    if constexpr (std::same_as<T, decimal>) return a.same_representation(b);
    else if constexpr (is_optional<T>::value) return a.has_value() == b.has_value() && (!a || same_value(*a, *b));
    else if constexpr (requires { typename T::value_type; a.size(); a.begin(); } && !std::same_as<T, std::string>) {
        if (a.size() != b.size()) return false;
        auto ib = b.begin();
        for (const auto& x : a)
            if (!same_value(x, *ib++)) return false;
        return true;
    } else return a == b;
}

/// Types whose kept wire form can be compared with the typed member: scalars
/// and containers of them. Models keep their own `extra` instead.
template <class T>
inline constexpr bool wire_comparable =
    std::same_as<T, std::string> || std::same_as<T, bool> || json_integer<T> || std::same_as<T, decimal> ||
    std::same_as<T, timestamp> || open_enum_type<T>;
template <class T>
inline constexpr bool wire_comparable<std::optional<T>> = wire_comparable<T>;
template <class T>
inline constexpr bool wire_comparable<mercadopago::optional<T>> = wire_comparable<T>;
template <class T, class A>
inline constexpr bool wire_comparable<std::vector<T, A>> = wire_comparable<T>;
template <class T, class C, class A>
inline constexpr bool wire_comparable<std::map<std::string, T, C, A>> = wire_comparable<T>;

}  // namespace detail

// --- strings -----------------------------------------------------------------

/// Strings. A JSON number is accepted too and kept as its source text (card ids, `last_four_digits`).
template <>
struct json_codec<std::string> {
    /// Reads a JSON string (exact) or a number's source text (coerced); anything else fails.
    template <class Node>
    static decode_status decode(const Node& v, std::string& out, decode_context& ctx) {
        switch (v.kind()) {
        case detail::jkind::string: out.assign(v.str()); return decode_status::exact;
        case detail::jkind::int64:
        case detail::jkind::uint64:
        case detail::jkind::number: {
            // Lenient: ids and card digits sometimes arrive as numbers; keep the text.
            const auto text = v.number_text();
            out.assign(std::string_view(text));
            return decode_status::coerced;
        }
        default: return ctx.type_error("string", v);
        }
    }
    /// Writes `s` as an escaped JSON string.
    static void encode(detail::json_writer& w, const std::string& s) { w.string(s); }
};

// --- integers ----------------------------------------------------------------

/// Integer types other than `bool` and `char`. A string holding an integer (`quantity: "1"`) is accepted;
/// a masked all-`*` string ("***", card expiry) reads as no value.
template <detail::json_integer I>
struct json_codec<I> {
    /// Reads an integer that fits `I`; a numeric string is coerced, "***" is absent; a fraction,
    /// an out-of-range value or any other JSON fails.
    template <class Node>
    static decode_status decode(const Node& v, I& out, decode_context& ctx) {
        switch (v.kind()) {
        case detail::jkind::int64: {
            const std::int64_t x = v.int64();
            if (!std::in_range<I>(x)) return ctx.fail("integer out of range");
            out = static_cast<I>(x);
            // `-0` reads as 0 but is kept as sent (the only integer text the
            // writer would not reproduce).
            return x == 0 && v.number_text().front() == '-' ? decode_status::coerced : decode_status::exact;
        }
        case detail::jkind::uint64: {
            const std::uint64_t x = v.uint64();
            if (!std::in_range<I>(x)) return ctx.fail("integer out of range");
            out = static_cast<I>(x);
            return decode_status::exact;
        }
        case detail::jkind::string: {
            const std::string_view s = v.str();
            // Lenient: masked values ("***", card expiry since 2026-07) mean "not disclosed".
            if (!s.empty() && s.find_first_not_of('*') == std::string_view::npos) return decode_status::absent;
            // Lenient: integers sent as strings (`quantity: "1"`).
            I x{};
            auto r = std::from_chars(s.data(), s.data() + s.size(), x);
            if (s.empty() || r.ec != std::errc{} || r.ptr != s.data() + s.size()) {
                if (r.ec == std::errc::result_out_of_range) return ctx.fail("integer out of range");
                return ctx.type_error("integer", v);
            }
            out = x;
            return decode_status::coerced;
        }
        case detail::jkind::number: return ctx.fail("expected integer, got fractional or out-of-range number");
        default: return ctx.type_error("integer", v);
        }
    }
    /// Writes `v` as a JSON integer.
    static void encode(detail::json_writer& w, I v) { w.integer(v); }
};

// --- booleans ----------------------------------------------------------------

/// Booleans; the strings "true" and "false" are accepted too (`request_public: "true"`).
template <>
struct json_codec<bool> {
    /// Reads `true`/`false` (exact) or "true"/"false" (coerced); anything else fails.
    template <class Node>
    static decode_status decode(const Node& v, bool& out, decode_context& ctx) {
        if (v.kind() == detail::jkind::boolean) {
            out = v.boolean();
            return decode_status::exact;
        }
        if (v.kind() == detail::jkind::string) {
            // Lenient: booleans sent as strings (`request_public: "true"`).
            if (v.str() == "true") return out = true, decode_status::coerced;
            if (v.str() == "false") return out = false, decode_status::coerced;
        }
        return ctx.type_error("boolean", v);
    }
    /// Writes `true` or `false`.
    static void encode(detail::json_writer& w, bool b) { w.boolean(b); }
};

// --- money -------------------------------------------------------------------

/// Money, read exactly from the number's own text; a numeric string (`unit_price: "100.0"`) is accepted.
template <>
struct json_codec<decimal> {
    /// Reads a JSON number or numeric string exactly ("" is absent); more than 18 decimal places or
    /// a value beyond int64 fails rather than rounding. Exponent forms and strings are kept as sent.
    template <class Node>
    static decode_status decode(const Node& v, decimal& out, decode_context& ctx) {
        decode_status ok = decode_status::exact;
        switch (v.kind()) {
        case detail::jkind::int64:
        case detail::jkind::uint64:
        case detail::jkind::number: {
            const auto text = v.number_text();  // the number's own text: exact
            const std::string_view t(text);
            const decode_status s = assign(decimal::parse(t), out, ctx, ok);
            if (s != decode_status::exact) return s;
            // The writer prints plain notation: a number sent with an exponent
            // (`5.0E8`) or as a negative zero is kept as sent.
            const bool exponent = t.find_first_of("eE") != std::string_view::npos;
            const bool negative_zero = t.front() == '-' && out.mantissa() == 0;
            return exponent || negative_zero ? decode_status::coerced : decode_status::exact;
        }
        case detail::jkind::string:
            // Lenient: amounts sent as strings (`unit_price: "100.0"`; Orders API).
            if (v.str().empty()) return decode_status::absent;
            ok = decode_status::coerced;
            return assign(decimal::parse(v.str()), out, ctx, ok);
        default: return ctx.type_error("number", v);
        }
    }
    /// Writes a JSON number in plain notation with the value's own places ("100.50").
    static void encode(detail::json_writer& w, const decimal& d) {
        char buf[decimal::max_text_size];
        w.raw(std::string_view(buf, d.format(buf)));
    }

private:
    static decode_status assign(result<decimal> r, decimal& out, decode_context& ctx, decode_status ok) {
        if (!r) return ctx.fail(r.error().message);  // never silently drop money
        out = *r;
        return ok;
    }
};

// --- timestamps --------------------------------------------------------------

/// Date-times, kept as their text; "" reads as no date (`money_release_date: ""`).
template <>
struct json_codec<timestamp> {
    /// Reads a string; text that is not ISO-8601 is kept with `valid()` false, never an error.
    template <class Node>
    static decode_status decode(const Node& v, timestamp& out, decode_context& ctx) {
        if (v.kind() != detail::jkind::string) return ctx.type_error("date-time string", v);
        // Lenient: "" stands for "no date" (`money_release_date: ""`).
        if (v.str().empty()) return decode_status::absent;
        out = timestamp::from_text(v.str());  // unparsable text is kept, never fatal
        return decode_status::exact;
    }
    /// Writes the kept text as a JSON string.
    static void encode(detail::json_writer& w, const timestamp& t) { w.string(t.text()); }
};

// --- open enums --------------------------------------------------------------

/// Open vocabularies (`payment_status`, …): any string, known to this version or not.
template <detail::open_enum_type E>
struct json_codec<E> {
    /// Reads a JSON string as it is; a non-string fails.
    template <class Node>
    static decode_status decode(const Node& v, E& out, decode_context& ctx) {
        if (v.kind() != detail::jkind::string) return ctx.type_error("string", v);
        out = E(v.str());
        return decode_status::exact;
    }
    /// Writes the value's text as a JSON string.
    static void encode(detail::json_writer& w, const E& e) { w.string(e.str()); }
};

// --- free-form JSON ------------------------------------------------------------

/// Any JSON as a Boost.JSON DOM. Numbers become doubles or integers (use free_form to keep their text).
template <>
struct json_codec<boost::json::value> {
    /// Reads any JSON, null included; never fails.
    template <class Node>
    static decode_status decode(const Node& v, boost::json::value& out, decode_context&) {
        out = v.to_value();
        return decode_status::exact;
    }
    /// Writes `v` as JSON.
    static void encode(detail::json_writer& w, const boost::json::value& v) { w.value(v); }
};

/// Any JSON object as a Boost.JSON object.
template <>
struct json_codec<boost::json::object> {
    /// Reads a JSON object; any other kind fails.
    template <class Node>
    static decode_status decode(const Node& v, boost::json::object& out, decode_context& ctx) {
        if (v.kind() != detail::jkind::object) return ctx.type_error("object", v);
        out = std::move(v.to_value().as_object());
        return decode_status::exact;
    }
    /// Writes `o` as a JSON object.
    static void encode(detail::json_writer& w, const boost::json::object& o) {
        // Written through the value overload so both share one writer.
        w.value(boost::json::value(o, boost::json::storage_ptr{}));
    }
};

/// Free-form JSON read exactly: numbers keep their source text.
template <>
struct json_codec<free_form> {
    /// Reads any JSON, recording each number's source text; never fails.
    static decode_status decode(const detail::tape_node& v, free_form& out, decode_context&) {
        out.number_texts().clear();
        out.value() = v.to_value(out.number_texts(), nullptr);
        out.number_texts().finish();
        return decode_status::exact;
    }
    /// Writes the JSON back, each number with its kept source text (`1.50` stays `1.50`).
    static void encode(detail::json_writer& w, const free_form& v) {
        std::string pointer;
        w.value(v.value(), v.number_texts(), pointer);
    }
};

// --- optional ------------------------------------------------------------------

namespace detail {

/// Both optionals: mercadopago::optional (the models') and std::optional (a
/// user's own models may hold either).
template <class O, class T>
struct optional_codec {
    template <class Node>
    static decode_status decode(const Node& v, O& out, decode_context& ctx) {
        return decode_member(&out, v, ctx);
    }
    /// The decoder itself, with the signature of a model's member decoders:
    /// a model's table points here directly rather than through a wrapper
    /// (one function fewer per optional member type in a file that decodes).
    template <class Node>
    static decode_status decode_member(void* member, const Node& v, decode_context& ctx) {
        O& out = *static_cast<O*>(member);
        if (v.kind() == detail::jkind::null) {
            out.reset();
            return decode_status::coerced;  // keeps the explicit null for re-encoding
        }
        if constexpr (described<T> || std::is_same_v<T, boost::json::object>) {
            // Lenient: an empty array where an object belongs (`payer: []`).
            if (v.kind() == detail::jkind::array && v.size() == 0) {
                out.reset();
                return decode_status::coerced;
            }
        }
        const decode_status s = json_codec<T>::decode(v, out.emplace(), ctx);
        if (s == decode_status::absent) {
            out.reset();
            return decode_status::coerced;
        }
        return s;
    }
    static void encode(detail::json_writer& w, const O& v) {
        if (v) json_codec<T>::encode(w, *v);
        else w.null();
    }
};

}  // namespace detail

/// Optional members: null (or, for objects, `[]`) reads as empty and is kept to be written back.
template <class T>
struct json_codec<mercadopago::optional<T>> : detail::optional_codec<mercadopago::optional<T>, T> {};
/// As above, for std::optional members of a user's own models.
template <class T>
struct json_codec<std::optional<T>> : detail::optional_codec<std::optional<T>, T> {};

// --- arrays and maps ---------------------------------------------------------

/// JSON arrays, element by element through `json_codec<T>`.
template <class T, class A>
struct json_codec<std::vector<T, A>> {
    /// Reads an array; the first element that fails (or has no value) ends the decode, its index
    /// prefixed to the error path (`[2].unit_price`).
    template <class Node>
    static decode_status decode(const Node& v, std::vector<T, A>& out, decode_context& ctx) {
        if (v.kind() != detail::jkind::array) return ctx.type_error("array", v);
        // The elements are value-initialised at their final place and decoded
        // there: growing the vector element by element would compile its
        // reallocation path (and T's move constructor) for every element type.
        std::vector<T, A> decoded(v.size(), out.get_allocator());
        decode_status overall = decode_status::exact;
        const bool ok = v.elements([&](std::size_t i, const Node& e) {
            decode_status s = json_codec<T>::decode(e, decoded[i], ctx);
            if (s == decode_status::absent) s = ctx.fail("element has no value");
            if (s == decode_status::failed) {
                ctx.prefix_index(i);
                return false;
            }
            if (s == decode_status::coerced) overall = s;
            return true;
        });
        out.swap(decoded);
        return ok ? overall : decode_status::failed;
    }
    /// Writes the elements in order as a JSON array.
    static void encode(detail::json_writer& w, const std::vector<T, A>& v) {
        w.put('[');
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) w.put(',');
            json_codec<T>::encode(w, v[i]);
        }
        w.put(']');
    }
};

/// JSON objects whose keys are data (not field names), values through `json_codec<T>`.
template <class T, class C, class A>
struct json_codec<std::map<std::string, T, C, A>> {
    /// Reads an object; the first member that fails (or has no value) ends the decode, its key
    /// prefixed to the error path.
    template <class Node>
    static decode_status decode(const Node& v, std::map<std::string, T, C, A>& out, decode_context& ctx) {
        if (v.kind() != detail::jkind::object) return ctx.type_error("object", v);
        out.clear();
        decode_status overall = decode_status::exact;
        const bool ok = v.members([&](std::string_view k, const Node& e) {
            decode_status s = json_codec<T>::decode(e, out[std::string(k)], ctx);
            if (s == decode_status::absent) s = ctx.fail("member has no value");
            if (s == decode_status::failed) {
                ctx.prefix_key(k);
                return false;
            }
            if (s == decode_status::coerced) overall = s;
            return true;
        });
        return ok ? overall : decode_status::failed;
    }
    /// Writes the entries as a JSON object, in the map's key order.
    static void encode(detail::json_writer& w, const std::map<std::string, T, C, A>& m) {
        w.put('{');
        bool first = true;
        for (const auto& [k, val] : m) {
            if (!first) w.put(',');
            first = false;
            w.string(k);
            w.put(':');
            json_codec<T>::encode(w, val);
        }
        w.put('}');
    }
};

// --- models --------------------------------------------------------------------

namespace detail {

template <class T>
struct unwrap_optional {
    using type = T;
};
template <class T>
struct unwrap_optional<std::optional<T>> {
    using type = T;
};
template <class T>
struct unwrap_optional<mercadopago::optional<T>> {
    using type = T;
};
template <class T>
using unwrap_optional_t = typename unwrap_optional<T>::type;

/// Whether the JSON kept in `extra` for a member still describes its value,
/// so the original form (a quoted number, a numeric id) is written back.
/// `texts` (when the model keeps them) holds the source text of its numbers,
/// the wire form's at `pointer`.
template <class M>
bool wire_form_matches(const boost::json::value& wire, const number_texts* texts, const std::string& pointer,
                       const M& member) {
    using V = unwrap_optional_t<M>;
    if constexpr (!wire_comparable<V>) {
        return false;
    } else {
        V probe{};
        decode_context ctx;
        const decode_status s = json_codec<V>::decode(value_node(wire, texts, pointer), probe, ctx);
        if (s != decode_status::exact && s != decode_status::coerced) return false;
        if constexpr (is_optional<M>::value) return same_value(probe, *member);
        else return same_value(probe, member);
    }
}

/// Members that go to `extra` (unknown keys, and wire forms to keep), gathered
/// first so the object is sized once instead of rehashing as it grows.
class pending_extras {
public:
    void push(std::string_view key, const tape_node& v) {
        if (n_ < inline_.size()) inline_[n_] = {key, v};
        else overflow_.emplace_back(key, v);
        ++n_;
    }
    /// Into `extra`; `texts` (when the model keeps them) gets their numbers' source text.
    void flush(boost::json::object& extra, number_texts* texts) {
        if (n_ == 0) return;
        extra.reserve(extra.size() + n_);
        for (std::size_t i = 0; i < n_; ++i) {
            const auto& [k, v] = i < inline_.size() ? *inline_[i] : overflow_[i - inline_.size()];
            if (texts) {
                const json_path at{nullptr, k, 0, false};  // "/k"
                extra.insert_or_assign(k, v.to_value(*texts, &at));
            } else {
                extra.insert_or_assign(k, v.to_value());
            }
        }
        if (texts) texts->finish();
    }

private:
    std::array<std::optional<std::pair<std::string_view, tape_node>>, 16> inline_{};
    std::vector<std::pair<std::string_view, tape_node>> overflow_;
    std::size_t n_ = 0;
};

/// Writes `v`, kept in `extra` under `key`, with its numbers' kept texts.
inline void write_extra_value(json_writer& w, const number_texts* texts, std::string_view key,
                              const boost::json::value& v) {
    if (texts && !texts->empty()) {
        std::string pointer;
        push_pointer_token(pointer, key);
        w.value(v, *texts, pointer);
        return;
    }
    w.value(v);
}

/// What the model codec does with one member, written once per member type
/// rather than once per field: a model's codec is a loop over its tables, and
/// a type that a hundred fields share (optional<std::string>) is compiled
/// once. The cost is an indirect call per field, which decoding paid already
/// (it dispatches on the key) and encoding pays within noise.
///
/// Decoding and encoding have separate tables, reached only from the codec
/// function that uses them: a file that only decodes a payment instantiates
/// the decoders of its member types and nested models, not their encoders
/// (one shared table made every `from_json<payment>` compile the encoder of
/// every nested model too, and every `create` the decoders of its request).
using member_decoder = decode_status (*)(void* member, const tape_node& v, decode_context& ctx);

struct member_encoder {
    void (*encode)(json_writer& w, const void* member);
    bool (*present)(const void* member);
    /// Whether a wire form kept in `extra` (at `pointer` of `texts`) still describes the member's value.
    bool (*wire_matches)(const boost::json::value& wire, const number_texts* texts, const std::string& pointer,
                         const void* member);
};

/// The functions behind both tables. Naming this class instantiates none of
/// them; taking a function's address (in decoder_for / encoder_for) does.
template <class M>
struct member_codec {
    static decode_status decode(void* m, const tape_node& v, decode_context& ctx) {
        return json_codec<M>::decode(v, *static_cast<M*>(m), ctx);
    }
    static void encode(json_writer& w, const void* m) { json_codec<M>::encode(w, *static_cast<const M*>(m)); }
    /// Whether the member carries a value to write (an empty optional does not).
    static bool present(const void* m) {
        if constexpr (is_optional<M>::value) return static_cast<const M*>(m)->has_value();
        else return true;
    }
    static bool wire_matches(const boost::json::value& wire, const number_texts* texts, const std::string& pointer,
                             const void* m) {
        return wire_form_matches(wire, texts, pointer, *static_cast<const M*>(m));
    }
};

/// Money as JSON strings ("200.00"), for the models of APIs that send it so
/// (the Orders API): written as a string, read from a string exactly; a
/// number is still accepted and kept as sent. Written once for `decimal` and
/// `optional<decimal>` members.
template <class M>
struct quoted_decimal_codec {
    static decode_status decode_one(const tape_node& v, decimal& out, decode_context& ctx) {
        if (v.kind() != jkind::string) {
            const decode_status s = json_codec<decimal>::decode(v, out, ctx);
            return s == decode_status::exact ? decode_status::coerced : s;  // a number: kept as sent
        }
        const decode_status s = json_codec<decimal>::decode(v, out, ctx);
        if (s != decode_status::coerced) return s;  // absent ("") or failed
        char buf[decimal::max_text_size];
        return std::string_view(buf, out.format(buf)) == v.str() ? decode_status::exact : decode_status::coerced;
    }
    static decode_status decode(void* m, const tape_node& v, decode_context& ctx) {
        if constexpr (is_optional<M>::value) {
            auto& o = *static_cast<M*>(m);
            if (v.kind() == jkind::null) return o.reset(), decode_status::coerced;
            const decode_status s = decode_one(v, o.emplace(), ctx);
            if (s == decode_status::absent) return o.reset(), decode_status::coerced;
            return s;
        } else {
            return decode_one(v, *static_cast<M*>(m), ctx);
        }
    }
    static void encode(json_writer& w, const void* m) {
        const auto& v = *static_cast<const M*>(m);
        if constexpr (is_optional<M>::value) {
            if (!v) return w.null();
        }
        const decimal& d = [&]() -> const decimal& {
            if constexpr (is_optional<M>::value) return *v;
            else return v;
        }();
        char buf[decimal::max_text_size + 2];
        buf[0] = '"';
        const std::size_t n = d.format(buf + 1);
        buf[n + 1] = '"';
        w.raw(std::string_view(buf, n + 2));
    }
};

/// A model whose money travels as JSON strings declares
/// `static constexpr bool decimals_as_strings = true;`.
template <class T>
concept quoted_decimals = requires {
    requires T::decimals_as_strings;
};

/// The decoder of a member of type M: member_codec's, or for an optional the
/// optional codec's own (one function per member type, not two).
template <class M>
struct member_decode {
    static constexpr member_decoder value = &member_codec<M>::decode;
};
template <class V>
struct member_decode<optional<V>> {
    static constexpr member_decoder value = &optional_codec<optional<V>, V>::template decode_member<tape_node>;
};
template <class V>
struct member_decode<std::optional<V>> {
    static constexpr member_decoder value = &optional_codec<std::optional<V>, V>::template decode_member<tape_node>;
};

/// The codec of member type M in model T: its own, or the quoted-decimal one.
template <class T, class M>
struct member_codec_in {
    static constexpr member_decoder decoder = member_decode<M>::value;
    using encoding = member_codec<M>;
};
template <quoted_decimals T>
struct member_codec_in<T, decimal> {
    static constexpr member_decoder decoder = &quoted_decimal_codec<decimal>::decode;
    using encoding = quoted_decimal_codec<decimal>;
};
template <quoted_decimals T>
struct member_codec_in<T, optional<decimal>> {
    static constexpr member_decoder decoder = &quoted_decimal_codec<optional<decimal>>::decode;
    using encoding = quoted_decimal_codec<optional<decimal>>;
};

template <class T, class M>
inline constexpr member_decoder decoder_for = member_codec_in<T, M>::decoder;
template <class T, class M>
inline constexpr member_encoder encoder_for{&member_codec_in<T, M>::encoding::encode, &member_codec<M>::present,
                                            &member_codec<M>::wire_matches};

/// What the field loops need to know of a model: constant tables, indexed
/// like its field list (one spare entry, so that a model without fields still
/// has arrays).
struct model_table {
    std::size_t size;
    const field_name_entry* sorted;        ///< names sorted, for find_field
    const std::string_view* names;         ///< in field order
    const std::string_view* quoted_keys;   ///< `"name":`, in field order
    const bool* required;                  ///< members that are not optional; nullptr if none is
};

template <auto... M>
constexpr std::array<bool, sizeof...(M) + 1> required_fields(fields<M...>*) {
    return {!is_optional<member_type_of<M>>::value..., false};
}

/// Which fields of T must be present (members that are not optional).
template <described T>
inline constexpr auto required_mask = required_fields(static_cast<typename T::json_fields*>(nullptr));

template <described T>
inline constexpr bool has_required_fields = [] {
    for (bool r : required_mask<T>)
        if (r) return true;
    return false;
}();

/// `"name":` for every field of T, in field order, ready to append while
/// encoding: views into one buffer per model (JSON names need no escaping).
template <described T>
struct quoted_keys_of {
    static constexpr std::size_t chars = [] {
        std::size_t n = 0;
        for (std::size_t i = 0; i < T::json_fields::size; ++i) n += field_names<T>[i].size() + 3;
        return n;
    }();
    static constexpr auto buffer = [] {
        std::array<char, chars + 1> b{};
        std::size_t at = 0;
        for (std::size_t i = 0; i < T::json_fields::size; ++i) {
            b[at++] = '"';
            for (char c : field_names<T>[i]) b[at++] = c;
            b[at++] = '"';
            b[at++] = ':';
        }
        return b;
    }();
    static constexpr auto views = [] {
        std::array<std::string_view, T::json_fields::size + 1> v{};
        std::size_t at = 0;
        for (std::size_t i = 0; i < T::json_fields::size; ++i) {
            const std::size_t len = field_names<T>[i].size() + 3;
            v[i] = std::string_view(buffer.data() + at, len);
            at += len;
        }
        return v;
    }();
};

/// A model's constant tables, reached only from its codec's functions.
template <described T>
inline constexpr model_table table_of{T::json_fields::size, sorted_field_names<T>.data(), field_names<T>.data(),
                                      quoted_keys_of<T>::views.data(),
                                      has_required_fields<T> ? required_mask<T>.data() : nullptr};

/// The field loops of every model, written once: a model's own codec only
/// takes its members' addresses and hands them over with its tables. One copy
/// per program instead of one per model (a payment nests 53 models) is what
/// keeps a file that decodes a payment quick to compile.
///
/// `extra` is the model's `extra`; `kept` the same object when it is an
/// extra_fields (which keeps explicit nulls as bits and numbers' source
/// text), nullptr for a plain boost::json::object. `seen` has a slot per field.
inline decode_status decode_fields(const tape_node& v, const model_table& t, void* const* member,
                                   const member_decoder* decoders, boost::json::object& extra, extra_fields* kept,
                                   bool* seen, decode_context& ctx) {
    if (v.kind() != jkind::object) return ctx.type_error("object", v);
    pending_extras extras;
    const bool ok = v.members([&](std::string_view key, const tape_node& val) {
        const std::size_t i = find_field(t.sorted, t.size, key);
        if (i == t.size) {
            extras.push(key, val);  // unknown key: kept
            return true;
        }
        seen[i] = true;
        decode_status s = decoders[i](member[i], val, ctx);
        if (s == decode_status::absent) s = ctx.fail("required field has no value");
        if (s == decode_status::failed) {
            ctx.prefix_key(t.names[i]);
            return false;
        }
        if (s == decode_status::coerced) {
            // The wire form is kept for re-encoding: a null as one bit when
            // the model's extra can hold it, anything else as an entry.
            if (kept && val.kind() == jkind::null && i < extra_fields::max_null_bits) {
                kept->mark_null(i);
                return true;
            }
            extras.push(key, val);
        }
        return true;
    });
    if (!ok) return decode_status::failed;
    extras.flush(extra, kept ? &kept->number_texts() : nullptr);
    if (t.required) {
        for (std::size_t i = 0; i < t.size; ++i) {
            if (t.required[i] && !seen[i]) {
                ctx.fail("missing required field");
                ctx.prefix_key(t.names[i]);
                return decode_status::failed;
            }
        }
    }
    return decode_status::exact;
}

/// Writes one field: its key and value, or the explicit null the API sent,
/// or the wire form kept in `extra` when it still describes the value.
inline void encode_field(json_writer& w, const boost::json::object& extra, const extra_fields* kept, std::size_t i,
                         const void* m, const member_encoder& ops, std::string_view quoted_key, std::string_view name,
                         bool& first, bool has_wire_form) {
    if (!ops.present(m)) {
        // Unset optionals are omitted, never sent as null — unless the API
        // itself sent this field as null (kept for an exact round trip).
        if (kept && kept->sent_null(i) && !has_wire_form) {
            if (!first) w.put(',');
            first = false;
            w.raw(quoted_key);
            w.null();
        }
        return;
    }
    if (!first) w.put(',');
    first = false;
    w.raw(quoted_key);
    if (has_wire_form) {
        if (const boost::json::value* wire = extra.if_contains(name)) {
            const number_texts* texts = kept ? &kept->number_texts() : nullptr;
            std::string pointer;
            if (texts) push_pointer_token(pointer, name);
            if (ops.wire_matches(*wire, texts, pointer, m)) {
                write_extra_value(w, texts, name, *wire);  // with its numbers' texts
                return;
            }
        }
    }
    ops.encode(w, m);
}

/// The encoding counterpart of decode_fields. `in_extra` has a slot per field
/// and a spare one.
inline void encode_fields(json_writer& w, const model_table& t, const void* const* member,
                          const member_encoder* const* encoders, const boost::json::object& extra,
                          const extra_fields* kept, bool* in_extra) {
    // Which declared fields also have an entry in `extra` (a kept wire form,
    // or an explicit null): one lookup per extra key, none per field.
    for (const auto& kv : extra)
        in_extra[find_field(t.sorted, t.size, std::string_view(kv.key().data(), kv.key().size()))] = true;
    const number_texts* texts = kept ? &kept->number_texts() : nullptr;
    w.put('{');
    bool first = true;
    for (std::size_t i = 0; i < t.size; ++i)
        encode_field(w, extra, kept, i, member[i], *encoders[i], t.quoted_keys[i], t.names[i], first, in_extra[i]);
    for (const auto& kv : extra) {  // keys no field has, and wire forms of fields left unset
        const std::string_view key(kv.key().data(), kv.key().size());
        const std::size_t i = find_field(t.sorted, t.size, key);
        if (i != t.size && encoders[i]->present(member[i])) continue;  // the typed member was written
        if (!first) w.put(',');
        first = false;
        w.string(key);
        w.put(':');
        write_extra_value(w, texts, key, kv.value());
    }
    w.put('}');
}

/// A model's extra as the field loops take it: extra_fields, or a plain
/// boost::json::object in a user's own model.
template <class Extra>
auto* kept_extra(Extra& extra) noexcept {
    static_assert(std::derived_from<std::remove_const_t<Extra>, boost::json::object>,
                  "a model's `extra` member must be a mercadopago::extra_fields or a boost::json::object");
    using kept_ptr = std::conditional_t<std::is_const_v<Extra>, const extra_fields*, extra_fields*>;
    if constexpr (std::derived_from<std::remove_const_t<Extra>, extra_fields>) return static_cast<kept_ptr>(&extra);
    else return static_cast<kept_ptr>(nullptr);
}

/// The member tables of a model, as constants: built in the constant
/// evaluator, so no function is emitted for them; each is named only by the
/// codec function that uses it (a file that only encodes a model compiles
/// none of its members' decoders).
template <class T, auto... M>
constexpr std::array<member_decoder, sizeof...(M) + 1> decoders_of(fields<M...>*) noexcept {
    return {decoder_for<T, member_type_of<M>>..., nullptr};
}
template <class T, auto... M>
constexpr std::array<const member_encoder*, sizeof...(M) + 1> encoders_of(fields<M...>*) noexcept {
    return {&encoder_for<T, member_type_of<M>>..., nullptr};
}

/// The address of every member of `obj`, in field order: the one function per
/// model besides its codec's (its name spells the whole field list).
template <class Obj, class Ptr, auto... M>
void member_addresses(Obj& obj, Ptr* out, fields<M...>*) noexcept {
    [[maybe_unused]] std::size_t i = 0;
    ((out[i++] = &(obj.*M)), ...);
}

/// A null pointer typed as T's field list: passing it deduces the list's pack.
template <class T>
constexpr typename T::json_fields* fields_of = nullptr;

/// The codec of one model. With MERCADOPAGO_SEPARATE_COMPILATION the library's
/// models declare `extern template struct model_codec<…>` and
/// <mercadopago/src.hpp> instantiates them once; its functions are then not
/// inline, since g++ -O2 instantiates an extern template's inline functions
/// anyway (to inline them).
template <class T>
struct model_codec {
    static decode_status decode(const tape_node& v, T& out, decode_context& ctx);
    static void encode(json_writer& w, const T& obj);
};

template <class T>
MERCADOPAGO_DETAIL_DECL decode_status model_codec<T>::decode(const tape_node& v, T& out, decode_context& ctx) {
    static_assert(has_unique_field_names<T>, "two fields of this model share a JSON name");
    static constexpr auto decoders = decoders_of<T>(fields_of<T>);
    void* member[field_count<T> + 1]{};
    member_addresses(out, member, fields_of<T>);
    bool seen[field_count<T> + 1]{};
    return decode_fields(v, table_of<T>, member, decoders.data(), out.extra, kept_extra(out.extra), seen, ctx);
}

template <class T>
MERCADOPAGO_DETAIL_DECL void model_codec<T>::encode(json_writer& w, const T& obj) {
    static constexpr auto encoders = encoders_of<T>(fields_of<T>);
    const void* member[field_count<T> + 1]{};
    member_addresses(obj, member, fields_of<T>);
    bool in_extra[field_count<T> + 1]{};
    encode_fields(w, table_of<T>, member, encoders.data(), obj.extra, kept_extra(obj.extra), in_extra);
}

}  // namespace detail

/// Models (`described` types): each JSON key goes to its field; unknown keys, explicit nulls and
/// leniently read forms are kept in `extra`, so encoding reproduces what was read.
///
/// `decode(const tape_node&, T&, decode_context&)` reads a JSON object into `out`; it fails on
/// another kind, on a field that fails (its key prefixed to the path) or on a missing required
/// field. `encode(json_writer&, const T&)` writes the fields in declared order (empty optionals
/// left out, unless the API sent them as null), then the keys kept in `extra`. Both are
/// model_codec's own, inherited rather than wrapped: one function each per model.
template <described T>
struct json_codec<T> : detail::model_codec<T> {};

/// Whether the API sent field `json_name` of `obj` as an explicit null (the
/// member then reads as empty, and re-encoding writes the null back).
template <described T>
bool sent_null(const T& obj, std::string_view json_name) noexcept {
    const std::size_t i = detail::find_field<T>(json_name);
    if (i == field_count<T>) return false;
    if constexpr (requires { obj.extra.sent_null(i); }) {
        if (obj.extra.sent_null(i)) return true;
    }
    const auto* v = obj.extra.if_contains(json_name);
    return v && v->is_null();
}

}  // namespace mercadopago
// ---- end mercadopago/codec.hpp ----

// ---- begin mercadopago/fixed_string.hpp ----
// fixed_string<N>: a string literal usable as a template argument, as in
// `endpoint<http_method::get, "/v1/payments/{id}", …>`.


#include <cstddef>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A string usable as a template argument: `endpoint<http_method::post, "/v1/payments", …>`.
template <std::size_t N>
struct fixed_string {
    char chars[N]{};  ///< the characters, with the literal's terminating NUL last
    /// From a string literal (implicit, so a literal can be the template argument).
    /// A plain loop, not std::copy_n: g++ runs this in its constant evaluator for
    /// every endpoint while it reads the headers, and evaluates a loop much
    /// faster than the algorithm's layers.
    constexpr fixed_string(const char (&s)[N]) {
        for (std::size_t i = 0; i < N; ++i) chars[i] = s[i];
    }
    /// The text without its terminating NUL.
    constexpr std::string_view view() const noexcept { return {chars, N - 1}; }
    /// Length of the text, NUL excluded.
    constexpr std::size_t size() const noexcept { return N - 1; }
};

}  // namespace mercadopago
// ---- end mercadopago/fixed_string.hpp ----

// ---- begin mercadopago/json.hpp ----
// The public codec: JSON text or Boost.JSON values <-> typed models.
//
//     auto p = mercadopago::from_json<mercadopago::payment>(body);  // result<payment>
//     std::string text = mercadopago::to_json(request);



#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace detail {

/// This thread's tape, reused so that decoding allocates nothing once warm.
/// A decode that runs inside another (a user codec calling from_json) finds
/// it taken and gets a tape of its own.
class tape_lease {
public:
    tape_lease() : t_(spare() ? spare().release() : new tape) {}
    ~tape_lease() {
        if (t_->arena.capacity() > (std::size_t{1} << 22)) return;  // do not pin a huge buffer
        if (!spare()) spare().reset(t_.release());
    }
    tape_lease(const tape_lease&) = delete;
    tape_lease& operator=(const tape_lease&) = delete;
    tape& operator*() noexcept { return *t_; }

private:
    static std::unique_ptr<tape>& spare() noexcept {
        thread_local std::unique_ptr<tape> t;
        return t;
    }
    std::unique_ptr<tape> t_;
};

/// Decodes `json` into `out`; on failure sets `e` and returns false.
template <class T>
bool decode_json_into(std::string_view json, T& out, error& e) {
    tape_lease lease;
    tape& tape = *lease;
    std::string message;
    if (!build_tape(json, tape, message)) {
        e = error{errc::invalid_json, std::move(message), {}};
        return false;
    }
    decode_context ctx;
    const decode_status s = json_codec<T>::decode(tape_node(&tape, 0), out, ctx);
    if (s == decode_status::failed) e = ctx.take();
    else if (s == decode_status::absent) e = error{errc::decode, "document has no value", {}};
    else return true;
    return false;
}

}  // namespace detail

/// Decodes JSON text into T. Errors name the JSON path:
/// `payer.identification.number: expected string, got object`.
template <class T>
result<T> from_json(std::string_view json) {
    // Decoded where the result lives: no T is moved (see result's build_in_place constructor).
    return result<T>(detail::build_in_place, [json](T& out, error& e) { return detail::decode_json_into(json, out, e); });
}

/// Appends the JSON text of `v` to `out` (reuse one buffer in hot loops).
template <class T>
void to_json(const T& v, std::string& out) {
    detail::json_writer w(out);
    json_codec<T>::encode(w, v);
}

/// JSON text of `v`: unset optionals omitted, money in plain decimal notation.
template <class T>
std::string to_json(const T& v) {
    // Sized from the last output of this type on this thread: one allocation
    // in steady state instead of a doubling series.
    thread_local std::size_t size_hint = 256;
    std::string out;
    out.reserve(size_hint);
    to_json(v, out);
    size_hint = out.size() + out.size() / 8 + 16;
    return out;
}

/// Decodes a Boost.JSON value into T, by the same rules as from_json.
/// (Its doubles are read by their shortest text: `1.5`, never `1.50`.)
template <class T>
result<T> from_value(const boost::json::value& v) {
    return from_json<T>(to_json(v));
}

/// Decodes free-form JSON into T exactly: numbers are read by the text they
/// were sent with (`"total": 1.50` into a decimal is 1.50).
template <class T>
result<T> from_value(const free_form& v) {
    return from_json<T>(to_json(v));
}

/// `v` as a Boost.JSON value. (Boost.JSON has no decimal kind: money becomes
/// a double here; use to_json for exact text.)
template <class T>
boost::json::value to_value(const T& v) {
    return boost::json::parse(to_json(v));
}

}  // namespace mercadopago
// ---- end mercadopago/json.hpp ----

// Models: every header under mercadopago/models/, alphabetically
// (`scripts/amalgamate.sh --check` fails when one is missing here).

// ---- begin mercadopago/models/api_error.hpp ----
// Error bodies of the REST API.
//
// Classic APIs: {"message","error","status","cause"} where `cause` comes as an
// array of objects (normal), a single object (old endpoints), a nested array
// [[{…}]] (card tokens), [] or null, or is missing. `cause` is kept as sent;
// causes() flattens every shape into one list.
// Orders API: {"errors":[{"code","message","details":[…]}]}.



// ---- begin mercadopago/detail/instantiation.hpp ----
// Optional separate compilation, the way Boost.JSON offers it.
//
// Header-only is the default: a file that decodes a payment compiles the
// payment codec itself. A program with many such files may instead define
// MERCADOPAGO_SEPARATE_COMPILATION everywhere (the CMake target
// mercadopago::compiled and Meson's mercadopago_compiled_dep do) and compile
// one source file that includes <mercadopago/src.hpp>. Then every library
// model's codec is instantiated once, in that file, and each header declares
// it `extern template`, so other files only call it.
//
// A model header lists its codecs once, after the models:
//
//     MERCADOPAGO_CODECS(identification, phone);


#if defined(MERCADOPAGO_SOURCE) || defined(MERCADOPAGO_SEPARATE_COMPILATION)
// The codec template must be defined where it is declared extern or instantiated.
#endif

#define MERCADOPAGO_DETAIL_CODEC_OF(unused, model) \
    MERCADOPAGO_DETAIL_INSTANTIATE(struct ::mercadopago::detail::model_codec<model>)
#define MERCADOPAGO_DETAIL_SEMICOLON() ;

/// Declares (or, in the source file, instantiates) the codecs of the listed
/// models; nothing in header-only mode. Used at namespace scope, followed by ';'.
#define MERCADOPAGO_CODECS(...) \
    MERCADOPAGO_DETAIL_FOR_EACH(MERCADOPAGO_DETAIL_CODEC_OF, MERCADOPAGO_DETAIL_SEMICOLON, ~, __VA_ARGS__)
// ---- end mercadopago/detail/instantiation.hpp ----

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// One cause of a classic error (`cause[]`).
struct api_error_cause {
    optional<std::string> code{};  ///< text: 2006 (a number), "130", "E301", "card-120" all occur
    optional<std::string> description{};  ///< the API's explanation of the code, e.g. "Card Token not found"
    optional<std::string> data{};  ///< often "<non-ISO date>;<request id>"
    /// Keys this library does not model, kept with their JSON text and written back unchanged;
    /// causes() also keeps here each of `code`, `description`, `data` that was not sent as a string.
    extra_fields extra{};

    /// `code` as an integer when it is one ("2006" → 2006; "E301" → nullopt).
    std::optional<std::int64_t> numeric_code() const noexcept {
        if (!code || code->empty()) return std::nullopt;
        std::int64_t n = 0;
        const char* end = code->data() + code->size();
        const auto r = std::from_chars(code->data(), end, n);
        if (r.ec != std::errc{} || r.ptr != end) return std::nullopt;
        return n;
    }

    MERCADOPAGO_FIELDS(api_error_cause, code, description, data);
};

/// One entry of an Orders API error (`errors[]`).
struct api_error_detail {
    optional<std::string> code{};  ///< e.g. "idempotency_key_already_used"
    optional<std::string> message{};  ///< the API's explanation of the code
    optional<std::vector<std::string>> details{};  ///< further explanations, e.g. which property was refused
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(api_error_detail, code, message, details);
};

/// The JSON body of a failed request; every member is optional because
/// gateways answer `{"status":502,"message":"Bad Gateway"}` and 401s carry no cause.
struct api_error_body {
    optional<std::string> message{};  ///< human-readable summary, e.g. "invalid access token"
    optional<std::string> error{};  ///< "bad_request", "unauthorized", "internal_error", …
    optional<std::int64_t> status{};  ///< mirrors the HTTP status
    optional<free_form> cause{};  ///< as sent (array, object, nested array, []); read with causes()
    optional<std::vector<api_error_detail>> errors{};  ///< Orders API shape
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(api_error_body, message, error, status, cause, errors);
};

namespace detail {

/// A cause object: code, description and data are read as text (an integer
/// code as its digits); everything else, and each member that was not a
/// string, is kept as sent in `extra`. Read directly rather than through the
/// codec, so that including this header instantiates no model codec.
inline api_error_cause read_cause(const boost::json::object& o) {
    api_error_cause c;
    auto text = [](const boost::json::value& v) -> optional<std::string> {
        if (v.is_string()) return std::string(v.get_string());
        if (v.is_int64()) return std::to_string(v.get_int64());
        if (v.is_uint64()) return std::to_string(v.get_uint64());
        return std::nullopt;
    };
    for (const auto& kv : o) {
        const std::string_view key(kv.key().data(), kv.key().size());
        optional<std::string>* member = key == "code"          ? &c.code
                                             : key == "description" ? &c.description
                                             : key == "data"        ? &c.data
                                                                    : nullptr;
        if (member) *member = text(kv.value());
        if (!member || !kv.value().is_string()) c.extra.insert_or_assign(kv.key(), kv.value());
    }
    return c;
}

inline void collect_causes(const boost::json::value& v, std::vector<api_error_cause>& out, int depth) {
    if (depth > 8) return;  // no real body nests deeper than [[{…}]]
    switch (v.kind()) {
    case boost::json::kind::array:
        for (const auto& e : v.get_array()) collect_causes(e, out, depth + 1);
        break;
    case boost::json::kind::object:
        out.push_back(read_cause(v.get_object()));
        break;
    case boost::json::kind::string: {
        // A bare text cause: treat it as the description.
        api_error_cause c;
        c.description.emplace(v.get_string());
        out.push_back(std::move(c));
        break;
    }
    default: break;  // null and stray scalars carry no cause
    }
}

}  // namespace detail

/// Every cause of a classic error body, whatever shape `cause` came in:
/// array, single object, nested array, [], null or absent (the last three
/// give an empty list).
inline std::vector<api_error_cause> causes(const api_error_body& body) {
    std::vector<api_error_cause> out;
    if (body.cause) detail::collect_causes(body.cause->value(), out, 0);
    return out;
}

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(api_error_cause, api_error_detail, api_error_body);

}  // namespace mercadopago
// ---- end mercadopago/models/api_error.hpp ----

// ---- begin mercadopago/models/card.hpp ----
// A card saved on a customer (`/v1/customers/{customer_id}/cards…`) and the
// bodies that create or update one.
//
// Card ids, BIN digits, last four digits and user ids are declared as strings
// by every SDK but arrive as JSON numbers from some endpoints (1562188766852,
// 423564, 5682): they are std::string here and keep the number's text.



// ---- begin mercadopago/models/identification.hpp ----
// A person's or company's identity document (CPF, CNPJ, DNI, RUT, …).



#include <boost/json/object.hpp>

#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// An identity document: its type (see identification_types()) and number.
struct identification {
    optional<std::string> type{};    ///< "CPF", "CNPJ", "DNI", … (see identification_types())
    optional<std::string> number{};  ///< digits as text; the API sometimes sends a JSON number
    extra_fields extra{};          ///< keys this version does not model, kept for round trips

    MERCADOPAGO_FIELDS(identification, type, number);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(identification);

}  // namespace mercadopago
// ---- end mercadopago/models/identification.hpp ----

#include <boost/json/object.hpp>

#include <cstdint>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The person named on a card (saved cards, card tokens, token requests).
struct cardholder {
    optional<std::string> name{};  ///< name as printed on the card
    optional<mercadopago::identification> identification{};  ///< the cardholder's identity document (type and number)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(cardholder, name, identification);
};

/// The brand of a saved card (`visa`, `master`, …).
struct card_payment_method {
    optional<std::string> id{};  ///< method id: "visa", "master", "amex", …
    optional<std::string> name{};  ///< display name of the method
    optional<std::string> payment_type_id{};  ///< "credit_card", "debit_card", …
    optional<std::string> thumbnail{};  ///< URL of the method's logo
    optional<std::string> secure_thumbnail{};  ///< URL of the method's logo over https
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_payment_method, id, name, payment_type_id, thumbnail, secure_thumbnail);
};

/// Where the CVV is printed and how long it is.
struct card_security_code {
    optional<std::int64_t> length{};  ///< number of digits (3 or 4)
    optional<std::string> card_location{};  ///< "back" or "front"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_security_code, length, card_location);
};

/// The issuing bank of a saved card; also the optional `issuer` of a card create request.
struct card_issuer {
    optional<std::string> id{};  ///< text: a number on the wire, J declares a string (SDKs disagree)
    optional<std::string> name{};  ///< the issuing bank's name
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_issuer, id, name);
};

/// Origin of the card registration (declared by the Go SDK only).
struct card_additional_info {
    optional<bool> request_public{};  ///< a boolean the API sends as the string "true"
    optional<std::string> api_client_application{};  ///< the application that registered the card, as text
    optional<std::string> api_client_scope{};  ///< the scope of that application, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_additional_info, request_public, api_client_application, api_client_scope);
};

/// A customer's saved card. Holds no card number: pay with it by creating a
/// card token from `id` plus the CVV.
struct card {
    optional<std::string> id{};  ///< text; sent as a JSON number by some endpoints
    optional<std::string> customer_id{};  ///< id of the customer the card is saved on
    optional<std::int64_t> expiration_month{};  ///< expiry month, 1-12; "***" (masked) reads as absent
    optional<std::int64_t> expiration_year{};  ///< four-digit expiry year; "***" (masked) reads as absent
    /// first six digits (the BIN), as text: a number on the wire would drop leading zeros
    optional<std::string> first_six_digits{};
    /// last four digits of the card number, as text (some endpoints send a JSON number)
    optional<std::string> last_four_digits{};
    optional<card_payment_method> payment_method{};  ///< the card's brand and type
    optional<card_security_code> security_code{};  ///< how long the security code is and where it is printed
    optional<card_issuer> issuer{};  ///< the issuing bank
    optional<mercadopago::cardholder> cardholder{};  ///< name and document on the card
    optional<timestamp> date_created{};  ///< when the card was saved
    optional<timestamp> date_last_updated{};  ///< when the card record last changed
    /// Mercado Pago user id of the card's owner, as text: number in some bodies, "0000000000" in others
    optional<std::string> user_id{};
    optional<bool> live_mode{};  ///< whether the card was saved in production rather than sandbox mode
    optional<card_additional_info> additional_info{};  ///< where the registration came from; declared by Go only
    /// an id of the card number, as text; declared by Go only, null in fixtures
    optional<std::string> card_number_id{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card,
                      id, customer_id, expiration_month, expiration_year, first_six_digits, last_four_digits,
                      payment_method, security_code, issuer, cardholder, date_created, date_last_updated, user_id,
                      live_mode, additional_info, card_number_id);
};

/// `POST /v1/customers/{customer_id}/cards`: saves the card behind a card token.
struct card_create_request {
    std::string token{};  ///< required: a card token created for this card
    optional<card_issuer> issuer{};  ///< optional issuing bank `{id, name}`
    optional<std::string> payment_method_id{};  ///< method id ("visa", "master", …)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_create_request, token, issuer, payment_method_id);
};

/// `PUT /v1/customers/{customer_id}/cards/{card_id}`: unset members are not sent.
struct card_update_request {
    optional<std::int64_t> expiration_month{};  ///< new expiry month, 1-12
    optional<std::int64_t> expiration_year{};  ///< new four-digit expiry year
    optional<mercadopago::cardholder> cardholder{};  ///< new name and document on the card
    optional<std::string> token{};  ///< a new card token for this card
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_update_request, expiration_month, expiration_year, cardholder, token);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(cardholder, card_payment_method, card_security_code, card_issuer, card_additional_info, card,
                   card_create_request, card_update_request);

}  // namespace mercadopago
// ---- end mercadopago/models/card.hpp ----

// ---- begin mercadopago/models/card_token.hpp ----
// Card tokens (`/v1/card_tokens`): single-use stand-ins for card data, valid
// until `date_due` (about a week).



#include <boost/json/object.hpp>

#include <cstdint>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A card token (`POST` or `GET /v1/card_tokens`): a single-use stand-in for card data, valid until date_due.
struct card_token {
    optional<std::string> id{};       ///< the token to send as a payment's `token`
    optional<std::string> card_id{};  ///< set when the token was made from a saved card
    optional<std::string> first_six_digits{};  ///< first six digits (the BIN) of the card number, as text
    optional<std::int64_t> expiration_month{};  ///< expiry month, 1-12
    optional<std::int64_t> expiration_year{};  ///< four-digit expiry year
    optional<std::string> last_four_digits{};  ///< last four digits of the card number, as text
    optional<mercadopago::cardholder> cardholder{};  ///< name and document on the card
    optional<std::string> status{};  ///< "active" until used or expired
    optional<timestamp> date_created{};  ///< when the token was created
    optional<timestamp> date_last_updated{};  ///< when the token last changed
    /// when the token expires (7-8 days after creation in fixtures); its first use also spends it
    optional<timestamp> date_due{};
    optional<bool> luhn_validation{};  ///< whether the card number is checked with the Luhn algorithm
    optional<bool> live_mode{};  ///< whether the token was made in production rather than sandbox mode
    /// the API's require_esc flag (ESC: encrypted security code kept for card-on-file use)
    optional<bool> require_esc{};
    optional<std::int64_t> card_number_length{};  ///< number of digits of the card number
    optional<std::int64_t> security_code_length{};  ///< number of digits of the security code (3 or 4)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_token,
                      id, card_id, first_six_digits, expiration_month, expiration_year, last_four_digits, cardholder,
                      status, date_created, date_last_updated, date_due, luhn_validation, live_mode, require_esc,
                      card_number_length, security_code_length);
};

/// `POST /v1/card_tokens`, in one of two forms:
///   raw card:   card_number, expiration_month, expiration_year, security_code, cardholder;
///   saved card: card_id, customer_id (optional), security_code.
/// Sending raw card data puts the caller in PCI scope; prefer browser tokenisation.
struct card_token_request {
    // Secrets: card_number and security_code must never be logged, traced or stored.
    optional<std::string> card_number{};  ///< the full card number, digits as text (raw-card form)
    optional<std::int64_t> expiration_month{};  ///< expiry month, 1-12 (raw-card form); sent as an integer
    optional<std::int64_t> expiration_year{};  ///< expiry year, four digits (raw-card form); sent as an integer
    /// the security code (CVV), as text, in both forms; secret: never log, trace or store it
    optional<std::string> security_code{};
    optional<mercadopago::cardholder> cardholder{};  ///< name and document on the card (raw-card form)
    optional<std::string> card_id{};  ///< id of a saved card (saved-card form)
    optional<std::string> customer_id{};  ///< the customer the saved card belongs to; optional in the saved-card form
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_token_request,
                      card_number, expiration_month, expiration_year, security_code, cardholder, card_id, customer_id);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(card_token, card_token_request);

}  // namespace mercadopago
// ---- end mercadopago/models/card_token.hpp ----

// ---- begin mercadopago/models/customer.hpp ----
// Customers (`/v1/customers…`): a payer stored with their cards and addresses.



// ---- begin mercadopago/models/phone.hpp ----
// A phone number as the API splits it.



#include <boost/json/object.hpp>

#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A phone number as the API splits it: area code, number, extension (all text).
struct phone {
    optional<std::string> area_code{};  ///< text; customers' phones arrive as JSON numbers at times
    optional<std::string> number{};  ///< the number without area code; kept as its digits when sent as a JSON number
    optional<std::string> extension{};  ///< extension, when there is one; usually absent
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(phone, area_code, number, extension);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(phone);

}  // namespace mercadopago
// ---- end mercadopago/models/phone.hpp ----

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The `{id, name}` pairs of an address: city, state, country, neighborhood, municipality.
struct customer_address_place {
    optional<std::string> id{};  ///< e.g. "BR-SP-44"; often null
    optional<std::string> name{};  ///< the place's name (e.g. "São Paulo"); may be null
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(customer_address_place, id, name);
};

/// The customer's `address` (default address summary); also sent in customer_request.
struct customer_default_address {
    optional<std::string> id{};  ///< id of the address entry (see customer::addresses)
    optional<std::string> zip_code{};  ///< postal code, as text
    optional<std::string> street_name{};  ///< street name
    optional<std::string> street_number{};  ///< text: a number on the wire; SDKs disagree (J/G int, N string)
    optional<customer_address_place> city{};  ///< declared by the Go SDK only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(customer_default_address, id, zip_code, street_name, street_number, city);
};

/// One entry of a customer's `addresses`.
struct customer_address {
    optional<std::string> id{};  ///< the address's id; customer::default_address may name it
    optional<std::string> phone{};  ///< a contact phone for this address, as text
    optional<std::string> name{};  ///< a label for the address; often null
    optional<std::string> floor{};  ///< floor of the building, as text; often null
    optional<std::string> apartment{};  ///< apartment or unit, as text; often null
    optional<std::string> street_name{};  ///< street name
    optional<std::string> street_number{};  ///< text: J/N declare a string, the API sends a number
    optional<std::string> zip_code{};  ///< postal code, as text
    optional<customer_address_place> city{};  ///< the city `{id, name}`
    optional<customer_address_place> state{};  ///< the state or province `{id, name}`
    optional<customer_address_place> country{};  ///< the country `{id, name}`
    optional<customer_address_place> neighborhood{};  ///< the neighborhood `{id, name}`
    optional<customer_address_place> municipality{};  ///< the municipality `{id, name}`; members often null
    optional<std::string> comments{};  ///< delivery notes, free text; often null
    optional<timestamp> date_created{};  ///< when the address was added
    optional<timestamp> date_last_updated{};  ///< undeclared by every SDK but sent by the API
    optional<bool> normalized{};              ///< undeclared by every SDK but sent by the API
    optional<free_form> verifications{};  ///< undeclared, free-form (`{shipment:{success,errors}}`)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(customer_address,
                      id, phone, name, floor, apartment, street_name, street_number, zip_code, city, state, country,
                      neighborhood, municipality, comments, date_created, date_last_updated, normalized, verifications);
};

/// A customer (`/v1/customers`): a payer saved with their cards and addresses, returned by create, get, update and
/// search.
struct customer {
    optional<std::string> id{};  ///< "<user id>-<random>", e.g. "1068193981-pXRewrKqlP6pnn"
    optional<std::string> email{};  ///< the customer's e-mail address; unique per application
    optional<std::string> first_name{};  ///< the customer's given name
    optional<std::string> last_name{};  ///< the customer's family name
    /// the customer's phone; area_code and number may arrive as JSON numbers and keep their text
    optional<mercadopago::phone> phone{};
    /// the customer's identity document; the number may arrive as a JSON number
    optional<mercadopago::identification> identification{};
    optional<std::string> default_address{};  ///< id of an entry of `addresses`
    optional<customer_default_address> address{};  ///< summary of the default address
    optional<timestamp> date_registered{};  ///< when the customer registered, as the merchant set it
    optional<std::string> description{};  ///< free text the merchant set
    optional<timestamp> date_created{};  ///< may be the year-1 sentinel "0001-01-01T00:00:00.000+00:00"
    optional<timestamp> date_last_updated{};  ///< when the customer record last changed
    optional<free_form> metadata{};  ///< free-form
    optional<std::string> default_card{};      ///< id of an entry of `cards`
    optional<std::vector<card>> cards{};       ///< search results hold `[{}]` placeholders
    optional<std::vector<customer_address>> addresses{};  ///< saved addresses; search results hold `[{}]` placeholders
    optional<bool> live_mode{};  ///< whether the customer was created in production rather than sandbox mode
    optional<std::string> status{};        ///< declared by the Go SDK only
    optional<std::int64_t> user_id{};      ///< declared by the Go SDK only
    optional<std::int64_t> merchant_id{};  ///< declared by the Go SDK only
    optional<std::int64_t> client_id{};    ///< declared by the Go SDK only
    /// keys this library does not model, kept with their JSON text and written back unchanged (also the .NET SDK's
    /// misspelt `date_registred`, if ever sent)
    extra_fields extra{};

    MERCADOPAGO_FIELDS(customer,
                      id, email, first_name, last_name, phone, identification, default_address, address,
                      date_registered, description, date_created, date_last_updated, metadata, default_card, cards,
                      addresses, live_mode, status, user_id, merchant_id, client_id);
};

/// `POST /v1/customers` and `PUT /v1/customers/{id}`. Every member is optional;
/// unset members are not sent (an update changes only what it names).
struct customer_request {
    optional<std::string> email{};  ///< the customer's e-mail; unique per application, required on create
    optional<std::string> first_name{};  ///< the customer's given name
    optional<std::string> last_name{};  ///< the customer's family name
    optional<mercadopago::phone> phone{};  ///< the customer's phone (area code, number)
    optional<mercadopago::identification> identification{};  ///< the customer's identity document (type and number)
    optional<std::string> default_address{};  ///< id of the address to use by default
    optional<customer_default_address> address{};  ///< the default address
    /// When the customer registered, as ISO-8601 text. The documented key; the Java SDK sends its misspelling
    /// `date_registred` instead.
    optional<timestamp> date_registered{};
    optional<std::string> description{};  ///< free text about the customer
    optional<std::string> default_card{};  ///< id of the saved card to use by default
    optional<free_form> metadata{};  ///< free-form object to store with the customer (must be an object)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(customer_request,
                      email, first_name, last_name, phone, identification, default_address, address, date_registered,
                      description, default_card, metadata);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(customer_address_place, customer_default_address, customer_address, customer, customer_request);

}  // namespace mercadopago
// ---- end mercadopago/models/customer.hpp ----

// ---- begin mercadopago/models/identification_type.hpp ----
// An identity document type accepted in a country (`GET /v1/identification_types`).



#include <boost/json/object.hpp>

#include <cstdint>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// An identity document type accepted on the seller's site (CPF, CNPJ, DNI, …), with its length rule.
struct identification_type {
    optional<std::string> id{};    ///< "CPF", "CNPJ", "DNI", … (the value to send as identification.type)
    optional<std::string> name{};  ///< display name of the document type
    optional<std::string> type{};  ///< "number" or "string": what the document number holds
    optional<std::int64_t> min_length{};  ///< fewest characters a document number of this type has
    optional<std::int64_t> max_length{};  ///< most characters a document number of this type has
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(identification_type, id, name, type, min_length, max_length);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(identification_type);

}  // namespace mercadopago
// ---- end mercadopago/models/identification_type.hpp ----

// ---- begin mercadopago/models/installments.hpp ----
// Installment plans (`GET /v1/payment_methods/installments`): a bare array of
// installment_options, one per payment method/issuer pair. No official server
// SDK types this endpoint; fields follow the public API documentation and
// anything else lands in `extra`.



// ---- begin mercadopago/models/issuer.hpp ----
// A card issuer (bank) as `GET /v1/payment_methods/card_issuers` and the
// installments endpoint return it. No official SDK types these endpoints;
// fields follow the public API documentation, anything else lands in `extra`.



#include <boost/json/object.hpp>

#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A card issuer (bank) of a payment method; send its `id` as a payment's `issuer_id`.
struct issuer {
    optional<std::string> id{};  ///< text: sent as "288" here but as a number on cards (SDKs disagree)
    optional<std::string> name{};  ///< the bank's display name
    optional<std::string> secure_thumbnail{};  ///< https URL of the issuer's logo
    optional<std::string> thumbnail{};  ///< URL of the issuer's logo
    optional<std::string> processing_mode{};      ///< "aggregator" or "gateway"
    optional<std::string> merchant_account_id{};  ///< gateway mode only; usually null
    optional<std::string> status{};  ///< availability as text, e.g. "active"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(issuer, id, name, secure_thumbnail, thumbnail, processing_mode, merchant_account_id, status);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(issuer);

}  // namespace mercadopago
// ---- end mercadopago/models/issuer.hpp ----

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// One choice of number of installments and what it costs the payer.
struct payer_cost {
    optional<std::int64_t> installments{};  ///< number of installments of this choice (1: paid at once)
    optional<decimal> installment_rate{};  ///< percent of interest over the amount
    optional<decimal> discount_rate{};  ///< discount rate of this choice, as the API states it
    optional<decimal> reimbursement_rate{};  ///< usually null
    optional<std::vector<std::string>> labels{};  ///< e.g. "CFT_45,32%|TEA_38,51%", "recommended_installment"
    optional<std::vector<std::string>> installment_rate_collector{};  ///< who charges the interest: "MERCADOPAGO", "THIRD_PARTY"
    optional<decimal> min_allowed_amount{};  ///< smallest amount this choice is offered for
    optional<decimal> max_allowed_amount{};  ///< largest amount this choice is offered for
    optional<std::string> recommended_message{};  ///< ready to show, e.g. "3 cuotas de $ 34,00 ($ 102,00)"
    optional<decimal> installment_amount{};  ///< amount of each installment, interest included
    optional<decimal> total_amount{};  ///< what the payer pays in all with this choice, interest included
    optional<std::string> payment_method_option_id{};  ///< id of this choice (text); a payment has a member of this name
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payer_cost,
                      installments, installment_rate, discount_rate, reimbursement_rate, labels,
                      installment_rate_collector, min_allowed_amount, max_allowed_amount, recommended_message,
                      installment_amount, total_amount, payment_method_option_id);
};

/// One element of the installments response.
struct installment_options {
    optional<std::string> payment_method_id{};  ///< the method these plans are for, e.g. "visa"
    optional<std::string> payment_type_id{};  ///< its type, e.g. "credit_card"
    optional<mercadopago::issuer> issuer{};  ///< the card's issuing bank; its id goes into a payment's `issuer_id`
    optional<std::string> processing_mode{};      ///< "aggregator" or "gateway"
    optional<std::string> merchant_account_id{};  ///< gateway mode only; usually null
    optional<std::vector<payer_cost>> payer_costs{};  ///< the choices offered, one per number of installments
    optional<free_form> agreements{};  ///< free-form bank agreements; usually null
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(installment_options,
                      payment_method_id, payment_type_id, issuer, processing_mode, merchant_account_id, payer_costs,
                      agreements);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(payer_cost, installment_options);

}  // namespace mercadopago
// ---- end mercadopago/models/installments.hpp ----

// ---- begin mercadopago/models/merchant_order.hpp ----
// A merchant order (`GET/POST/PUT /merchant_orders…`, and each element of
// `GET /merchant_orders/search`; shared reference models.md "Merchant order"):
// what a Checkout Pro buyer ordered, and the payments and shipments made
// for it. The `merchant_order` notification topic names one.
//
// Conventions, as in payment.hpp: ids are std::int64_t (they exceed 2^31),
// money is `decimal` (`206.02`, `0`, `0.0` each written back as it came),
// dates are `timestamp`, and `status`/`order_status` are open enums
// (merchant_order_status.hpp). Bodies range from full (every key, `payer`
// null) to compact (no payments, shipments or payer at all); absent and null
// both read as empty optionals, and a null is written back as null. The
// undeclared `payouts` (`[]` in every fixture) stays in `extra`.



// ---- begin mercadopago/models/merchant_order_status.hpp ----
// Status vocabularies of merchant orders, as open enums (shared reference
// models.md §3.2, from the documented merchant-order schema). A merchant
// order has two: `status`, whether the order is still open to payments, and
// `order_status`, how far its payments cover it. The fixtures show only
// `opened` and `payment_required`; an unknown value is kept verbatim.



// ---- begin mercadopago/models/payment_status.hpp ----
// Status vocabularies of payments and refunds, as open enums.
//
// Values come from shared reference payment-outcomes.md (§1 payment `status`,
// §2 every `status_detail`, §3 other vocabularies). Every vocabulary is open:
// a value this version does not name is kept verbatim and compares unequal to
// every constant, so a new API value never fails a decode. `known` lists all
// named constants of a vocabulary (e.g. to check every status_detail has a
// buyer-facing message).



#include <array>
#include <cstddef>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Payment `status` (payment-outcomes.md §1).
struct payment_status : open_enum<payment_status> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    /// the buyer has not finished paying (voucher, bank transfer, Pix, 3DS challenge); wait for the webhook
    static constexpr constant pending{"pending"};
    /// approved and credited; may later become refunded, charged_back or in_mediation
    static constexpr constant approved{"approved"};
    /// card authorised and funds reserved, not captured: capture or cancel it
    static constexpr constant authorized{"authorized"};
    /// under review (risk, manual or offline processing); wait for the webhook
    static constexpr constant in_process{"in_process"};
    /// the buyer opened a dispute
    static constexpr constant in_mediation{"in_mediation"};
    /// declined; status_detail says why, and the buyer may try again
    static constexpr constant rejected{"rejected"};
    /// cancelled by a party, or expired (pending payments lapse after 30 days); final
    static constexpr constant cancelled{"cancelled"};
    /// fully refunded; final
    static constexpr constant refunded{"refunded"};
    /// a chargeback was filed against the card payment
    static constexpr constant charged_back{"charged_back"};

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 9> known{
        pending, approved, authorized, in_process, in_mediation, rejected, cancelled, refunded, charged_back
    };
};

/// Payment `status_detail` (payment-outcomes.md §2): the documented values grouped by
/// the status they accompany, then the values seen without official descriptions.
/// Some details share their text with a status (`in_process`, `refunded`); the
/// types keep them apart.
struct payment_status_detail : open_enum<payment_status_detail> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    // status approved
    /// approved: approved and credited
    static constexpr constant accredited{"accredited"};
    /// approved: at least one partial refund was made
    static constexpr constant partially_refunded{"partially_refunded"};
    // status authorized
    /// authorized: waiting for the merchant to capture or cancel
    static constexpr constant pending_capture{"pending_capture"};
    // status in_process
    /// in_process: processed offline because online processing was unavailable
    static constexpr constant offline_process{"offline_process"};
    /// in_process: delayed; the result usually comes within 2 business days
    static constexpr constant pending_contingency{"pending_contingency"};
    /// in_process: held for manual review; the buyer may be asked for more data
    static constexpr constant pending_review_manual{"pending_review_manual"};
    /// in_process: processing was rescheduled and will be retried
    static constexpr constant deferred_retry{"deferred_retry"};
    // status pending
    /// pending: waiting for the buyer to complete a bank transfer or Pix
    static constexpr constant pending_waiting_transfer{"pending_waiting_transfer"};
    /// pending: waiting for the buyer to pay an offline voucher (boleto, ticket, cash)
    static constexpr constant pending_waiting_payment{"pending_waiting_payment"};
    /// pending: waiting for the buyer to complete a 3DS challenge (see payment::three_ds_info)
    static constexpr constant pending_challenge{"pending_challenge"};
    // status cancelled
    /// cancelled: expired after 30 days pending
    static constexpr constant expired{"expired"};
    /// cancelled by the seller
    static constexpr constant by_collector{"by_collector"};
    /// cancelled by the buyer
    static constexpr constant by_payer{"by_payer"};
    // status charged_back
    /// charged_back: concluded, and the money stays withheld from the seller
    static constexpr constant settled{"settled"};
    /// charged_back: concluded, and the money went back to the seller
    static constexpr constant reimbursed{"reimbursed"};
    /// charged_back: the buyer does not recognise the charge; recovery in progress (same text as a status)
    static constexpr constant in_process{"in_process"};
    // status refunded
    /// refunded by the seller (same text as a status)
    static constexpr constant refunded{"refunded"};
    /// refunded by Mercado Pago's administration
    static constexpr constant by_admin{"by_admin"};
    // status rejected
    /// rejected: a bank-side error on a bank transfer
    static constexpr constant bank_error{"bank_error"};
    /// rejected: the buyer did not pass the 3DS challenge
    static constexpr constant cc_rejected_3ds_challenge{"cc_rejected_3ds_challenge"};
    /// rejected: 3DS was required; resend with three_d_secure_mode "optional"
    static constexpr constant cc_rejected_3ds_mandatory{"cc_rejected_3ds_mandatory"};
    /// rejected: wrong card number
    static constexpr constant cc_rejected_bad_filled_card_number{"cc_rejected_bad_filled_card_number"};
    /// rejected: wrong expiry date
    static constexpr constant cc_rejected_bad_filled_date{"cc_rejected_bad_filled_date"};
    /// rejected: some card data is wrong
    static constexpr constant cc_rejected_bad_filled_other{"cc_rejected_bad_filled_other"};
    /// rejected: wrong security code (CVV)
    static constexpr constant cc_rejected_bad_filled_security_code{"cc_rejected_bad_filled_security_code"};
    /// rejected: card or buyer on a risk list (do not tell the buyer why)
    static constexpr constant cc_rejected_blacklist{"cc_rejected_blacklist"};
    /// rejected: the buyer must authorise the charge with the issuer by phone, then retry
    static constexpr constant cc_rejected_call_for_authorize{"cc_rejected_call_for_authorize"};
    /// rejected: the card is not activated or is disabled
    static constexpr constant cc_rejected_card_disabled{"cc_rejected_card_disabled"};
    /// rejected: the card could not be processed
    static constexpr constant cc_rejected_card_error{"cc_rejected_card_error"};
    /// rejected: a payment of the same value was just made
    static constexpr constant cc_rejected_duplicated_payment{"cc_rejected_duplicated_payment"};
    /// rejected by fraud prevention
    static constexpr constant cc_rejected_high_risk{"cc_rejected_high_risk"};
    /// rejected: insufficient funds or limit
    static constexpr constant cc_rejected_insufficient_amount{"cc_rejected_insufficient_amount"};
    /// rejected: the card does not accept this number of installments
    static constexpr constant cc_rejected_invalid_installments{"cc_rejected_invalid_installments"};
    /// rejected: too many attempts with this card
    static constexpr constant cc_rejected_max_attempts{"cc_rejected_max_attempts"};
    /// rejected by the issuer without a specific reason
    static constexpr constant cc_rejected_other_reason{"cc_rejected_other_reason"};
    /// rejected: over the payment method's capacity cap (CAP); not HTTP 429
    static constexpr constant cc_amount_rate_limit_exceeded{"cc_amount_rate_limit_exceeded"};
    /// rejected: the request lacked mandatory data
    static constexpr constant rejected_insufficient_data{"rejected_insufficient_data"};
    /// rejected by the bank
    static constexpr constant rejected_by_bank{"rejected_by_bank"};
    /// rejected by regulatory rules
    static constexpr constant rejected_by_regulations{"rejected_by_regulations"};
    /// rejected: insufficient funds (non-card methods)
    static constexpr constant insufficient_amount{"insufficient_amount"};
    /// rejected (Brazil): a combo card without its credit function enabled
    static constexpr constant cc_rejected_card_type_not_allowed{"cc_rejected_card_type_not_allowed"};
    // seen without official descriptions (meaning inferred from the name; §2.2)
    /// undocumented; likely pending: waiting for a corrective action
    static constexpr constant pending_waiting_for_remedy{"pending_waiting_for_remedy"};
    /// undocumented; likely pending: waiting for the bank to confirm
    static constexpr constant waiting_bank_confirmation{"waiting_bank_confirmation"};
    /// undocumented; likely pending: card validation in progress
    static constexpr constant pending_card_validation{"pending_card_validation"};
    /// undocumented; likely pending: online validation in progress
    static constexpr constant pending_online_validation{"pending_online_validation"};
    /// undocumented; likely pending or in_process: more data is needed
    static constexpr constant pending_additional_info{"pending_additional_info"};
    /// undocumented; likely pending or in_process: waiting for the acquirer
    static constexpr constant pending_provider_response{"pending_provider_response"};
    /// undocumented; likely rejected: the bank declined
    static constexpr constant bank_rejected{"bank_rejected"};
    /// undocumented; likely rejected: fraud suspected
    static constexpr constant cc_rejected_fraud{"cc_rejected_fraud"};
    /// undocumented; likely rejected: the payer's account cannot pay
    static constexpr constant payer_unavailable{"payer_unavailable"};
    /// undocumented; likely rejected by fraud prevention (non-card)
    static constexpr constant rejected_high_risk{"rejected_high_risk"};
    /// undocumented; likely rejected: amount cap exceeded
    static constexpr constant rejected_cap_exceeded{"rejected_cap_exceeded"};
    /// undocumented; likely rejected without a specific reason
    static constexpr constant rejected_other_reason{"rejected_other_reason"};
    /// undocumented; likely rejected: authorisation by phone needed
    static constexpr constant rejected_call_for_authorize{"rejected_call_for_authorize"};
    /// undocumented; likely cancelled or rejected: the authorisation was withdrawn
    static constexpr constant authorization_revoked{"authorization_revoked"};
    /// undocumented; likely rejected: the operation expired
    static constexpr constant cc_rejected_expired_operation{"cc_rejected_expired_operation"};
    /// undocumented; likely rejected: Mercado Pago account balance too low
    static constexpr constant am_insufficient_amount{"am_insufficient_amount"};
    /// undocumented; likely rejected: insufficient balance (Wallet Connect)
    static constexpr constant insufficient_money{"insufficient_money"};

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 58> known{
        accredited, partially_refunded, pending_capture, offline_process, pending_contingency, pending_review_manual,
        deferred_retry, pending_waiting_transfer, pending_waiting_payment, pending_challenge, expired, by_collector,
        by_payer, settled, reimbursed, in_process, refunded, by_admin, bank_error, cc_rejected_3ds_challenge,
        cc_rejected_3ds_mandatory, cc_rejected_bad_filled_card_number, cc_rejected_bad_filled_date,
        cc_rejected_bad_filled_other, cc_rejected_bad_filled_security_code, cc_rejected_blacklist,
        cc_rejected_call_for_authorize, cc_rejected_card_disabled, cc_rejected_card_error,
        cc_rejected_duplicated_payment, cc_rejected_high_risk, cc_rejected_insufficient_amount,
        cc_rejected_invalid_installments, cc_rejected_max_attempts, cc_rejected_other_reason,
        cc_amount_rate_limit_exceeded, rejected_insufficient_data, rejected_by_bank, rejected_by_regulations,
        insufficient_amount, cc_rejected_card_type_not_allowed, pending_waiting_for_remedy,
        waiting_bank_confirmation, pending_card_validation, pending_online_validation, pending_additional_info,
        pending_provider_response, bank_rejected, cc_rejected_fraud, payer_unavailable, rejected_high_risk,
        rejected_cap_exceeded, rejected_other_reason, rejected_call_for_authorize, authorization_revoked,
        cc_rejected_expired_operation, am_insufficient_amount, insufficient_money
    };
};

/// Payment `payment_type_id` (payment-outcomes.md §3). One official SDK crashed on
/// `digital_currency`; unknown values are kept.
struct payment_type : open_enum<payment_type> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    static constexpr constant account_money{"account_money"};  ///< balance of the buyer's Mercado Pago account
    static constexpr constant ticket{"ticket"};  ///< a voucher paid in cash or at a bank (boleto, OXXO, Rapipago, …)
    static constexpr constant bank_transfer{"bank_transfer"};  ///< a bank transfer, including Pix and PSE
    static constexpr constant atm{"atm"};  ///< payment through an ATM or bank channel
    static constexpr constant credit_card{"credit_card"};  ///< credit card
    static constexpr constant debit_card{"debit_card"};  ///< debit card
    static constexpr constant prepaid_card{"prepaid_card"};  ///< prepaid card
    static constexpr constant digital_currency{"digital_currency"};  ///< consumer credit line (Mercado Crédito)
    static constexpr constant digital_wallet{"digital_wallet"};  ///< a third-party digital wallet (e.g. PayPal)
    static constexpr constant voucher_card{"voucher_card"};  ///< a benefits card (meal/food vouchers: Alelo, Sodexo)
    static constexpr constant crypto_transfer{"crypto_transfer"};  ///< a cryptocurrency transfer

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 11> known{
        account_money, ticket, bank_transfer, atm, credit_card, debit_card, prepaid_card, digital_currency,
        digital_wallet, voucher_card, crypto_transfer
    };
};

/// Refund `status` (payment-outcomes.md §3).
struct refund_status : open_enum<refund_status> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    static constexpr constant approved{"approved"};  ///< the refund was made
    static constexpr constant in_process{"in_process"};  ///< the refund is being processed
    static constexpr constant rejected{"rejected"};  ///< the refund was refused

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 3> known{approved, in_process, rejected};
};

}  // namespace mercadopago
// ---- end mercadopago/models/payment_status.hpp ----

#include <array>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Merchant order `status`.
struct merchant_order_status : open_enum<merchant_order_status> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    static constexpr constant opened{"opened"};  ///< open: the order still takes payments
    static constexpr constant closed{"closed"};  ///< closed: the order takes no more payments (e.g. it is paid)
    /// Cancelled with no approved or pending payment.
    static constexpr constant expired{"expired"};

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 3> known{opened, closed, expired};
};

/// Merchant order `order_status`: the payment state of the whole order.
/// (One SDK's comment also lists `unpaid`, which the documents do not have:
/// it would be kept as an unknown value.)
struct merchant_order_order_status : open_enum<merchant_order_order_status> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    /// Nothing paid yet; the only value the fixtures show.
    static constexpr constant payment_required{"payment_required"};
    static constexpr constant payment_in_process{"payment_in_process"};  ///< a payment is being processed
    static constexpr constant partially_paid{"partially_paid"};  ///< payments cover part of the total
    static constexpr constant paid{"paid"};  ///< payments cover the total
    /// Part of the paid amount went back to the buyer.
    static constexpr constant partially_reverted{"partially_reverted"};
    static constexpr constant reverted{"reverted"};  ///< all of the paid amount went back to the buyer
    static constexpr constant expired{"expired"};  ///< the order expired unpaid
    static constexpr constant undefined{"undefined"};  ///< no payment state can be given (a documented value)

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 8> known{payment_required, payment_in_process, partially_paid, paid,
                                                   partially_reverted, reverted, expired, undefined};
};

}  // namespace mercadopago
// ---- end mercadopago/models/merchant_order_status.hpp ----

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The buyer: null until known, then `{id, nickname}` (and an undeclared
/// `email`, null in the fixture that has it).
struct merchant_order_payer {
    optional<std::int64_t> id{};  ///< the buyer's user id (int64); 0 when set by hand without a user
    optional<std::string> nickname{};  ///< the buyer's nickname
    optional<std::string> email{};  ///< declared by no SDK
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_payer, id, nickname, email);
};

/// The seller.
struct merchant_order_collector {
    optional<std::int64_t> id{};  ///< the seller's user id (int64)
    optional<std::string> nickname{};  ///< the seller's nickname
    optional<std::string> email{};  ///< declared by no SDK; `""` in the fixtures
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_collector, id, nickname, email);
};

/// A payment made for the order: a summary of the payment (`/v1/payments/{id}`).
struct merchant_order_payment {
    optional<std::int64_t> id{};  ///< payment id (int64, exceeds 2^31): the full payment is at `/v1/payments/{id}`
    optional<decimal> transaction_amount{};  ///< amount of the payment (a JSON number, digits kept)
    optional<decimal> total_paid_amount{};  ///< amount the buyer paid in all (a JSON number, digits kept)
    optional<decimal> shipping_cost{};  ///< shipping part of the payment
    optional<decimal> amount_refunded{};  ///< amount refunded so far
    optional<std::string> currency_id{};  ///< ISO 4217 currency code (`BRL`, `ARS`, …)
    /// The payment's status, in the payment vocabulary (`approved`, `pending`, …).
    optional<payment_status> status{};
    /// The payment's status detail, as text (`accredited`, …); plural here, unlike a payment's status_detail.
    optional<std::string> status_details{};
    optional<std::string> operation_type{};   ///< regular_payment, payment_addition, …
    optional<timestamp> date_approved{};  ///< when the payment was approved
    optional<timestamp> date_created{};  ///< when the payment was made
    optional<timestamp> last_modified{};  ///< when the payment last changed
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_payment, id, transaction_amount, total_paid_amount, shipping_cost,
                       amount_refunded, currency_id, status, status_details, operation_type, date_approved,
                       date_created, last_modified);
};

/// One item of the order; also sent in merchant_order_request.
struct merchant_order_item {
    optional<std::string> id{};  ///< compact bodies leave it out
    optional<std::string> title{};  ///< item name
    optional<std::string> description{};  ///< longer description of the item
    optional<std::string> picture_url{};  ///< URL of a picture of the item
    optional<std::string> category_id{};  ///< item category id, as text
    optional<std::int64_t> quantity{};  ///< number of units (a JSON integer)
    optional<decimal> unit_price{};  ///< price of one unit in `currency_id` (a JSON number, digits kept)
    optional<std::string> currency_id{};  ///< ISO 4217 currency code
    // Node's `pictureUrl`/`categoryId` are declaration slips, never on the
    // wire: were they sent, they would land in `extra`.
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_item, id, title, description, picture_url, category_id, quantity, unit_price,
                       currency_id);
};

// --- shipments -----------------------------------------------------------------

/// `{id, name}` of the receiver's city, state or country.
struct merchant_order_place {
    optional<std::string> id{};  ///< the place's id, as text
    optional<std::string> name{};  ///< the place's name
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_place, id, name);
};

/// Where a shipment goes.
struct merchant_order_receiver_address {
    optional<std::int64_t> id{};  ///< address id (int64)
    optional<std::string> address_line{};  ///< street and number in one line
    optional<std::string> street_name{};  ///< street name, without the house number
    optional<std::string> street_number{};  ///< house number, as text
    optional<std::string> floor{};  ///< floor, as text
    optional<std::string> apartment{};  ///< apartment, as text
    optional<std::string> zip_code{};  ///< postal code, as text
    optional<merchant_order_place> city{};  ///< city, `{id, name}`
    optional<merchant_order_place> state{};  ///< state or province, `{id, name}`
    optional<merchant_order_place> country{};  ///< country, `{id, name}`
    optional<std::string> comment{};  ///< delivery notes, as text
    optional<std::string> contact{};  ///< who receives the goods, as text
    optional<std::string> phone{};  ///< contact phone, as text
    optional<std::string> latitude{};   ///< text, as declared
    optional<std::string> longitude{};  ///< text, as declared
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_receiver_address, id, address_line, street_name, street_number, floor,
                       apartment, zip_code, city, state, country, comment, contact, phone, latitude, longitude);
};

/// When a shipment should arrive.
struct merchant_order_estimated_delivery {
    optional<timestamp> date{};  ///< expected delivery date
    optional<std::string> time_from{};  ///< a time of day, not a date
    optional<std::string> time_to{};  ///< end of the delivery window, a time of day
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_estimated_delivery, date, time_from, time_to);
};

/// Handling and shipping times.
struct merchant_order_speed {
    optional<std::int64_t> handling{};  ///< handling time (integer; the unit is not documented)
    optional<std::int64_t> shipping{};  ///< transit time (integer; the unit is not documented)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_speed, handling, shipping);
};

/// The shipping option the buyer chose.
struct merchant_order_shipping_option {
    optional<std::int64_t> id{};  ///< id of the option (int64)
    optional<std::string> name{};  ///< name of the option, as the buyer saw it
    optional<decimal> cost{};  ///< what the buyer pays for shipping
    optional<decimal> list_cost{};  ///< list price of the shipping, before any discount
    optional<std::string> currency_id{};  ///< ISO 4217 currency code
    optional<std::int64_t> shipping_method_id{};  ///< id of the shipping method (int64)
    optional<merchant_order_estimated_delivery> estimated_delivery{};  ///< when the goods should arrive
    optional<merchant_order_speed> speed{};  ///< handling and shipping times
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_shipping_option, id, name, cost, list_cost, currency_id, shipping_method_id,
                       estimated_delivery, speed);
};

/// A shipment of the order's goods.
struct merchant_order_shipment {
    optional<std::int64_t> id{};  ///< shipment id (int64)
    optional<std::string> shipping_type{};  ///< shipping type, as text
    optional<std::string> shipping_mode{};  ///< shipping mode (`me2`, `custom`, …), as text
    optional<std::string> picking_type{};  ///< how the goods are picked up, as text
    optional<std::string> status{};  ///< shipment status, as text
    optional<std::string> shipping_substatus{};  ///< shipment substatus, as text (Java, .NET, Go spelling)
    optional<std::string> shipping_sub_status{};  ///< Node's spelling, a distinct key
    /// An array of objects (Java, .NET, Go) or an object (Node): kept as JSON.
    optional<free_form> items{};
    optional<timestamp> date_created{};  ///< when the shipment was made
    optional<timestamp> last_modified{};  ///< when it last changed
    optional<timestamp> date_first_printed{};  ///< when its shipping label was first printed
    optional<std::string> service_id{};  ///< id of the carrier's service, as text
    optional<std::int64_t> sender_id{};  ///< user id of the sender (int64)
    optional<std::int64_t> receiver_id{};  ///< user id of the receiver (int64)
    optional<merchant_order_receiver_address> receiver_address{};  ///< where it goes
    optional<merchant_order_shipping_option> shipping_option{};  ///< the shipping option chosen
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_shipment, id, shipping_type, shipping_mode, picking_type, status,
                       shipping_substatus, shipping_sub_status, items, date_created, last_modified, date_first_printed,
                       service_id, sender_id, receiver_id, receiver_address, shipping_option);
};

// --- the merchant order ----------------------------------------------------------

/// A merchant order: what a Checkout Pro buyer ordered, with its payments and shipments. Fetch it when a
/// `merchant_order` notification arrives.
struct merchant_order {
    optional<std::int64_t> id{};  ///< exceeds 2^31 (11223344550)
    optional<merchant_order_status> status{};  ///< `opened` while it takes payments, then `closed`; or `expired`
    /// How far payments cover it: `payment_required`, `paid`, …; hand-written bodies may omit it.
    optional<merchant_order_order_status> order_status{};
    optional<std::string> preference_id{};  ///< the Checkout Pro preference it came from
    optional<std::string> application_id{};  ///< id of the application, as text; null in the answers seen
    optional<std::string> site_id{};  ///< Mercado Pago site: `MLB`, `MLA`, …
    optional<merchant_order_payer> payer{};  ///< null until a buyer is known
    optional<merchant_order_collector> collector{};  ///< the seller
    optional<std::string> sponsor_id{};  ///< integer or string across SDKs: text keeps both
    /// Payments made for it, summarised; absent from compact bodies.
    optional<std::vector<merchant_order_payment>> payments{};
    optional<decimal> paid_amount{};  ///< amount paid so far (a JSON number, digits kept)
    optional<decimal> refunded_amount{};  ///< amount refunded so far
    optional<decimal> shipping_cost{};  ///< shipping cost of the order
    optional<decimal> total_amount{};  ///< total amount of the order (a JSON number, digits kept)
    optional<bool> cancelled{};  ///< true once the order is cancelled
    optional<std::vector<merchant_order_item>> items{};  ///< what was ordered
    /// Shipments of the goods; absent from compact bodies.
    optional<std::vector<merchant_order_shipment>> shipments{};
    optional<std::string> notification_url{};  ///< where notifications about it go; null when unset
    optional<std::string> additional_info{};  ///< free text; null when unset
    /// The seller's own reference (e.g. from the preference); null when unset.
    optional<std::string> external_reference{};
    optional<std::string> marketplace{};  ///< "NONE", "" or "MP-MKT-…"
    optional<bool> is_test{};             ///< Node only
    optional<timestamp> date_created{};  ///< when the order was made
    optional<timestamp> last_updated{};  ///< when it last changed
    optional<timestamp> date_last_updated{};  ///< .NET's name for last_updated
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order, id, status, order_status, preference_id, application_id, site_id, payer,
                       collector, sponsor_id, payments, paid_amount, refunded_amount, shipping_cost, total_amount,
                       cancelled, items, shipments, notification_url, additional_info, external_reference, marketplace,
                       is_test, date_created, last_updated, date_last_updated);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(merchant_order_payer, merchant_order_collector, merchant_order_payment, merchant_order_item,
                   merchant_order_place, merchant_order_receiver_address, merchant_order_estimated_delivery,
                   merchant_order_speed, merchant_order_shipping_option, merchant_order_shipment, merchant_order);

}  // namespace mercadopago
// ---- end mercadopago/models/merchant_order.hpp ----

// ---- begin mercadopago/models/merchant_order_request.hpp ----
// The body of `POST /merchant_orders` and `PUT /merchant_orders/{id}`: an
// order made by hand (Checkout Pro makes one per preference by itself), or
// the members of one to change. Only the members a caller sets are sent;
// item prices go out as JSON numbers with the decimal's digits.



#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The body of `POST /merchant_orders` (an order made by hand) and `PUT /merchant_orders/{id}`.
/// Unset members are not sent.
struct merchant_order_request {
    optional<std::string> preference_id{};  ///< the Checkout Pro preference the order belongs to
    optional<std::string> application_id{};  ///< id of the application, as text
    optional<std::string> site_id{};  ///< Mercado Pago site: `MLB`, `MLA`, …
    optional<merchant_order_payer> payer{};  ///< {id, nickname}
    optional<std::string> sponsor_id{};      ///< integer or string across SDKs, as in merchant_order
    /// What is ordered; prices go out as JSON numbers with the decimal's digits.
    optional<std::vector<merchant_order_item>> items{};
    optional<std::string> notification_url{};  ///< where notifications about the order go
    optional<std::string> additional_info{};  ///< free text kept with the order
    optional<std::string> external_reference{};  ///< your own reference (e.g. your order number)
    optional<std::string> marketplace{};  ///< `NONE`, or the marketplace id (`MP-MKT-…`)
    optional<std::int64_t> version{};  ///< the JSON integer `version`, sent as given (its meaning is not documented)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_request, preference_id, application_id, site_id, payer, sponsor_id, items,
                       notification_url, additional_info, external_reference, marketplace, version);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(merchant_order_request);

}  // namespace mercadopago
// ---- end mercadopago/models/merchant_order_request.hpp ----

// ---- begin mercadopago/models/order.hpp ----
// The Orders API's order (`/v1/orders…`, shared reference models.md "Order"),
// as create, get, process, capture, cancel and refund answer it.
//
// Amounts are decimal strings on the wire ("200.00"): the members are
// `decimal`, written back as strings (`decimals_as_strings`). Ids are strings
// (`01HRYF…`, `pay_01…`). The parts that the official SDKs declare
// differently from each other (`refunds[].items`, `payments[].attempts`,
// `config.online.tracks`, `differential_pricing`) are free-form, kept exactly.



// ---- begin mercadopago/models/order_status.hpp ----
// Status vocabularies of the Orders API, as open enums (shared reference
// payment-outcomes.md §3.1). The documents spell the cancelled state
// `canceled`; some sources send `cancelled`: both read as canceled through
// is_canceled(), and either spelling is kept verbatim.



#include <array>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Order `status` (and the `status` of an order's payments and refunds).
struct order_status : open_enum<order_status> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    /// Created; nothing processed yet (manual processing waits here for process()).
    static constexpr constant created{"created"};
    static constexpr constant processing{"processing"};  ///< still being processed, e.g. after an asynchronous create
    /// Processed: paid (`accredited`), or refunded in part or in full.
    static constexpr constant processed{"processed"};
    /// Waiting for someone: the buyer to pay, or the seller to capture.
    static constexpr constant action_required{"action_required"};
    static constexpr constant at_terminal{"at_terminal"};  ///< Point only: the card terminal has the order
    static constexpr constant failed{"failed"};  ///< the payment failed; status_detail says why (HTTP 402 on create)
    /// Cancelled by the API or at the terminal; `cancelled` also arrives (see is_canceled()).
    static constexpr constant canceled{"canceled"};
    /// Fully refunded (QR and Point; Checkout Pro orders stay `processed` with detail `refunded`).
    static constexpr constant refunded{"refunded"};
    static constexpr constant expired{"expired"};  ///< not paid in time (QR orders: 15 minutes by default)
    /// A payment was charged back (details `in_process`, `settled`, `reimbursed`).
    static constexpr constant charged_back{"charged_back"};

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 10> known{created, processing, processed, action_required, at_terminal,
                                                    failed,  canceled,   refunded,  expired,         charged_back};

    /// `canceled`, in either spelling.
    bool is_canceled() const noexcept { return *this == canceled || str() == "cancelled"; }
};

/// Order `status_detail` (and its payments'): what the status means, and why
/// a payment failed.
struct order_status_detail : open_enum<order_status_detail> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    // created / processed / processing
    static constexpr constant created{"created"};  ///< with `created`: nothing processed yet
    static constexpr constant accredited{"accredited"};  ///< with `processed`: the payment is credited
    /// With `processed`: part of the amount was refunded.
    static constexpr constant partially_refunded{"partially_refunded"};
    /// With `processed` or `refunded`: the whole amount was refunded.
    static constexpr constant refunded{"refunded"};
    static constexpr constant processed{"processed"};  ///< with `processed`: the QR and Point wording for success
    static constexpr constant in_process{"in_process"};  ///< with `processing`: still being processed
    // action_required
    /// With `action_required`: the buyer must still pay.
    static constexpr constant waiting_payment{"waiting_payment"};
    /// With `action_required`: the buyer must still transfer the funds.
    static constexpr constant waiting_transfer{"waiting_transfer"};
    /// With `action_required`: authorised; the seller must capture.
    static constexpr constant waiting_capture{"waiting_capture"};
    /// With `action_required`, in store: confirm on the terminal.
    static constexpr constant check_on_terminal{"check_on_terminal"};
    // failed (HTTP 402 on create)
    static constexpr constant bad_filled_card_data{"bad_filled_card_data"};  ///< failed: card data entered wrongly
    /// Failed: the card token was not accepted.
    static constexpr constant invalid_card_token{"invalid_card_token"};
    static constexpr constant high_risk{"high_risk"};  ///< failed: refused by fraud prevention
    static constexpr constant rejected_by_issuer{"rejected_by_issuer"};  ///< failed: the card issuer declined
    /// Failed: the buyer must call the issuer to authorise it.
    static constexpr constant required_call_for_authorize{"required_call_for_authorize"};
    /// Failed: not enough funds or credit (reported by third-party code only).
    static constexpr constant insufficient_amount{"insufficient_amount"};
    /// Failed: the card is disabled (reported by third-party code only).
    static constexpr constant card_disabled{"card_disabled"};
    /// Failed: too many attempts (reported by third-party code only).
    static constexpr constant max_attempts_exceeded{"max_attempts_exceeded"};
    /// Failed: over the amount limit (reported by third-party code only).
    static constexpr constant amount_limit_exceeded{"amount_limit_exceeded"};
    /// Failed: the installment count is refused (reported by third-party code only).
    static constexpr constant invalid_installments{"invalid_installments"};
    /// Failed: error while processing (reported by third-party code only).
    static constexpr constant processing_error{"processing_error"};
    // canceled / expired
    /// With `canceled`: cancelled; `cancelled` also arrives (see is_canceled()).
    static constexpr constant canceled{"canceled"};
    static constexpr constant expired{"expired"};  ///< with `expired`: not paid in time

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 23> known{
        created,           accredited,          partially_refunded,   refunded,
        processed,         in_process,          waiting_payment,      waiting_transfer,
        waiting_capture,   check_on_terminal,   bad_filled_card_data, invalid_card_token,
        high_risk,         rejected_by_issuer,  required_call_for_authorize, insufficient_amount,
        card_disabled,     max_attempts_exceeded, amount_limit_exceeded, invalid_installments,
        processing_error,  canceled,            expired};

    /// `canceled`, in either spelling.
    bool is_canceled() const noexcept { return *this == canceled || str() == "cancelled"; }
};

}  // namespace mercadopago
// ---- end mercadopago/models/order_status.hpp ----

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A postal address in the Orders API: the payer's, or a shipment's in a create request. Every part is text.
struct order_address {
    optional<std::string> street_name{};  ///< street name, without the house number
    optional<std::string> street_number{};  ///< house number, as text
    optional<std::string> zip_code{};  ///< postal code, as text (leading zeros kept)
    optional<std::string> neighborhood{};  ///< neighbourhood or district (the bairro of Brazilian addresses)
    optional<std::string> state{};  ///< state or province, as text
    optional<std::string> city{};  ///< city name
    optional<std::string> complement{};  ///< rest of the address: apartment, floor, block, …
    optional<std::string> country{};  ///< country, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_address, street_name, street_number, zip_code, neighborhood, state, city, complement,
                       country);
};

/// The buyer. With test credentials the API (and the sandbox) requires an
/// e-mail ending in `@testuser.com`.
struct order_payer {
    /// Id of a saved customer (`/v1/customers`), e.g. to pay with one of their cards.
    optional<std::string> customer_id{};
    optional<std::string> entity_type{};  ///< `individual` or `association`; other values are kept as sent
    /// Buyer's e-mail; with test credentials it must end in `@testuser.com` (else 400 `invalid_email_for_sandbox`).
    optional<std::string> email{};
    optional<std::string> first_name{};  ///< buyer's given name
    optional<std::string> last_name{};  ///< buyer's family name
    optional<mercadopago::phone> phone{};  ///< buyer's phone: area code and number, both text
    /// Buyer's identity document: type (CPF, DNI, …) and number.
    optional<mercadopago::identification> identification{};
    optional<order_address> address{};  ///< buyer's postal address
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_payer, customer_id, entity_type, email, first_name, last_name, phone, identification,
                       address);
};

/// One line of an order: what is sold, its unit price and how many.
struct order_item {
    optional<std::string> id{};  ///< item id, as text (declared only by the Java SDK)
    optional<std::string> title{};  ///< item name, as the buyer sees it
    /// Price of one unit in the order's currency; a decimal string on the wire ("100.00").
    optional<decimal> unit_price{};
    optional<std::int64_t> quantity{};  ///< number of units (a JSON integer)
    optional<std::string> external_code{};  ///< the seller's own code for the item (SKU or similar)
    optional<std::string> category_id{};  ///< item category id, as text
    optional<std::string> type{};  ///< item type, as text
    optional<std::string> description{};  ///< longer description of the item
    optional<std::string> picture_url{};  ///< URL of a picture of the item
    /// Whether the item has a warranty; the Go SDK declares text, and `"true"`/`"false"` also read.
    optional<bool> warranty{};
    optional<std::string> event_date{};  ///< date of the event the item is a ticket for, as text
    optional<std::string> unit_measure{};  ///< unit the quantity counts, e.g. `unit` or `pack`
    /// Further categories of the item, each `{"id": …}`, kept as JSON.
    optional<std::vector<free_form>> external_categories{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_item, id, title, unit_price, quantity, external_code, category_id, type, description,
                       picture_url, warranty, event_date, unit_measure, external_categories);
};

/// The sponsor of the integration: `{id}`.
struct order_integration_sponsor {
    optional<std::string> id{};  ///< sponsor's id, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_integration_sponsor, id);
};

/// Who built the integration that made the order; every id is text.
struct order_integration_data {
    optional<std::string> application_id{};  ///< id of the Mercado Pago application that made the order
    optional<std::string> corporation_id{};  ///< id of the corporation the integration belongs to
    optional<std::string> integrator_id{};  ///< id of the integrator (developer) who built the integration
    optional<std::string> platform_id{};  ///< id of the e-commerce platform the integration runs on
    optional<order_integration_sponsor> sponsor{};  ///< the sponsor, `{id}`
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_integration_data, application_id, corporation_id, integrator_id, platform_id, sponsor);
};

// --- config ---------------------------------------------------------------------

/// Which installment counts the buyer pays without interest.
struct order_interest_free {
    optional<std::string> type{};  ///< `range`, `list` or `none`: how `values` is read
    /// Installment counts (integers) the offer covers, read as `type` says.
    optional<std::vector<std::int64_t>> values{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_interest_free, type, values);
};

/// Installment options offered at checkout.
struct order_installments_config {
    optional<order_interest_free> interest_free{};  ///< installments without interest
    optional<free_form> available{};  ///< installments on offer, kept as JSON (`{type}` in the SDKs)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_installments_config, interest_free, available);
};

/// Which payment methods and how many installments checkout offers.
struct order_config_payment_method {
    /// Payment method ids the buyer may not use (`visa`, `pix`, …).
    optional<std::vector<std::string>> not_allowed_ids{};
    /// Payment types the buyer may not use (`credit_card`, `ticket`, …).
    optional<std::vector<std::string>> not_allowed_types{};
    optional<std::string> default_id{};  ///< payment method id selected at first
    optional<std::string> default_type{};  ///< payment type selected at first
    optional<std::int64_t> max_installments{};  ///< most installments the buyer may choose
    optional<std::int64_t> min_installments{};  ///< fewest installments the buyer may choose
    optional<std::int64_t> default_installments{};  ///< installment count selected at first
    /// Who bears the cost of installments, as text (e.g. `seller`, `buyer`).
    optional<std::string> installments_cost{};
    optional<order_installments_config> installments{};  ///< interest-free and available installments
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_config_payment_method, not_allowed_ids, not_allowed_types, default_id, default_type,
                       max_installments, min_installments, default_installments, installments_cost, installments);
};

/// Whether a failed payment may be tried again.
struct order_retries {
    optional<bool> allowed{};  ///< true when another payment attempt is allowed after one fails
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_retries, allowed);
};

/// 3-D Secure of a card payment: when to authenticate the buyer (in requests), and the
/// authentication to complete (in answers).
struct order_transaction_security {
    optional<std::string> id{};  ///< id of the authentication, in answers
    /// Page where the buyer completes the authentication (challenge), when one is needed.
    optional<std::string> url{};
    optional<std::string> validation{};  ///< when to authenticate: `always`, `on_fraud_risk` or `never`
    /// `required` or `preferred`: whether fraud liability must move to the card issuer.
    optional<std::string> liability_shift{};
    optional<std::string> type{};  ///< kind of authentication, as text
    optional<std::string> status{};  ///< state of the authentication, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_transaction_security, id, url, validation, liability_shift, type, status);
};

/// Where the buyer goes back to (Checkout Pro via Orders) and when.
struct order_config_online {
    /// Return URL of online checkout: where the buyer lands after a step off the seller's site.
    optional<std::string> callback_url{};
    optional<std::string> success_url{};  ///< where the buyer goes after an approved payment
    optional<std::string> pending_url{};  ///< where the buyer goes when the payment is still pending
    optional<std::string> failure_url{};  ///< where the buyer goes after a failed payment
    optional<std::string> auto_return_url{};  ///< where the buyer is sent back to automatically (see `auto_return`)
    optional<std::string> auto_return{};  ///< `approved` or `all`: which outcomes send the buyer back without a click
    optional<std::string> available_from{};  ///< when the checkout becomes available, as text
    /// Who may pay, e.g. `account_only`: only buyers with a Mercado Pago account.
    optional<std::string> allowed_user_type{};
    optional<order_retries> retries{};  ///< whether a failed payment may be retried
    /// Conversion trackers, each `{type, values{conversion_id, conversion_label, pixel_id}}`, as JSON.
    optional<std::vector<free_form>> tracks{};
    /// Pricing scheme `{id}`; the id is a number or a string, by SDK, so it is kept as JSON.
    optional<free_form> differential_pricing{};
    optional<order_transaction_security> transaction_security{};  ///< 3-D Secure settings
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_config_online, callback_url, success_url, pending_url, failure_url, auto_return_url,
                       auto_return, available_from, allowed_user_type, retries, tracks, differential_pricing,
                       transaction_security);
};

/// Checkout settings of an order: payment methods, online return URLs, statement text.
struct order_config {
    optional<order_config_payment_method> payment_method{};  ///< which payment methods and installments are offered
    optional<order_config_online> online{};  ///< return URLs and other settings of online checkout
    optional<std::string> statement_descriptor{};  ///< text shown on the buyer's card statement
    /// Default due date of the order's payments, as text (declared by the Go SDK).
    optional<std::string> default_payment_due_date{};
    optional<free_form> point{};  ///< settings for Point card terminals, kept as JSON (declared by the Java SDK)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_config, payment_method, online, statement_descriptor, default_payment_due_date, point);
};

// --- transactions -----------------------------------------------------------------

/// How a payment of an order is (or was) paid.
struct order_payment_method {
    optional<std::string> id{};  ///< payment method: `master`, `visa`, `pix`, `boleto`, …
    optional<std::string> type{};  ///< payment type: `credit_card`, `debit_card`, `bank_transfer`, `ticket`, …
    optional<std::string> token{};  ///< single-use card token made on the buyer's side with the public key
    optional<std::string> card_id{};  ///< id of a saved card of the customer, used instead of a new card
    optional<std::int64_t> installments{};  ///< number of installments (1 for a single charge)
    optional<std::string> statement_descriptor{};  ///< text shown on the buyer's card statement
    optional<std::string> issuer_id{};  ///< card issuer id, as text (`"701"`); seen in answers, declared by no SDK
    optional<std::string> ticket_url{};  ///< page of the ticket (boleto, cash voucher) the buyer pays with
    optional<std::string> barcode_content{};  ///< digits encoded in the ticket's barcode
    optional<std::string> reference{};  ///< payment reference of a ticket or transfer, as text
    optional<std::string> reference_id{};  ///< reference id of the payment method, as text (not in the Java SDK)
    optional<std::string> verification_code{};  ///< verification code of the payment, as text
    optional<std::string> financial_institution{};  ///< bank or institution of a transfer, as text
    optional<std::string> qr_code{};  ///< QR code text (Pix copy-and-paste code) the buyer pays with
    optional<std::string> qr_code_base64{};  ///< the same QR code as a base64 PNG image; several KB
    optional<std::string> digitable_line{};  ///< typeable line of a boleto (the digits a buyer enters to pay it)
    optional<std::string> e2e_id{};  ///< Pix end-to-end id of the transfer (not in the Java SDK)
    optional<std::string> redirect_url{};  ///< page the buyer must visit to finish the payment
    optional<order_transaction_security> transaction_security{};  ///< 3-D Secure settings and state
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_payment_method, id, type, token, card_id, installments, statement_descriptor, issuer_id,
                       ticket_url, barcode_content, reference, reference_id, verification_code, financial_institution,
                       qr_code, qr_code_base64, digitable_line, e2e_id, redirect_url, transaction_security);
};

/// An automatic charge of a stored payment profile.
struct order_automatic_payments {
    optional<std::string> payment_profile_id{};  ///< id of the stored payment profile to charge
    optional<std::int64_t> retries{};  ///< number of retries of the charge (integer)
    optional<std::string> schedule_date{};  ///< when the charge is scheduled, as text
    optional<std::string> due_date{};  ///< due date of the charge, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_automatic_payments, payment_profile_id, retries, schedule_date, due_date);
};

/// A payment with a card kept on file (recurring or merchant-initiated charges).
struct order_stored_credential {
    optional<std::string> payment_initiator{};  ///< `customer` or `merchant`: who starts this charge
    optional<std::string> reason{};  ///< why the stored card is charged, as text
    optional<bool> store_payment_method{};  ///< true to keep the card for later charges
    optional<bool> first_payment{};  ///< true on the first charge of a series
    /// Reference of an earlier charge of the series (declared by the Node SDK).
    optional<std::string> prev_transaction_ref{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_stored_credential, payment_initiator, reason, store_payment_method, first_payment,
                       prev_transaction_ref);
};

/// Which charge of a subscription this is: `number` of `total`.
struct order_subscription_sequence {
    optional<std::int64_t> number{};  ///< position of this charge in the series
    optional<std::int64_t> total{};  ///< number of charges in the series
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_subscription_sequence, number, total);
};

/// The billing period of a subscription charge.
struct order_invoice_period {
    optional<std::string> type{};  ///< unit of the period: `month`, …
    optional<std::int64_t> period{};  ///< length of the period, counted in `type` units
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_invoice_period, type, period);
};

/// Subscription details of a recurring payment.
struct order_subscription_data {
    optional<order_subscription_sequence> subscription_sequence{};  ///< which charge of the series this is
    optional<std::string> invoice_id{};  ///< id of the invoice this charge pays, as text
    optional<order_invoice_period> invoice_period{};  ///< billing period of this charge
    optional<std::string> billing_date{};  ///< billing date, a date only ("2024-09-02"), as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_subscription_data, subscription_sequence, invoice_id, invoice_period, billing_date);
};

/// One payment of an order (`transactions.payments[]`).
struct order_payment {
    optional<std::string> id{};  ///< pay_…: the transaction id of update, delete and partial refund
    optional<std::string> reference_id{};  ///< reference id of the payment, as text
    /// Payment status, in the order vocabulary (`processed`, `failed`, `action_required`, …).
    optional<order_status> status{};
    /// Why: `accredited`, `waiting_capture`, a decline reason such as `rejected_by_issuer`, …
    optional<order_status_detail> status_detail{};
    optional<decimal> amount{};  ///< amount to charge; a decimal string on the wire ("200.00")
    optional<decimal> paid_amount{};  ///< amount actually paid; a decimal string on the wire
    optional<decimal> refunded_amount{};  ///< amount refunded so far; a decimal string on the wire
    optional<std::string> currency{};  ///< ISO 4217 currency code (`BRL`); seen in answers, declared by no SDK
    optional<std::string> provider{};  ///< the payment `provider`, as text (every SDK declares it)
    optional<std::int64_t> attempt_number{};  ///< number of attempts made (integer)
    optional<free_form> attempts{};  ///< an array of attempts (one SDK declares a single object)
    optional<std::string> date_of_expiration{};  ///< when an unpaid ticket or Pix payment expires, as text
    /// How long the payment stays payable: an ISO-8601 duration (`P3D`) or a date-time.
    optional<std::string> expiration_time{};
    optional<order_payment_method> payment_method{};  ///< how it is paid, and the ticket or QR code to show the buyer
    optional<order_automatic_payments> automatic_payments{};  ///< automatic charge of a stored payment profile
    optional<order_stored_credential> stored_credential{};  ///< use of a card kept on file
    optional<order_subscription_data> subscription_data{};  ///< subscription details of a recurring charge
    /// Discounts applied to this payment, each `{type, …}`, kept as JSON.
    optional<std::vector<free_form>> discounts{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_payment, id, reference_id, status, status_detail, amount, paid_amount, refunded_amount,
                       currency, provider, attempt_number, attempts, date_of_expiration, expiration_time,
                       payment_method, automatic_payments, stored_credential, subscription_data, discounts);
};

/// One refund of an order (`transactions.refunds[]`).
struct order_refund {
    optional<std::string> id{};  ///< refund id (`ref_…`), assigned by Mercado Pago
    optional<std::string> transaction_id{};  ///< the refunded payment's id
    optional<std::string> reference_id{};  ///< reference id of the refund, as text
    optional<decimal> amount{};  ///< amount refunded; a decimal string on the wire
    optional<order_status> status{};  ///< refund status, in the order vocabulary (refunds show `processed`)
    optional<order_status_detail> status_detail{};  ///< detail of the refund status (declared by the Java SDK)
    optional<std::string> e2e_id{};  ///< Pix end-to-end id of the refund transfer (declared by the Node SDK)
    optional<free_form> items{};  ///< declared three different ways by the SDKs
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_refund, id, transaction_id, reference_id, amount, status, status_detail, e2e_id, items);
};

/// A chargeback (dispute) on a payment of the order.
struct order_chargeback {
    optional<std::string> id{};  ///< chargeback id, as text
    optional<std::string> transaction_id{};  ///< id of the disputed payment (`pay_…`)
    optional<std::string> case_id{};  ///< id of the dispute case, as text
    optional<std::string> status{};  ///< chargeback status, as text
    optional<std::vector<std::string>> references{};  ///< references of the chargeback, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_chargeback, id, transaction_id, case_id, status, references);
};

/// An order's transactions; also the body and answer of
/// `POST /v1/orders/{id}/transactions` (`{"payments":[…]}`).
struct order_transactions {
    optional<std::vector<order_payment>> payments{};  ///< the payments (an order takes at most two)
    optional<std::vector<order_refund>> refunds{};  ///< the refunds made on them
    optional<std::vector<order_chargeback>> chargebacks{};  ///< the chargebacks opened on them
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_transactions, payments, refunds, chargebacks);
};

// --- the rest ----------------------------------------------------------------------

/// A tax on the order.
struct order_tax {
    optional<std::string> payer_condition{};  ///< the payer's tax condition, as text
    optional<std::string> type{};  ///< kind of tax, as text (e.g. `IVA`)
    optional<decimal> value{};  ///< value of the tax; a decimal string on the wire
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_tax, payer_condition, type, value);
};

/// A discount for paying in a given way.
struct order_payment_method_discount {
    optional<std::string> type{};  ///< what the discount applies to, as text
    /// The order's total once the discount applies; a decimal string on the wire.
    optional<decimal> new_total_amount{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_payment_method_discount, type, new_total_amount);
};

/// Discounts offered on the order.
struct order_discounts {
    optional<std::vector<order_payment_method_discount>> payment_methods{};  ///< discounts by payment method
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_discounts, payment_methods);
};

/// What an in-store order answers besides the order itself.
struct order_type_response {
    optional<std::string> qr_data{};  ///< text to show as the QR code the buyer scans (in-store QR orders)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_type_response, qr_data);
};

/// An order of the Orders API.
struct order {
    optional<std::string> id{};  ///< order id, assigned by Mercado Pago (text: `01JAQD…`, `ORD01…`)
    optional<std::string> type{};  ///< `online`, `point` or `qr`
    optional<std::string> external_reference{};  ///< the seller's own reference for the order (e.g. its order number)
    /// Country, ISO 3166 alpha-3 (`ARG`, `BRA`, `MEX`); one hand-written body sends `BR`.
    optional<std::string> country_code{};
    optional<std::string> site_id{};  ///< Mercado Pago site (`MLB`, …); seen in answers, declared by no SDK
    /// `created`, `processing`, `processed`, `action_required`, `failed`, `canceled`, …
    optional<order_status> status{};
    /// Why: `accredited`, `waiting_payment`, `waiting_capture`, a decline reason, …
    optional<order_status_detail> status_detail{};
    /// `automatic`, `automatic_async` or `manual` (then `orders().capture()` it).
    optional<std::string> capture_mode{};
    optional<std::string> processing_mode{};  ///< `automatic` or `manual` (then `orders().process()` it)
    optional<std::string> user_id{};  ///< the seller's user id, as numeric text
    optional<std::string> client_token{};  ///< token for tokenising the buyer's card on the front end
    optional<decimal> total_amount{};  ///< amount to collect; a decimal string on the wire ("200.00")
    optional<decimal> total_paid_amount{};  ///< amount paid so far; a decimal string on the wire
    optional<decimal> marketplace_fee{};  ///< the marketplace's commission; a decimal string on the wire
    optional<std::string> description{};  ///< description of the purchase
    optional<std::string> marketplace{};  ///< marketplace the order is sold through, as text
    optional<std::string> currency{};  ///< ISO 4217 currency code (`BRL`, `ARS`, …)
    optional<std::string> checkout_url{};  ///< checkout page for the buyer, when the order has one
    optional<std::string> checkout_available_at{};  ///< when that checkout becomes available, as text
    optional<timestamp> created_date{};  ///< when the order was made (up to 9 fraction digits, kept as sent)
    optional<timestamp> last_updated_date{};  ///< when the order last changed
    /// How long the order stays payable: an ISO-8601 duration (`P3D`) or a date-time.
    optional<std::string> expiration_time{};
    optional<order_integration_data> integration_data{};  ///< who built the integration
    optional<order_payer> payer{};  ///< the buyer
    optional<std::vector<order_item>> items{};  ///< what is sold
    optional<order_config> config{};  ///< checkout settings
    /// Payments, refunds and chargebacks (short answers carry only some of them).
    optional<order_transactions> transactions{};
    optional<std::vector<order_tax>> taxes{};  ///< taxes on the order
    optional<order_discounts> discounts{};  ///< discounts on offer
    optional<order_type_response> type_response{};  ///< in-store extras: the QR data
    optional<free_form> additional_info{};  ///< further data, kept as JSON (declared by the Java SDK)
    optional<free_form> shipment{};  ///< shipping data, kept as JSON (declared by the .NET SDK)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order, id, type, external_reference, country_code, site_id, status, status_detail, capture_mode,
                       processing_mode, user_id, client_token, total_amount, total_paid_amount, marketplace_fee,
                       description, marketplace, currency, checkout_url, checkout_available_at, created_date,
                       last_updated_date, expiration_time, integration_data, payer, items, config, transactions, taxes,
                       discounts, type_response, additional_info, shipment);
};

MERCADOPAGO_CODECS(order_address, order_payer, order_item, order_integration_sponsor, order_integration_data,
                   order_interest_free, order_installments_config, order_config_payment_method, order_retries,
                   order_transaction_security, order_config_online, order_config, order_payment_method,
                   order_automatic_payments, order_stored_credential, order_subscription_sequence,
                   order_invoice_period, order_subscription_data, order_payment, order_refund, order_chargeback,
                   order_transactions, order_tax, order_payment_method_discount, order_discounts, order_type_response,
                   order);

}  // namespace mercadopago
// ---- end mercadopago/models/order.hpp ----

// ---- begin mercadopago/models/order_request.hpp ----
// Request bodies of the Orders API: create an order, add or update one of its
// payments, refund part of it. Only the members a caller sets are sent: the
// API refuses unknown ones (`unsupported_properties`). Amounts are written
// as decimal strings ("200.00"), as the API requires.



#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// How a payment of a new order is paid: a card token (tokenised on the
/// buyer's side with the public key), a saved card, Pix, boleto, …
struct order_payment_method_request {
    optional<std::string> id{};  ///< payment method: `master`, `visa`, `pix`, `boleto`, …
    optional<std::string> type{};  ///< payment type: `credit_card`, `debit_card`, `bank_transfer` or `ticket`
    optional<std::string> token{};  ///< single-use card token made on the buyer's side with the public key
    /// Id of a saved card of the customer (`payer.customer_id`), instead of a new card.
    optional<std::string> card_id{};
    optional<std::int64_t> installments{};  ///< number of installments for a card (1 for a single charge)
    optional<std::string> statement_descriptor{};  ///< text shown on the buyer's card statement
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_payment_method_request, id, type, token, card_id, installments, statement_descriptor);
};

/// One payment to make: the body of `PUT /v1/orders/{id}/transactions/{transaction_id}`
/// and an entry of `transactions.payments`.
struct order_payment_request {
    /// Amount to charge: positive, at most two decimal places; written as a string ("200.00").
    optional<decimal> amount{};
    optional<order_payment_method_request> payment_method{};  ///< how the payment is made
    /// How long a Pix or boleto payment stays payable, as an ISO-8601 duration (`P3D`).
    optional<std::string> expiration_time{};
    optional<order_automatic_payments> automatic_payments{};  ///< automatic charge of a stored payment profile
    optional<order_stored_credential> stored_credential{};  ///< use of a card kept on file
    optional<order_subscription_data> subscription_data{};  ///< subscription details of a recurring charge
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_payment_request, amount, payment_method, expiration_time, automatic_payments,
                       stored_credential, subscription_data);
};

/// `transactions` of a new order, and the body of `POST /v1/orders/{id}/transactions`.
struct order_transactions_request {
    /// Payments to make; always sent (an order takes at most two in all).
    std::vector<order_payment_request> payments{};
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_transactions_request, payments);
};

/// Shipping of a new order (`shipment`): where the goods go.
struct order_shipment {
    optional<order_address> address{};  ///< delivery address
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_shipment, address);
};

/// The body of `POST /v1/orders`.
struct order_create_request {
    std::string type = "online";  ///< `online` by default and always sent; `point` and `qr` are the in-store kinds
    /// `automatic` (the default) or `manual`: the order stays `created` until process().
    optional<std::string> processing_mode{};
    /// `automatic`, `automatic_async` or `manual`: an authorised card waits for capture().
    optional<std::string> capture_mode{};
    optional<decimal> total_amount{};  ///< amount to collect; must equal the sum of the payments' amounts
    optional<std::string> external_reference{};  ///< your own reference for the order (e.g. your order number)
    optional<std::string> description{};  ///< description of the purchase
    optional<std::string> marketplace{};  ///< marketplace the order is sold through, as text
    optional<decimal> marketplace_fee{};  ///< the marketplace's commission; at most `total_amount`
    /// How long the order stays payable: an ISO-8601 duration (`P3D`) or a date-time.
    optional<std::string> expiration_time{};
    optional<std::string> checkout_available_at{};  ///< when the checkout becomes available, as text
    optional<order_payer> payer{};  ///< the buyer; with test credentials `email` must end in `@testuser.com`
    optional<order_transactions_request> transactions{};  ///< the payments to make (at most two)
    optional<std::vector<order_item>> items{};  ///< what is sold
    optional<order_config> config{};  ///< checkout settings: payment methods, return URLs, statement text
    optional<order_integration_data> integration_data{};  ///< who built the integration
    optional<order_shipment> shipment{};  ///< where the goods go
    optional<std::vector<order_tax>> taxes{};  ///< taxes on the order
    optional<free_form> additional_info{};  ///< further data, sent as JSON exactly as given
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_create_request, type, processing_mode, capture_mode, total_amount, external_reference,
                       description, marketplace, marketplace_fee, expiration_time, checkout_available_at, payer,
                       transactions, items, config, integration_data, shipment, taxes, additional_info);
};

/// One payment to refund, in part: `{"id":"pay_…","amount":"10.00"}`.
struct order_refund_transaction {
    std::string id{};  ///< the payment to refund (`pay_…`); required, so a body without it does not decode
    optional<decimal> amount{};  ///< how much of that payment to refund; written as a string ("10.00")
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_refund_transaction, id, amount);
};

/// The body of a partial `POST /v1/orders/{id}/refund` (a total refund sends none).
struct order_refund_request {
    /// The payments to refund and how much of each; always sent.
    std::vector<order_refund_transaction> transactions{};
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_refund_request, transactions);
};

MERCADOPAGO_CODECS(order_payment_method_request, order_payment_request, order_transactions_request, order_shipment,
                   order_create_request, order_refund_transaction, order_refund_request);

}  // namespace mercadopago
// ---- end mercadopago/models/order_request.hpp ----

// ---- begin mercadopago/models/page.hpp ----
// Search envelopes. Bare JSON arrays (payment methods, cards, refunds, …)
// decode as std::vector<T> directly and need no envelope.



#include <boost/json/object.hpp>

#include <cstdint>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Position of a results page. `total` counts all matches; a page may hold
/// fewer than `limit` items (or none even when offset < total): stop paging on
/// an empty page as well as on offset >= total.
struct paging {
    optional<std::int64_t> total{};  ///< matches across all pages (offsets past 10000 are refused: narrow the dates)
    optional<std::int64_t> limit{};  ///< page size the API applied (payments: default 30, max 50)
    optional<std::int64_t> offset{};  ///< position of this page's first result among all matches, from 0
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(paging, total, limit, offset);
};

/// `{"paging":{…},"results":[…]}`: /v1/payments/search, /v1/customers/search,
/// /preapproval/search, … `results` is required: a page without it is malformed.
template <class T>
struct results_page {
    optional<mercadopago::paging> paging{};  ///< where this page sits among all matches
    std::vector<T> results{};  ///< this page's items, in the order the API sent them
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(results_page, paging, results);
};

/// `{"elements":[…],"next_offset":N,"total":N}`: /merchant_orders/search,
/// /checkout/preferences/search (whose elements are summaries, not full resources).
template <class T>
struct elements_page {
    std::vector<T> elements{};  ///< this page's items (preference summaries, merchant orders)
    optional<std::int64_t> next_offset{};  ///< next page's offset, as the API says; not always offset + elements.size()
    optional<std::int64_t> total{};  ///< matches across all pages
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(elements_page, elements, next_offset, total);
};

/// The paging of a data page. Its values arrive as numbers or as strings
/// ("30"); either reads as an integer and is written back as it came.
struct page_number_paging {
    optional<std::int64_t> total{};        ///< results in all pages
    optional<std::int64_t> total_pages{};  ///< number of pages at this page size; may be absent
    optional<std::int64_t> offset{};  ///< position of this page's first result among all matches
    optional<std::int64_t> limit{};  ///< page size
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(page_number_paging, total, total_pages, offset, limit);
};

/// `{"data":[…],"paging":{…}}`: /v1/orders (paged by page number).
template <class T>
struct data_page {
    std::vector<T> data{};  ///< this page's items
    optional<page_number_paging> paging{};  ///< totals and position of this page
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(data_page, data, paging);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(paging, page_number_paging);

}  // namespace mercadopago
// ---- end mercadopago/models/page.hpp ----

// ---- begin mercadopago/models/payment.hpp ----
// A payment (`GET/POST/PUT /v1/payments…`, and each result of a payment search).
//
// Every field any of the four typed SDKs declares is here (shared reference
// models.md "Payment": the union of Java, .NET, Go and Node), so the Go SDK's
// 66 top-level fields all fit. Conventions:
//   * every member is optional: the API omits, nulls or blanks fields freely;
//   * integer ids are std::int64_t (payment ids exceed 2^31); small counts
//     (installments, quantities, card expiry) are int;
//   * money is `decimal` (exact), dates are `timestamp` (keeps its text);
//   * status, status_detail and payment_type_id are open enums
//     (payment_status.hpp): unknown values are kept, never an error;
//   * fields the SDKs declare as "integer or string" are std::string unless
//     noted: the codec reads a JSON number into a string and writes it back as
//     a number, so both wire forms survive a round trip;
//   * keys no SDK declares (`marketplace_owner`, `brand_id`, `barcode`,
//     `acquirer_reconciliation`, …) land in each struct's `extra`.



// ---- begin mercadopago/models/refund.hpp ----
// A refund of a payment (`/v1/payments/{id}/refunds…`), full or partial.
//
// Fields: shared reference models.md "Refund". Keys no typed SDK declares
// (`labels`, `partition_details`, `expiration_date`, `additional_data`,
// `external_refund_id`) stay in `extra` and are written back unchanged.



#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// An external category of a refund item (`items.external_categories`; Node only).
struct refund_item_category {
    optional<std::string> id{};  ///< the category id, as text; format not documented
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(refund_item_category, id);
};

/// An item of an embedded refund (declared by Node only).
struct refund_item {
    optional<std::string> title{};  ///< the item's name
    optional<decimal> unit_price{};  ///< Node declares a string; money is read exactly either way
    optional<int> quantity{};  ///< number of units
    optional<std::string> external_code{};  ///< the merchant's own code for the item
    optional<std::string> category_id{};  ///< item category, free text
    optional<std::string> type{};  ///< item type, free text
    optional<std::string> description{};  ///< a longer description of the item
    optional<std::string> picture_url{};  ///< URL of an image of the item
    optional<bool> warranty{};  ///< whether the item has a warranty
    optional<timestamp> event_date{};  ///< date of the event the item is for (tickets)
    optional<std::string> unit_measure{};  ///< unit of measure of quantity, as text
    optional<std::vector<refund_item_category>> external_categories{};  ///< external categories of the item
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(refund_item,
                      title, unit_price, quantity, external_code, category_id, type, description, picture_url, warranty,
                      event_date, unit_measure, external_categories);
};


/// Who issued a refund.
struct refund_source {
    optional<std::string> id{};  ///< the issuer's user id, as text on the wire ("823549964")
    optional<std::string> name{};  ///< display name of whoever issued the refund
    optional<std::string> type{};  ///< collector, operator, admin, bpp (open set: plain text)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(refund_source, id, name, type);
};

/// A refund of a payment: what refund create, list and get return, and each entry of a payment's `refunds`.
struct refund {
    optional<std::int64_t> id{};  ///< the refund's id, assigned by Mercado Pago; exceeds 2^31
    optional<std::int64_t> payment_id{};  ///< id of the refunded payment; exceeds 2^31 (17014025134)
    optional<decimal> amount{};  ///< refunded amount, in the payment's currency (50, 12.34, 1.5 seen)
    /// an adjustment amount, in the payment's currency; 0 in fixtures, meaning not documented
    optional<decimal> adjustment_amount{};
    optional<refund_status> status{};  ///< approved, in_process or rejected; open set: unknown values are kept
    optional<std::string> refund_mode{};  ///< "standard" is the only value seen
    optional<timestamp> date_created{};  ///< when the refund was created
    optional<std::string> reason{};  ///< the reason given for the refund, as text; null in fixtures
    /// a sequence number, as text; null in fixtures, meaning not documented
    optional<std::string> unique_sequence_number{};
    optional<refund_source> source{};  ///< who issued the refund
    optional<free_form> metadata{};  ///< free-form: `{}` or `{"status_detail": null}`
    optional<decimal> amount_refunded_to_payer{};  ///< the amount that went back to the payer; declared by Node only
    // Declared only by the Node SDK, on refunds embedded in a payment.
    optional<std::string> transaction_id{};  ///< a transaction id, as text; Node only
    optional<std::string> reference_id{};  ///< a reference id, as text; Node only
    optional<std::vector<refund_item>> items{};  ///< the refunded items; Node only
    optional<std::string> e2e_id{};  ///< an end-to-end id, as Pix transfers carry one; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(refund,
                      id, payment_id, amount, adjustment_amount, status, refund_mode, date_created, reason,
                      unique_sequence_number, source, metadata, amount_refunded_to_payer, transaction_id, reference_id,
                      items, e2e_id);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(refund_item_category, refund_item, refund_source, refund);

}  // namespace mercadopago
// ---- end mercadopago/models/refund.hpp ----

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

// --- payer ---------------------------------------------------------------------

/// A postal address as payments carry it (payer, additional_info.payer).
struct payment_address {
    optional<std::string> zip_code{};  ///< postal code as text (keeps leading zeros and forms such as "06233-200")
    optional<std::string> street_name{};  ///< street name, without the house number
    optional<std::string> street_number{};  ///< text: "3003", "s/n"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_address, zip_code, street_name, street_number);
};

/// The buyer (`payer`). In search results it may arrive as `[]`: read as absent.
struct payment_payer {
    optional<std::string> type{};  ///< null or "anonymous" in responses
    optional<std::string> id{};    ///< numeric-looking but a string on the wire ("128185910")
    optional<std::string> email{};  ///< the payer's e-mail address (test users end in "@testuser.com")
    /// the payer's identity document: type (CPF, DNI, …) and number
    optional<mercadopago::identification> identification{};
    optional<std::string> first_name{};  ///< the payer's given name; often null in responses
    optional<std::string> last_name{};  ///< the payer's family name; often null in responses
    optional<std::string> entity_type{};  ///< individual, association
    /// how the buyer logged in on the merchant's site, as the merchant reported it; free text
    optional<std::string> authentication_type{};
    /// whether the merchant reports the buyer as a premium/loyalty member (a risk-analysis hint)
    optional<bool> is_prime_user{};
    /// whether the merchant reports this as the buyer's first online purchase
    optional<bool> is_first_purchase_online{};
    /// the buyer's registration date as reported with the payment; ISO-8601 text kept verbatim
    optional<timestamp> registration_date{};
    /// date of the buyer's previous purchase; Go declares a plain string, a timestamp keeps any text
    optional<timestamp> last_purchase_date{};
    /// when the payer record was created; Go only, declared a plain string (a timestamp keeps any text)
    optional<timestamp> date_created{};
    optional<mercadopago::phone> phone{};  ///< the payer's phone (area code, number); an all-null object in fixtures
    optional<payment_address> address{};  ///< the payer's postal address
    optional<free_form> operator_id{};  ///< Node declares it free-form; always null in fixtures
    optional<timestamp> last_purchase{};  ///< date of the buyer's previous purchase; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_payer,
                      type, id, email, identification, first_name, last_name, entity_type, authentication_type,
                      is_prime_user, is_first_purchase_online, registration_date, last_purchase_date, date_created,
                      phone, address, operator_id, last_purchase);
};

// --- additional_info -------------------------------------------------------------

/// A traveller (airline/transport items: `category_descriptor.passenger`).
struct payment_passenger {
    optional<std::string> first_name{};  ///< the passenger's given name
    optional<std::string> last_name{};  ///< the passenger's family name
    optional<std::string> identification_type{};  ///< the passenger's document type (e.g. "DNI"); Go's flat form
    optional<std::string> identification_number{};  ///< the passenger's document number, as text; Go's flat form
    /// Node's nested form; its odd inner `identification` number stays in `extra`.
    optional<mercadopago::identification> identification{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_passenger,
                      first_name, last_name, identification_type, identification_number, identification);
};

/// A trip (`category_descriptor.route`).
struct payment_route {
    optional<std::string> departure{};  ///< where the trip starts (a place name or code; the format is not fixed)
    optional<std::string> destination{};  ///< where the trip ends (a place name or code; the format is not fixed)
    /// departure date-time; sic: Go's spelling, kept because it is a distinct key
    optional<timestamp> departure_data_time{};
    optional<timestamp> departure_date_time{};  ///< departure date-time; Node's (correct) spelling
    optional<timestamp> arrival_date_time{};  ///< arrival date-time (ISO-8601 text kept verbatim)
    optional<std::string> company{};  ///< the carrier (airline, bus or transport company)
    /// identifier of the departure place; declared by Node only, format not documented
    optional<std::string> origin_id{};
    /// identifier of the arrival place; declared by Node only, format not documented
    optional<std::string> destination_id{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_route,
                      departure, destination, departure_data_time, departure_date_time, arrival_date_time, company,
                      origin_id, destination_id);
};

/// Extra description of an item (tickets, travel).
struct payment_category_descriptor {
    optional<payment_passenger> passenger{};  ///< who travels (travel items)
    optional<payment_route> route{};  ///< the trip: places, times and carrier (travel items)
    optional<timestamp> event_date{};  ///< date of the event the item gives access to (tickets)
    optional<std::string> type{};  ///< kind of descriptor, as text; values not documented
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_category_descriptor, passenger, route, event_date, type);
};

/// One item of `additional_info.items` (also sent in payment_create_request).
struct payment_item {
    optional<std::string> id{};  ///< the merchant's own code for the item (e.g. a SKU), as text
    optional<std::string> title{};  ///< the item's name
    optional<std::string> type{};  ///< item type as the merchant classifies it; free text
    optional<std::string> description{};  ///< a longer description of the item
    optional<std::string> picture_url{};  ///< URL of an image of the item; often null
    /// item category, free text ("Tickets", "games", "travels" seen); helps fraud prevention
    optional<std::string> category_id{};
    optional<std::string> currency_id{};  ///< ISO 4217 currency code of unit_price (e.g. "BRL")
    optional<int> quantity{};          ///< the API echoes it as a string ("1"); read as an integer
    optional<decimal> unit_price{};    ///< echoed as a string ("100.0", even "5.0E8"); exact decimal
    /// whether the item has a warranty; Go declares a string, bool also reads "true"/"false" text
    optional<bool> warranty{};
    /// travel and ticket details: passenger, route, event date
    optional<payment_category_descriptor> category_descriptor{};
    optional<timestamp> event_date{};  ///< date of the event the item is for; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_item,
                      id, title, type, description, picture_url, category_id, currency_id, quantity, unit_price,
                      warranty, category_descriptor, event_date);
};

/// `additional_info.payer`: buyer data given for risk analysis.
struct payment_additional_info_payer {
    optional<std::string> first_name{};  ///< the buyer's given name
    optional<std::string> last_name{};  ///< the buyer's family name
    optional<mercadopago::phone> phone{};  ///< the buyer's phone (area code, number)
    optional<payment_address> address{};  ///< the buyer's postal address
    /// when the buyer registered with the merchant; seen with a "-0300" offset (no colon): kept as text
    optional<timestamp> registration_date{};
    /// how the buyer logged in on the merchant's site, as the merchant reported it; free text
    optional<std::string> authentication_type{};
    /// whether the merchant reports the buyer as a premium/loyalty member (a risk-analysis hint)
    optional<bool> is_prime_user{};
    /// whether the merchant reports this as the buyer's first online purchase
    optional<bool> is_first_purchase_online{};
    optional<timestamp> last_purchase{};  ///< date of the buyer's previous purchase (ISO-8601 text kept verbatim)
    optional<mercadopago::identification> identification{};  ///< the buyer's identity document (type and number)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_additional_info_payer,
                      first_name, last_name, phone, address, registration_date, authentication_type, is_prime_user,
                      is_first_purchase_online, last_purchase, identification);
};

/// `additional_info.shipments.receiver_address`.
struct payment_receiver_address {
    optional<std::string> zip_code{};  ///< postal code of the delivery address, as text
    optional<std::string> street_name{};  ///< street of the delivery address
    optional<std::string> street_number{};  ///< house number, as text
    optional<std::string> state_name{};  ///< state or province name
    optional<std::string> city_name{};  ///< city name
    optional<std::string> floor{};  ///< floor of the building, as text
    optional<std::string> apartment{};  ///< apartment or unit, as text
    optional<payment_address> address{};  ///< a nested zip_code/street_name/street_number object; Go only
    optional<std::string> country_name{};  ///< country name; declared by Go only
    optional<std::string> local_pic_url{};  ///< a URL; declared by Go only, meaning not documented
    optional<std::string> express_shipment_id{};  ///< an id, as text; declared by Go only, meaning not documented
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_receiver_address,
                      zip_code, street_name, street_number, state_name, city_name, floor, apartment, address,
                      country_name, local_pic_url, express_shipment_id);
};

/// `additional_info.shipments` of a payment: where the goods are delivered.
struct payment_shipments {
    optional<payment_receiver_address> receiver_address{};  ///< the delivery address
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_shipments, receiver_address);
};

/// `additional_info`. Undeclared `available_balance`, `nsu_processadora`,
/// `authentication_code` stay in `extra`.
struct payment_additional_info {
    optional<std::string> ip_address{};  ///< the buyer's IP address as the merchant captured it (fraud prevention)
    /// what was bought; the API echoes quantity and unit_price as strings, read as numbers
    optional<std::vector<payment_item>> items{};
    optional<payment_additional_info_payer> payer{};  ///< buyer details the merchant sent for risk analysis
    optional<payment_shipments> shipments{};  ///< delivery data
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_additional_info, ip_address, items, payer, shipments);
};

// --- order, transaction details, fees, taxes -------------------------------------

/// The merchant order a payment belongs to; `{}` when there is none.
struct payment_order {
    optional<std::string> id{};  ///< number or string depending on origin (sdk-go#40): text keeps both
    optional<std::string> type{};  ///< who created the order, e.g. "mercadopago" or "mercadolibre"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_order, id, type);
};

/// A printable ticket's barcode (`transaction_details.barcode`, boleto and similar).
struct payment_barcode {
    optional<std::string> content{};  ///< the barcode digits, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_barcode, content);
};

/// Money breakdown and method references of a payment (`transaction_details`).
struct payment_transaction_details {
    /// the buyer's bank for a bank transfer such as PSE; text here ("1009", "bradesco")
    optional<std::string> financial_institution{};
    /// what the seller receives after Mercado Pago's fees, in the payment's currency
    optional<decimal> net_received_amount{};
    optional<decimal> total_paid_amount{};  ///< total the buyer is charged, financing interest included
    optional<decimal> installment_amount{};  ///< amount of each installment
    optional<decimal> overpaid_amount{};  ///< amount the buyer paid above what was due; 0 in fixtures
    /// printable voucher (boleto, ticket) or the bank's page for a transfer; null on card payments
    optional<std::string> external_resource_url{};
    /// a reference the payment method's processor assigns, as text; null on card payments
    optional<std::string> payment_method_reference_id{};
    optional<std::string> acquirer_reference{};  ///< a reference from the acquirer, as text; "" or null in fixtures
    optional<std::string> transaction_id{};  ///< the processor's transaction id, as text; null in fixtures
    /// boleto "linha digitável": the digits a buyer types at a bank to pay the ticket
    optional<std::string> digitable_line{};
    /// a verification code issued with the payment, as text; its use depends on the method
    optional<std::string> verification_code{};
    optional<free_form> payable_deferral_period{};  ///< object or string across SDKs: kept as JSON
    /// id of the bank transfer (PSE and similar); number (153030) or string across SDKs: text keeps both
    optional<std::string> bank_transfer_id{};
    optional<payment_barcode> barcode{};  ///< barcode of a printable ticket (boleto)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_transaction_details,
                      financial_institution, net_received_amount, total_paid_amount, installment_amount,
                      overpaid_amount, external_resource_url, payment_method_reference_id, acquirer_reference,
                      transaction_id, digitable_line, verification_code, payable_deferral_period, bank_transfer_id,
                      barcode);
};

/// One fee charged on a payment (`fee_details`).
struct payment_fee_detail {
    optional<std::string> type{};  ///< open set (mercadopago_fee, recharge_fee, …): plain text, never rejected
    optional<std::string> fee_payer{};  ///< who bears the fee: "collector" (the seller) or "payer"
    optional<decimal> amount{};  ///< the fee, in the payment's currency
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_fee_detail, type, fee_payer, amount);
};

/// A tax applied to a payment (`taxes`).
struct payment_tax {
    optional<std::string> type{};  ///< e.g. "IVA"
    /// the tax's value as the API sends it (null in fixtures); whether amount or rate is not documented
    optional<decimal> value{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_tax, type, value);
};

/// Shape of `counter_currency` as Java, .NET and Go declare it. The payment
/// keeps the field as raw JSON (Node declares a string); read it with
/// `from_value<payment_counter_currency>(*p.counter_currency)`.
struct payment_counter_currency {
    optional<std::string> currency_id{};  ///< ISO 4217 code of the counter currency
    optional<decimal> rate{};  ///< exchange rate applied
    optional<decimal> amount{};  ///< the transaction amount in currency_id
    optional<decimal> amount_refunded{};  ///< the refunded amount in currency_id
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_counter_currency, currency_id, rate, amount, amount_refunded);
};

// --- card ------------------------------------------------------------------------

/// The person named on the card of a payment.
struct payment_cardholder {
    optional<std::string> name{};  ///< name as printed on the card (test cards use it to force an outcome, e.g. "APRO")
    optional<mercadopago::identification> identification{};  ///< the cardholder's identity document (type and number)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_cardholder, name, identification);
};

/// The card used; `{}` for non-card payments.
struct payment_card {
    optional<std::string> id{};  ///< set only when a saved card was used
    optional<std::string> last_four_digits{};  ///< last four digits of the card number, as text
    optional<std::string> first_six_digits{};  ///< first six digits (the BIN) of the card number, as text
    /// four-digit expiry year; GET returns "***" (masked) since 2026-07: read as absent
    optional<int> expiration_year{};
    optional<int> expiration_month{};  ///< expiry month, 1-12; masked the same way ("***" reads as absent)
    optional<timestamp> date_created{};  ///< when the card record was created
    optional<timestamp> date_last_updated{};  ///< when the card record last changed
    optional<payment_cardholder> cardholder{};  ///< name and document on the card
    optional<std::string> bin{};  ///< the card's BIN (leading digits); Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_card,
                      id, last_four_digits, first_six_digits, expiration_year, expiration_month, date_created,
                      date_last_updated, cardholder, bin);
};

// --- point_of_interaction ------------------------------------------------------------

/// The application a payment came from (`point_of_interaction.application_data`).
struct payment_application_data {
    optional<std::string> name{};  ///< application name; null in fixtures
    optional<std::string> version{};  ///< application version; null in fixtures
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_application_data, name, version);
};

/// `bank_info.payer`. Undeclared `id`, `external_account_id` stay in `extra`.
struct payment_bank_info_payer {
    optional<std::string> email{};  ///< e-mail of the paying account
    /// the paying bank account's id; declared integer, but values above 2^63-1 arrive as text: kept as text
    optional<std::string> account_id{};
    /// the name reported for the paying account (bank or holder: not specified); null in fixtures
    optional<std::string> long_name{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_bank_info_payer, email, account_id, long_name);
};

/// `bank_info.collector`. Undeclared `account_holder_name`, `transfer_account_id` stay in `extra`.
struct payment_bank_info_collector {
    /// the receiving (seller's) account id, as text: may exceed int64, like payer.account_id
    optional<std::string> account_id{};
    optional<std::string> long_name{};  ///< the name reported for the receiving account; null in fixtures
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_bank_info_collector, account_id, long_name);
};

/// `transaction_data.bank_info`. Undeclared `origin_bank_id`, `origin_wallet_id` stay in `extra`.
struct payment_bank_info {
    optional<payment_bank_info_payer> payer{};  ///< the paying bank account
    optional<payment_bank_info_collector> collector{};  ///< the receiving (seller's) bank account
    /// bool (Go) or string (Java/.NET/Node): bool reads both true and "true", and the text form is written back.
    optional<bool> is_same_bank_account_owner{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_bank_info, payer, collector, is_same_bank_account_owner);
};

/// Where a recurring charge sits in its subscription (`transaction_data.subscription_sequence`).
struct payment_subscription_sequence {
    optional<int> number{};  ///< this charge's number in the sequence
    optional<int> total{};  ///< how many charges the sequence has
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_subscription_sequence, number, total);
};

/// The billing period a recurring charge covers (`transaction_data.invoice_period`).
struct payment_invoice_period {
    optional<int> period{};  ///< length of the period, in units of type
    optional<std::string> type{};  ///< unit of period, e.g. monthly (plain text)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_invoice_period, period, type);
};

/// `{id}` objects of transaction_data (`payment_reference`, `reference`).
struct payment_transaction_reference {
    optional<std::string> id{};  ///< the referenced id, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_transaction_reference, id);
};

/// `point_of_interaction.transaction_data`: Pix QR code, bank transfer data,
/// recurring-payment data.
struct payment_transaction_data {
    optional<std::string> qr_code{};         ///< Pix copy-and-paste code
    optional<std::string> qr_code_base64{};  ///< PNG image, base64, several KB
    optional<std::string> transaction_id{};  ///< the bank's or processor's transaction id, as text; null in fixtures
    /// id of the bank transfer; an integer here (text in transaction_details)
    optional<std::int64_t> bank_transfer_id{};
    /// Declared integer here but a string in transaction_details; text reads both without failing.
    optional<std::string> financial_institution{};
    optional<payment_bank_info> bank_info{};  ///< paying and receiving bank accounts (Pix, bank transfers)
    /// Mercado Pago page that shows the buyer how to pay (Pix QR code, transfer data)
    optional<std::string> ticket_url{};
    /// recurring charges: whether this is the first use of the stored payment credential
    optional<bool> first_time_use{};
    /// recurring charges: which charge of how many this is
    optional<payment_subscription_sequence> subscription_sequence{};
    optional<std::string> subscription_id{};  ///< recurring charges: the merchant's subscription id, as text
    optional<payment_invoice_period> invoice_period{};  ///< recurring charges: the period this charge covers
    /// recurring charges: a `{id}` reference to a related payment
    optional<payment_transaction_reference> payment_reference{};
    /// recurring charges: the billing date; declared a string, a timestamp keeps any text (date-only too)
    optional<timestamp> billing_date{};
    optional<bool> first_transaction{};  ///< recurring charges: whether this is the first charge of the series
    /// card-on-file data: how the credential is stored, as text; values not documented here
    optional<std::string> storage{};
    /// card-on-file data: who initiated the charge, as text; values not documented here
    optional<std::string> transaction_initiator{};
    optional<payment_transaction_reference> reference{};  ///< a `{id}` reference; meaning not documented
    optional<bool> user_present{};  ///< whether the buyer was present for the charge; .NET only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_transaction_data,
                      qr_code, qr_code_base64, transaction_id, bank_transfer_id, financial_institution, bank_info,
                      ticket_url, first_time_use, subscription_sequence, subscription_id, invoice_period,
                      payment_reference, billing_date, first_transaction, storage, transaction_initiator, reference,
                      user_present);
};

/// The business line that handled a payment (`point_of_interaction.business_info`; Node only).
struct payment_business_info {
    optional<std::string> unit{};  ///< business unit, e.g. "online_payments"
    optional<std::string> sub_unit{};  ///< sub-unit, e.g. "default"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_business_info, unit, sub_unit);
};

/// `point_of_interaction`; `{}` on plain card payments. Undeclared `location` stays in `extra`.
struct payment_point_of_interaction {
    optional<std::string> type{};  ///< OPENPLATFORM, UNSPECIFIED, SUBSCRIPTIONS, …
    optional<std::string> sub_type{};  ///< refines type; plain text
    optional<std::string> linked_to{};  ///< what the interaction is linked to, e.g. "openfinance"; plain text
    optional<payment_application_data> application_data{};  ///< the application the payment came from
    optional<payment_transaction_data> transaction_data{};  ///< Pix QR code, bank-transfer and recurring-charge data
    optional<payment_business_info> business_info{};  ///< the business unit that handled the payment; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_point_of_interaction,
                      type, sub_type, linked_to, application_data, transaction_data, business_info);
};

// --- payment_method (boleto rules and references) ------------------------------------

/// An early-payment discount of a boleto (`payment_method.data.rules.discounts`).
struct payment_discount {
    optional<std::string> type{};  ///< how value applies: "fixed" (an amount) or "percentage"
    optional<decimal> value{};  ///< the discount: an amount or a percentage, per type
    optional<timestamp> limit_date{};  ///< last day the discount applies; date only ("2022-10-25")
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_discount, type, value, limit_date);
};

/// `rules.fine` and `rules.interest`: a type and a value.
struct payment_penalty {
    optional<std::string> type{};  ///< how value applies: "fixed" (an amount) or "percentage"
    optional<decimal> value{};  ///< the penalty: an amount or a percentage, per type
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_penalty, type, value);
};

/// Boleto rules for early or late payment (`payment_method.data.rules`).
struct payment_rules {
    optional<std::vector<payment_discount>> discounts{};  ///< discounts for paying early
    optional<payment_penalty> fine{};  ///< fine for paying late
    optional<payment_penalty> interest{};  ///< interest for paying late
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_rules, discounts, fine, interest);
};

/// Routing data of a payment method (`payment_method.data.routing_data`; Node only).
struct payment_routing_data {
    optional<std::string> merchant_account_id{};  ///< merchant account the payment is routed to
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_routing_data, merchant_account_id);
};

/// `payment_method.data`: boleto rules and the method's references.
struct payment_payment_method_data {
    optional<payment_rules> rules{};  ///< discount, fine and interest rules (boleto)
    optional<std::string> reference_id{};  ///< a reference the payment method assigns, as text; format not documented
    /// an external reference of the payment method, as text; format not documented
    optional<std::string> external_reference_id{};
    /// URL of a resource of the method (such as a voucher); see also transaction_details
    optional<std::string> external_resource_url{};
    optional<payment_routing_data> routing_data{};  ///< routing data; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_payment_method_data,
                      rules, reference_id, external_reference_id, external_resource_url, routing_data);
};

/// `payment.payment_method` (named so as not to clash with the payment-method
/// catalogue entry). Undeclared `forward_data` stays in `extra`.
struct payment_payment_method {
    optional<std::string> id{};  ///< method id, as in payment_method_id ("master", "pix", "bolbradesco", …)
    optional<std::string> type{};  ///< method type, as in payment_type_id ("credit_card", "ticket", …), as plain text
    optional<std::string> issuer_id{};  ///< card issuer id, as text
    optional<payment_payment_method_data> data{};  ///< boleto rules and method references
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_payment_method, id, type, issuer_id, data);
};

// --- 3DS, expanded, amounts, forward data, back urls, charges -----------------------------

/// 3DS challenge data: open `external_resource_url` posting `creq`.
struct payment_three_ds_info {
    /// the card issuer's challenge page (ACS URL) to open for the buyer
    optional<std::string> external_resource_url{};
    optional<std::string> creq{};  ///< the challenge request (base64url text) to post to external_resource_url
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_three_ds_info, external_resource_url, creq);
};

/// `expanded.gateway.reference`: network references of the gateway.
struct payment_gateway_reference {
    /// the card network's transaction id; sent only when the request asks to expand gateway.reference
    optional<std::string> network_transaction_id{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_gateway_reference, network_transaction_id);
};

/// `expanded.gateway`: gateway data, sent only when a request asks to expand it.
struct payment_expanded_gateway {
    optional<payment_gateway_reference> reference{};  ///< network references
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_expanded_gateway, reference);
};

/// `expanded`: nodes the API fills only when a request asks to expand them (X-Expand-Responde-Nodes header).
struct payment_expanded {
    optional<payment_expanded_gateway> gateway{};  ///< gateway data
    optional<free_form> reference{};  ///< Java declares an object of unknown shape: kept as JSON
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_expanded, gateway, reference);
};

/// Amounts in the payer's currency (`amounts.payer`).
struct payment_amounts_payer {
    optional<std::string> currency_id{};  ///< ISO 4217 code of the payer's currency
    optional<decimal> transaction{};  ///< the transaction amount in that currency
    optional<decimal> total_paid{};  ///< what the payer paid in total, in that currency
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_amounts_payer, currency_id, transaction, total_paid);
};

/// Amounts in the seller's currency (`amounts.collector`).
struct payment_amounts_collector {
    optional<std::string> currency_id{};  ///< ISO 4217 code of the seller's currency
    optional<decimal> transaction{};  ///< the transaction amount in that currency
    optional<decimal> net_received{};  ///< what the seller receives after fees, in that currency
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_amounts_collector, currency_id, transaction, net_received);
};

/// Amounts in the payer's and the collector's currencies (cross-border).
struct payment_amounts {
    optional<payment_amounts_payer> payer{};  ///< the payer's side
    optional<payment_amounts_collector> collector{};  ///< the seller's side
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_amounts, payer, collector);
};

/// A payment facilitator's sub-merchant (Go only in responses).
struct payment_sub_merchant {
    optional<std::string> sub_merchant_id{};  ///< the facilitator's id for the sub-merchant
    optional<std::string> mcc{};  ///< merchant category code (4 digits), as text
    optional<std::string> country{};  ///< the sub-merchant's country
    optional<std::string> zip{};  ///< the sub-merchant's postal code
    optional<std::string> document_number{};  ///< the sub-merchant's tax or identity document number
    optional<std::string> city{};  ///< the sub-merchant's city
    optional<std::string> address_street{};  ///< the sub-merchant's street
    optional<std::string> legal_name{};  ///< the sub-merchant's registered legal name
    optional<std::string> region_code_iso{};  ///< the sub-merchant's region (state) code in ISO form
    optional<std::string> region_code{};  ///< the sub-merchant's region (state) code
    optional<std::string> document_type{};  ///< type of document_number (e.g. "CNPJ")
    optional<std::string> phone{};  ///< the sub-merchant's phone number, as text
    optional<std::string> url{};  ///< the sub-merchant's website
    optional<std::int64_t> address_door_number{};  ///< the sub-merchant's house number; an integer on the wire
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_sub_merchant,
                      sub_merchant_id, mcc, country, zip, document_number, city, address_street, legal_name,
                      region_code_iso, region_code, document_type, phone, url, address_door_number);
};

/// `forward_data`: data a payment facilitator forwards with a payment.
struct payment_forward_data {
    optional<payment_sub_merchant> sub_merchant{};  ///< the facilitator's sub-merchant that made the sale
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_forward_data, sub_merchant);
};

/// Where the buyer returns after paying (`back_urls`; declared by Go only).
struct payment_back_urls {
    optional<std::string> success{};  ///< page for an approved payment
    optional<std::string> pending{};  ///< page for a pending payment
    optional<std::string> failure{};  ///< page for a rejected or failed payment
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_back_urls, success, pending, failure);
};

/// The accounts a charge moves money between (`charges_details.accounts`).
struct payment_charge_accounts {
    optional<std::string> from{};  ///< account the charge is taken from
    optional<std::string> to{};  ///< account the charge is paid to
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_charge_accounts, from, to);
};

/// Amounts of a charge (`charges_details.amounts`).
struct payment_charge_amounts {
    optional<decimal> original{};  ///< amount charged
    optional<decimal> refunded{};  ///< part of it refunded
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_charge_amounts, original, refunded);
};

/// One entry of `charges_details` (declared by Node only; `[]` in fixtures).
struct payment_charges_detail {
    optional<std::string> id{};  ///< the charge's id, as text
    optional<std::string> name{};  ///< the charge's name; values not documented
    optional<std::string> type{};  ///< the charge's type; plain text
    optional<payment_charge_accounts> accounts{};  ///< accounts the charge moves money between
    optional<std::int64_t> client_id{};  ///< a client (application) id, an integer; meaning not documented
    optional<timestamp> date_created{};  ///< Node declares a string; a timestamp keeps any text
    optional<timestamp> last_updated{};  ///< when the charge last changed
    optional<payment_charge_amounts> amounts{};  ///< original and refunded amounts
    optional<free_form> metadata{};    ///< free-form
    optional<free_form> reserve_id{};  ///< declared free-form
    optional<std::vector<free_form>> refund_charges{};  ///< element shape not declared
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_charges_detail,
                      id, name, type, accounts, client_id, date_created, last_updated, amounts, metadata, reserve_id,
                      refund_charges);
};

// --- the payment -----------------------------------------------------------------------

/// A payment: what create, get, update (capture, cancel) and each search result return. Every member is optional, since
/// the API omits, nulls or blanks fields freely.
struct payment {
    optional<std::int64_t> id{};  ///< the payment's id, assigned by Mercado Pago; exceeds 2^31 (17014025134)
    optional<timestamp> date_created{};  ///< when the payment was created
    optional<timestamp> date_approved{};  ///< when the payment was approved; null until then
    optional<timestamp> date_last_updated{};  ///< when the payment last changed (status, refunds, …)
    /// when a pending payment expires; null on card payments, set on Pix/boleto
    optional<timestamp> date_of_expiration{};
    /// when the money becomes available to the seller; "" is read as absent (and written back as "")
    optional<timestamp> money_release_date{};
    /// how the money is released to the seller; plain text, null in fixtures
    optional<std::string> money_release_schema{};
    /// whether the seller's money is released yet; plain text, null in fixtures
    optional<std::string> money_release_status{};
    /// kind of operation: regular_payment, recurring_payment, … (open set: text)
    optional<std::string> operation_type{};
    optional<std::string> issuer_id{};  ///< card issuer id; a string on the wire ("24")
    optional<std::string> payment_method_id{};  ///< method used: visa, master, pix, bolbradesco, pse, …
    /// kind of method (credit_card, ticket, bank_transfer, …); open set: unknown values are kept
    optional<payment_type> payment_type_id{};
    /// state of the payment (pending, approved, rejected, …); open set: unknown values are kept
    optional<payment_status> status{};
    /// why the payment is in its status (accredited, cc_rejected_…); open set: unknown values are kept
    optional<payment_status_detail> status_detail{};
    optional<std::string> currency_id{};  ///< ISO 4217 currency code of the amounts: ARS, BRL, … (open: text)
    optional<std::string> description{};  ///< the description sent with the payment
    optional<bool> live_mode{};  ///< whether the payment was made in production rather than sandbox mode
    optional<std::int64_t> sponsor_id{};  ///< Mercado Pago account id of a sponsoring platform; usually null
    /// the issuer's authorization code of a card payment (e.g. "301299"); null otherwise
    optional<std::string> authorization_code{};
    /// certified-integrator id, as the X-Integrator-Id header sent it; usually null
    optional<std::string> integrator_id{};
    optional<std::string> platform_id{};  ///< platform id, as the X-Platform-Id header sent it; usually null
    optional<std::string> corporation_id{};  ///< corporation id, as the X-Corporation-Id header sent it; usually null
    optional<std::int64_t> collector_id{};  ///< Mercado Pago user id of the seller who receives the money
    optional<payment_payer> payer{};  ///< the buyer; search results may send `[]`, which reads as absent
    optional<free_form> metadata{};  ///< free-form, as the integrator sent it
    /// items, buyer and delivery details sent for fraud prevention
    optional<payment_additional_info> additional_info{};
    optional<payment_order> order{};  ///< the merchant order the payment belongs to; `{}` when none
    /// the merchant's own reference (e.g. an order number), as sent on create; searchable
    optional<std::string> external_reference{};
    optional<decimal> transaction_amount{};  ///< amount charged, in currency_id, before financing interest
    optional<decimal> transaction_amount_refunded{};  ///< total refunded so far, in currency_id
    optional<decimal> coupon_amount{};  ///< discount granted by a coupon, in currency_id
    /// id of a differential-pricing setting; int or string across SDKs (deprecated): text keeps both
    optional<std::string> differential_pricing_id{};
    optional<int> installments{};  ///< number of installments (1 for non-card methods)
    /// net and total amounts, voucher URL and bank references
    optional<payment_transaction_details> transaction_details{};
    optional<std::vector<payment_fee_detail>> fee_details{};  ///< fees charged on the payment; may be empty
    optional<bool> captured{};  ///< may be false on an approved payment: do not infer it from status
    optional<bool> binary_mode{};  ///< when true the payment can only end approved or rejected, never pending
    /// reference for authorizing the charge with the issuer by phone; usually null
    optional<std::string> call_for_authorize_id{};
    optional<std::string> statement_descriptor{};  ///< how the charge appears on the buyer's card statement
    optional<payment_card> card{};  ///< the card used; `{}` for non-card payments
    optional<std::string> notification_url{};  ///< URL that receives this payment's webhooks, as sent on create
    optional<std::string> callback_url{};  ///< where the buyer is sent back after paying by bank transfer (e.g. PSE)
    /// processing model: aggregator (Mercado Pago's acquiring) or gateway (the seller's own merchant accounts)
    optional<std::string> processing_mode{};
    optional<std::string> merchant_account_id{};  ///< merchant account used in gateway mode; null in fixtures
    optional<std::string> merchant_number{};  ///< merchant number used in gateway mode; null in fixtures
    optional<std::string> coupon_code{};  ///< code of the coupon applied
    optional<decimal> net_amount{};  ///< amount net of taxes (see taxes); null in fixtures
    /// id of the payment method option used, as text; format not documented
    optional<std::string> payment_method_option_id{};
    optional<std::vector<payment_tax>> taxes{};  ///< taxes applied (e.g. IVA)
    optional<decimal> taxes_amount{};  ///< total of the taxes, in currency_id
    /// Object (Java/.NET/Go) or string (Node); usually null. Kept as JSON so no
    /// form fails the payment; decode the object with payment_counter_currency.
    optional<free_form> counter_currency{};
    optional<decimal> shipping_amount{};  ///< shipping cost, in currency_id
    optional<std::string> pos_id{};  ///< the merchant's point-of-sale id (in-store payments); searchable
    optional<std::string> store_id{};  ///< the merchant's store id (in-store payments); searchable
    /// plain text declared by Java, Go and Node; null in fixtures, meaning not documented
    optional<std::string> deduction_schema{};
    optional<std::vector<refund>> refunds{};  ///< refunds of this payment; `[]` when none
    /// channel data: Pix QR code, bank transfer, recurring charges; `{}` on plain card payments
    optional<payment_point_of_interaction> point_of_interaction{};
    optional<payment_payment_method> payment_method{};  ///< the method used, with boleto rules and references
    /// the 3DS challenge to show the buyer when status_detail is pending_challenge
    optional<payment_three_ds_info> three_ds_info{};
    optional<free_form> internal_metadata{};  ///< free-form; keys may start with a digit ("3ds_status")
    optional<payment_expanded> expanded{};  ///< nodes filled only when the request asks to expand them
    optional<payment_amounts> amounts{};  ///< amounts in the payer's and the seller's currencies (cross-border)
    optional<std::int64_t> campaign_id{};  ///< id of a discount campaign; .NET only
    optional<payment_forward_data> forward_data{};  ///< payment-facilitator data (sub-merchant)
    optional<payment_back_urls> back_urls{};  ///< return URLs for the buyer; Go only
    optional<std::string> device_identifier{};  ///< an identifier of the buyer's device, as text; declared by Go only
    optional<std::string> device_id{};  ///< the buyer's device id (fraud prevention), as text; declared by Go only
    optional<std::string> build_version{};  ///< a build version string; Node only
    optional<std::vector<payment_charges_detail>> charges_details{};  ///< charges applied to the payment; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment,
                      id, date_created, date_approved, date_last_updated, date_of_expiration, money_release_date,
                      money_release_schema, money_release_status, operation_type, issuer_id, payment_method_id,
                      payment_type_id, status, status_detail, currency_id, description, live_mode, sponsor_id,
                      authorization_code, integrator_id, platform_id, corporation_id, collector_id, payer, metadata,
                      additional_info, order, external_reference, transaction_amount, transaction_amount_refunded,
                      coupon_amount, differential_pricing_id, installments, transaction_details, fee_details, captured,
                      binary_mode, call_for_authorize_id, statement_descriptor, card, notification_url, callback_url,
                      processing_mode, merchant_account_id, merchant_number, coupon_code, net_amount,
                      payment_method_option_id, taxes, taxes_amount, counter_currency, shipping_amount, pos_id,
                      store_id, deduction_schema, refunds, point_of_interaction, payment_method, three_ds_info,
                      internal_metadata, expanded, amounts, campaign_id, forward_data, back_urls, device_identifier,
                      device_id, build_version, charges_details);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(payment_address, payment_payer, payment_passenger, payment_route, payment_category_descriptor,
                   payment_item, payment_additional_info_payer, payment_receiver_address, payment_shipments,
                   payment_additional_info, payment_order, payment_barcode, payment_transaction_details,
                   payment_fee_detail, payment_tax, payment_counter_currency, payment_cardholder, payment_card,
                   payment_application_data, payment_bank_info_payer, payment_bank_info_collector, payment_bank_info,
                   payment_subscription_sequence, payment_invoice_period, payment_transaction_reference,
                   payment_transaction_data, payment_business_info, payment_point_of_interaction, payment_discount,
                   payment_penalty, payment_rules, payment_routing_data, payment_payment_method_data,
                   payment_payment_method, payment_three_ds_info, payment_gateway_reference, payment_expanded_gateway,
                   payment_expanded, payment_amounts_payer, payment_amounts_collector, payment_amounts,
                   payment_sub_merchant, payment_forward_data, payment_back_urls, payment_charge_accounts,
                   payment_charge_amounts, payment_charges_detail, payment);

}  // namespace mercadopago
// ---- end mercadopago/models/payment.hpp ----

// ---- begin mercadopago/models/payment_method.hpp ----
// Payment methods (`GET /v1/payment_methods`, a bare array of these).



#include <boost/json/object.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Availability of a payment method; open: unknown values are kept verbatim.
struct payment_method_status : open_enum<payment_method_status> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;
    static constexpr constant active{"active"};  ///< enabled: can be offered to buyers
    static constexpr constant deactive{"deactive"};  ///< disabled (the API's word for "deactivated")
    static constexpr constant temporally_deactive{"temporally_deactive"};  ///< temporarily off (sic: the API's spelling)
    static constexpr constant testing{"testing"};  ///< seen in real lists; undocumented: do not treat as active
    /// Every value this version names, e.g. to list or validate them.
    static constexpr std::array<constant, 4> known{active, deactive, temporally_deactive, testing};
};

/// Card-number prefixes (BIN) that select this method; the patterns are regexes.
struct payment_method_bin {
    optional<std::string> pattern{};  ///< regex the card number's leading digits must match, e.g. "^(502121)"
    optional<std::string> exclusion_pattern{};  ///< regex of BINs excluded although they match `pattern`; often null
    optional<std::string> installments_pattern{};  ///< null, "" or a regex
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_method_bin, pattern, exclusion_pattern, installments_pattern);
};

/// Card-number rule of a setting: how many digits, and which check applies.
struct payment_method_card_number {
    optional<std::int64_t> length{};  ///< an integer on the wire; one SDK declares text, which still decodes
    optional<std::string> validation{};  ///< "standard" (Luhn) or "none"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_method_card_number, length, validation);
};

/// Security-code (CVV) rule of a setting: whether it is asked, its length, where it is printed.
struct payment_method_security_code {
    optional<std::string> mode{};  ///< "mandatory" or "optional"
    optional<std::int64_t> length{};  ///< digits of the code: 3, or 4 on Amex
    optional<std::string> card_location{};  ///< "back" or "front"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_method_security_code, mode, length, card_location);
};

/// One card-number rule set of a method (a method may have several, or none).
struct payment_method_setting {
    optional<payment_method_bin> bin{};  ///< which card numbers this setting applies to
    optional<payment_method_card_number> card_number{};  ///< length and check of those card numbers
    optional<payment_method_security_code> security_code{};  ///< security code those cards need
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_method_setting, bin, card_number, security_code);
};

/// A bank through which a transfer method (PSE, Pix, …) is paid.
struct financial_institution {
    optional<std::string> id{};  ///< text: "1" on the wire; SDKs disagree (J/D long, G string, N number)
    optional<std::string> description{};  ///< the institution's display name, e.g. "PIX"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(financial_institution, id, description);
};

/// One payment method the seller's site accepts: a card brand, a voucher (boleto, OXXO), a transfer (Pix, PSE), …
/// Send its `id` as `payment_method_id` when creating a payment.
struct payment_method {
    optional<std::string> id{};  ///< "visa", "master", "pix", "bolbradesco", …
    optional<std::string> name{};  ///< display name, e.g. "Mastercard Débito"
    optional<std::string> payment_type_id{};  ///< "credit_card", "ticket", "bank_transfer", …
    optional<payment_method_status> status{};  ///< whether the method is usable now
    optional<std::string> secure_thumbnail{};  ///< https URL of the method's logo
    optional<std::string> thumbnail{};  ///< URL of the same logo as `secure_thumbnail`
    optional<std::string> deferred_capture{};  ///< "supported", "unsupported", "does_not_apply"
    optional<std::vector<payment_method_setting>> settings{};  ///< card rules per BIN range; `[]` for non-card methods
    optional<std::vector<std::string>> additional_info_needed{};  ///< e.g. "cardholder_name"
    optional<decimal> min_allowed_amount{};  ///< smallest amount this method accepts, in the site's currency
    optional<decimal> max_allowed_amount{};  ///< largest amount this method accepts, in the site's currency
    optional<std::int64_t> accreditation_time{};  ///< minutes
    optional<std::vector<financial_institution>> financial_institutions{};  ///< banks for transfer methods; often `[]`
    optional<std::vector<std::string>> processing_modes{};  ///< "aggregator", "gateway"
    optional<std::string> type{};          ///< declared by the Java SDK only
    optional<std::string> card_id{};       ///< declared by the Java SDK only
    optional<std::int64_t> installments{};  ///< declared by the Java SDK only
    extra_fields extra{};                 ///< BIN search results add e.g. `issuer` here

    MERCADOPAGO_FIELDS(payment_method,
                      id, name, payment_type_id, status, secure_thumbnail, thumbnail, deferred_capture, settings,
                      additional_info_needed, min_allowed_amount, max_allowed_amount, accreditation_time,
                      financial_institutions, processing_modes, type, card_id, installments);
};

/// `GET /v1/payment_methods/search?bins=…` (BIN lookup). No SDK types it and
/// the reference does not confirm its shape; it is read as a results page of
/// payment methods, with any member beyond those above kept in each `extra`.
using payment_method_search_page = results_page<payment_method>;

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(payment_method_bin, payment_method_card_number, payment_method_security_code, payment_method_setting,
                   financial_institution, payment_method);

}  // namespace mercadopago
// ---- end mercadopago/models/payment_method.hpp ----

// ---- begin mercadopago/models/payment_request.hpp ----
// Request bodies of the payment endpoints (shared reference models.md §2.1–2.3).
//
// Only what the caller sets is sent: an empty optional is omitted, never
// written as null. A non-optional member is required: encoding always writes
// it and decoding a body without it fails (`transaction_amount`). Nested
// objects reuse the response types of payment.hpp where the request shape is
// the same or a subset (items, additional_info.payer, point_of_interaction,
// transaction_details, order, taxes, amounts); the rest are payment_request_*.
//
//     mercadopago::payment_create_request req{
//         .transaction_amount = mercadopago::decimal("100.50"),
//         .token = token,
//         .payment_method_id = "master",
//         .installments = 1,
//         .capture = false,  // authorise only; capture later with payment_update_request
//     };



#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

// --- payer ---------------------------------------------------------------------

/// The payer's address as a create request sends it (more detail than responses echo).
struct payment_request_address {
    optional<std::string> zip_code{};  ///< postal code, as text
    optional<std::string> street_name{};  ///< street name, without the house number
    optional<std::string> street_number{};  ///< house number, as text
    optional<std::string> neighborhood{};  ///< neighborhood (bairro)
    optional<std::string> city{};  ///< city name
    optional<std::string> federal_unit{};  ///< Brazilian state code, e.g. "SP"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_address, zip_code, street_name, street_number, neighborhood, city, federal_unit);
};

/// The buyer as a create request sends it (`payer`).
struct payment_request_payer {
    optional<std::string> type{};  ///< who pays: "customer" (a saved customer: set id), "guest" or "registered"
    optional<std::string> id{};  ///< the customer id when type is "customer"
    optional<std::string> email{};  ///< the buyer's e-mail address
    optional<std::string> first_name{};  ///< the buyer's given name
    optional<std::string> last_name{};  ///< the buyer's family name
    optional<std::string> entity_type{};  ///< kind of buyer: "individual" or "association"
    /// the buyer's identity document (type such as CPF or DNI, and number)
    optional<mercadopago::identification> identification{};
    optional<mercadopago::phone> phone{};  ///< the buyer's phone (area code, number)
    optional<payment_request_address> address{};  ///< the buyer's postal address
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_payer,
                      type, id, email, first_name, last_name, entity_type, identification, phone, address);
};

// --- additional_info ---------------------------------------------------------------

/// `additional_info.shipments` of a request: also says how the goods travel.
struct payment_request_shipments {
    optional<payment_receiver_address> receiver_address{};  ///< the delivery address
    optional<bool> local_pickup{};  ///< true when the buyer collects the goods in person
    optional<bool> express_shipment{};  ///< true for express delivery
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_shipments, receiver_address, local_pickup, express_shipment);
};

/// Data for fraud prevention; the more is sent, the better the approval rate.
struct payment_request_additional_info {
    optional<std::string> ip_address{};  ///< the buyer's IP address (fraud prevention)
    optional<std::vector<payment_item>> items{};  ///< what is bought: one entry per item
    /// buyer details for risk analysis (registration, last purchase, …)
    optional<payment_additional_info_payer> payer{};
    optional<payment_request_shipments> shipments{};  ///< delivery address and mode
    optional<payment_barcode> barcode{};  ///< a barcode object; Go only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_additional_info, ip_address, items, payer, shipments, barcode);
};

// --- payment_method: externally authenticated 3DS ------------------------------------

/// Result of a 3DS authentication done outside Mercado Pago.
struct payment_request_authentication {
    optional<std::string> acs_trans_id{};  ///< transaction id given by the issuer's access control server (ACS)
    optional<std::string> authentication_status{};  ///< outcome of the authentication, as the 3DS server reported it
    optional<std::string> cryptogram{};  ///< the authentication value (cryptogram) that proves the authentication
    optional<std::string> ds_trans_id{};  ///< transaction id given by the card network's directory server
    optional<std::string> eci{};  ///< electronic commerce indicator, as text (e.g. "05")
    optional<std::string> three_ds_server_trans_id{};  ///< transaction id given by the 3DS server
    optional<std::string> three_ds_version{};  ///< 3DS protocol version, e.g. "2.1.0"
    optional<std::string> type{};  ///< kind of authentication, as text; values not documented here
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_authentication,
                      acs_trans_id, authentication_status, cryptogram, ds_trans_id, eci, three_ds_server_trans_id,
                      three_ds_version, type);
};

/// `payment_method.data` of a create request.
struct payment_request_payment_method_data {
    optional<payment_request_authentication> authentication{};  ///< the external 3DS result
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_payment_method_data, authentication);
};

/// `payment_method` of a create request: carries a 3DS authentication done outside Mercado Pago.
struct payment_request_payment_method {
    optional<std::string> type{};  ///< payment method type, as text
    optional<payment_request_payment_method_data> data{};  ///< the authentication data
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_payment_method, type, data);
};

// --- forward_data (payment facilitators) ----------------------------------------------

/// A payment facilitator's sub-merchant, sent in `forward_data`.
struct payment_request_sub_merchant {
    optional<std::string> sub_merchant_id{};  ///< the facilitator's id for the sub-merchant
    optional<std::string> mcc{};  ///< merchant category code (4 digits), as text
    optional<std::string> country{};  ///< the sub-merchant's country
    optional<std::int64_t> address_door_number{};  ///< the sub-merchant's house number; an integer on the wire
    optional<std::string> zip{};  ///< the sub-merchant's postal code
    optional<std::string> document_number{};  ///< the sub-merchant's tax or identity document number
    optional<std::string> city{};  ///< the sub-merchant's city
    optional<std::string> address_street{};  ///< the sub-merchant's street
    optional<std::string> business_name{};  ///< the sub-merchant's trade name
    optional<std::string> region_code_iso{};  ///< the sub-merchant's region (state) code in ISO form
    optional<std::string> region_code{};  ///< the sub-merchant's region (state) code
    optional<std::string> document_type{};  ///< type of document_number (e.g. "CNPJ")
    optional<std::string> phone{};  ///< the sub-merchant's phone number, as text
    optional<std::string> url{};  ///< the sub-merchant's website
    optional<std::string> legal_name{};  ///< the sub-merchant's registered legal name
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_sub_merchant,
                      sub_merchant_id, mcc, country, address_door_number, zip, document_number, city, address_street,
                      business_name, region_code_iso, region_code, document_type, phone, url, legal_name);
};

/// Card-network data forwarded with a payment (`forward_data.network_transaction_data`).
struct payment_request_network_transaction_data {
    optional<std::string> network_transaction_id{};  ///< a transaction id issued by the card network, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_network_transaction_data, network_transaction_id);
};

/// `forward_data` of a create request: payment-facilitator and card-network data.
struct payment_request_forward_data {
    optional<payment_request_sub_merchant> sub_merchant{};  ///< the facilitator's sub-merchant making the sale
    optional<payment_request_network_transaction_data> network_transaction_data{};  ///< card-network transaction data
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_forward_data, sub_merchant, network_transaction_data);
};

// --- POST /v1/payments -----------------------------------------------------------------

/// Body of `POST /v1/payments`. Set what the payment method needs (a card payment: token, payment_method_id,
/// installments, payer.email); unset members are not sent.
struct payment_create_request {
    decimal transaction_amount{};  ///< amount to charge, in the site's currency; required: the only non-optional member
    optional<std::string> token{};  ///< single-use card token; card payments only
    optional<std::string> payment_method_id{};  ///< method id: "visa", "master", "pix", "bolbradesco", "pse", …
    optional<int> installments{};  ///< 1 for non-card methods
    optional<std::string> issuer_id{};  ///< card issuer id; Java/Go/.NET send a string, Node a number
    optional<std::string> description{};  ///< description of the purchase
    /// your own reference (e.g. an order id); returned on the payment and searchable
    optional<std::string> external_reference{};
    optional<std::string> statement_descriptor{};  ///< text shown on the buyer's card statement
    optional<std::string> callback_url{};  ///< where the buyer returns after paying by bank transfer (e.g. PSE)
    /// URL that receives this payment's webhooks; must be a valid URL (cause 4020)
    optional<std::string> notification_url{};
    optional<bool> capture{};  ///< optional<bool>, so `false` (authorise only) is sent and unset is omitted
    optional<bool> binary_mode{};  ///< true: the payment ends approved or rejected, never pending
    /// when a pending payment (Pix, boleto) expires; format yyyy-MM-dd'T'HH:mm:ss.SSSZ
    optional<timestamp> date_of_expiration{};
    optional<free_form> metadata{};  ///< free-form, but it must be an object
    /// "not_supported" (default) or "optional": a 3DS challenge may answer pending_challenge
    optional<std::string> three_d_secure_mode{};
    optional<payment_request_payer> payer{};  ///< the buyer
    /// items, buyer and delivery details for fraud prevention
    optional<payment_request_additional_info> additional_info{};
    optional<decimal> application_fee{};  ///< the marketplace's commission on this payment, 0 ≤ fee ≤ amount
    optional<std::int64_t> campaign_id{};  ///< discount campaign id; Java/.NET/Go send an integer (Node a string)
    optional<decimal> coupon_amount{};  ///< discount granted by a coupon
    optional<std::string> coupon_code{};  ///< code of the coupon applied
    optional<std::int64_t> differential_pricing_id{};  ///< id of a differential-pricing setting; deprecated
    optional<std::int64_t> sponsor_id{};  ///< Mercado Pago account id of a sponsoring platform
    /// channel and recurring-charge data (subscription sequence, references, …)
    optional<payment_point_of_interaction> point_of_interaction{};
    optional<payment_transaction_details> transaction_details{};  ///< `{financial_institution}` for PSE
    optional<payment_request_payment_method> payment_method{};  ///< a 3DS authentication done outside Mercado Pago
    optional<payment_request_forward_data> forward_data{};  ///< payment-facilitator and card-network data
    optional<std::string> merchant_account_id{};  ///< merchant account to process with (gateway mode)
    optional<free_form> merchant_services{};  ///< shape not documented: sent as given
    optional<decimal> net_amount{};  ///< amount net of taxes (see taxes)
    optional<payment_order> order{};  ///< the merchant order to attach the payment to
    /// id of a payment method option, as text; format not documented
    optional<std::string> payment_method_option_id{};
    optional<std::string> processing_mode{};  ///< processing model: "aggregator" or "gateway"
    optional<std::vector<payment_tax>> taxes{};  ///< taxes to apply (e.g. IVA)
    optional<payment_amounts> amounts{};  ///< amounts in the payer's and the seller's currencies (cross-border)
    /// currency conversion data; an object in every SDK that sends it
    optional<payment_counter_currency> counter_currency{};
    optional<std::string> marketplace{};  ///< marketplace id; .NET only
    optional<std::string> device_id{};    ///< Go only (the X-meli-session-id header is the usual channel)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_create_request,
                      transaction_amount, token, payment_method_id, installments, issuer_id, description,
                      external_reference, statement_descriptor, callback_url, notification_url, capture, binary_mode,
                      date_of_expiration, metadata, three_d_secure_mode, payer, additional_info, application_fee,
                      campaign_id, coupon_amount, coupon_code, differential_pricing_id, sponsor_id,
                      point_of_interaction, transaction_details, payment_method, forward_data, merchant_account_id,
                      merchant_services, net_amount, order, payment_method_option_id, processing_mode, taxes, amounts,
                      counter_currency, marketplace, device_id);
};

// --- PUT /v1/payments/{id} -------------------------------------------------------------

/// Capture (`capture = true`, optionally a smaller `transaction_amount`) or
/// cancel (`status = payment_status::cancelled`) a payment.
struct payment_update_request {
    /// set to cancel: only "cancelled" is accepted, from pending/in_process/authorized
    optional<payment_status> status{};
    optional<bool> capture{};  ///< true captures an authorized payment (status authorized)
    optional<decimal> transaction_amount{};  ///< with capture: partial capture, at most the authorised amount
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_update_request, status, capture, transaction_amount);
};

// --- POST /v1/payments/{id}/refunds -------------------------------------------------------

/// Empty (`{}`) refunds the whole payment; `amount` set refunds that part.
struct refund_create_request {
    optional<decimal> amount{};  ///< part to refund, in the payment's currency; unset refunds the whole payment
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(refund_create_request, amount);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(payment_request_address, payment_request_payer, payment_request_shipments,
                   payment_request_additional_info, payment_request_authentication, payment_request_payment_method_data,
                   payment_request_payment_method, payment_request_sub_merchant,
                   payment_request_network_transaction_data, payment_request_forward_data, payment_create_request,
                   payment_update_request, refund_create_request);

}  // namespace mercadopago
// ---- end mercadopago/models/payment_request.hpp ----

// ---- begin mercadopago/models/preference.hpp ----
// A Checkout Pro preference (`POST/GET/PUT /checkout/preferences…`, shared
// reference models.md "Preference"), and the summaries that
// `GET /checkout/preferences/search` lists.
//
// Every field any of the four typed SDKs declares is a member. Conventions,
// as in payment.hpp:
//   * money is `decimal`, written back as a JSON number with the digits it
//     came with (`unit_price` arrives as `4000`, `58.80` and `0.0`);
//   * `client_id` is text ("6245132082630004") while `collector_id` is a
//     number: each keeps its own kind;
//   * fields the SDKs declare as "number or string" are std::string: the
//     codec reads a JSON number into the string and writes it back as a number;
//   * a preference created with only items comes back full of `""` and
//     `null` placeholders (`excluded_payment_methods:[{"id":""}]`): an
//     explicit null is an empty optional and is written back as null.
// Keys no SDK declares (`collector{tags,operator_id}`, `headers`,
// `created_by_app`, `created_source`) stay in `extra`.



#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

// --- items -------------------------------------------------------------------------

/// An identity document as preferences carry it (payer, travellers).
struct preference_identification {
    optional<std::string> type{};    ///< CPF, CNPJ, DNI, …
    optional<std::string> number{};  ///< digits as text; a JSON number is kept as sent
    optional<std::string> identification{};  ///< Node only, declared a number: text keeps its digits
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_identification, type, number, identification);
};

/// A traveller (airline/transport items: `category_descriptor.passenger`).
struct preference_passenger {
    optional<std::string> first_name{};  ///< traveller's given name
    optional<std::string> last_name{};  ///< traveller's family name
    optional<preference_identification> identification{};  ///< Java, .NET and Node's nested form
    optional<std::string> identification_type{};            ///< Go's flat form
    optional<std::string> identification_number{};          ///< Go's flat form
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_passenger, first_name, last_name, identification, identification_type,
                       identification_number);
};

/// A trip (`category_descriptor.route`).
struct preference_route {
    optional<std::string> departure{};  ///< where the trip starts, as text
    optional<std::string> destination{};  ///< where the trip ends, as text
    optional<timestamp> departure_date_time{};  ///< when the trip starts (ISO-8601)
    optional<timestamp> arrival_date_time{};  ///< when the trip ends (ISO-8601)
    optional<std::string> company{};  ///< the carrier (airline, bus company, …)
    optional<std::string> origin_id{};  ///< id of the departure place; Node only
    optional<std::string> destination_id{};  ///< id of the destination; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_route, departure, destination, departure_date_time, arrival_date_time, company,
                       origin_id, destination_id);
};

/// Extra description of an item (tickets, travel).
struct preference_category_descriptor {
    optional<preference_passenger> passenger{};  ///< the traveller
    optional<preference_route> route{};  ///< the trip
    optional<timestamp> event_date{};  ///< date of the event a ticket is for (ISO-8601)
    optional<std::string> type{};  ///< Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_category_descriptor, passenger, route, event_date, type);
};

/// One item sold; a preference needs at least one.
struct preference_item {
    optional<std::string> id{};  ///< the seller's own item id
    optional<std::string> title{};  ///< item name shown at checkout
    optional<std::string> type{};  ///< item type, as text
    optional<std::string> description{};  ///< longer description of the item
    optional<std::string> picture_url{};  ///< URL of a picture shown at checkout
    optional<std::string> category_id{};  ///< item category id, as text (`""` on items created without one)
    optional<std::int64_t> quantity{};  ///< number of units (a JSON integer)
    optional<decimal> unit_price{};  ///< price of one unit in `currency_id`; a JSON number: `4000`, `58.80`
    optional<bool> warranty{};       ///< Go declares a string; bool also reads "true"/"false" text
    optional<std::string> currency_id{};  ///< ISO 4217 currency code (`BRL`, `ARS`, …)
    optional<preference_category_descriptor> category_descriptor{};  ///< extra description for tickets and travel
    optional<timestamp> event_date{};  ///< date of the event a ticket is for; .NET and Node
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_item, id, title, type, description, picture_url, category_id, quantity, unit_price,
                       warranty, currency_id, category_descriptor, event_date);
};

// --- payer -------------------------------------------------------------------------

/// A postal address as preferences carry it (payer, Go's receiver_address.address).
struct preference_payer_address {
    optional<std::string> street_name{};  ///< street name, without the house number
    optional<std::string> street_number{};  ///< text ("123"); null on an empty preference
    optional<std::string> zip_code{};  ///< postal code, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_payer_address, street_name, street_number, zip_code);
};

/// The buyer, if known in advance. Note `name`/`surname`, not the
/// `first_name`/`last_name` of payments; every string is `""` when unset.
struct preference_payer {
    optional<std::string> name{};  ///< buyer's given name (`name`, not `first_name`)
    optional<std::string> surname{};  ///< buyer's family name (`surname`, not `last_name`)
    optional<std::string> email{};  ///< buyer's e-mail
    optional<mercadopago::phone> phone{};  ///< buyer's phone: area code and number, both text
    optional<preference_identification> identification{};  ///< buyer's identity document
    optional<preference_payer_address> address{};  ///< buyer's postal address
    optional<timestamp> date_created{};  ///< when the buyer was registered (ISO-8601); null in the answers seen
    optional<timestamp> last_purchase{};  ///< date of the buyer's last purchase (ISO-8601); null in the answers seen
    optional<std::string> authentication_type{};  ///< how the buyer signed in on the seller's site, as text
    optional<bool> is_prime_user{};  ///< whether the buyer is a premium member of the seller's site
    optional<bool> is_first_purchase_online{};  ///< whether this is the buyer's first purchase online
    optional<timestamp> registration_date{};  ///< when the buyer registered on the seller's site (ISO-8601)
    optional<timestamp> last_purchase_date{};  ///< date of the buyer's last purchase; Go only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_payer, name, surname, email, phone, identification, address, date_created,
                       last_purchase, authentication_type, is_prime_user, is_first_purchase_online, registration_date,
                       last_purchase_date);
};

// --- payment methods, back urls ----------------------------------------------------------

/// `{"id":…}`: an excluded payment method or payment type. The API answers
/// `[{"id":""}]` when none is excluded; that entry is kept as it came.
struct preference_excluded_id {
    /// Payment method id (`visa`) or payment type id (`ticket`); `""` in the placeholder entry.
    optional<std::string> id{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_excluded_id, id);
};

/// Which payment methods checkout offers, and how many installments.
struct preference_payment_methods {
    optional<std::vector<preference_excluded_id>> excluded_payment_methods{};  ///< master, visa, …
    optional<std::vector<preference_excluded_id>> excluded_payment_types{};    ///< ticket, atm, …
    /// Payment method selected at first (`visa`, …); null on an empty preference.
    optional<std::string> default_payment_method_id{};
    optional<std::int64_t> installments{};  ///< the most the buyer may choose
    optional<std::int64_t> default_installments{};  ///< installment count selected at first
    optional<std::string> default_card_id{};  ///< saved card selected at first; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_payment_methods, excluded_payment_methods, excluded_payment_types,
                       default_payment_method_id, installments, default_installments, default_card_id);
};

/// Where the buyer is sent back to after paying; also the shape of Node's
/// `redirect_urls` (all `""` in every fixture).
struct preference_back_urls {
    optional<std::string> success{};  ///< where the buyer goes after an approved payment (`""` when unset)
    optional<std::string> pending{};  ///< where the buyer goes when the payment is pending (`""` when unset)
    optional<std::string> failure{};  ///< where the buyer goes after a failed payment (`""` when unset)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_back_urls, success, pending, failure);
};

// --- shipments -------------------------------------------------------------------------

/// A shipping method offered for free: `{id}`.
struct preference_free_method {
    optional<std::int64_t> id{};  ///< a shipping method id
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_free_method, id);
};

/// The delivery address in `shipments`.
struct preference_receiver_address {
    optional<std::string> zip_code{};  ///< postal code, as text
    optional<std::string> street_name{};  ///< street name, without the house number
    optional<std::string> street_number{};  ///< house number, as text; null on an empty preference
    optional<std::string> floor{};  ///< floor, as text
    optional<std::string> apartment{};  ///< apartment, as text
    optional<std::string> city_name{};  ///< city name (a name, not an id)
    optional<std::string> state_name{};  ///< state or province name
    optional<std::string> country_name{};  ///< country name
    /// Go only: the street, number and postal code nested one level down.
    optional<preference_payer_address> address{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_receiver_address, zip_code, street_name, street_number, floor, apartment,
                       city_name, state_name, country_name, address);
};

/// How the goods are shipped: Mercado Envios (`me2`), the seller's own way (`custom`), or `not_specified`.
struct preference_shipments {
    optional<std::string> mode{};  ///< custom, me2, not_specified
    optional<bool> local_pickup{};  ///< true when the buyer may collect the goods
    optional<std::string> dimensions{};  ///< one string: "10x10x20,500"
    optional<std::string> default_shipping_method{};  ///< number or string across SDKs: text keeps both
    optional<std::vector<preference_free_method>> free_methods{};  ///< shipping methods offered for free
    optional<decimal> cost{};  ///< shipping cost the buyer pays (a JSON number, digits kept)
    optional<bool> free_shipping{};  ///< true when shipping costs the buyer nothing
    optional<preference_receiver_address> receiver_address{};  ///< where the goods go
    optional<bool> express_shipment{};  ///< true for express delivery
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_shipments, mode, local_pickup, dimensions, default_shipping_method, free_methods,
                       cost, free_shipping, receiver_address, express_shipment);
};

// --- pricing, taxes, tracking, amounts ---------------------------------------------------

/// A differential-pricing scheme: `{id}`.
struct preference_differential_pricing {
    optional<std::int64_t> id{};  ///< id of the pricing scheme (integer)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_differential_pricing, id);
};

/// A tax on the purchase.
struct preference_tax {
    optional<std::string> type{};  ///< e.g. IVA
    optional<decimal> value{};  ///< value of the tax (a JSON number, digits kept)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_tax, type, value);
};

/// The ids of a conversion tracker (Google Ads, Facebook pixel).
struct preference_track_values {
    optional<std::string> conversion_id{};  ///< Google Ads conversion id
    optional<std::string> conversion_label{};  ///< Google Ads conversion label
    optional<std::string> pixel_id{};  ///< Facebook pixel id
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_track_values, conversion_id, conversion_label, pixel_id);
};

/// A conversion tracker run on the checkout pages.
struct preference_track {
    optional<std::string> type{};  ///< google_ad, facebook_ad
    optional<preference_track_values> values{};  ///< the tracker's ids
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_track, type, values);
};

/// One side of `amounts`: what the payer pays, or the collector receives,
/// in its own currency.
struct preference_amount {
    optional<std::string> currency_id{};  ///< ISO 4217 currency code of this side
    optional<decimal> transaction{};  ///< the amount in that currency (a JSON number, digits kept)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_amount, currency_id, transaction);
};

/// Java, .NET and Go: amounts of a cross-currency preference.
struct preference_amounts {
    optional<preference_amount> payer{};  ///< what the payer pays
    optional<preference_amount> collector{};  ///< what the collector (seller) receives
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_amounts, payer, collector);
};

/// The other currency of a cross-currency preference (Java, .NET, Go): `{currency_id}`.
struct preference_counter_currency {
    optional<std::string> currency_id{};  ///< ISO 4217 currency code
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_counter_currency, currency_id);
};

// --- the preference -----------------------------------------------------------------------

/// A Checkout Pro preference: what is sold and how checkout behaves. Send the buyer to `init_point`.
struct preference {
    optional<std::string> id{};         ///< "<collector_id>-<uuid>"
    optional<std::string> init_point{};  ///< the checkout URL to send the buyer to
    optional<std::string> sandbox_init_point{};  ///< checkout URL for tests
    optional<std::vector<preference_item>> items{};  ///< what is sold
    optional<preference_payer> payer{};  ///< the buyer, when known in advance
    optional<std::string> client_id{};  ///< the application id, as text ("6245132082630004")
    optional<std::int64_t> collector_id{};  ///< the seller's user id (a JSON number)
    optional<std::string> site_id{};  ///< MLB, MLA, …
    /// Payment methods excluded or preselected, and installments.
    optional<preference_payment_methods> payment_methods{};
    optional<preference_back_urls> back_urls{};  ///< where checkout sends the buyer afterwards
    optional<preference_back_urls> redirect_urls{};  ///< Node only
    optional<std::string> auto_return{};              ///< approved, all, or ""
    optional<preference_shipments> shipments{};  ///< how the goods are shipped, and at what cost
    optional<std::string> notification_url{};  ///< where notifications of its payments go (https); null when unset
    optional<std::string> statement_descriptor{};  ///< text shown on the buyer's card statement
    optional<std::string> external_reference{};  ///< the seller's own reference (e.g. an order number)
    /// True when the preference can be paid only between `expiration_date_from` and `expiration_date_to`.
    optional<bool> expires{};
    optional<timestamp> date_of_expiration{};  ///< of the cash payments made from it
    optional<timestamp> expiration_date_from{};  ///< start of the period it can be paid in; null when unset
    optional<timestamp> expiration_date_to{};  ///< end of the period it can be paid in; null when unset
    optional<std::string> marketplace{};  ///< "NONE" when not a marketplace, or "MP-MKT-<client_id>"
    optional<decimal> marketplace_fee{};  ///< the marketplace's commission (a JSON number, digits kept)
    optional<std::string> additional_info{};  ///< free text; `""` when unset
    optional<std::string> operation_type{};  ///< regular_payment, money_transfer
    optional<std::string> purpose{};         ///< wallet_purchase, onboarding_credits, or ""
    optional<preference_differential_pricing> differential_pricing{};  ///< pricing scheme, `{id}`
    optional<std::vector<std::string>> processing_modes{};  ///< ["aggregator"], or null
    optional<bool> binary_mode{};  ///< true: payments are approved or rejected at once, never left pending
    optional<std::vector<preference_tax>> taxes{};  ///< taxes on the purchase
    optional<std::vector<preference_track>> tracks{};  ///< conversion trackers run on checkout
    optional<free_form> metadata{};           ///< free-form, as the integrator sent it
    optional<free_form> internal_metadata{};  ///< Node only; free-form
    optional<preference_amounts> amounts{};  ///< amounts of a cross-currency preference; Java, .NET and Go
    /// The other currency of a cross-currency preference; Java, .NET and Go.
    optional<preference_counter_currency> counter_currency{};
    optional<std::int64_t> sponsor_id{};  ///< id of the sponsor account (integer); .NET only
    optional<std::string> coupon_code{};                ///< Node only
    optional<std::vector<std::string>> coupon_labels{};  ///< Node only
    optional<timestamp> date_created{};  ///< when the preference was created
    optional<timestamp> last_updated{};  ///< null until the first update
    // Declared by no SDK, but in the API's answers:
    optional<decimal> total_amount{};  ///< the items' total; null, `8000` or `58.80`
    optional<std::string> product_id{};  ///< undeclared by the SDKs; null in the answers seen
    optional<bool> live_mode{};  ///< true for a production preference, false for a test one; undeclared by the SDKs
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference, id, init_point, sandbox_init_point, items, payer, client_id, collector_id, site_id,
                       payment_methods, back_urls, redirect_urls, auto_return, shipments, notification_url,
                       statement_descriptor, external_reference, expires, date_of_expiration, expiration_date_from,
                       expiration_date_to, marketplace, marketplace_fee, additional_info, operation_type, purpose,
                       differential_pricing, processing_modes, binary_mode, taxes, tracks, metadata,
                       internal_metadata, amounts, counter_currency, sponsor_id, coupon_code, coupon_labels,
                       date_created, last_updated, total_amount, product_id, live_mode);
};

// --- search ---------------------------------------------------------------------------------

/// One element of `GET /checkout/preferences/search`: a summary, not a
/// preference. Its `items` are the items' titles, and the payer is reduced to
/// `payer_email`/`payer_id`. Page with `next_offset` as sent: it is not
/// offset + count.
struct preference_search_element {
    optional<std::string> id{};  ///< preference id, `<collector_id>-<uuid>`
    optional<std::string> client_id{};  ///< numeric text
    optional<std::int64_t> collector_id{};  ///< the seller's user id (a JSON number)
    optional<std::string> concept_id{};  ///< Node declares a number; always null so far: text keeps both
    optional<std::string> corporation_id{};  ///< corporation id of the integration; `""` when unset
    optional<std::string> integrator_id{};  ///< integrator id of the integration; `""` when unset
    optional<std::string> platform_id{};  ///< platform id of the integration; `""` when unset
    optional<timestamp> date_created{};  ///< when the preference was created
    /// Start of the period it can be paid in (its UTC offset may differ from date_created's).
    optional<timestamp> expiration_date_from{};
    optional<timestamp> expiration_date_to{};  ///< end of the period it can be paid in
    optional<bool> expires{};  ///< true when it can be paid only in that period
    optional<std::string> external_reference{};  ///< the seller's own reference
    optional<std::vector<std::string>> items{};  ///< titles (`["Games"]`)
    optional<timestamp> last_updated{};  ///< when it last changed; null until then
    optional<bool> live_mode{};  ///< true for a production preference, false for a test one
    optional<std::string> marketplace{};  ///< `NONE` when not a marketplace, or `MP-MKT-<client_id>`
    optional<std::string> operation_type{};  ///< `regular_payment`, `money_transfer`, …
    optional<std::string> payer_email{};  ///< the buyer's e-mail set on the preference
    optional<std::string> payer_id{};  ///< string (Java, Go) or number (Node): text keeps both
    optional<std::vector<std::string>> processing_modes{};  ///< `["aggregator"]`, or null
    optional<std::string> product_id{};  ///< product id, as text (`""` in the answers seen)
    optional<std::string> purpose{};  ///< `wallet_purchase`, `onboarding_credits`, or `""`
    optional<std::string> site_id{};  ///< Mercado Pago site: `MLB`, `MLA`, …
    optional<std::int64_t> sponsor_id{};  ///< 0 when none
    optional<std::string> shipping_mode{};  ///< the shipments' mode (`custom`, …)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_search_element, id, client_id, collector_id, concept_id, corporation_id,
                       integrator_id, platform_id, date_created, expiration_date_from, expiration_date_to, expires,
                       external_reference, items, last_updated, live_mode, marketplace, operation_type, payer_email,
                       payer_id, processing_modes, product_id, purpose, site_id, sponsor_id, shipping_mode);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(preference_identification, preference_passenger, preference_route, preference_category_descriptor,
                   preference_item, preference_payer_address, preference_payer, preference_excluded_id,
                   preference_payment_methods, preference_back_urls, preference_free_method,
                   preference_receiver_address, preference_shipments, preference_differential_pricing,
                   preference_tax, preference_track_values, preference_track, preference_amount,
                   preference_amounts, preference_counter_currency, preference, preference_search_element);

}  // namespace mercadopago
// ---- end mercadopago/models/preference.hpp ----

// ---- begin mercadopago/models/preference_request.hpp ----
// The body of `POST /checkout/preferences` and `PUT /checkout/preferences/{id}`
// (shared reference models.md §2.7), built from the parts of preference.hpp.
// Only the members a caller sets are sent. Money (`unit_price`, `cost`,
// `marketplace_fee`, tax values) is written as a JSON number with the digits
// the decimal holds: decimal("10.5") goes out as 10.5, never through a double.
// What only the API fills in (id, init_point, collector_id, dates created and
// updated) is in `preference`, not here.



#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The body that creates a preference, or the members of one to change. Unset members are not sent.
struct preference_request {
    std::vector<preference_item> items{};  ///< required: at least one
    /// The buyer, to prefill checkout (`name`/`surname`, not `first_name`/`last_name`).
    optional<preference_payer> payer{};
    optional<preference_back_urls> back_urls{};  ///< where checkout sends the buyer afterwards
    optional<std::string> auto_return{};  ///< approved or all; needs back_urls.success
    /// Payment methods to exclude or preselect, and the most installments to offer.
    optional<preference_payment_methods> payment_methods{};
    optional<std::string> notification_url{};  ///< https
    optional<std::string> statement_descriptor{};  ///< text shown on the buyer's card statement
    /// Your own reference (e.g. your order number), to find the payments made from it.
    optional<std::string> external_reference{};
    /// True to accept payments only between `expiration_date_from` and `expiration_date_to`.
    optional<bool> expires{};
    /// When the cash payments (tickets) made from the preference expire.
    optional<timestamp> date_of_expiration{};
    optional<timestamp> expiration_date_from{};  ///< start of the period it can be paid in
    optional<timestamp> expiration_date_to{};  ///< end of the period it can be paid in
    optional<std::string> marketplace{};  ///< `MP-MKT-<client_id>` for a marketplace, or `NONE`
    /// The marketplace's commission; written as a JSON number with the decimal's digits.
    optional<decimal> marketplace_fee{};
    optional<std::string> additional_info{};  ///< free text kept with the preference
    optional<bool> binary_mode{};  ///< approved or rejected at once, never pending
    optional<preference_differential_pricing> differential_pricing{};  ///< pricing scheme to apply, `{id}`
    optional<std::vector<std::string>> processing_modes{};  ///< processing modes, e.g. `["aggregator"]`
    optional<preference_shipments> shipments{};  ///< how the goods are shipped, and at what cost
    optional<std::vector<preference_tax>> taxes{};  ///< taxes on the purchase
    /// Conversion trackers to run on checkout (Google Ads, Facebook pixel).
    optional<std::vector<preference_track>> tracks{};
    optional<free_form> metadata{};  ///< free-form; the API gives it back as sent
    optional<std::string> purpose{};  ///< `wallet_purchase` or `onboarding_credits`
    optional<std::string> operation_type{};  ///< `regular_payment` or `money_transfer`
    optional<std::string> coupon_code{};                 ///< Node only
    optional<std::vector<std::string>> coupon_labels{};  ///< Node only
    optional<preference_back_urls> redirect_urls{};      ///< Node only
    optional<preference_amounts> amounts{};                    ///< Java only
    optional<preference_counter_currency> counter_currency{};  ///< Java only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_request, items, payer, back_urls, auto_return, payment_methods, notification_url,
                       statement_descriptor, external_reference, expires, date_of_expiration, expiration_date_from,
                       expiration_date_to, marketplace, marketplace_fee, additional_info, binary_mode,
                       differential_pricing, processing_modes, shipments, taxes, tracks, metadata, purpose,
                       operation_type, coupon_code, coupon_labels, redirect_urls, amounts, counter_currency);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(preference_request);

}  // namespace mercadopago
// ---- end mercadopago/models/preference_request.hpp ----

// ---- begin mercadopago/models/user.hpp ----
// The account behind the access token (`GET /users/me`).
//
// Only the members the official SDKs declare are typed; the profile carries
// many more (reputation, status, company, …) that stay reachable in `extra`.



#include <boost/json/object.hpp>

#include <cstdint>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The Mercado Pago account the access token belongs to, as `GET /users/me` answers.
struct user {
    optional<std::int64_t> id{};  ///< the collector id of this account
    optional<std::string> nickname{};  ///< the account's public nickname
    optional<std::string> first_name{};  ///< the account holder's first name
    optional<std::string> last_name{};  ///< the account holder's last name
    optional<std::string> email{};  ///< the account's e-mail address (test users have one at testuser.com)
    optional<std::string> site_id{};     ///< "MLB", "MLA", …
    optional<std::string> country_id{};  ///< "BR", "AR", …
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(user, id, nickname, first_name, last_name, email, site_id, country_id);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(user);

}  // namespace mercadopago
// ---- end mercadopago/models/user.hpp ----

// The client side: calls, resources, the buyer-side public client, webhooks,
// buyer-facing outcome messages.

// ---- begin mercadopago/client.hpp ----
// mercadopago::client — calls any endpoint of the API with the access token.
//
//     mercadopago::client cli({.access_token = token});  // from the environment or a secret store
//     auto p = cli.payments().get(123);             // api_result<payment>
//     auto q = mercadopago::payments_api{cli}.get(123);  // the same facade, built from any client
//     auto r = cli.call<my_endpoint>({"123"});      // any endpoint descriptor
//
// One call = one logical operation: its idempotency key is made once and sent
// on every retry; retries follow retry_policy and backoff_policy within the
// call's total deadline. A client is safe to share between threads as long as
// its transport is (the default one is). Per-call options never change it.



// ---- begin mercadopago/api_result.hpp ----
// What a call to the API returns: result<T> plus what the exchange said.



// ---- begin mercadopago/http.hpp ----
// The HTTP vocabulary shared by the client and every transport.



// ---- begin mercadopago/detail/text.hpp ----
// Text helpers shared by HTTP headers, URLs, webhook signatures and the
// sandbox: case folding, trimming, percent-decoding and UTF-8 repair, each
// written once.


#include <cstddef>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

/// Equal ignoring ASCII case (header names, URL schemes).
constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

inline std::string lowercase(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

constexpr bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

/// `s` without leading and trailing ASCII white space.
constexpr std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

/// The value of a hex digit, or -1.
constexpr int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// `%41` → `A`, and `+` → space when `plus_is_space` (query strings, as web
/// frameworks' parsers read them; not path segments). A `%` not followed by
/// two hex digits is kept as it is.
inline std::string percent_decode(std::string_view s, bool plus_is_space) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2])));
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

/// `s` with every byte that does not belong to a well-formed UTF-8 sequence
/// (overlong forms, surrogates and code points past U+10FFFF included)
/// replaced by U+FFFD: text from a URL or a header that is about to go into
/// JSON, which must be UTF-8 (a fuzzer put `/v1\xEForders` into a sandbox
/// error message, and the answer was not JSON).
inline std::string utf8_or_replacement(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;  // continuation bytes expected
        unsigned char lo = 0x80, hi = 0xBF;  // the range of the first continuation byte
        if (b < 0x80) n = 0;
        else if (b >= 0xC2 && b <= 0xDF) n = 1;
        else if (b == 0xE0) n = 2, lo = 0xA0;
        else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) n = 2;
        else if (b == 0xED) n = 2, hi = 0x9F;  // no surrogates
        else if (b == 0xF0) n = 3, lo = 0x90;
        else if (b >= 0xF1 && b <= 0xF3) n = 3;
        else if (b == 0xF4) n = 3, hi = 0x8F;  // nothing past U+10FFFF
        else {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        std::size_t k = 1;
        for (; k <= n && i + k < s.size(); ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) break;
        }
        if (k == n + 1) {
            out.append(s.substr(i, n + 1));
            i += n + 1;
        } else {  // a sequence cut short: one replacement for what was read of it
            out += "\xEF\xBF\xBD";
            i += k;
        }
    }
    return out;
}

}  // namespace mercadopago::detail
// ---- end mercadopago/detail/text.hpp ----

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
// ---- end mercadopago/http.hpp ----

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
// ---- end mercadopago/api_result.hpp ----

// ---- begin mercadopago/client_options.hpp ----
// Options of a client: plain structs, filled with designated initializers.
//
//     mercadopago::client cli({.access_token = token, .integrator_id = "dev_123"});



// ---- begin mercadopago/backoff_policy.hpp ----
// How long to wait before retry number n: exponential growth with full jitter.


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
// ---- end mercadopago/backoff_policy.hpp ----

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// What a transport needs to reach the API. The default transport honours all
/// of it; another transport honours what its HTTP library can.
struct connection_options {
    /// Limit on opening a connection (with the Beast transport: resolve, connect, proxy tunnel and TLS handshake).
    std::chrono::milliseconds connect_timeout{std::chrono::seconds{10}};
    /// Limit on waiting for response bytes; never more than the time left of the attempt.
    std::chrono::milliseconds read_timeout{std::chrono::seconds{30}};
    /// Limit on sending the request; never more than the time left of the attempt.
    std::chrono::milliseconds write_timeout{std::chrono::seconds{30}};
    bool verify_certificates = true;  ///< turning this off is for local test servers only
    std::string ca_file{};            ///< PEM bundle to trust instead of the system store
    std::string ca_dir{};             ///< hashed CA directory to trust instead of the system store
    std::string proxy_host{};         ///< HTTP proxy (CONNECT for https); empty: none
    int proxy_port = 0;               ///< port of `proxy_host`; must be set (1–65535) when a proxy is used
    std::string proxy_username{};     ///< proxy Basic authentication user; empty: no Proxy-Authorization
    std::string proxy_password{};     ///< proxy Basic authentication password, used with `proxy_username`
    std::size_t max_idle_connections = 16;  ///< keep-alive connections kept for reuse
};

namespace detail {
/// Why a transport refuses every call with these settings, or nullopt: a
/// proxy needs its port. Both default transports check through here.
inline std::optional<error> proxy_settings_error(const connection_options& o) {
    if (!o.proxy_host.empty() && (o.proxy_port < 1 || o.proxy_port > 65535))
        return error{errc::invalid_argument, "connection.proxy_port must be 1-65535"};
    return std::nullopt;
}
}  // namespace detail

/// Reported before each retry's wait.
struct retry_event {
    int attempt = 0;  ///< the attempt that failed (1 = first)
    std::chrono::milliseconds delay{0};  ///< wait before the next attempt: backoff, or the server's capped Retry-After
    int http_status = 0;  ///< 0 for a transport failure
    errc code = errc::transport;  ///< category of the failure: an HTTP status category or transport/timeout
    std::string idempotency_key{};  ///< key the retry resends unchanged; empty for GET calls, which send none
};

/// Reported after every attempt to `client_options::on_call` (and built only
/// when that is set). Holds nothing secret: the Authorization header is
/// redacted, the request body has its card data masked and any credential in
/// it redacted, and response bodies are not included.
struct call_record {
    http_method method = http_method::get;  ///< HTTP method of the attempt
    std::string path{};  ///< path and query as sent (never carries the access token)
    int http_status = 0;  ///< 0 when no response arrived
    int attempt = 0;  ///< which attempt of the call this was (1 = first)
    std::chrono::microseconds elapsed{0};  ///< time the attempt took, from sending to response or failure
    std::string request_id{};  ///< response's `x-request-id`; empty when none arrived
    std::string idempotency_key{};  ///< `X-Idempotency-Key` sent; empty for GET calls, which send none
    http_headers request_headers{};  ///< with `Authorization: Bearer [redacted]`
    std::string request_body{};      ///< JSON with card data masked
    /// Category of the failure when no response arrived (transport, timeout, tls…); empty when one did.
    std::optional<errc> transport_error{};
};

/// Options of `client`, `public_client` and the asynchronous client, fixed when the client is built.
/// Besides the credential, every member has a working default.
struct client_options {
    std::string access_token{};  ///< TEST-… or APP_USR-…; client only, sent only as `Authorization: Bearer`
    std::string public_key{};    ///< TEST-… or APP_USR-…; public_client only, sent as the `public_key` query parameter
    /// Root of every call, `scheme://host[:port][/prefix]`; change it to reach a local sandbox or a gateway.
    std::string base_url = "https://api.mercadopago.com";
    int max_retries = 3;                       ///< retries after the first attempt
    backoff_policy backoff{};                  ///< waits between retries
    std::chrono::seconds max_retry_after{30};  ///< cap on a server's Retry-After
    /// Total budget of one call: every attempt and every wait between them.
    std::chrono::milliseconds call_timeout{std::chrono::seconds{60}};
    connection_options connection{};  ///< timeouts, TLS trust, proxy and pool size for the default transport

    std::string integrator_id{};    ///< X-Integrator-Id
    std::string platform_id{};      ///< X-Platform-Id
    std::string corporation_id{};   ///< X-Corporation-Id
    std::string app_info{};         ///< appended to the User-Agent, e.g. "my-shop/2.1"
    http_headers default_headers{};  ///< sent on every call (e.g. X-Product-Id)

    std::function<void(const retry_event&)> on_retry{};  ///< called before each wait between attempts; empty: none
    std::function<void(const call_record&)> on_call{};    ///< called after every attempt, for logging; empty: none

    // Seams for deterministic tests: time, waiting and jitter.
    /// Test seam: replaces `std::chrono::steady_clock::now()` for deadlines and timings; empty: the real clock.
    std::function<std::chrono::steady_clock::time_point()> clock{};
    /// Test seam: replaces the synchronous client's sleep between attempts; empty: `std::this_thread::sleep_for`.
    std::function<void(std::chrono::milliseconds)> sleep{};
    std::function<double()> random{};  ///< uniform in [0, 1)
};

/// Per-call options. They apply to one call only and never change the client.
struct request_options {
    std::string idempotency_key{};  ///< 1–64 visible ASCII characters; generated when empty
    std::string access_token{};     ///< act for another seller (marketplaces) on this call only
    std::optional<std::chrono::milliseconds> timeout{};  ///< replaces call_timeout for this call
    http_headers headers{};          ///< extra headers for this call
};

}  // namespace mercadopago
// ---- end mercadopago/client_options.hpp ----

// ---- begin mercadopago/detail/call_engine.hpp ----
// detail::call_planner — the policy of one logical call: headers, the
// idempotency key made once and sent on every retry, retries and backoff
// within the total deadline, observability, and the final outcome as a
// result. detail::call_engine runs it over a synchronous transport; the
// asynchronous client (async_client.hpp) runs the same planner over an
// asynchronous transport with timers. Neither knows anything about models
// (complete_call decodes the body into the endpoint's response type).


// ---- begin mercadopago/detail/http_error.hpp ----
// Turning a non-2xx response into one typed `error`. The status decides the
// category; the body is parsed best-effort (classic `{message,error,status,
// cause}`, Orders `{errors[]}`, gateway `{status,message}`, HTML, empty) and
// never turns a 5xx into a parse error.



// ---- begin mercadopago/detail/redact.hpp ----
// Keeping secrets out of logs and errors: the access token and card data.



#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

inline constexpr std::string_view redacted = "[redacted]";

/// Replaces every occurrence of `secret` in `text` (a server may echo a token).
inline void redact_secret(std::string& text, std::string_view secret) {
    if (secret.size() < 4) return;  // too short to be a credential; avoid shredding text
    for (std::size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + redacted.size()))
        text.replace(at, secret.size(), redacted);
}

/// Keys whose values are card data or credentials (PCI: never logged).
inline bool is_secret_key(std::string_view k) noexcept {
    return k == "card_number" || k == "security_code" || k == "cvv" || k == "access_token" ||
           k == "client_secret" || k == "refresh_token" || k == "code_verifier";
}

inline void mask_secrets(boost::json::value& v) {
    if (auto* o = v.if_object()) {
        for (auto& kv : *o) {
            if (is_secret_key(std::string_view(kv.key().data(), kv.key().size())) && !kv.value().is_null())
                kv.value() = boost::json::string(redacted);
            else mask_secrets(kv.value());
        }
    } else if (auto* a = v.if_array()) {
        for (auto& e : *a) mask_secrets(e);
    }
}

/// A JSON body with card data and credentials masked; a body that is not JSON
/// is left out entirely, since nothing in it can be told safe.
inline std::string mask_card_data(std::string_view body) {
    if (body.empty()) return {};
    boost::json::error_code ec;
    boost::json::value v = boost::json::parse(body, ec);
    if (ec) return "[non-JSON body omitted]";
    mask_secrets(v);
    std::string out;
    json_writer(out).value(v);
    return out;
}

}  // namespace mercadopago::detail
// ---- end mercadopago/detail/redact.hpp ----

// ---- begin mercadopago/retry_policy.hpp ----
// Whether a failed attempt may be sent again, decided from the transport
// outcome, the status and the headers — never from whether the body parsed.



#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The retry rules. How many retries and how long to wait are options
/// (`client_options::max_retries`, `client_options::backoff`, `client_options::max_retry_after`).
struct retry_policy {
    /// Statuses the API documents as safe to retry with the same idempotency
    /// key: 423 (same key in flight), 424 (dependency), 429, 500, 502, 503, 504.
    /// Never 501 or any other 4xx.
    static constexpr bool retryable_status(int status) noexcept {
        switch (status) {
        case 423: case 424: case 429: case 500: case 502: case 503: case 504: return true;
        default: return false;
        }
    }

    /// Transport failures before a response: connect refused, reset, stale
    /// keep-alive socket and timeouts are retried (every write carries an
    /// idempotency key, so a resend cannot charge twice); a TLS failure never is
    /// (a certificate that failed verification will fail again, and retrying
    /// would hide an attack).
    static constexpr bool retryable_transport_error(errc code) noexcept {
        return code == errc::transport || code == errc::timeout;
    }
};

namespace detail {

/// `Retry-After` as delta-seconds ("120") or an HTTP-date
/// ("Wed, 21 Oct 2015 07:28:00 GMT"), relative to `now`. Past dates give 0.
inline std::optional<std::chrono::seconds> parse_retry_after(std::string_view v,
                                                              std::chrono::system_clock::time_point now) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    if (v.empty()) return std::nullopt;
    if (v.front() >= '0' && v.front() <= '9') {
        long long s = 0;
        for (char c : v) {
            if (c < '0' || c > '9') return std::nullopt;
            s = s * 10 + (c - '0');
            if (s > 1000000000LL) s = 1000000000LL;  // clamp absurd values instead of overflowing
        }
        return std::chrono::seconds{s};
    }
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    char wday[4] = {}, mon[4] = {}, zone[4] = {};
    int day = 0, year = 0, h = 0, m = 0, s = 0;
    std::string text(v);
    if (std::sscanf(text.c_str(), "%3[A-Za-z], %d %3s %d %d:%d:%d %3s", wday, &day, mon, &year, &h, &m, &s, zone) != 8)
        return std::nullopt;
    static constexpr std::string_view months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    unsigned mi = 0;
    while (mi < 12 && months[mi] != std::string_view(mon)) ++mi;
    if (mi == 12 || std::string_view(zone) != "GMT") return std::nullopt;
    using namespace std::chrono;
    const year_month_day ymd{std::chrono::year{year}, std::chrono::month{mi + 1}, std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok() || h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 60) return std::nullopt;
    // In seconds: subtracting from `now` itself would convert the date to the
    // system clock's nanoseconds, which overflow beyond the year 2262 (a
    // fuzzer sent "Wed, 21 Oct 7089 07:28:00 GMT").
    const sys_seconds when = sys_days{ymd} + hours{h} + minutes{m} + seconds{s};
    const seconds delta = when - time_point_cast<seconds>(now);
    if (delta.count() <= 0) return seconds{0};
    return std::min(delta, seconds{1000000000LL});  // as delta-seconds are clamped
}

}  // namespace detail
}  // namespace mercadopago
// ---- end mercadopago/retry_policy.hpp ----

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
// ---- end mercadopago/detail/http_error.hpp ----

// ---- begin mercadopago/detail/url.hpp ----
// URL pieces: percent-encoding of path segments and query strings, and the
// split of a base URL into origin and path prefix.



#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

constexpr bool is_unreserved(char c) noexcept {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '~';
}

inline void percent_encode(std::string_view in, std::string& out) {
    static constexpr char hex[] = "0123456789ABCDEF";
    for (char c : in) {
        if (is_unreserved(c)) {
            out.push_back(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.push_back('%');
            out.push_back(hex[u >> 4]);
            out.push_back(hex[u & 15]);
        }
    }
}

/// Appends one path segment. Every reserved character is encoded, so an id such
/// as "../x" or "1?a=b" stays inside its segment; "", "." and ".." are refused
/// because servers resolve them as relative paths.
inline result<void> append_path_segment(std::string_view segment, std::string& out) {
    if (segment.empty() || segment == "." || segment == "..")
        return failure(errc::invalid_argument, "a path parameter is empty or a relative segment");
    percent_encode(segment, out);
    return {};
}

using query_params = std::vector<std::pair<std::string, std::string>>;

/// Appends `?k=v&…` (nothing for an empty list).
inline void append_query(const query_params& q, std::string& out) {
    char sep = '?';
    for (const auto& [k, v] : q) {
        out.push_back(sep);
        sep = '&';
        percent_encode(k, out);
        out.push_back('=');
        percent_encode(v, out);
    }
}

/// scheme://host[:port][/prefix]
struct parsed_url {
    std::string scheme;  // "https" or "http"
    std::string host;
    int port = 0;
    std::string prefix;  // path prefix without a trailing slash, e.g. "" or "/mp"
};

inline result<parsed_url> parse_base_url(std::string_view url) {
    parsed_url u;
    const auto sep = url.find("://");
    if (sep == std::string_view::npos) return failure(errc::invalid_argument, "base_url needs a scheme (https://…)");
    u.scheme = std::string(url.substr(0, sep));
    for (auto& c : u.scheme) c = ascii_lower(c);
    if (u.scheme != "https" && u.scheme != "http")
        return failure(errc::invalid_argument, "base_url scheme must be https or http");
    std::string_view rest = url.substr(sep + 3);
    const auto slash = rest.find('/');
    std::string_view authority = rest.substr(0, slash);
    if (slash != std::string_view::npos) {
        std::string_view path = rest.substr(slash);
        while (!path.empty() && path.back() == '/') path.remove_suffix(1);
        u.prefix = std::string(path);
    }
    if (authority.find('@') != std::string_view::npos)
        return failure(errc::invalid_argument, "base_url must not carry credentials");
    u.port = u.scheme == "https" ? 443 : 80;
    std::string_view host = authority;
    if (!authority.empty() && authority.front() == '[') {  // [::1]:8080
        const auto close = authority.find(']');
        if (close == std::string_view::npos) return failure(errc::invalid_argument, "base_url has a malformed IPv6 host");
        host = authority.substr(1, close - 1);
        authority.remove_prefix(close + 1);
        if (!authority.empty() && authority.front() != ':') return failure(errc::invalid_argument, "base_url is malformed");
    } else {
        const auto colon = authority.rfind(':');
        host = authority.substr(0, colon);
        authority = colon == std::string_view::npos ? std::string_view{} : authority.substr(colon);
    }
    if (!authority.empty()) {  // ":port"
        int port = 0;
        if (authority.size() < 2 || authority.size() > 6) return failure(errc::invalid_argument, "base_url has a bad port");
        for (char c : authority.substr(1)) {
            if (c < '0' || c > '9') return failure(errc::invalid_argument, "base_url has a bad port");
            port = port * 10 + (c - '0');
        }
        if (port < 1 || port > 65535) return failure(errc::invalid_argument, "base_url has a bad port");
        u.port = port;
    }
    if (host.empty()) return failure(errc::invalid_argument, "base_url has no host");
    u.host = std::string(host);
    return u;
}

/// CR, LF and NUL would let a value start a new header line.
constexpr bool is_safe_header_value(std::string_view v) noexcept {
    for (char c : v)
        if (c == '\r' || c == '\n' || c == '\0') return false;
    return true;
}

}  // namespace mercadopago::detail
// ---- end mercadopago/detail/url.hpp ----

// ---- begin mercadopago/detail/uuid.hpp ----
// Random UUIDv4 text from OpenSSL's CSPRNG: the default idempotency key.


#include <openssl/rand.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// A UUIDv4 such as "3f0e8a9c-5b1d-4c2e-9a7f-1b2c3d4e5f60"; empty if the
/// CSPRNG failed (the caller then refuses to send a write without a key).
inline std::string random_uuid_v4() {
    std::array<unsigned char, 16> b{};
    if (RAND_bytes(b.data(), static_cast<int>(b.size())) != 1) return {};
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);  // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);  // RFC 4122 variant
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
        out.push_back(hex[b[i] >> 4]);
        out.push_back(hex[b[i] & 15]);
    }
    return out;
}

}  // namespace mercadopago::detail
// ---- end mercadopago/detail/uuid.hpp ----

// ---- begin mercadopago/endpoint.hpp ----
// Endpoint descriptors: each API operation as a type that states, at compile
// time, its method, path template, request and response types, and which
// credential it accepts. The client's generic call is written once against
// them; resource facades are thin names over descriptors.
//
//     using payments_get = endpoint<http_method::get, "/v1/payments/{id}", no_body, payment>;



#include <array>
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Which credential an endpoint accepts.
enum class credential {
    access_token,  ///< private: server side only
    public_key,    ///< also callable with the public key (tokenisation and look-ups)
};

/// Request type of endpoints that send no body.
struct no_body {};

/// Query-string parameters as (name, value) pairs in order, unencoded; both are percent-encoded when sent.
using query_params = detail::query_params;

/// Describes one API operation at compile time; the clients' generic `call<E>()` builds the request
/// and decodes the response from it. An empty type: it is only ever used as a template argument.
template <http_method Method, fixed_string Path, class Request, class Response,
          credential Auth = credential::access_token>
struct endpoint {
    static constexpr http_method method = Method;  ///< HTTP method of the operation
    /// Path after the base URL, e.g. "/v1/payments/{id}"; each `{name}` is replaced by a percent-encoded argument.
    static constexpr std::string_view path_template = Path.view();
    using request_type = Request;    ///< model sent as the JSON body; `no_body` when nothing is sent
    using response_type = Response;  ///< model a 2xx body is decoded into; `no_content` when the body is ignored
    static constexpr credential auth = Auth;  ///< whether the public key may call it, or only the access token
    /// Every write carries an X-Idempotency-Key, made once per call and kept
    /// across its retries; reads need none.
    static constexpr bool idempotency_keyed = Method != http_method::get;
    /// Number of `{param}` placeholders in the path template.
    static constexpr std::size_t path_parameters = [] {
        std::size_t n = 0;
        for (char c : Path.view()) n += c == '{';
        return n;
    }();
    static_assert(Path.view().size() > 0 && Path.view().front() == '/', "a path template starts with '/'");
};

/// A type that describes an API operation as `endpoint` does: method, path template, credential,
/// placeholder count, request and response types.
template <class E>
concept endpoint_descriptor = requires {
    { E::method } -> std::convertible_to<http_method>;
    { E::path_template } -> std::convertible_to<std::string_view>;
    { E::auth } -> std::convertible_to<credential>;
    { E::path_parameters } -> std::convertible_to<std::size_t>;
    typename E::request_type;
    typename E::response_type;
};

/// The values for an endpoint's `{param}` placeholders, in order.
template <endpoint_descriptor E>
using path_args = std::array<std::string, E::path_parameters>;

namespace detail {

/// prefix + path template with each placeholder replaced by its
/// percent-encoded argument + query string.
template <endpoint_descriptor E>
result<std::string> build_target(std::string_view prefix, const path_args<E>& args, const query_params& query) {
    std::string out(prefix);
    std::size_t next = 0;
    constexpr std::string_view t = E::path_template;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] != '{') {
            out.push_back(t[i]);
            continue;
        }
        i = t.find('}', i);
        if (auto r = append_path_segment(args[next++], out); !r) return r.error();
    }
    append_query(query, out);
    return out;
}

}  // namespace detail
}  // namespace mercadopago
// ---- end mercadopago/endpoint.hpp ----

// ---- begin mercadopago/transport.hpp ----
// The transport concept: the one seam between the client and an HTTP library.
//
// A transport sends one request and returns the response, whatever its status.
// It reports only failures to obtain a response — errc::transport (connect
// refused, reset, broken connection), errc::timeout, errc::tls — and it must be
// safe to call from many threads at once. Retries, idempotency keys, headers
// and error bodies are the client's business, so a transport stays small
// (see examples/curl_transport.cpp for one over libcurl).



#include <concepts>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

template <class T>
concept transport = requires(const T& t, const http_request& req) {
    { t.send(req) } -> std::same_as<result<http_response>>;
};

}  // namespace mercadopago
// ---- end mercadopago/transport.hpp ----

#include <chrono>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <type_traits>
#include <utility>
#include <variant>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace detail {

/// A caller's idempotency key: 1–64 visible ASCII characters.
inline bool valid_idempotency_key(std::string_view k) noexcept {
    if (k.empty() || k.size() > 64) return false;
    for (char c : k)
        if (c < 0x21 || c > 0x7E) return false;
    return true;
}

inline bool valid_header_name(std::string_view n) noexcept {
    if (n.empty()) return false;
    for (char c : n) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) return false;
    }
    return true;
}

inline double default_random() {
    thread_local std::mt19937_64 rng{std::random_device{}()};
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

/// One logical call in progress: the request as sent on every attempt, what
/// the exchanges said so far, and the call's total deadline.
struct call_state {
    http_request request;
    call_info info;
    std::chrono::steady_clock::time_point deadline{};
    std::chrono::steady_clock::time_point attempt_start{};
    int max_attempts = 1;
    std::string secret;  ///< the credential in the Authorization header; redacted from all that is kept
};

/// What one logical call ends with: a 2xx response, or the final error.
struct call_outcome {
    result<http_response> response;
    call_info info;
};

/// After an attempt: the call is over (`done`), or it retries after `delay`.
struct attempt_verdict {
    std::optional<call_outcome> done;
    std::chrono::milliseconds delay{0};
};

/// The policy of one logical call, written once for the synchronous and the
/// asynchronous clients: headers, the idempotency key made once and sent on
/// every retry, which outcomes are retried and after how long, the total
/// deadline, observability. It never sends or waits itself: a client's loop
/// asks it what to do (prepare, begin_attempt, end_attempt) and does the I/O
/// and the waiting its own way — a blocking call and a sleep, or an
/// asynchronous operation and a timer.
///
/// A template only so that its bodies are analysed in files that make calls,
/// not in every file that includes a client header: as a plain class it made
/// the umbrella header 5% slower to compile (benchmarks/compile_cost.sh).
template <class Options = client_options>
class basic_call_planner {
public:
    explicit basic_call_planner(Options options) : options_(std::move(options)) {
        auto url = parse_base_url(options_.base_url);
        if (url) base_ = std::move(*url);
        else config_error_ = url.error();
        user_agent_ = std::string("mercadopago-cpp/") + version_string;
        if (!options_.app_info.empty()) user_agent_ += " " + options_.app_info;
    }

    const client_options& options() const noexcept { return options_; }
    const std::string& path_prefix() const noexcept { return base_.prefix; }

    /// The request of a call, with its headers and idempotency key; or the
    /// outcome of a call that cannot start (bad key, forbidden header, bad
    /// base_url). `secret` is the Authorization bearer ("" for none).
    std::variant<call_state, call_outcome> prepare(http_method method, std::string target, std::string body,
                                                   bool keyed, std::string secret, const request_options& ro) const {
        call_state c;
        c.secret = std::move(secret);
        if (config_error_) return fail(c, *config_error_);
        http_request& req = c.request;
        req.method = method;
        req.target = std::move(target);
        req.body = std::move(body);
        auto& h = req.headers;
        h.emplace_back("Accept", "application/json");
        h.emplace_back("User-Agent", user_agent_);
        if (!c.secret.empty()) h.emplace_back("Authorization", "Bearer " + c.secret);
        if (!req.body.empty() || method != http_method::get) h.emplace_back("Content-Type", "application/json");
        if (keyed) {
            if (ro.idempotency_key.empty()) {
                c.info.idempotency_key = random_uuid_v4();
                if (c.info.idempotency_key.empty())
                    return fail(c, error{errc::transport, "could not generate an idempotency key (CSPRNG failure)"});
            } else if (!valid_idempotency_key(ro.idempotency_key)) {
                return fail(c, error{errc::invalid_argument, "idempotency key must be 1-64 visible ASCII characters"});
            } else {
                c.info.idempotency_key = ro.idempotency_key;
            }
            h.emplace_back("X-Idempotency-Key", c.info.idempotency_key);
        }
        if (!options_.integrator_id.empty()) h.emplace_back("X-Integrator-Id", options_.integrator_id);
        if (!options_.platform_id.empty()) h.emplace_back("X-Platform-Id", options_.platform_id);
        if (!options_.corporation_id.empty()) h.emplace_back("X-Corporation-Id", options_.corporation_id);
        for (const auto& kv : options_.default_headers) h.push_back(kv);
        for (const auto& kv : ro.headers) h.push_back(kv);
        for (const auto& [k, v] : h) {
            if (!valid_header_name(k) || !is_safe_header_value(v))
                return fail(c, error{errc::invalid_argument, "header '" + (valid_header_name(k) ? k : std::string("?")) +
                                                                 "' has a forbidden character (CR, LF or NUL)"});
        }
        c.deadline = now() + ro.timeout.value_or(options_.call_timeout);
        c.max_attempts = 1 + (options_.max_retries > 0 ? options_.max_retries : 0);
        return c;
    }

    /// Before sending: the final outcome when the deadline has passed, else
    /// nothing (the attempt is counted and gets the time left as its budget).
    std::optional<call_outcome> begin_attempt(call_state& c) const {
        const auto t0 = now();
        // Checked before counting: `attempts` is how many times the request was sent.
        if (t0 >= c.deadline) return fail(c, error{errc::timeout, "call deadline exceeded"});
        ++c.info.attempts;
        c.attempt_start = t0;
        c.request.timeout = std::chrono::duration_cast<std::chrono::milliseconds>(c.deadline - t0);
        return std::nullopt;
    }

    /// After an attempt that got `r`: the call's outcome, or how long to wait
    /// before the next attempt.
    attempt_verdict end_attempt(call_state& c, result<http_response> r) const {
        const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(now() - c.attempt_start);
        if (options_.on_call) report(c, r, elapsed);

        std::optional<error> err;
        int status = 0;
        if (!r) {
            err = r.error();
            // A cancelled call is the caller's decision, not the network's.
            if (err->code != errc::cancelled) err->message = "transport: " + err->message;
            redact_secret(err->message, c.secret);
        } else {
            status = r->status;
            c.info.http_status = status;
            c.info.headers = r->headers;
            if (auto id = find_header(r->headers, "x-request-id")) c.info.request_id = std::string(*id);
            if (status >= 200 && status < 300) return {call_outcome{std::move(r), std::move(c.info)}, {}};
            err = http_error(*r, c.secret, std::chrono::system_clock::now());
        }
        const bool retryable = r ? retry_policy::retryable_status(status)
                                 : retry_policy::retryable_transport_error(err->code);
        if (!retryable || c.info.attempts >= c.max_attempts) return {fail(c, std::move(*err)), {}};

        std::chrono::milliseconds delay = options_.backoff.delay(c.info.attempts - 1, random());
        if (err->retry_after) {
            // The server knows its load better than our schedule does.
            delay = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::min<std::chrono::seconds>(*err->retry_after, options_.max_retry_after));
        }
        if (now() + delay >= c.deadline) return {fail(c, std::move(*err)), {}};  // no time left for another attempt
        if (options_.on_retry)
            options_.on_retry(retry_event{c.info.attempts, delay, status, err->code, c.info.idempotency_key});
        return {std::nullopt, delay};
    }

    /// The final outcome of a call stopped from outside (an asynchronous
    /// call's cancellation while it waits between attempts).
    call_outcome stop(call_state& c, error e) const { return fail(c, std::move(e)); }

    std::chrono::steady_clock::time_point now() const {
        return options_.clock ? options_.clock() : std::chrono::steady_clock::now();
    }

private:
    static call_outcome fail(call_state& c, error e) {
        e.idempotency_key = c.info.idempotency_key;
        e.attempts = c.info.attempts;
        return call_outcome{result<http_response>(std::move(e)), std::move(c.info)};
    }

    double random() const { return options_.random ? options_.random() : default_random(); }

    void report(const call_state& c, const result<http_response>& r, std::chrono::microseconds elapsed) const {
        call_record rec;
        rec.method = c.request.method;
        rec.path = c.request.target;
        rec.attempt = c.info.attempts;
        rec.elapsed = elapsed;
        rec.idempotency_key = c.info.idempotency_key;
        rec.request_headers = c.request.headers;
        for (auto& [k, v] : rec.request_headers)
            if (iequals(k, "Authorization")) v = "Bearer [redacted]";
        rec.request_body = mask_card_data(c.request.body);
        redact_secret(rec.request_body, c.secret);
        if (r) {
            rec.http_status = r->status;
            if (auto id = find_header(r->headers, "x-request-id")) rec.request_id = std::string(*id);
        } else {
            rec.transport_error = r.error().code;
        }
        options_.on_call(rec);
    }

    Options options_;
    parsed_url base_;
    std::optional<error> config_error_;
    std::string user_agent_;
};

using call_planner = basic_call_planner<>;

/// One logical call over a synchronous transport: the planner's policy, a
/// blocking send per attempt and a sleep between them.
template <class Transport>
class call_engine {
public:
    call_engine(client_options options, Transport transport)
        : planner_(std::move(options)), transport_(std::move(transport)) {}

    const client_options& options() const noexcept { return planner_.options(); }
    const Transport& transport() const noexcept { return transport_; }
    Transport& transport() noexcept { return transport_; }
    const std::string& path_prefix() const noexcept { return planner_.path_prefix(); }

    using outcome = call_outcome;

    outcome send(http_method method, std::string target, std::string body, bool keyed, const std::string& secret,
                 const request_options& ro) const {
        auto prepared = planner_.prepare(method, std::move(target), std::move(body), keyed, secret, ro);
        if (auto* refused = std::get_if<call_outcome>(&prepared)) return std::move(*refused);
        call_state& c = std::get<call_state>(prepared);
        for (;;) {
            if (auto over = planner_.begin_attempt(c)) return std::move(*over);
            attempt_verdict v = planner_.end_attempt(c, transport_.send(c.request));
            if (v.done) return std::move(*v.done);
            wait(v.delay);
        }
    }

private:
    void wait(std::chrono::milliseconds d) const {
        if (planner_.options().sleep) planner_.options().sleep(d);
        else std::this_thread::sleep_for(d);
    }

    call_planner planner_;
    Transport transport_;
};

/// The api_result of a finished exchange: the decoded body, or the error —
/// a decode error also carrying what the HTTP exchange said. The body is
/// decoded where the result lives (result's build_in_place constructor): no
/// Response is moved, so a call compiles no move constructor of its model.
template <class Response>
api_result<Response> complete_call(call_outcome&& out, const std::string& secret) {
    if (!out.response) return {std::move(out.response).error(), std::move(out.info)};
    if constexpr (std::is_same_v<Response, no_content>) {
        return {no_content{}, std::move(out.info)};
    } else {
        const http_response& response = *out.response;
        const call_info& info = out.info;  // moved into the result only after the body is decoded
        return api_result<Response>(build_in_place, std::move(out.info), [&](Response& v, error& e) {
            if (decode_json_into(response.body, v, e)) return true;
            e.http_status = info.http_status;
            e.request_id = info.request_id;
            e.idempotency_key = info.idempotency_key;
            e.attempts = info.attempts;
            e.headers = info.headers;
            e.body = response.body;
            redact_secret(e.body, secret);
            return false;
        });
    }
}

}  // namespace detail

}  // namespace mercadopago
// ---- end mercadopago/detail/call_engine.hpp ----

// ---- begin mercadopago/detail/credentials.hpp ----
// How a client proves who it is, and what that means for each call: the
// Authorization bearer of a server-side client, the `public_key` query
// parameter of a buyer-side one. Shared by the synchronous and asynchronous
// clients, which differ in nothing else here.



#include <string>
#include <string_view>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A server-side client: calls carry the access token.
struct access_token_credential {
    static constexpr credential level = credential::access_token;
};
/// A buyer-side client: calls carry only the public key.
struct public_key_credential {
    static constexpr credential level = credential::public_key;
};

namespace detail {

/// Where one call goes and with which bearer ("" for none).
struct addressed_call {
    std::string target;  ///< path and query, percent-encoded
    std::string bearer;  ///< the Authorization token; empty for the public key
};

/// The target and credential of a call to endpoint E from a client holding
/// `Credential`; or why it cannot be made (no credential, or the private key
/// inside a buyer-side client).
template <class Credential, class E>
result<addressed_call> address_call(const client_options& options, std::string_view prefix, const path_args<E>& path,
                                    query_params query, const request_options& ro) {
    static_assert(Credential::level == credential::access_token || E::auth == credential::public_key,
                  "this endpoint needs the access token (private key): call it from your server with "
                  "mercadopago::client, never from a public_client");
    addressed_call out;
    if constexpr (Credential::level == credential::access_token) {
        out.bearer = ro.access_token.empty() ? options.access_token : ro.access_token;
        if (out.bearer.empty()) return failure(errc::invalid_argument, "no access token: set client_options::access_token");
    } else {
        // An app that ships a public_client must not ship the private key with it.
        if (!options.access_token.empty() || !ro.access_token.empty())
            return failure(errc::invalid_argument, "a public_client never holds the access token: keep it on your server");
        if (options.public_key.empty()) return failure(errc::invalid_argument, "no public key: set client_options::public_key");
        query.emplace_back("public_key", options.public_key);  // the credential travels in the query
    }
    auto target = build_target<E>(prefix, path, query);
    if (!target) return target.error();
    out.target = std::move(*target);
    return out;
}

}  // namespace detail
}  // namespace mercadopago
// ---- end mercadopago/detail/credentials.hpp ----

// ---- begin mercadopago/detail/refusal.hpp ----
// detail::refusal_of — a request the API is known to refuse, refused before
// anything is sent. A request model may declare, in its own namespace,
//
//     std::optional<mercadopago::error> refusal_before_sending(const Model&);
//
// (preference_rules.hpp does, for preference_request). Both clients ask
// through here when a call carries a body, so a refusal completes a
// synchronous and an asynchronous call alike: a facade that checked the
// request itself would have to return a value where the asynchronous client
// returns its completion token's result.



#include <optional>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// The error a call with `request` completes with without being sent, or
/// nullopt (always, for a model that declares no refusal_before_sending).
template <class Request>
std::optional<error> refusal_of(const Request& request) {
    if constexpr (requires { refusal_before_sending(request); })
        return refusal_before_sending(request);  // found by argument-dependent lookup
    else
        return std::nullopt;
}

}  // namespace mercadopago::detail
// ---- end mercadopago/detail/refusal.hpp ----

// ---- begin mercadopago/resources.hpp ----
// Every resource a client offers, one line each: `cli.payments()`,
// `cli.refunds()`, … Both mercadopago::client and mercadopago::public_client
// inherit this list (the public client refuses, at compile time, the
// resources that need the access token). Adding a resource is a new api/
// header with its facade and accessor, and one line here.



// ---- begin mercadopago/api/card_tokens.hpp ----
// Card tokens: card data in, single-use token out. Made with the public key on
// the buyer's side (public_client), so card data never reaches the merchant.



// ---- begin mercadopago/detail/resource_accessor.hpp ----
// How `cli.payments()` reaches a facade. Each api/ header declares a small
// accessor mixin beside its facade (`payments_accessor<Client>` with
// `payments()`), and mercadopago/resources.hpp lists the mixins every client
// inherits. A new resource is a new api/ header and a line in that list; the
// clients themselves do not change.



#include <concepts>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// A completion token (Asio's: `use_awaitable`, a callback, `use_future`,
/// `deferred`, …) passed to a facade method of an asynchronous client in place
/// of the request options. Every facade method is written once, as
///
///     template <class... Token>
///     auto get(resource_id id, const request_options& o = {}, Token&&... t) const;
///     template <detail::completion_token<Client> Token>
///     auto get(resource_id id, Token&& t) const;  // = get(id, {}, t)
///
/// and forwards to `client.call<E>(…, o, t...)`: a synchronous client takes no
/// token and returns the api_result; an asynchronous one takes the token last
/// and completes with that api_result. The second form exists only for
/// asynchronous clients, so it never competes with the synchronous overloads.
template <class Token, class Client>
concept completion_token =
    Client::asynchronous && !std::convertible_to<Token, const request_options&>;

/// The facade `Api<Client>` over `client`. A resource that needs the access
/// token does not compile through a public_client, so a buyer-side app cannot
/// even name the calls that must run on the merchant's server.
template <template <class> class Api, credential Needs, class Client>
Api<Client> open_resource(const Client& client) noexcept {
    static_assert(Needs == credential::public_key || Client::credential_level == credential::access_token,
                  "this resource needs the access token (private key): call it from your server with "
                  "mercadopago::client, never from a public_client");
    return Api<Client>(client);
}

}  // namespace mercadopago::detail
// ---- end mercadopago/detail/resource_accessor.hpp ----

// ---- begin mercadopago/detail/result_instantiation.hpp ----
// What a call answering with T costs the file that makes it, compiled once
// with separate compilation (detail/instantiation.hpp explains the mode).
//
// A file that calls `cli.payments().get(id)` holds a result<payment>: its
// constructors and destructor reach every nested model of a payment, and
// decoding the answer (detail::complete_call<payment>) reaches the payment
// codec. With MERCADOPAGO_SEPARATE_COMPILATION these are declared `extern
// template` for each type a resource's endpoints answer with, and
// <mercadopago/src.hpp> instantiates them once: result<T>'s constructors from
// a T and from a result and its destructor (a copy stays inline), api_result<T>,
// complete_call<T> and from_json<T>. In header-only mode the list expands to
// nothing. A resource's api header lists its response types once, after its
// endpoints:
//
//     MERCADOPAGO_RESULTS(payment, results_page<payment>);


#if defined(MERCADOPAGO_SOURCE) || defined(MERCADOPAGO_SEPARATE_COMPILATION)
// Each template must be defined where it is declared extern or instantiated.

#include <string>
#include <string_view>
#endif

// Written unqualified: the list is used inside the library's namespace.
#define MERCADOPAGO_DETAIL_RESULTS_OF(unused, T)                                                               \
    MERCADOPAGO_DETAIL_INSTANTIATE(result<T>::result(T&&));                                                   \
    MERCADOPAGO_DETAIL_INSTANTIATE(result<T>::result(result<T>&&));                                           \
    MERCADOPAGO_DETAIL_INSTANTIATE(result<T>::~result());                                                     \
    MERCADOPAGO_DETAIL_INSTANTIATE(class api_result<T>);                                                       \
    MERCADOPAGO_DETAIL_INSTANTIATE(api_result<T> detail::complete_call<T>(detail::call_outcome&&, const std::string&)); \
    MERCADOPAGO_DETAIL_INSTANTIATE(result<T> from_json<T>(std::string_view))

/// Declares (or, in the source file, instantiates) the results of calls
/// answering with the listed types; nothing in header-only mode. Used inside
/// the library's namespace, followed by ';'.
#define MERCADOPAGO_RESULTS(...) \
    MERCADOPAGO_DETAIL_FOR_EACH(MERCADOPAGO_DETAIL_RESULTS_OF, MERCADOPAGO_DETAIL_SEMICOLON, ~, __VA_ARGS__)
// ---- end mercadopago/detail/result_instantiation.hpp ----

// ---- begin mercadopago/resource_id.hpp ----
// An id in a path: accepts the API's int64 ids and string ids alike.


#include <cstdint>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Payments and refunds have int64 ids; customers, cards and tokens have text
/// ids; webhooks deliver ids as text. Any of them converts to a resource_id,
/// which is percent-encoded into its own path segment when a call is made.
class resource_id {
public:
    /// A numeric id (payments, refunds, merchant orders), written in decimal.
    resource_id(std::int64_t id) : text_(std::to_string(id)) {}
    /// A text id (customers, cards, tokens, orders, or an id a webhook delivered), kept as given.
    resource_id(std::string_view id) : text_(id) {}
    /// As above, from a `std::string`.
    resource_id(const std::string& id) : text_(id) {}
    /// As above, from a C string; a null pointer gives an empty id.
    resource_id(const char* id) : text_(id ? id : "") {}
    /// Any other integer type (not `bool` or `char`), written in decimal.
    template <class I>
        requires(std::is_integral_v<I> && !std::is_same_v<I, bool> && !std::is_same_v<I, char>)
    resource_id(I id) : text_(std::to_string(id)) {}

    /// The id as text, not yet percent-encoded.
    const std::string& str() const noexcept { return text_; }

private:
    std::string text_;
};

}  // namespace mercadopago
// ---- end mercadopago/resource_id.hpp ----

#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using card_tokens_create =
    endpoint<http_method::post, "/v1/card_tokens", card_token_request, card_token, credential::public_key>;
using card_tokens_get = endpoint<http_method::get, "/v1/card_tokens/{id}", no_body, card_token>;
}  // namespace endpoints

/// Card tokens (`/v1/card_tokens`): card data in, a single-use token out, valid about 7 days.
/// Reach it as `cli.card_tokens()` from any client: create() works with the public key (a public_client, in the
/// buyer's app), get() needs the access token. A synchronous client returns `api_result<T>`; an async_client takes
/// a completion token last and completes with that result.
template <class Client>
class card_tokens_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit card_tokens_api(const Client& c) noexcept : c_(&c) {}

    /// Tokenises a card (raw card data, or a saved card id + security code).
    /// `POST /v1/card_tokens`: the public key travels as `?public_key=` from a public_client, the access token
    /// as Bearer from a server client; sent with an X-Idempotency-Key. Returns the card_token whose `id` a payment
    /// sends as `token`; card data the API refuses fails with errc::bad_request and its cause codes.
    template <class... Token>
    auto create(const card_token_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<card_token>
        return c_->template call<endpoints::card_tokens_create>({}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(const card_token_request& req, Token&& t) const {
        return create(req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/card_tokens/{id}` with the access token (a public_client does not compile it): the token's
    /// state and expiry, never the full card number.
    template <class... Token>
    auto get(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<card_token>
        return c_->template call<endpoints::card_tokens_get>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id id, Token&& t) const {
        return get(std::move(id), request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.card_tokens()`, in every client; listed in mercadopago/resources.hpp.
template <class Client>
struct card_tokens_accessor {
    /// The card-tokens facade over this client.
    card_tokens_api<Client> card_tokens() const noexcept {
        return detail::open_resource<card_tokens_api, credential::public_key>(static_cast<const Client&>(*this));
    }
};

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(card_token);

}  // namespace mercadopago
// ---- end mercadopago/api/card_tokens.hpp ----

// ---- begin mercadopago/api/cards.hpp ----
// A customer's saved cards: save one from a card token, get, update, delete, list.



#include <vector>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using cards_create = endpoint<http_method::post, "/v1/customers/{customer_id}/cards", card_create_request, card>;
using cards_get = endpoint<http_method::get, "/v1/customers/{customer_id}/cards/{card_id}", no_body, card>;
using cards_update = endpoint<http_method::put, "/v1/customers/{customer_id}/cards/{card_id}", card_update_request, card>;
using cards_delete = endpoint<http_method::del, "/v1/customers/{customer_id}/cards/{card_id}", no_body, card>;
using cards_list = endpoint<http_method::get, "/v1/customers/{customer_id}/cards", no_body, std::vector<card>>;
}  // namespace endpoints

/// A customer's saved cards (`/v1/customers/{customer_id}/cards`): save, read, update, delete, list.
/// Reach it as `cli.cards()`; it needs the access token (server side only). A synchronous client returns
/// `api_result<T>`; an async_client takes a completion token last and completes with that result. Writes carry
/// an X-Idempotency-Key (`request_options::idempotency_key`, or one made per call).
template <class Client>
class cards_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit cards_api(const Client& c) noexcept : c_(&c) {}

    /// Saves the card behind a card token (made on the buyer's side) to a customer.
    /// `POST /v1/customers/{customer_id}/cards` with `{"token": …}`; returns the saved card, whose `id` a
    /// later card token (with the security code) pays with.
    template <class... Token>
    auto create(resource_id customer_id, const card_create_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<card>
        return c_->template call<endpoints::cards_create>({customer_id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(resource_id customer_id, const card_create_request& req, Token&& t) const {
        return create(std::move(customer_id), req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/customers/{customer_id}/cards/{card_id}`: one saved card (masked: first six and last four digits).
    template <class... Token>
    auto get(resource_id customer_id, resource_id card_id, const request_options& o = {}, Token&&... t) const {  // api_result<card>
        return c_->template call<endpoints::cards_get>({customer_id.str(), card_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id customer_id, resource_id card_id, Token&& t) const {
        return get(std::move(customer_id), std::move(card_id), request_options{}, std::forward<Token>(t));
    }
    /// `PUT /v1/customers/{customer_id}/cards/{card_id}`: changes expiry, cardholder or (with a new token)
    /// the card; returns the updated card.
    template <class... Token>
    auto update(resource_id customer_id, resource_id card_id, const card_update_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<card>
        return c_->template call<endpoints::cards_update>({customer_id.str(), card_id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto update(resource_id customer_id, resource_id card_id, const card_update_request& req, Token&& t) const {
        return update(std::move(customer_id), std::move(card_id), req, request_options{}, std::forward<Token>(t));
    }
    /// `DELETE /v1/customers/{customer_id}/cards/{card_id}` (`delete` is a C++ keyword); returns the
    /// deleted card.
    template <class... Token>
    auto remove(resource_id customer_id, resource_id card_id, const request_options& o = {}, Token&&... t) const {  // api_result<card>
        return c_->template call<endpoints::cards_delete>({customer_id.str(), card_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto remove(resource_id customer_id, resource_id card_id, Token&& t) const {
        return remove(std::move(customer_id), std::move(card_id), request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/customers/{customer_id}/cards`: every saved card of the customer (a bare array, no paging).
    template <class... Token>
    auto list(resource_id customer_id, const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<card>>
        return c_->template call<endpoints::cards_list>({customer_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto list(resource_id customer_id, Token&& t) const {
        return list(std::move(customer_id), request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.cards()`, in mercadopago::client (a public_client refuses it at compile time); listed in mercadopago/resources.hpp.
template <class Client>
struct cards_accessor {
    /// The saved-cards facade over this client.
    cards_api<Client> cards() const noexcept {
        return detail::open_resource<cards_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(card, std::vector<card>);

}  // namespace mercadopago
// ---- end mercadopago/api/cards.hpp ----

// ---- begin mercadopago/api/customers.hpp ----
// Customers: create, get, update, delete, search.



// ---- begin mercadopago/search.hpp ----
// Searching: a typed query, and a lazy range over every result across pages.
//
//     for (auto&& r : cli.payments().search_all({.external_reference = "order-42"})) {
//         if (!r) { log(r.error().what()); break; }   // a failing page is an element
//         use(*r);
//     }



#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The API refuses offsets beyond this; narrow the date range instead.
inline constexpr std::int64_t max_search_offset = 10000;

namespace detail {
/// Adds `key=value` to a search's query when the value is set. Each resource
/// has its own query type (payment_search_query, customer_search_query, …)
/// built with these.
inline void add_param(query_params& q, const char* key, const std::string& v) {
    if (!v.empty()) q.emplace_back(key, v);
}
inline void add_param(query_params& q, const char* key, const std::optional<std::int64_t>& v) {
    if (v) q.emplace_back(key, std::to_string(*v));
}
}  // namespace detail

namespace detail {
template <class Page>
struct page_traits;
template <class T>
struct page_traits<results_page<T>> {
    using item = T;
    static constexpr bool single_page = false;
    static std::vector<T>& items(results_page<T>& p) { return p.results; }
    static std::optional<std::int64_t> total(const results_page<T>& p) { return p.paging ? p.paging->total : std::nullopt; }
};
template <class T>
struct page_traits<elements_page<T>> {  // /merchant_orders/search, /checkout/preferences/search
    using item = T;
    static constexpr bool single_page = false;
    static std::vector<T>& items(elements_page<T>& p) { return p.elements; }
    static std::optional<std::int64_t> total(const elements_page<T>& p) { return p.total; }
    /// Where the API says the next page starts: not always the offset plus
    /// the elements received (one real page held 1 element and said 22).
    static std::optional<std::int64_t> next_offset(const elements_page<T>& p) { return p.next_offset; }
};
template <class T>
struct page_traits<data_page<T>> {  // /v1/orders
    using item = T;
    static constexpr bool single_page = false;
    static std::vector<T>& items(data_page<T>& p) { return p.data; }
    static std::optional<std::int64_t> total(const data_page<T>& p) { return p.paging ? p.paging->total : std::nullopt; }
    static std::optional<std::int64_t> last_page(const data_page<T>& p) {
        return p.paging ? p.paging->total_pages : std::nullopt;
    }
};
template <class T, class A>
struct page_traits<std::vector<T, A>> {  // a bare array is the one and only page
    using item = T;
    static constexpr bool single_page = true;
    static std::vector<T, A>& items(std::vector<T, A>& p) { return p; }
    static std::optional<std::int64_t> total(const std::vector<T, A>& p) { return static_cast<std::int64_t>(p.size()); }
};

/// Where a walk over every result of a search is: the page in hand, the
/// position of the next one, and when to stop. Written once for the lazy
/// range of a synchronous client (paged_range) and the asynchronous one
/// (async_paged_range): each asks step() for the next element, fetches the
/// page it names its own way, and hands it to take().
template <class Page>
struct page_walk {
    using traits = page_traits<Page>;
    using item = typename traits::item;

    page_walk(std::int64_t first, bool pages) : position(first), by_page(pages) {}

    std::int64_t position;  ///< the next page's offset, or its number
    bool by_page;
    std::vector<item> buffer{};
    std::size_t next = 0;
    bool finished = false;
    std::optional<std::int64_t> total{};
    std::optional<std::int64_t> last_page{};
    std::optional<error> failed{};         ///< a page that did not load: the last element
    std::optional<result<item>> current{};  ///< the element step() moved to

    /// Moves to the next element (in `current`, empty at the end), or returns
    /// the position of the page to fetch first: then take() it and step again.
    std::optional<std::int64_t> step() {
        current.reset();
        if (failed) {
            current.emplace(std::move(*failed));
            failed.reset();
            return std::nullopt;
        }
        if (next < buffer.size()) {
            current.emplace(std::move(buffer[next++]));
            return std::nullopt;
        }
        if (finished) return std::nullopt;
        if (!by_page && total && position >= *total) return finish();
        if (by_page && last_page && position > *last_page) return finish();
        if (!by_page && position >= max_search_offset) {
            finished = true;
            current.emplace(failure(errc::invalid_argument,
                                    "search reached the API's offset cap (10000): narrow the date range"));
            return std::nullopt;
        }
        return position;
    }

    /// The page step() asked for, or why it did not load (the walk ends after it).
    void take(result<Page> page) {
        if (!page) {
            finished = true;
            failed.emplace(std::move(page).error());
            return;
        }
        Page& p = *page;
        buffer = std::move(traits::items(p));
        next = 0;
        total = traits::total(p);
        if constexpr (requires { traits::last_page(p); }) last_page = traits::last_page(p);
        const std::int64_t after = position + (by_page ? 1 : static_cast<std::int64_t>(buffer.size()));
        position = after;
        // Follow the page's own next offset when it has one that moves forward
        // (one that does not would ask for the same page again, for ever).
        if constexpr (requires { traits::next_offset(p); }) {
            if (auto said = traits::next_offset(p); said && *said >= after) position = *said;
        }
        if (buffer.empty()) finished = true;  // an empty page ends it, whatever `total` says
        if (traits::single_page) finished = true;
    }

private:
    std::optional<std::int64_t> finish() {
        finished = true;
        return std::nullopt;
    }
};
}  // namespace detail

/// A lazy input range over all results of a search. `Fetch` is called as
/// `fetch(position)` and returns `api_result<Page>` (a results, elements or
/// data page, or a bare array); `position` is the offset of the page's first
/// result, or, for searches paged by page number (/v1/orders), the page
/// number. Each element is a `result<T>`: a page that fails to load becomes
/// one error element, after which the range ends. It also ends on an empty
/// page, at `paging.total` (or the last page), and — with an error element
/// saying so — at the API's offset cap.
template <class Page, class Fetch>
class paged_range {
    using traits = detail::page_traits<Page>;
    struct state;  // declared before iterator names it (clang looks it up at definition)

public:
    using item = typename traits::item;  ///< type of one search result (payment, customer, order, …)

    /// What the position handed to `Fetch` counts: the offset of the page's first result (most
    /// searches), or the page number from 1 (/v1/orders).
    enum class paging_mode { by_offset, /**< result offsets */ by_page_number /**< page numbers */ };

    /// A range that fetches its first page at `first_position` when begin() is called.
    paged_range(Fetch fetch, std::int64_t first_position, paging_mode mode = paging_mode::by_offset)
        : s_(std::make_shared<state>(std::move(fetch), first_position, mode == paging_mode::by_page_number)) {}

    /// Input iterator over the results; compares equal to `std::default_sentinel` at the end.
    /// Copies share one position: advancing one advances them all.
    class iterator {
    public:
        using value_type = result<item>;  ///< one result, or the error of a page that failed to load
        using difference_type = std::ptrdiff_t;  ///< required of iterators; unused
        using reference = value_type&;  ///< the element, owned by the range's shared state

        /// An iterator over nothing: already at the end.
        iterator() = default;
        /// Starts the walk of `s`: fetches pages until the first element is in hand (or the walk is over).
        explicit iterator(std::shared_ptr<typename paged_range::state> s) : s_(std::move(s)) { s_->advance(); }

        /// The current element: a result, or the error that ends the range.
        reference operator*() const { return *s_->current(); }
        /// Member access to the current element.
        value_type* operator->() const { return &*s_->current(); }
        /// Moves to the next element, fetching the next page when this one is used up.
        iterator& operator++() {
            s_->advance();
            return *this;
        }
        /// As prefix `++`; returns nothing, as input iterators may.
        void operator++(int) { ++*this; }
        /// True once the walk is over (or for a default-constructed iterator).
        friend bool operator==(const iterator& it, std::default_sentinel_t) { return !it.s_ || !it.s_->current(); }

    private:
        std::shared_ptr<typename paged_range::state> s_;
    };

    /// Starts the walk, fetching the first page. Call it once: a second call moves the shared position on.
    iterator begin() { return iterator(s_); }
    /// The end: `std::default_sentinel`.
    std::default_sentinel_t end() const noexcept { return {}; }

private:
    struct state {
        state(Fetch f, std::int64_t first, bool pages) : fetch(std::move(f)), walk(first, pages) {}
        Fetch fetch;
        detail::page_walk<Page> walk;

        std::optional<result<item>>& current() { return walk.current; }
        void advance() {
            while (auto position = walk.step()) walk.take(fetch(*position));
        }
    };
    std::shared_ptr<state> s_;
};

template <class Page, class Fetch>
class async_paged_range;  // async_search.hpp: the same walk for an asynchronous client

/// Every result of search endpoint `E` through `client`, fetched lazily page
/// by page: written once for every resource and kind of page. A synchronous
/// client gives a paged_range (an input range); an asynchronous one an
/// async_paged_range (`co_await range.next(token)`, async_search.hpp).
/// `Query` is the resource's query type, with `to_query()` and either an
/// `offset` or, for searches paged by page number, a `page`.
template <endpoint_descriptor E, class Client, class Query>
auto search_all(const Client& client, Query q, request_options o) {
    constexpr bool by_page = requires { q.page; };
    std::int64_t first = 0;
    if constexpr (by_page) first = q.page.value_or(1);
    else first = q.offset.value_or(0);
    auto fetch = [c = &client, q = std::move(q), o = std::move(o)](std::int64_t position, auto&&... token) mutable {
        if constexpr (by_page) q.page = position;
        else q.offset = position;
        return c->template call<E>({}, q.to_query(), o, std::forward<decltype(token)>(token)...);
    };
    using Page = typename E::response_type;
    if constexpr (Client::asynchronous) {
        return async_paged_range<Page, decltype(fetch)>(std::move(fetch), first, by_page, client.get_executor());
    } else {
        using range = paged_range<Page, decltype(fetch)>;
        return range(std::move(fetch), first, by_page ? range::paging_mode::by_page_number : range::paging_mode::by_offset);
    }
}

}  // namespace mercadopago
// ---- end mercadopago/search.hpp ----

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using customers_create = endpoint<http_method::post, "/v1/customers", customer_request, customer>;
using customers_get = endpoint<http_method::get, "/v1/customers/{id}", no_body, customer>;
using customers_update = endpoint<http_method::put, "/v1/customers/{id}", customer_request, customer>;
using customers_delete = endpoint<http_method::del, "/v1/customers/{id}", no_body, customer>;
using customers_search = endpoint<http_method::get, "/v1/customers/search", no_body, results_page<customer>>;
}  // namespace endpoints

/// The query of `GET /v1/customers/search`.
struct customer_search_query {
    std::optional<std::int64_t> limit{};   ///< page size
    std::optional<std::int64_t> offset{};  ///< first result
    std::string email{};  ///< the customer's e-mail address, sent as `email`
    std::string first_name{};  ///< sent as `first_name`
    std::string last_name{};  ///< sent as `last_name`
    std::string identification_type{};    ///< with identification_number: CPF, DNI, …
    std::string identification_number{};  ///< the document number, sent as `identification.number`
    query_params filters{};  ///< anything else, as the API names it

    /// The query string pairs: each set member under its API name, then `filters`.
    query_params to_query() const {
        query_params q;
        detail::add_param(q, "limit", limit);
        detail::add_param(q, "offset", offset);
        detail::add_param(q, "email", email);
        detail::add_param(q, "first_name", first_name);
        detail::add_param(q, "last_name", last_name);
        detail::add_param(q, "identification.type", identification_type);
        detail::add_param(q, "identification.number", identification_number);
        q.insert(q.end(), filters.begin(), filters.end());
        return q;
    }
};

/// Customers (`/v1/customers`): the buyers a seller keeps, to save their cards and pay again.
/// Reach it as `cli.customers()`; it needs the access token (server side only). A synchronous client returns
/// `api_result<T>`; an async_client takes a completion token last and completes with that result. Writes carry
/// an X-Idempotency-Key (`request_options::idempotency_key`, or one made per call).
template <class Client>
class customers_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit customers_api(const Client& c) noexcept : c_(&c) {}

    /// `POST /v1/customers`: creates a customer (e-mail, name, phone, document, address); returns it with
    /// its text `id`.
    template <class... Token>
    auto create(const customer_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<customer>
        return c_->template call<endpoints::customers_create>({}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(const customer_request& req, Token&& t) const {
        return create(req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/customers/{id}`: the customer, with its saved cards and addresses.
    template <class... Token>
    auto get(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<customer>
        return c_->template call<endpoints::customers_get>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id id, Token&& t) const {
        return get(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// `PUT /v1/customers/{id}` with the members `req` sets; returns the updated customer.
    template <class... Token>
    auto update(resource_id id, const customer_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<customer>
        return c_->template call<endpoints::customers_update>({id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto update(resource_id id, const customer_request& req, Token&& t) const {
        return update(std::move(id), req, request_options{}, std::forward<Token>(t));
    }
    /// Deletes the customer (`delete` is a C++ keyword).
    /// `DELETE /v1/customers/{id}`; returns the deleted customer.
    template <class... Token>
    auto remove(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<customer>
        return c_->template call<endpoints::customers_delete>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto remove(resource_id id, Token&& t) const {
        return remove(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Search by e-mail: `search({.email = "buyer@example.com"})`.
    /// `GET /v1/customers/search`: one results_page<customer>.
    template <class... Token>
    auto search(const customer_search_query& q = {}, const request_options& o = {}, Token&&... t) const {  // api_result<results_page<customer>>
        return c_->template call<endpoints::customers_search>({}, q.to_query(), o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto search(const customer_search_query& q, Token&& t) const {
        return search(q, request_options{}, std::forward<Token>(t));
    }
    /// Every customer the query finds, fetched lazily page by page: a range of `result<customer>` (an
    /// async_paged_range from an async_client); a page that fails to load is one error element that ends it.
    auto search_all(customer_search_query q = {}, request_options o = {}) const {
        return mercadopago::search_all<endpoints::customers_search>(*c_, std::move(q), std::move(o));
    }

private:
    const Client* c_;
};

/// `cli.customers()`, in mercadopago::client (a public_client refuses it at compile time); listed in mercadopago/resources.hpp.
template <class Client>
struct customers_accessor {
    /// The customers facade over this client.
    customers_api<Client> customers() const noexcept {
        return detail::open_resource<customers_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The page this resource answers searches with, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(results_page<customer>);

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(customer, results_page<customer>);

}  // namespace mercadopago
// ---- end mercadopago/api/customers.hpp ----

// ---- begin mercadopago/api/identification_types.hpp ----
// Identification document types of the seller's country (CPF, CNPJ, DNI, …).



#include <vector>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using identification_types_list = endpoint<http_method::get, "/v1/identification_types", no_body,
                                           std::vector<identification_type>, credential::public_key>;
}  // namespace endpoints

/// The identity document types of the seller's country (`/v1/identification_types`), to build a checkout
/// form. Reach it as `cli.identification_types()` from any client: the public key is enough. A synchronous client
/// returns `api_result<T>`; an async_client takes a completion token last.
template <class Client>
class identification_types_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit identification_types_api(const Client& c) noexcept : c_(&c) {}
    /// `GET /v1/identification_types` (`?public_key=` from a public_client, Bearer otherwise): every type
    /// of the credential's site, as a bare array.
    template <class... Token>
    auto list(const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<identification_type>>
        return c_->template call<endpoints::identification_types_list>({}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto list(Token&& t) const {
        return list(request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.identification_types()`, in every client; listed in mercadopago/resources.hpp.
template <class Client>
struct identification_types_accessor {
    /// The identification-types facade over this client.
    identification_types_api<Client> identification_types() const noexcept {
        return detail::open_resource<identification_types_api, credential::public_key>(static_cast<const Client&>(*this));
    }
};

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(std::vector<identification_type>);

}  // namespace mercadopago
// ---- end mercadopago/api/identification_types.hpp ----

// ---- begin mercadopago/api/merchant_orders.hpp ----
// Merchant orders (`/merchant_orders`): what Checkout Pro groups a
// preference's payments and shipments into. A `merchant_order` notification
// names one; `get` it and compare `paid_amount` with `total_amount` (or read
// `order_status`) to know whether the purchase is paid.
//
//     auto mo = cli.merchant_orders().get(notification.data_id);
//     if (mo && mo->order_status == mp::merchant_order_order_status::paid) ship(*mo->external_reference);



#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using merchant_orders_create = endpoint<http_method::post, "/merchant_orders", merchant_order_request, merchant_order>;
using merchant_orders_get = endpoint<http_method::get, "/merchant_orders/{id}", no_body, merchant_order>;
using merchant_orders_update =
    endpoint<http_method::put, "/merchant_orders/{id}", merchant_order_request, merchant_order>;
using merchant_orders_search =
    endpoint<http_method::get, "/merchant_orders/search", no_body, elements_page<merchant_order>>;
}  // namespace endpoints

/// The query of `GET /merchant_orders/search`.
struct merchant_order_search_query {
    std::optional<std::int64_t> limit{};  ///< page size
    std::optional<std::int64_t> offset{};  ///< position of the first result, from 0
    std::string external_reference{};  ///< the merchant's reference given on the preference
    std::string preference_id{};  ///< the preference whose merchant orders to find
    std::string status{};  ///< opened, closed, expired
    query_params filters{};  ///< anything else, as the API names it

    /// The query string pairs: each set member under its API name, then `filters`.
    query_params to_query() const {
        query_params q;
        detail::add_param(q, "limit", limit);
        detail::add_param(q, "offset", offset);
        detail::add_param(q, "external_reference", external_reference);
        detail::add_param(q, "preference_id", preference_id);
        detail::add_param(q, "status", status);
        q.insert(q.end(), filters.begin(), filters.end());
        return q;
    }
};

/// Merchant orders (`/merchant_orders`): a Checkout Pro purchase with its payments and shipments.
/// Reach it as `cli.merchant_orders()`; it needs the access token (server side only). A synchronous client returns
/// `api_result<T>`; an async_client takes a completion token last and completes with that result. Writes carry
/// an X-Idempotency-Key (`request_options::idempotency_key`, or one made per call).
template <class Client>
class merchant_orders_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit merchant_orders_api(const Client& c) noexcept : c_(&c) {}

    /// `POST /merchant_orders`: creates a merchant order (Checkout Pro makes them itself for preferences).
    template <class... Token>
    auto create(const merchant_order_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<merchant_order>
        return c_->template call<endpoints::merchant_orders_create>({}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(const merchant_order_request& req, Token&& t) const {
        return create(req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /merchant_orders/{id}` (an int64 id, e.g. a notification's `data_id`): the merchant order now.
    template <class... Token>
    auto get(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<merchant_order>
        return c_->template call<endpoints::merchant_orders_get>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id id, Token&& t) const {
        return get(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// `PUT /merchant_orders/{id}` with the members `req` sets; returns the updated merchant order.
    template <class... Token>
    auto update(resource_id id, const merchant_order_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<merchant_order>
        return c_->template call<endpoints::merchant_orders_update>({id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto update(resource_id id, const merchant_order_request& req, Token&& t) const {
        return update(std::move(id), req, request_options{}, std::forward<Token>(t));
    }
    /// One page of merchant orders.
    /// `GET /merchant_orders/search`: an elements_page<merchant_order>.
    template <class... Token>
    auto search(const merchant_order_search_query& q, const request_options& o = {}, Token&&... t) const {  // api_result<elements_page<merchant_order>>
        return c_->template call<endpoints::merchant_orders_search>({}, q.to_query(), o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto search(const merchant_order_search_query& q, Token&& t) const {
        return search(q, request_options{}, std::forward<Token>(t));
    }
    /// Every merchant order the query finds, page by page, fetched lazily.
    auto search_all(merchant_order_search_query q, request_options o = {}) const {
        return mercadopago::search_all<endpoints::merchant_orders_search>(*c_, std::move(q), std::move(o));
    }

private:
    const Client* c_;
};

/// `cli.merchant_orders()`, in mercadopago::client; listed in mercadopago/resources.hpp.
template <class Client>
struct merchant_orders_accessor {
    /// The merchant-orders facade over this client.
    merchant_orders_api<Client> merchant_orders() const noexcept {
        return detail::open_resource<merchant_orders_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The search page, compiled once with MERCADOPAGO_SEPARATE_COMPILATION.
MERCADOPAGO_CODECS(elements_page<merchant_order>);

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(merchant_order, elements_page<merchant_order>);

}  // namespace mercadopago
// ---- end mercadopago/api/merchant_orders.hpp ----

// ---- begin mercadopago/api/orders.hpp ----
// The Orders API (`/v1/orders`): create an order (online card, Pix, boleto),
// get it, process and capture it when created in manual mode, cancel it,
// refund it in full or in part, manage its payments, and search orders.
//
//     auto o = cli.orders().create({.processing_mode = "automatic", .total_amount = mp::decimal("200.00"),
//                                   .payer = mp::order_payer{.email = "buyer@testuser.com"},
//                                   .transactions = mp::order_transactions_request{.payments = {{
//                                       .amount = mp::decimal("200.00"),
//                                       .payment_method = mp::order_payment_method_request{
//                                           .id = "master", .type = "credit_card", .token = token, .installments = 1}}}}});
//
// Every write carries an X-Idempotency-Key (the API requires it here). A
// declined card answers 402 with the failed order: `order_failure(error)`
// reads it. State conflicts answer 409 with string codes (`cannot_cancel_order`,
// …; see order_error_codes), and 423 `resource_locked` is retried with the
// same key, as every retryable status is.



#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using orders_create = endpoint<http_method::post, "/v1/orders", order_create_request, order>;
using orders_get = endpoint<http_method::get, "/v1/orders/{id}", no_body, order>;
using orders_search = endpoint<http_method::get, "/v1/orders", no_body, data_page<order>>;
using orders_process = endpoint<http_method::post, "/v1/orders/{id}/process", no_body, order>;
using orders_capture = endpoint<http_method::post, "/v1/orders/{id}/capture", no_body, order>;
using orders_cancel = endpoint<http_method::post, "/v1/orders/{id}/cancel", no_body, order>;
/// A total refund sends no body.
using orders_refund = endpoint<http_method::post, "/v1/orders/{id}/refund", no_body, order>;
using orders_refund_partial = endpoint<http_method::post, "/v1/orders/{id}/refund", order_refund_request, order>;
using orders_transactions_create =
    endpoint<http_method::post, "/v1/orders/{id}/transactions", order_transactions_request, order_transactions>;
using orders_transactions_update =
    endpoint<http_method::put, "/v1/orders/{id}/transactions/{transaction_id}", order_payment_request, order_payment>;
using orders_transactions_delete =
    endpoint<http_method::del, "/v1/orders/{id}/transactions/{transaction_id}", no_body, no_content>;
}  // namespace endpoints

/// The query of `GET /v1/orders`. The API requires the date window;
/// results are paged by page number, not offset.
struct order_search_query {
    std::string begin_date{};  ///< required: ISO-8601
    std::string end_date{};    ///< required
    std::string external_reference{};  ///< the merchant's reference given at creation
    std::string type{};  ///< order type, e.g. "online"
    std::string status{};  ///< order status, e.g. "processed", "action_required"
    std::string status_detail{};  ///< e.g. "accredited", "waiting_payment"
    std::string payment_method_id{};  ///< e.g. "master", "pix"
    std::string payment_method_type{};  ///< e.g. "credit_card", "bank_transfer"
    std::optional<std::int64_t> page{};       ///< from 1
    std::optional<std::int64_t> page_size{};  ///< orders per page
    std::string sort_by{};  ///< field to sort by, as the API names it
    std::string sort_order{};  ///< asc, desc
    query_params filters{};  ///< anything else, as the API names it

    /// The query string pairs: each set member under its API name, then `filters`.
    query_params to_query() const {
        query_params q;
        detail::add_param(q, "begin_date", begin_date);
        detail::add_param(q, "end_date", end_date);
        detail::add_param(q, "external_reference", external_reference);
        detail::add_param(q, "type", type);
        detail::add_param(q, "status", status);
        detail::add_param(q, "status_detail", status_detail);
        detail::add_param(q, "payment_method_id", payment_method_id);
        detail::add_param(q, "payment_method_type", payment_method_type);
        detail::add_param(q, "page", page);
        detail::add_param(q, "page_size", page_size);
        detail::add_param(q, "sort_by", sort_by);
        detail::add_param(q, "sort_order", sort_order);
        q.insert(q.end(), filters.begin(), filters.end());
        return q;
    }
};

/// The Orders API's string error codes (shared reference
/// errors-retries-idempotency.md §3.6), to test with `error::has_cause`.
namespace order_error_codes {
inline constexpr std::string_view failed = "failed";  ///< 402: the payment failed
inline constexpr std::string_view order_not_found = "order_not_found";  ///< 404: no such order
/// 404: the order has no such payment.
inline constexpr std::string_view transaction_not_found = "transaction_not_found";
/// 409: the order's state does not allow a refund.
inline constexpr std::string_view cannot_refund_order = "cannot_refund_order";
/// 409: the order's state does not allow a capture.
inline constexpr std::string_view cannot_capture_order = "cannot_capture_order";
/// 409: the order's state does not allow a cancellation.
inline constexpr std::string_view cannot_cancel_order = "cannot_cancel_order";
inline constexpr std::string_view order_already_refunded = "order_already_refunded";  ///< 409: refunded in full already
/// The errors table spells it with two l's, one SDK with one: test for both.
inline constexpr std::string_view order_already_cancelled = "order_already_cancelled";
inline constexpr std::string_view order_already_canceled = "order_already_canceled";  ///< 409: the one-l spelling
/// 409: the key was already used; the API does not replay: retry with a new key.
inline constexpr std::string_view idempotency_key_already_used = "idempotency_key_already_used";
/// 409: the order does not support this operation now.
inline constexpr std::string_view operation_not_supported = "operation_not_supported";
inline constexpr std::string_view resource_locked = "resource_locked";  ///< 423: retried with the same key
/// 400: more payments than an order takes.
inline constexpr std::string_view exceeded_number_of_transactions = "exceeded_number_of_transactions";
/// 400: a test payer's e-mail must end in `@testuser.com`.
inline constexpr std::string_view invalid_email_for_sandbox = "invalid_email_for_sandbox";
/// 400: the body holds a member the API does not know.
inline constexpr std::string_view unsupported_properties = "unsupported_properties";
/// 400: not allowed in the order's processing mode.
inline constexpr std::string_view invalid_order_mode_for_operation = "invalid_order_mode_for_operation";
}  // namespace order_error_codes

/// The failed order a declined create answers with (HTTP 402): its status
/// `failed`, the status_detail saying why, and the failed payment. Empty for
/// any other error. (A template only so that a file which never calls it
/// does not compile the order's decoder.)
template <class Order = order>
std::optional<Order> order_failure(const error& e) {
    if (e.http_status != 402 || e.body.empty()) return std::nullopt;
    auto o = from_json<Order>(e.body);
    if (!o) return std::nullopt;
    return std::move(*o);
}

/// The Orders API (`/v1/orders`) through a client. Reach it as `cli.orders()`; it needs the access token
/// (server side only). A synchronous client returns `api_result<T>`; an async_client takes a completion token last
/// and completes with that result. Every write carries the X-Idempotency-Key the API requires here:
/// `request_options::idempotency_key`, or a UUID made once per call and sent on each of its retries.
template <class Client>
class orders_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit orders_api(const Client& c) noexcept : c_(&c) {}

    /// Creates an order. In automatic processing a card is charged at once
    /// (a decline is a 402 error: see order_failure); in manual processing the
    /// order stays `created` until process().
    /// `POST /v1/orders`; returns the order. Amounts travel as decimal strings ("200.00").
    template <class... Token>
    auto create(const order_create_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_create>({}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(const order_create_request& req, Token&& t) const {
        return create(req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/orders/{id}` (a text id such as "ORD01…"): the order now; errc::not_found (`order_not_found`)
    /// when there is none.
    template <class... Token>
    auto get(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_get>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id id, Token&& t) const {
        return get(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Processes an order created with `processing_mode: manual`.
    /// `POST /v1/orders/{id}/process` with no body; returns the processed order.
    template <class... Token>
    auto process(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_process>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto process(resource_id id, Token&& t) const {
        return process(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Captures an order authorised with `capture_mode: manual` (`waiting_capture`).
    /// `POST /v1/orders/{id}/capture` with no body; the answer is a short order (id, status, payments).
    /// 409 `cannot_capture_order` when the order's state forbids it.
    template <class... Token>
    auto capture(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_capture>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto capture(resource_id id, Token&& t) const {
        return capture(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Cancels an order that is not processed yet (created, or waiting for
    /// payment or capture); 409 `cannot_cancel_order` otherwise.
    /// `POST /v1/orders/{id}/cancel` with no body; returns the cancelled order.
    template <class... Token>
    auto cancel(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_cancel>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto cancel(resource_id id, Token&& t) const {
        return cancel(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Refunds the whole order (sends no body).
    /// `POST /v1/orders/{id}/refund`; the answer is a short order (id, status, refunds).
    template <class... Token>
    auto refund(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_refund>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto refund(resource_id id, Token&& t) const {
        return refund(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Refunds `amount` of the order's payment `transaction_id`. There is no
    /// way to call this without an amount, so a partial refund never turns
    /// into a total one.
    /// Sends `POST /v1/orders/{id}/refund` with `{"transactions":[{"id":transaction_id,"amount":"…"}]}`.
    template <class... Token>
    auto refund(resource_id id, std::string transaction_id, decimal amount, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        order_refund_request body;
        body.transactions.push_back({.id = std::move(transaction_id), .amount = amount});
        return c_->template call<endpoints::orders_refund_partial>({id.str()}, body, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto refund(resource_id id, std::string transaction_id, decimal amount, Token&& t) const {
        return refund(std::move(id), std::move(transaction_id), amount, request_options{}, std::forward<Token>(t));
    }
    /// Refunds several payments of the order in part, in one call.
    /// `POST /v1/orders/{id}/refund` with `req`'s list of payment ids and amounts.
    template <class... Token>
    auto refund(resource_id id, const order_refund_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<order>
        return c_->template call<endpoints::orders_refund_partial>({id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto refund(resource_id id, const order_refund_request& req, Token&& t) const {
        return refund(std::move(id), req, request_options{}, std::forward<Token>(t));
    }
    /// Adds payments to an order (at most two per order).
    /// `POST /v1/orders/{id}/transactions`; answers `{payments:[…]}` (a new payment may lack its `id`).
    template <class... Token>
    auto add_transaction(resource_id id, const order_transactions_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<order_transactions>
        return c_->template call<endpoints::orders_transactions_create>({id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto add_transaction(resource_id id, const order_transactions_request& req, Token&& t) const {
        return add_transaction(std::move(id), req, request_options{}, std::forward<Token>(t));
    }
    /// `PUT /v1/orders/{id}/transactions/{transaction_id}` (a payment id, "pay_…"): changes that payment as
    /// `req` says; the answer is the payment (some bodies hold only its `payment_method`).
    template <class... Token>
    auto update_transaction(resource_id id, resource_id transaction_id, const order_payment_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<order_payment>
        return c_->template call<endpoints::orders_transactions_update>({id.str(), transaction_id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto update_transaction(resource_id id, resource_id transaction_id, const order_payment_request& req, Token&& t) const {
        return update_transaction(std::move(id), std::move(transaction_id), req, request_options{}, std::forward<Token>(t));
    }
    /// `DELETE /v1/orders/{id}/transactions/{transaction_id}`: removes a payment from the order; the answer
    /// has no body (`no_content`).
    template <class... Token>
    auto delete_transaction(resource_id id, resource_id transaction_id, const request_options& o = {}, Token&&... t) const {  // api_result<no_content>
        return c_->template call<endpoints::orders_transactions_delete>({id.str(), transaction_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto delete_transaction(resource_id id, resource_id transaction_id, Token&& t) const {
        return delete_transaction(std::move(id), std::move(transaction_id), request_options{}, std::forward<Token>(t));
    }
    /// One page of orders.
    /// `GET /v1/orders`: a data_page<order>, paged by page number.
    template <class... Token>
    auto search(const order_search_query& q, const request_options& o = {}, Token&&... t) const {  // api_result<data_page<order>>
        return c_->template call<endpoints::orders_search>({}, q.to_query(), o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto search(const order_search_query& q, Token&& t) const {
        return search(q, request_options{}, std::forward<Token>(t));
    }
    /// Every order the query finds, page by page, fetched lazily.
    auto search_all(order_search_query q, request_options o = {}) const {
        return mercadopago::search_all<endpoints::orders_search>(*c_, std::move(q), std::move(o));
    }

private:
    const Client* c_;
};

/// `cli.orders()`, in mercadopago::client (a public_client refuses it at
/// compile time); listed in mercadopago/resources.hpp.
template <class Client>
struct orders_accessor {
    /// The Orders facade over this client.
    orders_api<Client> orders() const noexcept {
        return detail::open_resource<orders_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The page this resource answers searches with, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(data_page<order>);

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(order, order_payment, order_transactions, data_page<order>);

}  // namespace mercadopago
// ---- end mercadopago/api/orders.hpp ----

// ---- begin mercadopago/api/payment_methods.hpp ----
// Payment methods and what a custom checkout asks while the buyer types:
// which brand a BIN is, which issuers, which installment plans.



#include <string>
#include <vector>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using payment_methods_list =
    endpoint<http_method::get, "/v1/payment_methods", no_body, std::vector<payment_method>, credential::public_key>;
using payment_methods_search = endpoint<http_method::get, "/v1/payment_methods/search", no_body,
                                        results_page<payment_method>, credential::public_key>;
using payment_methods_installments = endpoint<http_method::get, "/v1/payment_methods/installments", no_body,
                                              std::vector<installment_options>, credential::public_key>;
using payment_methods_card_issuers =
    endpoint<http_method::get, "/v1/payment_methods/card_issuers", no_body, std::vector<issuer>, credential::public_key>;
}  // namespace endpoints

/// Query of `/v1/payment_methods/installments`.
struct installments_query {
    decimal amount{};  ///< the purchase amount, always sent, as plain decimal text ("100.50")
    std::string bin{};                ///< first 6-8 digits of the card
    std::string payment_method_id{};  ///< "visa", "master", …
    std::string issuer_id{};          ///< sent as `issuer.id`
    std::string payment_type_id{};  ///< e.g. "credit_card", "debit_card"; sent when set
    std::string locale{};  ///< sent as `locale` when set: the language of the answer's texts

    /// The query string pairs: `amount`, then each set member under its API name.
    query_params to_query() const {
        query_params q{{"amount", amount.to_string()}};
        auto add = [&](const char* k, const std::string& v) {
            if (!v.empty()) q.emplace_back(k, v);
        };
        add("bin", bin);
        add("payment_method_id", payment_method_id);
        add("issuer.id", issuer_id);
        add("payment_type_id", payment_type_id);
        add("locale", locale);
        return q;
    }
};

/// Payment methods and the look-ups a card form makes while the buyer types: the brand of a BIN, its
/// issuers, its installment plans. Reach it as `cli.payment_methods()` from any client: the public key is enough
/// (`?public_key=`; a server client sends its access token). A synchronous client returns `api_result<T>`; an
/// async_client takes a completion token last and completes with that result.
template <class Client>
class payment_methods_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit payment_methods_api(const Client& c) noexcept : c_(&c) {}

    /// `GET /v1/payment_methods`: every method of the credential's site, as a bare array.
    template <class... Token>
    auto list(const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<payment_method>>
        return c_->template call<endpoints::payment_methods_list>({}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto list(Token&& t) const {
        return list(request_options{}, std::forward<Token>(t));
    }
    /// The payment methods matching a card's first digits (BIN).
    /// `GET /v1/payment_methods/search?bins=<bin>`, read as a results_page<payment_method> (no SDK types
    /// this endpoint; members beyond the model stay in each `extra`).
    template <class... Token>
    auto search_by_bin(const std::string& bin, const request_options& o = {}, Token&&... t) const {  // api_result<results_page<payment_method>>
        return c_->template call<endpoints::payment_methods_search>({}, {{"bins", bin}}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto search_by_bin(const std::string& bin, Token&& t) const {
        return search_by_bin(bin, request_options{}, std::forward<Token>(t));
    }
    /// Installment plans (with their costs) for an amount and card.
    /// `GET /v1/payment_methods/installments`: one installment_options per method and issuer, each with its
    /// `payer_costs`.
    template <class... Token>
    auto installments(const installments_query& q, const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<installment_options>>
        return c_->template call<endpoints::payment_methods_installments>({}, q.to_query(), o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto installments(const installments_query& q, Token&& t) const {
        return installments(q, request_options{}, std::forward<Token>(t));
    }
    /// Card issuers for a payment method (and optionally a BIN).
    /// `GET /v1/payment_methods/card_issuers?payment_method_id=…[&bin=…]`: the issuers as a bare array
    /// (a shape no SDK confirms).
    template <class... Token>
    auto card_issuers(const std::string& payment_method_id, const std::string& bin = {}, const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<issuer>>
        query_params q{{"payment_method_id", payment_method_id}};
        if (!bin.empty()) q.emplace_back("bin", bin);
        return c_->template call<endpoints::payment_methods_card_issuers>({}, q, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options (`bin` may be "").
    template <detail::completion_token<Client> Token>
    auto card_issuers(const std::string& payment_method_id, const std::string& bin, Token&& t) const {
        return card_issuers(payment_method_id, bin, request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.payment_methods()`, in every client; listed in mercadopago/resources.hpp.
template <class Client>
struct payment_methods_accessor {
    /// The payment-methods facade over this client.
    payment_methods_api<Client> payment_methods() const noexcept {
        return detail::open_resource<payment_methods_api, credential::public_key>(static_cast<const Client&>(*this));
    }
};

/// The page this resource answers searches with, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(results_page<payment_method>);

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(std::vector<payment_method>, results_page<payment_method>, std::vector<installment_options>, std::vector<issuer>);

}  // namespace mercadopago
// ---- end mercadopago/api/payment_methods.hpp ----

// ---- begin mercadopago/api/payments.hpp ----
// Payments: create, get, search, update, capture, cancel.



#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using payments_create = endpoint<http_method::post, "/v1/payments", payment_create_request, payment>;
using payments_get = endpoint<http_method::get, "/v1/payments/{id}", no_body, payment>;
using payments_search = endpoint<http_method::get, "/v1/payments/search", no_body, results_page<payment>>;
/// Update, capture and cancel are all this PUT with different bodies.
using payments_update = endpoint<http_method::put, "/v1/payments/{id}", payment_update_request, payment>;
}  // namespace endpoints

/// The query of `GET /v1/payments/search`.
struct payment_search_query {
    std::optional<std::int64_t> limit{};   ///< page size: default 30, max 50
    std::optional<std::int64_t> offset{};  ///< first result (max 10000)
    std::string sort{};                    ///< date_created, date_approved, date_last_updated, id, money_release_date
    std::string criteria{};                ///< asc | desc
    std::string range{};                   ///< the date field begin_date/end_date apply to
    std::string begin_date{};              ///< ISO-8601 or relative (NOW-30DAYS)
    std::string end_date{};  ///< end of the window, same formats; default NOW
    std::string external_reference{};  ///< the merchant's own reference given at creation
    std::string status{};  ///< payment status, e.g. "approved", "pending", "rejected"
    query_params filters{};  ///< anything else: {"payer.id", "123"}, {"payment_method_id", "pix"}, …

    /// The query string pairs: each set member under its API name, then `filters`.
    query_params to_query() const {
        query_params q;
        detail::add_param(q, "limit", limit);
        detail::add_param(q, "offset", offset);
        detail::add_param(q, "sort", sort);
        detail::add_param(q, "criteria", criteria);
        detail::add_param(q, "range", range);
        detail::add_param(q, "begin_date", begin_date);
        detail::add_param(q, "end_date", end_date);
        detail::add_param(q, "external_reference", external_reference);
        detail::add_param(q, "status", status);
        q.insert(q.end(), filters.begin(), filters.end());
        return q;
    }
};

/// Payments (`/v1/payments`) through a client: charge, read, search, update, capture, cancel.
/// Reach it as `cli.payments()`; it needs the access token, so it runs on the server only. A synchronous client
/// returns `api_result<T>`; an async_client takes a completion token last and completes with that result.
/// `request_options` sets one call's idempotency key, seller token, timeout or extra headers. Errors arrive as
/// `error` with the HTTP status mapped to errc (bad_request, not_found, …) and the API's cause codes.
template <class Client>
class payments_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit payments_api(const Client& c) noexcept : c_(&c) {}

    /// Charges a payment. A decline is not an error: the API answers 201 with
    /// `status: rejected` and the reason in `status_detail`.
    /// `POST /v1/payments` with an X-Idempotency-Key: `o.idempotency_key`, or a UUID made once and sent on
    /// every retry, so a retried create never charges twice. Returns the payment (rejected ones included); an
    /// invalid request fails with errc::bad_request and cause codes (2006: card token not found or used).
    template <class... Token>
    auto create(const payment_create_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<payment>
        return c_->template call<endpoints::payments_create>({}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(const payment_create_request& req, Token&& t) const {
        return create(req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/payments/{id}` (the int64 id, or its digits as text): the payment as it is now. An unknown id
    /// fails with errc::not_found.
    template <class... Token>
    auto get(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<payment>
        return c_->template call<endpoints::payments_get>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id id, Token&& t) const {
        return get(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// One page of results.
    /// `GET /v1/payments/search`: the page of `q` as a results_page<payment>. Only the last 12 months are
    /// searchable, and the API refuses offsets beyond 10000.
    template <class... Token>
    auto search(const payment_search_query& q = {}, const request_options& o = {}, Token&&... t) const {  // api_result<results_page<payment>>
        return c_->template call<endpoints::payments_search>({}, q.to_query(), o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto search(const payment_search_query& q, Token&& t) const {
        return search(q, request_options{}, std::forward<Token>(t));
    }
    /// Every result across pages, fetched lazily.
    /// A range of `result<payment>` from a synchronous client (an async_paged_range from an async_client);
    /// a page that fails to load is one error element that ends it, and so is reaching offset 10000.
    auto search_all(payment_search_query q = {}, request_options o = {}) const {
        return mercadopago::search_all<endpoints::payments_search>(*c_, std::move(q), std::move(o));
    }
    /// `PUT /v1/payments/{id}` with `req` (status, capture, transaction_amount), keyed like create(). Returns
    /// the updated payment; an action the payment's state forbids fails with errc::bad_request (cause 2018).
    template <class... Token>
    auto update(resource_id id, const payment_update_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<payment>
        return c_->template call<endpoints::payments_update>({id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto update(resource_id id, const payment_update_request& req, Token&& t) const {
        return update(std::move(id), req, request_options{}, std::forward<Token>(t));
    }
    /// Captures an authorised payment (created with `capture: false`) in full.
    /// Sends `PUT /v1/payments/{id}` with `{"capture":true}`; returns the captured payment.
    template <class... Token>
    auto capture(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<payment>
        return update(std::move(id), payment_update_request{.capture = true}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto capture(resource_id id, Token&& t) const {
        return capture(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Captures part of an authorised amount; the rest is released to the buyer.
    /// Sends `PUT /v1/payments/{id}` with `{"capture":true,"transaction_amount":amount}`; `amount` may not
    /// exceed the authorised amount (in Argentina only Visa, Cabal, Master and Amex allow it).
    template <class... Token>
    auto capture(resource_id id, decimal amount, const request_options& o = {}, Token&&... t) const {  // api_result<payment>
        return update(std::move(id), payment_update_request{.capture = true, .transaction_amount = amount}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto capture(resource_id id, decimal amount, Token&& t) const {
        return capture(std::move(id), amount, request_options{}, std::forward<Token>(t));
    }
    /// Cancels a pending, in-process or authorised payment.
    /// Sends `PUT /v1/payments/{id}` with `{"status":"cancelled"}`; returns the cancelled payment.
    template <class... Token>
    auto cancel(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<payment>
        return update(std::move(id), payment_update_request{.status = payment_status::cancelled}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto cancel(resource_id id, Token&& t) const {
        return cancel(std::move(id), request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.payments()`, in mercadopago::client (a public_client refuses it at compile time); listed in mercadopago/resources.hpp.
template <class Client>
struct payments_accessor {
    /// The Payments facade over this client.
    payments_api<Client> payments() const noexcept {
        return detail::open_resource<payments_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The page this resource answers searches with, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(results_page<payment>);

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(payment, results_page<payment>);

}  // namespace mercadopago
// ---- end mercadopago/api/payments.hpp ----

// ---- begin mercadopago/api/preferences.hpp ----
// Checkout Pro preferences (`/checkout/preferences`): what the buyer pays for
// on Mercado Pago's page (`init_point`), where they come back to
// (`back_urls`), and how they may pay.
//
//     auto p = cli.preferences().create({.items = {{.title = "Espresso machine", .quantity = 1,
//                                                   .unit_price = mp::decimal("150.00")}},
//                                        .back_urls = mp::preference_back_urls{.success = "https://shop.example/ok"},
//                                        .auto_return = "approved", .external_reference = "cart-9"});
//     redirect_buyer_to(*p->init_point);
//
// create and update check the rules the API is known to enforce first
// (preference_rules.hpp: e.g. auto_return needs back_urls.success) and answer
// errc::invalid_argument without sending anything. Searches page by offset
// over elements pages of summaries (`preference_search_element`).



// ---- begin mercadopago/preference_rules.hpp ----
// What Checkout Pro refuses in a preference, checked before anything is sent:
// `preferences().create` and `update` answer errc::invalid_argument without
// a request, and the sandbox answers the same violations with the API's 400.
// One list of rules serves both, so the two cannot drift apart.
//
//     if (auto v = mercadopago::preference_violation(req)) std::cerr << v->field << ": " << v->message;



#include <optional>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// One rule a preference breaks: the API's error code, the field, and the
/// API's message (or one in its style where it is not documented).
struct preference_rule_violation {
    std::string code{};     ///< invalid_auto_return, invalid_items, …
    std::string field{};    ///< back_urls.success, items[0].unit_price, …
    std::string message{};  ///< what is wrong and what is expected, in English; for logs and developers
};

/// The first rule `p` breaks, or nullopt. Checks only what the API is known
/// to refuse; everything else is left to the API.
inline std::optional<preference_rule_violation> preference_violation(const preference_request& p) {
    auto broken = [](std::string code, std::string field, std::string message) {
        return std::optional<preference_rule_violation>(
            preference_rule_violation{std::move(code), std::move(field), std::move(message)});
    };
    if (p.items.empty()) return broken("invalid_items", "items", "items needed: a preference sells at least one item");
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        const auto& it = p.items[i];
        const std::string at = "items[" + std::to_string(i) + "].";
        if (!it.quantity || *it.quantity < 1)
            return broken("invalid_items", at + "quantity", "quantity must be a whole number of at least 1");
        if (!it.unit_price || !(*it.unit_price > decimal(0)))
            return broken("invalid_items", at + "unit_price", "unit_price must be a positive amount");
    }
    if (p.auto_return && !p.auto_return->empty()) {
        if (*p.auto_return != "approved" && *p.auto_return != "all")
            return broken("invalid_auto_return", "auto_return", "auto_return invalid: it is approved or all");
        if (!p.back_urls || !p.back_urls->success || p.back_urls->success->empty())
            return broken("invalid_auto_return", "back_urls.success",
                          "auto_return invalid. back_url.success must be defined");
    }
    if (p.payment_methods) {
        const auto& m = *p.payment_methods;
        if (m.installments && *m.installments < 1)
            return broken("invalid_installments", "payment_methods.installments", "installments must be at least 1");
        if (m.installments && m.default_installments && *m.default_installments > *m.installments)
            return broken("invalid_installments", "payment_methods.default_installments",
                          "default_installments cannot be more than installments");
    }
    if (p.expiration_date_from && p.expiration_date_to && p.expiration_date_from->time() &&
        p.expiration_date_to->time() && *p.expiration_date_from->time() > *p.expiration_date_to->time())
        return broken("invalid_expiration_date", "expiration_date_from",
                      "expiration_date_from must not be after expiration_date_to");
    if (p.marketplace_fee && *p.marketplace_fee < decimal(0))
        return broken("invalid_marketplace_fee", "marketplace_fee", "marketplace_fee cannot be negative");
    return std::nullopt;
}

/// What a call that sends `p` completes with, without sending anything, when
/// `p` breaks a rule: errc::invalid_argument, the rule's message, the field
/// as the error's path and its code as `api_error`. Both clients find it
/// (detail/refusal.hpp), so `preferences().create` and `update` refuse alike
/// in synchronous and asynchronous calls.
inline std::optional<error> refusal_before_sending(const preference_request& p) {
    auto v = preference_violation(p);
    if (!v) return std::nullopt;
    error e{errc::invalid_argument, std::move(v->message), std::move(v->field)};
    e.api_error = std::move(v->code);
    return e;
}

}  // namespace mercadopago
// ---- end mercadopago/preference_rules.hpp ----

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using preferences_create = endpoint<http_method::post, "/checkout/preferences", preference_request, preference>;
using preferences_get = endpoint<http_method::get, "/checkout/preferences/{id}", no_body, preference>;
using preferences_update = endpoint<http_method::put, "/checkout/preferences/{id}", preference_request, preference>;
using preferences_search = endpoint<http_method::get, "/checkout/preferences/search", no_body,
                                    elements_page<preference_search_element>>;
}  // namespace endpoints

/// The query of `GET /checkout/preferences/search`.
struct preference_search_query {
    std::optional<std::int64_t> limit{};  ///< page size
    std::optional<std::int64_t> offset{};  ///< position of the first result, from 0
    std::string external_reference{};  ///< the merchant's reference given at creation
    std::string site_id{};  ///< the site, e.g. "MLB", "MLA"
    std::string marketplace{};  ///< e.g. "NONE", or "MP-MKT-<client id>" for a marketplace's preferences
    std::string sponsor_id{};  ///< the sponsor account's id, as digits
    query_params filters{};  ///< anything else, as the API names it

    /// The query string pairs: each set member under its API name, then `filters`.
    query_params to_query() const {
        query_params q;
        detail::add_param(q, "limit", limit);
        detail::add_param(q, "offset", offset);
        detail::add_param(q, "external_reference", external_reference);
        detail::add_param(q, "site_id", site_id);
        detail::add_param(q, "marketplace", marketplace);
        detail::add_param(q, "sponsor_id", sponsor_id);
        q.insert(q.end(), filters.begin(), filters.end());
        return q;
    }
};

/// Checkout Pro preferences (`/checkout/preferences`): create, read, update, search.
/// Reach it as `cli.preferences()`; it needs the access token (server side only). A synchronous client returns
/// `api_result<T>`; an async_client takes a completion token last and completes with that result. Writes carry
/// an X-Idempotency-Key (`request_options::idempotency_key`, or one made per call).
template <class Client>
class preferences_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit preferences_api(const Client& c) noexcept : c_(&c) {}

    /// Creates a preference; its `init_point` is the page to send the buyer to.
    /// `POST /checkout/preferences`. A request that breaks a rule of preference_rules.hpp fails at once
    /// with errc::invalid_argument (`error::api_error` the rule's code, `error::path` the field), sending nothing.
    template <class... Token>
    auto create(const preference_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<preference>
        return c_->template call<endpoints::preferences_create>({}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(const preference_request& req, Token&& t) const {
        return create(req, request_options{}, std::forward<Token>(t));
    }
    /// `GET /checkout/preferences/{id}` (a text id, `<collector id>-<uuid>`): the preference.
    template <class... Token>
    auto get(resource_id id, const request_options& o = {}, Token&&... t) const {  // api_result<preference>
        return c_->template call<endpoints::preferences_get>({id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id id, Token&& t) const {
        return get(std::move(id), request_options{}, std::forward<Token>(t));
    }
    /// Replaces what `req` sets (the API merges the body into the preference).
    /// `PUT /checkout/preferences/{id}`; checked against the same rules as create() first.
    template <class... Token>
    auto update(resource_id id, const preference_request& req, const request_options& o = {}, Token&&... t) const {  // api_result<preference>
        return c_->template call<endpoints::preferences_update>({id.str()}, req, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto update(resource_id id, const preference_request& req, Token&& t) const {
        return update(std::move(id), req, request_options{}, std::forward<Token>(t));
    }
    /// One page of preference summaries.
    /// `GET /checkout/preferences/search`: an elements_page of summaries (`items` holds titles only).
    template <class... Token>
    auto search(const preference_search_query& q, const request_options& o = {}, Token&&... t) const {  // api_result<elements_page<preference_search_element>>
        return c_->template call<endpoints::preferences_search>({}, q.to_query(), o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto search(const preference_search_query& q, Token&& t) const {
        return search(q, request_options{}, std::forward<Token>(t));
    }
    /// Every summary the query finds, page by page, fetched lazily.
    auto search_all(preference_search_query q, request_options o = {}) const {
        return mercadopago::search_all<endpoints::preferences_search>(*c_, std::move(q), std::move(o));
    }

private:
    const Client* c_;
};

/// `cli.preferences()`, in mercadopago::client; listed in mercadopago/resources.hpp.
template <class Client>
struct preferences_accessor {
    /// The preferences facade over this client.
    preferences_api<Client> preferences() const noexcept {
        return detail::open_resource<preferences_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The search page, compiled once with MERCADOPAGO_SEPARATE_COMPILATION.
MERCADOPAGO_CODECS(elements_page<preference_search_element>);

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(preference, elements_page<preference_search_element>);

}  // namespace mercadopago
// ---- end mercadopago/api/preferences.hpp ----

// ---- begin mercadopago/api/refunds.hpp ----
// Refunds of a payment: full, partial, get, list.



#include <vector>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using refunds_create = endpoint<http_method::post, "/v1/payments/{id}/refunds", refund_create_request, refund>;
using refunds_get = endpoint<http_method::get, "/v1/payments/{id}/refunds/{refund_id}", no_body, refund>;
using refunds_list = endpoint<http_method::get, "/v1/payments/{id}/refunds", no_body, std::vector<refund>>;
}  // namespace endpoints

/// Refunds of a payment (`/v1/payments/{id}/refunds`): full, partial, read, list.
/// Reach it as `cli.refunds()`; it needs the access token (server side only). A synchronous client returns
/// `api_result<T>`; an async_client takes a completion token last and completes with that result. A refund is
/// possible within 180 days of approval and needs available balance.
template <class Client>
class refunds_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit refunds_api(const Client& c) noexcept : c_(&c) {}

    /// Refunds the whole payment (sends `{}`).
    /// `POST /v1/payments/{payment_id}/refunds` with an X-Idempotency-Key (`o.idempotency_key`, or a UUID made
    /// once and sent on every retry, so a retry never refunds twice). Returns the refund.
    template <class... Token>
    auto create(resource_id payment_id, const request_options& o = {}, Token&&... t) const {  // api_result<refund>
        return c_->template call<endpoints::refunds_create>({payment_id.str()}, refund_create_request{}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(resource_id payment_id, Token&& t) const {
        return create(std::move(payment_id), request_options{}, std::forward<Token>(t));
    }
    /// Refunds `amount` of the payment. There is no way to call this with an
    /// unset amount, so a partial refund can never turn into a full one.
    /// Sends `POST /v1/payments/{payment_id}/refunds` with `{"amount": amount}`, keyed like the full refund.
    /// Some payments refuse partial refunds (errc::bad_request, cause 3024).
    template <class... Token>
    auto create(resource_id payment_id, decimal amount, const request_options& o = {}, Token&&... t) const {  // api_result<refund>
        return c_->template call<endpoints::refunds_create>({payment_id.str()}, refund_create_request{.amount = amount},
                                                            {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto create(resource_id payment_id, decimal amount, Token&& t) const {
        return create(std::move(payment_id), amount, request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/payments/{payment_id}/refunds/{refund_id}`: one refund of the payment.
    template <class... Token>
    auto get(resource_id payment_id, resource_id refund_id, const request_options& o = {}, Token&&... t) const {  // api_result<refund>
        return c_->template call<endpoints::refunds_get>({payment_id.str(), refund_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto get(resource_id payment_id, resource_id refund_id, Token&& t) const {
        return get(std::move(payment_id), std::move(refund_id), request_options{}, std::forward<Token>(t));
    }
    /// `GET /v1/payments/{payment_id}/refunds`: every refund of the payment (a bare array, no paging).
    template <class... Token>
    auto list(resource_id payment_id, const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<refund>>
        return c_->template call<endpoints::refunds_list>({payment_id.str()}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto list(resource_id payment_id, Token&& t) const {
        return list(std::move(payment_id), request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.refunds()`, in mercadopago::client (a public_client refuses it at compile time); listed in mercadopago/resources.hpp.
template <class Client>
struct refunds_accessor {
    /// The refunds facade over this client.
    refunds_api<Client> refunds() const noexcept {
        return detail::open_resource<refunds_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(refund, std::vector<refund>);

}  // namespace mercadopago
// ---- end mercadopago/api/refunds.hpp ----

// ---- begin mercadopago/api/users.hpp ----
// The account behind the access token.



#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using users_me = endpoint<http_method::get, "/users/me", no_body, user>;
}  // namespace endpoints

/// The account behind the access token (`/users`). Reach it as `cli.users()`; it needs the access token.
/// A synchronous client returns `api_result<T>`; an async_client takes a completion token last.
template <class Client>
class users_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit users_api(const Client& c) noexcept : c_(&c) {}
    /// `GET /users/me`: the account the access token (or `o.access_token`) belongs to; an invalid token
    /// fails with errc::unauthorized.
    template <class... Token>
    auto me(const request_options& o = {}, Token&&... t) const {  // api_result<user>
        return c_->template call<endpoints::users_me>({}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto me(Token&& t) const {
        return me(request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.users()`, in mercadopago::client (a public_client refuses it at compile time); listed in mercadopago/resources.hpp.
template <class Client>
struct users_accessor {
    /// The users facade over this client.
    users_api<Client> users() const noexcept {
        return detail::open_resource<users_api, credential::access_token>(static_cast<const Client&>(*this));
    }
};

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(user);

}  // namespace mercadopago
// ---- end mercadopago/api/users.hpp ----

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

template <class Client>
struct resources : payments_accessor<Client>,
                   refunds_accessor<Client>,
                   customers_accessor<Client>,
                   cards_accessor<Client>,
                   card_tokens_accessor<Client>,
                   payment_methods_accessor<Client>,
                   identification_types_accessor<Client>,
                   users_accessor<Client>,
                   orders_accessor<Client>,
                   preferences_accessor<Client>,
                   merchant_orders_accessor<Client> {};

}  // namespace mercadopago::detail
// ---- end mercadopago/resources.hpp ----

#include <string>
#include <type_traits>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

class httplib_transport;  // the default; defined in httplib_transport.hpp

namespace detail {

/// The one implementation of both clients: options, transport, the generic
/// typed call, and the credential each call carries. `client` and
/// `public_client` add the resource accessors of mercadopago/resources.hpp.
template <class Credential, class Transport>
class basic_client {
public:
    /// The credential this client holds (resources check it: detail/resource_accessor.hpp).
    static constexpr credential credential_level = Credential::level;
    /// Calls return their api_result (async_client.hpp has the other kind).
    static constexpr bool asynchronous = false;

    /// Builds the transport from the options (base_url, connection settings).
    explicit basic_client(client_options options)
        requires std::constructible_from<Transport, const client_options&>
        : engine_(options, Transport(options)) {}

    /// Uses a ready transport (a custom HTTP client, a test double).
    basic_client(client_options options, Transport transport) : engine_(std::move(options), std::move(transport)) {}

    const client_options& options() const noexcept { return engine_.options(); }
    Transport& transport() noexcept { return engine_.transport(); }
    const Transport& transport() const noexcept { return engine_.transport(); }

    /// Calls endpoint E with a request body.
    template <endpoint_descriptor E>
        requires(!std::is_same_v<typename E::request_type, no_body>)
    api_result<typename E::response_type> call(const path_args<E>& path, const typename E::request_type& body,
                                               query_params query = {}, const request_options& ro = {}) const {
        if (auto refused = detail::refusal_of(body)) return {std::move(*refused), call_info{}};
        return run<E>(path, to_json(body), std::move(query), ro);
    }

    /// Calls endpoint E that sends no body.
    template <endpoint_descriptor E>
        requires std::is_same_v<typename E::request_type, no_body>
    api_result<typename E::response_type> call(const path_args<E>& path = {}, query_params query = {},
                                               const request_options& ro = {}) const {
        return run<E>(path, std::string{}, std::move(query), ro);
    }

private:
    static_assert(mercadopago::transport<Transport>, "Transport must satisfy mercadopago::transport: "
                                        "result<http_response> send(const http_request&) const");

    template <class E>
    api_result<typename E::response_type> run(const path_args<E>& path, std::string body, query_params query,
                                              const request_options& ro) const {
        using R = typename E::response_type;
        auto call = detail::address_call<Credential, E>(engine_.options(), engine_.path_prefix(), path, std::move(query), ro);
        if (!call) return {call.error(), call_info{}};
        return detail::complete_call<R>(engine_.send(E::method, std::move(call->target), std::move(body),
                                                     E::idempotency_keyed, call->bearer, ro),
                                        call->bearer);
    }

    detail::call_engine<Transport> engine_;
};

}  // namespace detail

/// The server-side client: every endpoint, with the access token. Its
/// resources (`cli.payments()`, …) are listed in mercadopago/resources.hpp.
template <class Transport = httplib_transport>
class client : public detail::basic_client<access_token_credential, Transport>,
               public detail::resources<client<Transport>> {
public:
    using detail::basic_client<access_token_credential, Transport>::basic_client;
};

/// `client cli(options);` is a client over the default transport (httplib_transport).
client(client_options) -> client<>;
/// `client cli(options, my_transport);` is a client over the transport given.
template <class Transport>
client(client_options, Transport) -> client<Transport>;

}  // namespace mercadopago

#ifndef MERCADOPAGO_NO_HTTPLIB
// The default transport, and the call engine over it compiled once with
// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).

// ---- begin mercadopago/httplib_transport.hpp ----
// The default transport: cpp-httplib over OpenSSL.
//
// Certificates are verified against the system store unless a CA file or
// directory is given; TCP_NODELAY is on (without it cpp-httplib's requests
// wait on delayed ACKs: ~25 req/s); idle keep-alive connections are pooled, so
// the transport is safe to use from many threads while each httplib::Client
// (which is not thread-safe) is used by one thread at a time.
//
// The class keeps cpp-httplib behind a pointer to its own state: its
// definitions (impl/httplib_transport.ipp) come with this header in
// header-only mode, and with separate compilation they are compiled once, in
// <mercadopago/src.hpp>, so other files neither parse <httplib.h> for it nor
// compile cpp-httplib's client code.
//
// cpp-httplib must be built with TLS: Debian's libcpp-httplib-dev takes the
// macros from `pkg-config --cflags cpp-httplib`; with the upstream single
// header define CPPHTTPLIB_OPENSSL_SUPPORT before including anything.



#include <memory>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The default synchronous transport: cpp-httplib over OpenSSL, with certificate verification, TCP_NODELAY
/// and a pool of keep-alive connections; safe to share between threads. Copies share the pool.
class httplib_transport {
public:
    /// The transport `client` builds by default: base_url and connection options.
    explicit httplib_transport(const client_options& o) : httplib_transport(o.base_url, o.connection) {}

    /// A transport to the origin of `base_url` (its path prefix is the client's business). An unusable
    /// base_url is not thrown: every send() returns its error.
    MERCADOPAGO_DETAIL_DECL explicit httplib_transport(const std::string& base_url, connection_options c = {});

    /// One HTTP exchange: a response of any status, or a transport error
    /// (errc::tls, errc::timeout, errc::transport).
    MERCADOPAGO_DETAIL_DECL result<http_response> send(const http_request& req) const;

private:
    struct shared;  // options, origin, the pool of idle cpp-httplib clients
    std::shared_ptr<shared> shared_;
};

}  // namespace mercadopago

#if !defined(MERCADOPAGO_SEPARATE_COMPILATION)

// ---- begin mercadopago/impl/httplib_transport.ipp ----
// The definitions of httplib_transport (httplib_transport.hpp): included by
// that header in header-only mode, and compiled once in <mercadopago/src.hpp>
// with separate compilation.


#ifndef CPPHTTPLIB_OPENSSL_SUPPORT
#error "mercadopago/httplib_transport.hpp needs cpp-httplib with TLS: define CPPHTTPLIB_OPENSSL_SUPPORT (pkg-config --cflags cpp-httplib)"
#endif


#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

struct httplib_transport::shared {
    connection_options options;
    std::string origin;
    std::optional<error> config_error;
    std::mutex mutex;
    std::vector<std::unique_ptr<httplib::Client>> idle;

    std::unique_ptr<httplib::Client> acquire() {
        {
            std::lock_guard lock(mutex);
            if (!idle.empty()) {
                auto c = std::move(idle.back());
                idle.pop_back();
                return c;
            }
        }
        auto c = std::make_unique<httplib::Client>(origin);
        c->set_tcp_nodelay(true);
        c->set_keep_alive(true);
        c->set_follow_location(false);  // a redirect must never carry the token elsewhere
        c->enable_server_certificate_verification(options.verify_certificates);
        if (!options.ca_file.empty() || !options.ca_dir.empty()) c->set_ca_cert_path(options.ca_file, options.ca_dir);
        if (!options.proxy_host.empty()) {
            c->set_proxy(options.proxy_host, options.proxy_port);
            if (!options.proxy_username.empty()) c->set_proxy_basic_auth(options.proxy_username, options.proxy_password);
        }
        return c;
    }

    void release(std::unique_ptr<httplib::Client> c) {
        std::lock_guard lock(mutex);
        if (idle.size() < options.max_idle_connections) idle.push_back(std::move(c));
    }

    static error map_error(httplib::Error e, const httplib::Client& cli, bool slow) {
        switch (e) {
        case httplib::Error::SSLServerVerification:
            return {errc::tls, "TLS certificate verification failed (OpenSSL verify result " +
                                   std::to_string(cli.get_openssl_verify_result()) + ")"};
        case httplib::Error::SSLConnection: return {errc::tls, "TLS handshake failed"};
        case httplib::Error::SSLLoadingCerts: return {errc::tls, "could not load the CA certificates"};
        case httplib::Error::ConnectionTimeout: return {errc::timeout, "connect timed out"};
        case httplib::Error::Canceled: return {errc::timeout, "call deadline reached while reading the response"};
        case httplib::Error::Connection: return {errc::transport, "could not connect"};
        case httplib::Error::Read:
            if (slow) return {errc::timeout, "read timed out"};
            return {errc::transport, "connection closed or reset while reading the response"};
        case httplib::Error::Write: return {errc::transport, "connection closed or reset while sending the request"};
        default: return {errc::transport, "HTTP exchange failed: " + httplib::to_string(e)};
        }
    }
};

MERCADOPAGO_DETAIL_DECL httplib_transport::httplib_transport(const std::string& base_url, connection_options c)
    : shared_(std::make_shared<shared>()) {
    shared_->options = std::move(c);
    if (auto wrong = detail::proxy_settings_error(shared_->options)) {
        shared_->config_error = std::move(*wrong);
        return;
    }
    auto url = detail::parse_base_url(base_url);
    if (!url) {
        shared_->config_error = url.error();
        return;
    }
    const bool v6 = url->host.find(':') != std::string::npos;
    shared_->origin = url->scheme + "://" + (v6 ? "[" + url->host + "]" : url->host) + ":" + std::to_string(url->port);
}

MERCADOPAGO_DETAIL_DECL result<http_response> httplib_transport::send(const http_request& req) const {
    if (shared_->config_error) return *shared_->config_error;
    std::unique_ptr<httplib::Client> cli = shared_->acquire();
    const auto& o = shared_->options;
    const auto start = std::chrono::steady_clock::now();
    const auto deadline = start + req.timeout;
    // Each phase gets its own limit, never more than the attempt's budget.
    const auto budget = std::max(req.timeout, std::chrono::milliseconds{1});
    cli->set_connection_timeout(std::min(o.connect_timeout, budget));
    cli->set_read_timeout(std::min(o.read_timeout, budget));
    cli->set_write_timeout(std::min(o.write_timeout, budget));

    httplib::Request hr;
    hr.method = std::string(to_string(req.method));
    hr.path = req.target;
    for (const auto& [k, v] : req.headers) hr.headers.emplace(k, v);
    hr.body = req.body;
    // cpp-httplib 0.11 has no total timeout; the progress callback stops a
    // body that trickles in past the deadline.
    hr.progress = [deadline](std::uint64_t, std::uint64_t) { return std::chrono::steady_clock::now() < deadline; };

    // send(Request&, Response&, Error&), not send(const Request&): the
    // latter copies the whole request and allocates the response.
    httplib::Response res;
    httplib::Error err = httplib::Error::Success;
    if (!cli->send(hr, res, err)) {
        if (err == httplib::Error::Success) err = httplib::Error::Unknown;  // never report "success"
        const auto elapsed = std::chrono::steady_clock::now() - start;
        const auto read_limit = std::min(o.read_timeout, budget);
        return shared::map_error(err, *cli, elapsed >= read_limit * 9 / 10);  // the socket is dropped with cli
    }
    http_response out;
    out.status = res.status;
    out.headers.reserve(res.headers.size());
    for (auto& [k, v] : res.headers) out.headers.emplace_back(k, std::move(v));
    out.body = std::move(res.body);
    shared_->release(std::move(cli));
    return out;
}

}  // namespace mercadopago
// ---- end mercadopago/impl/httplib_transport.ipp ----
#endif
// ---- end mercadopago/httplib_transport.hpp ----
namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {
/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_DETAIL_INSTANTIATE(class detail::call_engine<httplib_transport>);
}  // namespace mercadopago
#endif
// ---- end mercadopago/client.hpp ----

// ---- begin mercadopago/order_outcome.hpp ----
// Buyer-facing messages for an order of the Orders API, in English, Spanish
// and Portuguese — the same shape and rules as the payments' (outcome.hpp):
//
//     auto m = mercadopago::describe_outcome(order, mercadopago::language::pt);
//     show(m.title, m.detail, m.next_step);
//
// Every order `status` and every value of order_status_detail::known
// (shared reference payment-outcomes.md §3.1) has a message. A failed order
// is described by its failed payment's status_detail when the order's own
// detail says no more than `failed` (the 402 body of a declined card).



// ---- begin mercadopago/outcome.hpp ----
// Buyer-facing messages for a payment's outcome, in English, Spanish and
// Portuguese: what happened, and what the buyer can do next.
//
//     auto m = mercadopago::describe_outcome(payment, mercadopago::language::es);
//     show(m.title, m.detail, m.next_step);
//     if (m.can_retry) offer_another_attempt();
//
// There is a message for every payment `status` and every `status_detail` of
// shared reference payment-outcomes.md §1–§2 (including the values seen without
// official descriptions). The wording is this library's own. A detail this
// version does not know — or a known detail under an unexpected status — gets
// the generic message of the status; an unknown status gets a generic message
// too; no field is ever empty.
//
// Values from the payment fill the messages: the amount (`transaction_amount`
// and `currency_id`, e.g. "BRL 12.34"), the payment method's display name
// (`payment_method_id` "master" → "Mastercard"), the statement descriptor and
// the number of installments. A sentence part whose value is missing is left
// out or replaced by a neutral wording ("your card issuer"), so no placeholder
// ever shows. Messages are plain text (escape them for HTML). Messages for
// declines by risk rules never tell the buyer the reason.



#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The language of a buyer-facing message.
enum class language { en, /**< English */ es, /**< Spanish */ pt /**< Portuguese (Brazilian usage) */ };

/// "en", "es" or "pt".
constexpr std::string_view to_string(language l) noexcept {
    switch (l) {
    case language::en: return "en";
    case language::es: return "es";
    case language::pt: return "pt";
    }
    return "en";
}

/// The values a message may quote. Empty (or unset) values are left out of the
/// text. `outcome_values::from(payment)` fills them from a payment; build one
/// by hand to format the amount your own way (e.g. "R$ 12,34").
struct outcome_values {
    std::string amount{};                ///< ready to show: "BRL 12.34"
    std::string payment_method{};        ///< display name: "Visa", "Mastercard"
    std::string statement_descriptor{};  ///< how the charge appears on the card statement
    std::optional<int> installments{};   ///< shown as "3 installments" / "3 cuotas" / "3 parcelas"

    /// The values of payment `p`: amount from `transaction_amount` and `currency_id`, method name from
    /// `payment_method_id`, its statement descriptor, and installments when above zero.
    static outcome_values from(const payment& p);
};

/// A message for the buyer about one payment (or order), in one language.
template <class Status, class Detail>
struct basic_outcome_message {
    Status status{};         ///< the status described (as given; may be empty or unknown)
    Detail status_detail{};  ///< the detail described (as given)
    mercadopago::language language = mercadopago::language::en;  ///< the language of the texts below
    std::string title{};      ///< a short heading: "Payment approved"
    std::string detail{};     ///< what happened, with the payment's values filled in
    std::string next_step{};  ///< what the buyer can do now
    /// This payment will not change by itself any more (approved, rejected,
    /// cancelled, refunded, a concluded chargeback). An approved payment may
    /// still be refunded or disputed later.
    bool final = false;
    /// The buyer must act to complete this payment (pay a voucher, make a
    /// transfer, pass a 3-D Secure challenge, send missing information).
    bool action_required = false;
    /// Offering a new attempt (same or another method) makes sense.
    bool can_retry = false;
    /// No message specific to this status_detail exists (none given, unknown,
    /// or not expected with this status): the text is the status's generic one.
    bool generic = false;
    /// For the integrator, never for the buyer: what the seller should do (English).
    std::string_view seller_note{};
};

/// The message about a payment (the Orders API's is order_outcome_message).
using outcome_message = basic_outcome_message<payment_status, payment_status_detail>;

/// A (status, status_detail) pair that has its own message.
struct outcome_case {
    payment_status::constant status;                ///< the payment `status`, e.g. "rejected"
    payment_status_detail::constant status_detail;  ///< the `status_detail`, e.g. "cc_rejected_insufficient_amount"
};

/// Every (status, status_detail) pair with a dedicated message: each value of
/// payment_status_detail::known appears at least once (a few under two statuses).
MERCADOPAGO_DETAIL_DECL std::span<const outcome_case> known_outcomes() noexcept;

/// "BRL 12.34": the ISO currency code, a space, and the exact amount with at
/// least the currency's usual decimal places (two; none for CLP, PYG, JPY, …);
/// '.' as decimal separator and no grouping, in every language. Never rounds.
/// Without a currency, the number alone.
MERCADOPAGO_DETAIL_DECL std::string format_amount(const decimal& amount, std::string_view currency_id);

/// A display name for a `payment_method_id`: "visa" → "Visa", "master" →
/// "Mastercard", "amex" → "American Express", "account_money" → "Mercado Pago";
/// an id not in the table is shown capitalised with '_' as spaces ("some_card"
/// → "Some card").
MERCADOPAGO_DETAIL_DECL std::string payment_method_name(std::string_view payment_method_id);

/// The message for a status and detail, with `values` quoted where relevant.
MERCADOPAGO_DETAIL_DECL outcome_message describe_outcome(const payment_status& status,
                                                         const payment_status_detail& status_detail, language lang, const outcome_values& values = {});

/// The message for a payment (its status, status_detail and values).
MERCADOPAGO_DETAIL_DECL outcome_message describe_outcome(const payment& p, language lang);

}  // namespace mercadopago

// The definitions and the message tables: here in header-only mode, in
// <mercadopago/src.hpp> with separate compilation, so that a file that only
// includes this header does not compile a thousand lines of tables.
#if !defined(MERCADOPAGO_SEPARATE_COMPILATION)

// ---- begin mercadopago/impl/outcome.ipp ----
// The definitions of outcome.hpp's functions, the payments' message table,
// and rendering a message from a table row (the orders' messages share it:
// impl/order_outcome.ipp): included by outcome.hpp in header-only mode, and
// compiled once in <mercadopago/src.hpp> with separate compilation.



#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace detail {

struct outcome_text {
    const char* title;
    const char* detail;
    const char* next_step;
};
struct outcome_texts {
    outcome_text en, es, pt;
};

inline constexpr unsigned outcome_final = 1;
inline constexpr unsigned outcome_action = 2;
inline constexpr unsigned outcome_retry = 4;

/// One message. `detail` empty: the generic message of `status`; both empty:
/// the message for an unknown status. Templates: `{name}` is a value
/// (amount, payment_method, statement_descriptor, installments); `[A]` keeps A
/// only when every value A names is present; `[A|B]` uses B otherwise.
struct outcome_row {
    const char* status;
    const char* detail;
    unsigned flags;
    const char* seller_note;
    outcome_texts texts;
};

// The texts are plain `const char*`, not string_views: a string_view made
// from a literal is measured by char_traits::length, which g++ runs character
// by character in its constant evaluator, for every text of every table, in
// every file that compiles the tables (each header-only one that includes
// outcome.hpp). With pointers the tables cost about what their tokens cost to
// read (0.03 G instructions against 0.13 G as `sv` literals, g++ 12); a text
// is measured when a message is rendered.

// Texts shared by a detail that is seen under two statuses.
inline constexpr outcome_texts additional_info_texts{
    {"More information needed", "We need some more information to process your payment[ of {amount}].",
     "Check your messages: you will be asked for the missing details. Reply to continue."},
    {"Necesitamos más información", "Necesitamos algunos datos más para procesar tu pago[ de {amount}].",
     "Revisa tus mensajes: te pediremos los datos que faltan. Responde para continuar."},
    {"Precisamos de mais informações",
     "Precisamos de mais algumas informações para processar seu pagamento[ de {amount}].",
     "Fique de olho nas suas mensagens: vamos pedir os dados que faltam. Responda para continuar."}};

inline constexpr outcome_texts provider_response_texts{
    {"Waiting for a response", "Your payment[ of {amount}] is waiting for a response from the payment processor.",
     "You don't need to do anything or pay again; you will get the result soon."},
    {"Esperando una respuesta", "Tu pago[ de {amount}] está esperando la respuesta del procesador de pagos.",
     "No necesitas hacer nada ni volver a pagar; pronto tendrás el resultado."},
    {"Aguardando uma resposta",
     "Seu pagamento[ de {amount}] está aguardando a resposta do processador de pagamentos.",
     "Você não precisa fazer nada nem pagar novamente; em breve você terá o resultado."}};

inline constexpr outcome_texts authorization_revoked_texts{
    {"Authorization withdrawn",
     "The authorization for this payment[ of {amount}] was withdrawn, so it will not be charged.",
     "If you still want to buy, start a new payment."},
    {"Autorización retirada", "Se retiró la autorización de este pago[ de {amount}], así que no se cobrará.",
     "Si todavía quieres comprar, inicia un nuevo pago."},
    {"Autorização retirada", "A autorização deste pagamento[ de {amount}] foi retirada, então ele não será cobrado.",
     "Se ainda quiser comprar, inicie um novo pagamento."}};

// Declines by risk rules: the same neutral wording, never the reason.
inline constexpr outcome_texts undisclosed_decline_texts{
    {"Payment not processed", "We could not process your payment[ of {amount}].",
     "Please pay with another card or payment method."},
    {"No pudimos procesar tu pago", "No pudimos procesar tu pago[ de {amount}].",
     "Por favor, paga con otra tarjeta u otro medio de pago."},
    {"Não foi possível processar seu pagamento", "Não conseguimos processar seu pagamento[ de {amount}].",
     "Por favor, pague com outro cartão ou meio de pagamento."}};

inline constexpr outcome_texts refund_sent_back_next{
    {"", "", "The money goes back to the payment method you used; when it shows up depends on your bank or card issuer."},
    {"", "", "El dinero vuelve al medio de pago que usaste; cuándo lo verás depende de tu banco o del emisor de tu tarjeta."},
    {"", "",
     "O dinheiro volta para o meio de pagamento que você usou; o prazo para aparecer depende do seu banco ou do "
     "emissor do cartão."}};

inline constexpr unsigned outcome_declined = outcome_final | outcome_retry;

inline const outcome_row outcome_rows[] = {
    // --- generic message of each status (no or unknown status_detail) ---------
    {"pending", "", outcome_action, "Show the payment instructions; wait for the webhook before fulfilling.",
     {{"Payment pending", "Your payment[ of {amount}] has not been completed yet.",
       "Finish paying by following the instructions you were given. We will let you know as soon as it is "
       "confirmed."},
      {"Pago pendiente", "Tu pago[ de {amount}] todavía no se completó.",
       "Termina de pagar siguiendo las instrucciones que recibiste. Te avisaremos en cuanto se confirme."},
      {"Pagamento pendente", "Seu pagamento[ de {amount}] ainda não foi concluído.",
       "Conclua o pagamento seguindo as instruções que você recebeu. Avisaremos assim que ele for confirmado."}}},
    {"approved", "", outcome_final, "Fulfil the order.",
     {{"Payment approved", "Your payment[ of {amount}] has been approved.", "You don't need to do anything else."},
      {"Pago aprobado", "Tu pago[ de {amount}] fue aprobado.", "No necesitas hacer nada más."},
      {"Pagamento aprovado", "Seu pagamento[ de {amount}] foi aprovado.", "Você não precisa fazer mais nada."}}},
    {"authorized", "", 0, "Capture the payment or cancel it before the authorization lapses.",
     {{"Payment authorized",
       "The payment[ of {amount}] has been authorized: the amount is reserved but not charged yet.",
       "You don't need to do anything. The charge is completed when the seller confirms your purchase."},
      {"Pago autorizado",
       "El pago[ de {amount}] fue autorizado: el monto está reservado, pero todavía no se cobró.",
       "No necesitas hacer nada. El cobro se completa cuando el vendedor confirme tu compra."},
      {"Pagamento autorizado",
       "O pagamento[ de {amount}] foi autorizado: o valor está reservado, mas ainda não foi cobrado.",
       "Você não precisa fazer nada. A cobrança é concluída quando o vendedor confirmar sua compra."}}},
    {"in_process", "", 0, "Under review; wait for the webhook before fulfilling.",
     {{"Payment being processed", "Your payment[ of {amount}] is still being processed.",
       "Please wait and do not pay again. You will get the result by e-mail, usually within two business days."},
      {"Pago en proceso", "Tu pago[ de {amount}] todavía se está procesando.",
       "Espera y no vuelvas a pagar. Recibirás el resultado por e-mail, normalmente en hasta dos días hábiles."},
      {"Pagamento em processamento", "Seu pagamento[ de {amount}] ainda está sendo processado.",
       "Aguarde e não pague novamente. Você receberá o resultado por e-mail, normalmente em até dois dias úteis."}}},
    {"in_mediation", "", 0, "The buyer opened a dispute: answer it.",
     {{"Payment in dispute", "There is an open dispute about this payment[ of {amount}].",
       "Follow the dispute in your Mercado Pago account and reply there to any request for information."},
      {"Pago en disputa", "Hay una disputa abierta sobre este pago[ de {amount}].",
       "Sigue la disputa desde tu cuenta de Mercado Pago y responde allí a cualquier pedido de información."},
      {"Pagamento em disputa", "Há uma disputa aberta sobre este pagamento[ de {amount}].",
       "Acompanhe a disputa na sua conta do Mercado Pago e responda por lá a qualquer pedido de informação."}}},
    {"rejected", "", outcome_declined, "Declined; allow another attempt.",
     {{"Payment declined", "Your payment[ of {amount}] could not be completed.",
       "Try again, or pay with another card or payment method."},
      {"Pago rechazado", "No se pudo completar tu pago[ de {amount}].",
       "Vuelve a intentarlo o paga con otra tarjeta u otro medio de pago."},
      {"Pagamento recusado", "Não foi possível concluir seu pagamento[ de {amount}].",
       "Tente novamente ou pague com outro cartão ou meio de pagamento."}}},
    {"cancelled", "", outcome_declined, "Release the stock; a new payment is needed.",
     {{"Payment cancelled", "This payment[ of {amount}] was cancelled, so nothing will be charged.",
       "If you still want to buy, start a new payment."},
      {"Pago cancelado", "Este pago[ de {amount}] se canceló, así que no se realizará ningún cobro.",
       "Si todavía quieres comprar, inicia un nuevo pago."},
      {"Pagamento cancelado", "Este pagamento[ de {amount}] foi cancelado, então nada será cobrado.",
       "Se ainda quiser comprar, inicie um novo pagamento."}}},
    {"refunded", "", outcome_final, "Fully refunded; nothing to do.",
     {{"Payment refunded", "Your payment[ of {amount}] has been refunded.", refund_sent_back_next.en.next_step},
      {"Pago reembolsado", "Tu pago[ de {amount}] fue reembolsado.", refund_sent_back_next.es.next_step},
      {"Pagamento reembolsado", "Seu pagamento[ de {amount}] foi reembolsado.", refund_sent_back_next.pt.next_step}}},
    {"charged_back", "", 0, "A chargeback was filed: follow it through the chargebacks API.",
     {{"Payment charged back", "A chargeback was filed with the card issuer for this payment[ of {amount}].",
       "If you have questions about it, contact your card issuer."},
      {"Contracargo del pago", "Se presentó un contracargo ante el emisor de la tarjeta por este pago[ de {amount}].",
       "Si tienes dudas, comunícate con el emisor de tu tarjeta."},
      {"Contestação do pagamento",
       "Foi aberta uma contestação junto ao emissor do cartão para este pagamento[ de {amount}].",
       "Se tiver dúvidas, fale com o emissor do seu cartão."}}},
    // --- unknown status ---------------------------------------------------------
    {"", "", 0, "Unknown status: fetch the payment again and check its status before acting.",
     {{"Payment status", "We could not determine the current status of your payment[ of {amount}].",
       "Check your e-mail or your Mercado Pago account, or contact the seller, before paying again."},
      {"Estado del pago", "No pudimos determinar el estado actual de tu pago[ de {amount}].",
       "Revisa tu e-mail o tu cuenta de Mercado Pago, o comunícate con el vendedor, antes de volver a pagar."},
      {"Status do pagamento", "Não conseguimos identificar o status atual do seu pagamento[ de {amount}].",
       "Verifique seu e-mail ou sua conta do Mercado Pago, ou fale com o vendedor, antes de pagar novamente."}}},

    // --- approved ---------------------------------------------------------------
    {"approved", "accredited", outcome_final, "Fulfil the order.",
     {{"Payment approved",
       "Your payment[ of {amount}] was approved.[ The charge will appear on your statement as {statement_descriptor}.]",
       "You don't need to do anything else."},
      {"Pago aprobado",
       "Tu pago[ de {amount}] fue aprobado.[ En el resumen de tu tarjeta aparecerá como {statement_descriptor}.]",
       "No necesitas hacer nada más."},
      {"Pagamento aprovado",
       "Seu pagamento[ de {amount}] foi aprovado.[ Na fatura, a cobrança aparecerá como {statement_descriptor}.]",
       "Você não precisa fazer mais nada."}}},
    {"approved", "partially_refunded", outcome_final, "Nothing to do; the refunded sum is in transaction_amount_refunded.",
     {{"Payment partially refunded", "Your payment[ of {amount}] was approved, and part of it has since been refunded.",
       "The refunded part goes back to the payment method you used; when it shows up depends on your bank or card "
       "issuer."},
      {"Pago reembolsado en parte", "Tu pago[ de {amount}] fue aprobado y luego se devolvió una parte.",
       "La parte devuelta vuelve al medio de pago que usaste; cuándo la verás depende de tu banco o del emisor de tu "
       "tarjeta."},
      {"Pagamento reembolsado em parte", "Seu pagamento[ de {amount}] foi aprovado e depois uma parte foi reembolsada.",
       "A parte reembolsada volta para o meio de pagamento que você usou; o prazo depende do seu banco ou do emissor "
       "do cartão."}}},
    // --- authorized -------------------------------------------------------------
    {"authorized", "pending_capture", 0, "Capture it (PUT with capture=true) or cancel it before the authorization lapses.",
     {{"Payment authorized", "The amount[ of {amount}] is reserved on your card but has not been charged yet.",
       "You don't need to do anything: the seller will either complete the charge or release the reserved amount."},
      {"Pago autorizado", "El monto[ de {amount}] quedó reservado en tu tarjeta, pero todavía no se cobró.",
       "No necesitas hacer nada: el vendedor completará el cobro o liberará el monto reservado."},
      {"Pagamento autorizado", "O valor[ de {amount}] está reservado no seu cartão, mas ainda não foi cobrado.",
       "Você não precisa fazer nada: o vendedor vai concluir a cobrança ou liberar o valor reservado."}}},
    // --- in_process -------------------------------------------------------------
    {"in_process", "offline_process", 0, "Processing continues offline; wait for the webhook before fulfilling.",
     {{"Payment being processed",
       "Your payment[ of {amount}] could not be processed right away and will be processed shortly.",
       "Please wait for the result and do not pay again. We will let you know."},
      {"Pago en proceso", "Tu pago[ de {amount}] no pudo procesarse en el momento y se procesará en breve.",
       "Espera el resultado y no vuelvas a pagar. Te avisaremos."},
      {"Pagamento em processamento",
       "Seu pagamento[ de {amount}] não pôde ser processado na hora e será processado em breve.",
       "Aguarde o resultado e não pague novamente. Vamos avisar você."}}},
    {"in_process", "pending_contingency", 0, "Processing is delayed; wait for the webhook (about 2 business days).",
     {{"Payment being processed", "Processing your payment[ of {amount}] is taking longer than usual.",
       "You don't need to pay again. You will receive the result by e-mail within two business days."},
      {"Estamos procesando tu pago", "El procesamiento de tu pago[ de {amount}] está demorando más de lo habitual.",
       "No hace falta que vuelvas a pagar. Recibirás el resultado por e-mail en un plazo de dos días hábiles."},
      {"Estamos processando seu pagamento",
       "O processamento do seu pagamento[ de {amount}] está demorando mais do que o normal.",
       "Não é preciso pagar novamente. Você receberá o resultado por e-mail em até dois dias úteis."}}},
    {"in_process", "pending_review_manual", 0, "Held for manual review; wait for the webhook before fulfilling.",
     {{"Payment under review", "Your payment[ of {amount}] is being reviewed.",
       "Please do not pay again. You will get the result within about two business days, and you may be asked for "
       "some extra information."},
      {"Pago en revisión", "Tu pago[ de {amount}] está siendo revisado.",
       "Por favor, no vuelvas a pagar. Tendrás el resultado en unos dos días hábiles y es posible que te pidamos "
       "algún dato adicional."},
      {"Pagamento em análise", "Seu pagamento[ de {amount}] está em análise.",
       "Por favor, não pague novamente. Você terá o resultado em cerca de dois dias úteis e talvez precisemos de "
       "alguma informação adicional."}}},
    {"in_process", "deferred_retry", 0, "Rescheduled by Mercado Pago; wait for the webhook.",
     {{"Payment will be retried",
       "Your payment[ of {amount}] could not be completed yet and will be attempted again automatically.",
       "You don't need to do anything; we will let you know the result."},
      {"Reintentaremos el pago",
       "Tu pago[ de {amount}] todavía no pudo completarse y se volverá a intentar automáticamente.",
       "No necesitas hacer nada; te avisaremos el resultado."},
      {"O pagamento será tentado novamente",
       "Seu pagamento[ de {amount}] ainda não pôde ser concluído e será tentado novamente de forma automática.",
       "Você não precisa fazer nada; avisaremos o resultado."}}},
    // --- pending ----------------------------------------------------------------
    {"pending", "pending_waiting_transfer", outcome_action,
     "Show the transfer or QR data (point_of_interaction.transaction_data); wait for the webhook.",
     {{"Complete your transfer", "Your payment[ of {amount}] will be confirmed once you complete the transfer.",
       "Open your bank's app and make the transfer, or scan the QR code, using the details shown at checkout."},
      {"Completa tu transferencia", "Tu pago[ de {amount}] se confirmará cuando completes la transferencia.",
       "Abre la app de tu banco y haz la transferencia, o escanea el código QR, con los datos que se mostraron al "
       "pagar."},
      {"Conclua sua transferência", "Seu pagamento[ de {amount}] será confirmado quando você concluir a transferência.",
       "Abra o app do seu banco e faça a transferência, ou leia o QR code, com os dados mostrados ao finalizar a "
       "compra."}}},
    {"pending", "pending_waiting_payment", outcome_action,
     "Show the voucher (transaction_details.external_resource_url) and its due date.",
     {{"Waiting for your payment", "Your payment[ of {amount}] has been registered, but you have not paid it yet.",
       "Pay it with the voucher or payment slip you received before it expires. Confirmation may take a while after "
       "you pay."},
      {"Esperamos tu pago", "Tu pago[ de {amount}] quedó registrado, pero todavía no lo realizaste.",
       "Págalo con el cupón o la boleta que recibiste antes de su vencimiento. La confirmación puede demorar un poco "
       "después de que pagues."},
      {"Aguardando seu pagamento", "Seu pagamento[ de {amount}] foi registrado, mas você ainda não o realizou.",
       "Pague com o boleto ou comprovante que você recebeu antes do vencimento. A confirmação pode levar algum tempo "
       "depois do pagamento."}}},
    {"pending", "pending_challenge", outcome_action,
     "Open three_ds_info.external_resource_url (posting creq) so the buyer completes 3-D Secure.",
     {{"Confirm your payment",
       "Your card issuer needs you to confirm this payment[ of {amount}] before it can go through.",
       "Complete the verification your bank shows you, for example by entering the code it sends you or approving "
       "the payment in its app."},
      {"Confirma tu pago",
       "El emisor de tu tarjeta necesita que confirmes este pago[ de {amount}] para poder procesarlo.",
       "Completa la verificación que te muestra tu banco, por ejemplo ingresando el código que te envía o aprobando "
       "el pago en su app."},
      {"Confirme seu pagamento",
       "O emissor do seu cartão precisa que você confirme este pagamento[ de {amount}] para processá-lo.",
       "Conclua a verificação exibida pelo seu banco, por exemplo digitando o código enviado ou aprovando o "
       "pagamento no app dele."}}},
    // --- cancelled --------------------------------------------------------------
    {"cancelled", "expired", outcome_declined, "Not paid within 30 days; release the stock, a new payment is needed.",
     {{"Payment expired", "The payment[ of {amount}] was not completed in time, so it was cancelled.",
       "If you still want to buy, start a new payment."},
      {"Pago vencido", "El pago[ de {amount}] no se completó a tiempo, así que se canceló.",
       "Si todavía quieres comprar, inicia un nuevo pago."},
      {"Pagamento expirado", "O pagamento[ de {amount}] não foi concluído a tempo e, por isso, foi cancelado.",
       "Se ainda quiser comprar, inicie um novo pagamento."}}},
    {"cancelled", "by_collector", outcome_final, "Cancelled by you (the seller); release the stock.",
     {{"Payment cancelled by the seller", "The seller cancelled this payment[ of {amount}]; nothing will be charged.",
       "If you have questions about your purchase, contact the seller."},
      {"El vendedor canceló el pago", "El vendedor canceló este pago[ de {amount}]; no se realizará ningún cobro.",
       "Si tienes dudas sobre tu compra, comunícate con el vendedor."},
      {"O vendedor cancelou o pagamento", "O vendedor cancelou este pagamento[ de {amount}]; nada será cobrado.",
       "Se tiver dúvidas sobre sua compra, fale com o vendedor."}}},
    {"cancelled", "by_payer", outcome_declined, "Cancelled by the buyer; release the stock.",
     {{"Payment cancelled", "You cancelled this payment[ of {amount}]; nothing will be charged.",
       "You can start a new payment whenever you want."},
      {"Pago cancelado", "Cancelaste este pago[ de {amount}]; no se realizará ningún cobro.",
       "Puedes iniciar un nuevo pago cuando quieras."},
      {"Pagamento cancelado", "Você cancelou este pagamento[ de {amount}]; nada será cobrado.",
       "Você pode iniciar um novo pagamento quando quiser."}}},
    // --- charged_back -----------------------------------------------------------
    {"charged_back", "settled", outcome_final, "Chargeback concluded against you: the money stays withheld.",
     {{"Chargeback concluded", "The chargeback on this payment[ of {amount}] has been concluded in your favor.",
       "You don't need to do anything else."},
      {"Contracargo finalizado", "El contracargo de este pago[ de {amount}] se resolvió a tu favor.",
       "No necesitas hacer nada más."},
      {"Contestação concluída", "A contestação deste pagamento[ de {amount}] foi concluída a seu favor.",
       "Você não precisa fazer mais nada."}}},
    {"charged_back", "reimbursed", outcome_final, "Chargeback concluded in your favor: the money came back to you.",
     {{"Chargeback concluded",
       "The chargeback on this payment[ of {amount}] was resolved in the seller's favor, so the charge stands.",
       "If you disagree, contact your card issuer."},
      {"Contracargo finalizado",
       "El contracargo de este pago[ de {amount}] se resolvió a favor del vendedor, por lo que el cobro se mantiene.",
       "Si no estás de acuerdo, comunícate con el emisor de tu tarjeta."},
      {"Contestação concluída",
       "A contestação deste pagamento[ de {amount}] foi resolvida a favor do vendedor, então a cobrança continua "
       "válida.",
       "Se não concordar, fale com o emissor do seu cartão."}}},
    {"charged_back", "in_process", 0, "The cardholder disputes the charge: send your evidence (chargebacks API).",
     {{"Chargeback under review", "Your card issuer is reviewing a chargeback on this payment[ of {amount}].",
       "Wait for the outcome; your card issuer may contact you for more details."},
      {"Contracargo en revisión",
       "El emisor de tu tarjeta está revisando un contracargo sobre este pago[ de {amount}].",
       "Espera el resultado; el emisor de tu tarjeta podría comunicarse contigo para pedirte más datos."},
      {"Contestação em análise",
       "O emissor do seu cartão está analisando uma contestação deste pagamento[ de {amount}].",
       "Aguarde o resultado; o emissor do cartão pode entrar em contato para pedir mais informações."}}},
    // --- refunded ---------------------------------------------------------------
    {"refunded", "refunded", outcome_final, "Refunded by you; nothing else to do.",
     {{"Payment refunded", "The seller refunded your payment[ of {amount}].", refund_sent_back_next.en.next_step},
      {"Pago reembolsado", "El vendedor te reembolsó el pago[ de {amount}].", refund_sent_back_next.es.next_step},
      {"Pagamento reembolsado", "O vendedor reembolsou seu pagamento[ de {amount}].",
       refund_sent_back_next.pt.next_step}}},
    {"refunded", "by_admin", outcome_final, "Refunded by Mercado Pago; your account says why.",
     {{"Payment refunded", "Mercado Pago refunded your payment[ of {amount}].", refund_sent_back_next.en.next_step},
      {"Pago reembolsado", "Mercado Pago te reembolsó el pago[ de {amount}].", refund_sent_back_next.es.next_step},
      {"Pagamento reembolsado", "O Mercado Pago reembolsou seu pagamento[ de {amount}].",
       refund_sent_back_next.pt.next_step}}},
    // --- rejected ---------------------------------------------------------------
    {"rejected", "bank_error", outcome_declined, "Bank-side error on a transfer; the buyer may retry later or use another method.",
     {{"Payment not completed",
       "Your bank could not complete the transfer[ of {amount}] because of a problem on its side.",
       "Try again later, or choose another payment method."},
      {"No se completó el pago", "Tu banco no pudo completar la transferencia[ de {amount}] por un problema propio.",
       "Vuelve a intentarlo más tarde o elige otro medio de pago."},
      {"Pagamento não concluído",
       "Seu banco não conseguiu concluir a transferência[ de {amount}] por um problema do lado dele.",
       "Tente novamente mais tarde ou escolha outro meio de pagamento."}}},
    {"rejected", "cc_rejected_3ds_challenge", outcome_declined, "The buyer did not pass the 3-D Secure challenge; allow a retry.",
     {{"Verification not completed",
       "The payment[ of {amount}] was declined because your card's verification step was not passed.",
       "Try again and complete your bank's verification, or use another card."},
      {"No se completó la verificación",
       "El pago[ de {amount}] fue rechazado porque no se superó la verificación de tu tarjeta.",
       "Vuelve a intentarlo y completa la verificación de tu banco, o usa otra tarjeta."},
      {"Verificação não concluída",
       "O pagamento[ de {amount}] foi recusado porque a verificação do seu cartão não foi concluída.",
       "Tente novamente e conclua a verificação do seu banco, ou use outro cartão."}}},
    {"rejected", "cc_rejected_3ds_mandatory", outcome_declined,
     "3-D Secure is mandatory for this card: send the payment with three_d_secure_mode set to optional.",
     {{"Payment declined",
       "Your card issuer requires an extra verification step that this payment[ of {amount}] did not include.",
       "Try again, or pay with another card or payment method."},
      {"Pago rechazado",
       "El emisor de tu tarjeta exige un paso de verificación adicional que este pago[ de {amount}] no incluyó.",
       "Vuelve a intentarlo o paga con otra tarjeta u otro medio de pago."},
      {"Pagamento recusado",
       "O emissor do seu cartão exige uma etapa extra de verificação que este pagamento[ de {amount}] não incluiu.",
       "Tente novamente ou pague com outro cartão ou meio de pagamento."}}},
    {"rejected", "cc_rejected_bad_filled_card_number", outcome_declined, "Ask the buyer to re-enter the card number.",
     {{"Check the card number", "The card number you entered is not valid.",
       "Check the number on your card and enter it again."},
      {"Revisa el número de tarjeta", "El número de tarjeta que ingresaste no es válido.",
       "Verifica el número de tu tarjeta y vuelve a ingresarlo."},
      {"Confira o número do cartão", "O número do cartão informado não é válido.",
       "Confira o número do seu cartão e digite-o novamente."}}},
    {"rejected", "cc_rejected_bad_filled_date", outcome_declined, "Ask the buyer to re-enter the expiration date.",
     {{"Check the expiration date", "The expiration date you entered is not valid.",
       "Check the date printed on your card and enter it again."},
      {"Revisa la fecha de vencimiento", "La fecha de vencimiento que ingresaste no es válida.",
       "Verifica la fecha que figura en tu tarjeta y vuelve a ingresarla."},
      {"Confira a data de validade", "A data de validade informada não é válida.",
       "Confira a data impressa no seu cartão e digite-a novamente."}}},
    {"rejected", "cc_rejected_bad_filled_other", outcome_declined, "Ask the buyer to review every card field.",
     {{"Check your card details", "Some of the card details you entered are not valid.",
       "Review all the card details and try again."},
      {"Revisa los datos de tu tarjeta", "Algunos de los datos de la tarjeta que ingresaste no son válidos.",
       "Revisa todos los datos de la tarjeta y vuelve a intentarlo."},
      {"Confira os dados do cartão", "Alguns dos dados do cartão informados não são válidos.",
       "Revise todos os dados do cartão e tente novamente."}}},
    {"rejected", "cc_rejected_bad_filled_security_code", outcome_declined, "Ask the buyer to re-enter the security code.",
     {{"Check the security code", "The security code you entered is not valid.",
       "Enter the 3 or 4 digit code from your card and try again."},
      {"Revisa el código de seguridad", "El código de seguridad que ingresaste no es válido.",
       "Ingresa el código de 3 o 4 dígitos de tu tarjeta y vuelve a intentarlo."},
      {"Confira o código de segurança", "O código de segurança informado não é válido.",
       "Digite o código de 3 ou 4 dígitos do seu cartão e tente novamente."}}},
    {"rejected", "cc_rejected_blacklist", outcome_declined,
     "The card or buyer is blocked; keep the reason private and offer other methods.", undisclosed_decline_texts},
    {"rejected", "cc_rejected_call_for_authorize", outcome_declined,
     "The issuer wants the buyer to authorize this charge by phone; then retry.",
     {{"Authorize the payment with your card issuer",
       "[{payment_method}|Your card issuer] needs you to authorize the payment[ of {amount}] before it can go "
       "through.",
       "Call [{payment_method}|your card issuer] using the number on the back of your card, authorize the payment, "
       "and then try again."},
      {"Autoriza el pago con el emisor de tu tarjeta",
       "[{payment_method}|El emisor de tu tarjeta] necesita que autorices el pago[ de {amount}] para procesarlo.",
       "Llama [a {payment_method}|al emisor de tu tarjeta] al número que figura al dorso de la tarjeta, autoriza el "
       "pago y vuelve a intentarlo."},
      {"Autorize o pagamento com o emissor do cartão",
       "[{payment_method}|O emissor do seu cartão] precisa que você autorize o pagamento[ de {amount}] para "
       "processá-lo.",
       "Ligue para [{payment_method}|o emissor do seu cartão] no número que aparece no verso do cartão, autorize o "
       "pagamento e tente novamente."}}},
    {"rejected", "cc_rejected_card_disabled", outcome_declined,
     "The card is not enabled; the buyer must call the issuer or use another card.",
     {{"Activate your card", "Your[ {payment_method}] card is not active yet or has been disabled.",
       "Call [{payment_method}|your card issuer] at the number on the back of your card to activate it, or pay with "
       "another card."},
      {"Activa tu tarjeta", "Tu tarjeta[ {payment_method}] todavía no está activada o fue deshabilitada.",
       "Llama [a {payment_method}|al emisor de tu tarjeta] al número que figura al dorso para activarla, o paga con "
       "otra tarjeta."},
      {"Ative seu cartão", "Seu cartão[ {payment_method}] ainda não está ativado ou foi desabilitado.",
       "Ligue para [{payment_method}|o emissor do seu cartão] no número do verso do cartão para ativá-lo, ou pague "
       "com outro cartão."}}},
    {"rejected", "cc_rejected_card_error", outcome_declined, "The card could not be processed; suggest another card.",
     {{"Payment not processed", "We could not process the payment[ of {amount}] with this card.",
       "Please pay with another card or payment method."},
      {"No pudimos procesar tu pago", "No pudimos procesar el pago[ de {amount}] con esta tarjeta.",
       "Por favor, paga con otra tarjeta u otro medio de pago."},
      {"Não foi possível processar seu pagamento", "Não conseguimos processar o pagamento[ de {amount}] com este cartão.",
       "Por favor, pague com outro cartão ou meio de pagamento."}}},
    {"rejected", "cc_rejected_duplicated_payment", outcome_declined,
     "A payment of the same value was just made: check for a duplicate order (send X-Idempotency-Key on retries).",
     {{"Payment already made", "You just made a payment for the same amount[ ({amount})], so this one was declined.",
       "You don't need to pay again. If you really want another payment, use a different card or payment method."},
      {"Ya realizaste este pago",
       "Acabas de hacer un pago por el mismo monto[ ({amount})], así que este fue rechazado.",
       "No necesitas volver a pagar. Si de verdad quieres hacer otro pago, usa otra tarjeta u otro medio de pago."},
      {"Pagamento já realizado",
       "Você acabou de fazer um pagamento do mesmo valor[ ({amount})], por isso este foi recusado.",
       "Não é preciso pagar novamente. Se quiser mesmo fazer outro pagamento, use outro cartão ou meio de "
       "pagamento."}}},
    {"rejected", "cc_rejected_high_risk", outcome_declined,
     "Declined by Mercado Pago's prevention checks; keep the reason private and suggest cash methods.",
     {{"Payment not processed", "Your payment[ of {amount}] was declined.",
       "Please choose another payment method, such as paying in cash."},
      {"No pudimos procesar tu pago", "Tu pago[ de {amount}] fue rechazado.",
       "Por favor, elige otro medio de pago, como el pago en efectivo."},
      {"Não foi possível processar seu pagamento", "Seu pagamento[ de {amount}] foi recusado.",
       "Por favor, escolha outro meio de pagamento, como boleto ou pagamento em dinheiro."}}},
    {"rejected", "cc_rejected_insufficient_amount", outcome_declined, "Insufficient funds or limit; suggest another card.",
     {{"Insufficient funds",
       "Your[ {payment_method}] card does not have enough available funds or credit[ for {amount}].",
       "Pay with another card or payment method."},
      {"Fondos insuficientes", "Tu tarjeta[ {payment_method}] no tiene fondos o límite suficientes[ para {amount}].",
       "Paga con otra tarjeta u otro medio de pago."},
      {"Saldo insuficiente", "Seu cartão[ {payment_method}] não tem saldo ou limite suficiente[ para {amount}].",
       "Pague com outro cartão ou meio de pagamento."}}},
    {"rejected", "cc_rejected_invalid_installments", outcome_declined,
     "The card does not accept this installment count; offer the counts of /v1/payment_methods/installments.",
     {{"Choose another number of installments",
       "[{payment_method}|Your card] does not accept payments in [{installments}|this number of installments].",
       "Choose a different number of installments, or pay with another card."},
      {"Elige otra cantidad de cuotas",
       "[{payment_method}|Tu tarjeta] no acepta pagos en [{installments}|esta cantidad de cuotas].",
       "Elige otra cantidad de cuotas o paga con otra tarjeta."},
      {"Escolha outro número de parcelas",
       "[{payment_method}|Seu cartão] não aceita pagamentos em [{installments}|este número de parcelas].",
       "Escolha outro número de parcelas ou pague com outro cartão."}}},
    {"rejected", "cc_rejected_max_attempts", outcome_declined, "Attempt limit reached for this card; suggest another card or method.",
     {{"Too many attempts", "You have reached the limit of attempts allowed with this card.",
       "Pay with another card or payment method."},
      {"Demasiados intentos", "Llegaste al límite de intentos permitidos con esta tarjeta.",
       "Paga con otra tarjeta u otro medio de pago."},
      {"Muitas tentativas", "Você atingiu o limite de tentativas permitidas com este cartão.",
       "Pague com outro cartão ou meio de pagamento."}}},
    {"rejected", "cc_rejected_other_reason", outcome_declined, "The issuer declined without a reason; suggest another card.",
     {{"Payment declined", "[{payment_method}|Your card issuer] did not process this payment[ of {amount}].",
       "Pay with another card or payment method."},
      {"Pago rechazado", "[{payment_method}|El emisor de tu tarjeta] no procesó este pago[ de {amount}].",
       "Paga con otra tarjeta u otro medio de pago."},
      {"Pagamento recusado", "[{payment_method}|O emissor do seu cartão] não processou este pagamento[ de {amount}].",
       "Pague com outro cartão ou meio de pagamento."}}},
    {"rejected", "cc_amount_rate_limit_exceeded", outcome_declined,
     "The payment method's capacity cap was reached (not an HTTP 429); suggest later or another method.",
     {{"Payment not processed",
       "This payment method cannot take this payment[ of {amount}] right now because it has reached its limit.",
       "Try again later, or choose another payment method."},
      {"No pudimos procesar tu pago",
       "Este medio de pago no puede recibir este pago[ de {amount}] en este momento porque alcanzó su límite.",
       "Vuelve a intentarlo más tarde o elige otro medio de pago."},
      {"Não foi possível processar seu pagamento",
       "Este meio de pagamento não pode receber este pagamento[ de {amount}] agora porque atingiu seu limite.",
       "Tente novamente mais tarde ou escolha outro meio de pagamento."}}},
    {"rejected", "rejected_insufficient_data", outcome_declined,
     "The payment request lacked mandatory data: fix the integration.",
     {{"Payment not completed", "Some information required to process the payment was missing.",
       "Try again making sure every requested field is filled in; if it keeps happening, contact the seller."},
      {"No se completó el pago", "Faltaron algunos datos necesarios para procesar el pago.",
       "Vuelve a intentarlo completando todos los datos solicitados; si el problema continúa, comunícate con el "
       "vendedor."},
      {"Pagamento não concluído", "Faltaram algumas informações necessárias para processar o pagamento.",
       "Tente novamente preenchendo todos os dados solicitados; se o problema continuar, fale com o vendedor."}}},
    {"rejected", "rejected_by_bank", outcome_declined, "The bank rejected the operation; suggest another method.",
     {{"Payment declined by your bank", "Your bank declined the payment[ of {amount}].",
       "Pay with another payment method, or contact your bank."},
      {"Tu banco rechazó el pago", "Tu banco rechazó el pago[ de {amount}].",
       "Paga con otro medio de pago o comunícate con tu banco."},
      {"Seu banco recusou o pagamento", "Seu banco recusou o pagamento[ de {amount}].",
       "Pague com outro meio de pagamento ou fale com seu banco."}}},
    {"rejected", "rejected_by_regulations", outcome_declined, "Blocked by regulatory rules; suggest another method.",
     {{"Payment not allowed", "This payment[ of {amount}] cannot be made because of regulatory restrictions.",
       "Please choose another payment method."},
      {"Pago no permitido", "Este pago[ de {amount}] no puede realizarse por restricciones regulatorias.",
       "Por favor, elige otro medio de pago."},
      {"Pagamento não permitido", "Este pagamento[ de {amount}] não pode ser feito por restrições regulatórias.",
       "Por favor, escolha outro meio de pagamento."}}},
    {"rejected", "insufficient_amount", outcome_declined,
     "Insufficient funds in a non-card method; suggest adding funds or another method.",
     {{"Insufficient funds", "Your[ {payment_method}] balance is not enough for this payment[ of {amount}].",
       "Add funds and try again, or use another payment method."},
      {"Fondos insuficientes", "Tu saldo[ en {payment_method}] no alcanza para este pago[ de {amount}].",
       "Agrega fondos y vuelve a intentarlo, o usa otro medio de pago."},
      {"Saldo insuficiente", "Seu saldo[ em {payment_method}] não é suficiente para este pagamento[ de {amount}].",
       "Adicione saldo e tente novamente, ou use outro meio de pagamento."}}},
    {"rejected", "cc_rejected_card_type_not_allowed", outcome_declined,
     "A combined debit/credit card without the credit function enabled (Brazil); suggest another card.",
     {{"Card type not accepted",
       "The credit function of your card is not enabled, so it could not be used for this payment.",
       "Ask your bank to enable the credit function, or pay with another card."},
      {"Tipo de tarjeta no aceptado",
       "La función de crédito de tu tarjeta no está habilitada, por eso no se pudo usar para este pago.",
       "Pide a tu banco que habilite la función de crédito o paga con otra tarjeta."},
      {"Tipo de cartão não aceito",
       "A função crédito do seu cartão não está habilitada, por isso ele não pôde ser usado neste pagamento.",
       "Peça ao seu banco para habilitar a função crédito ou pague com outro cartão."}}},

    // --- seen without official descriptions (meaning inferred from the name) ----
    {"pending", "pending_waiting_for_remedy", outcome_action,
     "Undocumented value: waiting for a corrective action; wait for the webhook.",
     {{"Payment pending", "Your payment[ of {amount}] is waiting for a correction before it can continue.",
       "Follow any instructions you receive to fix it. We will let you know once it is confirmed."},
      {"Pago pendiente", "Tu pago[ de {amount}] está esperando una corrección para poder continuar.",
       "Sigue las instrucciones que recibas para resolverlo. Te avisaremos cuando se confirme."},
      {"Pagamento pendente", "Seu pagamento[ de {amount}] está aguardando uma correção para continuar.",
       "Siga as instruções que você receber para resolver. Avisaremos quando ele for confirmado."}}},
    {"pending", "waiting_bank_confirmation", 0, "Undocumented value: waiting for the bank; wait for the webhook.",
     {{"Waiting for bank confirmation", "Your payment[ of {amount}] is waiting for your bank to confirm it.",
       "You don't need to do anything or pay again; we will let you know as soon as the bank replies."},
      {"Esperando la confirmación del banco", "Tu pago[ de {amount}] está esperando la confirmación de tu banco.",
       "No necesitas hacer nada ni volver a pagar; te avisaremos en cuanto el banco responda."},
      {"Aguardando a confirmação do banco", "Seu pagamento[ de {amount}] está aguardando a confirmação do seu banco.",
       "Você não precisa fazer nada nem pagar novamente; avisaremos assim que o banco responder."}}},
    {"pending", "pending_card_validation", 0, "Undocumented value: card validation in progress; wait for the webhook.",
     {{"Validating your card", "Your card is being validated before the payment[ of {amount}] is processed.",
       "Please wait a moment; we will let you know the result."},
      {"Validando tu tarjeta", "Estamos validando tu tarjeta antes de procesar el pago[ de {amount}].",
       "Espera un momento; te avisaremos el resultado."},
      {"Validando seu cartão", "Estamos validando seu cartão antes de processar o pagamento[ de {amount}].",
       "Aguarde um momento; avisaremos o resultado."}}},
    {"pending", "pending_online_validation", 0,
     "Undocumented value: online validation in progress; wait for the webhook.",
     {{"Validating your payment", "Your payment[ of {amount}] is going through an online validation.",
       "Please wait; if your bank asks you to confirm anything, follow its instructions."},
      {"Validando tu pago", "Tu pago[ de {amount}] está pasando por una validación en línea.",
       "Espera; si tu banco te pide confirmar algo, sigue sus instrucciones."},
      {"Validando seu pagamento", "Seu pagamento[ de {amount}] está passando por uma validação on-line.",
       "Aguarde; se o seu banco pedir alguma confirmação, siga as instruções dele."}}},
    {"pending", "pending_additional_info", outcome_action,
     "Undocumented value: more data is required from the buyer.", additional_info_texts},
    {"in_process", "pending_additional_info", outcome_action,
     "Undocumented value: more data is required from the buyer.", additional_info_texts},
    {"pending", "pending_provider_response", 0,
     "Undocumented value: waiting for the acquirer or provider; wait for the webhook.", provider_response_texts},
    {"in_process", "pending_provider_response", 0,
     "Undocumented value: waiting for the acquirer or provider; wait for the webhook.", provider_response_texts},
    {"rejected", "bank_rejected", outcome_declined, "Undocumented value: declined by the bank; suggest another method.",
     {{"Payment declined by your bank", "Your bank did not accept this payment[ of {amount}].",
       "Pay with another payment method, or contact your bank."},
      {"Tu banco rechazó el pago", "Tu banco no aceptó este pago[ de {amount}].",
       "Paga con otro medio de pago o comunícate con tu banco."},
      {"Seu banco recusou o pagamento", "Seu banco não aceitou este pagamento[ de {amount}].",
       "Pague com outro meio de pagamento ou fale com seu banco."}}},
    {"rejected", "cc_rejected_fraud", outcome_declined,
     "Undocumented value: declined by prevention checks; keep the reason private.", undisclosed_decline_texts},
    {"rejected", "payer_unavailable", outcome_declined, "Undocumented value: the payer's account cannot pay.",
     {{"Payment not possible", "The account you chose cannot make this payment right now.",
       "Try another payment method or account."},
      {"No es posible realizar el pago", "La cuenta que elegiste no puede realizar este pago en este momento.",
       "Prueba con otro medio de pago u otra cuenta."},
      {"Não é possível fazer o pagamento", "A conta escolhida não pode fazer este pagamento agora.",
       "Tente outro meio de pagamento ou outra conta."}}},
    {"rejected", "rejected_high_risk", outcome_declined,
     "Undocumented value: declined by prevention checks (non-card); keep the reason private.",
     {{"Payment not processed", "Your payment[ of {amount}] was declined.", "Please choose another payment method."},
      {"No pudimos procesar tu pago", "Tu pago[ de {amount}] fue rechazado.", "Por favor, elige otro medio de pago."},
      {"Não foi possível processar seu pagamento", "Seu pagamento[ de {amount}] foi recusado.",
       "Por favor, escolha outro meio de pagamento."}}},
    {"rejected", "rejected_cap_exceeded", outcome_declined, "Undocumented value: the capacity cap was exceeded.",
     {{"Payment limit reached",
       "This payment method has reached its limit and cannot take this payment[ of {amount}] right now.",
       "Try again later, or choose another payment method."},
      {"Se alcanzó el límite",
       "Este medio de pago alcanzó su límite y no puede recibir este pago[ de {amount}] en este momento.",
       "Vuelve a intentarlo más tarde o elige otro medio de pago."},
      {"Limite atingido",
       "Este meio de pagamento atingiu seu limite e não pode receber este pagamento[ de {amount}] agora.",
       "Tente novamente mais tarde ou escolha outro meio de pagamento."}}},
    {"rejected", "rejected_other_reason", outcome_declined, "Undocumented value: generic decline.",
     {{"Payment declined", "Your payment[ of {amount}] was declined.", "Try again, or pay with another payment method."},
      {"Pago rechazado", "Tu pago[ de {amount}] fue rechazado.", "Vuelve a intentarlo o paga con otro medio de pago."},
      {"Pagamento recusado", "Seu pagamento[ de {amount}] foi recusado.",
       "Tente novamente ou pague com outro meio de pagamento."}}},
    {"rejected", "rejected_call_for_authorize", outcome_declined,
     "Undocumented value: the buyer must authorize the payment with the provider; then retry.",
     {{"Authorization required",
       "You need to authorize this payment[ of {amount}] with [{payment_method}|your payment provider].",
       "Contact [{payment_method}|your payment provider] to authorize it, and then try again."},
      {"Autorización necesaria",
       "Necesitas autorizar este pago[ de {amount}] con [{payment_method}|tu proveedor de pagos].",
       "Comunícate con [{payment_method}|tu proveedor de pagos] para autorizarlo y luego vuelve a intentarlo."},
      {"Autorização necessária",
       "Você precisa autorizar este pagamento[ de {amount}] com [{payment_method}|seu provedor de pagamento].",
       "Entre em contato com [{payment_method}|seu provedor de pagamento] para autorizá-lo e depois tente "
       "novamente."}}},
    {"cancelled", "authorization_revoked", outcome_declined, "Undocumented value: the authorization was withdrawn.",
     authorization_revoked_texts},
    {"rejected", "authorization_revoked", outcome_declined, "Undocumented value: the authorization was withdrawn.",
     authorization_revoked_texts},
    {"rejected", "cc_rejected_expired_operation", outcome_declined, "Undocumented value: the operation expired; allow a retry.",
     {{"Payment timed out", "The operation expired before the payment[ of {amount}] could be completed.",
       "Please start the payment again."},
      {"Se agotó el tiempo", "La operación venció antes de que se pudiera completar el pago[ de {amount}].",
       "Por favor, inicia el pago de nuevo."},
      {"Tempo esgotado", "A operação expirou antes que o pagamento[ de {amount}] pudesse ser concluído.",
       "Por favor, inicie o pagamento novamente."}}},
    {"rejected", "am_insufficient_amount", outcome_declined, "Undocumented value: the Mercado Pago balance is insufficient.",
     {{"Insufficient balance", "Your Mercado Pago balance is not enough for this payment[ of {amount}].",
       "Add money to your account, or choose another payment method."},
      {"Saldo insuficiente", "Tu saldo en Mercado Pago no alcanza para este pago[ de {amount}].",
       "Ingresa dinero en tu cuenta o elige otro medio de pago."},
      {"Saldo insuficiente", "Seu saldo no Mercado Pago não é suficiente para este pagamento[ de {amount}].",
       "Adicione dinheiro à sua conta ou escolha outro meio de pagamento."}}},
    {"rejected", "insufficient_money", outcome_declined, "Undocumented value: insufficient wallet balance (Wallet Connect).",
     {{"Insufficient balance", "Your account balance is not enough for this payment[ of {amount}].",
       "Add money to your account, or choose another payment method."},
      {"Saldo insuficiente", "El saldo de tu cuenta no alcanza para este pago[ de {amount}].",
       "Ingresa dinero en tu cuenta o elige otro medio de pago."},
      {"Saldo insuficiente", "O saldo da sua conta não é suficiente para este pagamento[ de {amount}].",
       "Adicione dinheiro à sua conta ou escolha outro meio de pagamento."}}},
};

/// The (status, detail) pairs of the rows that have a detail, gathered at
/// first use (not while compiling: see the texts above).
template <class Case, std::size_t N>
std::span<const Case> cases_of(const outcome_row (&rows)[N]) {
    struct table {
        std::array<Case, N> cases{};
        std::size_t size = 0;
    };
    static const table t = [&rows] {
        table out;
        for (const auto& r : rows)
            if (*r.detail != '\0') out.cases[out.size++] = Case{{r.status}, {r.detail}};
        return out;
    }();
    return {t.cases.data(), t.size};
}

/// Rows are passed as [first, last): a std::span here made the files that
/// include the header-only definitions instantiate its constructors' constraints.
inline const outcome_row* find_outcome_row(const outcome_row* first, const outcome_row* last, std::string_view status,
                                           std::string_view detail) noexcept {
    for (; first != last; ++first)
        if (status == first->status && detail == first->detail) return first;
    return nullptr;
}

inline const outcome_text& outcome_text_in(const outcome_texts& t, language lang) noexcept {
    switch (lang) {
    case language::es: return t.es;
    case language::pt: return t.pt;
    case language::en: break;
    }
    return t.en;
}

/// The values of one message, already in its language; empty means absent.
struct outcome_slots {
    std::string_view amount, payment_method, statement_descriptor, installments;

    std::optional<std::string_view> get(std::string_view name) const noexcept {
        std::string_view v;
        if (name == "amount") v = amount;
        else if (name == "payment_method") v = payment_method;
        else if (name == "statement_descriptor") v = statement_descriptor;
        else if (name == "installments") v = installments;
        if (v.empty()) return std::nullopt;
        return v;
    }
};

/// Whether every `{name}` in `text` has a value.
inline bool outcome_segment_complete(std::string_view text, const outcome_slots& slots) {
    for (std::size_t i = text.find('{'); i != std::string_view::npos; i = text.find('{', i + 1)) {
        const std::size_t close = text.find('}', i);
        if (close == std::string_view::npos || !slots.get(text.substr(i + 1, close - i - 1))) return false;
    }
    return true;
}

/// Appends `text` with every `{name}` replaced by its value (nothing if absent).
inline void append_outcome_segment(std::string_view text, const outcome_slots& slots, std::string& out) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find('{', i);
        if (open == std::string_view::npos) break;
        const std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(text.substr(i, open - i));
        if (const auto v = slots.get(text.substr(open + 1, close - open - 1))) out.append(*v);
        i = close + 1;
    }
    if (i < text.size()) out.append(text.substr(i));
}

/// Renders a template: `{name}` values, `[A]` and `[A|B]` optional parts.
inline std::string render_outcome(std::string_view tpl, const outcome_slots& slots) {
    std::string out;
    out.reserve(tpl.size() + 32);
    std::size_t i = 0;
    while (i < tpl.size()) {
        const std::size_t open = tpl.find('[', i);
        if (open == std::string_view::npos) break;
        const std::size_t close = tpl.find(']', open);
        if (close == std::string_view::npos) break;
        append_outcome_segment(tpl.substr(i, open - i), slots, out);
        const std::string_view body = tpl.substr(open + 1, close - open - 1);
        const std::size_t bar = body.find('|');
        const std::string_view first = body.substr(0, bar);
        const std::string_view second = bar == std::string_view::npos ? std::string_view{} : body.substr(bar + 1);
        if (outcome_segment_complete(first, slots)) append_outcome_segment(first, slots, out);
        else if (outcome_segment_complete(second, slots)) append_outcome_segment(second, slots, out);
        i = close + 1;
    }
    if (i < tpl.size()) append_outcome_segment(tpl.substr(i), slots, out);
    return out;
}

inline std::string installments_phrase(int n, language lang) {
    const std::string count = std::to_string(n);
    switch (lang) {
    case language::es: return count + (n == 1 ? " cuota" : " cuotas");
    case language::pt: return count + (n == 1 ? " parcela" : " parcelas");
    case language::en: break;
    }
    return count + (n == 1 ? " installment" : " installments");
}

inline std::string_view trim_outcome_value(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

/// The message for (status, detail) from a table of rows: the row of the
/// pair, else the status's generic row, else the table's unknown-status row.
template <class Status, class Detail>
basic_outcome_message<Status, Detail> describe_from(const outcome_row* first, const outcome_row* last, const Status& status,
                                                    const Detail& status_detail, language lang,
                                                    const outcome_values& values) {
    const std::string_view s = status.str();
    const std::string_view d = status_detail.str();
    const outcome_row* row = s.empty() || d.empty() ? nullptr : find_outcome_row(first, last, s, d);
    const bool generic = row == nullptr;
    if (!row && !s.empty()) row = find_outcome_row(first, last, s, "");
    if (!row) row = find_outcome_row(first, last, "", "");

    const std::string installments =
        values.installments && *values.installments > 0 ? installments_phrase(*values.installments, lang) : "";
    const outcome_slots slots{trim_outcome_value(values.amount), trim_outcome_value(values.payment_method),
                              trim_outcome_value(values.statement_descriptor), installments};
    const outcome_text& text = outcome_text_in(row->texts, lang);

    basic_outcome_message<Status, Detail> m;
    m.status = status;
    m.status_detail = status_detail;
    m.language = lang;
    m.title = render_outcome(text.title, slots);
    m.detail = render_outcome(text.detail, slots);
    m.next_step = render_outcome(text.next_step, slots);
    m.final = (row->flags & outcome_final) != 0;
    m.action_required = (row->flags & outcome_action) != 0;
    m.can_retry = (row->flags & outcome_retry) != 0;
    m.generic = generic;
    m.seller_note = row->seller_note;
    return m;
}

}  // namespace detail

MERCADOPAGO_DETAIL_DECL std::span<const outcome_case> known_outcomes() noexcept {
    return detail::cases_of<outcome_case>(detail::outcome_rows);
}

MERCADOPAGO_DETAIL_DECL std::string format_amount(const decimal& amount, std::string_view currency_id) {
    // Currencies without minor units in everyday use (ISO 4217 exponent 0).
    static constexpr std::string_view zero_decimal[] = {"CLP", "PYG", "JPY", "KRW", "VND", "ISK", "UGX", "XAF", "XOF"};
    int places = 2;
    for (auto c : zero_decimal)
        if (c == currency_id) places = 0;
    std::string number;
    if (const auto units = amount.minor_units(places)) number = decimal::from_units(*units, places).to_string();
    else number = amount.normalized().to_string();  // more places than usual: shown exactly, never rounded
    if (currency_id.empty()) return number;
    std::string out(currency_id);
    out.push_back(' ');
    out += number;
    return out;
}

MERCADOPAGO_DETAIL_DECL std::string payment_method_name(std::string_view id) {
    struct entry {
        std::string_view id, name;
    };
    static constexpr entry names[] = {
        {"visa", "Visa"},
        {"debvisa", "Visa"},
        {"master", "Mastercard"},
        {"debmaster", "Mastercard"},
        {"amex", "American Express"},
        {"elo", "Elo"},
        {"debelo", "Elo"},
        {"hipercard", "Hipercard"},
        {"diners", "Diners Club"},
        {"maestro", "Maestro"},
        {"naranja", "Naranja"},
        {"cabal", "Cabal"},
        {"debcabal", "Cabal"},
        {"argencard", "Argencard"},
        {"cencosud", "Cencosud"},
        {"cmr", "CMR"},
        {"tarshop", "Tarjeta Shopping"},
        {"cordobesa", "Cordobesa"},
        {"magna", "Magna"},
        {"presto", "Presto"},
        {"lider", "Líder"},
        {"oca", "OCA"},
        {"creditel", "Creditel"},
        {"pix", "Pix"},
        {"pse", "PSE"},
        {"oxxo", "OXXO"},
        {"efecty", "Efecty"},
        {"pagofacil", "Pago Fácil"},
        {"rapipago", "Rapipago"},
        {"bolbradesco", "Boleto"},
        {"account_money", "Mercado Pago"},
    };
    for (const auto& e : names)
        if (e.id == id) return std::string(e.name);
    std::string out(id);
    for (char& c : out)
        if (c == '_') c = ' ';
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

MERCADOPAGO_DETAIL_DECL outcome_values outcome_values::from(const payment& p) {
    outcome_values v;
    if (p.transaction_amount) v.amount = format_amount(*p.transaction_amount, p.currency_id.value_or(""));
    if (p.payment_method_id && !p.payment_method_id->empty()) v.payment_method = payment_method_name(*p.payment_method_id);
    if (p.statement_descriptor) v.statement_descriptor = *p.statement_descriptor;
    if (p.installments && *p.installments > 0) v.installments = p.installments;
    return v;
}

MERCADOPAGO_DETAIL_DECL outcome_message describe_outcome(const payment_status& status, const payment_status_detail& status_detail,
                                        language lang, const outcome_values& values) {
    return detail::describe_from(std::begin(detail::outcome_rows), std::end(detail::outcome_rows), status, status_detail,
                                 lang, values);
}

MERCADOPAGO_DETAIL_DECL outcome_message describe_outcome(const payment& p, language lang) {
    return describe_outcome(p.status.value_or(payment_status{}), p.status_detail.value_or(payment_status_detail{}),
                            lang, outcome_values::from(p));
}

}  // namespace mercadopago
// ---- end mercadopago/impl/outcome.ipp ----
#endif
// ---- end mercadopago/outcome.hpp ----

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The message about an order.
using order_outcome_message = basic_outcome_message<order_status, order_status_detail>;

/// An order (status, status_detail) pair that has its own message.
struct order_outcome_case {
    order_status::constant status;                ///< the order `status`, e.g. "failed"
    order_status_detail::constant status_detail;  ///< the order `status_detail` described under that status
};

/// Every order (status, status_detail) pair with a dedicated message.
MERCADOPAGO_DETAIL_DECL std::span<const order_outcome_case> known_order_outcomes() noexcept;

/// The values an order's message quotes: its total, and its first payment's
/// method and installments.
MERCADOPAGO_DETAIL_DECL outcome_values order_outcome_values(const order& o);

/// The message for an order status and detail.
MERCADOPAGO_DETAIL_DECL order_outcome_message describe_outcome(const order_status& status, const order_status_detail& status_detail,
                                              language lang, const outcome_values& values = {});

/// The message for an order (see the header comment for failed orders).
MERCADOPAGO_DETAIL_DECL order_outcome_message describe_outcome(const order& o, language lang);

}  // namespace mercadopago

// The definitions and the message table: here in header-only mode, in
// <mercadopago/src.hpp> with separate compilation (as outcome.hpp's).
#if !defined(MERCADOPAGO_SEPARATE_COMPILATION)

// ---- begin mercadopago/impl/order_outcome.ipp ----
// The definitions of order_outcome.hpp's functions and the orders' message
// table: included by that header in header-only mode, and compiled once in
// <mercadopago/src.hpp> with separate compilation.



#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace detail {

// Texts as plain `const char*`, for the reason given in impl/outcome.ipp.

inline constexpr outcome_texts order_approved_texts{
    {"Payment approved", "Your payment[ of {amount}][ with {payment_method}] has been approved.",
     "[It will appear on your statement as {statement_descriptor}.|You don't need to do anything else.]"},
    {"Pago aprobado", "Tu pago[ de {amount}][ con {payment_method}] fue aprobado.",
     "[Aparecerá en tu resumen como {statement_descriptor}.|No necesitas hacer nada más.]"},
    {"Pagamento aprovado", "Seu pagamento[ de {amount}][ com {payment_method}] foi aprovado.",
     "[Ele vai aparecer na sua fatura como {statement_descriptor}.|Você não precisa fazer mais nada.]"}};

inline constexpr outcome_texts order_refunded_texts{
    {"Payment refunded", "Your payment[ of {amount}] has been refunded.", refund_sent_back_next.en.next_step},
    {"Pago devuelto", "Tu pago[ de {amount}] fue devuelto.", refund_sent_back_next.es.next_step},
    {"Pagamento devolvido", "Seu pagamento[ de {amount}] foi devolvido.", refund_sent_back_next.pt.next_step}};

inline constexpr outcome_texts order_canceled_texts{
    {"Payment cancelled", "Your payment[ of {amount}] was cancelled and will not be charged.",
     "If you still want to buy, start a new payment."},
    {"Pago cancelado", "Tu pago[ de {amount}] fue cancelado y no se cobrará.",
     "Si todavía quieres comprar, inicia un nuevo pago."},
    {"Pagamento cancelado", "Seu pagamento[ de {amount}] foi cancelado e não será cobrado.",
     "Se ainda quiser comprar, inicie um novo pagamento."}};

inline constexpr outcome_texts order_expired_texts{
    {"Payment expired", "The time to pay[ {amount}] has run out.", "If you still want to buy, start a new payment."},
    {"Pago vencido", "Se terminó el plazo para pagar[ {amount}].", "Si todavía quieres comprar, inicia un nuevo pago."},
    {"Pagamento expirado", "O prazo para pagar[ {amount}] terminou.",
     "Se ainda quiser comprar, inicie um novo pagamento."}};

inline constexpr outcome_texts order_in_process_texts{
    {"Payment in process", "Your payment[ of {amount}] is being processed.",
     "You don't need to pay again; we will let you know the result soon."},
    {"Pago en proceso", "Tu pago[ de {amount}] se está procesando.",
     "No necesitas volver a pagar; pronto te avisaremos el resultado."},
    {"Pagamento em processamento", "Seu pagamento[ de {amount}] está sendo processado.",
     "Você não precisa pagar novamente; em breve avisaremos o resultado."}};

inline constexpr outcome_texts order_created_texts{
    {"Order received", "Your order[ of {amount}] has been received and is waiting to be processed.",
     "You don't need to do anything now; we will let you know when it is confirmed."},
    {"Pedido recibido", "Recibimos tu pedido[ de {amount}] y está esperando ser procesado.",
     "No necesitas hacer nada por ahora; te avisaremos cuando se confirme."},
    {"Pedido recebido", "Recebemos seu pedido[ de {amount}] e ele está aguardando processamento.",
     "Você não precisa fazer nada agora; avisaremos quando ele for confirmado."}};

inline constexpr outcome_texts order_declined_texts{
    {"Payment declined", "Your payment[ of {amount}] could not be completed.",
     "Please try again or pay with another card or payment method."},
    {"Pago rechazado", "No se pudo completar tu pago[ de {amount}].",
     "Por favor, vuelve a intentarlo o paga con otra tarjeta u otro medio de pago."},
    {"Pagamento recusado", "Não foi possível concluir seu pagamento[ de {amount}].",
     "Por favor, tente novamente ou pague com outro cartão ou meio de pagamento."}};

inline const outcome_row order_outcome_rows[] = {
    // --- generic message of each status -------------------------------------------
    {"created", "", 0, "Process it (processing_mode manual) or wait for the automatic processing.", order_created_texts},
    {"processing", "", 0, "Wait for the order webhook before fulfilling.", order_in_process_texts},
    {"processed", "", outcome_final, "Fulfil the order.", order_approved_texts},
    {"action_required", "", outcome_action, "Show the buyer how to finish paying; wait for the webhook.",
     {{"Action needed to finish your payment", "Your payment[ of {amount}] is not complete yet.",
       "Follow the instructions you were given to finish paying."},
      {"Falta un paso para terminar tu pago", "Tu pago[ de {amount}] todavía no está completo.",
       "Sigue las instrucciones que recibiste para terminar de pagar."},
      {"Falta uma etapa para concluir seu pagamento", "Seu pagamento[ de {amount}] ainda não foi concluído.",
       "Siga as instruções que você recebeu para concluir o pagamento."}}},
    {"at_terminal", "", outcome_action, "In-store: the payment terminal has the order.",
     {{"Continue on the terminal", "Your payment[ of {amount}] is waiting on the payment terminal.",
       "Follow the instructions on the terminal's screen."},
      {"Continúa en la terminal", "Tu pago[ de {amount}] está esperando en la terminal de pago.",
       "Sigue las instrucciones en la pantalla de la terminal."},
      {"Continue na maquininha", "Seu pagamento[ de {amount}] está aguardando na maquininha.",
       "Siga as instruções na tela da maquininha."}}},
    {"failed", "", outcome_declined, "Offer another attempt; nothing was charged.", order_declined_texts},
    {"canceled", "", outcome_final, "Do not fulfil; release any reserved stock.", order_canceled_texts},
    {"refunded", "", outcome_final, "Money returned; the order will not be fulfilled.", order_refunded_texts},
    {"expired", "", outcome_final | outcome_retry, "Not paid in time; offer a new order.", order_expired_texts},
    {"charged_back", "", 0, "A dispute is open: answer it before its deadline.",
     {{"Payment disputed", "A dispute was opened for your payment[ of {amount}].",
       "Your card issuer will contact you if anything else is needed."},
      {"Pago en disputa", "Se abrió una disputa por tu pago[ de {amount}].",
       "El emisor de tu tarjeta te contactará si necesita algo más."},
      {"Pagamento contestado", "Foi aberta uma contestação do seu pagamento[ de {amount}].",
       "O emissor do seu cartão entrará em contato se precisar de algo mais."}}},
    {"", "", 0, "Unknown status: look the order up again.",
     {{"Payment status", "We are checking the status of your payment[ of {amount}].",
       "We will let you know as soon as we have news."},
      {"Estado del pago", "Estamos revisando el estado de tu pago[ de {amount}].",
       "Te avisaremos en cuanto tengamos novedades."},
      {"Status do pagamento", "Estamos verificando o status do seu pagamento[ de {amount}].",
       "Avisaremos assim que tivermos novidades."}}},

    // --- created, processing, processed --------------------------------------------
    {"created", "created", 0, "Process it (processing_mode manual) or wait for the automatic processing.",
     order_created_texts},
    {"processing", "in_process", 0, "Wait for the order webhook before fulfilling.", order_in_process_texts},
    {"processed", "accredited", outcome_final, "Fulfil the order.", order_approved_texts},
    {"processed", "processed", outcome_final, "Fulfil the order.", order_approved_texts},
    {"processed", "partially_refunded", outcome_final, "Part of the amount was returned to the buyer.",
     {{"Part of your payment refunded", "Part of your payment[ of {amount}] has been refunded.",
       refund_sent_back_next.en.next_step},
      {"Devolvimos parte de tu pago", "Devolvimos parte de tu pago[ de {amount}].", refund_sent_back_next.es.next_step},
      {"Devolvemos parte do seu pagamento", "Parte do seu pagamento[ de {amount}] foi devolvida.",
       refund_sent_back_next.pt.next_step}}},
    {"processed", "refunded", outcome_final, "Money returned (Checkout Pro orders stay processed).",
     order_refunded_texts},
    {"refunded", "refunded", outcome_final, "Money returned; the order will not be fulfilled.", order_refunded_texts},

    // --- action_required ---------------------------------------------------------------
    {"action_required", "waiting_payment", outcome_action, "Show the voucher; wait for the webhook before fulfilling.",
     {{"Payment pending", "Your payment[ of {amount}] has not been made yet.",
       "Pay with the voucher or code you were given before it expires. We will let you know when it is confirmed."},
      {"Pago pendiente", "Todavía no hiciste el pago[ de {amount}].",
       "Paga con el comprobante o código que recibiste antes de que venza. Te avisaremos cuando se confirme."},
      {"Pagamento pendente", "O pagamento[ de {amount}] ainda não foi feito.",
       "Pague com o boleto ou código que você recebeu antes do vencimento. Avisaremos quando ele for "
       "confirmado."}}},
    {"action_required", "waiting_transfer", outcome_action, "Show the Pix code; wait for the webhook before fulfilling.",
     {{"Waiting for your transfer", "We are waiting for your transfer[ of {amount}].",
       "Pay with the Pix code or QR code before it expires."},
      {"Esperando tu transferencia", "Estamos esperando tu transferencia[ de {amount}].",
       "Paga con el código o el QR de Pix antes de que venza."},
      {"Aguardando sua transferência", "Estamos aguardando sua transferência[ de {amount}].",
       "Pague com o código Pix ou o QR code antes que ele expire."}}},
    {"action_required", "waiting_capture", 0, "Authorized: capture it (orders().capture) or cancel it.",
     {{"Payment authorized", "Your payment[ of {amount}] has been authorized; the seller will complete the charge.",
       "You don't need to do anything."},
      {"Pago autorizado", "Tu pago[ de {amount}] fue autorizado; el vendedor completará el cobro.",
       "No necesitas hacer nada."},
      {"Pagamento autorizado", "Seu pagamento[ de {amount}] foi autorizado; o vendedor vai concluir a cobrança.",
       "Você não precisa fazer nada."}}},
    {"action_required", "check_on_terminal", outcome_action, "In-store: the buyer confirms on the terminal.",
     {{"Check the terminal", "Your payment[ of {amount}] needs a confirmation on the payment terminal.",
       "Follow the instructions on the terminal's screen."},
      {"Revisa la terminal", "Tu pago[ de {amount}] necesita una confirmación en la terminal de pago.",
       "Sigue las instrucciones en la pantalla de la terminal."},
      {"Confira a maquininha", "Seu pagamento[ de {amount}] precisa de uma confirmação na maquininha.",
       "Siga as instruções na tela da maquininha."}}},

    // --- failed: why the payment failed ----------------------------------------------------
    {"failed", "bad_filled_card_data", outcome_declined, "Card data was wrong: let the buyer correct it.",
     {{"Check your card details", "Some details of your [{payment_method}|card] were not filled in correctly.",
       "Check the card number, expiry date and security code, and try again."},
      {"Revisa los datos de tu tarjeta", "Algunos datos de tu [tarjeta {payment_method}|tarjeta] no son correctos.",
       "Revisa el número, la fecha de vencimiento y el código de seguridad, y vuelve a intentarlo."},
      {"Confira os dados do seu cartão", "Alguns dados do seu [cartão {payment_method}|cartão] não estão corretos.",
       "Confira o número, a data de validade e o código de segurança e tente novamente."}}},
    {"failed", "invalid_card_token", outcome_declined, "The card token was invalid or used: tokenise again.",
     {{"Enter your card again", "We could not read your card details.", "Please enter your card details again."},
      {"Vuelve a ingresar tu tarjeta", "No pudimos leer los datos de tu tarjeta.",
       "Por favor, ingresa los datos de tu tarjeta de nuevo."},
      {"Informe seu cartão novamente", "Não conseguimos ler os dados do seu cartão.",
       "Por favor, informe os dados do seu cartão novamente."}}},
    {"failed", "high_risk", outcome_declined, "Declined by risk rules: never tell the buyer why.",
     undisclosed_decline_texts},
    {"failed", "rejected_by_issuer", outcome_declined, "The card issuer declined it.",
     {{"Payment declined", "[{payment_method}|Your card issuer] declined the payment[ of {amount}].",
       "Please pay with another card or payment method, or contact your card issuer."},
      {"Pago rechazado", "[{payment_method}|El emisor de tu tarjeta] rechazó el pago[ de {amount}].",
       "Por favor, paga con otra tarjeta u otro medio de pago, o comunícate con el emisor de tu tarjeta."},
      {"Pagamento recusado", "[{payment_method}|O emissor do seu cartão] recusou o pagamento[ de {amount}].",
       "Por favor, pague com outro cartão ou meio de pagamento, ou fale com o emissor do seu cartão."}}},
    {"failed", "required_call_for_authorize", outcome_declined, "The buyer must authorize it with the issuer.",
     {{"Authorize your payment", "You need to authorize the payment[ of {amount}] with [{payment_method}|your card issuer].",
       "Call [{payment_method}|your card issuer] to authorize it, and then try again."},
      {"Autoriza tu pago", "Necesitas autorizar el pago[ de {amount}] con [{payment_method}|el emisor de tu tarjeta].",
       "Llama a [{payment_method}|el emisor de tu tarjeta] para autorizarlo y luego vuelve a intentarlo."},
      {"Autorize seu pagamento",
       "Você precisa autorizar o pagamento[ de {amount}] com [{payment_method}|o emissor do seu cartão].",
       "Ligue para [{payment_method}|o emissor do seu cartão] para autorizá-lo e depois tente novamente."}}},
    {"failed", "insufficient_amount", outcome_declined, "Insufficient funds.",
     {{"Insufficient funds", "Your card does not have enough available balance for this payment[ of {amount}].",
       "Please pay with another card or payment method."},
      {"Fondos insuficientes", "Tu tarjeta no tiene saldo disponible suficiente para este pago[ de {amount}].",
       "Por favor, paga con otra tarjeta u otro medio de pago."},
      {"Saldo insuficiente", "Seu cartão não tem limite disponível suficiente para este pagamento[ de {amount}].",
       "Por favor, pague com outro cartão ou meio de pagamento."}}},
    {"failed", "card_disabled", outcome_declined, "The card is not active.",
     {{"Card not active", "Your [{payment_method} card|card] is not active.",
       "Call your card issuer to activate it, or pay with another card."},
      {"Tarjeta no activa", "Tu [tarjeta {payment_method}|tarjeta] no está activa.",
       "Llama al emisor de tu tarjeta para activarla, o paga con otra tarjeta."},
      {"Cartão não ativado", "Seu [cartão {payment_method}|cartão] não está ativado.",
       "Ligue para o emissor do seu cartão para ativá-lo ou pague com outro cartão."}}},
    {"failed", "max_attempts_exceeded", outcome_declined, "Too many attempts with this card.",
     {{"Too many attempts", "You have reached the limit of attempts with this card.",
       "Please pay with another card or payment method."},
      {"Demasiados intentos", "Llegaste al límite de intentos con esta tarjeta.",
       "Por favor, paga con otra tarjeta u otro medio de pago."},
      {"Muitas tentativas", "Você atingiu o limite de tentativas com este cartão.",
       "Por favor, pague com outro cartão ou meio de pagamento."}}},
    {"failed", "amount_limit_exceeded", outcome_declined, "Over the payment method's amount limit.",
     {{"Amount over the limit", "The payment[ of {amount}] is over the limit of this payment method.",
       "Please pay with another card or payment method."},
      {"Monto por encima del límite", "El pago[ de {amount}] supera el límite de este medio de pago.",
       "Por favor, paga con otra tarjeta u otro medio de pago."},
      {"Valor acima do limite", "O pagamento[ de {amount}] ultrapassa o limite deste meio de pagamento.",
       "Por favor, pague com outro cartão ou meio de pagamento."}}},
    {"failed", "invalid_installments", outcome_declined, "The card does not accept that number of installments.",
     {{"Installments not available", "[{payment_method}|This card] does not accept[ {installments}| this number of installments].",
       "Choose another number of installments or another payment method."},
      {"Cuotas no disponibles", "[{payment_method}|Esta tarjeta] no acepta[ {installments}| esa cantidad de cuotas].",
       "Elige otra cantidad de cuotas u otro medio de pago."},
      {"Parcelas não disponíveis", "[{payment_method}|Este cartão] não aceita[ {installments}| essa quantidade de parcelas].",
       "Escolha outra quantidade de parcelas ou outro meio de pagamento."}}},
    {"failed", "processing_error", outcome_declined, "A processing error: the buyer may retry.",
     {{"Payment not processed", "There was a problem processing your payment[ of {amount}].",
       "Please try again in a few minutes."},
      {"No pudimos procesar tu pago", "Hubo un problema al procesar tu pago[ de {amount}].",
       "Por favor, vuelve a intentarlo en unos minutos."},
      {"Não foi possível processar seu pagamento", "Houve um problema ao processar seu pagamento[ de {amount}].",
       "Por favor, tente novamente em alguns minutos."}}},

    // --- canceled, expired ------------------------------------------------------------------
    {"canceled", "canceled", outcome_final, "Do not fulfil; release any reserved stock.", order_canceled_texts},
    {"expired", "expired", outcome_final | outcome_retry, "Not paid in time; offer a new order.", order_expired_texts},
};

/// The spelling the rows use for a status or detail that also comes as `cancelled`.
template <class E>
E canonical_spelling(const E& e) {
    return e.is_canceled() ? E(E::canceled) : e;
}

}  // namespace detail

MERCADOPAGO_DETAIL_DECL std::span<const order_outcome_case> known_order_outcomes() noexcept {
    return detail::cases_of<order_outcome_case>(detail::order_outcome_rows);
}

MERCADOPAGO_DETAIL_DECL outcome_values order_outcome_values(const order& o) {
    outcome_values v;
    if (o.total_amount) v.amount = format_amount(*o.total_amount, o.currency.value_or(""));
    if (o.transactions && o.transactions->payments && !o.transactions->payments->empty()) {
        const order_payment& p = o.transactions->payments->front();
        if (p.payment_method && p.payment_method->id && !p.payment_method->id->empty())
            v.payment_method = payment_method_name(*p.payment_method->id);
        if (p.payment_method && p.payment_method->statement_descriptor)
            v.statement_descriptor = *p.payment_method->statement_descriptor;
        if (p.payment_method && p.payment_method->installments && *p.payment_method->installments > 0)
            v.installments = static_cast<int>(*p.payment_method->installments);
    }
    return v;
}

MERCADOPAGO_DETAIL_DECL order_outcome_message describe_outcome(const order_status& status, const order_status_detail& status_detail,
                                              language lang, const outcome_values& values) {
    auto m = detail::describe_from(std::begin(detail::order_outcome_rows), std::end(detail::order_outcome_rows),
                                   detail::canonical_spelling(status), detail::canonical_spelling(status_detail), lang,
                                   values);
    m.status = status;  // as given, in either spelling
    m.status_detail = status_detail;
    return m;
}

MERCADOPAGO_DETAIL_DECL order_outcome_message describe_outcome(const order& o, language lang) {
    const order_status status = o.status.value_or(order_status{});
    order_status_detail status_detail = o.status_detail.value_or(order_status_detail{});
    // A declined order says `failed` twice; its payment says why.
    if (status == order_status::failed && (status_detail.empty() || status_detail.str() == "failed") && o.transactions &&
        o.transactions->payments) {
        for (const auto& p : *o.transactions->payments)
            if (p.status == order_status::failed && p.status_detail) status_detail = *p.status_detail;
    }
    return describe_outcome(status, status_detail, lang, order_outcome_values(o));
}

}  // namespace mercadopago
// ---- end mercadopago/impl/order_outcome.ipp ----
#endif
// ---- end mercadopago/order_outcome.hpp ----

// ---- begin mercadopago/public_client.hpp ----
// mercadopago::public_client — the buyer-side client, holding only the PUBLIC key.
//
// A desktop, kiosk or mobile app tokenises cards and looks up payment methods,
// installments, issuers and identification types with it; the card token then
// goes to the merchant's server, which charges it with the access token. Card
// data never passes through the merchant's server, and the private key never
// ships inside an app.
//
//     mercadopago::public_client pub({.public_key = "TEST-pk"});
//     auto token = pub.card_tokens().create({.card_number = …});
//
// Endpoints that need the access token do not compile through it.



#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A public client's options are a client's: set `public_key`, never `access_token`.
using public_client_options = client_options;

/// The buyer-side client: the endpoints that accept the public key. It has
/// the same resource accessors as mercadopago::client (mercadopago/resources.hpp);
/// those that need the access token (`payments()`, `refunds()`, `customers()`,
/// `cards()`, …) fail to compile with a static_assert that says so.
template <class Transport = httplib_transport>
class public_client : public detail::basic_client<public_key_credential, Transport>,
                      public detail::resources<public_client<Transport>> {
public:
    using detail::basic_client<public_key_credential, Transport>::basic_client;
};

/// `public_client pub(options);` is a public client over the default transport (httplib_transport).
public_client(public_client_options) -> public_client<>;
/// `public_client pub(options, my_transport);` is a public client over the transport given.
template <class Transport>
public_client(public_client_options, Transport) -> public_client<Transport>;

}  // namespace mercadopago
// ---- end mercadopago/public_client.hpp ----

// ---- begin mercadopago/testing/scripted_transport.hpp ----
// Test doubles for code that uses the client: a transport that answers from a
// script and records every request, and virtual time that records the waits
// between retries without sleeping.
//
//     mercadopago::testing::scripted_transport t;
//     t.reply(503).reply(200, R"({"id":1})");
//     mercadopago::testing::virtual_time time;
//     mercadopago::client_options o{.access_token = "TEST-1"};
//     time.install(o);
//     mercadopago::client<mercadopago::testing::scripted_transport> cli(o, t);



#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::testing {

// Both test doubles are class templates used through an alias, as
// nlohmann::json is basic_json<>: the bodies of a plain class's member
// functions are compiled, and the deque, vector, shared_ptr and std::function
// code they use instantiated, in every file that includes the umbrella header,
// tests or not (g++ 12: about 3% of the dependencies' own compile time). A
// template's bodies are compiled only in a file that uses them.

/// A synchronous transport that answers from a queue of scripted responses and records every request.
/// Copies share the script and the record; safe to use from several threads. Use it as
/// `scripted_transport`; `Response` is the type of the scripted answers.
template <class Response = http_response>
class basic_scripted_transport {
public:
    /// Queues a response.
    basic_scripted_transport& reply(int status, std::string body = {}, http_headers headers = {}) {
        std::lock_guard lock(s_->mutex);
        s_->script.push_back(result<Response>(Response{status, std::move(headers), std::move(body)}));
        return *this;
    }
    /// Queues a transport failure: `errc::transport`, `errc::timeout` or `errc::tls`.
    basic_scripted_transport& fail(errc code, std::string message = "scripted failure") {
        std::lock_guard lock(s_->mutex);
        s_->script.push_back(result<Response>(error{code, std::move(message)}));
        return *this;
    }

    /// Records `req` and returns the next scripted answer; an errc::transport error once the script is used up.
    result<Response> send(const http_request& req) const {
        std::lock_guard lock(s_->mutex);
        s_->requests.push_back(req);
        if (s_->script.empty()) return error{errc::transport, "scripted_transport: no response left in the script"};
        result<Response> r = std::move(s_->script.front());
        s_->script.pop_front();
        return r;
    }

    /// Every request sent so far, in order (copies share one record).
    std::vector<http_request> requests() const {
        std::lock_guard lock(s_->mutex);
        return s_->requests;
    }
    /// How many scripted answers are still queued.
    std::size_t pending() const {
        std::lock_guard lock(s_->mutex);
        return s_->script.size();
    }

private:
    struct state {
        std::mutex mutex;
        std::deque<result<Response>> script;
        std::vector<http_request> requests;
    };
    std::shared_ptr<state> s_ = std::make_shared<state>();
};

/// A clock that only moves when the client "sleeps"; records every wait. Use it as `virtual_time`;
/// `Options` is the options type it installs itself in.
template <class Options = client_options>
class basic_virtual_time {
public:
    /// Points the options' clock, sleep and jitter at this object. `jitter`
    /// is the value the random source returns (0.5 = half the backoff ceiling).
    void install(Options& o, double jitter = 0.5) {
        auto s = s_;
        o.clock = [s] {
            std::lock_guard lock(s->mutex);
            return s->now;
        };
        o.sleep = [s](std::chrono::milliseconds d) {
            std::lock_guard lock(s->mutex);
            s->sleeps.push_back(d);
            s->now += d;
        };
        o.random = [jitter] { return jitter; };
    }
    /// Moves the clock forward by `d` without recording a wait (time passing outside the client).
    void advance(std::chrono::milliseconds d) {
        std::lock_guard lock(s_->mutex);
        s_->now += d;
    }
    /// Every wait the client asked for, in order.
    std::vector<std::chrono::milliseconds> sleeps() const {
        std::lock_guard lock(s_->mutex);
        return s_->sleeps;
    }

private:
    struct state {
        std::mutex mutex;
        std::chrono::steady_clock::time_point now{std::chrono::hours{1}};
        std::vector<std::chrono::milliseconds> sleeps;
    };
    std::shared_ptr<state> s_ = std::make_shared<state>();
};

/// The scripted transport the tests and examples use: answers are http_response values.
using scripted_transport = basic_scripted_transport<>;
/// Virtual time for client_options.
using virtual_time = basic_virtual_time<>;

}  // namespace mercadopago::testing
// ---- end mercadopago/testing/scripted_transport.hpp ----

// ---- begin mercadopago/webhooks.hpp ----
// Webhook notifications: verifying the `x-signature` header, the notification
// body, and the legacy IPN query string.
//
//     // POST /hook?data.id=123456&type=payment
//     auto data_id = mercadopago::webhooks::data_id_from_query(request.query());
//     auto check = mercadopago::webhooks::verify(request.header("x-signature"),
//                                                request.header("x-request-id"),
//                                                data_id.value_or(""), secret);
//     if (!check) return reply(401, check.description());
//     auto body = mercadopago::from_json<mercadopago::webhooks::notification>(request.body());
//     // acknowledge with 200 at once; fetch the payment asynchronously
//
// The signature (shared reference webhooks.md §2): Mercado Pago signs the
// manifest `id:<data.id>;request-id:<x-request-id>;ts:<ts>;` with HMAC-SHA256
// keyed by the application's secret signature key, and sends
// `x-signature: ts=<ts>,v1=<hex digest>`. A pair whose value is absent is left
// out of the manifest entirely; `ts:<ts>;` is always there. `data.id` is the
// query parameter of the notification URL (not the body's), used with its case
// preserved.
//
// Parsing rules, as in the official SDKs: the header is split on `,`, each part
// at its first `=`; keys and values are trimmed and keys compared without case.
// Parts without `=` or with an empty key or value are skipped, keys other than
// `ts` and `vN` are ignored (room for future additions). Then: neither `ts`
// nor any `vN` → malformed_header; no `ts` → missing_timestamp; `ts` not all
// digits, or two different `ts` values → malformed_header; no value for a
// supported version → missing_hash.
//
// Matching rule: the first entry of `verify_options::versions` (default "v1")
// that the header carries is the version checked. Every value given for that
// version is compared (a sender may list several, e.g. while rotating keys)
// against the digest of every configured secret, and the signature is valid
// when any of them matches. Every comparison is constant-time and all of them
// run, so timing says nothing about which candidate came close.
//
// The freshness check is off by default (as in every official SDK); it runs
// only after a digest matched.
//
// Secrets never appear in any message, error or result.



#include <boost/json/object.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::webhooks {

// --- verification results ----------------------------------------------------

/// Why a signature did not verify (`none`: it did).
enum class verify_failure {
    none,                        ///< valid
    missing_header,              ///< x-signature absent, empty or only whitespace
    malformed_header,            ///< neither ts nor any vN, ts not all digits, or conflicting ts values
    missing_timestamp,           ///< a hash but no ts
    missing_hash,                ///< a ts but no hash of a supported version
    mismatch,                    ///< no computed digest equals a received one
    timestamp_out_of_tolerance,  ///< the digest matched but ts is too far from now
};

/// A stable lowercase name: "missing_header", "mismatch", …
constexpr std::string_view to_string(verify_failure f) noexcept {
    switch (f) {
    case verify_failure::none: return "none";
    case verify_failure::missing_header: return "missing_header";
    case verify_failure::malformed_header: return "malformed_header";
    case verify_failure::missing_timestamp: return "missing_timestamp";
    case verify_failure::missing_hash: return "missing_hash";
    case verify_failure::mismatch: return "mismatch";
    case verify_failure::timestamp_out_of_tolerance: return "timestamp_out_of_tolerance";
    }
    return "unknown";
}

/// One sentence for logs (never includes a secret or a digest).
constexpr std::string_view describe(verify_failure f) noexcept {
    switch (f) {
    case verify_failure::none: return "the webhook signature is valid";
    case verify_failure::missing_header: return "the x-signature header is missing or empty";
    case verify_failure::malformed_header:
        return "the x-signature header cannot be read: it needs ts=<digits> and v1=<hex digest>";
    case verify_failure::missing_timestamp: return "the x-signature header carries no ts value";
    case verify_failure::missing_hash: return "the x-signature header carries no digest of a supported version";
    case verify_failure::mismatch:
        return "the signature does not match: the secret is wrong, or data.id, x-request-id or ts differ from "
               "what was signed";
    case verify_failure::timestamp_out_of_tolerance:
        return "the signature is valid but its ts lies outside the accepted time window";
    }
    return "unknown webhook signature failure";
}

/// Which form of data.id produced the matching digest.
enum class id_form {
    none,       ///< nothing matched (or nothing was compared)
    verbatim,   ///< the id as received (the normal case)
    lowercase,  ///< the ASCII-lowercased id (only with verify_options::try_lowercase_id)
};

/// The outcome of verify(): true when valid, otherwise `reason` says why.
struct verification {
    verify_failure reason = verify_failure::missing_header;  ///< verify_failure::none when valid, else why not
    /// The form of data.id that matched (also set when only the time check failed).
    id_form matched_id = id_form::none;
    /// Which secret matched: 0 = the `secret` argument, i = additional_secrets[i - 1].
    std::size_t secret_index = 0;
    std::string version{};     ///< the signature version checked, e.g. "v1"
    std::string ts{};          ///< the header's ts, as received (for logs)
    std::string request_id{};  ///< the x-request-id, trimmed (for logs and support)

    /// True when a secret's digest matched and the timestamp was within tolerance (when one was set).
    bool valid() const noexcept { return reason == verify_failure::none; }
    /// Same as valid(): `if (auto v = verify(…); !v) reject(v.description());`.
    explicit operator bool() const noexcept { return valid(); }
    /// A sentence for logs; never contains the secret.
    std::string_view description() const noexcept { return describe(reason); }
    /// The failure as a library error (errc::signature) carrying the request id.
    mercadopago::error to_error() const {
        mercadopago::error e;
        e.code = errc::signature;
        e.message = std::string(to_string(reason)) + ": " + std::string(description());
        if (!ts.empty()) e.message += " (ts=" + ts + ")";
        e.request_id = request_id;
        return e;
    }
};

/// Options of verify(); the defaults follow the official SDKs.
struct verify_options {
    /// More secrets to accept besides the main one, e.g. the previous key while
    /// rotating. A match reports its position as `secret_index` (1-based here).
    /// Empty secrets are never accepted.
    std::vector<std::string> additional_secrets{};
    /// Signature versions to look for, in order of preference.
    std::vector<std::string> versions{"v1"};
    /// Largest accepted |now − ts|; unset (the default) disables the check.
    /// `ts` is read as milliseconds when above 10^12 (13+ digits), else seconds.
    std::optional<std::chrono::seconds> tolerance{};
    /// The current time for the tolerance check; unset means the system clock.
    std::optional<std::chrono::system_clock::time_point> now{};
    /// Also try the ASCII-lowercased data.id when the id as received does not
    /// match (one extra digest per secret); the result says which form matched.
    bool try_lowercase_id = false;
};

// --- signing and verifying ---------------------------------------------------

/// The manifest Mercado Pago signs: `id:<data_id>;request-id:<x_request_id>;ts:<ts>;`,
/// leaving out a pair whose value is empty.
MERCADOPAGO_DETAIL_DECL std::string manifest(std::string_view x_request_id, std::string_view data_id,
                                             std::string_view ts);

/// An `x-signature` header value (`ts=<ts>,v1=<digest>`) as Mercado Pago would
/// send it for these inputs: for tests and local simulations. The request id
/// and data id are trimmed as verify() trims them, so whatever sign() makes
/// for some inputs, verify() accepts for the same inputs (a fuzzer found a
/// request id ending in a blank that did not round-trip).
MERCADOPAGO_DETAIL_DECL std::string sign(std::string_view x_request_id, std::string_view data_id,
                                         std::string_view secret, std::int64_t ts);

/// Verifies a webhook delivery.
///
/// - `x_signature`, `x_request_id`: the raw header values ("" when absent; when
///   a framework gives a list, pass the first element).
/// - `data_id`: the `data.id` query parameter of the notification URL, already
///   percent-decoded (see data_id_from_query); "" when absent.
/// - `secret`: the application's secret signature key.
///
/// Inputs are trimmed; an empty request id or data id is left out of the
/// manifest, as Mercado Pago does.
MERCADOPAGO_DETAIL_DECL verification verify(std::string_view x_signature, std::string_view x_request_id,
                                            std::string_view data_id, std::string_view secret,
                                            const verify_options& options = {});

// --- the notification body ---------------------------------------------------

/// `data` of a notification: the id of the resource to fetch.
struct notification_data {
    optional<std::string> id{};  ///< a string even for numeric payment ids; a number is read as its text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(notification_data, id);
};

/// A webhook body: `{"id":…,"live_mode":true,"type":"payment","action":"payment.created","data":{"id":"…"},…}`.
/// Treat it as a hint: fetch the resource (`type` says which) and process that.
/// Fields arrive as numbers or strings depending on the topic; ids are kept as text.
struct notification {
    optional<std::string> id{};            ///< the notification's id (number or string on the wire)
    optional<bool> live_mode{};            ///< false for test deliveries
    optional<std::string> type{};          ///< payment, order, topic_merchant_order_wh, … (open set)
    optional<timestamp> date_created{};  ///< when the notification was created, e.g. "2015-03-25T10:04:58.396-04:00"
    optional<std::string> user_id{};       ///< the seller's user id (number or string on the wire)
    optional<std::string> api_version{};   ///< "v1"
    optional<std::string> action{};        ///< payment.created, payment.updated, …
    /// The resource to fetch (`data.id`). The signature covers the query string's data.id, not this one.
    optional<notification_data> data{};
    optional<std::string> application_id{};  ///< sent by real deliveries (number or string)
    optional<std::string> version{};         ///< sent by real deliveries (number or string)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(notification,
                      id, live_mode, type, date_created, user_id, api_version, action, data, application_id, version);
};

// --- query strings -----------------------------------------------------------

/// The `data.id` parameter of a notification URL's query string, decoded once
/// the way Mercado Pago signed it; empty when absent or blank. Accepts a bare
/// query (`data.id=1&type=payment`, with or without `?`) or a whole URL/path.
/// When repeated, the first occurrence counts.
MERCADOPAGO_DETAIL_DECL std::optional<std::string> data_id_from_query(std::string_view query_string);

/// A legacy IPN delivery: `POST /notifications?topic=payment&id=123456789`.
struct ipn_notification {
    std::string topic{};  ///< payment, merchant_order, chargebacks, point_integration_ipn, …
    std::string id{};     ///< the resource id, percent-decoded
};

/// Reads `topic` and `id` from an IPN query string (or URL). IPN deliveries
/// carry no signature that can be verified: fetch the resource by id and trust
/// only what the API returns.
MERCADOPAGO_DETAIL_DECL result<ipn_notification> parse_ipn(std::string_view query_string);

}  // namespace mercadopago::webhooks

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {
/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(webhooks::notification_data, webhooks::notification);
}  // namespace mercadopago

// The definitions: here in header-only mode, in <mercadopago/src.hpp> with
// separate compilation.
#if !defined(MERCADOPAGO_SEPARATE_COMPILATION)

// ---- begin mercadopago/impl/webhooks.ipp ----
// The definitions of webhooks.hpp's functions: included by that header in
// header-only mode, and compiled once in <mercadopago/src.hpp> with separate
// compilation, so a file that verifies a signature then only calls verify().



// ---- begin mercadopago/detail/hmac.hpp ----
// HMAC-SHA256 in lowercase hex, and a constant-time string comparison, on
// OpenSSL's libcrypto (the webhook signature check needs both).


#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <climits>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// HMAC-SHA256(key, message) as 64 lowercase hex characters; empty if OpenSSL
/// fails or the key is too long for its API (an empty digest never compares
/// equal to a received one, see constant_time_equal).
inline std::string hmac_sha256_hex(std::string_view key, std::string_view message) {
    if (key.size() > static_cast<std::size_t>(INT_MAX)) return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digest_len = 0;
    // OpenSSL wants a non-null key pointer even for a zero-length key.
    static constexpr unsigned char no_key[1] = {0};
    const void* key_ptr = key.empty() ? static_cast<const void*>(no_key) : static_cast<const void*>(key.data());
    static constexpr unsigned char no_data[1] = {0};
    const auto* msg_ptr = message.empty() ? no_data : reinterpret_cast<const unsigned char*>(message.data());
    if (HMAC(EVP_sha256(), key_ptr, static_cast<int>(key.size()), msg_ptr, message.size(), digest, &digest_len) ==
        nullptr)
        return {};
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.resize(static_cast<std::size_t>(digest_len) * 2);
    for (unsigned int i = 0; i < digest_len; ++i) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 15];
    }
    return out;
}

/// Whether `a` and `b` hold the same bytes, in time that depends only on their
/// length: the bytes are compared with OpenSSL's CRYPTO_memcmp, which has no
/// early exit, so the position of the first difference does not leak through
/// timing. Strings of different lengths (public information: a hash is always
/// 64 hex characters) are unequal without comparing; so are two empty strings,
/// so that a failed digest can never match an empty received value.
inline bool constant_time_equal(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size() || a.empty()) return false;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace mercadopago::detail
// ---- end mercadopago/detail/hmac.hpp ----

#include <charconv>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::webhooks {

// --- internals ---------------------------------------------------------------

namespace detail {

using mercadopago::detail::lowercase;
using mercadopago::detail::percent_decode;
using mercadopago::detail::trim;

constexpr bool is_version_key(std::string_view k) noexcept {
    if (k.size() < 2 || k[0] != 'v') return false;
    for (char c : k.substr(1))
        if (c < '0' || c > '9') return false;
    return true;
}

constexpr bool all_digits(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

/// The x-signature header, parsed: views into the header text.
/// Reads the next `key=value` part of a signature header (parts are comma
/// separated; key and value trimmed, neither empty; other parts skipped) and
/// drops what it read from `header`. False when no part is left.
inline bool next_signature_part(std::string_view& header, std::string_view& key, std::string_view& value) {
    while (!header.empty()) {
        const std::size_t comma = header.find(',');
        const std::string_view part = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        const std::size_t eq = part.find('=');
        if (eq == std::string_view::npos) continue;
        key = trim(part.substr(0, eq));
        value = trim(part.substr(eq + 1));
        if (!key.empty() && !value.empty()) return true;
    }
    return false;
}

/// What a signature header says besides its hashes (verify reads those per
/// version, with next_signature_part, rather than keeping them in a vector of
/// pairs whose code every header-only file would compile).
struct parsed_signature {
    std::string_view ts{};
    bool conflicting_ts = false;
    bool has_hash = false;  ///< some `vN=` part is present
};

inline parsed_signature parse_signature_header(std::string_view header) {
    parsed_signature out;
    std::string_view key, value;
    while (next_signature_part(header, key, value)) {
        const std::string k = lowercase(key);
        if (k == "ts") {
            if (out.ts.empty()) out.ts = value;
            else if (out.ts != value) out.conflicting_ts = true;
        } else if (is_version_key(k)) {
            out.has_hash = true;
        }
    }
    return out;
}

/// Appends to `out` every value the header gives for version `want` (lowercased), lowercased.
inline void hashes_of_version(std::string_view header, std::string_view want, std::vector<std::string>& out) {
    if (!is_version_key(want)) return;
    std::string_view key, value;
    while (next_signature_part(header, key, value))
        if (lowercase(key) == want) out.push_back(lowercase(value));
}

/// Whether `ts` (all digits) lies within `tolerance` of `now`.
inline bool within_tolerance(std::string_view ts, std::chrono::seconds tolerance,
                             std::chrono::system_clock::time_point now) {
    std::int64_t value = 0;
    const auto r = std::from_chars(ts.data(), ts.data() + ts.size(), value);
    if (r.ec != std::errc{} || r.ptr != ts.data() + ts.size()) return false;  // too large to be a time
    using namespace std::chrono;
    constexpr std::int64_t millis_threshold = 1'000'000'000'000;  // 10^12: 13+ digits are milliseconds
    const std::int64_t ts_ms = value > millis_threshold ? value : value * 1000;  // value ≤ 10^12: no overflow
    const std::int64_t now_ms = duration_cast<milliseconds>(now.time_since_epoch()).count();
    // Only an absurd 19-digit ts comes near the int64 limits; guard the subtraction anyway.
    std::int64_t diff = 0;
    if (!mercadopago::detail::checked_sub(now_ms, ts_ms, diff)) return false;
    if (diff < 0) {
        if (diff == INT64_MIN) return false;
        diff = -diff;
    }
    const std::int64_t limit_ms = duration_cast<milliseconds>(tolerance).count();
    return diff <= (limit_ms < 0 ? -limit_ms : limit_ms);
}

/// Appends the manifest; absent (empty) pairs are left out.
inline std::string build_manifest(std::string_view data_id, std::string_view request_id, std::string_view ts) {
    std::string m;
    m.reserve(data_id.size() + request_id.size() + ts.size() + 24);
    if (!data_id.empty()) {
        m += "id:";
        m += data_id;
        m += ';';
    }
    if (!request_id.empty()) {
        m += "request-id:";
        m += request_id;
        m += ';';
    }
    m += "ts:";
    m += ts;
    m += ';';
    return m;
}

/// The query part of `text`: what follows the first `?` if there is one (a
/// whole URL or path may be passed), up to a `#`.
constexpr std::string_view query_part(std::string_view text) noexcept {
    if (const auto q = text.find('?'); q != std::string_view::npos) text.remove_prefix(q + 1);
    if (const auto h = text.find('#'); h != std::string_view::npos) text = text.substr(0, h);
    return text;
}

/// The decoded value of the first parameter whose decoded name is `name`;
/// empty when absent or empty.
inline std::optional<std::string> query_value(std::string_view query, std::string_view name) {
    query = query_part(query);
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        const std::size_t eq = pair.find('=');
        const std::string_view raw_key = pair.substr(0, eq);
        if (percent_decode(raw_key, true) == name) {
            if (eq == std::string_view::npos) return std::nullopt;
            std::string value = percent_decode(pair.substr(eq + 1), true);
            if (trim(value).empty()) return std::nullopt;
            return std::string(trim(value));
        }
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return std::nullopt;
}

}  // namespace detail

MERCADOPAGO_DETAIL_DECL std::string manifest(std::string_view x_request_id, std::string_view data_id,
                                             std::string_view ts) {
    return detail::build_manifest(data_id, x_request_id, ts);
}

MERCADOPAGO_DETAIL_DECL std::string sign(std::string_view x_request_id, std::string_view data_id,
                                         std::string_view secret, std::int64_t ts) {
    const std::string ts_text = std::to_string(ts);
    return "ts=" + ts_text + ",v1=" +
           mercadopago::detail::hmac_sha256_hex(
               secret, manifest(detail::trim(x_request_id), detail::trim(data_id), ts_text));
}

MERCADOPAGO_DETAIL_DECL verification verify(std::string_view x_signature, std::string_view x_request_id,
                                            std::string_view data_id, std::string_view secret,
                                            const verify_options& options) {
    verification out;
    x_signature = detail::trim(x_signature);
    x_request_id = detail::trim(x_request_id);
    data_id = detail::trim(data_id);
    out.request_id = std::string(x_request_id);

    if (x_signature.empty()) {
        out.reason = verify_failure::missing_header;
        return out;
    }
    const detail::parsed_signature sig = detail::parse_signature_header(x_signature);
    out.ts = std::string(sig.ts);
    if (sig.ts.empty() && !sig.has_hash) {
        out.reason = verify_failure::malformed_header;
        return out;
    }
    if (sig.ts.empty()) {
        out.reason = verify_failure::missing_timestamp;
        return out;
    }
    if (!detail::all_digits(sig.ts) || sig.conflicting_ts) {
        out.reason = verify_failure::malformed_header;
        return out;
    }

    // The first preferred version present in the header, and every value given for it.
    std::vector<std::string> received;
    for (const auto& wanted : options.versions) {
        const std::string want = detail::lowercase(detail::trim(wanted));
        detail::hashes_of_version(x_signature, want, received);
        if (!received.empty()) {
            out.version = want;
            break;
        }
    }
    if (received.empty()) {
        out.reason = verify_failure::missing_hash;
        return out;
    }

    // Candidate ids: as received, then (opt-in) lowercased when that differs.
    // Plain arrays and index loops rather than vectors of pairs and views:
    // each vector type's code is compiled in every header-only file.
    struct candidate {
        id_form form;
        std::string id;
    };
    candidate ids[2] = {{id_form::verbatim, std::string(data_id)}, {id_form::lowercase, {}}};
    std::size_t id_count = 1;
    if (options.try_lowercase_id) {
        ids[1].id = detail::lowercase(data_id);
        if (ids[1].id != data_id) id_count = 2;
    }

    bool matched = false;
    for (std::size_t c = 0; c < id_count && !matched; ++c) {  // the lowercase retry is only for a failed verbatim id
        const std::string text = detail::build_manifest(ids[c].id, x_request_id, sig.ts);
        for (std::size_t i = 0; i <= options.additional_secrets.size(); ++i) {
            const std::string_view key = i == 0 ? secret : std::string_view(options.additional_secrets[i - 1]);
            if (key.empty()) continue;  // an unset key must never validate anything
            const std::string digest = mercadopago::detail::hmac_sha256_hex(key, text);
            for (const auto& r : received) {
                // Every comparison runs (no early exit across candidates either).
                const bool eq = mercadopago::detail::constant_time_equal(digest, r);
                if (eq && !matched) {
                    matched = true;
                    out.matched_id = ids[c].form;
                    out.secret_index = i;
                }
            }
        }
    }
    if (!matched) {
        out.reason = verify_failure::mismatch;
        return out;
    }
    if (options.tolerance) {
        const auto now = options.now ? *options.now : std::chrono::system_clock::now();
        if (!detail::within_tolerance(sig.ts, *options.tolerance, now)) {
            out.reason = verify_failure::timestamp_out_of_tolerance;
            return out;
        }
    }
    out.reason = verify_failure::none;
    return out;
}

MERCADOPAGO_DETAIL_DECL std::optional<std::string> data_id_from_query(std::string_view query_string) {
    return detail::query_value(query_string, "data.id");
}

MERCADOPAGO_DETAIL_DECL result<ipn_notification> parse_ipn(std::string_view query_string) {
    ipn_notification n;
    auto topic = detail::query_value(query_string, "topic");
    if (!topic) return failure(errc::invalid_argument, "IPN query string has no topic parameter");
    auto id = detail::query_value(query_string, "id");
    if (!id) return failure(errc::invalid_argument, "IPN query string has no id parameter");
    n.topic = std::move(*topic);
    n.id = std::move(*id);
    return n;
}

}  // namespace mercadopago::webhooks
// ---- end mercadopago/impl/webhooks.ipp ----
#endif
// ---- end mercadopago/webhooks.hpp ----

// The default transport needs cpp-httplib built with TLS (CPPHTTPLIB_OPENSSL_SUPPORT).
// Define MERCADOPAGO_NO_HTTPLIB to bring your own transport instead.
#ifndef MERCADOPAGO_NO_HTTPLIB
#endif
// ---- end mercadopago/mercadopago.hpp ----
