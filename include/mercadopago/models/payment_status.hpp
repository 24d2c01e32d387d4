// Status vocabularies of payments and refunds, as open enums.
//
// Values come from shared reference payment-outcomes.md (§1 payment `status`,
// §2 every `status_detail`, §3 other vocabularies). Every vocabulary is open:
// a value this version does not name is kept verbatim and compares unequal to
// every constant, so a new API value never fails a decode. `known` lists all
// named constants of a vocabulary (e.g. to check every status_detail has a
// buyer-facing message).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/open_enum.hpp>

#include <array>
#include <cstddef>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Payment `status` (payment-outcomes.md §1).
struct payment_status : open_enum<payment_status> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    /// the buyer has not finished paying (voucher, bank transfer, Pix, 3DS challenge); wait for the webhook
    static constexpr constant pending{"pending"};
    /// approved and credited; may later become refunded, charged_back or in_mediation
    static constexpr constant approved{"approved"};
    /// card authorised and funds reserved, not captured: capture or cancel it
    static constexpr constant authorized{"authorized"};
    /// under review (risk, manual or offline processing); wait for the webhook
    static constexpr constant in_process{"in_process"};
    /// the buyer opened a dispute
    static constexpr constant in_mediation{"in_mediation"};
    /// declined; status_detail says why, and the buyer may try again
    static constexpr constant rejected{"rejected"};
    /// cancelled by a party, or expired (pending payments lapse after 30 days); final
    static constexpr constant cancelled{"cancelled"};
    /// fully refunded; final
    static constexpr constant refunded{"refunded"};
    /// a chargeback was filed against the card payment
    static constexpr constant charged_back{"charged_back"};

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 9> known{
        pending, approved, authorized, in_process, in_mediation, rejected, cancelled, refunded, charged_back
    };
};

