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

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/identification.hpp>
#include <mercadopago/models/payment_status.hpp>
#include <mercadopago/models/phone.hpp>
#include <mercadopago/models/refund.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

// --- payer ---------------------------------------------------------------------

/// A postal address as payments carry it (payer, additional_info.payer).
struct payment_address {
    optional<std::string> zip_code{};
    optional<std::string> street_name{};
    optional<std::string> street_number{};  ///< text: "3003", "s/n"
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_address, zip_code, street_name, street_number);
};

/// The buyer (`payer`). In search results it may arrive as `[]`: read as absent.
struct payment_payer {
    optional<std::string> type{};  ///< null or "anonymous" in responses
    optional<std::string> id{};    ///< numeric-looking but a string on the wire ("128185910")
    optional<std::string> email{};
    optional<mercadopago::identification> identification{};
    optional<std::string> first_name{};
    optional<std::string> last_name{};
    optional<std::string> entity_type{};  ///< individual, association
    optional<std::string> authentication_type{};
    optional<bool> is_prime_user{};
    optional<bool> is_first_purchase_online{};
    optional<timestamp> registration_date{};
    optional<timestamp> last_purchase_date{};  ///< Go declares a plain string; a timestamp keeps any text
    optional<timestamp> date_created{};        ///< Go only; same reasoning
    optional<mercadopago::phone> phone{};
    optional<payment_address> address{};
    optional<free_form> operator_id{};  ///< Node declares it free-form; always null in fixtures
    optional<timestamp> last_purchase{};         ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_payer,
                      type, id, email, identification, first_name, last_name, entity_type, authentication_type,
                      is_prime_user, is_first_purchase_online, registration_date, last_purchase_date, date_created,
                      phone, address, operator_id, last_purchase);
};

// --- additional_info -------------------------------------------------------------

/// A traveller (airline/transport items: `category_descriptor.passenger`).
struct payment_passenger {
    optional<std::string> first_name{};
    optional<std::string> last_name{};
    optional<std::string> identification_type{};    ///< Go's flat form
    optional<std::string> identification_number{};  ///< Go's flat form
    /// Node's nested form; its odd inner `identification` number stays in `extra`.
    optional<mercadopago::identification> identification{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_passenger,
                      first_name, last_name, identification_type, identification_number, identification);
};

/// A trip (`category_descriptor.route`).
struct payment_route {
    optional<std::string> departure{};
    optional<std::string> destination{};
    optional<timestamp> departure_data_time{};  ///< sic: Go's spelling, kept because it is a distinct key
    optional<timestamp> departure_date_time{};  ///< Node's (correct) spelling
    optional<timestamp> arrival_date_time{};
    optional<std::string> company{};
    optional<std::string> origin_id{};
    optional<std::string> destination_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_route,
                      departure, destination, departure_data_time, departure_date_time, arrival_date_time, company,
                      origin_id, destination_id);
};

/// Extra description of an item (tickets, travel).
struct payment_category_descriptor {
    optional<payment_passenger> passenger{};
    optional<payment_route> route{};
    optional<timestamp> event_date{};
    optional<std::string> type{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_category_descriptor, passenger, route, event_date, type);
};

/// One item of `additional_info.items` (also sent in payment_create_request).
struct payment_item {
    optional<std::string> id{};
    optional<std::string> title{};
    optional<std::string> type{};
    optional<std::string> description{};
    optional<std::string> picture_url{};
    optional<std::string> category_id{};
    optional<std::string> currency_id{};
    optional<int> quantity{};          ///< the API echoes it as a string ("1"); read as an integer
    optional<decimal> unit_price{};    ///< echoed as a string ("100.0", even "5.0E8"); exact decimal
    optional<bool> warranty{};         ///< Go declares a string; bool also reads "true"/"false" text
    optional<payment_category_descriptor> category_descriptor{};
    optional<timestamp> event_date{};  ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_item,
                      id, title, type, description, picture_url, category_id, currency_id, quantity, unit_price,
                      warranty, category_descriptor, event_date);
};

/// `additional_info.payer`: buyer data given for risk analysis.
struct payment_additional_info_payer {
    optional<std::string> first_name{};
    optional<std::string> last_name{};
    optional<mercadopago::phone> phone{};
    optional<payment_address> address{};
    optional<timestamp> registration_date{};  ///< seen with a "-0300" offset (no colon): kept as text
    optional<std::string> authentication_type{};
    optional<bool> is_prime_user{};
    optional<bool> is_first_purchase_online{};
    optional<timestamp> last_purchase{};
    optional<mercadopago::identification> identification{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_additional_info_payer,
                      first_name, last_name, phone, address, registration_date, authentication_type, is_prime_user,
                      is_first_purchase_online, last_purchase, identification);
};

