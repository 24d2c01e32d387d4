// Status vocabularies of the Orders API, as open enums (shared reference
// payment-outcomes.md §3.1). The documents spell the cancelled state
// `canceled`; some sources send `cancelled`: both read as canceled through
// is_canceled(), and either spelling is kept verbatim.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/models/payment_status.hpp>
#include <mercadopago/open_enum.hpp>

#include <array>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Order `status` (and the `status` of an order's payments and refunds).
struct order_status : open_enum<order_status> {
    using open_enum::open_enum;

    static constexpr constant created{"created"};
    static constexpr constant processing{"processing"};
    static constexpr constant processed{"processed"};
    static constexpr constant action_required{"action_required"};
    static constexpr constant at_terminal{"at_terminal"};
    static constexpr constant failed{"failed"};
    static constexpr constant canceled{"canceled"};
    static constexpr constant refunded{"refunded"};
    static constexpr constant expired{"expired"};
    static constexpr constant charged_back{"charged_back"};

    static constexpr std::array<constant, 10> known{created, processing, processed, action_required, at_terminal,
                                                    failed,  canceled,   refunded,  expired,         charged_back};

    /// `canceled`, in either spelling.
    bool is_canceled() const noexcept { return *this == canceled || str() == "cancelled"; }
};
static_assert(detail::vocabulary_is_well_formed(order_status::known),
              "order_status::known lists an empty or repeated value");

/// Order `status_detail` (and its payments'): what the status means, and why
/// a payment failed.
struct order_status_detail : open_enum<order_status_detail> {
    using open_enum::open_enum;

    // created / processed / processing
    static constexpr constant created{"created"};
    static constexpr constant accredited{"accredited"};
    static constexpr constant partially_refunded{"partially_refunded"};
    static constexpr constant refunded{"refunded"};
    static constexpr constant processed{"processed"};
    static constexpr constant in_process{"in_process"};
    // action_required
    static constexpr constant waiting_payment{"waiting_payment"};
    static constexpr constant waiting_transfer{"waiting_transfer"};
    static constexpr constant waiting_capture{"waiting_capture"};
    static constexpr constant check_on_terminal{"check_on_terminal"};
    // failed (HTTP 402 on create)
    static constexpr constant bad_filled_card_data{"bad_filled_card_data"};
    static constexpr constant invalid_card_token{"invalid_card_token"};
    static constexpr constant high_risk{"high_risk"};
    static constexpr constant rejected_by_issuer{"rejected_by_issuer"};
    static constexpr constant required_call_for_authorize{"required_call_for_authorize"};
    static constexpr constant insufficient_amount{"insufficient_amount"};
    static constexpr constant card_disabled{"card_disabled"};
    static constexpr constant max_attempts_exceeded{"max_attempts_exceeded"};
    static constexpr constant amount_limit_exceeded{"amount_limit_exceeded"};
    static constexpr constant invalid_installments{"invalid_installments"};
    static constexpr constant processing_error{"processing_error"};
    // canceled / expired
    static constexpr constant canceled{"canceled"};
    static constexpr constant expired{"expired"};

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
static_assert(detail::vocabulary_is_well_formed(order_status_detail::known),
              "order_status_detail::known lists an empty or repeated value");

}  // namespace mercadopago
