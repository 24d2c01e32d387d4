// The Orders API's order (`/v1/orders…`, shared reference models.md "Order"),
// as create, get, process, capture, cancel and refund answer it.
//
// Amounts are decimal strings on the wire ("200.00"): the members are
// `decimal`, written back as strings (`decimals_as_strings`). Ids are strings
// (`01HRYF…`, `pay_01…`). The parts that the official SDKs declare
// differently from each other (`refunds[].items`, `payments[].attempts`,
// `config.online.tracks`, `differential_pricing`) are free-form, kept exactly.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/identification.hpp>
#include <mercadopago/models/order_status.hpp>
#include <mercadopago/models/phone.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/timestamp.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

struct order_address {
    optional<std::string> street_name{};
    optional<std::string> street_number{};
    optional<std::string> zip_code{};
    optional<std::string> neighborhood{};
    optional<std::string> state{};
    optional<std::string> city{};
    optional<std::string> complement{};
    optional<std::string> country{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_address, street_name, street_number, zip_code, neighborhood, state, city, complement,
                       country);
};

/// The buyer. With test credentials the API (and the sandbox) requires an
/// e-mail ending in `@testuser.com`.
struct order_payer {
    optional<std::string> customer_id{};
    optional<std::string> entity_type{};  ///< individual, association
    optional<std::string> email{};
    optional<std::string> first_name{};
    optional<std::string> last_name{};
    optional<mercadopago::phone> phone{};
    optional<mercadopago::identification> identification{};
    optional<order_address> address{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_payer, customer_id, entity_type, email, first_name, last_name, phone, identification,
                       address);
};

struct order_item {
    optional<std::string> id{};
    optional<std::string> title{};
    optional<decimal> unit_price{};  ///< a string on the wire
    optional<std::int64_t> quantity{};
    optional<std::string> external_code{};
    optional<std::string> category_id{};
    optional<std::string> type{};
    optional<std::string> description{};
    optional<std::string> picture_url{};
    optional<bool> warranty{};
    optional<std::string> event_date{};
    optional<std::string> unit_measure{};
    optional<std::vector<free_form>> external_categories{};  ///< [{id}]
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_item, id, title, unit_price, quantity, external_code, category_id, type, description,
                       picture_url, warranty, event_date, unit_measure, external_categories);
};

struct order_integration_sponsor {
    optional<std::string> id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_integration_sponsor, id);
};

struct order_integration_data {
    optional<std::string> application_id{};
    optional<std::string> corporation_id{};
    optional<std::string> integrator_id{};
    optional<std::string> platform_id{};
    optional<order_integration_sponsor> sponsor{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_integration_data, application_id, corporation_id, integrator_id, platform_id, sponsor);
};

// --- config ---------------------------------------------------------------------

struct order_interest_free {
    optional<std::string> type{};  ///< range, list, none
    optional<std::vector<std::int64_t>> values{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_interest_free, type, values);
};

struct order_installments_config {
    optional<order_interest_free> interest_free{};
    optional<free_form> available{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_installments_config, interest_free, available);
};

struct order_config_payment_method {
    optional<std::vector<std::string>> not_allowed_ids{};
    optional<std::vector<std::string>> not_allowed_types{};
    optional<std::string> default_id{};
    optional<std::string> default_type{};
    optional<std::int64_t> max_installments{};
    optional<std::int64_t> min_installments{};
    optional<std::int64_t> default_installments{};
    optional<std::string> installments_cost{};
    optional<order_installments_config> installments{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_config_payment_method, not_allowed_ids, not_allowed_types, default_id, default_type,
                       max_installments, min_installments, default_installments, installments_cost, installments);
};

struct order_retries {
    optional<bool> allowed{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_retries, allowed);
};

struct order_transaction_security {
    optional<std::string> id{};
    optional<std::string> url{};
    optional<std::string> validation{};      ///< always, on_fraud_risk, never
    optional<std::string> liability_shift{};  ///< required, preferred
    optional<std::string> type{};
    optional<std::string> status{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_transaction_security, id, url, validation, liability_shift, type, status);
};

