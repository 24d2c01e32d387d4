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
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    /// Created; nothing processed yet (manual processing waits here for process()).
    static constexpr constant created{"created"};
    static constexpr constant processing{"processing"};  ///< still being processed, e.g. after an asynchronous create
    /// Processed: paid (`accredited`), or refunded in part or in full.
    static constexpr constant processed{"processed"};
    /// Waiting for someone: the buyer to pay, or the seller to capture.
    static constexpr constant action_required{"action_required"};
    static constexpr constant at_terminal{"at_terminal"};  ///< Point only: the card terminal has the order
    static constexpr constant failed{"failed"};  ///< the payment failed; status_detail says why (HTTP 402 on create)
    /// Cancelled by the API or at the terminal; `cancelled` also arrives (see is_canceled()).
    static constexpr constant canceled{"canceled"};
    /// Fully refunded (QR and Point; Checkout Pro orders stay `processed` with detail `refunded`).
    static constexpr constant refunded{"refunded"};
    static constexpr constant expired{"expired"};  ///< not paid in time (QR orders: 15 minutes by default)
    /// A payment was charged back (details `in_process`, `settled`, `reimbursed`).
    static constexpr constant charged_back{"charged_back"};

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 10> known{created, processing, processed, action_required, at_terminal,
                                                    failed,  canceled,   refunded,  expired,         charged_back};

    /// `canceled`, in either spelling.
    bool is_canceled() const noexcept { return *this == canceled || str() == "cancelled"; }
};

/// Order `status_detail` (and its payments'): what the status means, and why
/// a payment failed.
struct order_status_detail : open_enum<order_status_detail> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    // created / processed / processing
    static constexpr constant created{"created"};  ///< with `created`: nothing processed yet
    static constexpr constant accredited{"accredited"};  ///< with `processed`: the payment is credited
    /// With `processed`: part of the amount was refunded.
    static constexpr constant partially_refunded{"partially_refunded"};
    /// With `processed` or `refunded`: the whole amount was refunded.
    static constexpr constant refunded{"refunded"};
    static constexpr constant processed{"processed"};  ///< with `processed`: the QR and Point wording for success
    static constexpr constant in_process{"in_process"};  ///< with `processing`: still being processed
    // action_required
    /// With `action_required`: the buyer must still pay.
    static constexpr constant waiting_payment{"waiting_payment"};
    /// With `action_required`: the buyer must still transfer the funds.
    static constexpr constant waiting_transfer{"waiting_transfer"};
    /// With `action_required`: authorised; the seller must capture.
    static constexpr constant waiting_capture{"waiting_capture"};
    /// With `action_required`, in store: confirm on the terminal.
    static constexpr constant check_on_terminal{"check_on_terminal"};
    // failed (HTTP 402 on create)
    static constexpr constant bad_filled_card_data{"bad_filled_card_data"};  ///< failed: card data entered wrongly
    /// Failed: the card token was not accepted.
    static constexpr constant invalid_card_token{"invalid_card_token"};
    static constexpr constant high_risk{"high_risk"};  ///< failed: refused by fraud prevention
    static constexpr constant rejected_by_issuer{"rejected_by_issuer"};  ///< failed: the card issuer declined
    /// Failed: the buyer must call the issuer to authorise it.
    static constexpr constant required_call_for_authorize{"required_call_for_authorize"};
    /// Failed: not enough funds or credit (reported by third-party code only).
    static constexpr constant insufficient_amount{"insufficient_amount"};
    /// Failed: the card is disabled (reported by third-party code only).
    static constexpr constant card_disabled{"card_disabled"};
    /// Failed: too many attempts (reported by third-party code only).
    static constexpr constant max_attempts_exceeded{"max_attempts_exceeded"};
    /// Failed: over the amount limit (reported by third-party code only).
    static constexpr constant amount_limit_exceeded{"amount_limit_exceeded"};
    /// Failed: the installment count is refused (reported by third-party code only).
    static constexpr constant invalid_installments{"invalid_installments"};
    /// Failed: error while processing (reported by third-party code only).
    static constexpr constant processing_error{"processing_error"};
    // canceled / expired
    /// With `canceled`: cancelled; `cancelled` also arrives (see is_canceled()).
    static constexpr constant canceled{"canceled"};
    static constexpr constant expired{"expired"};  ///< with `expired`: not paid in time

    /// Every value this version names, in the order above.
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

}  // namespace mercadopago
