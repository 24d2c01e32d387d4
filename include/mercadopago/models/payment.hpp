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
#include <mercadopago/extra_fields.hpp>
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
#include <tuple>
#include <vector>

namespace mercadopago {

// --- payer ---------------------------------------------------------------------

/// A postal address as payments carry it (payer, additional_info.payer).
struct payment_address {
    std::optional<std::string> zip_code{};
    std::optional<std::string> street_name{};
    std::optional<std::string> street_number{};  ///< text: "3003", "s/n"
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_address;
        return std::tuple{field<"zip_code">(&self::zip_code), field<"street_name">(&self::street_name),
                          field<"street_number">(&self::street_number)};
    }
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
    std::optional<boost::json::value> operator_id{};  ///< Node declares it free-form; always null in fixtures
    std::optional<timestamp> last_purchase{};         ///< Node only
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_payer;
        return std::tuple{field<"type">(&self::type),
                          field<"id">(&self::id),
                          field<"email">(&self::email),
                          field<"identification">(&self::identification),
                          field<"first_name">(&self::first_name),
                          field<"last_name">(&self::last_name),
                          field<"entity_type">(&self::entity_type),
                          field<"authentication_type">(&self::authentication_type),
                          field<"is_prime_user">(&self::is_prime_user),
                          field<"is_first_purchase_online">(&self::is_first_purchase_online),
                          field<"registration_date">(&self::registration_date),
                          field<"last_purchase_date">(&self::last_purchase_date),
                          field<"date_created">(&self::date_created),
                          field<"phone">(&self::phone),
                          field<"address">(&self::address),
                          field<"operator_id">(&self::operator_id),
                          field<"last_purchase">(&self::last_purchase)};
    }
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

    static constexpr auto json_fields() {
        using self = payment_passenger;
        return std::tuple{field<"first_name">(&self::first_name), field<"last_name">(&self::last_name),
                          field<"identification_type">(&self::identification_type),
                          field<"identification_number">(&self::identification_number),
                          field<"identification">(&self::identification)};
    }
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

    static constexpr auto json_fields() {
        using self = payment_route;
        return std::tuple{field<"departure">(&self::departure),
                          field<"destination">(&self::destination),
                          field<"departure_data_time">(&self::departure_data_time),
                          field<"departure_date_time">(&self::departure_date_time),
                          field<"arrival_date_time">(&self::arrival_date_time),
                          field<"company">(&self::company),
                          field<"origin_id">(&self::origin_id),
                          field<"destination_id">(&self::destination_id)};
    }
};

/// Extra description of an item (tickets, travel).
struct payment_category_descriptor {
    std::optional<payment_passenger> passenger{};
    std::optional<payment_route> route{};
    std::optional<timestamp> event_date{};
    std::optional<std::string> type{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_category_descriptor;
        return std::tuple{field<"passenger">(&self::passenger), field<"route">(&self::route),
                          field<"event_date">(&self::event_date), field<"type">(&self::type)};
    }
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

    static constexpr auto json_fields() {
        using self = payment_item;
        return std::tuple{field<"id">(&self::id),
                          field<"title">(&self::title),
                          field<"type">(&self::type),
                          field<"description">(&self::description),
                          field<"picture_url">(&self::picture_url),
                          field<"category_id">(&self::category_id),
                          field<"currency_id">(&self::currency_id),
                          field<"quantity">(&self::quantity),
                          field<"unit_price">(&self::unit_price),
                          field<"warranty">(&self::warranty),
                          field<"category_descriptor">(&self::category_descriptor),
                          field<"event_date">(&self::event_date)};
    }
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

    static constexpr auto json_fields() {
        using self = payment_additional_info_payer;
        return std::tuple{field<"first_name">(&self::first_name),
                          field<"last_name">(&self::last_name),
                          field<"phone">(&self::phone),
                          field<"address">(&self::address),
                          field<"registration_date">(&self::registration_date),
                          field<"authentication_type">(&self::authentication_type),
                          field<"is_prime_user">(&self::is_prime_user),
                          field<"is_first_purchase_online">(&self::is_first_purchase_online),
                          field<"last_purchase">(&self::last_purchase),
                          field<"identification">(&self::identification)};
    }
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

