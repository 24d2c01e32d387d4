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

/// A postal address in the Orders API: the payer's, or a shipment's in a create request. Every part is text.
struct order_address {
    optional<std::string> street_name{};  ///< street name, without the house number
    optional<std::string> street_number{};  ///< house number, as text
    optional<std::string> zip_code{};  ///< postal code, as text (leading zeros kept)
    optional<std::string> neighborhood{};  ///< neighbourhood or district (the bairro of Brazilian addresses)
    optional<std::string> state{};  ///< state or province, as text
    optional<std::string> city{};  ///< city name
    optional<std::string> complement{};  ///< rest of the address: apartment, floor, block, …
    optional<std::string> country{};  ///< country, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_address, street_name, street_number, zip_code, neighborhood, state, city, complement,
                       country);
};

/// The buyer. With test credentials the API (and the sandbox) requires an
/// e-mail ending in `@testuser.com`.
struct order_payer {
    /// Id of a saved customer (`/v1/customers`), e.g. to pay with one of their cards.
    optional<std::string> customer_id{};
    optional<std::string> entity_type{};  ///< `individual` or `association`; other values are kept as sent
    /// Buyer's e-mail; with test credentials it must end in `@testuser.com` (else 400 `invalid_email_for_sandbox`).
    optional<std::string> email{};
    optional<std::string> first_name{};  ///< buyer's given name
    optional<std::string> last_name{};  ///< buyer's family name
    optional<mercadopago::phone> phone{};  ///< buyer's phone: area code and number, both text
    /// Buyer's identity document: type (CPF, DNI, …) and number.
    optional<mercadopago::identification> identification{};
    optional<order_address> address{};  ///< buyer's postal address
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_payer, customer_id, entity_type, email, first_name, last_name, phone, identification,
                       address);
};

/// One line of an order: what is sold, its unit price and how many.
struct order_item {
    optional<std::string> id{};  ///< item id, as text (declared only by the Java SDK)
    optional<std::string> title{};  ///< item name, as the buyer sees it
    /// Price of one unit in the order's currency; a decimal string on the wire ("100.00").
    optional<decimal> unit_price{};
    optional<std::int64_t> quantity{};  ///< number of units (a JSON integer)
    optional<std::string> external_code{};  ///< the seller's own code for the item (SKU or similar)
    optional<std::string> category_id{};  ///< item category id, as text
    optional<std::string> type{};  ///< item type, as text
    optional<std::string> description{};  ///< longer description of the item
    optional<std::string> picture_url{};  ///< URL of a picture of the item
    /// Whether the item has a warranty; the Go SDK declares text, and `"true"`/`"false"` also read.
    optional<bool> warranty{};
    optional<std::string> event_date{};  ///< date of the event the item is a ticket for, as text
    optional<std::string> unit_measure{};  ///< unit the quantity counts, e.g. `unit` or `pack`
    /// Further categories of the item, each `{"id": …}`, kept as JSON.
    optional<std::vector<free_form>> external_categories{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_item, id, title, unit_price, quantity, external_code, category_id, type, description,
                       picture_url, warranty, event_date, unit_measure, external_categories);
};

/// The sponsor of the integration: `{id}`.
struct order_integration_sponsor {
    optional<std::string> id{};  ///< sponsor's id, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_integration_sponsor, id);
};

/// Who built the integration that made the order; every id is text.
struct order_integration_data {
    optional<std::string> application_id{};  ///< id of the Mercado Pago application that made the order
    optional<std::string> corporation_id{};  ///< id of the corporation the integration belongs to
    optional<std::string> integrator_id{};  ///< id of the integrator (developer) who built the integration
    optional<std::string> platform_id{};  ///< id of the e-commerce platform the integration runs on
    optional<order_integration_sponsor> sponsor{};  ///< the sponsor, `{id}`
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_integration_data, application_id, corporation_id, integrator_id, platform_id, sponsor);
};

// --- config ---------------------------------------------------------------------

/// Which installment counts the buyer pays without interest.
struct order_interest_free {
    optional<std::string> type{};  ///< `range`, `list` or `none`: how `values` is read
    /// Installment counts (integers) the offer covers, read as `type` says.
    optional<std::vector<std::int64_t>> values{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_interest_free, type, values);
};

