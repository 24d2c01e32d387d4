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

struct refund_item_category {
    optional<std::string> id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(refund_item_category, id);
};

/// An item of an embedded refund (declared by Node only).
struct refund_item {
    optional<std::string> title{};
    optional<decimal> unit_price{};  ///< Node declares a string; money is read exactly either way
    optional<int> quantity{};
    optional<std::string> external_code{};
    optional<std::string> category_id{};
    optional<std::string> type{};
    optional<std::string> description{};
    optional<std::string> picture_url{};
    optional<bool> warranty{};
    optional<timestamp> event_date{};
    optional<std::string> unit_measure{};
    optional<std::vector<refund_item_category>> external_categories{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(refund_item,
                      title, unit_price, quantity, external_code, category_id, type, description, picture_url, warranty,
                      event_date, unit_measure, external_categories);
};


/// Who issued a refund.
struct refund_source {
    optional<std::string> id{};  ///< the issuer's user id, as text on the wire ("823549964")
    optional<std::string> name{};
    optional<std::string> type{};  ///< collector, operator, admin, bpp (open set: plain text)
    extra_fields extra{};

    MERCADOPAGO_FIELDS(refund_source, id, name, type);
};

struct refund {
    optional<std::int64_t> id{};          ///< exceeds 2^31
    optional<std::int64_t> payment_id{};  ///< exceeds 2^31 (17014025134)
    optional<decimal> amount{};           ///< refunded amount: 50, 12.34, 1.5
    optional<decimal> adjustment_amount{};
    optional<refund_status> status{};
    optional<std::string> refund_mode{};  ///< "standard" is the only value seen
    optional<timestamp> date_created{};
    optional<std::string> reason{};
    optional<std::string> unique_sequence_number{};
    optional<refund_source> source{};
    optional<free_form> metadata{};  ///< free-form: `{}` or `{"status_detail": null}`
    optional<decimal> amount_refunded_to_payer{};
    // Declared only by the Node SDK, on refunds embedded in a payment.
    optional<std::string> transaction_id{};
    optional<std::string> reference_id{};
    optional<std::vector<refund_item>> items{};
    optional<std::string> e2e_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(refund,
                      id, payment_id, amount, adjustment_amount, status, refund_mode, date_created, reason,
                      unique_sequence_number, source, metadata, amount_refunded_to_payer, transaction_id, reference_id,
                      items, e2e_id);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(refund_item_category, refund_item, refund_source, refund);

}  // namespace mercadopago