/// Where the buyer goes back to (Checkout Pro via Orders) and when.
struct order_config_online {
    optional<std::string> callback_url{};
    optional<std::string> success_url{};
    optional<std::string> pending_url{};
    optional<std::string> failure_url{};
    optional<std::string> auto_return_url{};
    optional<std::string> auto_return{};  ///< approved, all
    optional<std::string> available_from{};
    optional<std::string> allowed_user_type{};
    optional<order_retries> retries{};
    optional<std::vector<free_form>> tracks{};
    optional<free_form> differential_pricing{};  ///< {id}: a number or a string, by SDK
    optional<order_transaction_security> transaction_security{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_config_online, callback_url, success_url, pending_url, failure_url, auto_return_url,
                       auto_return, available_from, allowed_user_type, retries, tracks, differential_pricing,
                       transaction_security);
};

struct order_config {
    optional<order_config_payment_method> payment_method{};
    optional<order_config_online> online{};
    optional<std::string> statement_descriptor{};
    optional<std::string> default_payment_due_date{};
    optional<free_form> point{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_config, payment_method, online, statement_descriptor, default_payment_due_date, point);
};

// --- transactions -----------------------------------------------------------------

/// How a payment of an order is (or was) paid.
struct order_payment_method {
    optional<std::string> id{};    ///< master, visa, pix, boleto, …
    optional<std::string> type{};  ///< credit_card, debit_card, bank_transfer, ticket, …
    optional<std::string> token{};
    optional<std::string> card_id{};
    optional<std::int64_t> installments{};
    optional<std::string> statement_descriptor{};
    optional<std::string> issuer_id{};
    optional<std::string> ticket_url{};
    optional<std::string> barcode_content{};
    optional<std::string> reference{};
    optional<std::string> reference_id{};
    optional<std::string> verification_code{};
    optional<std::string> financial_institution{};
    optional<std::string> qr_code{};
    optional<std::string> qr_code_base64{};
    optional<std::string> digitable_line{};
    optional<std::string> e2e_id{};
    optional<std::string> redirect_url{};
    optional<order_transaction_security> transaction_security{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_payment_method, id, type, token, card_id, installments, statement_descriptor, issuer_id,
                       ticket_url, barcode_content, reference, reference_id, verification_code, financial_institution,
                       qr_code, qr_code_base64, digitable_line, e2e_id, redirect_url, transaction_security);
};

struct order_automatic_payments {
    optional<std::string> payment_profile_id{};
    optional<std::int64_t> retries{};
    optional<std::string> schedule_date{};
    optional<std::string> due_date{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_automatic_payments, payment_profile_id, retries, schedule_date, due_date);
};

struct order_stored_credential {
    optional<std::string> payment_initiator{};  ///< customer, merchant
    optional<std::string> reason{};
    optional<bool> store_payment_method{};
    optional<bool> first_payment{};
    optional<std::string> prev_transaction_ref{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_stored_credential, payment_initiator, reason, store_payment_method, first_payment,
                       prev_transaction_ref);
};

struct order_subscription_sequence {
    optional<std::int64_t> number{};
    optional<std::int64_t> total{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_subscription_sequence, number, total);
};

struct order_invoice_period {
    optional<std::string> type{};  ///< month, …
    optional<std::int64_t> period{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_invoice_period, type, period);
};

struct order_subscription_data {
    optional<order_subscription_sequence> subscription_sequence{};
    optional<std::string> invoice_id{};
    optional<order_invoice_period> invoice_period{};
    optional<std::string> billing_date{};  ///< a date only ("2024-09-02")
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_subscription_data, subscription_sequence, invoice_id, invoice_period, billing_date);
};

/// One payment of an order (`transactions.payments[]`).
struct order_payment {
    optional<std::string> id{};  ///< pay_…: the transaction id of update, delete and partial refund
    optional<std::string> reference_id{};
    optional<order_status> status{};
    optional<order_status_detail> status_detail{};
    optional<decimal> amount{};
    optional<decimal> paid_amount{};
    optional<decimal> refunded_amount{};
    optional<std::string> currency{};
    optional<std::string> provider{};
    optional<std::int64_t> attempt_number{};
    optional<free_form> attempts{};  ///< an array of attempts (one SDK declares a single object)
    optional<std::string> date_of_expiration{};
    optional<std::string> expiration_time{};
    optional<order_payment_method> payment_method{};
    optional<order_automatic_payments> automatic_payments{};
    optional<order_stored_credential> stored_credential{};
    optional<order_subscription_data> subscription_data{};
    optional<std::vector<free_form>> discounts{};
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_payment, id, reference_id, status, status_detail, amount, paid_amount, refunded_amount,
                       currency, provider, attempt_number, attempts, date_of_expiration, expiration_time,
                       payment_method, automatic_payments, stored_credential, subscription_data, discounts);
};

