// An id in a path: accepts the API's int64 ids and string ids alike.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

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
