// The sandbox's static catalogues: sites, payment methods, issuers,
// installment plans and identification types. Embedded in the header (the
// sandbox reads no files); values imitate the real API's bodies.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/models/identification_type.hpp>
#include <mercadopago/models/installments.hpp>
#include <mercadopago/models/issuer.hpp>
#include <mercadopago/models/payment_method.hpp>
#include <mercadopago/sandbox/cards.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

/// A Mercado Pago site (country): currency and how amounts are written.
struct site_info {
    std::string_view id{};           ///< MLB, MLA, …
    std::string_view country_id{};   ///< BR, AR, …
    std::string_view currency_id{};  ///< BRL, ARS, …
    std::string_view currency_symbol{};
    bool portuguese = false;  ///< "parcelas" rather than "cuotas"
};

inline constexpr std::array<site_info, 7> sites{{
    {"MLB", "BR", "BRL", "R$", true},
    {"MLA", "AR", "ARS", "$", false},
    {"MLM", "MX", "MXN", "$", false},
    {"MLC", "CL", "CLP", "$", false},
    {"MCO", "CO", "COP", "$", false},
    {"MPE", "PE", "PEN", "S/", false},
    {"MLU", "UY", "UYU", "$", false},
}};

/// The site with this id; MLB for an unknown id.
constexpr const site_info& find_site(std::string_view id) noexcept {
    for (const auto& s : sites)
        if (s.id == id) return s;
    return sites[0];
}

/// A non-card payment method of the catalogue.
struct offline_method {
    std::string_view id{};
    std::string_view name{};
    std::string_view payment_type_id{};  ///< bank_transfer, ticket, account_money
    std::int64_t accreditation_minutes = 0;
    std::int64_t min_cents = 1;
    std::int64_t max_cents = 0;
};

