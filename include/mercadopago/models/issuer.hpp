// A card issuer (bank) as `GET /v1/payment_methods/card_issuers` and the
// installments endpoint return it. No official SDK types these endpoints;
// fields follow the public API documentation, anything else lands in `extra`.
#pragma once

#include <mercadopago/describe.hpp>
#include <mercadopago/extra_fields.hpp>

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <tuple>

namespace mercadopago {

struct issuer {
    std::optional<std::string> id{};  ///< text: sent as "288" here but as a number on cards (SDKs disagree)
    std::optional<std::string> name{};
    std::optional<std::string> secure_thumbnail{};
    std::optional<std::string> thumbnail{};
    std::optional<std::string> processing_mode{};      ///< "aggregator" or "gateway"
    std::optional<std::string> merchant_account_id{};  ///< gateway mode only; usually null
    std::optional<std::string> status{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = issuer;
        return std::tuple{field<"id">(&self::id),
                          field<"name">(&self::name),
                          field<"secure_thumbnail">(&self::secure_thumbnail),
                          field<"thumbnail">(&self::thumbnail),
                          field<"processing_mode">(&self::processing_mode),
                          field<"merchant_account_id">(&self::merchant_account_id),
                          field<"status">(&self::status)};
    }
};

}  // namespace mercadopago
