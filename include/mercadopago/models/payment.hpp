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
    optional<std::string> zip_code{};  ///< postal code as text (keeps leading zeros and forms such as "06233-200")
    optional<std::string> street_name{};  ///< street name, without the house number
    optional<std::string> street_number{};  ///< text: "3003", "s/n"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_address, zip_code, street_name, street_number);
};

/// The buyer (`payer`). In search results it may arrive as `[]`: read as absent.
struct payment_payer {
    optional<std::string> type{};  ///< null or "anonymous" in responses
    optional<std::string> id{};    ///< numeric-looking but a string on the wire ("128185910")
    optional<std::string> email{};  ///< the payer's e-mail address (test users end in "@testuser.com")
    /// the payer's identity document: type (CPF, DNI, …) and number
    optional<mercadopago::identification> identification{};
    optional<std::string> first_name{};  ///< the payer's given name; often null in responses
    optional<std::string> last_name{};  ///< the payer's family name; often null in responses
    optional<std::string> entity_type{};  ///< individual, association
    /// how the buyer logged in on the merchant's site, as the merchant reported it; free text
    optional<std::string> authentication_type{};
    /// whether the merchant reports the buyer as a premium/loyalty member (a risk-analysis hint)
    optional<bool> is_prime_user{};
    /// whether the merchant reports this as the buyer's first online purchase
    optional<bool> is_first_purchase_online{};
    /// the buyer's registration date as reported with the payment; ISO-8601 text kept verbatim
    optional<timestamp> registration_date{};
    /// date of the buyer's previous purchase; Go declares a plain string, a timestamp keeps any text
    optional<timestamp> last_purchase_date{};
    /// when the payer record was created; Go only, declared a plain string (a timestamp keeps any text)
    optional<timestamp> date_created{};
    optional<mercadopago::phone> phone{};  ///< the payer's phone (area code, number); an all-null object in fixtures
    optional<payment_address> address{};  ///< the payer's postal address
    optional<free_form> operator_id{};  ///< Node declares it free-form; always null in fixtures
    optional<timestamp> last_purchase{};  ///< date of the buyer's previous purchase; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_payer,
                      type, id, email, identification, first_name, last_name, entity_type, authentication_type,
                      is_prime_user, is_first_purchase_online, registration_date, last_purchase_date, date_created,
                      phone, address, operator_id, last_purchase);
};

// --- additional_info -------------------------------------------------------------

/// A traveller (airline/transport items: `category_descriptor.passenger`).
struct payment_passenger {
    optional<std::string> first_name{};  ///< the passenger's given name
    optional<std::string> last_name{};  ///< the passenger's family name
    optional<std::string> identification_type{};  ///< the passenger's document type (e.g. "DNI"); Go's flat form
    optional<std::string> identification_number{};  ///< the passenger's document number, as text; Go's flat form
    /// Node's nested form; its odd inner `identification` number stays in `extra`.
    optional<mercadopago::identification> identification{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_passenger,
                      first_name, last_name, identification_type, identification_number, identification);
};

/// A trip (`category_descriptor.route`).
struct payment_route {
    optional<std::string> departure{};  ///< where the trip starts (a place name or code; the format is not fixed)
    optional<std::string> destination{};  ///< where the trip ends (a place name or code; the format is not fixed)
    /// departure date-time; sic: Go's spelling, kept because it is a distinct key
    optional<timestamp> departure_data_time{};
    optional<timestamp> departure_date_time{};  ///< departure date-time; Node's (correct) spelling
    optional<timestamp> arrival_date_time{};  ///< arrival date-time (ISO-8601 text kept verbatim)
    optional<std::string> company{};  ///< the carrier (airline, bus or transport company)
    /// identifier of the departure place; declared by Node only, format not documented
    optional<std::string> origin_id{};
    /// identifier of the arrival place; declared by Node only, format not documented
    optional<std::string> destination_id{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_route,
                      departure, destination, departure_data_time, departure_date_time, arrival_date_time, company,
                      origin_id, destination_id);
};

/// Extra description of an item (tickets, travel).
struct payment_category_descriptor {
    optional<payment_passenger> passenger{};  ///< who travels (travel items)
    optional<payment_route> route{};  ///< the trip: places, times and carrier (travel items)
    optional<timestamp> event_date{};  ///< date of the event the item gives access to (tickets)
    optional<std::string> type{};  ///< kind of descriptor, as text; values not documented
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_category_descriptor, passenger, route, event_date, type);
};