inline constexpr std::array<offline_method, 3> offline_methods{{
    {"pix", "PIX", "bank_transfer", 0, 1, 1'000'000'000},
    {"bolbradesco", "Boleto", "ticket", 1440, 400, 10'000'000},
    {"account_money", "Dinheiro na minha conta do MercadoPago", "account_money", 0, 1, 100'000'000},
}};

constexpr const offline_method* find_offline_method(std::string_view id) noexcept {
    for (const auto& m : offline_methods)
        if (m.id == id) return &m;
    return nullptr;
}

namespace detail {

inline std::string logo(std::string_view id, bool secure) {
    return std::string(secure ? "https://www.mercadopago.com/org-img/MP3/API/logos/"
                              : "http://img.mlstatic.com/org-img/MP3/API/logos/") +
           std::string(id) + ".gif";
}

/// The BIN regex the catalogue shows for a card brand.
constexpr std::string_view bin_pattern(std::string_view id) noexcept {
    if (id == "visa") return "^4";
    if (id == "master") return "^(5|(2[2-7]))";
    if (id == "amex") return "^((34)|(37))";
    if (id == "elo")
        return "^((50670[7-8])|(50671[5-9])|(5067[2-6][0-9])|(50677[0-8])|(509[0-9]{3})|(636368)|(636297)|(504175)|"
               "(438935)|(451416)|(45763[1-2])|(457393)|(431274)|(40117[8-9])|(627780))";
    if (id == "debvisa") return "^(400276|491511|418914)";
    if (id == "debmaster") return "^(528733|557905|502121)";
    return "";
}

constexpr std::string_view bin_exclusion(std::string_view id) noexcept {
    if (id == "visa") return "^(400276|491511|418914|438935|451416|457631|457632|457393|431274|401178|401179)";
    if (id == "master") return "^(528733|557905|502121|5067|509|504175)";
    return "";
}

}  // namespace detail

/// The catalogue entry of a card brand.
inline payment_method card_method(const card_brand& b) {
    payment_method m;
    m.id = std::string(b.payment_method_id);
    m.name = std::string(b.name);
    m.payment_type_id = std::string(b.payment_type_id);
    m.status = payment_method_status::active;
    m.secure_thumbnail = detail::logo(b.payment_method_id, true);
    m.thumbnail = detail::logo(b.payment_method_id, false);
    m.deferred_capture = b.payment_type_id == "credit_card" ? "supported" : "unsupported";
    payment_method_setting s;
    s.bin = payment_method_bin{};
    s.bin->pattern = std::string(detail::bin_pattern(b.payment_method_id));
    s.bin->exclusion_pattern = std::string(detail::bin_exclusion(b.payment_method_id));
    s.bin->installments_pattern = b.payment_type_id == "credit_card" ? std::string(detail::bin_pattern(b.payment_method_id)) : "";
    s.card_number = payment_method_card_number{};
    s.card_number->validation = "standard";
    s.card_number->extra["length"] = b.number_length;  // an integer on the wire
    s.security_code = payment_method_security_code{};
    s.security_code->mode = "mandatory";
    s.security_code->length = b.security_code_length;
    s.security_code->card_location = std::string(b.security_code_location);
    m.settings = std::vector<payment_method_setting>{std::move(s)};
    m.additional_info_needed = std::vector<std::string>{"cardholder_name", "cardholder_identification_type",
                                                        "cardholder_identification_number"};
    m.min_allowed_amount = decimal::from_cents(50).normalized();
    m.max_allowed_amount = decimal(60000);
    m.accreditation_time = b.payment_type_id == "credit_card" ? 2880 : 1440;
    m.financial_institutions = std::vector<financial_institution>{};
    m.processing_modes = std::vector<std::string>{"aggregator"};
    return m;
}

/// The catalogue entry of a non-card method.
inline payment_method offline_catalogue_entry(const offline_method& o) {
    payment_method m;
    m.id = std::string(o.id);
    m.name = std::string(o.name);
    m.payment_type_id = std::string(o.payment_type_id);
    m.status = payment_method_status::active;
    m.secure_thumbnail = detail::logo(o.id, true);
    m.thumbnail = detail::logo(o.id, false);
    m.deferred_capture = "does_not_apply";
    m.settings = std::vector<payment_method_setting>{};
    m.additional_info_needed = o.id == "bolbradesco"
                                   ? std::vector<std::string>{"identification_type", "identification_number",
                                                              "first_name", "last_name"}
                                   : std::vector<std::string>{};
    m.min_allowed_amount = decimal::from_cents(o.min_cents).normalized();
    m.max_allowed_amount = decimal::from_cents(o.max_cents).normalized();
    m.accreditation_time = o.accreditation_minutes;
    m.financial_institutions = std::vector<financial_institution>{};
    m.processing_modes = std::vector<std::string>{"aggregator"};
    return m;
}

/// Every payment method of the catalogue, cards first.
inline std::vector<payment_method> payment_methods_catalogue() {
    std::vector<payment_method> out;
    for (const auto& b : card_brands) out.push_back(card_method(b));
    for (const auto& o : offline_methods) out.push_back(offline_catalogue_entry(o));
    return out;
}

/// The issuer of a card brand, as card_issuers and installments show it.
inline issuer issuer_of(const card_brand& b) {
    issuer i;
    i.id = std::string(b.issuer_id);
    i.name = std::string(b.issuer_name);
    i.secure_thumbnail = "https://www.mercadopago.com/org-img/MP3/API/logos/" + std::string(b.issuer_id) + ".gif";
    i.thumbnail = "http://img.mlstatic.com/org-img/MP3/API/logos/" + std::string(b.issuer_id) + ".gif";
    i.processing_mode = "aggregator";
    i.status = "active";
    return i;
}

/// Interest of an installment plan, in basis points of the amount: none for
/// one installment, 1.99% more for each further one (12x: 21.89%).
constexpr std::int64_t installment_rate_bp(int installments) noexcept {
    return installments <= 1 ? 0 : 199 * static_cast<std::int64_t>(installments - 1);
}

/// `cents` rounded half up after multiplying by `num / den`.
constexpr std::int64_t scale_cents(std::int64_t cents, std::int64_t num, std::int64_t den) noexcept {
    return (cents * num + den / 2) / den;
}

/// What the payer pays in total for `cents` in `installments`.
constexpr std::int64_t total_with_interest(std::int64_t cents, int installments) noexcept {
    return scale_cents(cents, 10000 + installment_rate_bp(installments), 10000);
}

/// "1.234,56": amounts as the sites write them for buyers.
inline std::string buyer_amount(std::int64_t cents) {
    // Appended digit by digit: inserting the dots into the string makes g++ 12
    // report a false -Wrestrict at -O3.
    const std::string whole = std::to_string(cents / 100);
    const auto frac = cents % 100;
    std::string out;
    out.reserve(whole.size() + whole.size() / 3 + 4);
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out += '.';
        out += whole[i];
    }
    out += ',';
    if (frac < 10) out += '0';
    out += std::to_string(frac);
    return out;
}

