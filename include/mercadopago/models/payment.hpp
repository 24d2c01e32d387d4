// A payment (`GET/POST/PUT /v1/payments…`, and each result of a payment search).
//
// Every field any of the four typed SDKs declares is here (shared reference
// models.md "Payment": the union of Java, .NET, Go and Node), so the Go SDK's
// 66 top-level fields all fit. Conventions:
//   * every member is optional: the API omits, nulls or blanks fields freely;
//   * integer ids are std::int64_t (payment ids exceed 2^31); small counts
//     (installments, quantities, card expiry) are int;
//   * money is `decimal` (exact), dates are `timestamp` (keeps its text);
//   * status, status_detail and payment_type_id are open enums
//     (payment_status.hpp): unknown values are kept, never an error;
//   * fields the SDKs declare as "integer or string" are std::string unless
//     noted: the codec reads a JSON number into a string and writes it back as
//     a number, so both wire forms survive a round trip;
//   * keys no SDK declares (`marketplace_owner`, `brand_id`, `barcode`,
//     `acquirer_reconciliation`, …) land in each struct's `extra`.
#pragma once

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/identification.hpp>
#include <mercadopago/models/payment_status.hpp>
#include <mercadopago/models/phone.hpp>
#include <mercadopago/models/refund.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mercadopago {

// --- payer ---------------------------------------------------------------------

/// A postal address as payments carry it (payer, additional_info.payer).
struct payment_address {
    std::optional<std::string> zip_code{};
    std::optional<std::string> street_name{};
    std::optional<std::string> street_number{};  ///< text: "3003", "s/n"
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_address, zip_code, street_name, street_number);
};

/// The buyer (`payer`). In search results it may arrive as `[]`: read as absent.
struct payment_payer {
    std::optional<std::string> type{};  ///< null or "anonymous" in responses
    std::optional<std::string> id{};    ///< numeric-looking but a string on the wire ("128185910")
    std::optional<std::string> email{};
    std::optional<mercadopago::identification> identification{};
    std::optional<std::string> first_name{};
    std::optional<std::string> last_name{};
    std::optional<std::string> entity_type{};  ///< individual, association
    std::optional<std::string> authentication_type{};
    std::optional<bool> is_prime_user{};
    std::optional<bool> is_first_purchase_online{};
    std::optional<timestamp> registration_date{};
    std::optional<timestamp> last_purchase_date{};  ///< Go declares a plain string; a timestamp keeps any text
    std::optional<timestamp> date_created{};        ///< Go only; same reasoning
    std::optional<mercadopago::phone> phone{};
    std::optional<payment_address> address{};
    std::optional<free_form> operator_id{};  ///< Node declares it free-form; always null in fixtures
    std::optional<timestamp> last_purchase{};         ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_payer,
                      type, id, email, identification, first_name, last_name, entity_type, authentication_type,
                      is_prime_user, is_first_purchase_online, registration_date, last_purchase_date, date_created,
                      phone, address, operator_id, last_purchase);
};

// --- additional_info -------------------------------------------------------------

/// A traveller (airline/transport items: `category_descriptor.passenger`).
struct payment_passenger {
    std::optional<std::string> first_name{};
    std::optional<std::string> last_name{};
    std::optional<std::string> identification_type{};    ///< Go's flat form
    std::optional<std::string> identification_number{};  ///< Go's flat form
    /// Node's nested form; its odd inner `identification` number stays in `extra`.
    std::optional<mercadopago::identification> identification{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_passenger,
                      first_name, last_name, identification_type, identification_number, identification);
};

/// A trip (`category_descriptor.route`).
struct payment_route {
    std::optional<std::string> departure{};
    std::optional<std::string> destination{};
    std::optional<timestamp> departure_data_time{};  ///< sic: Go's spelling, kept because it is a distinct key
    std::optional<timestamp> departure_date_time{};  ///< Node's (correct) spelling
    std::optional<timestamp> arrival_date_time{};
    std::optional<std::string> company{};
    std::optional<std::string> origin_id{};
    std::optional<std::string> destination_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_route,
                      departure, destination, departure_data_time, departure_date_time, arrival_date_time, company,
                      origin_id, destination_id);
};

/// Extra description of an item (tickets, travel).
struct payment_category_descriptor {
    std::optional<payment_passenger> passenger{};
    std::optional<payment_route> route{};
    std::optional<timestamp> event_date{};
    std::optional<std::string> type{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_category_descriptor, passenger, route, event_date, type);
};

