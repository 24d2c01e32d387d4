// The Orders API's order (`/v1/orders…`, shared reference models.md "Order"),
// as create, get, process, capture, cancel and refund answer it.
//
// Amounts are decimal strings on the wire ("200.00"): the members are
// `decimal`, written back as strings (`decimals_as_strings`). Ids are strings
// (`01HRYF…`, `pay_01…`). The parts that the official SDKs declare
// differently from each other (`refunds[].items`, `payments[].attempts`,
// `config.online.tracks`, `differential_pricing`) are free-form, kept exactly.
#pragma once

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/identification.hpp>
#include <mercadopago/models/order_status.hpp>
#include <mercadopago/models/phone.hpp>
#include <mercadopago/timestamp.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mercadopago {

struct order_address {
    std::optional<std::string> street_name{};
    std::optional<std::string> street_number{};
    std::optional<std::string> zip_code{};
    std::optional<std::string> neighborhood{};
    std::optional<std::string> state{};
    std::optional<std::string> city{};
    std::optional<std::string> complement{};
    std::optional<std::string> country{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_address, street_name, street_number, zip_code, neighborhood, state, city, complement,
                       country);
};

/// The buyer. With test credentials the API (and the sandbox) requires an
/// e-mail ending in `@testuser.com`.
struct order_payer {
    std::optional<std::string> customer_id{};
    std::optional<std::string> entity_type{};  ///< individual, association
    std::optional<std::string> email{};
    std::optional<std::string> first_name{};
    std::optional<std::string> last_name{};
    std::optional<mercadopago::phone> phone{};
    std::optional<mercadopago::identification> identification{};
    std::optional<order_address> address{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_payer, customer_id, entity_type, email, first_name, last_name, phone, identification,
                       address);
};

struct order_item {
    std::optional<std::string> id{};
    std::optional<std::string> title{};
    std::optional<decimal> unit_price{};  ///< a string on the wire
    std::optional<std::int64_t> quantity{};
    std::optional<std::string> external_code{};
    std::optional<std::string> category_id{};
    std::optional<std::string> type{};
    std::optional<std::string> description{};
    std::optional<std::string> picture_url{};
    std::optional<bool> warranty{};
    std::optional<std::string> event_date{};
    std::optional<std::string> unit_measure{};
    std::optional<std::vector<free_form>> external_categories{};  ///< [{id}]
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_item, id, title, unit_price, quantity, external_code, category_id, type, description,
                       picture_url, warranty, event_date, unit_measure, external_categories);
};

struct order_integration_sponsor {
    std::optional<std::string> id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_integration_sponsor, id);
};

struct order_integration_data {
    std::optional<std::string> application_id{};
    std::optional<std::string> corporation_id{};
    std::optional<std::string> integrator_id{};
    std::optional<std::string> platform_id{};
    std::optional<order_integration_sponsor> sponsor{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_integration_data, application_id, corporation_id, integrator_id, platform_id, sponsor);
};

// --- config ---------------------------------------------------------------------

struct order_interest_free {
    std::optional<std::string> type{};  ///< range, list, none
    std::optional<std::vector<std::int64_t>> values{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_interest_free, type, values);
};

struct order_installments_config {
    std::optional<order_interest_free> interest_free{};
    std::optional<free_form> available{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_installments_config, interest_free, available);
};

struct order_config_payment_method {
    std::optional<std::vector<std::string>> not_allowed_ids{};
    std::optional<std::vector<std::string>> not_allowed_types{};
    std::optional<std::string> default_id{};
    std::optional<std::string> default_type{};
    std::optional<std::int64_t> max_installments{};
    std::optional<std::int64_t> min_installments{};
    std::optional<std::int64_t> default_installments{};
    std::optional<std::string> installments_cost{};
    std::optional<order_installments_config> installments{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_config_payment_method, not_allowed_ids, not_allowed_types, default_id, default_type,
                       max_installments, min_installments, default_installments, installments_cost, installments);
};

struct order_retries {
    std::optional<bool> allowed{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_retries, allowed);
};

struct order_transaction_security {
    std::optional<std::string> id{};
    std::optional<std::string> url{};
    std::optional<std::string> validation{};      ///< always, on_fraud_risk, never
    std::optional<std::string> liability_shift{};  ///< required, preferred
    std::optional<std::string> type{};
    std::optional<std::string> status{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_transaction_security, id, url, validation, liability_shift, type, status);
};