/// The plans of a card brand for an amount (`GET /v1/payment_methods/installments`).
inline installment_options installment_plans(const card_brand& b, std::int64_t cents, const site_info& site) {
    installment_options o;
    o.payment_method_id = std::string(b.payment_method_id);
    o.payment_type_id = std::string(b.payment_type_id);
    o.issuer = issuer_of(b);
    o.processing_mode = "aggregator";
    o.payer_costs = std::vector<payer_cost>{};
    const std::string symbol(site.currency_symbol);
    for (int n = 1; n <= b.max_installments; ++n) {
        const std::int64_t total = total_with_interest(cents, n);
        const std::int64_t each = scale_cents(total, 1, n);
        payer_cost c;
        c.installments = n;
        c.installment_rate = decimal::from_units(installment_rate_bp(n), 2).normalized();
        c.discount_rate = decimal(0);
        c.labels = n == 1 ? std::vector<std::string>{"recommended_installment"} : std::vector<std::string>{};
        c.installment_rate_collector = std::vector<std::string>{n == 1 ? "MERCADOPAGO" : "THIRD_PARTY"};
        c.min_allowed_amount = decimal::from_cents(50).normalized();
        c.max_allowed_amount = decimal(60000);
        const char* word = site.portuguese ? (n == 1 ? "parcela" : "parcelas") : (n == 1 ? "cuota" : "cuotas");
        std::string msg = std::to_string(n) + " " + word + " de " + symbol + " " + buyer_amount(each);
        if (n > 1) msg += " (" + symbol + " " + buyer_amount(total) + ")";
        c.recommended_message = std::move(msg);
        c.installment_amount = decimal::from_cents(each).normalized();
        c.total_amount = decimal::from_cents(total).normalized();
        o.payer_costs->push_back(std::move(c));
    }
    return o;
}

/// The identification document types of a site (`GET /v1/identification_types`).
inline std::vector<identification_type> identification_types_of(std::string_view site_id) {
    struct row {
        std::string_view site, id, name, type;
        int min, max;
    };
    static constexpr row rows[] = {
        {"MLB", "CPF", "CPF", "number", 11, 11},   {"MLB", "CNPJ", "CNPJ", "number", 14, 14},
        {"MLA", "DNI", "DNI", "number", 7, 8},     {"MLA", "CI", "Cédula", "number", 1, 9},
        {"MLA", "LC", "L.C.", "number", 6, 7},     {"MLA", "LE", "L.E.", "number", 6, 7},
        {"MLA", "Otro", "Otro", "number", 5, 20},  {"MLC", "RUT", "RUT", "string", 8, 9},
        {"MLC", "Otro", "Otro", "number", 5, 20},  {"MCO", "CC", "C.C.", "number", 5, 20},
        {"MCO", "CE", "C.E.", "number", 5, 20},    {"MCO", "NIT", "NIT", "number", 5, 20},
        {"MCO", "Otro", "Otro", "number", 5, 20},  {"MLU", "CI", "CI", "number", 8, 8},
        {"MLU", "Otro", "Otro", "number", 5, 20},  {"MPE", "DNI", "DNI", "number", 8, 8},
        {"MPE", "C.E", "Carné de Extranjería", "string", 9, 9}, {"MPE", "RUC", "RUC", "number", 11, 11},
        {"MPE", "Otro", "Otro", "number", 5, 20},
    };
    std::vector<identification_type> out;
    for (const auto& r : rows) {
        if (r.site != site_id) continue;
        identification_type t;
        t.id = std::string(r.id);
        t.name = std::string(r.name);
        t.type = std::string(r.type);
        t.min_length = r.min;
        t.max_length = r.max;
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace mercadopago::sandbox