    static constexpr auto json_fields() {
        using self = payment_receiver_address;
        return std::tuple{field<"zip_code">(&self::zip_code),
                          field<"street_name">(&self::street_name),
                          field<"street_number">(&self::street_number),
                          field<"state_name">(&self::state_name),
                          field<"city_name">(&self::city_name),
                          field<"floor">(&self::floor),
                          field<"apartment">(&self::apartment),
                          field<"address">(&self::address),
                          field<"country_name">(&self::country_name),
                          field<"local_pic_url">(&self::local_pic_url),
                          field<"express_shipment_id">(&self::express_shipment_id)};
    }
};

struct payment_shipments {
    std::optional<payment_receiver_address> receiver_address{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_shipments;
        return std::tuple{field<"receiver_address">(&self::receiver_address)};
    }
};

/// `additional_info`. Undeclared `available_balance`, `nsu_processadora`,
/// `authentication_code` stay in `extra`.
struct payment_additional_info {
    std::optional<std::string> ip_address{};
    std::optional<std::vector<payment_item>> items{};
    std::optional<payment_additional_info_payer> payer{};
    std::optional<payment_shipments> shipments{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_additional_info;
        return std::tuple{field<"ip_address">(&self::ip_address), field<"items">(&self::items),
                          field<"payer">(&self::payer), field<"shipments">(&self::shipments)};
    }
};

// --- order, transaction details, fees, taxes -------------------------------------

/// The merchant order a payment belongs to; `{}` when there is none.
struct payment_order {
    std::optional<std::string> id{};  ///< number or string depending on origin (sdk-go#40): text keeps both
    std::optional<std::string> type{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_order;
        return std::tuple{field<"id">(&self::id), field<"type">(&self::type)};
    }
};

struct payment_barcode {
    std::optional<std::string> content{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_barcode;
        return std::tuple{field<"content">(&self::content)};
    }
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
    std::optional<boost::json::value> payable_deferral_period{};  ///< object or string across SDKs: kept as JSON
    std::optional<std::string> bank_transfer_id{};  ///< number (153030) or string across SDKs: text keeps both
    std::optional<payment_barcode> barcode{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_transaction_details;
        return std::tuple{field<"financial_institution">(&self::financial_institution),
                          field<"net_received_amount">(&self::net_received_amount),
                          field<"total_paid_amount">(&self::total_paid_amount),
                          field<"installment_amount">(&self::installment_amount),
                          field<"overpaid_amount">(&self::overpaid_amount),
                          field<"external_resource_url">(&self::external_resource_url),
                          field<"payment_method_reference_id">(&self::payment_method_reference_id),
                          field<"acquirer_reference">(&self::acquirer_reference),
                          field<"transaction_id">(&self::transaction_id),
                          field<"digitable_line">(&self::digitable_line),
                          field<"verification_code">(&self::verification_code),
                          field<"payable_deferral_period">(&self::payable_deferral_period),
                          field<"bank_transfer_id">(&self::bank_transfer_id),
                          field<"barcode">(&self::barcode)};
    }
};

struct payment_fee_detail {
    std::optional<std::string> type{};  ///< open set (mercadopago_fee, recharge_fee, …): plain text, never rejected
    std::optional<std::string> fee_payer{};  ///< collector, payer
    std::optional<decimal> amount{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_fee_detail;
        return std::tuple{field<"type">(&self::type), field<"fee_payer">(&self::fee_payer),
                          field<"amount">(&self::amount)};
    }
};

struct payment_tax {
    std::optional<std::string> type{};  ///< e.g. "IVA"
    std::optional<decimal> value{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_tax;
        return std::tuple{field<"type">(&self::type), field<"value">(&self::value)};
    }
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

    static constexpr auto json_fields() {
        using self = payment_counter_currency;
        return std::tuple{field<"currency_id">(&self::currency_id), field<"rate">(&self::rate),
                          field<"amount">(&self::amount), field<"amount_refunded">(&self::amount_refunded)};
    }
};