/// One item of `additional_info.items` (also sent in payment_create_request).
struct payment_item {
    optional<std::string> id{};  ///< the merchant's own code for the item (e.g. a SKU), as text
    optional<std::string> title{};  ///< the item's name
    optional<std::string> type{};  ///< item type as the merchant classifies it; free text
    optional<std::string> description{};  ///< a longer description of the item
    optional<std::string> picture_url{};  ///< URL of an image of the item; often null
    /// item category, free text ("Tickets", "games", "travels" seen); helps fraud prevention
    optional<std::string> category_id{};
    optional<std::string> currency_id{};  ///< ISO 4217 currency code of unit_price (e.g. "BRL")
    optional<int> quantity{};          ///< the API echoes it as a string ("1"); read as an integer
    optional<decimal> unit_price{};    ///< echoed as a string ("100.0", even "5.0E8"); exact decimal
    /// whether the item has a warranty; Go declares a string, bool also reads "true"/"false" text
    optional<bool> warranty{};
    /// travel and ticket details: passenger, route, event date
    optional<payment_category_descriptor> category_descriptor{};
    optional<timestamp> event_date{};  ///< date of the event the item is for; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_item,
                      id, title, type, description, picture_url, category_id, currency_id, quantity, unit_price,
                      warranty, category_descriptor, event_date);
};

/// `additional_info.payer`: buyer data given for risk analysis.
struct payment_additional_info_payer {
    optional<std::string> first_name{};  ///< the buyer's given name
    optional<std::string> last_name{};  ///< the buyer's family name
    optional<mercadopago::phone> phone{};  ///< the buyer's phone (area code, number)
    optional<payment_address> address{};  ///< the buyer's postal address
    /// when the buyer registered with the merchant; seen with a "-0300" offset (no colon): kept as text
    optional<timestamp> registration_date{};
    /// how the buyer logged in on the merchant's site, as the merchant reported it; free text
    optional<std::string> authentication_type{};
    /// whether the merchant reports the buyer as a premium/loyalty member (a risk-analysis hint)
    optional<bool> is_prime_user{};
    /// whether the merchant reports this as the buyer's first online purchase
    optional<bool> is_first_purchase_online{};
    optional<timestamp> last_purchase{};  ///< date of the buyer's previous purchase (ISO-8601 text kept verbatim)
    optional<mercadopago::identification> identification{};  ///< the buyer's identity document (type and number)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_additional_info_payer,
                      first_name, last_name, phone, address, registration_date, authentication_type, is_prime_user,
                      is_first_purchase_online, last_purchase, identification);
};

/// `additional_info.shipments.receiver_address`.
struct payment_receiver_address {
    optional<std::string> zip_code{};  ///< postal code of the delivery address, as text
    optional<std::string> street_name{};  ///< street of the delivery address
    optional<std::string> street_number{};  ///< house number, as text
    optional<std::string> state_name{};  ///< state or province name
    optional<std::string> city_name{};  ///< city name
    optional<std::string> floor{};  ///< floor of the building, as text
    optional<std::string> apartment{};  ///< apartment or unit, as text
    optional<payment_address> address{};  ///< a nested zip_code/street_name/street_number object; Go only
    optional<std::string> country_name{};  ///< country name; declared by Go only
    optional<std::string> local_pic_url{};  ///< a URL; declared by Go only, meaning not documented
    optional<std::string> express_shipment_id{};  ///< an id, as text; declared by Go only, meaning not documented
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_receiver_address,
                      zip_code, street_name, street_number, state_name, city_name, floor, apartment, address,
                      country_name, local_pic_url, express_shipment_id);
};

/// `additional_info.shipments` of a payment: where the goods are delivered.
struct payment_shipments {
    optional<payment_receiver_address> receiver_address{};  ///< the delivery address
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_shipments, receiver_address);
};

/// `additional_info`. Undeclared `available_balance`, `nsu_processadora`,
/// `authentication_code` stay in `extra`.
struct payment_additional_info {
    optional<std::string> ip_address{};  ///< the buyer's IP address as the merchant captured it (fraud prevention)
    /// what was bought; the API echoes quantity and unit_price as strings, read as numbers
    optional<std::vector<payment_item>> items{};
    optional<payment_additional_info_payer> payer{};  ///< buyer details the merchant sent for risk analysis
    optional<payment_shipments> shipments{};  ///< delivery data
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_additional_info, ip_address, items, payer, shipments);
};

// --- order, transaction details, fees, taxes -------------------------------------

