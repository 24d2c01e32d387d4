// result<T>: a value or an `error`, in the spirit of std::expected.
// Nothing throws until a caller asks for `.value()` of a failed result.
#pragma once

#include <mercadopago/error.hpp>

#include <stdexcept>
#include <type_traits>
#include <utility>
#include <variant>

namespace mercadopago {

/// Thrown only by `result<T>::value()` on a failed result; carries the error.
class exception : public std::runtime_error {
public:
    explicit exception(mercadopago::error e)
        : std::runtime_error(std::string(to_string(e.code)) + ": " + e.what()), error_(std::move(e)) {}
    const mercadopago::error& error() const noexcept { return error_; }

private:
    mercadopago::error error_;
};

/// Tag to build a failed result: `return mercadopago::failure(errc::decode, "…");`
struct failure {
    mercadopago::error error;
    failure(mercadopago::error e) : error(std::move(e)) {}
    failure(errc code, std::string message, std::string path = {})
        : error{code, std::move(message), std::move(path)} {}
};

template <class T>
class [[nodiscard]] result {
    static_assert(!std::is_reference_v<T>, "result<T&> is not supported");

public:
    using value_type = T;

    result(const T& v) : state_(std::in_place_index<0>, v) {}
    result(T&& v) : state_(std::in_place_index<0>, std::move(v)) {}
    result(failure f) : state_(std::in_place_index<1>, std::move(f.error)) {}
    result(mercadopago::error e) : state_(std::in_place_index<1>, std::move(e)) {}
    template <class... Args>
    explicit result(std::in_place_t, Args&&... args) : state_(std::in_place_index<0>, std::forward<Args>(args)...) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws `mercadopago::exception` when this holds an error.
    T& value() & { check(); return std::get<0>(state_); }
    const T& value() const& { check(); return std::get<0>(state_); }
    T&& value() && { check(); return std::get<0>(std::move(state_)); }

    /// Unchecked access: only after testing `has_value()`.
    T& operator*() & noexcept { return *std::get_if<0>(&state_); }
    const T& operator*() const& noexcept { return *std::get_if<0>(&state_); }
    T&& operator*() && noexcept { return std::move(*std::get_if<0>(&state_)); }
    T* operator->() noexcept { return std::get_if<0>(&state_); }
    const T* operator->() const noexcept { return std::get_if<0>(&state_); }

    /// The error; only meaningful when `!has_value()`.
    const mercadopago::error& error() const& noexcept { return *std::get_if<1>(&state_); }
    mercadopago::error&& error() && noexcept { return std::move(*std::get_if<1>(&state_)); }

    template <class U>
    T value_or(U&& fallback) const& {
        return has_value() ? std::get<0>(state_) : static_cast<T>(std::forward<U>(fallback));
    }

private:
    void check() const {
        if (!has_value()) throw exception(*std::get_if<1>(&state_));
    }
    std::variant<T, mercadopago::error> state_;
};

/// result<void>: success, or an error.
template <>
class [[nodiscard]] result<void> {
public:
    using value_type = void;
    result() = default;
    result(failure f) : error_(std::move(f.error)), failed_(true) {}
    result(mercadopago::error e) : error_(std::move(e)), failed_(true) {}

    bool has_value() const noexcept { return !failed_; }
    explicit operator bool() const noexcept { return !failed_; }
    void value() const {
        if (failed_) throw exception(error_);
    }
    const mercadopago::error& error() const& noexcept { return error_; }

private:
    mercadopago::error error_{};
    bool failed_ = false;
};

}  // namespace mercadopago