/// Payment `status_detail` (payment-outcomes.md §2): the documented values grouped by
/// the status they accompany, then the values seen without official descriptions.
/// Some details share their text with a status (`in_process`, `refunded`); the
/// types keep them apart.
struct payment_status_detail : open_enum<payment_status_detail> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    // status approved
    /// approved: approved and credited
    static constexpr constant accredited{"accredited"};
    /// approved: at least one partial refund was made
    static constexpr constant partially_refunded{"partially_refunded"};
    // status authorized
    /// authorized: waiting for the merchant to capture or cancel
    static constexpr constant pending_capture{"pending_capture"};
    // status in_process
    /// in_process: processed offline because online processing was unavailable
    static constexpr constant offline_process{"offline_process"};
    /// in_process: delayed; the result usually comes within 2 business days
    static constexpr constant pending_contingency{"pending_contingency"};
    /// in_process: held for manual review; the buyer may be asked for more data
    static constexpr constant pending_review_manual{"pending_review_manual"};
    /// in_process: processing was rescheduled and will be retried
    static constexpr constant deferred_retry{"deferred_retry"};
    // status pending
    /// pending: waiting for the buyer to complete a bank transfer or Pix
    static constexpr constant pending_waiting_transfer{"pending_waiting_transfer"};
    /// pending: waiting for the buyer to pay an offline voucher (boleto, ticket, cash)
    static constexpr constant pending_waiting_payment{"pending_waiting_payment"};
    /// pending: waiting for the buyer to complete a 3DS challenge (see payment::three_ds_info)
    static constexpr constant pending_challenge{"pending_challenge"};
    // status cancelled
    /// cancelled: expired after 30 days pending
    static constexpr constant expired{"expired"};
    /// cancelled by the seller
    static constexpr constant by_collector{"by_collector"};
    /// cancelled by the buyer
    static constexpr constant by_payer{"by_payer"};
    // status charged_back
    /// charged_back: concluded, and the money stays withheld from the seller
    static constexpr constant settled{"settled"};
    /// charged_back: concluded, and the money went back to the seller
    static constexpr constant reimbursed{"reimbursed"};
    /// charged_back: the buyer does not recognise the charge; recovery in progress (same text as a status)
    static constexpr constant in_process{"in_process"};
    // status refunded
    /// refunded by the seller (same text as a status)
    static constexpr constant refunded{"refunded"};
    /// refunded by Mercado Pago's administration
    static constexpr constant by_admin{"by_admin"};
    // status rejected
    /// rejected: a bank-side error on a bank transfer
    static constexpr constant bank_error{"bank_error"};
    /// rejected: the buyer did not pass the 3DS challenge
    static constexpr constant cc_rejected_3ds_challenge{"cc_rejected_3ds_challenge"};
    /// rejected: 3DS was required; resend with three_d_secure_mode "optional"
    static constexpr constant cc_rejected_3ds_mandatory{"cc_rejected_3ds_mandatory"};
    /// rejected: wrong card number
    static constexpr constant cc_rejected_bad_filled_card_number{"cc_rejected_bad_filled_card_number"};
    /// rejected: wrong expiry date
    static constexpr constant cc_rejected_bad_filled_date{"cc_rejected_bad_filled_date"};
    /// rejected: some card data is wrong
    static constexpr constant cc_rejected_bad_filled_other{"cc_rejected_bad_filled_other"};
    /// rejected: wrong security code (CVV)
    static constexpr constant cc_rejected_bad_filled_security_code{"cc_rejected_bad_filled_security_code"};
    /// rejected: card or buyer on a risk list (do not tell the buyer why)
    static constexpr constant cc_rejected_blacklist{"cc_rejected_blacklist"};
    /// rejected: the buyer must authorise the charge with the issuer by phone, then retry
    static constexpr constant cc_rejected_call_for_authorize{"cc_rejected_call_for_authorize"};
    /// rejected: the card is not activated or is disabled
    static constexpr constant cc_rejected_card_disabled{"cc_rejected_card_disabled"};
    /// rejected: the card could not be processed
    static constexpr constant cc_rejected_card_error{"cc_rejected_card_error"};
    /// rejected: a payment of the same value was just made
    static constexpr constant cc_rejected_duplicated_payment{"cc_rejected_duplicated_payment"};
    /// rejected by fraud prevention
    static constexpr constant cc_rejected_high_risk{"cc_rejected_high_risk"};
    /// rejected: insufficient funds or limit
    static constexpr constant cc_rejected_insufficient_amount{"cc_rejected_insufficient_amount"};
    /// rejected: the card does not accept this number of installments
    static constexpr constant cc_rejected_invalid_installments{"cc_rejected_invalid_installments"};
    /// rejected: too many attempts with this card
    static constexpr constant cc_rejected_max_attempts{"cc_rejected_max_attempts"};
    /// rejected by the issuer without a specific reason
    static constexpr constant cc_rejected_other_reason{"cc_rejected_other_reason"};
    /// rejected: over the payment method's capacity cap (CAP); not HTTP 429
    static constexpr constant cc_amount_rate_limit_exceeded{"cc_amount_rate_limit_exceeded"};
    /// rejected: the request lacked mandatory data
    static constexpr constant rejected_insufficient_data{"rejected_insufficient_data"};
    /// rejected by the bank
    static constexpr constant rejected_by_bank{"rejected_by_bank"};
    /// rejected by regulatory rules
    static constexpr constant rejected_by_regulations{"rejected_by_regulations"};
    /// rejected: insufficient funds (non-card methods)
    static constexpr constant insufficient_amount{"insufficient_amount"};
    /// rejected (Brazil): a combo card without its credit function enabled
    static constexpr constant cc_rejected_card_type_not_allowed{"cc_rejected_card_type_not_allowed"};
    // seen without official descriptions (meaning inferred from the name; §2.2)
    /// undocumented; likely pending: waiting for a corrective action
    static constexpr constant pending_waiting_for_remedy{"pending_waiting_for_remedy"};
    /// undocumented; likely pending: waiting for the bank to confirm
    static constexpr constant waiting_bank_confirmation{"waiting_bank_confirmation"};
    /// undocumented; likely pending: card validation in progress
    static constexpr constant pending_card_validation{"pending_card_validation"};
    /// undocumented; likely pending: online validation in progress
    static constexpr constant pending_online_validation{"pending_online_validation"};
    /// undocumented; likely pending or in_process: more data is needed
    static constexpr constant pending_additional_info{"pending_additional_info"};
    /// undocumented; likely pending or in_process: waiting for the acquirer
    static constexpr constant pending_provider_response{"pending_provider_response"};
    /// undocumented; likely rejected: the bank declined
    static constexpr constant bank_rejected{"bank_rejected"};
    /// undocumented; likely rejected: fraud suspected
    static constexpr constant cc_rejected_fraud{"cc_rejected_fraud"};
    /// undocumented; likely rejected: the payer's account cannot pay
    static constexpr constant payer_unavailable{"payer_unavailable"};
    /// undocumented; likely rejected by fraud prevention (non-card)
    static constexpr constant rejected_high_risk{"rejected_high_risk"};
    /// undocumented; likely rejected: amount cap exceeded
    static constexpr constant rejected_cap_exceeded{"rejected_cap_exceeded"};
    /// undocumented; likely rejected without a specific reason
    static constexpr constant rejected_other_reason{"rejected_other_reason"};
    /// undocumented; likely rejected: authorisation by phone needed
    static constexpr constant rejected_call_for_authorize{"rejected_call_for_authorize"};
    /// undocumented; likely cancelled or rejected: the authorisation was withdrawn
    static constexpr constant authorization_revoked{"authorization_revoked"};
    /// undocumented; likely rejected: the operation expired
    static constexpr constant cc_rejected_expired_operation{"cc_rejected_expired_operation"};
    /// undocumented; likely rejected: Mercado Pago account balance too low
    static constexpr constant am_insufficient_amount{"am_insufficient_amount"};
    /// undocumented; likely rejected: insufficient balance (Wallet Connect)
    static constexpr constant insufficient_money{"insufficient_money"};

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 58> known{
        accredited, partially_refunded, pending_capture, offline_process, pending_contingency, pending_review_manual,
        deferred_retry, pending_waiting_transfer, pending_waiting_payment, pending_challenge, expired, by_collector,
        by_payer, settled, reimbursed, in_process, refunded, by_admin, bank_error, cc_rejected_3ds_challenge,
        cc_rejected_3ds_mandatory, cc_rejected_bad_filled_card_number, cc_rejected_bad_filled_date,
        cc_rejected_bad_filled_other, cc_rejected_bad_filled_security_code, cc_rejected_blacklist,
        cc_rejected_call_for_authorize, cc_rejected_card_disabled, cc_rejected_card_error,
        cc_rejected_duplicated_payment, cc_rejected_high_risk, cc_rejected_insufficient_amount,
        cc_rejected_invalid_installments, cc_rejected_max_attempts, cc_rejected_other_reason,
        cc_amount_rate_limit_exceeded, rejected_insufficient_data, rejected_by_bank, rejected_by_regulations,
        insufficient_amount, cc_rejected_card_type_not_allowed, pending_waiting_for_remedy,
        waiting_bank_confirmation, pending_card_validation, pending_online_validation, pending_additional_info,
        pending_provider_response, bank_rejected, cc_rejected_fraud, payer_unavailable, rejected_high_risk,
        rejected_cap_exceeded, rejected_other_reason, rejected_call_for_authorize, authorization_revoked,
        cc_rejected_expired_operation, am_insufficient_amount, insufficient_money
    };
};

