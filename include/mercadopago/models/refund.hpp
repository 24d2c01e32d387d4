// A refund of a payment (`/v1/payments/{id}/refunds…`), full or partial.
//
// Fields: shared reference models.md "Refund". Keys no typed SDK declares
// (`labels`, `partition_details`, `expiration_date`, `additional_data`,
// `external_refund_id`) stay in `extra` and are written back unchanged.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/payment_status.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// An external category of a refund item (`items.external_categories`; Node only).
struct refund_item_category {
    optional<std::string> id{};  ///< the category id, as text; format not documented
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(refund_item_category, id);
};

/// An item of an embedded refund (declared by Node only).
struct refund_item {
    optional<std::string> title{};  ///< the item's name
    optional<decimal> unit_price{};  ///< Node declares a string; money is read exactly either way
    optional<int> quantity{};  ///< number of units
    optional<std::string> external_code{};  ///< the merchant's own code for the item
    optional<std::string> category_id{};  ///< item category, free text
    optional<std::string> type{};  ///< item type, free text
    optional<std::string> description{};  ///< a longer description of the item
    optional<std::string> picture_url{};  ///< URL of an image of the item
    optional<bool> warranty{};  ///< whether the item has a warranty
    optional<timestamp> event_date{};  ///< date of the event the item is for (tickets)
    optional<std::string> unit_measure{};  ///< unit of measure of quantity, as text
    optional<std::vector<refund_item_category>> external_categories{};  ///< external categories of the item
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(refund_item,
                      title, unit_price, quantity, external_code, category_id, type, description, picture_url, warranty,
                      event_date, unit_measure, external_categories);
};


/// Who issued a refund.
struct refund_source {
    optional<std::string> id{};  ///< the issuer's user id, as text on the wire ("823549964")
    optional<std::string> name{};  ///< display name of whoever issued the refund
    optional<std::string> type{};  ///< collector, operator, admin, bpp (open set: plain text)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(refund_source, id, name, type);
};

/// A refund of a payment: what refund create, list and get return, and each entry of a payment's `refunds`.
struct refund {
    optional<std::int64_t> id{};  ///< the refund's id, assigned by Mercado Pago; exceeds 2^31
    optional<std::int64_t> payment_id{};  ///< id of the refunded payment; exceeds 2^31 (17014025134)
    optional<decimal> amount{};  ///< refunded amount, in the payment's currency (50, 12.34, 1.5 seen)
    /// an adjustment amount, in the payment's currency; 0 in fixtures, meaning not documented
    optional<decimal> adjustment_amount{};
    optional<refund_status> status{};  ///< approved, in_process or rejected; open set: unknown values are kept
    optional<std::string> refund_mode{};  ///< "standard" is the only value seen
    optional<timestamp> date_created{};  ///< when the refund was created
    optional<std::string> reason{};  ///< the reason given for the refund, as text; null in fixtures
    /// a sequence number, as text; null in fixtures, meaning not documented
    optional<std::string> unique_sequence_number{};
    optional<refund_source> source{};  ///< who issued the refund
    optional<free_form> metadata{};  ///< free-form: `{}` or `{"status_detail": null}`
    optional<decimal> amount_refunded_to_payer{};  ///< the amount that went back to the payer; declared by Node only
    // Declared only by the Node SDK, on refunds embedded in a payment.
    optional<std::string> transaction_id{};  ///< a transaction id, as text; Node only
    optional<std::string> reference_id{};  ///< a reference id, as text; Node only
    optional<std::vector<refund_item>> items{};  ///< the refunded items; Node only
    optional<std::string> e2e_id{};  ///< an end-to-end id, as Pix transfers carry one; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(refund,
                      id, payment_id, amount, adjustment_amount, status, refund_mode, date_created, reason,
                      unique_sequence_number, source, metadata, amount_refunded_to_payer, transaction_id, reference_id,
                      items, e2e_id);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(refund_item_category, refund_item, refund_source, refund);

}  // namespace mercadopago
