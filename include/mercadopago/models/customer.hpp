// Customers (`/v1/customers…`): a payer stored with their cards and addresses.
#pragma once

#include <mercadopago/describe.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/models/card.hpp>
#include <mercadopago/models/identification.hpp>
#include <mercadopago/models/phone.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace mercadopago {

/// The `{id, name}` pairs of an address: city, state, country, neighborhood, municipality.
struct customer_address_place {
    std::optional<std::string> id{};  ///< e.g. "BR-SP-44"; often null
    std::optional<std::string> name{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = customer_address_place;
        return std::tuple{field<"id">(&self::id), field<"name">(&self::name)};
    }
};

/// The customer's `address` (default address summary); also sent in customer_request.
struct customer_default_address {
    std::optional<std::string> id{};
    std::optional<std::string> zip_code{};
    std::optional<std::string> street_name{};
    std::optional<std::string> street_number{};  ///< text: a number on the wire; SDKs disagree (J/G int, N string)
    std::optional<customer_address_place> city{};  ///< declared by the Go SDK only
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = customer_default_address;
        return std::tuple{field<"id">(&self::id), field<"zip_code">(&self::zip_code),
                          field<"street_name">(&self::street_name), field<"street_number">(&self::street_number),
                          field<"city">(&self::city)};
    }
};

/// One entry of a customer's `addresses`.
struct customer_address {
    std::optional<std::string> id{};
    std::optional<std::string> phone{};
    std::optional<std::string> name{};
    std::optional<std::string> floor{};
    std::optional<std::string> apartment{};
    std::optional<std::string> street_name{};
    std::optional<std::string> street_number{};  ///< text: J/N declare a string, the API sends a number
    std::optional<std::string> zip_code{};
    std::optional<customer_address_place> city{};
    std::optional<customer_address_place> state{};
    std::optional<customer_address_place> country{};
    std::optional<customer_address_place> neighborhood{};
    std::optional<customer_address_place> municipality{};
    std::optional<std::string> comments{};
    std::optional<timestamp> date_created{};
    std::optional<timestamp> date_last_updated{};  ///< undeclared by every SDK but sent by the API
    std::optional<bool> normalized{};              ///< undeclared by every SDK but sent by the API
    std::optional<boost::json::value> verifications{};  ///< undeclared, free-form (`{shipment:{success,errors}}`)
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = customer_address;
        return std::tuple{field<"id">(&self::id),
                          field<"phone">(&self::phone),
                          field<"name">(&self::name),
                          field<"floor">(&self::floor),
                          field<"apartment">(&self::apartment),
                          field<"street_name">(&self::street_name),
                          field<"street_number">(&self::street_number),
                          field<"zip_code">(&self::zip_code),
                          field<"city">(&self::city),
                          field<"state">(&self::state),
                          field<"country">(&self::country),
                          field<"neighborhood">(&self::neighborhood),
                          field<"municipality">(&self::municipality),
                          field<"comments">(&self::comments),
                          field<"date_created">(&self::date_created),
                          field<"date_last_updated">(&self::date_last_updated),
                          field<"normalized">(&self::normalized),
                          field<"verifications">(&self::verifications)};
    }
};

struct customer {
    std::optional<std::string> id{};  ///< "<user id>-<random>", e.g. "1068193981-pXRewrKqlP6pnn"
    std::optional<std::string> email{};
    std::optional<std::string> first_name{};
    std::optional<std::string> last_name{};
    std::optional<mercadopago::phone> phone{};
    std::optional<mercadopago::identification> identification{};
    std::optional<std::string> default_address{};  ///< id of an entry of `addresses`
    std::optional<customer_default_address> address{};
    std::optional<timestamp> date_registered{};
    std::optional<std::string> description{};
    std::optional<timestamp> date_created{};  ///< may be the year-1 sentinel "0001-01-01T00:00:00.000+00:00"
    std::optional<timestamp> date_last_updated{};
    std::optional<boost::json::object> metadata{};  ///< free-form
    std::optional<std::string> default_card{};      ///< id of an entry of `cards`
    std::optional<std::vector<card>> cards{};       ///< search results hold `[{}]` placeholders
    std::optional<std::vector<customer_address>> addresses{};
    std::optional<bool> live_mode{};
    std::optional<std::string> status{};        ///< declared by the Go SDK only
    std::optional<std::int64_t> user_id{};      ///< declared by the Go SDK only
    std::optional<std::int64_t> merchant_id{};  ///< declared by the Go SDK only
    std::optional<std::int64_t> client_id{};    ///< declared by the Go SDK only
    extra_fields extra{};                ///< also D's misspelled `date_registred` if ever sent

    static constexpr auto json_fields() {
        using self = customer;
        return std::tuple{field<"id">(&self::id),
                          field<"email">(&self::email),
                          field<"first_name">(&self::first_name),
                          field<"last_name">(&self::last_name),
                          field<"phone">(&self::phone),
                          field<"identification">(&self::identification),
                          field<"default_address">(&self::default_address),
                          field<"address">(&self::address),
                          field<"date_registered">(&self::date_registered),
                          field<"description">(&self::description),
                          field<"date_created">(&self::date_created),
                          field<"date_last_updated">(&self::date_last_updated),
                          field<"metadata">(&self::metadata),
                          field<"default_card">(&self::default_card),
                          field<"cards">(&self::cards),
                          field<"addresses">(&self::addresses),
                          field<"live_mode">(&self::live_mode),
                          field<"status">(&self::status),
                          field<"user_id">(&self::user_id),
                          field<"merchant_id">(&self::merchant_id),
                          field<"client_id">(&self::client_id)};
    }
};

/// `POST /v1/customers` and `PUT /v1/customers/{id}`. Every member is optional;
/// unset members are not sent (an update changes only what it names).
struct customer_request {
    std::optional<std::string> email{};  ///< unique per application; required on create
    std::optional<std::string> first_name{};
    std::optional<std::string> last_name{};
    std::optional<mercadopago::phone> phone{};
    std::optional<mercadopago::identification> identification{};
    std::optional<std::string> default_address{};
    std::optional<customer_default_address> address{};
    // The documented key; the Java SDK sends its misspelling `date_registred` instead.
    std::optional<timestamp> date_registered{};
    std::optional<std::string> description{};
    std::optional<std::string> default_card{};
    std::optional<boost::json::object> metadata{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = customer_request;
        return std::tuple{field<"email">(&self::email),
                          field<"first_name">(&self::first_name),
                          field<"last_name">(&self::last_name),
                          field<"phone">(&self::phone),
                          field<"identification">(&self::identification),
                          field<"default_address">(&self::default_address),
                          field<"address">(&self::address),
                          field<"date_registered">(&self::date_registered),
                          field<"description">(&self::description),
                          field<"default_card">(&self::default_card),
                          field<"metadata">(&self::metadata)};
    }
};

}  // namespace mercadopago
