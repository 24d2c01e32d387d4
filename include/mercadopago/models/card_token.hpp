// Card tokens (`/v1/card_tokens`): single-use stand-ins for card data, valid
// until `date_due` (about a week).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/models/card.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A card token (`POST` or `GET /v1/card_tokens`): a single-use stand-in for card data, valid until date_due.
struct card_token {
    optional<std::string> id{};       ///< the token to send as a payment's `token`
    optional<std::string> card_id{};  ///< set when the token was made from a saved card
    optional<std::string> first_six_digits{};  ///< first six digits (the BIN) of the card number, as text
    optional<std::int64_t> expiration_month{};  ///< expiry month, 1-12
    optional<std::int64_t> expiration_year{};  ///< four-digit expiry year
    optional<std::string> last_four_digits{};  ///< last four digits of the card number, as text
    optional<mercadopago::cardholder> cardholder{};  ///< name and document on the card
    optional<std::string> status{};  ///< "active" until used or expired
    optional<timestamp> date_created{};  ///< when the token was created
    optional<timestamp> date_last_updated{};  ///< when the token last changed
    /// when the token expires (7-8 days after creation in fixtures); its first use also spends it
    optional<timestamp> date_due{};
    optional<bool> luhn_validation{};  ///< whether the card number is checked with the Luhn algorithm
    optional<bool> live_mode{};  ///< whether the token was made in production rather than sandbox mode
    /// the API's require_esc flag (ESC: encrypted security code kept for card-on-file use)
    optional<bool> require_esc{};
    optional<std::int64_t> card_number_length{};  ///< number of digits of the card number
    optional<std::int64_t> security_code_length{};  ///< number of digits of the security code (3 or 4)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_token,
                      id, card_id, first_six_digits, expiration_month, expiration_year, last_four_digits, cardholder,
                      status, date_created, date_last_updated, date_due, luhn_validation, live_mode, require_esc,
                      card_number_length, security_code_length);
};

/// `POST /v1/card_tokens`, in one of two forms:
///   raw card:   card_number, expiration_month, expiration_year, security_code, cardholder;
///   saved card: card_id, customer_id (optional), security_code.
/// Sending raw card data puts the caller in PCI scope; prefer browser tokenisation.
struct card_token_request {
    // Secrets: card_number and security_code must never be logged, traced or stored.
    optional<std::string> card_number{};  ///< the full card number, digits as text (raw-card form)
    optional<std::int64_t> expiration_month{};  ///< expiry month, 1-12 (raw-card form); sent as an integer
    optional<std::int64_t> expiration_year{};  ///< expiry year, four digits (raw-card form); sent as an integer
    /// the security code (CVV), as text, in both forms; secret: never log, trace or store it
    optional<std::string> security_code{};
    optional<mercadopago::cardholder> cardholder{};  ///< name and document on the card (raw-card form)
    optional<std::string> card_id{};  ///< id of a saved card (saved-card form)
    optional<std::string> customer_id{};  ///< the customer the saved card belongs to; optional in the saved-card form
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(card_token_request,
                      card_number, expiration_month, expiration_year, security_code, cardholder, card_id, customer_id);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(card_token, card_token_request);

}  // namespace mercadopago
