// Request bodies of the payment endpoints (shared reference models.md §2.1–2.3).
//
// Only what the caller sets is sent: an empty optional is omitted, never
// written as null. A non-optional member is required: encoding always writes
// it and decoding a body without it fails (`transaction_amount`). Nested
// objects reuse the response types of payment.hpp where the request shape is
// the same or a subset (items, additional_info.payer, point_of_interaction,
// transaction_details, order, taxes, amounts); the rest are payment_request_*.
//
//     mercadopago::payment_create_request req{
//         .transaction_amount = mercadopago::decimal("100.50"),
//         .token = token,
//         .payment_method_id = "master",
//         .installments = 1,
//         .capture = false,  // authorise only; capture later with payment_update_request
//     };
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/identification.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/models/payment_status.hpp>
#include <mercadopago/models/phone.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

// --- payer ---------------------------------------------------------------------

/// The payer's address as a create request sends it (more detail than responses echo).
struct payment_request_address {
    optional<std::string> zip_code{};  ///< postal code, as text
    optional<std::string> street_name{};  ///< street name, without the house number
    optional<std::string> street_number{};  ///< house number, as text
    optional<std::string> neighborhood{};  ///< neighborhood (bairro)
    optional<std::string> city{};  ///< city name
    optional<std::string> federal_unit{};  ///< Brazilian state code, e.g. "SP"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_address, zip_code, street_name, street_number, neighborhood, city, federal_unit);
};

/// The buyer as a create request sends it (`payer`).
struct payment_request_payer {
    optional<std::string> type{};  ///< who pays: "customer" (a saved customer: set id), "guest" or "registered"
    optional<std::string> id{};  ///< the customer id when type is "customer"
    optional<std::string> email{};  ///< the buyer's e-mail address
    optional<std::string> first_name{};  ///< the buyer's given name
    optional<std::string> last_name{};  ///< the buyer's family name
    optional<std::string> entity_type{};  ///< kind of buyer: "individual" or "association"
    /// the buyer's identity document (type such as CPF or DNI, and number)
    optional<mercadopago::identification> identification{};
    optional<mercadopago::phone> phone{};  ///< the buyer's phone (area code, number)
    optional<payment_request_address> address{};  ///< the buyer's postal address
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_payer,
                      type, id, email, first_name, last_name, entity_type, identification, phone, address);
};

// --- additional_info ---------------------------------------------------------------

/// `additional_info.shipments` of a request: also says how the goods travel.
struct payment_request_shipments {
    optional<payment_receiver_address> receiver_address{};  ///< the delivery address
    optional<bool> local_pickup{};  ///< true when the buyer collects the goods in person
    optional<bool> express_shipment{};  ///< true for express delivery
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_shipments, receiver_address, local_pickup, express_shipment);
};

/// Data for fraud prevention; the more is sent, the better the approval rate.
struct payment_request_additional_info {
    optional<std::string> ip_address{};  ///< the buyer's IP address (fraud prevention)
    optional<std::vector<payment_item>> items{};  ///< what is bought: one entry per item
    /// buyer details for risk analysis (registration, last purchase, …)
    optional<payment_additional_info_payer> payer{};
    optional<payment_request_shipments> shipments{};  ///< delivery address and mode
    optional<payment_barcode> barcode{};  ///< a barcode object; Go only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_additional_info, ip_address, items, payer, shipments, barcode);
};

// --- payment_method: externally authenticated 3DS ------------------------------------

/// Result of a 3DS authentication done outside Mercado Pago.
struct payment_request_authentication {
    optional<std::string> acs_trans_id{};  ///< transaction id given by the issuer's access control server (ACS)
    optional<std::string> authentication_status{};  ///< outcome of the authentication, as the 3DS server reported it
    optional<std::string> cryptogram{};  ///< the authentication value (cryptogram) that proves the authentication
    optional<std::string> ds_trans_id{};  ///< transaction id given by the card network's directory server
    optional<std::string> eci{};  ///< electronic commerce indicator, as text (e.g. "05")
    optional<std::string> three_ds_server_trans_id{};  ///< transaction id given by the 3DS server
    optional<std::string> three_ds_version{};  ///< 3DS protocol version, e.g. "2.1.0"
    optional<std::string> type{};  ///< kind of authentication, as text; values not documented here
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_authentication,
                      acs_trans_id, authentication_status, cryptogram, ds_trans_id, eci, three_ds_server_trans_id,
                      three_ds_version, type);
};