/// Where the buyer goes back to (Checkout Pro via Orders) and when.
struct order_config_online {
    std::optional<std::string> callback_url{};
    std::optional<std::string> success_url{};
    std::optional<std::string> pending_url{};
    std::optional<std::string> failure_url{};
    std::optional<std::string> auto_return_url{};
    std::optional<std::string> auto_return{};  ///< approved, all
    std::optional<std::string> available_from{};
    std::optional<std::string> allowed_user_type{};
    std::optional<order_retries> retries{};
    std::optional<std::vector<free_form>> tracks{};
    std::optional<free_form> differential_pricing{};  ///< {id}: a number or a string, by SDK
    std::optional<order_transaction_security> transaction_security{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_config_online, callback_url, success_url, pending_url, failure_url, auto_return_url,
                       auto_return, available_from, allowed_user_type, retries, tracks, differential_pricing,
                       transaction_security);
};

struct order_config {
    std::optional<order_config_payment_method> payment_method{};
    std::optional<order_config_online> online{};
    std::optional<std::string> statement_descriptor{};
    std::optional<std::string> default_payment_due_date{};
    std::optional<free_form> point{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_config, payment_method, online, statement_descriptor, default_payment_due_date, point);
};

// --- transactions -----------------------------------------------------------------

/// How a payment of an order is (or was) paid.
struct order_payment_method {
    std::optional<std::string> id{};    ///< master, visa, pix, boleto, …
    std::optional<std::string> type{};  ///< credit_card, debit_card, bank_transfer, ticket, …
    std::optional<std::string> token{};
    std::optional<std::string> card_id{};
    std::optional<std::int64_t> installments{};
    std::optional<std::string> statement_descriptor{};
    std::optional<std::string> issuer_id{};
    std::optional<std::string> ticket_url{};
    std::optional<std::string> barcode_content{};
    std::optional<std::string> reference{};
    std::optional<std::string> reference_id{};
    std::optional<std::string> verification_code{};
    std::optional<std::string> financial_institution{};
    std::optional<std::string> qr_code{};
    std::optional<std::string> qr_code_base64{};
    std::optional<std::string> digitable_line{};
    std::optional<std::string> e2e_id{};
    std::optional<std::string> redirect_url{};
    std::optional<order_transaction_security> transaction_security{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_payment_method, id, type, token, card_id, installments, statement_descriptor, issuer_id,
                       ticket_url, barcode_content, reference, reference_id, verification_code, financial_institution,
                       qr_code, qr_code_base64, digitable_line, e2e_id, redirect_url, transaction_security);
};

struct order_automatic_payments {
    std::optional<std::string> payment_profile_id{};
    std::optional<std::int64_t> retries{};
    std::optional<std::string> schedule_date{};
    std::optional<std::string> due_date{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_automatic_payments, payment_profile_id, retries, schedule_date, due_date);
};

struct order_stored_credential {
    std::optional<std::string> payment_initiator{};  ///< customer, merchant
    std::optional<std::string> reason{};
    std::optional<bool> store_payment_method{};
    std::optional<bool> first_payment{};
    std::optional<std::string> prev_transaction_ref{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_stored_credential, payment_initiator, reason, store_payment_method, first_payment,
                       prev_transaction_ref);
};

struct order_subscription_sequence {
    std::optional<std::int64_t> number{};
    std::optional<std::int64_t> total{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_subscription_sequence, number, total);
};

struct order_invoice_period {
    std::optional<std::string> type{};  ///< month, …
    std::optional<std::int64_t> period{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_invoice_period, type, period);
};

struct order_subscription_data {
    std::optional<order_subscription_sequence> subscription_sequence{};
    std::optional<std::string> invoice_id{};
    std::optional<order_invoice_period> invoice_period{};
    std::optional<std::string> billing_date{};  ///< a date only ("2024-09-02")
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_subscription_data, subscription_sequence, invoice_id, invoice_period, billing_date);
};

