// A card saved on a customer (`/v1/customers/{customer_id}/cards…`) and the
// bodies that create or update one.
//
// Card ids, BIN digits, last four digits and user ids are declared as strings
// by every SDK but arrive as JSON numbers from some endpoints (1562188766852,
// 423564, 5682): they are std::string here and keep the number's text.
#pragma once

#include <mercadopago/describe.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/models/identification.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>

namespace mercadopago {

/// The person named on a card (saved cards, card tokens, token requests).
struct cardholder {
    std::optional<std::string> name{};
    std::optional<mercadopago::identification> identification{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = cardholder;
        return std::tuple{field<"name">(&self::name), field<"identification">(&self::identification)};
    }
};

/// The brand of a saved card (`visa`, `master`, …).
struct card_payment_method {
    std::optional<std::string> id{};
    std::optional<std::string> name{};
    std::optional<std::string> payment_type_id{};  ///< "credit_card", "debit_card", …
    std::optional<std::string> thumbnail{};
    std::optional<std::string> secure_thumbnail{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = card_payment_method;
        return std::tuple{field<"id">(&self::id), field<"name">(&self::name),
                          field<"payment_type_id">(&self::payment_type_id), field<"thumbnail">(&self::thumbnail),
                          field<"secure_thumbnail">(&self::secure_thumbnail)};
    }
};

/// Where the CVV is printed and how long it is.
struct card_security_code {
    std::optional<std::int64_t> length{};
    std::optional<std::string> card_location{};  ///< "back" or "front"
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = card_security_code;
        return std::tuple{field<"length">(&self::length), field<"card_location">(&self::card_location)};
    }
};

/// The issuing bank of a saved card; also the optional `issuer` of a card create request.
struct card_issuer {
    std::optional<std::string> id{};  ///< text: a number on the wire, J declares a string (SDKs disagree)
    std::optional<std::string> name{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = card_issuer;
        return std::tuple{field<"id">(&self::id), field<"name">(&self::name)};
    }
};

/// Origin of the card registration (declared by the Go SDK only).
struct card_additional_info {
    std::optional<bool> request_public{};  ///< a boolean the API sends as the string "true"
    std::optional<std::string> api_client_application{};
    std::optional<std::string> api_client_scope{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = card_additional_info;
        return std::tuple{field<"request_public">(&self::request_public),
                          field<"api_client_application">(&self::api_client_application),
                          field<"api_client_scope">(&self::api_client_scope)};
    }
};

/// A customer's saved card. Holds no card number: pay with it by creating a
/// card token from `id` plus the CVV.
struct card {
    std::optional<std::string> id{};  ///< text; sent as a JSON number by some endpoints
    std::optional<std::string> customer_id{};
    std::optional<std::int64_t> expiration_month{};  ///< "***" (masked) reads as absent
    std::optional<std::int64_t> expiration_year{};
    std::optional<std::string> first_six_digits{};  ///< text: a number on the wire would drop leading zeros
    std::optional<std::string> last_four_digits{};
    std::optional<card_payment_method> payment_method{};
    std::optional<card_security_code> security_code{};
    std::optional<card_issuer> issuer{};
    std::optional<mercadopago::cardholder> cardholder{};
    std::optional<timestamp> date_created{};
    std::optional<timestamp> date_last_updated{};
    std::optional<std::string> user_id{};  ///< text: number in some bodies, "0000000000" in others
    std::optional<bool> live_mode{};
    std::optional<card_additional_info> additional_info{};
    std::optional<std::string> card_number_id{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = card;
        return std::tuple{field<"id">(&self::id),
                          field<"customer_id">(&self::customer_id),
                          field<"expiration_month">(&self::expiration_month),
                          field<"expiration_year">(&self::expiration_year),
                          field<"first_six_digits">(&self::first_six_digits),
                          field<"last_four_digits">(&self::last_four_digits),
                          field<"payment_method">(&self::payment_method),
                          field<"security_code">(&self::security_code),
                          field<"issuer">(&self::issuer),
                          field<"cardholder">(&self::cardholder),
                          field<"date_created">(&self::date_created),
                          field<"date_last_updated">(&self::date_last_updated),
                          field<"user_id">(&self::user_id),
                          field<"live_mode">(&self::live_mode),
                          field<"additional_info">(&self::additional_info),
                          field<"card_number_id">(&self::card_number_id)};
    }
};

/// `POST /v1/customers/{customer_id}/cards`: saves the card behind a card token.
struct card_create_request {
    std::string token{};  ///< required: a card token created for this card
    std::optional<card_issuer> issuer{};
    std::optional<std::string> payment_method_id{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = card_create_request;
        return std::tuple{field<"token">(&self::token), field<"issuer">(&self::issuer),
                          field<"payment_method_id">(&self::payment_method_id)};
    }
};

/// `PUT /v1/customers/{customer_id}/cards/{card_id}`: unset members are not sent.
struct card_update_request {
    std::optional<std::int64_t> expiration_month{};
    std::optional<std::int64_t> expiration_year{};
    std::optional<mercadopago::cardholder> cardholder{};
    std::optional<std::string> token{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = card_update_request;
        return std::tuple{field<"expiration_month">(&self::expiration_month),
                          field<"expiration_year">(&self::expiration_year), field<"cardholder">(&self::cardholder),
                          field<"token">(&self::token)};
    }
};

}  // namespace mercadopago
