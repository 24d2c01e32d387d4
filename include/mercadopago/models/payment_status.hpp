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

namespace detail {
/// True when no entry of a `known` list is empty and none repeats.
template <class C, std::size_t N>
constexpr bool vocabulary_is_well_formed(const std::array<C, N>& values) {
    for (std::size_t i = 0; i < N; ++i) {
        if (values[i].str().empty()) return false;
        for (std::size_t j = i + 1; j < N; ++j)
            if (values[i].str() == values[j].str()) return false;
    }
    return true;
}
}  // namespace detail

/// Payment `status` (payment-outcomes.md §1).
struct payment_status : open_enum<payment_status> {
    using open_enum::open_enum;

    static constexpr constant pending{"pending"};
    static constexpr constant approved{"approved"};
    static constexpr constant authorized{"authorized"};
    static constexpr constant in_process{"in_process"};
    static constexpr constant in_mediation{"in_mediation"};
    static constexpr constant rejected{"rejected"};
    static constexpr constant cancelled{"cancelled"};
    static constexpr constant refunded{"refunded"};
    static constexpr constant charged_back{"charged_back"};

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 9> known{
        pending, approved, authorized, in_process, in_mediation, rejected, cancelled, refunded, charged_back
    };
};
static_assert(detail::vocabulary_is_well_formed(payment_status::known),
              "payment_status::known lists an empty or repeated value");

/// Payment `status_detail` (payment-outcomes.md §2): the documented values grouped by
/// the status they accompany, then the values seen without official descriptions.
/// Some details share their text with a status (`in_process`, `refunded`); the
/// types keep them apart.
struct payment_status_detail : open_enum<payment_status_detail> {
    using open_enum::open_enum;

