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
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/detail/config.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/models/payment_status.hpp>

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
#include <mercadopago/impl/outcome.ipp>
#endif