/// Payment `payment_type_id` (payment-outcomes.md §3). One official SDK crashed on
/// `digital_currency`; unknown values are kept.
struct payment_type : open_enum<payment_type> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    static constexpr constant account_money{"account_money"};  ///< balance of the buyer's Mercado Pago account
    static constexpr constant ticket{"ticket"};  ///< a voucher paid in cash or at a bank (boleto, OXXO, Rapipago, …)
    static constexpr constant bank_transfer{"bank_transfer"};  ///< a bank transfer, including Pix and PSE
    static constexpr constant atm{"atm"};  ///< payment through an ATM or bank channel
    static constexpr constant credit_card{"credit_card"};  ///< credit card
    static constexpr constant debit_card{"debit_card"};  ///< debit card
    static constexpr constant prepaid_card{"prepaid_card"};  ///< prepaid card
    static constexpr constant digital_currency{"digital_currency"};  ///< consumer credit line (Mercado Crédito)
    static constexpr constant digital_wallet{"digital_wallet"};  ///< a third-party digital wallet (e.g. PayPal)
    static constexpr constant voucher_card{"voucher_card"};  ///< a benefits card (meal/food vouchers: Alelo, Sodexo)
    static constexpr constant crypto_transfer{"crypto_transfer"};  ///< a cryptocurrency transfer

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 11> known{
        account_money, ticket, bank_transfer, atm, credit_card, debit_card, prepaid_card, digital_currency,
        digital_wallet, voucher_card, crypto_transfer
    };
};

/// Refund `status` (payment-outcomes.md §3).
struct refund_status : open_enum<refund_status> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    static constexpr constant approved{"approved"};  ///< the refund was made
    static constexpr constant in_process{"in_process"};  ///< the refund is being processed
    static constexpr constant rejected{"rejected"};  ///< the refund was refused

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 3> known{approved, in_process, rejected};
};

}  // namespace mercadopago