/// `additional_info.shipments.receiver_address`.
struct payment_receiver_address {
    optional<std::string> zip_code{};
    optional<std::string> street_name{};
    optional<std::string> street_number{};
    optional<std::string> state_name{};
    optional<std::string> city_name{};
    optional<std::string> floor{};
    optional<std::string> apartment{};
    optional<payment_address> address{};  ///< Go only
    optional<std::string> country_name{};
    optional<std::string> local_pic_url{};
    optional<std::string> express_shipment_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_receiver_address,
                      zip_code, street_name, street_number, state_name, city_name, floor, apartment, address,
                      country_name, local_pic_url, express_shipment_id);
};

struct payment_shipments {
    optional<payment_receiver_address> receiver_address{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_shipments, receiver_address);
};

/// `additional_info`. Undeclared `available_balance`, `nsu_processadora`,
/// `authentication_code` stay in `extra`.
struct payment_additional_info {
    optional<std::string> ip_address{};
    optional<std::vector<payment_item>> items{};
    optional<payment_additional_info_payer> payer{};
    optional<payment_shipments> shipments{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_additional_info, ip_address, items, payer, shipments);
};

// --- order, transaction details, fees, taxes -------------------------------------

/// The merchant order a payment belongs to; `{}` when there is none.
struct payment_order {
    optional<std::string> id{};  ///< number or string depending on origin (sdk-go#40): text keeps both
    optional<std::string> type{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_order, id, type);
};

struct payment_barcode {
    optional<std::string> content{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_barcode, content);
};

struct payment_transaction_details {
    optional<std::string> financial_institution{};  ///< text here ("1009", "bradesco")
    optional<decimal> net_received_amount{};
    optional<decimal> total_paid_amount{};
    optional<decimal> installment_amount{};
    optional<decimal> overpaid_amount{};
    optional<std::string> external_resource_url{};  ///< printable voucher / bank redirect
    optional<std::string> payment_method_reference_id{};
    optional<std::string> acquirer_reference{};
    optional<std::string> transaction_id{};
    optional<std::string> digitable_line{};
    optional<std::string> verification_code{};
    optional<free_form> payable_deferral_period{};  ///< object or string across SDKs: kept as JSON
    optional<std::string> bank_transfer_id{};  ///< number (153030) or string across SDKs: text keeps both
    optional<payment_barcode> barcode{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_transaction_details,
                      financial_institution, net_received_amount, total_paid_amount, installment_amount,
                      overpaid_amount, external_resource_url, payment_method_reference_id, acquirer_reference,
                      transaction_id, digitable_line, verification_code, payable_deferral_period, bank_transfer_id,
                      barcode);
};

struct payment_fee_detail {
    optional<std::string> type{};  ///< open set (mercadopago_fee, recharge_fee, …): plain text, never rejected
    optional<std::string> fee_payer{};  ///< collector, payer
    optional<decimal> amount{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_fee_detail, type, fee_payer, amount);
};

struct payment_tax {
    optional<std::string> type{};  ///< e.g. "IVA"
    optional<decimal> value{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_tax, type, value);
};

/// Shape of `counter_currency` as Java, .NET and Go declare it. The payment
/// keeps the field as raw JSON (Node declares a string); read it with
/// `from_value<payment_counter_currency>(*p.counter_currency)`.
struct payment_counter_currency {
    optional<std::string> currency_id{};
    optional<decimal> rate{};
    optional<decimal> amount{};
    optional<decimal> amount_refunded{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_counter_currency, currency_id, rate, amount, amount_refunded);
};

// --- card ------------------------------------------------------------------------

struct payment_cardholder {
    optional<std::string> name{};
    optional<mercadopago::identification> identification{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_cardholder, name, identification);
};

