// Sandbox card rules: Mercado Pago's published test cards, the Luhn check,
// what a card number's BIN says (brand, credit or debit, issuer), and the
// cardholder names that force a payment's outcome.
//
// Sources: shared reference payment-outcomes.md §4.1 (test cards per site) and
// §4.3 (cardholder name → outcome).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

/// The Luhn (mod 10) check of a card number given as digits only.
constexpr bool luhn_valid(std::string_view digits) noexcept {
    if (digits.size() < 12 || digits.size() > 19) return false;
    int sum = 0;
    bool twice = false;
    for (std::size_t i = digits.size(); i-- > 0;) {
        const char c = digits[i];
        if (c < '0' || c > '9') return false;
        int d = c - '0';
        if (twice) {
            d *= 2;
            if (d > 9) d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

/// One card of the published test-card lists. Any future expiry works; the
/// security code is 123 (Amex 1234).
struct test_card {
    std::string_view site{};               ///< MLA, MLB, MLC, MCO, MLM, MLU, MPE
    std::string_view number{};             ///< digits only
    std::string_view payment_method_id{};  ///< master, visa, amex, elo, debvisa, debmaster
};

inline constexpr std::array<test_card, 25> test_cards{{
    {"MLA", "5031755734530604", "master"},
    {"MLA", "4509953566233704", "visa"},
    {"MLA", "371180303257522", "amex"},
    {"MLA", "5287338310253304", "debmaster"},
    {"MLA", "4002768694395619", "debvisa"},
    {"MLB", "5031433215406351", "master"},
    {"MLB", "5480832801033311", "master"},
    {"MLB", "4235647728025682", "visa"},
    {"MLB", "375365153556885", "amex"},
    {"MLB", "5067766783888311", "elo"},
    {"MLC", "5416752602582580", "master"},
    {"MLC", "4168818844447115", "visa"},
    {"MLC", "375778174461804", "amex"},
    {"MCO", "5254133674403564", "master"},
    {"MCO", "4013540682746260", "visa"},
    {"MCO", "374378187755283", "amex"},
    {"MCO", "4915112055246507", "debvisa"},
    {"MLM", "5474925432670366", "master"},
    {"MLM", "4075595716483764", "visa"},
    {"MLM", "5579053461482647", "debmaster"},
    {"MLM", "4189141221267633", "debvisa"},
    {"MLU", "5031755734530604", "master"},
    {"MLU", "4509953566233704", "visa"},
    {"MPE", "5031755734530604", "master"},
    {"MPE", "4009175332806176", "visa"},
}};

/// What the sandbox knows about a card brand (a card payment method).
struct card_brand {
    std::string_view payment_method_id{};  ///< visa, master, amex, elo, debvisa, debmaster
    std::string_view name{};               ///< as the payment-methods catalogue names it
    std::string_view payment_type_id{};    ///< credit_card or debit_card
    std::string_view issuer_id{};
    std::string_view issuer_name{};
    int number_length = 16;
    int security_code_length = 3;
    std::string_view security_code_location = "back";
    int max_installments = 12;  ///< debit cards: 1
};

inline constexpr std::array<card_brand, 6> card_brands{{
    {"visa", "Visa", "credit_card", "25", "Visa", 16, 3, "back", 12},
    {"master", "Mastercard", "credit_card", "24", "Mastercard", 16, 3, "back", 12},
    {"amex", "American Express", "credit_card", "310", "American Express", 15, 4, "front", 12},
    {"elo", "Elo", "credit_card", "687", "Elo", 16, 3, "back", 12},
    {"debvisa", "Visa Débito", "debit_card", "25", "Visa", 16, 3, "back", 1},
    {"debmaster", "Mastercard Débito", "debit_card", "24", "Mastercard", 16, 3, "back", 1},
}};

/// The brand of a card payment method id, if it is one.
constexpr const card_brand* find_brand(std::string_view payment_method_id) noexcept {
    for (const auto& b : card_brands)
        if (b.payment_method_id == payment_method_id) return &b;
    return nullptr;
}

/// The brand a card number belongs to: a published test card first (which
/// tells debit cards apart), then the brands' BIN ranges. Null when no brand
/// claims the number.
constexpr const card_brand* brand_of_number(std::string_view digits) noexcept {
    if (digits.size() < 6) return nullptr;
    for (const auto& c : test_cards)
        if (c.number.substr(0, 6) == digits.substr(0, 6)) return find_brand(c.payment_method_id);
    const std::string_view bin = digits.substr(0, 6);
    int n6 = 0;
    for (char c : bin) n6 = n6 * 10 + (c - '0');
    constexpr int elo_bins[] = {636368, 636297, 504175, 438935, 451416, 457631, 457632, 457393, 431274, 401178, 401179, 627780};
    for (int b : elo_bins)
        if (n6 == b) return find_brand("elo");
    if ((n6 >= 506699 && n6 <= 506778) || (n6 >= 509000 && n6 <= 509999)) return find_brand("elo");
    if (bin.substr(0, 2) == "34" || bin.substr(0, 2) == "37") return find_brand("amex");
    if (bin[0] == '4') return find_brand("visa");
    if (bin[0] == '5' || (n6 >= 222100 && n6 <= 272099)) return find_brand("master");
    return nullptr;
}

/// A cardholder name that forces the outcome of a test payment.
struct forced_outcome {
    std::string_view cardholder{};  ///< the code to type as the cardholder name
    std::string_view status{};
    std::string_view status_detail{};
};

/// payment-outcomes.md §4.3. Any other name is approved (like APRO).
inline constexpr std::array<forced_outcome, 15> forced_outcomes{{
    {"APRO", "approved", "accredited"},
    {"CONT", "in_process", "pending_contingency"},
    {"OTHE", "rejected", "cc_rejected_other_reason"},
    {"CALL", "rejected", "cc_rejected_call_for_authorize"},
    {"FUND", "rejected", "cc_rejected_insufficient_amount"},
    {"SECU", "rejected", "cc_rejected_bad_filled_security_code"},
    {"EXPI", "rejected", "cc_rejected_bad_filled_date"},
    {"FORM", "rejected", "cc_rejected_bad_filled_other"},
    {"CARD", "rejected", "cc_rejected_bad_filled_card_number"},
    {"INST", "rejected", "cc_rejected_invalid_installments"},
    {"DUPL", "rejected", "cc_rejected_duplicated_payment"},
    {"LOCK", "rejected", "cc_rejected_card_disabled"},
    {"CTNA", "rejected", "cc_rejected_card_type_not_allowed"},
    {"ATTE", "rejected", "cc_rejected_max_attempts"},
    {"BLAC", "rejected", "cc_rejected_blacklist"},
}};

/// The outcome a cardholder name forces (case and surrounding blanks ignored);
/// APRO's for any name that is not a code.
constexpr const forced_outcome& outcome_for(std::string_view cardholder_name) noexcept {
    while (!cardholder_name.empty() && cardholder_name.front() == ' ') cardholder_name.remove_prefix(1);
    while (!cardholder_name.empty() && cardholder_name.back() == ' ') cardholder_name.remove_suffix(1);
    for (const auto& o : forced_outcomes) {
        if (o.cardholder.size() != cardholder_name.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < o.cardholder.size() && same; ++i) {
            char c = cardholder_name[i];
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
            same = c == o.cardholder[i];
        }
        if (same) return o;
    }
    return forced_outcomes[0];
}

}  // namespace mercadopago::sandbox