// --- card ------------------------------------------------------------------------

struct payment_cardholder {
    std::optional<std::string> name{};
    std::optional<mercadopago::identification> identification{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_cardholder;
        return std::tuple{field<"name">(&self::name), field<"identification">(&self::identification)};
    }
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

    static constexpr auto json_fields() {
        using self = payment_card;
        return std::tuple{field<"id">(&self::id),
                          field<"last_four_digits">(&self::last_four_digits),
                          field<"first_six_digits">(&self::first_six_digits),
                          field<"expiration_year">(&self::expiration_year),
                          field<"expiration_month">(&self::expiration_month),
                          field<"date_created">(&self::date_created),
                          field<"date_last_updated">(&self::date_last_updated),
                          field<"cardholder">(&self::cardholder),
                          field<"bin">(&self::bin)};
    }
};

// --- point_of_interaction ------------------------------------------------------------

struct payment_application_data {
    std::optional<std::string> name{};
    std::optional<std::string> version{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_application_data;
        return std::tuple{field<"name">(&self::name), field<"version">(&self::version)};
    }
};

/// `bank_info.payer`. Undeclared `id`, `external_account_id` stay in `extra`.
struct payment_bank_info_payer {
    std::optional<std::string> email{};
    std::optional<std::string> account_id{};  ///< declared integer, but values above 2^63-1 arrive as text: kept as text
    std::optional<std::string> long_name{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_bank_info_payer;
        return std::tuple{field<"email">(&self::email), field<"account_id">(&self::account_id),
                          field<"long_name">(&self::long_name)};
    }
};

/// `bank_info.collector`. Undeclared `account_holder_name`, `transfer_account_id` stay in `extra`.
struct payment_bank_info_collector {
    std::optional<std::string> account_id{};  ///< same as payer.account_id: may exceed int64
    std::optional<std::string> long_name{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_bank_info_collector;
        return std::tuple{field<"account_id">(&self::account_id), field<"long_name">(&self::long_name)};
    }
};

/// `transaction_data.bank_info`. Undeclared `origin_bank_id`, `origin_wallet_id` stay in `extra`.
struct payment_bank_info {
    std::optional<payment_bank_info_payer> payer{};
    std::optional<payment_bank_info_collector> collector{};
    /// bool (Go) or string (Java/.NET/Node): bool reads both true and "true", and the text form is written back.
    std::optional<bool> is_same_bank_account_owner{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_bank_info;
        return std::tuple{field<"payer">(&self::payer), field<"collector">(&self::collector),
                          field<"is_same_bank_account_owner">(&self::is_same_bank_account_owner)};
    }
};

struct payment_subscription_sequence {
    std::optional<int> number{};
    std::optional<int> total{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_subscription_sequence;
        return std::tuple{field<"number">(&self::number), field<"total">(&self::total)};
    }
};

struct payment_invoice_period {
    std::optional<int> period{};
    std::optional<std::string> type{};  ///< e.g. monthly
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_invoice_period;
        return std::tuple{field<"period">(&self::period), field<"type">(&self::type)};
    }
};

/// `{id}` objects of transaction_data (`payment_reference`, `reference`).
struct payment_transaction_reference {
    std::optional<std::string> id{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_transaction_reference;
        return std::tuple{field<"id">(&self::id)};
    }
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

    static constexpr auto json_fields() {
        using self = payment_transaction_data;
        return std::tuple{field<"qr_code">(&self::qr_code),
                          field<"qr_code_base64">(&self::qr_code_base64),
                          field<"transaction_id">(&self::transaction_id),
                          field<"bank_transfer_id">(&self::bank_transfer_id),
                          field<"financial_institution">(&self::financial_institution),
                          field<"bank_info">(&self::bank_info),
                          field<"ticket_url">(&self::ticket_url),
                          field<"first_time_use">(&self::first_time_use),
                          field<"subscription_sequence">(&self::subscription_sequence),
                          field<"subscription_id">(&self::subscription_id),
                          field<"invoice_period">(&self::invoice_period),
                          field<"payment_reference">(&self::payment_reference),
                          field<"billing_date">(&self::billing_date),
                          field<"first_transaction">(&self::first_transaction),
                          field<"storage">(&self::storage),
                          field<"transaction_initiator">(&self::transaction_initiator),
                          field<"reference">(&self::reference),
                          field<"user_present">(&self::user_present)};
    }
};

