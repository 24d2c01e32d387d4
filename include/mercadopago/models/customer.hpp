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
    optional<std::string> name{};  ///< the place's name (e.g. "São Paulo"); may be null
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(customer_address_place, id, name);
};

/// The customer's `address` (default address summary); also sent in customer_request.
struct customer_default_address {
    optional<std::string> id{};  ///< id of the address entry (see customer::addresses)
    optional<std::string> zip_code{};  ///< postal code, as text
    optional<std::string> street_name{};  ///< street name
    optional<std::string> street_number{};  ///< text: a number on the wire; SDKs disagree (J/G int, N string)
    optional<customer_address_place> city{};  ///< declared by the Go SDK only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(customer_default_address, id, zip_code, street_name, street_number, city);
};

/// One entry of a customer's `addresses`.
struct customer_address {
    optional<std::string> id{};  ///< the address's id; customer::default_address may name it
    optional<std::string> phone{};  ///< a contact phone for this address, as text
    optional<std::string> name{};  ///< a label for the address; often null
    optional<std::string> floor{};  ///< floor of the building, as text; often null
    optional<std::string> apartment{};  ///< apartment or unit, as text; often null
    optional<std::string> street_name{};  ///< street name
    optional<std::string> street_number{};  ///< text: J/N declare a string, the API sends a number
    optional<std::string> zip_code{};  ///< postal code, as text
    optional<customer_address_place> city{};  ///< the city `{id, name}`
    optional<customer_address_place> state{};  ///< the state or province `{id, name}`
    optional<customer_address_place> country{};  ///< the country `{id, name}`
    optional<customer_address_place> neighborhood{};  ///< the neighborhood `{id, name}`
    optional<customer_address_place> municipality{};  ///< the municipality `{id, name}`; members often null
    optional<std::string> comments{};  ///< delivery notes, free text; often null
    optional<timestamp> date_created{};  ///< when the address was added
    optional<timestamp> date_last_updated{};  ///< undeclared by every SDK but sent by the API
    optional<bool> normalized{};              ///< undeclared by every SDK but sent by the API
    optional<free_form> verifications{};  ///< undeclared, free-form (`{shipment:{success,errors}}`)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(customer_address,
                      id, phone, name, floor, apartment, street_name, street_number, zip_code, city, state, country,
                      neighborhood, municipality, comments, date_created, date_last_updated, normalized, verifications);
};

/// A customer (`/v1/customers`): a payer saved with their cards and addresses, returned by create, get, update and
/// search.
struct customer {
    optional<std::string> id{};  ///< "<user id>-<random>", e.g. "1068193981-pXRewrKqlP6pnn"
    optional<std::string> email{};  ///< the customer's e-mail address; unique per application
    optional<std::string> first_name{};  ///< the customer's given name
    optional<std::string> last_name{};  ///< the customer's family name
    /// the customer's phone; area_code and number may arrive as JSON numbers and keep their text
    optional<mercadopago::phone> phone{};
    /// the customer's identity document; the number may arrive as a JSON number
    optional<mercadopago::identification> identification{};
    optional<std::string> default_address{};  ///< id of an entry of `addresses`
    optional<customer_default_address> address{};  ///< summary of the default address
    optional<timestamp> date_registered{};  ///< when the customer registered, as the merchant set it
    optional<std::string> description{};  ///< free text the merchant set
    optional<timestamp> date_created{};  ///< may be the year-1 sentinel "0001-01-01T00:00:00.000+00:00"
    optional<timestamp> date_last_updated{};  ///< when the customer record last changed
    optional<free_form> metadata{};  ///< free-form
    optional<std::string> default_card{};      ///< id of an entry of `cards`
    optional<std::vector<card>> cards{};       ///< search results hold `[{}]` placeholders
    optional<std::vector<customer_address>> addresses{};  ///< saved addresses; search results hold `[{}]` placeholders
    optional<bool> live_mode{};  ///< whether the customer was created in production rather than sandbox mode
    optional<std::string> status{};        ///< declared by the Go SDK only
    optional<std::int64_t> user_id{};      ///< declared by the Go SDK only
    optional<std::int64_t> merchant_id{};  ///< declared by the Go SDK only
    optional<std::int64_t> client_id{};    ///< declared by the Go SDK only
    /// keys this library does not model, kept with their JSON text and written back unchanged (also the .NET SDK's
    /// misspelt `date_registred`, if ever sent)
    extra_fields extra{};

    MERCADOPAGO_FIELDS(customer,
                      id, email, first_name, last_name, phone, identification, default_address, address,
                      date_registered, description, date_created, date_last_updated, metadata, default_card, cards,
                      addresses, live_mode, status, user_id, merchant_id, client_id);
};

/// `POST /v1/customers` and `PUT /v1/customers/{id}`. Every member is optional;
/// unset members are not sent (an update changes only what it names).
struct customer_request {
    optional<std::string> email{};  ///< the customer's e-mail; unique per application, required on create
    optional<std::string> first_name{};  ///< the customer's given name
    optional<std::string> last_name{};  ///< the customer's family name
    optional<mercadopago::phone> phone{};  ///< the customer's phone (area code, number)
    optional<mercadopago::identification> identification{};  ///< the customer's identity document (type and number)
    optional<std::string> default_address{};  ///< id of the address to use by default
    optional<customer_default_address> address{};  ///< the default address
    /// When the customer registered, as ISO-8601 text. The documented key; the Java SDK sends its misspelling
    /// `date_registred` instead.
    optional<timestamp> date_registered{};
    optional<std::string> description{};  ///< free text about the customer
    optional<std::string> default_card{};  ///< id of the saved card to use by default
    optional<free_form> metadata{};  ///< free-form object to store with the customer (must be an object)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(customer_request,
                      email, first_name, last_name, phone, identification, default_address, address, date_registered,
                      description, default_card, metadata);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(customer_address_place, customer_default_address, customer_address, customer, customer_request);

}  // namespace mercadopago