/// One refund of an order (`transactions.refunds[]`).
struct order_refund {
    optional<std::string> id{};              ///< ref_…
    optional<std::string> transaction_id{};  ///< the refunded payment's id
    optional<std::string> reference_id{};
    optional<decimal> amount{};
    optional<order_status> status{};
    optional<order_status_detail> status_detail{};
    optional<std::string> e2e_id{};
    optional<free_form> items{};  ///< declared three different ways by the SDKs
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_refund, id, transaction_id, reference_id, amount, status, status_detail, e2e_id, items);
};

struct order_chargeback {
    optional<std::string> id{};
    optional<std::string> transaction_id{};
    optional<std::string> case_id{};
    optional<std::string> status{};
    optional<std::vector<std::string>> references{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_chargeback, id, transaction_id, case_id, status, references);
};

/// An order's transactions; also the body and answer of
/// `POST /v1/orders/{id}/transactions` (`{"payments":[…]}`).
struct order_transactions {
    optional<std::vector<order_payment>> payments{};
    optional<std::vector<order_refund>> refunds{};
    optional<std::vector<order_chargeback>> chargebacks{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_transactions, payments, refunds, chargebacks);
};

// --- the rest ----------------------------------------------------------------------

struct order_tax {
    optional<std::string> payer_condition{};
    optional<std::string> type{};
    optional<decimal> value{};
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_tax, payer_condition, type, value);
};

struct order_payment_method_discount {
    optional<std::string> type{};
    optional<decimal> new_total_amount{};
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_payment_method_discount, type, new_total_amount);
};

struct order_discounts {
    optional<std::vector<order_payment_method_discount>> payment_methods{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_discounts, payment_methods);
};

struct order_type_response {
    optional<std::string> qr_data{};  ///< in-store QR orders
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_type_response, qr_data);
};

/// An order of the Orders API.
struct order {
    optional<std::string> id{};
    optional<std::string> type{};  ///< online, point, qr
    optional<std::string> external_reference{};
    optional<std::string> country_code{};
    optional<std::string> site_id{};
    optional<order_status> status{};
    optional<order_status_detail> status_detail{};
    optional<std::string> capture_mode{};     ///< automatic, automatic_async, manual
    optional<std::string> processing_mode{};  ///< automatic, manual
    optional<std::string> user_id{};
    optional<std::string> client_token{};
    optional<decimal> total_amount{};
    optional<decimal> total_paid_amount{};
    optional<decimal> marketplace_fee{};
    optional<std::string> description{};
    optional<std::string> marketplace{};
    optional<std::string> currency{};
    optional<std::string> checkout_url{};
    optional<std::string> checkout_available_at{};
    optional<timestamp> created_date{};
    optional<timestamp> last_updated_date{};
    optional<std::string> expiration_time{};  ///< an ISO-8601 duration (P3D) or date-time
    optional<order_integration_data> integration_data{};
    optional<order_payer> payer{};
    optional<std::vector<order_item>> items{};
    optional<order_config> config{};
    optional<order_transactions> transactions{};
    optional<std::vector<order_tax>> taxes{};
    optional<order_discounts> discounts{};
    optional<order_type_response> type_response{};
    optional<free_form> additional_info{};
    optional<free_form> shipment{};
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order, id, type, external_reference, country_code, site_id, status, status_detail, capture_mode,
                       processing_mode, user_id, client_token, total_amount, total_paid_amount, marketplace_fee,
                       description, marketplace, currency, checkout_url, checkout_available_at, created_date,
                       last_updated_date, expiration_time, integration_data, payer, items, config, transactions, taxes,
                       discounts, type_response, additional_info, shipment);
};

MERCADOPAGO_CODECS(order_address, order_payer, order_item, order_integration_sponsor, order_integration_data,
                   order_interest_free, order_installments_config, order_config_payment_method, order_retries,
                   order_transaction_security, order_config_online, order_config, order_payment_method,
                   order_automatic_payments, order_stored_credential, order_subscription_sequence,
                   order_invoice_period, order_subscription_data, order_payment, order_refund, order_chargeback,
                   order_transactions, order_tax, order_payment_method_discount, order_discounts, order_type_response,
                   order);

}  // namespace mercadopago
