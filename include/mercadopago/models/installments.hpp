// Installment plans (`GET /v1/payment_methods/installments`): a bare array of
// installment_options, one per payment method/issuer pair. No official server
// SDK types this endpoint; fields follow the public API documentation and
// anything else lands in `extra`.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/issuer.hpp>
#include <mercadopago/optional.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// One choice of number of installments and what it costs the payer.
struct payer_cost {
    optional<std::int64_t> installments{};  ///< number of installments of this choice (1: paid at once)
    optional<decimal> installment_rate{};  ///< percent of interest over the amount
    optional<decimal> discount_rate{};  ///< discount rate of this choice, as the API states it
    optional<decimal> reimbursement_rate{};  ///< usually null
    optional<std::vector<std::string>> labels{};  ///< e.g. "CFT_45,32%|TEA_38,51%", "recommended_installment"
    optional<std::vector<std::string>> installment_rate_collector{};  ///< who charges the interest: "MERCADOPAGO", "THIRD_PARTY"
    optional<decimal> min_allowed_amount{};  ///< smallest amount this choice is offered for
    optional<decimal> max_allowed_amount{};  ///< largest amount this choice is offered for
    optional<std::string> recommended_message{};  ///< ready to show, e.g. "3 cuotas de $ 34,00 ($ 102,00)"
    optional<decimal> installment_amount{};  ///< amount of each installment, interest included
    optional<decimal> total_amount{};  ///< what the payer pays in all with this choice, interest included
    optional<std::string> payment_method_option_id{};  ///< id of this choice (text); a payment has a member of this name
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payer_cost,
                      installments, installment_rate, discount_rate, reimbursement_rate, labels,
                      installment_rate_collector, min_allowed_amount, max_allowed_amount, recommended_message,
                      installment_amount, total_amount, payment_method_option_id);
};

/// One element of the installments response.
struct installment_options {
    optional<std::string> payment_method_id{};  ///< the method these plans are for, e.g. "visa"
    optional<std::string> payment_type_id{};  ///< its type, e.g. "credit_card"
    optional<mercadopago::issuer> issuer{};  ///< the card's issuing bank; its id goes into a payment's `issuer_id`
    optional<std::string> processing_mode{};      ///< "aggregator" or "gateway"
    optional<std::string> merchant_account_id{};  ///< gateway mode only; usually null
    optional<std::vector<payer_cost>> payer_costs{};  ///< the choices offered, one per number of installments
    optional<free_form> agreements{};  ///< free-form bank agreements; usually null
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(installment_options,
                      payment_method_id, payment_type_id, issuer, processing_mode, merchant_account_id, payer_costs,
                      agreements);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(payer_cost, installment_options);

}  // namespace mercadopago