struct payment_business_info {
    std::optional<std::string> unit{};
    std::optional<std::string> sub_unit{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_business_info;
        return std::tuple{field<"unit">(&self::unit), field<"sub_unit">(&self::sub_unit)};
    }
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

    static constexpr auto json_fields() {
        using self = payment_point_of_interaction;
        return std::tuple{field<"type">(&self::type),
                          field<"sub_type">(&self::sub_type),
                          field<"linked_to">(&self::linked_to),
                          field<"application_data">(&self::application_data),
                          field<"transaction_data">(&self::transaction_data),
                          field<"business_info">(&self::business_info)};
    }
};

// --- payment_method (boleto rules and references) ------------------------------------

struct payment_discount {
    std::optional<std::string> type{};  ///< fixed, percentage
    std::optional<decimal> value{};
    std::optional<timestamp> limit_date{};  ///< date only ("2022-10-25")
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_discount;
        return std::tuple{field<"type">(&self::type), field<"value">(&self::value),
                          field<"limit_date">(&self::limit_date)};
    }
};

/// `rules.fine` and `rules.interest`: a type and a value.
struct payment_penalty {
    std::optional<std::string> type{};  ///< fixed, percentage
    std::optional<decimal> value{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_penalty;
        return std::tuple{field<"type">(&self::type), field<"value">(&self::value)};
    }
};

struct payment_rules {
    std::optional<std::vector<payment_discount>> discounts{};
    std::optional<payment_penalty> fine{};
    std::optional<payment_penalty> interest{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_rules;
        return std::tuple{field<"discounts">(&self::discounts), field<"fine">(&self::fine),
                          field<"interest">(&self::interest)};
    }
};

struct payment_routing_data {
    std::optional<std::string> merchant_account_id{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_routing_data;
        return std::tuple{field<"merchant_account_id">(&self::merchant_account_id)};
    }
};

struct payment_payment_method_data {
    std::optional<payment_rules> rules{};
    std::optional<std::string> reference_id{};
    std::optional<std::string> external_reference_id{};
    std::optional<std::string> external_resource_url{};
    std::optional<payment_routing_data> routing_data{};  ///< Node only
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_payment_method_data;
        return std::tuple{field<"rules">(&self::rules), field<"reference_id">(&self::reference_id),
                          field<"external_reference_id">(&self::external_reference_id),
                          field<"external_resource_url">(&self::external_resource_url),
                          field<"routing_data">(&self::routing_data)};
    }
};

/// `payment.payment_method` (named so as not to clash with the payment-method
/// catalogue entry). Undeclared `forward_data` stays in `extra`.
struct payment_payment_method {
    std::optional<std::string> id{};
    std::optional<std::string> type{};
    std::optional<std::string> issuer_id{};
    std::optional<payment_payment_method_data> data{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_payment_method;
        return std::tuple{field<"id">(&self::id), field<"type">(&self::type), field<"issuer_id">(&self::issuer_id),
                          field<"data">(&self::data)};
    }
};

// --- 3DS, expanded, amounts, forward data, back urls, charges -----------------------------

/// 3DS challenge data: open `external_resource_url` posting `creq`.
struct payment_three_ds_info {
    std::optional<std::string> external_resource_url{};
    std::optional<std::string> creq{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_three_ds_info;
        return std::tuple{field<"external_resource_url">(&self::external_resource_url), field<"creq">(&self::creq)};
    }
};

struct payment_gateway_reference {
    std::optional<std::string> network_transaction_id{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_gateway_reference;
        return std::tuple{field<"network_transaction_id">(&self::network_transaction_id)};
    }
};

struct payment_expanded_gateway {
    std::optional<payment_gateway_reference> reference{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_expanded_gateway;
        return std::tuple{field<"reference">(&self::reference)};
    }
};