/// The merchant order a payment belongs to; `{}` when there is none.
struct payment_order {
    optional<std::string> id{};  ///< number or string depending on origin (sdk-go#40): text keeps both
    optional<std::string> type{};  ///< who created the order, e.g. "mercadopago" or "mercadolibre"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_order, id, type);
};

/// A printable ticket's barcode (`transaction_details.barcode`, boleto and similar).
struct payment_barcode {
    optional<std::string> content{};  ///< the barcode digits, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_barcode, content);
};

/// Money breakdown and method references of a payment (`transaction_details`).
struct payment_transaction_details {
    /// the buyer's bank for a bank transfer such as PSE; text here ("1009", "bradesco")
    optional<std::string> financial_institution{};
    /// what the seller receives after Mercado Pago's fees, in the payment's currency
    optional<decimal> net_received_amount{};
    optional<decimal> total_paid_amount{};  ///< total the buyer is charged, financing interest included
    optional<decimal> installment_amount{};  ///< amount of each installment
    optional<decimal> overpaid_amount{};  ///< amount the buyer paid above what was due; 0 in fixtures
    /// printable voucher (boleto, ticket) or the bank's page for a transfer; null on card payments
    optional<std::string> external_resource_url{};
    /// a reference the payment method's processor assigns, as text; null on card payments
    optional<std::string> payment_method_reference_id{};
    optional<std::string> acquirer_reference{};  ///< a reference from the acquirer, as text; "" or null in fixtures
    optional<std::string> transaction_id{};  ///< the processor's transaction id, as text; null in fixtures
    /// boleto "linha digitável": the digits a buyer types at a bank to pay the ticket
    optional<std::string> digitable_line{};
    /// a verification code issued with the payment, as text; its use depends on the method
    optional<std::string> verification_code{};
    optional<free_form> payable_deferral_period{};  ///< object or string across SDKs: kept as JSON
    /// id of the bank transfer (PSE and similar); number (153030) or string across SDKs: text keeps both
    optional<std::string> bank_transfer_id{};
    optional<payment_barcode> barcode{};  ///< barcode of a printable ticket (boleto)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_transaction_details,
                      financial_institution, net_received_amount, total_paid_amount, installment_amount,
                      overpaid_amount, external_resource_url, payment_method_reference_id, acquirer_reference,
                      transaction_id, digitable_line, verification_code, payable_deferral_period, bank_transfer_id,
                      barcode);
};

/// One fee charged on a payment (`fee_details`).
struct payment_fee_detail {
    optional<std::string> type{};  ///< open set (mercadopago_fee, recharge_fee, …): plain text, never rejected
    optional<std::string> fee_payer{};  ///< who bears the fee: "collector" (the seller) or "payer"
    optional<decimal> amount{};  ///< the fee, in the payment's currency
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_fee_detail, type, fee_payer, amount);
};

/// A tax applied to a payment (`taxes`).
struct payment_tax {
    optional<std::string> type{};  ///< e.g. "IVA"
    /// the tax's value as the API sends it (null in fixtures); whether amount or rate is not documented
    optional<decimal> value{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_tax, type, value);
};

/// Shape of `counter_currency` as Java, .NET and Go declare it. The payment
/// keeps the field as raw JSON (Node declares a string); read it with
/// `from_value<payment_counter_currency>(*p.counter_currency)`.
struct payment_counter_currency {
    optional<std::string> currency_id{};  ///< ISO 4217 code of the counter currency
    optional<decimal> rate{};  ///< exchange rate applied
    optional<decimal> amount{};  ///< the transaction amount in currency_id
    optional<decimal> amount_refunded{};  ///< the refunded amount in currency_id
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_counter_currency, currency_id, rate, amount, amount_refunded);
};

// --- card ------------------------------------------------------------------------

/// The person named on the card of a payment.
struct payment_cardholder {
    optional<std::string> name{};  ///< name as printed on the card (test cards use it to force an outcome, e.g. "APRO")
    optional<mercadopago::identification> identification{};  ///< the cardholder's identity document (type and number)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_cardholder, name, identification);
};