/// The card used; `{}` for non-card payments.
struct payment_card {
    optional<std::string> id{};  ///< set only when a saved card was used
    optional<std::string> last_four_digits{};
    optional<std::string> first_six_digits{};
    optional<int> expiration_year{};   ///< GET returns "***" (masked) since 2026-07: read as absent
    optional<int> expiration_month{};  ///< same masking
    optional<timestamp> date_created{};
    optional<timestamp> date_last_updated{};
    optional<payment_cardholder> cardholder{};
    optional<std::string> bin{};  ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_card,
                      id, last_four_digits, first_six_digits, expiration_year, expiration_month, date_created,
                      date_last_updated, cardholder, bin);
};

// --- point_of_interaction ------------------------------------------------------------

struct payment_application_data {
    optional<std::string> name{};
    optional<std::string> version{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_application_data, name, version);
};

/// `bank_info.payer`. Undeclared `id`, `external_account_id` stay in `extra`.
struct payment_bank_info_payer {
    optional<std::string> email{};
    optional<std::string> account_id{};  ///< declared integer, but values above 2^63-1 arrive as text: kept as text
    optional<std::string> long_name{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_bank_info_payer, email, account_id, long_name);
};

/// `bank_info.collector`. Undeclared `account_holder_name`, `transfer_account_id` stay in `extra`.
struct payment_bank_info_collector {
    optional<std::string> account_id{};  ///< same as payer.account_id: may exceed int64
    optional<std::string> long_name{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_bank_info_collector, account_id, long_name);
};

/// `transaction_data.bank_info`. Undeclared `origin_bank_id`, `origin_wallet_id` stay in `extra`.
struct payment_bank_info {
    optional<payment_bank_info_payer> payer{};
    optional<payment_bank_info_collector> collector{};
    /// bool (Go) or string (Java/.NET/Node): bool reads both true and "true", and the text form is written back.
    optional<bool> is_same_bank_account_owner{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_bank_info, payer, collector, is_same_bank_account_owner);
};

struct payment_subscription_sequence {
    optional<int> number{};
    optional<int> total{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_subscription_sequence, number, total);
};

struct payment_invoice_period {
    optional<int> period{};
    optional<std::string> type{};  ///< e.g. monthly
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_invoice_period, period, type);
};

/// `{id}` objects of transaction_data (`payment_reference`, `reference`).
struct payment_transaction_reference {
    optional<std::string> id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_transaction_reference, id);
};

/// `point_of_interaction.transaction_data`: Pix QR code, bank transfer data,
/// recurring-payment data.
struct payment_transaction_data {
    optional<std::string> qr_code{};         ///< Pix copy-and-paste code
    optional<std::string> qr_code_base64{};  ///< PNG image, base64, several KB
    optional<std::string> transaction_id{};
    optional<std::int64_t> bank_transfer_id{};
    /// Declared integer here but a string in transaction_details; text reads both without failing.
    optional<std::string> financial_institution{};
    optional<payment_bank_info> bank_info{};
    optional<std::string> ticket_url{};
    optional<bool> first_time_use{};
    optional<payment_subscription_sequence> subscription_sequence{};
    optional<std::string> subscription_id{};
    optional<payment_invoice_period> invoice_period{};
    optional<payment_transaction_reference> payment_reference{};
    optional<timestamp> billing_date{};  ///< declared as a string; a timestamp keeps any text (date-only too)
    optional<bool> first_transaction{};
    optional<std::string> storage{};
    optional<std::string> transaction_initiator{};
    optional<payment_transaction_reference> reference{};
    optional<bool> user_present{};  ///< .NET only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_transaction_data,
                      qr_code, qr_code_base64, transaction_id, bank_transfer_id, financial_institution, bank_info,
                      ticket_url, first_time_use, subscription_sequence, subscription_id, invoice_period,
                      payment_reference, billing_date, first_transaction, storage, transaction_initiator, reference,
                      user_present);
};

struct payment_business_info {
    optional<std::string> unit{};
    optional<std::string> sub_unit{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_business_info, unit, sub_unit);
};

/// `point_of_interaction`; `{}` on plain card payments. Undeclared `location` stays in `extra`.
struct payment_point_of_interaction {
    optional<std::string> type{};  ///< OPENPLATFORM, UNSPECIFIED, SUBSCRIPTIONS, …
    optional<std::string> sub_type{};
    optional<std::string> linked_to{};
    optional<payment_application_data> application_data{};
    optional<payment_transaction_data> transaction_data{};
    optional<payment_business_info> business_info{};  ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_point_of_interaction,
                      type, sub_type, linked_to, application_data, transaction_data, business_info);
};

// --- payment_method (boleto rules and references) ------------------------------------

