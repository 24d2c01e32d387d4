// Reading a number of free-form JSON exactly: by its kept source text when
// there is one (number_texts.hpp), else by the text the writer would print.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/detail/number_texts.hpp>
#include <mercadopago/detail/value_node.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/result.hpp>

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