/// The card used; `{}` for non-card payments.
struct payment_card {
    optional<std::string> id{};  ///< set only when a saved card was used
    optional<std::string> last_four_digits{};  ///< last four digits of the card number, as text
    optional<std::string> first_six_digits{};  ///< first six digits (the BIN) of the card number, as text
    /// four-digit expiry year; GET returns "***" (masked) since 2026-07: read as absent
    optional<int> expiration_year{};
    optional<int> expiration_month{};  ///< expiry month, 1-12; masked the same way ("***" reads as absent)
    optional<timestamp> date_created{};  ///< when the card record was created
    optional<timestamp> date_last_updated{};  ///< when the card record last changed
    optional<payment_cardholder> cardholder{};  ///< name and document on the card
    optional<std::string> bin{};  ///< the card's BIN (leading digits); Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_card,
                      id, last_four_digits, first_six_digits, expiration_year, expiration_month, date_created,
                      date_last_updated, cardholder, bin);
};

// --- point_of_interaction ------------------------------------------------------------

/// The application a payment came from (`point_of_interaction.application_data`).
struct payment_application_data {
    optional<std::string> name{};  ///< application name; null in fixtures
    optional<std::string> version{};  ///< application version; null in fixtures
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_application_data, name, version);
};

/// `bank_info.payer`. Undeclared `id`, `external_account_id` stay in `extra`.
struct payment_bank_info_payer {
    optional<std::string> email{};  ///< e-mail of the paying account
    /// the paying bank account's id; declared integer, but values above 2^63-1 arrive as text: kept as text
    optional<std::string> account_id{};
    /// the name reported for the paying account (bank or holder: not specified); null in fixtures
    optional<std::string> long_name{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_bank_info_payer, email, account_id, long_name);
};

/// `bank_info.collector`. Undeclared `account_holder_name`, `transfer_account_id` stay in `extra`.
struct payment_bank_info_collector {
    /// the receiving (seller's) account id, as text: may exceed int64, like payer.account_id
    optional<std::string> account_id{};
    optional<std::string> long_name{};  ///< the name reported for the receiving account; null in fixtures
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_bank_info_collector, account_id, long_name);
};

/// `transaction_data.bank_info`. Undeclared `origin_bank_id`, `origin_wallet_id` stay in `extra`.
struct payment_bank_info {
    optional<payment_bank_info_payer> payer{};  ///< the paying bank account
    optional<payment_bank_info_collector> collector{};  ///< the receiving (seller's) bank account
    /// bool (Go) or string (Java/.NET/Node): bool reads both true and "true", and the text form is written back.
    optional<bool> is_same_bank_account_owner{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_bank_info, payer, collector, is_same_bank_account_owner);
};

/// Where a recurring charge sits in its subscription (`transaction_data.subscription_sequence`).
struct payment_subscription_sequence {
    optional<int> number{};  ///< this charge's number in the sequence
    optional<int> total{};  ///< how many charges the sequence has
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_subscription_sequence, number, total);
};

/// The billing period a recurring charge covers (`transaction_data.invoice_period`).
struct payment_invoice_period {
    optional<int> period{};  ///< length of the period, in units of type
    optional<std::string> type{};  ///< unit of period, e.g. monthly (plain text)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_invoice_period, period, type);
};

/// `{id}` objects of transaction_data (`payment_reference`, `reference`).
struct payment_transaction_reference {
    optional<std::string> id{};  ///< the referenced id, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_transaction_reference, id);
};

/// `point_of_interaction.transaction_data`: Pix QR code, bank transfer data,
/// recurring-payment data.
struct payment_transaction_data {
    optional<std::string> qr_code{};         ///< Pix copy-and-paste code
    optional<std::string> qr_code_base64{};  ///< PNG image, base64, several KB
    optional<std::string> transaction_id{};  ///< the bank's or processor's transaction id, as text; null in fixtures
    /// id of the bank transfer; an integer here (text in transaction_details)
    optional<std::int64_t> bank_transfer_id{};
    /// Declared integer here but a string in transaction_details; text reads both without failing.
    optional<std::string> financial_institution{};
    optional<payment_bank_info> bank_info{};  ///< paying and receiving bank accounts (Pix, bank transfers)
    /// Mercado Pago page that shows the buyer how to pay (Pix QR code, transfer data)
    optional<std::string> ticket_url{};
    /// recurring charges: whether this is the first use of the stored payment credential
    optional<bool> first_time_use{};
    /// recurring charges: which charge of how many this is
    optional<payment_subscription_sequence> subscription_sequence{};
    optional<std::string> subscription_id{};  ///< recurring charges: the merchant's subscription id, as text
    optional<payment_invoice_period> invoice_period{};  ///< recurring charges: the period this charge covers
    /// recurring charges: a `{id}` reference to a related payment
    optional<payment_transaction_reference> payment_reference{};
    /// recurring charges: the billing date; declared a string, a timestamp keeps any text (date-only too)
    optional<timestamp> billing_date{};
    optional<bool> first_transaction{};  ///< recurring charges: whether this is the first charge of the series
    /// card-on-file data: how the credential is stored, as text; values not documented here
    optional<std::string> storage{};
    /// card-on-file data: who initiated the charge, as text; values not documented here
    optional<std::string> transaction_initiator{};
    optional<payment_transaction_reference> reference{};  ///< a `{id}` reference; meaning not documented
    optional<bool> user_present{};  ///< whether the buyer was present for the charge; .NET only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_transaction_data,
                      qr_code, qr_code_base64, transaction_id, bank_transfer_id, financial_institution, bank_info,
                      ticket_url, first_time_use, subscription_sequence, subscription_id, invoice_period,
                      payment_reference, billing_date, first_transaction, storage, transaction_initiator, reference,
                      user_present);
};