struct payment_expanded {
    std::optional<payment_expanded_gateway> gateway{};
    std::optional<boost::json::value> reference{};  ///< Java declares an object of unknown shape: kept as JSON
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_expanded;
        return std::tuple{field<"gateway">(&self::gateway), field<"reference">(&self::reference)};
    }
};

struct payment_amounts_payer {
    std::optional<std::string> currency_id{};
    std::optional<decimal> transaction{};
    std::optional<decimal> total_paid{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_amounts_payer;
        return std::tuple{field<"currency_id">(&self::currency_id), field<"transaction">(&self::transaction),
                          field<"total_paid">(&self::total_paid)};
    }
};

struct payment_amounts_collector {
    std::optional<std::string> currency_id{};
    std::optional<decimal> transaction{};
    std::optional<decimal> net_received{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_amounts_collector;
        return std::tuple{field<"currency_id">(&self::currency_id), field<"transaction">(&self::transaction),
                          field<"net_received">(&self::net_received)};
    }
};

/// Amounts in the payer's and the collector's currencies (cross-border).
struct payment_amounts {
    std::optional<payment_amounts_payer> payer{};
    std::optional<payment_amounts_collector> collector{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_amounts;
        return std::tuple{field<"payer">(&self::payer), field<"collector">(&self::collector)};
    }
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

    static constexpr auto json_fields() {
        using self = payment_sub_merchant;
        return std::tuple{field<"sub_merchant_id">(&self::sub_merchant_id),
                          field<"mcc">(&self::mcc),
                          field<"country">(&self::country),
                          field<"zip">(&self::zip),
                          field<"document_number">(&self::document_number),
                          field<"city">(&self::city),
                          field<"address_street">(&self::address_street),
                          field<"legal_name">(&self::legal_name),
                          field<"region_code_iso">(&self::region_code_iso),
                          field<"region_code">(&self::region_code),
                          field<"document_type">(&self::document_type),
                          field<"phone">(&self::phone),
                          field<"url">(&self::url),
                          field<"address_door_number">(&self::address_door_number)};
    }
};

struct payment_forward_data {
    std::optional<payment_sub_merchant> sub_merchant{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_forward_data;
        return std::tuple{field<"sub_merchant">(&self::sub_merchant)};
    }
};

struct payment_back_urls {
    std::optional<std::string> success{};
    std::optional<std::string> pending{};
    std::optional<std::string> failure{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_back_urls;
        return std::tuple{field<"success">(&self::success), field<"pending">(&self::pending),
                          field<"failure">(&self::failure)};
    }
};

struct payment_charge_accounts {
    std::optional<std::string> from{};
    std::optional<std::string> to{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_charge_accounts;
        return std::tuple{field<"from">(&self::from), field<"to">(&self::to)};
    }
};

