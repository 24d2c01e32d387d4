// fixed_string<N>: a string literal usable as a template argument, as in
// `endpoint<http_method::get, "/v1/payments/{id}", …>`.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

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