struct payment_discount {
    optional<std::string> type{};  ///< fixed, percentage
    optional<decimal> value{};
    optional<timestamp> limit_date{};  ///< date only ("2022-10-25")
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_discount, type, value, limit_date);
};

/// `rules.fine` and `rules.interest`: a type and a value.
struct payment_penalty {
    optional<std::string> type{};  ///< fixed, percentage
    optional<decimal> value{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_penalty, type, value);
};

struct payment_rules {
    optional<std::vector<payment_discount>> discounts{};
    optional<payment_penalty> fine{};
    optional<payment_penalty> interest{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_rules, discounts, fine, interest);
};

struct payment_routing_data {
    optional<std::string> merchant_account_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_routing_data, merchant_account_id);
};

struct payment_payment_method_data {
    optional<payment_rules> rules{};
    optional<std::string> reference_id{};
    optional<std::string> external_reference_id{};
    optional<std::string> external_resource_url{};
    optional<payment_routing_data> routing_data{};  ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_payment_method_data,
                      rules, reference_id, external_reference_id, external_resource_url, routing_data);
};

/// `payment.payment_method` (named so as not to clash with the payment-method
/// catalogue entry). Undeclared `forward_data` stays in `extra`.
struct payment_payment_method {
    optional<std::string> id{};
    optional<std::string> type{};
    optional<std::string> issuer_id{};
    optional<payment_payment_method_data> data{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_payment_method, id, type, issuer_id, data);
};

// --- 3DS, expanded, amounts, forward data, back urls, charges -----------------------------

/// 3DS challenge data: open `external_resource_url` posting `creq`.
struct payment_three_ds_info {
    optional<std::string> external_resource_url{};
    optional<std::string> creq{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_three_ds_info, external_resource_url, creq);
};

struct payment_gateway_reference {
    optional<std::string> network_transaction_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_gateway_reference, network_transaction_id);
};

struct payment_expanded_gateway {
    optional<payment_gateway_reference> reference{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_expanded_gateway, reference);
};

struct payment_expanded {
    optional<payment_expanded_gateway> gateway{};
    optional<free_form> reference{};  ///< Java declares an object of unknown shape: kept as JSON
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_expanded, gateway, reference);
};

struct payment_amounts_payer {
    optional<std::string> currency_id{};
    optional<decimal> transaction{};
    optional<decimal> total_paid{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_amounts_payer, currency_id, transaction, total_paid);
};

struct payment_amounts_collector {
    optional<std::string> currency_id{};
    optional<decimal> transaction{};
    optional<decimal> net_received{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_amounts_collector, currency_id, transaction, net_received);
};

/// Amounts in the payer's and the collector's currencies (cross-border).
struct payment_amounts {
    optional<payment_amounts_payer> payer{};
    optional<payment_amounts_collector> collector{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_amounts, payer, collector);
};

/// A payment facilitator's sub-merchant (Go only in responses).
struct payment_sub_merchant {
    optional<std::string> sub_merchant_id{};
    optional<std::string> mcc{};
    optional<std::string> country{};
    optional<std::string> zip{};
    optional<std::string> document_number{};
    optional<std::string> city{};
    optional<std::string> address_street{};
    optional<std::string> legal_name{};
    optional<std::string> region_code_iso{};
    optional<std::string> region_code{};
    optional<std::string> document_type{};
    optional<std::string> phone{};
    optional<std::string> url{};
    optional<std::int64_t> address_door_number{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_sub_merchant,
                      sub_merchant_id, mcc, country, zip, document_number, city, address_street, legal_name,
                      region_code_iso, region_code, document_type, phone, url, address_door_number);
};

struct payment_forward_data {
    optional<payment_sub_merchant> sub_merchant{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_forward_data, sub_merchant);
};

struct payment_back_urls {
    optional<std::string> success{};
    optional<std::string> pending{};
    optional<std::string> failure{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_back_urls, success, pending, failure);
};

struct payment_charge_accounts {
    optional<std::string> from{};
    optional<std::string> to{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_charge_accounts, from, to);
};

struct payment_charge_amounts {
    optional<decimal> original{};
    optional<decimal> refunded{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_charge_amounts, original, refunded);
};

