// Card tokens (`/v1/card_tokens`): single-use stand-ins for card data, valid
// until `date_due` (about a week).
#pragma once

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/models/card.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace mercadopago {

struct card_token {
    std::optional<std::string> id{};       ///< the token to send as a payment's `token`
    std::optional<std::string> card_id{};  ///< set when the token was made from a saved card
    std::optional<std::string> first_six_digits{};
    std::optional<std::int64_t> expiration_month{};
    std::optional<std::int64_t> expiration_year{};
    std::optional<std::string> last_four_digits{};
    std::optional<mercadopago::cardholder> cardholder{};
    std::optional<std::string> status{};  ///< "active" until used or expired
    std::optional<timestamp> date_created{};
    std::optional<timestamp> date_last_updated{};
    std::optional<timestamp> date_due{};
    std::optional<bool> luhn_validation{};
    std::optional<bool> live_mode{};
    std::optional<bool> require_esc{};
    std::optional<std::int64_t> card_number_length{};
    std::optional<std::int64_t> security_code_length{};
    extra_fields extra{};

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
    std::optional<std::string> card_number{};
    std::optional<std::int64_t> expiration_month{};
    std::optional<std::int64_t> expiration_year{};  ///< four digits
    std::optional<std::string> security_code{};     // secret, see above
    std::optional<mercadopago::cardholder> cardholder{};
    std::optional<std::string> card_id{};
    std::optional<std::string> customer_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(card_token_request,
                      card_number, expiration_month, expiration_year, security_code, cardholder, card_id, customer_id);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(card_token, card_token_request);

}  // namespace mercadopago