/// One item of `additional_info.items` (also sent in payment_create_request).
struct payment_item {
    std::optional<std::string> id{};
    std::optional<std::string> title{};
    std::optional<std::string> type{};
    std::optional<std::string> description{};
    std::optional<std::string> picture_url{};
    std::optional<std::string> category_id{};
    std::optional<std::string> currency_id{};
    std::optional<int> quantity{};          ///< the API echoes it as a string ("1"); read as an integer
    std::optional<decimal> unit_price{};    ///< echoed as a string ("100.0", even "5.0E8"); exact decimal
    std::optional<bool> warranty{};         ///< Go declares a string; bool also reads "true"/"false" text
    std::optional<payment_category_descriptor> category_descriptor{};
    std::optional<timestamp> event_date{};  ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_item,
                      id, title, type, description, picture_url, category_id, currency_id, quantity, unit_price,
                      warranty, category_descriptor, event_date);
};

/// `additional_info.payer`: buyer data given for risk analysis.
struct payment_additional_info_payer {
    std::optional<std::string> first_name{};
    std::optional<std::string> last_name{};
    std::optional<mercadopago::phone> phone{};
    std::optional<payment_address> address{};
    std::optional<timestamp> registration_date{};  ///< seen with a "-0300" offset (no colon): kept as text
    std::optional<std::string> authentication_type{};
    std::optional<bool> is_prime_user{};
    std::optional<bool> is_first_purchase_online{};
    std::optional<timestamp> last_purchase{};
    std::optional<mercadopago::identification> identification{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_additional_info_payer,
                      first_name, last_name, phone, address, registration_date, authentication_type, is_prime_user,
                      is_first_purchase_online, last_purchase, identification);
};

/// `additional_info.shipments.receiver_address`.
struct payment_receiver_address {
    std::optional<std::string> zip_code{};
    std::optional<std::string> street_name{};
    std::optional<std::string> street_number{};
    std::optional<std::string> state_name{};
    std::optional<std::string> city_name{};
    std::optional<std::string> floor{};
    std::optional<std::string> apartment{};
    std::optional<payment_address> address{};  ///< Go only
    std::optional<std::string> country_name{};
    std::optional<std::string> local_pic_url{};
    std::optional<std::string> express_shipment_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_receiver_address,
                      zip_code, street_name, street_number, state_name, city_name, floor, apartment, address,
                      country_name, local_pic_url, express_shipment_id);
};

struct payment_shipments {
    std::optional<payment_receiver_address> receiver_address{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_shipments, receiver_address);
};

/// `additional_info`. Undeclared `available_balance`, `nsu_processadora`,
/// `authentication_code` stay in `extra`.
struct payment_additional_info {
    std::optional<std::string> ip_address{};
    std::optional<std::vector<payment_item>> items{};
    std::optional<payment_additional_info_payer> payer{};
    std::optional<payment_shipments> shipments{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_additional_info, ip_address, items, payer, shipments);
};

// --- order, transaction details, fees, taxes -------------------------------------

/// The merchant order a payment belongs to; `{}` when there is none.
struct payment_order {
    std::optional<std::string> id{};  ///< number or string depending on origin (sdk-go#40): text keeps both
    std::optional<std::string> type{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_order, id, type);
};

struct payment_barcode {
    std::optional<std::string> content{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_barcode, content);
};

struct payment_transaction_details {
    std::optional<std::string> financial_institution{};  ///< text here ("1009", "bradesco")
    std::optional<decimal> net_received_amount{};
    std::optional<decimal> total_paid_amount{};
    std::optional<decimal> installment_amount{};
    std::optional<decimal> overpaid_amount{};
    std::optional<std::string> external_resource_url{};  ///< printable voucher / bank redirect
    std::optional<std::string> payment_method_reference_id{};
    std::optional<std::string> acquirer_reference{};
    std::optional<std::string> transaction_id{};
    std::optional<std::string> digitable_line{};
    std::optional<std::string> verification_code{};
    std::optional<free_form> payable_deferral_period{};  ///< object or string across SDKs: kept as JSON
    std::optional<std::string> bank_transfer_id{};  ///< number (153030) or string across SDKs: text keeps both
    std::optional<payment_barcode> barcode{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_transaction_details,
                      financial_institution, net_received_amount, total_paid_amount, installment_amount,
                      overpaid_amount, external_resource_url, payment_method_reference_id, acquirer_reference,
                      transaction_id, digitable_line, verification_code, payable_deferral_period, bank_transfer_id,
                      barcode);
};

