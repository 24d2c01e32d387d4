// A merchant order (`GET/POST/PUT /merchant_orders…`, and each element of
// `GET /merchant_orders/search`; shared reference models.md "Merchant order"):
// what a Checkout Pro buyer ordered, and the payments and shipments made
// for it. The `merchant_order` notification topic names one.
//
// Conventions, as in payment.hpp: ids are std::int64_t (they exceed 2^31),
// money is `decimal` (`206.02`, `0`, `0.0` each written back as it came),
// dates are `timestamp`, and `status`/`order_status` are open enums
// (merchant_order_status.hpp). Bodies range from full (every key, `payer`
// null) to compact (no payments, shipments or payer at all); absent and null
// both read as empty optionals, and a null is written back as null. The
// undeclared `payouts` (`[]` in every fixture) stays in `extra`.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/merchant_order_status.hpp>
#include <mercadopago/models/payment_status.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/timestamp.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The buyer: null until known, then `{id, nickname}` (and an undeclared
/// `email`, null in the fixture that has it).
struct merchant_order_payer {
    optional<std::int64_t> id{};  ///< 0 when set by hand without a user
    optional<std::string> nickname{};
    optional<std::string> email{};  ///< declared by no SDK
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_payer, id, nickname, email);
};

/// The seller.
struct merchant_order_collector {
    optional<std::int64_t> id{};
    optional<std::string> nickname{};
    optional<std::string> email{};  ///< declared by no SDK; `""` in the fixtures
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_collector, id, nickname, email);
};

/// A payment made for the order: a summary of the payment (`/v1/payments/{id}`).
struct merchant_order_payment {
    optional<std::int64_t> id{};
    optional<decimal> transaction_amount{};
    optional<decimal> total_paid_amount{};
    optional<decimal> shipping_cost{};
    optional<decimal> amount_refunded{};
    optional<std::string> currency_id{};
    optional<payment_status> status{};        ///< the payment vocabulary
    optional<std::string> status_details{};   ///< plural here, unlike a payment's status_detail
    optional<std::string> operation_type{};   ///< regular_payment, payment_addition, …
    optional<timestamp> date_approved{};
    optional<timestamp> date_created{};
    optional<timestamp> last_modified{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_payment, id, transaction_amount, total_paid_amount, shipping_cost,
                       amount_refunded, currency_id, status, status_details, operation_type, date_approved,
                       date_created, last_modified);
};

/// One item of the order; also sent in merchant_order_request.
struct merchant_order_item {
    optional<std::string> id{};  ///< compact bodies leave it out
    optional<std::string> title{};
    optional<std::string> description{};
    optional<std::string> picture_url{};
    optional<std::string> category_id{};
    optional<std::int64_t> quantity{};
    optional<decimal> unit_price{};
    optional<std::string> currency_id{};
    // Node's `pictureUrl`/`categoryId` are declaration slips, never on the
    // wire: were they sent, they would land in `extra`.
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_item, id, title, description, picture_url, category_id, quantity, unit_price,
                       currency_id);
};

// --- shipments -----------------------------------------------------------------

/// `{id, name}` of the receiver's city, state or country.
struct merchant_order_place {
    optional<std::string> id{};
    optional<std::string> name{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_place, id, name);
};

struct merchant_order_receiver_address {
    optional<std::int64_t> id{};
    optional<std::string> address_line{};
    optional<std::string> street_name{};
    optional<std::string> street_number{};
    optional<std::string> floor{};
    optional<std::string> apartment{};
    optional<std::string> zip_code{};
    optional<merchant_order_place> city{};
    optional<merchant_order_place> state{};
    optional<merchant_order_place> country{};
    optional<std::string> comment{};
    optional<std::string> contact{};
    optional<std::string> phone{};
    optional<std::string> latitude{};   ///< text, as declared
    optional<std::string> longitude{};  ///< text, as declared
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_receiver_address, id, address_line, street_name, street_number, floor,
                       apartment, zip_code, city, state, country, comment, contact, phone, latitude, longitude);
};