    // status approved
    static constexpr constant accredited{"accredited"};
    static constexpr constant partially_refunded{"partially_refunded"};
    // status authorized
    static constexpr constant pending_capture{"pending_capture"};
    // status in_process
    static constexpr constant offline_process{"offline_process"};
    static constexpr constant pending_contingency{"pending_contingency"};
    static constexpr constant pending_review_manual{"pending_review_manual"};
    static constexpr constant deferred_retry{"deferred_retry"};
    // status pending
    static constexpr constant pending_waiting_transfer{"pending_waiting_transfer"};
    static constexpr constant pending_waiting_payment{"pending_waiting_payment"};
    static constexpr constant pending_challenge{"pending_challenge"};
    // status cancelled
    static constexpr constant expired{"expired"};
    static constexpr constant by_collector{"by_collector"};
    static constexpr constant by_payer{"by_payer"};
    // status charged_back
    static constexpr constant settled{"settled"};
    static constexpr constant reimbursed{"reimbursed"};
    static constexpr constant in_process{"in_process"};
    // status refunded
    static constexpr constant refunded{"refunded"};
    static constexpr constant by_admin{"by_admin"};
    // status rejected
    static constexpr constant bank_error{"bank_error"};
    static constexpr constant cc_rejected_3ds_challenge{"cc_rejected_3ds_challenge"};
    static constexpr constant cc_rejected_3ds_mandatory{"cc_rejected_3ds_mandatory"};
    static constexpr constant cc_rejected_bad_filled_card_number{"cc_rejected_bad_filled_card_number"};
    static constexpr constant cc_rejected_bad_filled_date{"cc_rejected_bad_filled_date"};
    static constexpr constant cc_rejected_bad_filled_other{"cc_rejected_bad_filled_other"};
    static constexpr constant cc_rejected_bad_filled_security_code{"cc_rejected_bad_filled_security_code"};
    static constexpr constant cc_rejected_blacklist{"cc_rejected_blacklist"};
    static constexpr constant cc_rejected_call_for_authorize{"cc_rejected_call_for_authorize"};
    static constexpr constant cc_rejected_card_disabled{"cc_rejected_card_disabled"};
    static constexpr constant cc_rejected_card_error{"cc_rejected_card_error"};
    static constexpr constant cc_rejected_duplicated_payment{"cc_rejected_duplicated_payment"};
    static constexpr constant cc_rejected_high_risk{"cc_rejected_high_risk"};
    static constexpr constant cc_rejected_insufficient_amount{"cc_rejected_insufficient_amount"};
    static constexpr constant cc_rejected_invalid_installments{"cc_rejected_invalid_installments"};
    static constexpr constant cc_rejected_max_attempts{"cc_rejected_max_attempts"};
    static constexpr constant cc_rejected_other_reason{"cc_rejected_other_reason"};
    static constexpr constant cc_amount_rate_limit_exceeded{"cc_amount_rate_limit_exceeded"};
    static constexpr constant rejected_insufficient_data{"rejected_insufficient_data"};
    static constexpr constant rejected_by_bank{"rejected_by_bank"};
    static constexpr constant rejected_by_regulations{"rejected_by_regulations"};
    static constexpr constant insufficient_amount{"insufficient_amount"};
    static constexpr constant cc_rejected_card_type_not_allowed{"cc_rejected_card_type_not_allowed"};
    // seen without official descriptions (meaning inferred from the name; §2.2)
    static constexpr constant pending_waiting_for_remedy{"pending_waiting_for_remedy"};
    static constexpr constant waiting_bank_confirmation{"waiting_bank_confirmation"};
    static constexpr constant pending_card_validation{"pending_card_validation"};
    static constexpr constant pending_online_validation{"pending_online_validation"};
    static constexpr constant pending_additional_info{"pending_additional_info"};
    static constexpr constant pending_provider_response{"pending_provider_response"};
    static constexpr constant bank_rejected{"bank_rejected"};
    static constexpr constant cc_rejected_fraud{"cc_rejected_fraud"};
    static constexpr constant payer_unavailable{"payer_unavailable"};
    static constexpr constant rejected_high_risk{"rejected_high_risk"};
    static constexpr constant rejected_cap_exceeded{"rejected_cap_exceeded"};
    static constexpr constant rejected_other_reason{"rejected_other_reason"};
    static constexpr constant rejected_call_for_authorize{"rejected_call_for_authorize"};
    static constexpr constant authorization_revoked{"authorization_revoked"};
    static constexpr constant cc_rejected_expired_operation{"cc_rejected_expired_operation"};
    static constexpr constant am_insufficient_amount{"am_insufficient_amount"};
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
static_assert(detail::vocabulary_is_well_formed(payment_status_detail::known),
              "payment_status_detail::known lists an empty or repeated value");

/// Payment `payment_type_id` (payment-outcomes.md §3). One official SDK crashed on
/// `digital_currency`; unknown values are kept.
struct payment_type : open_enum<payment_type> {
    using open_enum::open_enum;

    static constexpr constant account_money{"account_money"};
    static constexpr constant ticket{"ticket"};
    static constexpr constant bank_transfer{"bank_transfer"};
    static constexpr constant atm{"atm"};
    static constexpr constant credit_card{"credit_card"};
    static constexpr constant debit_card{"debit_card"};
    static constexpr constant prepaid_card{"prepaid_card"};
    static constexpr constant digital_currency{"digital_currency"};
    static constexpr constant digital_wallet{"digital_wallet"};
    static constexpr constant voucher_card{"voucher_card"};
    static constexpr constant crypto_transfer{"crypto_transfer"};

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 11> known{
        account_money, ticket, bank_transfer, atm, credit_card, debit_card, prepaid_card, digital_currency,
        digital_wallet, voucher_card, crypto_transfer
    };
};
static_assert(detail::vocabulary_is_well_formed(payment_type::known),
              "payment_type::known lists an empty or repeated value");

/// Refund `status` (payment-outcomes.md §3).
struct refund_status : open_enum<refund_status> {
    using open_enum::open_enum;

    static constexpr constant approved{"approved"};
    static constexpr constant in_process{"in_process"};
    static constexpr constant rejected{"rejected"};

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 3> known{approved, in_process, rejected};
};
static_assert(detail::vocabulary_is_well_formed(refund_status::known),
              "refund_status::known lists an empty or repeated value");

}  // namespace mercadopago