/// Installment options offered at checkout.
struct order_installments_config {
    optional<order_interest_free> interest_free{};  ///< installments without interest
    optional<free_form> available{};  ///< installments on offer, kept as JSON (`{type}` in the SDKs)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_installments_config, interest_free, available);
};

/// Which payment methods and how many installments checkout offers.
struct order_config_payment_method {
    /// Payment method ids the buyer may not use (`visa`, `pix`, …).
    optional<std::vector<std::string>> not_allowed_ids{};
    /// Payment types the buyer may not use (`credit_card`, `ticket`, …).
    optional<std::vector<std::string>> not_allowed_types{};
    optional<std::string> default_id{};  ///< payment method id selected at first
    optional<std::string> default_type{};  ///< payment type selected at first
    optional<std::int64_t> max_installments{};  ///< most installments the buyer may choose
    optional<std::int64_t> min_installments{};  ///< fewest installments the buyer may choose
    optional<std::int64_t> default_installments{};  ///< installment count selected at first
    /// Who bears the cost of installments, as text (e.g. `seller`, `buyer`).
    optional<std::string> installments_cost{};
    optional<order_installments_config> installments{};  ///< interest-free and available installments
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_config_payment_method, not_allowed_ids, not_allowed_types, default_id, default_type,
                       max_installments, min_installments, default_installments, installments_cost, installments);
};

/// Whether a failed payment may be tried again.
struct order_retries {
    optional<bool> allowed{};  ///< true when another payment attempt is allowed after one fails
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_retries, allowed);
};

/// 3-D Secure of a card payment: when to authenticate the buyer (in requests), and the
/// authentication to complete (in answers).
struct order_transaction_security {
    optional<std::string> id{};  ///< id of the authentication, in answers
    /// Page where the buyer completes the authentication (challenge), when one is needed.
    optional<std::string> url{};
    optional<std::string> validation{};  ///< when to authenticate: `always`, `on_fraud_risk` or `never`
    /// `required` or `preferred`: whether fraud liability must move to the card issuer.
    optional<std::string> liability_shift{};
    optional<std::string> type{};  ///< kind of authentication, as text
    optional<std::string> status{};  ///< state of the authentication, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_transaction_security, id, url, validation, liability_shift, type, status);
};

/// Where the buyer goes back to (Checkout Pro via Orders) and when.
struct order_config_online {
    /// Return URL of online checkout: where the buyer lands after a step off the seller's site.
    optional<std::string> callback_url{};
    optional<std::string> success_url{};  ///< where the buyer goes after an approved payment
    optional<std::string> pending_url{};  ///< where the buyer goes when the payment is still pending
    optional<std::string> failure_url{};  ///< where the buyer goes after a failed payment
    optional<std::string> auto_return_url{};  ///< where the buyer is sent back to automatically (see `auto_return`)
    optional<std::string> auto_return{};  ///< `approved` or `all`: which outcomes send the buyer back without a click
    optional<std::string> available_from{};  ///< when the checkout becomes available, as text
    /// Who may pay, e.g. `account_only`: only buyers with a Mercado Pago account.
    optional<std::string> allowed_user_type{};
    optional<order_retries> retries{};  ///< whether a failed payment may be retried
    /// Conversion trackers, each `{type, values{conversion_id, conversion_label, pixel_id}}`, as JSON.
    optional<std::vector<free_form>> tracks{};
    /// Pricing scheme `{id}`; the id is a number or a string, by SDK, so it is kept as JSON.
    optional<free_form> differential_pricing{};
    optional<order_transaction_security> transaction_security{};  ///< 3-D Secure settings
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_config_online, callback_url, success_url, pending_url, failure_url, auto_return_url,
                       auto_return, available_from, allowed_user_type, retries, tracks, differential_pricing,
                       transaction_security);
};

/// Checkout settings of an order: payment methods, online return URLs, statement text.
struct order_config {
    optional<order_config_payment_method> payment_method{};  ///< which payment methods and installments are offered
    optional<order_config_online> online{};  ///< return URLs and other settings of online checkout
    optional<std::string> statement_descriptor{};  ///< text shown on the buyer's card statement
    /// Default due date of the order's payments, as text (declared by the Go SDK).
    optional<std::string> default_payment_due_date{};
    optional<free_form> point{};  ///< settings for Point card terminals, kept as JSON (declared by the Java SDK)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_config, payment_method, online, statement_descriptor, default_payment_due_date, point);
};

