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

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/identification.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/models/payment_status.hpp>
#include <mercadopago/models/phone.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mercadopago {

// --- payer ---------------------------------------------------------------------

/// The payer's address as a create request sends it (more detail than responses echo).
struct payment_request_address {
    std::optional<std::string> zip_code{};
    std::optional<std::string> street_name{};
    std::optional<std::string> street_number{};
    std::optional<std::string> neighborhood{};
    std::optional<std::string> city{};
    std::optional<std::string> federal_unit{};  ///< Brazilian state code, e.g. "SP"
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_address, zip_code, street_name, street_number, neighborhood, city, federal_unit);
};

struct payment_request_payer {
    std::optional<std::string> type{};  ///< customer, guest, registered
    std::optional<std::string> id{};    ///< the customer id when type is "customer"
    std::optional<std::string> email{};
    std::optional<std::string> first_name{};
    std::optional<std::string> last_name{};
    std::optional<std::string> entity_type{};  ///< individual, association
    std::optional<mercadopago::identification> identification{};
    std::optional<mercadopago::phone> phone{};
    std::optional<payment_request_address> address{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_payer,
                      type, id, email, first_name, last_name, entity_type, identification, phone, address);
};

// --- additional_info ---------------------------------------------------------------

/// `additional_info.shipments` of a request: also says how the goods travel.
struct payment_request_shipments {
    std::optional<payment_receiver_address> receiver_address{};
    std::optional<bool> local_pickup{};
    std::optional<bool> express_shipment{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_shipments, receiver_address, local_pickup, express_shipment);
};

/// Data for fraud prevention; the more is sent, the better the approval rate.
struct payment_request_additional_info {
    std::optional<std::string> ip_address{};
    std::optional<std::vector<payment_item>> items{};
    std::optional<payment_additional_info_payer> payer{};
    std::optional<payment_request_shipments> shipments{};
    std::optional<payment_barcode> barcode{};  ///< Go only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_additional_info, ip_address, items, payer, shipments, barcode);
};

// --- payment_method: externally authenticated 3DS ------------------------------------

/// Result of a 3DS authentication done outside Mercado Pago.
struct payment_request_authentication {
    std::optional<std::string> acs_trans_id{};
    std::optional<std::string> authentication_status{};
    std::optional<std::string> cryptogram{};
    std::optional<std::string> ds_trans_id{};
    std::optional<std::string> eci{};
    std::optional<std::string> three_ds_server_trans_id{};
    std::optional<std::string> three_ds_version{};
    std::optional<std::string> type{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_authentication,
                      acs_trans_id, authentication_status, cryptogram, ds_trans_id, eci, three_ds_server_trans_id,
                      three_ds_version, type);
};

struct payment_request_payment_method_data {
    std::optional<payment_request_authentication> authentication{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_payment_method_data, authentication);
};

struct payment_request_payment_method {
    std::optional<std::string> type{};
    std::optional<payment_request_payment_method_data> data{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_payment_method, type, data);
};

// --- forward_data (payment facilitators) ----------------------------------------------

struct payment_request_sub_merchant {
    std::optional<std::string> sub_merchant_id{};
    std::optional<std::string> mcc{};
    std::optional<std::string> country{};
    std::optional<std::int64_t> address_door_number{};  ///< an integer on the wire
    std::optional<std::string> zip{};
    std::optional<std::string> document_number{};
    std::optional<std::string> city{};
    std::optional<std::string> address_street{};
    std::optional<std::string> business_name{};
    std::optional<std::string> region_code_iso{};
    std::optional<std::string> region_code{};
    std::optional<std::string> document_type{};
    std::optional<std::string> phone{};
    std::optional<std::string> url{};
    std::optional<std::string> legal_name{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_sub_merchant,
                      sub_merchant_id, mcc, country, address_door_number, zip, document_number, city, address_street,
                      business_name, region_code_iso, region_code, document_type, phone, url, legal_name);
};