/// `payment_method.data` of a create request.
struct payment_request_payment_method_data {
    optional<payment_request_authentication> authentication{};  ///< the external 3DS result
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_payment_method_data, authentication);
};

/// `payment_method` of a create request: carries a 3DS authentication done outside Mercado Pago.
struct payment_request_payment_method {
    optional<std::string> type{};  ///< payment method type, as text
    optional<payment_request_payment_method_data> data{};  ///< the authentication data
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_payment_method, type, data);
};

// --- forward_data (payment facilitators) ----------------------------------------------

/// A payment facilitator's sub-merchant, sent in `forward_data`.
struct payment_request_sub_merchant {
    optional<std::string> sub_merchant_id{};  ///< the facilitator's id for the sub-merchant
    optional<std::string> mcc{};  ///< merchant category code (4 digits), as text
    optional<std::string> country{};  ///< the sub-merchant's country
    optional<std::int64_t> address_door_number{};  ///< the sub-merchant's house number; an integer on the wire
    optional<std::string> zip{};  ///< the sub-merchant's postal code
    optional<std::string> document_number{};  ///< the sub-merchant's tax or identity document number
    optional<std::string> city{};  ///< the sub-merchant's city
    optional<std::string> address_street{};  ///< the sub-merchant's street
    optional<std::string> business_name{};  ///< the sub-merchant's trade name
    optional<std::string> region_code_iso{};  ///< the sub-merchant's region (state) code in ISO form
    optional<std::string> region_code{};  ///< the sub-merchant's region (state) code
    optional<std::string> document_type{};  ///< type of document_number (e.g. "CNPJ")
    optional<std::string> phone{};  ///< the sub-merchant's phone number, as text
    optional<std::string> url{};  ///< the sub-merchant's website
    optional<std::string> legal_name{};  ///< the sub-merchant's registered legal name
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_sub_merchant,
                      sub_merchant_id, mcc, country, address_door_number, zip, document_number, city, address_street,
                      business_name, region_code_iso, region_code, document_type, phone, url, legal_name);
};

/// Card-network data forwarded with a payment (`forward_data.network_transaction_data`).
struct payment_request_network_transaction_data {
    optional<std::string> network_transaction_id{};  ///< a transaction id issued by the card network, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_network_transaction_data, network_transaction_id);
};

/// `forward_data` of a create request: payment-facilitator and card-network data.
struct payment_request_forward_data {
    optional<payment_request_sub_merchant> sub_merchant{};  ///< the facilitator's sub-merchant making the sale
    optional<payment_request_network_transaction_data> network_transaction_data{};  ///< card-network transaction data
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_request_forward_data, sub_merchant, network_transaction_data);
};

// --- POST /v1/payments -----------------------------------------------------------------