/// One entry of `charges_details` (declared by Node only; `[]` in fixtures).
struct payment_charges_detail {
    optional<std::string> id{};
    optional<std::string> name{};
    optional<std::string> type{};
    optional<payment_charge_accounts> accounts{};
    optional<std::int64_t> client_id{};
    optional<timestamp> date_created{};  ///< Node declares a string; a timestamp keeps any text
    optional<timestamp> last_updated{};
    optional<payment_charge_amounts> amounts{};
    optional<free_form> metadata{};    ///< free-form
    optional<free_form> reserve_id{};  ///< declared free-form
    optional<std::vector<free_form>> refund_charges{};  ///< element shape not declared
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_charges_detail,
                      id, name, type, accounts, client_id, date_created, last_updated, amounts, metadata, reserve_id,
                      refund_charges);
};

// --- the payment -----------------------------------------------------------------------

struct payment {
    optional<std::int64_t> id{};  ///< exceeds 2^31 (17014025134)
    optional<timestamp> date_created{};
    optional<timestamp> date_approved{};
    optional<timestamp> date_last_updated{};
    optional<timestamp> date_of_expiration{};  ///< null on card payments; set on Pix/boleto
    optional<timestamp> money_release_date{};  ///< "" is read as absent (and written back as "")
    optional<std::string> money_release_schema{};
    optional<std::string> money_release_status{};
    optional<std::string> operation_type{};  ///< regular_payment, recurring_payment, … (open: text)
    optional<std::string> issuer_id{};       ///< a string on the wire ("24")
    optional<std::string> payment_method_id{};  ///< visa, master, pix, bolbradesco, pse, …
    optional<payment_type> payment_type_id{};
    optional<payment_status> status{};
    optional<payment_status_detail> status_detail{};
    optional<std::string> currency_id{};  ///< ARS, BRL, … (open: text)
    optional<std::string> description{};
    optional<bool> live_mode{};
    optional<std::int64_t> sponsor_id{};
    optional<std::string> authorization_code{};
    optional<std::string> integrator_id{};
    optional<std::string> platform_id{};
    optional<std::string> corporation_id{};
    optional<std::int64_t> collector_id{};
    optional<payment_payer> payer{};
    optional<free_form> metadata{};  ///< free-form, as the integrator sent it
    optional<payment_additional_info> additional_info{};
    optional<payment_order> order{};
    optional<std::string> external_reference{};
    optional<decimal> transaction_amount{};
    optional<decimal> transaction_amount_refunded{};
    optional<decimal> coupon_amount{};
    optional<std::string> differential_pricing_id{};  ///< int or string across SDKs (deprecated): text keeps both
    optional<int> installments{};
    optional<payment_transaction_details> transaction_details{};
    optional<std::vector<payment_fee_detail>> fee_details{};
    optional<bool> captured{};  ///< may be false on an approved payment: do not infer it from status
    optional<bool> binary_mode{};
    optional<std::string> call_for_authorize_id{};
    optional<std::string> statement_descriptor{};
    optional<payment_card> card{};
    optional<std::string> notification_url{};
    optional<std::string> callback_url{};
    optional<std::string> processing_mode{};  ///< aggregator, gateway
    optional<std::string> merchant_account_id{};
    optional<std::string> merchant_number{};
    optional<std::string> coupon_code{};
    optional<decimal> net_amount{};
    optional<std::string> payment_method_option_id{};
    optional<std::vector<payment_tax>> taxes{};
    optional<decimal> taxes_amount{};
    /// Object (Java/.NET/Go) or string (Node); usually null. Kept as JSON so no
    /// form fails the payment; decode the object with payment_counter_currency.
    optional<free_form> counter_currency{};
    optional<decimal> shipping_amount{};
    optional<std::string> pos_id{};
    optional<std::string> store_id{};
    optional<std::string> deduction_schema{};
    optional<std::vector<refund>> refunds{};
    optional<payment_point_of_interaction> point_of_interaction{};
    optional<payment_payment_method> payment_method{};
    optional<payment_three_ds_info> three_ds_info{};
    optional<free_form> internal_metadata{};  ///< free-form; keys may start with a digit ("3ds_status")
    optional<payment_expanded> expanded{};
    optional<payment_amounts> amounts{};
    optional<std::int64_t> campaign_id{};  ///< .NET only
    optional<payment_forward_data> forward_data{};
    optional<payment_back_urls> back_urls{};  ///< Go only
    optional<std::string> device_identifier{};
    optional<std::string> device_id{};
    optional<std::string> build_version{};  ///< Node only
    optional<std::vector<payment_charges_detail>> charges_details{};  ///< Node only
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
