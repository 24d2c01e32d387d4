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

struct card_token {
    optional<std::string> id{};       ///< the token to send as a payment's `token`
    optional<std::string> card_id{};  ///< set when the token was made from a saved card
    optional<std::string> first_six_digits{};
    optional<std::int64_t> expiration_month{};
    optional<std::int64_t> expiration_year{};
    optional<std::string> last_four_digits{};
    optional<mercadopago::cardholder> cardholder{};
    optional<std::string> status{};  ///< "active" until used or expired
    optional<timestamp> date_created{};
    optional<timestamp> date_last_updated{};
    optional<timestamp> date_due{};
    optional<bool> luhn_validation{};
    optional<bool> live_mode{};
    optional<bool> require_esc{};
    optional<std::int64_t> card_number_length{};
    optional<std::int64_t> security_code_length{};
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
    optional<std::string> card_number{};
    optional<std::int64_t> expiration_month{};
    optional<std::int64_t> expiration_year{};  ///< four digits
    optional<std::string> security_code{};     // secret, see above
    optional<mercadopago::cardholder> cardholder{};
    optional<std::string> card_id{};
    optional<std::string> customer_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(card_token_request,
                      card_number, expiration_month, expiration_year, security_code, cardholder, card_id, customer_id);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(card_token, card_token_request);

}  // namespace mercadopago