// --- transactions -----------------------------------------------------------------

/// How a payment of an order is (or was) paid.
struct order_payment_method {
    optional<std::string> id{};  ///< payment method: `master`, `visa`, `pix`, `boleto`, …
    optional<std::string> type{};  ///< payment type: `credit_card`, `debit_card`, `bank_transfer`, `ticket`, …
    optional<std::string> token{};  ///< single-use card token made on the buyer's side with the public key
    optional<std::string> card_id{};  ///< id of a saved card of the customer, used instead of a new card
    optional<std::int64_t> installments{};  ///< number of installments (1 for a single charge)
    optional<std::string> statement_descriptor{};  ///< text shown on the buyer's card statement
    optional<std::string> issuer_id{};  ///< card issuer id, as text (`"701"`); seen in answers, declared by no SDK
    optional<std::string> ticket_url{};  ///< page of the ticket (boleto, cash voucher) the buyer pays with
    optional<std::string> barcode_content{};  ///< digits encoded in the ticket's barcode
    optional<std::string> reference{};  ///< payment reference of a ticket or transfer, as text
    optional<std::string> reference_id{};  ///< reference id of the payment method, as text (not in the Java SDK)
    optional<std::string> verification_code{};  ///< verification code of the payment, as text
    optional<std::string> financial_institution{};  ///< bank or institution of a transfer, as text
    optional<std::string> qr_code{};  ///< QR code text (Pix copy-and-paste code) the buyer pays with
    optional<std::string> qr_code_base64{};  ///< the same QR code as a base64 PNG image; several KB
    optional<std::string> digitable_line{};  ///< typeable line of a boleto (the digits a buyer enters to pay it)
    optional<std::string> e2e_id{};  ///< Pix end-to-end id of the transfer (not in the Java SDK)
    optional<std::string> redirect_url{};  ///< page the buyer must visit to finish the payment
    optional<order_transaction_security> transaction_security{};  ///< 3-D Secure settings and state
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_payment_method, id, type, token, card_id, installments, statement_descriptor, issuer_id,
                       ticket_url, barcode_content, reference, reference_id, verification_code, financial_institution,
                       qr_code, qr_code_base64, digitable_line, e2e_id, redirect_url, transaction_security);
};

/// An automatic charge of a stored payment profile.
struct order_automatic_payments {
    optional<std::string> payment_profile_id{};  ///< id of the stored payment profile to charge
    optional<std::int64_t> retries{};  ///< number of retries of the charge (integer)
    optional<std::string> schedule_date{};  ///< when the charge is scheduled, as text
    optional<std::string> due_date{};  ///< due date of the charge, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_automatic_payments, payment_profile_id, retries, schedule_date, due_date);
};

/// A payment with a card kept on file (recurring or merchant-initiated charges).
struct order_stored_credential {
    optional<std::string> payment_initiator{};  ///< `customer` or `merchant`: who starts this charge
    optional<std::string> reason{};  ///< why the stored card is charged, as text
    optional<bool> store_payment_method{};  ///< true to keep the card for later charges
    optional<bool> first_payment{};  ///< true on the first charge of a series
    /// Reference of an earlier charge of the series (declared by the Node SDK).
    optional<std::string> prev_transaction_ref{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_stored_credential, payment_initiator, reason, store_payment_method, first_payment,
                       prev_transaction_ref);
};

/// Which charge of a subscription this is: `number` of `total`.
struct order_subscription_sequence {
    optional<std::int64_t> number{};  ///< position of this charge in the series
    optional<std::int64_t> total{};  ///< number of charges in the series
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_subscription_sequence, number, total);
};

/// The billing period of a subscription charge.
struct order_invoice_period {
    optional<std::string> type{};  ///< unit of the period: `month`, …
    optional<std::int64_t> period{};  ///< length of the period, counted in `type` units
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_invoice_period, type, period);
};

