// A refund of a payment (`/v1/payments/{id}/refunds…`), full or partial.
//
// Fields: shared reference models.md "Refund". Keys no typed SDK declares
// (`labels`, `partition_details`, `expiration_date`, `additional_data`,
// `external_refund_id`) stay in `extra` and are written back unchanged.
#pragma once

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/models/payment_status.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>

namespace mercadopago {

/// Who issued a refund.
struct refund_source {
    std::optional<std::string> id{};  ///< the issuer's user id, as text on the wire ("823549964")
    std::optional<std::string> name{};
    std::optional<std::string> type{};  ///< collector, operator, admin, bpp (open set: plain text)
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = refund_source;
        return std::tuple{field<"id">(&self::id), field<"name">(&self::name), field<"type">(&self::type)};
    }
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
    std::optional<boost::json::value> metadata{};  ///< free-form: `{}` or `{"status_detail": null}`
    std::optional<decimal> amount_refunded_to_payer{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = refund;
        return std::tuple{field<"id">(&self::id),
                          field<"payment_id">(&self::payment_id),
                          field<"amount">(&self::amount),
                          field<"adjustment_amount">(&self::adjustment_amount),
                          field<"status">(&self::status),
                          field<"refund_mode">(&self::refund_mode),
                          field<"date_created">(&self::date_created),
                          field<"reason">(&self::reason),
                          field<"unique_sequence_number">(&self::unique_sequence_number),
                          field<"source">(&self::source),
                          field<"metadata">(&self::metadata),
                          field<"amount_refunded_to_payer">(&self::amount_refunded_to_payer)};
    }
};

}  // namespace mercadopago
