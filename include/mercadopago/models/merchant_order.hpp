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
    optional<std::int64_t> id{};  ///< the buyer's user id (int64); 0 when set by hand without a user
    optional<std::string> nickname{};  ///< the buyer's nickname
    optional<std::string> email{};  ///< declared by no SDK
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_payer, id, nickname, email);
};

/// The seller.
struct merchant_order_collector {
    optional<std::int64_t> id{};  ///< the seller's user id (int64)
    optional<std::string> nickname{};  ///< the seller's nickname
    optional<std::string> email{};  ///< declared by no SDK; `""` in the fixtures
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_collector, id, nickname, email);
};

/// A payment made for the order: a summary of the payment (`/v1/payments/{id}`).
struct merchant_order_payment {
    optional<std::int64_t> id{};  ///< payment id (int64, exceeds 2^31): the full payment is at `/v1/payments/{id}`
    optional<decimal> transaction_amount{};  ///< amount of the payment (a JSON number, digits kept)
    optional<decimal> total_paid_amount{};  ///< amount the buyer paid in all (a JSON number, digits kept)
    optional<decimal> shipping_cost{};  ///< shipping part of the payment
    optional<decimal> amount_refunded{};  ///< amount refunded so far
    optional<std::string> currency_id{};  ///< ISO 4217 currency code (`BRL`, `ARS`, …)
    /// The payment's status, in the payment vocabulary (`approved`, `pending`, …).
    optional<payment_status> status{};
    /// The payment's status detail, as text (`accredited`, …); plural here, unlike a payment's status_detail.
    optional<std::string> status_details{};
    optional<std::string> operation_type{};   ///< regular_payment, payment_addition, …
    optional<timestamp> date_approved{};  ///< when the payment was approved
    optional<timestamp> date_created{};  ///< when the payment was made
    optional<timestamp> last_modified{};  ///< when the payment last changed
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_payment, id, transaction_amount, total_paid_amount, shipping_cost,
                       amount_refunded, currency_id, status, status_details, operation_type, date_approved,
                       date_created, last_modified);
};

/// One item of the order; also sent in merchant_order_request.
struct merchant_order_item {
    optional<std::string> id{};  ///< compact bodies leave it out
    optional<std::string> title{};  ///< item name
    optional<std::string> description{};  ///< longer description of the item
    optional<std::string> picture_url{};  ///< URL of a picture of the item
    optional<std::string> category_id{};  ///< item category id, as text
    optional<std::int64_t> quantity{};  ///< number of units (a JSON integer)
    optional<decimal> unit_price{};  ///< price of one unit in `currency_id` (a JSON number, digits kept)
    optional<std::string> currency_id{};  ///< ISO 4217 currency code
    // Node's `pictureUrl`/`categoryId` are declaration slips, never on the
    // wire: were they sent, they would land in `extra`.
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_item, id, title, description, picture_url, category_id, quantity, unit_price,
                       currency_id);
};

// --- shipments -----------------------------------------------------------------

/// `{id, name}` of the receiver's city, state or country.
struct merchant_order_place {
    optional<std::string> id{};  ///< the place's id, as text
    optional<std::string> name{};  ///< the place's name
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_place, id, name);
};

/// Where a shipment goes.
struct merchant_order_receiver_address {
    optional<std::int64_t> id{};  ///< address id (int64)
    optional<std::string> address_line{};  ///< street and number in one line
    optional<std::string> street_name{};  ///< street name, without the house number
    optional<std::string> street_number{};  ///< house number, as text
    optional<std::string> floor{};  ///< floor, as text
    optional<std::string> apartment{};  ///< apartment, as text
    optional<std::string> zip_code{};  ///< postal code, as text
    optional<merchant_order_place> city{};  ///< city, `{id, name}`
    optional<merchant_order_place> state{};  ///< state or province, `{id, name}`
    optional<merchant_order_place> country{};  ///< country, `{id, name}`
    optional<std::string> comment{};  ///< delivery notes, as text
    optional<std::string> contact{};  ///< who receives the goods, as text
    optional<std::string> phone{};  ///< contact phone, as text
    optional<std::string> latitude{};   ///< text, as declared
    optional<std::string> longitude{};  ///< text, as declared
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_receiver_address, id, address_line, street_name, street_number, floor,
                       apartment, zip_code, city, state, country, comment, contact, phone, latitude, longitude);
};

/// When a shipment should arrive.
struct merchant_order_estimated_delivery {
    optional<timestamp> date{};  ///< expected delivery date
    optional<std::string> time_from{};  ///< a time of day, not a date
    optional<std::string> time_to{};  ///< end of the delivery window, a time of day
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_estimated_delivery, date, time_from, time_to);
};

/// Handling and shipping times.
struct merchant_order_speed {
    optional<std::int64_t> handling{};  ///< handling time (integer; the unit is not documented)
    optional<std::int64_t> shipping{};  ///< transit time (integer; the unit is not documented)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_speed, handling, shipping);
};