/// Subscription details of a recurring payment.
struct order_subscription_data {
    optional<order_subscription_sequence> subscription_sequence{};  ///< which charge of the series this is
    optional<std::string> invoice_id{};  ///< id of the invoice this charge pays, as text
    optional<order_invoice_period> invoice_period{};  ///< billing period of this charge
    optional<std::string> billing_date{};  ///< billing date, a date only ("2024-09-02"), as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_subscription_data, subscription_sequence, invoice_id, invoice_period, billing_date);
};

/// One payment of an order (`transactions.payments[]`).
struct order_payment {
    optional<std::string> id{};  ///< pay_…: the transaction id of update, delete and partial refund
    optional<std::string> reference_id{};  ///< reference id of the payment, as text
    /// Payment status, in the order vocabulary (`processed`, `failed`, `action_required`, …).
    optional<order_status> status{};
    /// Why: `accredited`, `waiting_capture`, a decline reason such as `rejected_by_issuer`, …
    optional<order_status_detail> status_detail{};
    optional<decimal> amount{};  ///< amount to charge; a decimal string on the wire ("200.00")
    optional<decimal> paid_amount{};  ///< amount actually paid; a decimal string on the wire
    optional<decimal> refunded_amount{};  ///< amount refunded so far; a decimal string on the wire
    optional<std::string> currency{};  ///< ISO 4217 currency code (`BRL`); seen in answers, declared by no SDK
    optional<std::string> provider{};  ///< the payment `provider`, as text (every SDK declares it)
    optional<std::int64_t> attempt_number{};  ///< number of attempts made (integer)
    optional<free_form> attempts{};  ///< an array of attempts (one SDK declares a single object)
    optional<std::string> date_of_expiration{};  ///< when an unpaid ticket or Pix payment expires, as text
    /// How long the payment stays payable: an ISO-8601 duration (`P3D`) or a date-time.
    optional<std::string> expiration_time{};
    optional<order_payment_method> payment_method{};  ///< how it is paid, and the ticket or QR code to show the buyer
    optional<order_automatic_payments> automatic_payments{};  ///< automatic charge of a stored payment profile
    optional<order_stored_credential> stored_credential{};  ///< use of a card kept on file
    optional<order_subscription_data> subscription_data{};  ///< subscription details of a recurring charge
    /// Discounts applied to this payment, each `{type, …}`, kept as JSON.
    optional<std::vector<free_form>> discounts{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_payment, id, reference_id, status, status_detail, amount, paid_amount, refunded_amount,
                       currency, provider, attempt_number, attempts, date_of_expiration, expiration_time,
                       payment_method, automatic_payments, stored_credential, subscription_data, discounts);
};

/// One refund of an order (`transactions.refunds[]`).
struct order_refund {
    optional<std::string> id{};  ///< refund id (`ref_…`), assigned by Mercado Pago
    optional<std::string> transaction_id{};  ///< the refunded payment's id
    optional<std::string> reference_id{};  ///< reference id of the refund, as text
    optional<decimal> amount{};  ///< amount refunded; a decimal string on the wire
    optional<order_status> status{};  ///< refund status, in the order vocabulary (refunds show `processed`)
    optional<order_status_detail> status_detail{};  ///< detail of the refund status (declared by the Java SDK)
    optional<std::string> e2e_id{};  ///< Pix end-to-end id of the refund transfer (declared by the Node SDK)
    optional<free_form> items{};  ///< declared three different ways by the SDKs
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_refund, id, transaction_id, reference_id, amount, status, status_detail, e2e_id, items);
};

/// A chargeback (dispute) on a payment of the order.
struct order_chargeback {
    optional<std::string> id{};  ///< chargeback id, as text
    optional<std::string> transaction_id{};  ///< id of the disputed payment (`pay_…`)
    optional<std::string> case_id{};  ///< id of the dispute case, as text
    optional<std::string> status{};  ///< chargeback status, as text
    optional<std::vector<std::string>> references{};  ///< references of the chargeback, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_chargeback, id, transaction_id, case_id, status, references);
};

/// An order's transactions; also the body and answer of
/// `POST /v1/orders/{id}/transactions` (`{"payments":[…]}`).
struct order_transactions {
    optional<std::vector<order_payment>> payments{};  ///< the payments (an order takes at most two)
    optional<std::vector<order_refund>> refunds{};  ///< the refunds made on them
    optional<std::vector<order_chargeback>> chargebacks{};  ///< the chargebacks opened on them
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_transactions, payments, refunds, chargebacks);
};

