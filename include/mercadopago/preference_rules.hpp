// What Checkout Pro refuses in a preference, checked before anything is sent:
// `preferences().create` and `update` answer errc::invalid_argument without
// a request, and the sandbox answers the same violations with the API's 400.
// One list of rules serves both, so the two cannot drift apart.
//
//     if (auto v = mercadopago::preference_violation(req)) std::cerr << v->field << ": " << v->message;
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/models/preference_request.hpp>
#include <mercadopago/timestamp.hpp>

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