/// The business line that handled a payment (`point_of_interaction.business_info`; Node only).
struct payment_business_info {
    optional<std::string> unit{};  ///< business unit, e.g. "online_payments"
    optional<std::string> sub_unit{};  ///< sub-unit, e.g. "default"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_business_info, unit, sub_unit);
};

/// `point_of_interaction`; `{}` on plain card payments. Undeclared `location` stays in `extra`.
struct payment_point_of_interaction {
    optional<std::string> type{};  ///< OPENPLATFORM, UNSPECIFIED, SUBSCRIPTIONS, …
    optional<std::string> sub_type{};  ///< refines type; plain text
    optional<std::string> linked_to{};  ///< what the interaction is linked to, e.g. "openfinance"; plain text
    optional<payment_application_data> application_data{};  ///< the application the payment came from
    optional<payment_transaction_data> transaction_data{};  ///< Pix QR code, bank-transfer and recurring-charge data
    optional<payment_business_info> business_info{};  ///< the business unit that handled the payment; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_point_of_interaction,
                      type, sub_type, linked_to, application_data, transaction_data, business_info);
};

// --- payment_method (boleto rules and references) ------------------------------------

/// An early-payment discount of a boleto (`payment_method.data.rules.discounts`).
struct payment_discount {
    optional<std::string> type{};  ///< how value applies: "fixed" (an amount) or "percentage"
    optional<decimal> value{};  ///< the discount: an amount or a percentage, per type
    optional<timestamp> limit_date{};  ///< last day the discount applies; date only ("2022-10-25")
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_discount, type, value, limit_date);
};

/// `rules.fine` and `rules.interest`: a type and a value.
struct payment_penalty {
    optional<std::string> type{};  ///< how value applies: "fixed" (an amount) or "percentage"
    optional<decimal> value{};  ///< the penalty: an amount or a percentage, per type
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_penalty, type, value);
};

/// Boleto rules for early or late payment (`payment_method.data.rules`).
struct payment_rules {
    optional<std::vector<payment_discount>> discounts{};  ///< discounts for paying early
    optional<payment_penalty> fine{};  ///< fine for paying late
    optional<payment_penalty> interest{};  ///< interest for paying late
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_rules, discounts, fine, interest);
};

/// Routing data of a payment method (`payment_method.data.routing_data`; Node only).
struct payment_routing_data {
    optional<std::string> merchant_account_id{};  ///< merchant account the payment is routed to
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_routing_data, merchant_account_id);
};

/// `payment_method.data`: boleto rules and the method's references.
struct payment_payment_method_data {
    optional<payment_rules> rules{};  ///< discount, fine and interest rules (boleto)
    optional<std::string> reference_id{};  ///< a reference the payment method assigns, as text; format not documented
    /// an external reference of the payment method, as text; format not documented
    optional<std::string> external_reference_id{};
    /// URL of a resource of the method (such as a voucher); see also transaction_details
    optional<std::string> external_resource_url{};
    optional<payment_routing_data> routing_data{};  ///< routing data; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_payment_method_data,
                      rules, reference_id, external_reference_id, external_resource_url, routing_data);
};

/// `payment.payment_method` (named so as not to clash with the payment-method
/// catalogue entry). Undeclared `forward_data` stays in `extra`.
struct payment_payment_method {
    optional<std::string> id{};  ///< method id, as in payment_method_id ("master", "pix", "bolbradesco", …)
    optional<std::string> type{};  ///< method type, as in payment_type_id ("credit_card", "ticket", …), as plain text
    optional<std::string> issuer_id{};  ///< card issuer id, as text
    optional<payment_payment_method_data> data{};  ///< boleto rules and method references
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_payment_method, id, type, issuer_id, data);
};