// --- the rest ----------------------------------------------------------------------

/// A tax on the order.
struct order_tax {
    optional<std::string> payer_condition{};  ///< the payer's tax condition, as text
    optional<std::string> type{};  ///< kind of tax, as text (e.g. `IVA`)
    optional<decimal> value{};  ///< value of the tax; a decimal string on the wire
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_tax, payer_condition, type, value);
};

/// A discount for paying in a given way.
struct order_payment_method_discount {
    optional<std::string> type{};  ///< what the discount applies to, as text
    /// The order's total once the discount applies; a decimal string on the wire.
    optional<decimal> new_total_amount{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_payment_method_discount, type, new_total_amount);
};

/// Discounts offered on the order.
struct order_discounts {
    optional<std::vector<order_payment_method_discount>> payment_methods{};  ///< discounts by payment method
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_discounts, payment_methods);
};

/// What an in-store order answers besides the order itself.
struct order_type_response {
    optional<std::string> qr_data{};  ///< text to show as the QR code the buyer scans (in-store QR orders)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(order_type_response, qr_data);
};

/// An order of the Orders API.
struct order {
    optional<std::string> id{};  ///< order id, assigned by Mercado Pago (text: `01JAQD…`, `ORD01…`)
    optional<std::string> type{};  ///< `online`, `point` or `qr`
    optional<std::string> external_reference{};  ///< the seller's own reference for the order (e.g. its order number)
    /// Country, ISO 3166 alpha-3 (`ARG`, `BRA`, `MEX`); one hand-written body sends `BR`.
    optional<std::string> country_code{};
    optional<std::string> site_id{};  ///< Mercado Pago site (`MLB`, …); seen in answers, declared by no SDK
    /// `created`, `processing`, `processed`, `action_required`, `failed`, `canceled`, …
    optional<order_status> status{};
    /// Why: `accredited`, `waiting_payment`, `waiting_capture`, a decline reason, …
    optional<order_status_detail> status_detail{};
    /// `automatic`, `automatic_async` or `manual` (then `orders().capture()` it).
    optional<std::string> capture_mode{};
    optional<std::string> processing_mode{};  ///< `automatic` or `manual` (then `orders().process()` it)
    optional<std::string> user_id{};  ///< the seller's user id, as numeric text
    optional<std::string> client_token{};  ///< token for tokenising the buyer's card on the front end
    optional<decimal> total_amount{};  ///< amount to collect; a decimal string on the wire ("200.00")
    optional<decimal> total_paid_amount{};  ///< amount paid so far; a decimal string on the wire
    optional<decimal> marketplace_fee{};  ///< the marketplace's commission; a decimal string on the wire
    optional<std::string> description{};  ///< description of the purchase
    optional<std::string> marketplace{};  ///< marketplace the order is sold through, as text
    optional<std::string> currency{};  ///< ISO 4217 currency code (`BRL`, `ARS`, …)
    optional<std::string> checkout_url{};  ///< checkout page for the buyer, when the order has one
    optional<std::string> checkout_available_at{};  ///< when that checkout becomes available, as text
    optional<timestamp> created_date{};  ///< when the order was made (up to 9 fraction digits, kept as sent)
    optional<timestamp> last_updated_date{};  ///< when the order last changed
    /// How long the order stays payable: an ISO-8601 duration (`P3D`) or a date-time.
    optional<std::string> expiration_time{};
    optional<order_integration_data> integration_data{};  ///< who built the integration
    optional<order_payer> payer{};  ///< the buyer
    optional<std::vector<order_item>> items{};  ///< what is sold
    optional<order_config> config{};  ///< checkout settings
    /// Payments, refunds and chargebacks (short answers carry only some of them).
    optional<order_transactions> transactions{};
    optional<std::vector<order_tax>> taxes{};  ///< taxes on the order
    optional<order_discounts> discounts{};  ///< discounts on offer
    optional<order_type_response> type_response{};  ///< in-store extras: the QR data
    optional<free_form> additional_info{};  ///< further data, kept as JSON (declared by the Java SDK)
    optional<free_form> shipment{};  ///< shipping data, kept as JSON (declared by the .NET SDK)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
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
