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

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/merchant_order_status.hpp>
#include <mercadopago/models/payment_status.hpp>
#include <mercadopago/timestamp.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mercadopago {

/// The buyer: null until known, then `{id, nickname}` (and an undeclared
/// `email`, null in the fixture that has it).
struct merchant_order_payer {
    std::optional<std::int64_t> id{};  ///< 0 when set by hand without a user
    std::optional<std::string> nickname{};
    std::optional<std::string> email{};  ///< declared by no SDK
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_payer, id, nickname, email);
};

/// The seller.
struct merchant_order_collector {
    std::optional<std::int64_t> id{};
    std::optional<std::string> nickname{};
    std::optional<std::string> email{};  ///< declared by no SDK; `""` in the fixtures
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_collector, id, nickname, email);
};

/// A payment made for the order: a summary of the payment (`/v1/payments/{id}`).
struct merchant_order_payment {
    std::optional<std::int64_t> id{};
    std::optional<decimal> transaction_amount{};
    std::optional<decimal> total_paid_amount{};
    std::optional<decimal> shipping_cost{};
    std::optional<decimal> amount_refunded{};
    std::optional<std::string> currency_id{};
    std::optional<payment_status> status{};        ///< the payment vocabulary
    std::optional<std::string> status_details{};   ///< plural here, unlike a payment's status_detail
    std::optional<std::string> operation_type{};   ///< regular_payment, payment_addition, …
    std::optional<timestamp> date_approved{};
    std::optional<timestamp> date_created{};
    std::optional<timestamp> last_modified{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_payment, id, transaction_amount, total_paid_amount, shipping_cost,
                       amount_refunded, currency_id, status, status_details, operation_type, date_approved,
                       date_created, last_modified);
};

/// One item of the order; also sent in merchant_order_request.
struct merchant_order_item {
    std::optional<std::string> id{};  ///< compact bodies leave it out
    std::optional<std::string> title{};
    std::optional<std::string> description{};
    std::optional<std::string> picture_url{};
    std::optional<std::string> category_id{};
    std::optional<std::int64_t> quantity{};
    std::optional<decimal> unit_price{};
    std::optional<std::string> currency_id{};
    // Node's `pictureUrl`/`categoryId` are declaration slips, never on the
    // wire: were they sent, they would land in `extra`.
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_item, id, title, description, picture_url, category_id, quantity, unit_price,
                       currency_id);
};

// --- shipments -----------------------------------------------------------------

/// `{id, name}` of the receiver's city, state or country.
struct merchant_order_place {
    std::optional<std::string> id{};
    std::optional<std::string> name{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_place, id, name);
};

struct merchant_order_receiver_address {
    std::optional<std::int64_t> id{};
    std::optional<std::string> address_line{};
    std::optional<std::string> street_name{};
    std::optional<std::string> street_number{};
    std::optional<std::string> floor{};
    std::optional<std::string> apartment{};
    std::optional<std::string> zip_code{};
    std::optional<merchant_order_place> city{};
    std::optional<merchant_order_place> state{};
    std::optional<merchant_order_place> country{};
    std::optional<std::string> comment{};
    std::optional<std::string> contact{};
    std::optional<std::string> phone{};
    std::optional<std::string> latitude{};   ///< text, as declared
    std::optional<std::string> longitude{};  ///< text, as declared
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_receiver_address, id, address_line, street_name, street_number, floor,
                       apartment, zip_code, city, state, country, comment, contact, phone, latitude, longitude);
};

struct merchant_order_estimated_delivery {
    std::optional<timestamp> date{};
    std::optional<std::string> time_from{};  ///< a time of day, not a date
    std::optional<std::string> time_to{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_estimated_delivery, date, time_from, time_to);
};

/// Handling and shipping times.
struct merchant_order_speed {
    std::optional<std::int64_t> handling{};
    std::optional<std::int64_t> shipping{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_speed, handling, shipping);
};

/// The shipping option the buyer chose.
struct merchant_order_shipping_option {
    std::optional<std::int64_t> id{};
    std::optional<std::string> name{};
    std::optional<decimal> cost{};
    std::optional<decimal> list_cost{};
    std::optional<std::string> currency_id{};
    std::optional<std::int64_t> shipping_method_id{};
    std::optional<merchant_order_estimated_delivery> estimated_delivery{};
    std::optional<merchant_order_speed> speed{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_shipping_option, id, name, cost, list_cost, currency_id, shipping_method_id,
                       estimated_delivery, speed);
};

struct merchant_order_shipment {
    std::optional<std::int64_t> id{};
    std::optional<std::string> shipping_type{};
    std::optional<std::string> shipping_mode{};
    std::optional<std::string> picking_type{};
    std::optional<std::string> status{};
    std::optional<std::string> shipping_substatus{};
    std::optional<std::string> shipping_sub_status{};  ///< Node's spelling, a distinct key
    /// An array of objects (Java, .NET, Go) or an object (Node): kept as JSON.
    std::optional<free_form> items{};
    std::optional<timestamp> date_created{};
    std::optional<timestamp> last_modified{};
    std::optional<timestamp> date_first_printed{};
    std::optional<std::string> service_id{};
    std::optional<std::int64_t> sender_id{};
    std::optional<std::int64_t> receiver_id{};
    std::optional<merchant_order_receiver_address> receiver_address{};
    std::optional<merchant_order_shipping_option> shipping_option{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_shipment, id, shipping_type, shipping_mode, picking_type, status,
                       shipping_substatus, shipping_sub_status, items, date_created, last_modified, date_first_printed,
                       service_id, sender_id, receiver_id, receiver_address, shipping_option);
};

// --- the merchant order ----------------------------------------------------------

struct merchant_order {
    std::optional<std::int64_t> id{};  ///< exceeds 2^31 (11223344550)
    std::optional<merchant_order_status> status{};
    std::optional<merchant_order_order_status> order_status{};  ///< hand-written bodies may leave it out
    std::optional<std::string> preference_id{};
    std::optional<std::string> application_id{};
    std::optional<std::string> site_id{};
    std::optional<merchant_order_payer> payer{};  ///< null until a buyer is known
    std::optional<merchant_order_collector> collector{};
    std::optional<std::string> sponsor_id{};  ///< integer or string across SDKs: text keeps both
    std::optional<std::vector<merchant_order_payment>> payments{};
    std::optional<decimal> paid_amount{};
    std::optional<decimal> refunded_amount{};
    std::optional<decimal> shipping_cost{};
    std::optional<decimal> total_amount{};
    std::optional<bool> cancelled{};
    std::optional<std::vector<merchant_order_item>> items{};
    std::optional<std::vector<merchant_order_shipment>> shipments{};
    std::optional<std::string> notification_url{};
    std::optional<std::string> additional_info{};
    std::optional<std::string> external_reference{};
    std::optional<std::string> marketplace{};  ///< "NONE", "" or "MP-MKT-…"
    std::optional<bool> is_test{};             ///< Node only
    std::optional<timestamp> date_created{};
    std::optional<timestamp> last_updated{};
    std::optional<timestamp> date_last_updated{};  ///< .NET's name for last_updated
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