// --- 3DS, expanded, amounts, forward data, back urls, charges -----------------------------

/// 3DS challenge data: open `external_resource_url` posting `creq`.
struct payment_three_ds_info {
    /// the card issuer's challenge page (ACS URL) to open for the buyer
    optional<std::string> external_resource_url{};
    optional<std::string> creq{};  ///< the challenge request (base64url text) to post to external_resource_url
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_three_ds_info, external_resource_url, creq);
};

/// `expanded.gateway.reference`: network references of the gateway.
struct payment_gateway_reference {
    /// the card network's transaction id; sent only when the request asks to expand gateway.reference
    optional<std::string> network_transaction_id{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_gateway_reference, network_transaction_id);
};

/// `expanded.gateway`: gateway data, sent only when a request asks to expand it.
struct payment_expanded_gateway {
    optional<payment_gateway_reference> reference{};  ///< network references
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_expanded_gateway, reference);
};

/// `expanded`: nodes the API fills only when a request asks to expand them (X-Expand-Responde-Nodes header).
struct payment_expanded {
    optional<payment_expanded_gateway> gateway{};  ///< gateway data
    optional<free_form> reference{};  ///< Java declares an object of unknown shape: kept as JSON
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_expanded, gateway, reference);
};

/// Amounts in the payer's currency (`amounts.payer`).
struct payment_amounts_payer {
    optional<std::string> currency_id{};  ///< ISO 4217 code of the payer's currency
    optional<decimal> transaction{};  ///< the transaction amount in that currency
    optional<decimal> total_paid{};  ///< what the payer paid in total, in that currency
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_amounts_payer, currency_id, transaction, total_paid);
};

/// Amounts in the seller's currency (`amounts.collector`).
struct payment_amounts_collector {
    optional<std::string> currency_id{};  ///< ISO 4217 code of the seller's currency
    optional<decimal> transaction{};  ///< the transaction amount in that currency
    optional<decimal> net_received{};  ///< what the seller receives after fees, in that currency
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_amounts_collector, currency_id, transaction, net_received);
};

/// Amounts in the payer's and the collector's currencies (cross-border).
struct payment_amounts {
    optional<payment_amounts_payer> payer{};  ///< the payer's side
    optional<payment_amounts_collector> collector{};  ///< the seller's side
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_amounts, payer, collector);
};

/// A payment facilitator's sub-merchant (Go only in responses).
struct payment_sub_merchant {
    optional<std::string> sub_merchant_id{};  ///< the facilitator's id for the sub-merchant
    optional<std::string> mcc{};  ///< merchant category code (4 digits), as text
    optional<std::string> country{};  ///< the sub-merchant's country
    optional<std::string> zip{};  ///< the sub-merchant's postal code
    optional<std::string> document_number{};  ///< the sub-merchant's tax or identity document number
    optional<std::string> city{};  ///< the sub-merchant's city
    optional<std::string> address_street{};  ///< the sub-merchant's street
    optional<std::string> legal_name{};  ///< the sub-merchant's registered legal name
    optional<std::string> region_code_iso{};  ///< the sub-merchant's region (state) code in ISO form
    optional<std::string> region_code{};  ///< the sub-merchant's region (state) code
    optional<std::string> document_type{};  ///< type of document_number (e.g. "CNPJ")
    optional<std::string> phone{};  ///< the sub-merchant's phone number, as text
    optional<std::string> url{};  ///< the sub-merchant's website
    optional<std::int64_t> address_door_number{};  ///< the sub-merchant's house number; an integer on the wire
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_sub_merchant,
                      sub_merchant_id, mcc, country, zip, document_number, city, address_street, legal_name,
                      region_code_iso, region_code, document_type, phone, url, address_door_number);
};

/// `forward_data`: data a payment facilitator forwards with a payment.
struct payment_forward_data {
    optional<payment_sub_merchant> sub_merchant{};  ///< the facilitator's sub-merchant that made the sale
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_forward_data, sub_merchant);
};

/// Where the buyer returns after paying (`back_urls`; declared by Go only).
struct payment_back_urls {
    optional<std::string> success{};  ///< page for an approved payment
    optional<std::string> pending{};  ///< page for a pending payment
    optional<std::string> failure{};  ///< page for a rejected or failed payment
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_back_urls, success, pending, failure);
};

