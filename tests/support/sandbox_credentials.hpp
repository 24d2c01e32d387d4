// Test helper: the credentials and test card the sandbox tests use — a
// seller's test access token (its last part is the seller's user id) and the
// Brazilian test Mastercard with the cardholder name that forces an outcome.
#pragma once

#include <mercadopago/models/card_token.hpp>

#include <string>

namespace test_support {

inline constexpr const char* seller_token =
    "TEST-8812345678901234-060213-0f9e8d7c6b5a49382716a5b4c3d2e1f0-1188183100";

/// Card data for a token: "APRO" approves, "OTHE" declines, … (sandbox/cards.hpp).
inline mercadopago::card_token_request test_card(const std::string& holder) {
    return {.card_number = "5031433215406351",
            .expiration_month = 11,
            .expiration_year = 2099,
            .security_code = "123",
            .cardholder = mercadopago::cardholder{.name = holder}};
}

}  // namespace test_support
