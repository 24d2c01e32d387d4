// Payment methods (`GET /v1/payment_methods`, a bare array of these).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/open_enum.hpp>
#include <mercadopago/optional.hpp>

#include <boost/json/object.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Availability of a payment method; open: unknown values are kept verbatim.
struct payment_method_status : open_enum<payment_method_status> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;
    static constexpr constant active{"active"};  ///< enabled: can be offered to buyers
    static constexpr constant deactive{"deactive"};  ///< disabled (the API's word for "deactivated")
    static constexpr constant temporally_deactive{"temporally_deactive"};  ///< temporarily off (sic: the API's spelling)
    static constexpr constant testing{"testing"};  ///< seen in real lists; undocumented: do not treat as active
    /// Every value this version names, e.g. to list or validate them.
    static constexpr std::array<constant, 4> known{active, deactive, temporally_deactive, testing};
};

/// Card-number prefixes (BIN) that select this method; the patterns are regexes.
struct payment_method_bin {
    optional<std::string> pattern{};  ///< regex the card number's leading digits must match, e.g. "^(502121)"
    optional<std::string> exclusion_pattern{};  ///< regex of BINs excluded although they match `pattern`; often null
    optional<std::string> installments_pattern{};  ///< null, "" or a regex
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_method_bin, pattern, exclusion_pattern, installments_pattern);
};

/// Card-number rule of a setting: how many digits, and which check applies.
struct payment_method_card_number {
    optional<std::int64_t> length{};  ///< an integer on the wire; one SDK declares text, which still decodes
    optional<std::string> validation{};  ///< "standard" (Luhn) or "none"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_method_card_number, length, validation);
};

/// Security-code (CVV) rule of a setting: whether it is asked, its length, where it is printed.
struct payment_method_security_code {
    optional<std::string> mode{};  ///< "mandatory" or "optional"
    optional<std::int64_t> length{};  ///< digits of the code: 3, or 4 on Amex
    optional<std::string> card_location{};  ///< "back" or "front"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_method_security_code, mode, length, card_location);
};

/// One card-number rule set of a method (a method may have several, or none).
struct payment_method_setting {
    optional<payment_method_bin> bin{};  ///< which card numbers this setting applies to
    optional<payment_method_card_number> card_number{};  ///< length and check of those card numbers
    optional<payment_method_security_code> security_code{};  ///< security code those cards need
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(payment_method_setting, bin, card_number, security_code);
};

/// A bank through which a transfer method (PSE, Pix, …) is paid.
struct financial_institution {
    optional<std::string> id{};  ///< text: "1" on the wire; SDKs disagree (J/D long, G string, N number)
    optional<std::string> description{};  ///< the institution's display name, e.g. "PIX"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(financial_institution, id, description);
};

/// One payment method the seller's site accepts: a card brand, a voucher (boleto, OXXO), a transfer (Pix, PSE), …
/// Send its `id` as `payment_method_id` when creating a payment.
struct payment_method {
    optional<std::string> id{};  ///< "visa", "master", "pix", "bolbradesco", …
    optional<std::string> name{};  ///< display name, e.g. "Mastercard Débito"
    optional<std::string> payment_type_id{};  ///< "credit_card", "ticket", "bank_transfer", …
    optional<payment_method_status> status{};  ///< whether the method is usable now
    optional<std::string> secure_thumbnail{};  ///< https URL of the method's logo
    optional<std::string> thumbnail{};  ///< URL of the same logo as `secure_thumbnail`
    optional<std::string> deferred_capture{};  ///< "supported", "unsupported", "does_not_apply"
    optional<std::vector<payment_method_setting>> settings{};  ///< card rules per BIN range; `[]` for non-card methods
    optional<std::vector<std::string>> additional_info_needed{};  ///< e.g. "cardholder_name"
    optional<decimal> min_allowed_amount{};  ///< smallest amount this method accepts, in the site's currency
    optional<decimal> max_allowed_amount{};  ///< largest amount this method accepts, in the site's currency
    optional<std::int64_t> accreditation_time{};  ///< minutes
    optional<std::vector<financial_institution>> financial_institutions{};  ///< banks for transfer methods; often `[]`
    optional<std::vector<std::string>> processing_modes{};  ///< "aggregator", "gateway"
    optional<std::string> type{};          ///< declared by the Java SDK only
    optional<std::string> card_id{};       ///< declared by the Java SDK only
    optional<std::int64_t> installments{};  ///< declared by the Java SDK only
    extra_fields extra{};                 ///< BIN search results add e.g. `issuer` here

    MERCADOPAGO_FIELDS(payment_method,
                      id, name, payment_type_id, status, secure_thumbnail, thumbnail, deferred_capture, settings,
                      additional_info_needed, min_allowed_amount, max_allowed_amount, accreditation_time,
                      financial_institutions, processing_modes, type, card_id, installments);
};

/// `GET /v1/payment_methods/search?bins=…` (BIN lookup). No SDK types it and
/// the reference does not confirm its shape; it is read as a results page of
/// payment methods, with any member beyond those above kept in each `extra`.
using payment_method_search_page = results_page<payment_method>;

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(payment_method_bin, payment_method_card_number, payment_method_security_code, payment_method_setting,
                   financial_institution, payment_method);

}  // namespace mercadopago
