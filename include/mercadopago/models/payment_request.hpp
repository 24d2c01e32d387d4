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
    optional<std::string> zip_code{};
    optional<std::string> street_name{};
    optional<std::string> street_number{};
    optional<std::string> neighborhood{};
    optional<std::string> city{};
    optional<std::string> federal_unit{};  ///< Brazilian state code, e.g. "SP"
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_address, zip_code, street_name, street_number, neighborhood, city, federal_unit);
};

struct payment_request_payer {
    optional<std::string> type{};  ///< customer, guest, registered
    optional<std::string> id{};    ///< the customer id when type is "customer"
    optional<std::string> email{};
    optional<std::string> first_name{};
    optional<std::string> last_name{};
    optional<std::string> entity_type{};  ///< individual, association
    optional<mercadopago::identification> identification{};
    optional<mercadopago::phone> phone{};
    optional<payment_request_address> address{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_payer,
                      type, id, email, first_name, last_name, entity_type, identification, phone, address);
};

// --- additional_info ---------------------------------------------------------------

/// `additional_info.shipments` of a request: also says how the goods travel.
struct payment_request_shipments {
    optional<payment_receiver_address> receiver_address{};
    optional<bool> local_pickup{};
    optional<bool> express_shipment{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_shipments, receiver_address, local_pickup, express_shipment);
};

/// Data for fraud prevention; the more is sent, the better the approval rate.
struct payment_request_additional_info {
    optional<std::string> ip_address{};
    optional<std::vector<payment_item>> items{};
    optional<payment_additional_info_payer> payer{};
    optional<payment_request_shipments> shipments{};
    optional<payment_barcode> barcode{};  ///< Go only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_additional_info, ip_address, items, payer, shipments, barcode);
};

// --- payment_method: externally authenticated 3DS ------------------------------------

/// Result of a 3DS authentication done outside Mercado Pago.
struct payment_request_authentication {
    optional<std::string> acs_trans_id{};
    optional<std::string> authentication_status{};
    optional<std::string> cryptogram{};
    optional<std::string> ds_trans_id{};
    optional<std::string> eci{};
    optional<std::string> three_ds_server_trans_id{};
    optional<std::string> three_ds_version{};
    optional<std::string> type{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_authentication,
                      acs_trans_id, authentication_status, cryptogram, ds_trans_id, eci, three_ds_server_trans_id,
                      three_ds_version, type);
};

struct payment_request_payment_method_data {
    optional<payment_request_authentication> authentication{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_payment_method_data, authentication);
};

struct payment_request_payment_method {
    optional<std::string> type{};
    optional<payment_request_payment_method_data> data{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_payment_method, type, data);
};

// --- forward_data (payment facilitators) ----------------------------------------------

struct payment_request_sub_merchant {
    optional<std::string> sub_merchant_id{};
    optional<std::string> mcc{};
    optional<std::string> country{};
    optional<std::int64_t> address_door_number{};  ///< an integer on the wire
    optional<std::string> zip{};
    optional<std::string> document_number{};
    optional<std::string> city{};
    optional<std::string> address_street{};
    optional<std::string> business_name{};
    optional<std::string> region_code_iso{};
    optional<std::string> region_code{};
    optional<std::string> document_type{};
    optional<std::string> phone{};
    optional<std::string> url{};
    optional<std::string> legal_name{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_sub_merchant,
                      sub_merchant_id, mcc, country, address_door_number, zip, document_number, city, address_street,
                      business_name, region_code_iso, region_code, document_type, phone, url, legal_name);
};

struct payment_request_network_transaction_data {
    optional<std::string> network_transaction_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_network_transaction_data, network_transaction_id);
};

struct payment_request_forward_data {
    optional<payment_request_sub_merchant> sub_merchant{};
    optional<payment_request_network_transaction_data> network_transaction_data{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_request_forward_data, sub_merchant, network_transaction_data);
};

// --- POST /v1/payments -----------------------------------------------------------------

struct payment_create_request {
    decimal transaction_amount{};  ///< required: the only non-optional member
    optional<std::string> token{};  ///< single-use card token
    optional<std::string> payment_method_id{};
    optional<int> installments{};  ///< 1 for non-card methods
    optional<std::string> issuer_id{};  ///< Java/Go/.NET send a string; Node a number
    optional<std::string> description{};
    optional<std::string> external_reference{};
    optional<std::string> statement_descriptor{};
    optional<std::string> callback_url{};
    optional<std::string> notification_url{};  ///< must be a valid URL (cause 4020)
    optional<bool> capture{};  ///< optional<bool>, so `false` (authorise only) is sent and unset is omitted
    optional<bool> binary_mode{};
    optional<timestamp> date_of_expiration{};  ///< format yyyy-MM-dd'T'HH:mm:ss.SSSZ
    optional<free_form> metadata{};  ///< free-form, but it must be an object
    optional<std::string> three_d_secure_mode{};  ///< not_supported (default), optional
    optional<payment_request_payer> payer{};
    optional<payment_request_additional_info> additional_info{};
    optional<decimal> application_fee{};  ///< marketplace fee, 0 ≤ fee ≤ amount
    optional<std::int64_t> campaign_id{};  ///< Java/.NET/Go send an integer (Node a string)
    optional<decimal> coupon_amount{};
    optional<std::string> coupon_code{};
    optional<std::int64_t> differential_pricing_id{};  ///< deprecated
    optional<std::int64_t> sponsor_id{};
    optional<payment_point_of_interaction> point_of_interaction{};
    optional<payment_transaction_details> transaction_details{};  ///< `{financial_institution}` for PSE
    optional<payment_request_payment_method> payment_method{};
    optional<payment_request_forward_data> forward_data{};
    optional<std::string> merchant_account_id{};
    optional<free_form> merchant_services{};  ///< shape not documented: sent as given
    optional<decimal> net_amount{};
    optional<payment_order> order{};
    optional<std::string> payment_method_option_id{};
    optional<std::string> processing_mode{};  ///< aggregator, gateway
    optional<std::vector<payment_tax>> taxes{};
    optional<payment_amounts> amounts{};
    optional<payment_counter_currency> counter_currency{};  ///< an object in every SDK that sends it
    optional<std::string> marketplace{};  ///< .NET only
    optional<std::string> device_id{};    ///< Go only (the X-meli-session-id header is the usual channel)
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
    optional<payment_status> status{};  ///< only "cancelled" is accepted, from pending/in_process/authorized
    optional<bool> capture{};
    optional<decimal> transaction_amount{};  ///< with capture: partial capture, ≤ the authorised amount
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_update_request, status, capture, transaction_amount);
};

// --- POST /v1/payments/{id}/refunds -------------------------------------------------------

/// Empty (`{}`) refunds the whole payment; `amount` set refunds that part.
struct refund_create_request {
    optional<decimal> amount{};
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