struct payment_charge_amounts {
    std::optional<decimal> original{};
    std::optional<decimal> refunded{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_charge_amounts;
        return std::tuple{field<"original">(&self::original), field<"refunded">(&self::refunded)};
    }
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
    std::optional<boost::json::value> metadata{};    ///< free-form
    std::optional<boost::json::value> reserve_id{};  ///< declared free-form
    std::optional<std::vector<boost::json::value>> refund_charges{};  ///< element shape not declared
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = payment_charges_detail;
        return std::tuple{field<"id">(&self::id),
                          field<"name">(&self::name),
                          field<"type">(&self::type),
                          field<"accounts">(&self::accounts),
                          field<"client_id">(&self::client_id),
                          field<"date_created">(&self::date_created),
                          field<"last_updated">(&self::last_updated),
                          field<"amounts">(&self::amounts),
                          field<"metadata">(&self::metadata),
                          field<"reserve_id">(&self::reserve_id),
                          field<"refund_charges">(&self::refund_charges)};
    }
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
    std::optional<boost::json::value> metadata{};  ///< free-form, as the integrator sent it
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
    std::optional<boost::json::value> counter_currency{};
    std::optional<decimal> shipping_amount{};
    std::optional<std::string> pos_id{};
    std::optional<std::string> store_id{};
    std::optional<std::string> deduction_schema{};
    std::optional<std::vector<refund>> refunds{};
    std::optional<payment_point_of_interaction> point_of_interaction{};
    std::optional<payment_payment_method> payment_method{};
    std::optional<payment_three_ds_info> three_ds_info{};
    std::optional<boost::json::value> internal_metadata{};  ///< free-form; keys may start with a digit ("3ds_status")
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

    static constexpr auto json_fields() {
        using self = payment;
        return std::tuple{field<"id">(&self::id),
                          field<"date_created">(&self::date_created),
                          field<"date_approved">(&self::date_approved),
                          field<"date_last_updated">(&self::date_last_updated),
                          field<"date_of_expiration">(&self::date_of_expiration),
                          field<"money_release_date">(&self::money_release_date),
                          field<"money_release_schema">(&self::money_release_schema),
                          field<"money_release_status">(&self::money_release_status),
                          field<"operation_type">(&self::operation_type),
                          field<"issuer_id">(&self::issuer_id),
                          field<"payment_method_id">(&self::payment_method_id),
                          field<"payment_type_id">(&self::payment_type_id),
                          field<"status">(&self::status),
                          field<"status_detail">(&self::status_detail),
                          field<"currency_id">(&self::currency_id),
                          field<"description">(&self::description),
                          field<"live_mode">(&self::live_mode),
                          field<"sponsor_id">(&self::sponsor_id),
                          field<"authorization_code">(&self::authorization_code),
                          field<"integrator_id">(&self::integrator_id),
                          field<"platform_id">(&self::platform_id),
                          field<"corporation_id">(&self::corporation_id),
                          field<"collector_id">(&self::collector_id),
                          field<"payer">(&self::payer),
                          field<"metadata">(&self::metadata),
                          field<"additional_info">(&self::additional_info),
                          field<"order">(&self::order),
                          field<"external_reference">(&self::external_reference),
                          field<"transaction_amount">(&self::transaction_amount),
                          field<"transaction_amount_refunded">(&self::transaction_amount_refunded),
                          field<"coupon_amount">(&self::coupon_amount),
                          field<"differential_pricing_id">(&self::differential_pricing_id),
                          field<"installments">(&self::installments),
                          field<"transaction_details">(&self::transaction_details),
                          field<"fee_details">(&self::fee_details),
                          field<"captured">(&self::captured),
                          field<"binary_mode">(&self::binary_mode),
                          field<"call_for_authorize_id">(&self::call_for_authorize_id),
                          field<"statement_descriptor">(&self::statement_descriptor),
                          field<"card">(&self::card),
                          field<"notification_url">(&self::notification_url),
                          field<"callback_url">(&self::callback_url),
                          field<"processing_mode">(&self::processing_mode),
                          field<"merchant_account_id">(&self::merchant_account_id),
                          field<"merchant_number">(&self::merchant_number),
                          field<"coupon_code">(&self::coupon_code),
                          field<"net_amount">(&self::net_amount),
                          field<"payment_method_option_id">(&self::payment_method_option_id),
                          field<"taxes">(&self::taxes),
                          field<"taxes_amount">(&self::taxes_amount),
                          field<"counter_currency">(&self::counter_currency),
                          field<"shipping_amount">(&self::shipping_amount),
                          field<"pos_id">(&self::pos_id),
                          field<"store_id">(&self::store_id),
                          field<"deduction_schema">(&self::deduction_schema),
                          field<"refunds">(&self::refunds),
                          field<"point_of_interaction">(&self::point_of_interaction),
                          field<"payment_method">(&self::payment_method),
                          field<"three_ds_info">(&self::three_ds_info),
                          field<"internal_metadata">(&self::internal_metadata),
                          field<"expanded">(&self::expanded),
                          field<"amounts">(&self::amounts),
                          field<"campaign_id">(&self::campaign_id),
                          field<"forward_data">(&self::forward_data),
                          field<"back_urls">(&self::back_urls),
                          field<"device_identifier">(&self::device_identifier),
                          field<"device_id">(&self::device_id),
                          field<"build_version">(&self::build_version),
                          field<"charges_details">(&self::charges_details)};
    }
};

}  // namespace mercadopago