/// Body of `POST /v1/payments`. Set what the payment method needs (a card payment: token, payment_method_id,
/// installments, payer.email); unset members are not sent.
struct payment_create_request {
    decimal transaction_amount{};  ///< amount to charge, in the site's currency; required: the only non-optional member
    optional<std::string> token{};  ///< single-use card token; card payments only
    optional<std::string> payment_method_id{};  ///< method id: "visa", "master", "pix", "bolbradesco", "pse", …
    optional<int> installments{};  ///< 1 for non-card methods
    optional<std::string> issuer_id{};  ///< card issuer id; Java/Go/.NET send a string, Node a number
    optional<std::string> description{};  ///< description of the purchase
    /// your own reference (e.g. an order id); returned on the payment and searchable
    optional<std::string> external_reference{};
    optional<std::string> statement_descriptor{};  ///< text shown on the buyer's card statement
    optional<std::string> callback_url{};  ///< where the buyer returns after paying by bank transfer (e.g. PSE)
    /// URL that receives this payment's webhooks; must be a valid URL (cause 4020)
    optional<std::string> notification_url{};
    optional<bool> capture{};  ///< optional<bool>, so `false` (authorise only) is sent and unset is omitted
    optional<bool> binary_mode{};  ///< true: the payment ends approved or rejected, never pending
    /// when a pending payment (Pix, boleto) expires; format yyyy-MM-dd'T'HH:mm:ss.SSSZ
    optional<timestamp> date_of_expiration{};
    optional<free_form> metadata{};  ///< free-form, but it must be an object
    /// "not_supported" (default) or "optional": a 3DS challenge may answer pending_challenge
    optional<std::string> three_d_secure_mode{};
    optional<payment_request_payer> payer{};  ///< the buyer
    /// items, buyer and delivery details for fraud prevention
    optional<payment_request_additional_info> additional_info{};
    optional<decimal> application_fee{};  ///< the marketplace's commission on this payment, 0 ≤ fee ≤ amount
    optional<std::int64_t> campaign_id{};  ///< discount campaign id; Java/.NET/Go send an integer (Node a string)
    optional<decimal> coupon_amount{};  ///< discount granted by a coupon
    optional<std::string> coupon_code{};  ///< code of the coupon applied
    optional<std::int64_t> differential_pricing_id{};  ///< id of a differential-pricing setting; deprecated
    optional<std::int64_t> sponsor_id{};  ///< Mercado Pago account id of a sponsoring platform
    /// channel and recurring-charge data (subscription sequence, references, …)
    optional<payment_point_of_interaction> point_of_interaction{};
    optional<payment_transaction_details> transaction_details{};  ///< `{financial_institution}` for PSE
    optional<payment_request_payment_method> payment_method{};  ///< a 3DS authentication done outside Mercado Pago
    optional<payment_request_forward_data> forward_data{};  ///< payment-facilitator and card-network data
    optional<std::string> merchant_account_id{};  ///< merchant account to process with (gateway mode)
    optional<free_form> merchant_services{};  ///< shape not documented: sent as given
    optional<decimal> net_amount{};  ///< amount net of taxes (see taxes)
    optional<payment_order> order{};  ///< the merchant order to attach the payment to
    /// id of a payment method option, as text; format not documented
    optional<std::string> payment_method_option_id{};
    optional<std::string> processing_mode{};  ///< processing model: "aggregator" or "gateway"
    optional<std::vector<payment_tax>> taxes{};  ///< taxes to apply (e.g. IVA)
    optional<payment_amounts> amounts{};  ///< amounts in the payer's and the seller's currencies (cross-border)
    /// currency conversion data; an object in every SDK that sends it
    optional<payment_counter_currency> counter_currency{};
    optional<std::string> marketplace{};  ///< marketplace id; .NET only
    optional<std::string> device_id{};    ///< Go only (the X-meli-session-id header is the usual channel)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_create_request,
                      transaction_amount, token, payment_method_id, installments, issuer_id, description,
                      external_reference, statement_descriptor, callback_url, notification_url, capture, binary_mode,
                      date_of_expiration, metadata, three_d_secure_mode, payer, additional_info, application_fee,
                      campaign_id, coupon_amount, coupon_code, differential_pricing_id, sponsor_id,
                      point_of_interaction, transaction_details, payment_method, forward_data, merchant_account_id,
                      merchant_services, net_amount, order, payment_method_option_id, processing_mode, taxes, amounts,
                      counter_currency, marketplace, device_id);
};

// --- PUT /v1/payments/{id} -------------------------------------------------------------

/// Capture (`capture = true`, optionally a smaller `transaction_amount`) or
/// cancel (`status = payment_status::cancelled`) a payment.
struct payment_update_request {
    /// set to cancel: only "cancelled" is accepted, from pending/in_process/authorized
    optional<payment_status> status{};
    optional<bool> capture{};  ///< true captures an authorized payment (status authorized)
    optional<decimal> transaction_amount{};  ///< with capture: partial capture, at most the authorised amount
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_update_request, status, capture, transaction_amount);
};

// --- POST /v1/payments/{id}/refunds -------------------------------------------------------

/// Empty (`{}`) refunds the whole payment; `amount` set refunds that part.
struct refund_create_request {
    optional<decimal> amount{};  ///< part to refund, in the payment's currency; unset refunds the whole payment
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(refund_create_request, amount);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(payment_request_address, payment_request_payer, payment_request_shipments,
                   payment_request_additional_info, payment_request_authentication, payment_request_payment_method_data,
                   payment_request_payment_method, payment_request_sub_merchant,
                   payment_request_network_transaction_data, payment_request_forward_data, payment_create_request,
                   payment_update_request, refund_create_request);

}  // namespace mercadopago