struct payment_fee_detail {
    std::optional<std::string> type{};  ///< open set (mercadopago_fee, recharge_fee, …): plain text, never rejected
    std::optional<std::string> fee_payer{};  ///< collector, payer
    std::optional<decimal> amount{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_fee_detail, type, fee_payer, amount);
};

struct payment_tax {
    std::optional<std::string> type{};  ///< e.g. "IVA"
    std::optional<decimal> value{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_tax, type, value);
};

/// Shape of `counter_currency` as Java, .NET and Go declare it. The payment
/// keeps the field as raw JSON (Node declares a string); read it with
/// `from_value<payment_counter_currency>(*p.counter_currency)`.
struct payment_counter_currency {
    std::optional<std::string> currency_id{};
    std::optional<decimal> rate{};
    std::optional<decimal> amount{};
    std::optional<decimal> amount_refunded{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_counter_currency, currency_id, rate, amount, amount_refunded);
};

// --- card ------------------------------------------------------------------------

struct payment_cardholder {
    std::optional<std::string> name{};
    std::optional<mercadopago::identification> identification{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_cardholder, name, identification);
};

/// The card used; `{}` for non-card payments.
struct payment_card {
    std::optional<std::string> id{};  ///< set only when a saved card was used
    std::optional<std::string> last_four_digits{};
    std::optional<std::string> first_six_digits{};
    std::optional<int> expiration_year{};   ///< GET returns "***" (masked) since 2026-07: read as absent
    std::optional<int> expiration_month{};  ///< same masking
    std::optional<timestamp> date_created{};
    std::optional<timestamp> date_last_updated{};
    std::optional<payment_cardholder> cardholder{};
    std::optional<std::string> bin{};  ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_card,
                      id, last_four_digits, first_six_digits, expiration_year, expiration_month, date_created,
                      date_last_updated, cardholder, bin);
};

// --- point_of_interaction ------------------------------------------------------------

struct payment_application_data {
    std::optional<std::string> name{};
    std::optional<std::string> version{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_application_data, name, version);
};

/// `bank_info.payer`. Undeclared `id`, `external_account_id` stay in `extra`.
struct payment_bank_info_payer {
    std::optional<std::string> email{};
    std::optional<std::string> account_id{};  ///< declared integer, but values above 2^63-1 arrive as text: kept as text
    std::optional<std::string> long_name{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_bank_info_payer, email, account_id, long_name);
};

/// `bank_info.collector`. Undeclared `account_holder_name`, `transfer_account_id` stay in `extra`.
struct payment_bank_info_collector {
    std::optional<std::string> account_id{};  ///< same as payer.account_id: may exceed int64
    std::optional<std::string> long_name{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_bank_info_collector, account_id, long_name);
};

/// `transaction_data.bank_info`. Undeclared `origin_bank_id`, `origin_wallet_id` stay in `extra`.
struct payment_bank_info {
    std::optional<payment_bank_info_payer> payer{};
    std::optional<payment_bank_info_collector> collector{};
    /// bool (Go) or string (Java/.NET/Node): bool reads both true and "true", and the text form is written back.
    std::optional<bool> is_same_bank_account_owner{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_bank_info, payer, collector, is_same_bank_account_owner);
};

struct payment_subscription_sequence {
    std::optional<int> number{};
    std::optional<int> total{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_subscription_sequence, number, total);
};

struct payment_invoice_period {
    std::optional<int> period{};
    std::optional<std::string> type{};  ///< e.g. monthly
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_invoice_period, period, type);
};

/// `{id}` objects of transaction_data (`payment_reference`, `reference`).
struct payment_transaction_reference {
    std::optional<std::string> id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_transaction_reference, id);
};