/// The accounts a charge moves money between (`charges_details.accounts`).
struct payment_charge_accounts {
    optional<std::string> from{};  ///< account the charge is taken from
    optional<std::string> to{};  ///< account the charge is paid to
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_charge_accounts, from, to);
};

/// Amounts of a charge (`charges_details.amounts`).
struct payment_charge_amounts {
    optional<decimal> original{};  ///< amount charged
    optional<decimal> refunded{};  ///< part of it refunded
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_charge_amounts, original, refunded);
};

/// One entry of `charges_details` (declared by Node only; `[]` in fixtures).
struct payment_charges_detail {
    optional<std::string> id{};  ///< the charge's id, as text
    optional<std::string> name{};  ///< the charge's name; values not documented
    optional<std::string> type{};  ///< the charge's type; plain text
    optional<payment_charge_accounts> accounts{};  ///< accounts the charge moves money between
    optional<std::int64_t> client_id{};  ///< a client (application) id, an integer; meaning not documented
    optional<timestamp> date_created{};  ///< Node declares a string; a timestamp keeps any text
    optional<timestamp> last_updated{};  ///< when the charge last changed
    optional<payment_charge_amounts> amounts{};  ///< original and refunded amounts
    optional<free_form> metadata{};    ///< free-form
    optional<free_form> reserve_id{};  ///< declared free-form
    optional<std::vector<free_form>> refund_charges{};  ///< element shape not declared
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_charges_detail,
                      id, name, type, accounts, client_id, date_created, last_updated, amounts, metadata, reserve_id,
                      refund_charges);
};

// --- the payment -----------------------------------------------------------------------