/// One payment of an order (`transactions.payments[]`).
struct order_payment {
    std::optional<std::string> id{};  ///< pay_…: the transaction id of update, delete and partial refund
    std::optional<std::string> reference_id{};
    std::optional<order_status> status{};
    std::optional<order_status_detail> status_detail{};
    std::optional<decimal> amount{};
    std::optional<decimal> paid_amount{};
    std::optional<decimal> refunded_amount{};
    std::optional<std::string> currency{};
    std::optional<std::string> provider{};
    std::optional<std::int64_t> attempt_number{};
    std::optional<free_form> attempts{};  ///< an array of attempts (one SDK declares a single object)
    std::optional<std::string> date_of_expiration{};
    std::optional<std::string> expiration_time{};
    std::optional<order_payment_method> payment_method{};
    std::optional<order_automatic_payments> automatic_payments{};
    std::optional<order_stored_credential> stored_credential{};
    std::optional<order_subscription_data> subscription_data{};
    std::optional<std::vector<free_form>> discounts{};
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_payment, id, reference_id, status, status_detail, amount, paid_amount, refunded_amount,
                       currency, provider, attempt_number, attempts, date_of_expiration, expiration_time,
                       payment_method, automatic_payments, stored_credential, subscription_data, discounts);
};

/// One refund of an order (`transactions.refunds[]`).
struct order_refund {
    std::optional<std::string> id{};              ///< ref_…
    std::optional<std::string> transaction_id{};  ///< the refunded payment's id
    std::optional<std::string> reference_id{};
    std::optional<decimal> amount{};
    std::optional<order_status> status{};
    std::optional<order_status_detail> status_detail{};
    std::optional<std::string> e2e_id{};
    std::optional<free_form> items{};  ///< declared three different ways by the SDKs
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_refund, id, transaction_id, reference_id, amount, status, status_detail, e2e_id, items);
};

struct order_chargeback {
    std::optional<std::string> id{};
    std::optional<std::string> transaction_id{};
    std::optional<std::string> case_id{};
    std::optional<std::string> status{};
    std::optional<std::vector<std::string>> references{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_chargeback, id, transaction_id, case_id, status, references);
};

/// An order's transactions; also the body and answer of
/// `POST /v1/orders/{id}/transactions` (`{"payments":[…]}`).
struct order_transactions {
    std::optional<std::vector<order_payment>> payments{};
    std::optional<std::vector<order_refund>> refunds{};
    std::optional<std::vector<order_chargeback>> chargebacks{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_transactions, payments, refunds, chargebacks);
};

// --- the rest ----------------------------------------------------------------------

struct order_tax {
    std::optional<std::string> payer_condition{};
    std::optional<std::string> type{};
    std::optional<decimal> value{};
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_tax, payer_condition, type, value);
};

struct order_payment_method_discount {
    std::optional<std::string> type{};
    std::optional<decimal> new_total_amount{};
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_payment_method_discount, type, new_total_amount);
};

struct order_discounts {
    std::optional<std::vector<order_payment_method_discount>> payment_methods{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_discounts, payment_methods);
};

struct order_type_response {
    std::optional<std::string> qr_data{};  ///< in-store QR orders
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_type_response, qr_data);
};

/// An order of the Orders API.
struct order {
    std::optional<std::string> id{};
    std::optional<std::string> type{};  ///< online, point, qr
    std::optional<std::string> external_reference{};
    std::optional<std::string> country_code{};
    std::optional<std::string> site_id{};
    std::optional<order_status> status{};
    std::optional<order_status_detail> status_detail{};
    std::optional<std::string> capture_mode{};     ///< automatic, automatic_async, manual
    std::optional<std::string> processing_mode{};  ///< automatic, manual
    std::optional<std::string> user_id{};
    std::optional<std::string> client_token{};
    std::optional<decimal> total_amount{};
    std::optional<decimal> total_paid_amount{};
    std::optional<decimal> marketplace_fee{};
    std::optional<std::string> description{};
    std::optional<std::string> marketplace{};
    std::optional<std::string> currency{};
    std::optional<std::string> checkout_url{};
    std::optional<std::string> checkout_available_at{};
    std::optional<timestamp> created_date{};
    std::optional<timestamp> last_updated_date{};
    std::optional<std::string> expiration_time{};  ///< an ISO-8601 duration (P3D) or date-time
    std::optional<order_integration_data> integration_data{};
    std::optional<order_payer> payer{};
    std::optional<std::vector<order_item>> items{};
    std::optional<order_config> config{};
    std::optional<order_transactions> transactions{};
    std::optional<std::vector<order_tax>> taxes{};
    std::optional<order_discounts> discounts{};
    std::optional<order_type_response> type_response{};
    std::optional<free_form> additional_info{};
    std::optional<free_form> shipment{};
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