/// `point_of_interaction.transaction_data`: Pix QR code, bank transfer data,
/// recurring-payment data.
struct payment_transaction_data {
    std::optional<std::string> qr_code{};         ///< Pix copy-and-paste code
    std::optional<std::string> qr_code_base64{};  ///< PNG image, base64, several KB
    std::optional<std::string> transaction_id{};
    std::optional<std::int64_t> bank_transfer_id{};
    /// Declared integer here but a string in transaction_details; text reads both without failing.
    std::optional<std::string> financial_institution{};
    std::optional<payment_bank_info> bank_info{};
    std::optional<std::string> ticket_url{};
    std::optional<bool> first_time_use{};
    std::optional<payment_subscription_sequence> subscription_sequence{};
    std::optional<std::string> subscription_id{};
    std::optional<payment_invoice_period> invoice_period{};
    std::optional<payment_transaction_reference> payment_reference{};
    std::optional<timestamp> billing_date{};  ///< declared as a string; a timestamp keeps any text (date-only too)
    std::optional<bool> first_transaction{};
    std::optional<std::string> storage{};
    std::optional<std::string> transaction_initiator{};
    std::optional<payment_transaction_reference> reference{};
    std::optional<bool> user_present{};  ///< .NET only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_transaction_data,
                      qr_code, qr_code_base64, transaction_id, bank_transfer_id, financial_institution, bank_info,
                      ticket_url, first_time_use, subscription_sequence, subscription_id, invoice_period,
                      payment_reference, billing_date, first_transaction, storage, transaction_initiator, reference,
                      user_present);
};

struct payment_business_info {
    std::optional<std::string> unit{};
    std::optional<std::string> sub_unit{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_business_info, unit, sub_unit);
};

/// `point_of_interaction`; `{}` on plain card payments. Undeclared `location` stays in `extra`.
struct payment_point_of_interaction {
    std::optional<std::string> type{};  ///< OPENPLATFORM, UNSPECIFIED, SUBSCRIPTIONS, …
    std::optional<std::string> sub_type{};
    std::optional<std::string> linked_to{};
    std::optional<payment_application_data> application_data{};
    std::optional<payment_transaction_data> transaction_data{};
    std::optional<payment_business_info> business_info{};  ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_point_of_interaction,
                      type, sub_type, linked_to, application_data, transaction_data, business_info);
};

// --- payment_method (boleto rules and references) ------------------------------------

struct payment_discount {
    std::optional<std::string> type{};  ///< fixed, percentage
    std::optional<decimal> value{};
    std::optional<timestamp> limit_date{};  ///< date only ("2022-10-25")
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_discount, type, value, limit_date);
};

/// `rules.fine` and `rules.interest`: a type and a value.
struct payment_penalty {
    std::optional<std::string> type{};  ///< fixed, percentage
    std::optional<decimal> value{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_penalty, type, value);
};

struct payment_rules {
    std::optional<std::vector<payment_discount>> discounts{};
    std::optional<payment_penalty> fine{};
    std::optional<payment_penalty> interest{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_rules, discounts, fine, interest);
};

struct payment_routing_data {
    std::optional<std::string> merchant_account_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_routing_data, merchant_account_id);
};

struct payment_payment_method_data {
    std::optional<payment_rules> rules{};
    std::optional<std::string> reference_id{};
    std::optional<std::string> external_reference_id{};
    std::optional<std::string> external_resource_url{};
    std::optional<payment_routing_data> routing_data{};  ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_payment_method_data,
                      rules, reference_id, external_reference_id, external_resource_url, routing_data);
};

/// `payment.payment_method` (named so as not to clash with the payment-method
/// catalogue entry). Undeclared `forward_data` stays in `extra`.
struct payment_payment_method {
    std::optional<std::string> id{};
    std::optional<std::string> type{};
    std::optional<std::string> issuer_id{};
    std::optional<payment_payment_method_data> data{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_payment_method, id, type, issuer_id, data);
};

// --- 3DS, expanded, amounts, forward data, back urls, charges -----------------------------

/// 3DS challenge data: open `external_resource_url` posting `creq`.
struct payment_three_ds_info {
    std::optional<std::string> external_resource_url{};
    std::optional<std::string> creq{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_three_ds_info, external_resource_url, creq);
};

struct payment_gateway_reference {
    std::optional<std::string> network_transaction_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_gateway_reference, network_transaction_id);
};

struct payment_expanded_gateway {
    std::optional<payment_gateway_reference> reference{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_expanded_gateway, reference);
};

struct payment_expanded {
    std::optional<payment_expanded_gateway> gateway{};
    std::optional<free_form> reference{};  ///< Java declares an object of unknown shape: kept as JSON
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_expanded, gateway, reference);
};

struct payment_amounts_payer {
    std::optional<std::string> currency_id{};
    std::optional<decimal> transaction{};
    std::optional<decimal> total_paid{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_amounts_payer, currency_id, transaction, total_paid);
};

struct payment_amounts_collector {
    std::optional<std::string> currency_id{};
    std::optional<decimal> transaction{};
    std::optional<decimal> net_received{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_amounts_collector, currency_id, transaction, net_received);
};