struct payment_request_network_transaction_data {
    std::optional<std::string> network_transaction_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_network_transaction_data, network_transaction_id);
};

struct payment_request_forward_data {
    std::optional<payment_request_sub_merchant> sub_merchant{};
    std::optional<payment_request_network_transaction_data> network_transaction_data{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_forward_data, sub_merchant, network_transaction_data);
};

// --- POST /v1/payments -----------------------------------------------------------------

struct payment_create_request {
    decimal transaction_amount{};  ///< required: the only non-optional member
    std::optional<std::string> token{};  ///< single-use card token
    std::optional<std::string> payment_method_id{};
    std::optional<int> installments{};  ///< 1 for non-card methods
    std::optional<std::string> issuer_id{};  ///< Java/Go/.NET send a string; Node a number
    std::optional<std::string> description{};
    std::optional<std::string> external_reference{};
    std::optional<std::string> statement_descriptor{};
    std::optional<std::string> callback_url{};
    std::optional<std::string> notification_url{};  ///< must be a valid URL (cause 4020)
    std::optional<bool> capture{};  ///< optional<bool>, so `false` (authorise only) is sent and unset is omitted
    std::optional<bool> binary_mode{};
    std::optional<timestamp> date_of_expiration{};  ///< format yyyy-MM-dd'T'HH:mm:ss.SSSZ
    std::optional<free_form> metadata{};  ///< free-form, but it must be an object
    std::optional<std::string> three_d_secure_mode{};  ///< not_supported (default), optional
    std::optional<payment_request_payer> payer{};
    std::optional<payment_request_additional_info> additional_info{};
    std::optional<decimal> application_fee{};  ///< marketplace fee, 0 ≤ fee ≤ amount
    std::optional<std::int64_t> campaign_id{};  ///< Java/.NET/Go send an integer (Node a string)
    std::optional<decimal> coupon_amount{};
    std::optional<std::string> coupon_code{};
    std::optional<std::int64_t> differential_pricing_id{};  ///< deprecated
    std::optional<std::int64_t> sponsor_id{};
    std::optional<payment_point_of_interaction> point_of_interaction{};
    std::optional<payment_transaction_details> transaction_details{};  ///< `{financial_institution}` for PSE
    std::optional<payment_request_payment_method> payment_method{};
    std::optional<payment_request_forward_data> forward_data{};
    std::optional<std::string> merchant_account_id{};
    std::optional<free_form> merchant_services{};  ///< shape not documented: sent as given
    std::optional<decimal> net_amount{};
    std::optional<payment_order> order{};
    std::optional<std::string> payment_method_option_id{};
    std::optional<std::string> processing_mode{};  ///< aggregator, gateway
    std::optional<std::vector<payment_tax>> taxes{};
    std::optional<payment_amounts> amounts{};
    std::optional<payment_counter_currency> counter_currency{};  ///< an object in every SDK that sends it
    std::optional<std::string> marketplace{};  ///< .NET only
    std::optional<std::string> device_id{};    ///< Go only (the X-meli-session-id header is the usual channel)
    extra_fields extra{};

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
    std::optional<payment_status> status{};  ///< only "cancelled" is accepted, from pending/in_process/authorized
    std::optional<bool> capture{};
    std::optional<decimal> transaction_amount{};  ///< with capture: partial capture, ≤ the authorised amount
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_update_request, status, capture, transaction_amount);
};

// --- POST /v1/payments/{id}/refunds -------------------------------------------------------

/// Empty (`{}`) refunds the whole payment; `amount` set refunds that part.
struct refund_create_request {
    std::optional<decimal> amount{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(refund_create_request, amount);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(payment_request_address, payment_request_payer, payment_request_shipments,
                   payment_request_additional_info, payment_request_authentication, payment_request_payment_method_data,
                   payment_request_payment_method, payment_request_sub_merchant,
                   payment_request_network_transaction_data, payment_request_forward_data, payment_create_request,
                   payment_update_request, refund_create_request);

}  // namespace mercadopago
