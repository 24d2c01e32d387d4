// Customers (`/v1/customers…`): a payer stored with their cards and addresses.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/card.hpp>
#include <mercadopago/models/identification.hpp>
#include <mercadopago/models/phone.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The `{id, name}` pairs of an address: city, state, country, neighborhood, municipality.
struct customer_address_place {
    optional<std::string> id{};  ///< e.g. "BR-SP-44"; often null
    optional<std::string> name{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(customer_address_place, id, name);
};

/// The customer's `address` (default address summary); also sent in customer_request.
struct customer_default_address {
    optional<std::string> id{};
    optional<std::string> zip_code{};
    optional<std::string> street_name{};
    optional<std::string> street_number{};  ///< text: a number on the wire; SDKs disagree (J/G int, N string)
    optional<customer_address_place> city{};  ///< declared by the Go SDK only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(customer_default_address, id, zip_code, street_name, street_number, city);
};

/// One entry of a customer's `addresses`.
struct customer_address {
    optional<std::string> id{};
    optional<std::string> phone{};
    optional<std::string> name{};
    optional<std::string> floor{};
    optional<std::string> apartment{};
    optional<std::string> street_name{};
    optional<std::string> street_number{};  ///< text: J/N declare a string, the API sends a number
    optional<std::string> zip_code{};
    optional<customer_address_place> city{};
    optional<customer_address_place> state{};
    optional<customer_address_place> country{};
    optional<customer_address_place> neighborhood{};
    optional<customer_address_place> municipality{};
    optional<std::string> comments{};
    optional<timestamp> date_created{};
    optional<timestamp> date_last_updated{};  ///< undeclared by every SDK but sent by the API
    optional<bool> normalized{};              ///< undeclared by every SDK but sent by the API
    optional<free_form> verifications{};  ///< undeclared, free-form (`{shipment:{success,errors}}`)
    extra_fields extra{};

    MERCADOPAGO_FIELDS(customer_address,
                      id, phone, name, floor, apartment, street_name, street_number, zip_code, city, state, country,
                      neighborhood, municipality, comments, date_created, date_last_updated, normalized, verifications);
};

struct customer {
    optional<std::string> id{};  ///< "<user id>-<random>", e.g. "1068193981-pXRewrKqlP6pnn"
    optional<std::string> email{};
    optional<std::string> first_name{};
    optional<std::string> last_name{};
    optional<mercadopago::phone> phone{};
    optional<mercadopago::identification> identification{};
    optional<std::string> default_address{};  ///< id of an entry of `addresses`
    optional<customer_default_address> address{};
    optional<timestamp> date_registered{};
    optional<std::string> description{};
    optional<timestamp> date_created{};  ///< may be the year-1 sentinel "0001-01-01T00:00:00.000+00:00"
    optional<timestamp> date_last_updated{};
    optional<free_form> metadata{};  ///< free-form
    optional<std::string> default_card{};      ///< id of an entry of `cards`
    optional<std::vector<card>> cards{};       ///< search results hold `[{}]` placeholders
    optional<std::vector<customer_address>> addresses{};
    optional<bool> live_mode{};
    optional<std::string> status{};        ///< declared by the Go SDK only
    optional<std::int64_t> user_id{};      ///< declared by the Go SDK only
    optional<std::int64_t> merchant_id{};  ///< declared by the Go SDK only
    optional<std::int64_t> client_id{};    ///< declared by the Go SDK only
    extra_fields extra{};                ///< also D's misspelled `date_registred` if ever sent

    MERCADOPAGO_FIELDS(customer,
                      id, email, first_name, last_name, phone, identification, default_address, address,
                      date_registered, description, date_created, date_last_updated, metadata, default_card, cards,
                      addresses, live_mode, status, user_id, merchant_id, client_id);
};

/// `POST /v1/customers` and `PUT /v1/customers/{id}`. Every member is optional;
/// unset members are not sent (an update changes only what it names).
struct customer_request {
    optional<std::string> email{};  ///< unique per application; required on create
    optional<std::string> first_name{};
    optional<std::string> last_name{};
    optional<mercadopago::phone> phone{};
    optional<mercadopago::identification> identification{};
    optional<std::string> default_address{};
    optional<customer_default_address> address{};
    // The documented key; the Java SDK sends its misspelling `date_registred` instead.
    optional<timestamp> date_registered{};
    optional<std::string> description{};
    optional<std::string> default_card{};
    optional<free_form> metadata{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(customer_request,
                      email, first_name, last_name, phone, identification, default_address, address, date_registered,
                      description, default_card, metadata);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(customer_address_place, customer_default_address, customer_address, customer, customer_request);

}  // namespace mercadopago