/// Amounts in the payer's and the collector's currencies (cross-border).
struct payment_amounts {
    std::optional<payment_amounts_payer> payer{};
    std::optional<payment_amounts_collector> collector{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_amounts, payer, collector);
};

/// A payment facilitator's sub-merchant (Go only in responses).
struct payment_sub_merchant {
    std::optional<std::string> sub_merchant_id{};
    std::optional<std::string> mcc{};
    std::optional<std::string> country{};
    std::optional<std::string> zip{};
    std::optional<std::string> document_number{};
    std::optional<std::string> city{};
    std::optional<std::string> address_street{};
    std::optional<std::string> legal_name{};
    std::optional<std::string> region_code_iso{};
    std::optional<std::string> region_code{};
    std::optional<std::string> document_type{};
    std::optional<std::string> phone{};
    std::optional<std::string> url{};
    std::optional<std::int64_t> address_door_number{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_sub_merchant,
                      sub_merchant_id, mcc, country, zip, document_number, city, address_street, legal_name,
                      region_code_iso, region_code, document_type, phone, url, address_door_number);
};

struct payment_forward_data {
    std::optional<payment_sub_merchant> sub_merchant{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_forward_data, sub_merchant);
};

struct payment_back_urls {
    std::optional<std::string> success{};
    std::optional<std::string> pending{};
    std::optional<std::string> failure{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_back_urls, success, pending, failure);
};

struct payment_charge_accounts {
    std::optional<std::string> from{};
    std::optional<std::string> to{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_charge_accounts, from, to);
};

struct payment_charge_amounts {
    std::optional<decimal> original{};
    std::optional<decimal> refunded{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_charge_amounts, original, refunded);
};

/// One entry of `charges_details` (declared by Node only; `[]` in fixtures).
struct payment_charges_detail {
    std::optional<std::string> id{};
    std::optional<std::string> name{};
    std::optional<std::string> type{};
    std::optional<payment_charge_accounts> accounts{};
    std::optional<std::int64_t> client_id{};
    std::optional<timestamp> date_created{};  ///< Node declares a string; a timestamp keeps any text
    std::optional<timestamp> last_updated{};
    std::optional<payment_charge_amounts> amounts{};
    std::optional<free_form> metadata{};    ///< free-form
    std::optional<free_form> reserve_id{};  ///< declared free-form
    std::optional<std::vector<free_form>> refund_charges{};  ///< element shape not declared
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_charges_detail,
                      id, name, type, accounts, client_id, date_created, last_updated, amounts, metadata, reserve_id,
                      refund_charges);
};

// --- the payment -----------------------------------------------------------------------