/// A payment: what create, get, update (capture, cancel) and each search result return. Every member is optional, since
/// the API omits, nulls or blanks fields freely.
struct payment {
    optional<std::int64_t> id{};  ///< the payment's id, assigned by Mercado Pago; exceeds 2^31 (17014025134)
    optional<timestamp> date_created{};  ///< when the payment was created
    optional<timestamp> date_approved{};  ///< when the payment was approved; null until then
    optional<timestamp> date_last_updated{};  ///< when the payment last changed (status, refunds, …)
    /// when a pending payment expires; null on card payments, set on Pix/boleto
    optional<timestamp> date_of_expiration{};
    /// when the money becomes available to the seller; "" is read as absent (and written back as "")
    optional<timestamp> money_release_date{};
    /// how the money is released to the seller; plain text, null in fixtures
    optional<std::string> money_release_schema{};
    /// whether the seller's money is released yet; plain text, null in fixtures
    optional<std::string> money_release_status{};
    /// kind of operation: regular_payment, recurring_payment, … (open set: text)
    optional<std::string> operation_type{};
    optional<std::string> issuer_id{};  ///< card issuer id; a string on the wire ("24")
    optional<std::string> payment_method_id{};  ///< method used: visa, master, pix, bolbradesco, pse, …
    /// kind of method (credit_card, ticket, bank_transfer, …); open set: unknown values are kept
    optional<payment_type> payment_type_id{};
    /// state of the payment (pending, approved, rejected, …); open set: unknown values are kept
    optional<payment_status> status{};
    /// why the payment is in its status (accredited, cc_rejected_…); open set: unknown values are kept
    optional<payment_status_detail> status_detail{};
    optional<std::string> currency_id{};  ///< ISO 4217 currency code of the amounts: ARS, BRL, … (open: text)
    optional<std::string> description{};  ///< the description sent with the payment
    optional<bool> live_mode{};  ///< whether the payment was made in production rather than sandbox mode
    optional<std::int64_t> sponsor_id{};  ///< Mercado Pago account id of a sponsoring platform; usually null
    /// the issuer's authorization code of a card payment (e.g. "301299"); null otherwise
    optional<std::string> authorization_code{};
    /// certified-integrator id, as the X-Integrator-Id header sent it; usually null
    optional<std::string> integrator_id{};
    optional<std::string> platform_id{};  ///< platform id, as the X-Platform-Id header sent it; usually null
    optional<std::string> corporation_id{};  ///< corporation id, as the X-Corporation-Id header sent it; usually null
    optional<std::int64_t> collector_id{};  ///< Mercado Pago user id of the seller who receives the money
    optional<payment_payer> payer{};  ///< the buyer; search results may send `[]`, which reads as absent
    optional<free_form> metadata{};  ///< free-form, as the integrator sent it
    /// items, buyer and delivery details sent for fraud prevention
    optional<payment_additional_info> additional_info{};
    optional<payment_order> order{};  ///< the merchant order the payment belongs to; `{}` when none
    /// the merchant's own reference (e.g. an order number), as sent on create; searchable
    optional<std::string> external_reference{};
    optional<decimal> transaction_amount{};  ///< amount charged, in currency_id, before financing interest
    optional<decimal> transaction_amount_refunded{};  ///< total refunded so far, in currency_id
    optional<decimal> coupon_amount{};  ///< discount granted by a coupon, in currency_id
    /// id of a differential-pricing setting; int or string across SDKs (deprecated): text keeps both
    optional<std::string> differential_pricing_id{};
    optional<int> installments{};  ///< number of installments (1 for non-card methods)
    /// net and total amounts, voucher URL and bank references
    optional<payment_transaction_details> transaction_details{};
    optional<std::vector<payment_fee_detail>> fee_details{};  ///< fees charged on the payment; may be empty
    optional<bool> captured{};  ///< may be false on an approved payment: do not infer it from status
    optional<bool> binary_mode{};  ///< when true the payment can only end approved or rejected, never pending
    /// reference for authorizing the charge with the issuer by phone; usually null
    optional<std::string> call_for_authorize_id{};
    optional<std::string> statement_descriptor{};  ///< how the charge appears on the buyer's card statement
    optional<payment_card> card{};  ///< the card used; `{}` for non-card payments
    optional<std::string> notification_url{};  ///< URL that receives this payment's webhooks, as sent on create
    optional<std::string> callback_url{};  ///< where the buyer is sent back after paying by bank transfer (e.g. PSE)
    /// processing model: aggregator (Mercado Pago's acquiring) or gateway (the seller's own merchant accounts)
    optional<std::string> processing_mode{};
    optional<std::string> merchant_account_id{};  ///< merchant account used in gateway mode; null in fixtures
    optional<std::string> merchant_number{};  ///< merchant number used in gateway mode; null in fixtures
    optional<std::string> coupon_code{};  ///< code of the coupon applied
    optional<decimal> net_amount{};  ///< amount net of taxes (see taxes); null in fixtures
    /// id of the payment method option used, as text; format not documented
    optional<std::string> payment_method_option_id{};
    optional<std::vector<payment_tax>> taxes{};  ///< taxes applied (e.g. IVA)
    optional<decimal> taxes_amount{};  ///< total of the taxes, in currency_id
    /// Object (Java/.NET/Go) or string (Node); usually null. Kept as JSON so no
    /// form fails the payment; decode the object with payment_counter_currency.
    optional<free_form> counter_currency{};
    optional<decimal> shipping_amount{};  ///< shipping cost, in currency_id
    optional<std::string> pos_id{};  ///< the merchant's point-of-sale id (in-store payments); searchable
    optional<std::string> store_id{};  ///< the merchant's store id (in-store payments); searchable
    /// plain text declared by Java, Go and Node; null in fixtures, meaning not documented
    optional<std::string> deduction_schema{};
    optional<std::vector<refund>> refunds{};  ///< refunds of this payment; `[]` when none
    /// channel data: Pix QR code, bank transfer, recurring charges; `{}` on plain card payments
    optional<payment_point_of_interaction> point_of_interaction{};
    optional<payment_payment_method> payment_method{};  ///< the method used, with boleto rules and references
    /// the 3DS challenge to show the buyer when status_detail is pending_challenge
    optional<payment_three_ds_info> three_ds_info{};
    optional<free_form> internal_metadata{};  ///< free-form; keys may start with a digit ("3ds_status")
    optional<payment_expanded> expanded{};  ///< nodes filled only when the request asks to expand them
    optional<payment_amounts> amounts{};  ///< amounts in the payer's and the seller's currencies (cross-border)
    optional<std::int64_t> campaign_id{};  ///< id of a discount campaign; .NET only
    optional<payment_forward_data> forward_data{};  ///< payment-facilitator data (sub-merchant)
    optional<payment_back_urls> back_urls{};  ///< return URLs for the buyer; Go only
    optional<std::string> device_identifier{};  ///< an identifier of the buyer's device, as text; declared by Go only
    optional<std::string> device_id{};  ///< the buyer's device id (fraud prevention), as text; declared by Go only
    optional<std::string> build_version{};  ///< a build version string; Node only
    optional<std::vector<payment_charges_detail>> charges_details{};  ///< charges applied to the payment; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

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
