// A refund of a payment (`/v1/payments/{id}/refunds…`), full or partial.
//
// Fields: shared reference models.md "Refund". Keys no typed SDK declares
// (`labels`, `partition_details`, `expiration_date`, `additional_data`,
// `external_refund_id`) stay in `extra` and are written back unchanged.
#pragma once

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/payment_status.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mercadopago {

struct refund_item_category {
    std::optional<std::string> id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(refund_item_category, id);
};

/// An item of an embedded refund (declared by Node only).
struct refund_item {
    std::optional<std::string> title{};
    std::optional<decimal> unit_price{};  ///< Node declares a string; money is read exactly either way
    std::optional<int> quantity{};
    std::optional<std::string> external_code{};
    std::optional<std::string> category_id{};
    std::optional<std::string> type{};
    std::optional<std::string> description{};
    std::optional<std::string> picture_url{};
    std::optional<bool> warranty{};
    std::optional<timestamp> event_date{};
    std::optional<std::string> unit_measure{};
    std::optional<std::vector<refund_item_category>> external_categories{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(refund_item,
                      title, unit_price, quantity, external_code, category_id, type, description, picture_url, warranty,
                      event_date, unit_measure, external_categories);
};


/// Who issued a refund.
struct refund_source {
    std::optional<std::string> id{};  ///< the issuer's user id, as text on the wire ("823549964")
    std::optional<std::string> name{};
    std::optional<std::string> type{};  ///< collector, operator, admin, bpp (open set: plain text)
    extra_fields extra{};

    MERCADOPAGO_FIELDS(refund_source, id, name, type);
};

struct refund {
    std::optional<std::int64_t> id{};          ///< exceeds 2^31
    std::optional<std::int64_t> payment_id{};  ///< exceeds 2^31 (17014025134)
    std::optional<decimal> amount{};           ///< refunded amount: 50, 12.34, 1.5
    std::optional<decimal> adjustment_amount{};
    std::optional<refund_status> status{};
    std::optional<std::string> refund_mode{};  ///< "standard" is the only value seen
    std::optional<timestamp> date_created{};
    std::optional<std::string> reason{};
    std::optional<std::string> unique_sequence_number{};
    std::optional<refund_source> source{};
    std::optional<free_form> metadata{};  ///< free-form: `{}` or `{"status_detail": null}`
    std::optional<decimal> amount_refunded_to_payer{};
    // Declared only by the Node SDK, on refunds embedded in a payment.
    std::optional<std::string> transaction_id{};
    std::optional<std::string> reference_id{};
    std::optional<std::vector<refund_item>> items{};
    std::optional<std::string> e2e_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(refund,
                      id, payment_id, amount, adjustment_amount, status, refund_mode, date_created, reason,
                      unique_sequence_number, source, metadata, amount_refunded_to_payer, transaction_id, reference_id,
                      items, e2e_id);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(refund_item_category, refund_item, refund_source, refund);

}  // namespace mercadopago