/// The shipping option the buyer chose.
struct merchant_order_shipping_option {
    optional<std::int64_t> id{};  ///< id of the option (int64)
    optional<std::string> name{};  ///< name of the option, as the buyer saw it
    optional<decimal> cost{};  ///< what the buyer pays for shipping
    optional<decimal> list_cost{};  ///< list price of the shipping, before any discount
    optional<std::string> currency_id{};  ///< ISO 4217 currency code
    optional<std::int64_t> shipping_method_id{};  ///< id of the shipping method (int64)
    optional<merchant_order_estimated_delivery> estimated_delivery{};  ///< when the goods should arrive
    optional<merchant_order_speed> speed{};  ///< handling and shipping times
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_shipping_option, id, name, cost, list_cost, currency_id, shipping_method_id,
                       estimated_delivery, speed);
};

/// A shipment of the order's goods.
struct merchant_order_shipment {
    optional<std::int64_t> id{};  ///< shipment id (int64)
    optional<std::string> shipping_type{};  ///< shipping type, as text
    optional<std::string> shipping_mode{};  ///< shipping mode (`me2`, `custom`, …), as text
    optional<std::string> picking_type{};  ///< how the goods are picked up, as text
    optional<std::string> status{};  ///< shipment status, as text
    optional<std::string> shipping_substatus{};  ///< shipment substatus, as text (Java, .NET, Go spelling)
    optional<std::string> shipping_sub_status{};  ///< Node's spelling, a distinct key
    /// An array of objects (Java, .NET, Go) or an object (Node): kept as JSON.
    optional<free_form> items{};
    optional<timestamp> date_created{};  ///< when the shipment was made
    optional<timestamp> last_modified{};  ///< when it last changed
    optional<timestamp> date_first_printed{};  ///< when its shipping label was first printed
    optional<std::string> service_id{};  ///< id of the carrier's service, as text
    optional<std::int64_t> sender_id{};  ///< user id of the sender (int64)
    optional<std::int64_t> receiver_id{};  ///< user id of the receiver (int64)
    optional<merchant_order_receiver_address> receiver_address{};  ///< where it goes
    optional<merchant_order_shipping_option> shipping_option{};  ///< the shipping option chosen
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_shipment, id, shipping_type, shipping_mode, picking_type, status,
                       shipping_substatus, shipping_sub_status, items, date_created, last_modified, date_first_printed,
                       service_id, sender_id, receiver_id, receiver_address, shipping_option);
};

// --- the merchant order ----------------------------------------------------------

/// A merchant order: what a Checkout Pro buyer ordered, with its payments and shipments. Fetch it when a
/// `merchant_order` notification arrives.
struct merchant_order {
    optional<std::int64_t> id{};  ///< exceeds 2^31 (11223344550)
    optional<merchant_order_status> status{};  ///< `opened` while it takes payments, then `closed`; or `expired`
    /// How far payments cover it: `payment_required`, `paid`, …; hand-written bodies may omit it.
    optional<merchant_order_order_status> order_status{};
    optional<std::string> preference_id{};  ///< the Checkout Pro preference it came from
    optional<std::string> application_id{};  ///< id of the application, as text; null in the answers seen
    optional<std::string> site_id{};  ///< Mercado Pago site: `MLB`, `MLA`, …
    optional<merchant_order_payer> payer{};  ///< null until a buyer is known
    optional<merchant_order_collector> collector{};  ///< the seller
    optional<std::string> sponsor_id{};  ///< integer or string across SDKs: text keeps both
    /// Payments made for it, summarised; absent from compact bodies.
    optional<std::vector<merchant_order_payment>> payments{};
    optional<decimal> paid_amount{};  ///< amount paid so far (a JSON number, digits kept)
    optional<decimal> refunded_amount{};  ///< amount refunded so far
    optional<decimal> shipping_cost{};  ///< shipping cost of the order
    optional<decimal> total_amount{};  ///< total amount of the order (a JSON number, digits kept)
    optional<bool> cancelled{};  ///< true once the order is cancelled
    optional<std::vector<merchant_order_item>> items{};  ///< what was ordered
    /// Shipments of the goods; absent from compact bodies.
    optional<std::vector<merchant_order_shipment>> shipments{};
    optional<std::string> notification_url{};  ///< where notifications about it go; null when unset
    optional<std::string> additional_info{};  ///< free text; null when unset
    /// The seller's own reference (e.g. from the preference); null when unset.
    optional<std::string> external_reference{};
    optional<std::string> marketplace{};  ///< "NONE", "" or "MP-MKT-…"
    optional<bool> is_test{};             ///< Node only
    optional<timestamp> date_created{};  ///< when the order was made
    optional<timestamp> last_updated{};  ///< when it last changed
    optional<timestamp> date_last_updated{};  ///< .NET's name for last_updated
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

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
