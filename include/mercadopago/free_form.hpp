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
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/exact_number.hpp>
#include <mercadopago/detail/number_texts.hpp>

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
