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
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

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
