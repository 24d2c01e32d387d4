// A card saved on a customer (`/v1/customers/{customer_id}/cards…`) and the
// bodies that create or update one.
//
// Card ids, BIN digits, last four digits and user ids are declared as strings
// by every SDK but arrive as JSON numbers from some endpoints (1562188766852,
// 423564, 5682): they are std::string here and keep the number's text.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/models/identification.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The person named on a card (saved cards, card tokens, token requests).
struct cardholder {
    optional<std::string> name{};  ///< name as printed on the card
    optional<mercadopago::identification> identification{};  ///< the cardholder's identity document (type and number)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(cardholder, name, identification);
};

/// The brand of a saved card (`visa`, `master`, …).
struct card_payment_method {
    optional<std::string> id{};  ///< method id: "visa", "master", "amex", …
    optional<std::string> name{};  ///< display name of the method
    optional<std::string> payment_type_id{};  ///< "credit_card", "debit_card", …
    optional<std::string> thumbnail{};  ///< URL of the method's logo
    optional<std::string> secure_thumbnail{};  ///< URL of the method's logo over https
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_payment_method, id, name, payment_type_id, thumbnail, secure_thumbnail);
};

/// Where the CVV is printed and how long it is.
struct card_security_code {
    optional<std::int64_t> length{};  ///< number of digits (3 or 4)
    optional<std::string> card_location{};  ///< "back" or "front"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_security_code, length, card_location);
};

/// The issuing bank of a saved card; also the optional `issuer` of a card create request.
struct card_issuer {
    optional<std::string> id{};  ///< text: a number on the wire, J declares a string (SDKs disagree)
    optional<std::string> name{};  ///< the issuing bank's name
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_issuer, id, name);
};

/// Origin of the card registration (declared by the Go SDK only).
struct card_additional_info {
    optional<bool> request_public{};  ///< a boolean the API sends as the string "true"
    optional<std::string> api_client_application{};  ///< the application that registered the card, as text
    optional<std::string> api_client_scope{};  ///< the scope of that application, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_additional_info, request_public, api_client_application, api_client_scope);
};

/// A customer's saved card. Holds no card number: pay with it by creating a
/// card token from `id` plus the CVV.
struct card {
    optional<std::string> id{};  ///< text; sent as a JSON number by some endpoints
    optional<std::string> customer_id{};  ///< id of the customer the card is saved on
    optional<std::int64_t> expiration_month{};  ///< expiry month, 1-12; "***" (masked) reads as absent
    optional<std::int64_t> expiration_year{};  ///< four-digit expiry year; "***" (masked) reads as absent
    /// first six digits (the BIN), as text: a number on the wire would drop leading zeros
    optional<std::string> first_six_digits{};
    /// last four digits of the card number, as text (some endpoints send a JSON number)
    optional<std::string> last_four_digits{};
    optional<card_payment_method> payment_method{};  ///< the card's brand and type
    optional<card_security_code> security_code{};  ///< how long the security code is and where it is printed
    optional<card_issuer> issuer{};  ///< the issuing bank
    optional<mercadopago::cardholder> cardholder{};  ///< name and document on the card
    optional<timestamp> date_created{};  ///< when the card was saved
    optional<timestamp> date_last_updated{};  ///< when the card record last changed
    /// Mercado Pago user id of the card's owner, as text: number in some bodies, "0000000000" in others
    optional<std::string> user_id{};
    optional<bool> live_mode{};  ///< whether the card was saved in production rather than sandbox mode
    optional<card_additional_info> additional_info{};  ///< where the registration came from; declared by Go only
    /// an id of the card number, as text; declared by Go only, null in fixtures
    optional<std::string> card_number_id{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card,
                      id, customer_id, expiration_month, expiration_year, first_six_digits, last_four_digits,
                      payment_method, security_code, issuer, cardholder, date_created, date_last_updated, user_id,
                      live_mode, additional_info, card_number_id);
};

/// `POST /v1/customers/{customer_id}/cards`: saves the card behind a card token.
struct card_create_request {
    std::string token{};  ///< required: a card token created for this card
    optional<card_issuer> issuer{};  ///< optional issuing bank `{id, name}`
    optional<std::string> payment_method_id{};  ///< method id ("visa", "master", …)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_create_request, token, issuer, payment_method_id);
};

/// `PUT /v1/customers/{customer_id}/cards/{card_id}`: unset members are not sent.
struct card_update_request {
    optional<std::int64_t> expiration_month{};  ///< new expiry month, 1-12
    optional<std::int64_t> expiration_year{};  ///< new four-digit expiry year
    optional<mercadopago::cardholder> cardholder{};  ///< new name and document on the card
    optional<std::string> token{};  ///< a new card token for this card
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_update_request, expiration_month, expiration_year, cardholder, token);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(cardholder, card_payment_method, card_security_code, card_issuer, card_additional_info, card,
                   card_create_request, card_update_request);

}  // namespace mercadopago
