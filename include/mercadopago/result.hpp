// result<T>: a value or an `error`, in the spirit of std::expected.
// Nothing throws until a caller asks for `.value()` of a failed result.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/error.hpp>

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