struct payment {
    std::optional<std::int64_t> id{};  ///< exceeds 2^31 (17014025134)
    std::optional<timestamp> date_created{};
    std::optional<timestamp> date_approved{};
    std::optional<timestamp> date_last_updated{};
    std::optional<timestamp> date_of_expiration{};  ///< null on card payments; set on Pix/boleto
    std::optional<timestamp> money_release_date{};  ///< "" is read as absent (and written back as "")
    std::optional<std::string> money_release_schema{};
    std::optional<std::string> money_release_status{};
    std::optional<std::string> operation_type{};  ///< regular_payment, recurring_payment, … (open: text)
    std::optional<std::string> issuer_id{};       ///< a string on the wire ("24")
    std::optional<std::string> payment_method_id{};  ///< visa, master, pix, bolbradesco, pse, …
    std::optional<payment_type> payment_type_id{};
    std::optional<payment_status> status{};
    std::optional<payment_status_detail> status_detail{};
    std::optional<std::string> currency_id{};  ///< ARS, BRL, … (open: text)
    std::optional<std::string> description{};
    std::optional<bool> live_mode{};
    std::optional<std::int64_t> sponsor_id{};
    std::optional<std::string> authorization_code{};
    std::optional<std::string> integrator_id{};
    std::optional<std::string> platform_id{};
    std::optional<std::string> corporation_id{};
    std::optional<std::int64_t> collector_id{};
    std::optional<payment_payer> payer{};
    std::optional<free_form> metadata{};  ///< free-form, as the integrator sent it
    std::optional<payment_additional_info> additional_info{};
    std::optional<payment_order> order{};
    std::optional<std::string> external_reference{};
    std::optional<decimal> transaction_amount{};
    std::optional<decimal> transaction_amount_refunded{};
    std::optional<decimal> coupon_amount{};
    std::optional<std::string> differential_pricing_id{};  ///< int or string across SDKs (deprecated): text keeps both
    std::optional<int> installments{};
    std::optional<payment_transaction_details> transaction_details{};
    std::optional<std::vector<payment_fee_detail>> fee_details{};
    std::optional<bool> captured{};  ///< may be false on an approved payment: do not infer it from status
    std::optional<bool> binary_mode{};
    std::optional<std::string> call_for_authorize_id{};
    std::optional<std::string> statement_descriptor{};
    std::optional<payment_card> card{};
    std::optional<std::string> notification_url{};
    std::optional<std::string> callback_url{};
    std::optional<std::string> processing_mode{};  ///< aggregator, gateway
    std::optional<std::string> merchant_account_id{};
    std::optional<std::string> merchant_number{};
    std::optional<std::string> coupon_code{};
    std::optional<decimal> net_amount{};
    std::optional<std::string> payment_method_option_id{};
    std::optional<std::vector<payment_tax>> taxes{};
    std::optional<decimal> taxes_amount{};
    /// Object (Java/.NET/Go) or string (Node); usually null. Kept as JSON so no
    /// form fails the payment; decode the object with payment_counter_currency.
    std::optional<free_form> counter_currency{};
    std::optional<decimal> shipping_amount{};
    std::optional<std::string> pos_id{};
    std::optional<std::string> store_id{};
    std::optional<std::string> deduction_schema{};
    std::optional<std::vector<refund>> refunds{};
    std::optional<payment_point_of_interaction> point_of_interaction{};
    std::optional<payment_payment_method> payment_method{};
    std::optional<payment_three_ds_info> three_ds_info{};
    std::optional<free_form> internal_metadata{};  ///< free-form; keys may start with a digit ("3ds_status")
    std::optional<payment_expanded> expanded{};
    std::optional<payment_amounts> amounts{};
    std::optional<std::int64_t> campaign_id{};  ///< .NET only
    std::optional<payment_forward_data> forward_data{};
    std::optional<payment_back_urls> back_urls{};  ///< Go only
    std::optional<std::string> device_identifier{};
    std::optional<std::string> device_id{};
    std::optional<std::string> build_version{};  ///< Node only
    std::optional<std::vector<payment_charges_detail>> charges_details{};  ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment,
                      id, date_created, date_approved, date_last_updated, date_of_expiration, money_release_date,
                      money_release_schema, money_release_status, operation_type, issuer_id, payment_method_id,
                      payment_type_id, status, status_detail, currency_id, description, live_mode, sponsor_id,
                      authorization_code, integrator_id, platform_id, corporation_id, collector_id, payer, metadata,
                      additional_info, order, external_reference, transaction_amount, transaction_amount_refunded,
                      coupon_amount, differential_pricing_id, installments, transaction_details, fee_details, captured,
                      binary_mode, call_for_authorize_id, statement_descriptor, card, notification_url, callback_url,
                      processing_mode, merchant_account_id, merchant_number, coupon_code, net_amount,
                      payment_method_option_id, taxes, taxes_amount, counter_currency, shipping_amount, pos_id,
                      store_id, deduction_schema, refunds, point_of_interaction, payment_method, three_ds_info,
                      internal_metadata, expanded, amounts, campaign_id, forward_data, back_urls, device_identifier,
                      device_id, build_version, charges_details);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(payment_address, payment_payer, payment_passenger, payment_route, payment_category_descriptor,
                   payment_item, payment_additional_info_payer, payment_receiver_address, payment_shipments,
                   payment_additional_info, payment_order, payment_barcode, payment_transaction_details,
                   payment_fee_detail, payment_tax, payment_counter_currency, payment_cardholder, payment_card,
                   payment_application_data, payment_bank_info_payer, payment_bank_info_collector, payment_bank_info,
                   payment_subscription_sequence, payment_invoice_period, payment_transaction_reference,
                   payment_transaction_data, payment_business_info, payment_point_of_interaction, payment_discount,
                   payment_penalty, payment_rules, payment_routing_data, payment_payment_method_data,
                   payment_payment_method, payment_three_ds_info, payment_gateway_reference, payment_expanded_gateway,
                   payment_expanded, payment_amounts_payer, payment_amounts_collector, payment_amounts,
                   payment_sub_merchant, payment_forward_data, payment_back_urls, payment_charge_accounts,
                   payment_charge_amounts, payment_charges_detail, payment);

}  // namespace mercadopago