struct merchant_order_estimated_delivery {
    optional<timestamp> date{};
    optional<std::string> time_from{};  ///< a time of day, not a date
    optional<std::string> time_to{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_estimated_delivery, date, time_from, time_to);
};

/// Handling and shipping times.
struct merchant_order_speed {
    optional<std::int64_t> handling{};
    optional<std::int64_t> shipping{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_speed, handling, shipping);
};

/// The shipping option the buyer chose.
struct merchant_order_shipping_option {
    optional<std::int64_t> id{};
    optional<std::string> name{};
    optional<decimal> cost{};
    optional<decimal> list_cost{};
    optional<std::string> currency_id{};
    optional<std::int64_t> shipping_method_id{};
    optional<merchant_order_estimated_delivery> estimated_delivery{};
    optional<merchant_order_speed> speed{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_shipping_option, id, name, cost, list_cost, currency_id, shipping_method_id,
                       estimated_delivery, speed);
};

struct merchant_order_shipment {
    optional<std::int64_t> id{};
    optional<std::string> shipping_type{};
    optional<std::string> shipping_mode{};
    optional<std::string> picking_type{};
    optional<std::string> status{};
    optional<std::string> shipping_substatus{};
    optional<std::string> shipping_sub_status{};  ///< Node's spelling, a distinct key
    /// An array of objects (Java, .NET, Go) or an object (Node): kept as JSON.
    optional<free_form> items{};
    optional<timestamp> date_created{};
    optional<timestamp> last_modified{};
    optional<timestamp> date_first_printed{};
    optional<std::string> service_id{};
    optional<std::int64_t> sender_id{};
    optional<std::int64_t> receiver_id{};
    optional<merchant_order_receiver_address> receiver_address{};
    optional<merchant_order_shipping_option> shipping_option{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_shipment, id, shipping_type, shipping_mode, picking_type, status,
                       shipping_substatus, shipping_sub_status, items, date_created, last_modified, date_first_printed,
                       service_id, sender_id, receiver_id, receiver_address, shipping_option);
};

// --- the merchant order ----------------------------------------------------------

struct merchant_order {
    optional<std::int64_t> id{};  ///< exceeds 2^31 (11223344550)
    optional<merchant_order_status> status{};
    optional<merchant_order_order_status> order_status{};  ///< hand-written bodies may leave it out
    optional<std::string> preference_id{};
    optional<std::string> application_id{};
    optional<std::string> site_id{};
    optional<merchant_order_payer> payer{};  ///< null until a buyer is known
    optional<merchant_order_collector> collector{};
    optional<std::string> sponsor_id{};  ///< integer or string across SDKs: text keeps both
    optional<std::vector<merchant_order_payment>> payments{};
    optional<decimal> paid_amount{};
    optional<decimal> refunded_amount{};
    optional<decimal> shipping_cost{};
    optional<decimal> total_amount{};
    optional<bool> cancelled{};
    optional<std::vector<merchant_order_item>> items{};
    optional<std::vector<merchant_order_shipment>> shipments{};
    optional<std::string> notification_url{};
    optional<std::string> additional_info{};
    optional<std::string> external_reference{};
    optional<std::string> marketplace{};  ///< "NONE", "" or "MP-MKT-…"
    optional<bool> is_test{};             ///< Node only
    optional<timestamp> date_created{};
    optional<timestamp> last_updated{};
    optional<timestamp> date_last_updated{};  ///< .NET's name for last_updated
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order, id, status, order_status, preference_id, application_id, site_id, payer,
                       collector, sponsor_id, payments, paid_amount, refunded_amount, shipping_cost, total_amount,
                       cancelled, items, shipments, notification_url, additional_info, external_reference, marketplace,
                       is_test, date_created, last_updated, date_last_updated);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(merchant_order_payer, merchant_order_collector, merchant_order_payment, merchant_order_item,
                   merchant_order_place, merchant_order_receiver_address, merchant_order_estimated_delivery,
                   merchant_order_speed, merchant_order_shipping_option, merchant_order_shipment, merchant_order);

}  // namespace mercadopago
