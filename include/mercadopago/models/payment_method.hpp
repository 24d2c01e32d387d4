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
    using open_enum::open_enum;
    static constexpr constant active{"active"};
    static constexpr constant deactive{"deactive"};
    static constexpr constant temporally_deactive{"temporally_deactive"};  // sic: the API's spelling
    static constexpr constant testing{"testing"};
    static constexpr std::array<constant, 4> known{active, deactive, temporally_deactive, testing};
};

/// Card-number prefixes (BIN) that select this method; the patterns are regexes.
struct payment_method_bin {
    optional<std::string> pattern{};
    optional<std::string> exclusion_pattern{};
    optional<std::string> installments_pattern{};  ///< null, "" or a regex
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_method_bin, pattern, exclusion_pattern, installments_pattern);
};

struct payment_method_card_number {
    optional<std::int64_t> length{};  ///< an integer on the wire; one SDK declares text, which still decodes
    optional<std::string> validation{};  ///< "standard" (Luhn) or "none"
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_method_card_number, length, validation);
};

struct payment_method_security_code {
    optional<std::string> mode{};  ///< "mandatory" or "optional"
    optional<std::int64_t> length{};
    optional<std::string> card_location{};  ///< "back" or "front"
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_method_security_code, mode, length, card_location);
};

/// One card-number rule set of a method (a method may have several, or none).
struct payment_method_setting {
    optional<payment_method_bin> bin{};
    optional<payment_method_card_number> card_number{};
    optional<payment_method_security_code> security_code{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(payment_method_setting, bin, card_number, security_code);
};

/// A bank through which a transfer method (PSE, Pix, …) is paid.
struct financial_institution {
    optional<std::string> id{};  ///< text: "1" on the wire; SDKs disagree (J/D long, G string, N number)
    optional<std::string> description{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(financial_institution, id, description);
};

struct payment_method {
    optional<std::string> id{};  ///< "visa", "master", "pix", "bolbradesco", …
    optional<std::string> name{};
    optional<std::string> payment_type_id{};  ///< "credit_card", "ticket", "bank_transfer", …
    optional<payment_method_status> status{};
    optional<std::string> secure_thumbnail{};
    optional<std::string> thumbnail{};
    optional<std::string> deferred_capture{};  ///< "supported", "unsupported", "does_not_apply"
    optional<std::vector<payment_method_setting>> settings{};
    optional<std::vector<std::string>> additional_info_needed{};  ///< e.g. "cardholder_name"
    optional<decimal> min_allowed_amount{};
    optional<decimal> max_allowed_amount{};
    optional<std::int64_t> accreditation_time{};  ///< minutes
    optional<std::vector<financial_institution>> financial_institutions{};
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
