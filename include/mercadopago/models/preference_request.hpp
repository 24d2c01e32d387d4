// The body of `POST /checkout/preferences` and `PUT /checkout/preferences/{id}`
// (shared reference models.md §2.7), built from the parts of preference.hpp.
// Only the members a caller sets are sent. Money (`unit_price`, `cost`,
// `marketplace_fee`, tax values) is written as a JSON number with the digits
// the decimal holds: decimal("10.5") goes out as 10.5, never through a double.
// What only the API fills in (id, init_point, collector_id, dates created and
// updated) is in `preference`, not here.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/preference.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/timestamp.hpp>

#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

struct preference_request {
    std::vector<preference_item> items{};  ///< required: at least one
    optional<preference_payer> payer{};
    optional<preference_back_urls> back_urls{};
    optional<std::string> auto_return{};  ///< approved or all; needs back_urls.success
    optional<preference_payment_methods> payment_methods{};
    optional<std::string> notification_url{};  ///< https
    optional<std::string> statement_descriptor{};
    optional<std::string> external_reference{};
    optional<bool> expires{};
    optional<timestamp> date_of_expiration{};
    optional<timestamp> expiration_date_from{};
    optional<timestamp> expiration_date_to{};
    optional<std::string> marketplace{};
    optional<decimal> marketplace_fee{};
    optional<std::string> additional_info{};
    optional<bool> binary_mode{};  ///< approved or rejected at once, never pending
    optional<preference_differential_pricing> differential_pricing{};
    optional<std::vector<std::string>> processing_modes{};
    optional<preference_shipments> shipments{};
    optional<std::vector<preference_tax>> taxes{};
    optional<std::vector<preference_track>> tracks{};
    optional<free_form> metadata{};  ///< free-form; the API gives it back as sent
    optional<std::string> purpose{};
    optional<std::string> operation_type{};
    optional<std::string> coupon_code{};                 ///< Node only
    optional<std::vector<std::string>> coupon_labels{};  ///< Node only
    optional<preference_back_urls> redirect_urls{};      ///< Node only
    optional<preference_amounts> amounts{};                    ///< Java only
    optional<preference_counter_currency> counter_currency{};  ///< Java only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_request, items, payer, back_urls, auto_return, payment_methods, notification_url,
                       statement_descriptor, external_reference, expires, date_of_expiration, expiration_date_from,
                       expiration_date_to, marketplace, marketplace_fee, additional_info, binary_mode,
                       differential_pricing, processing_modes, shipments, taxes, tracks, metadata, purpose,
                       operation_type, coupon_code, coupon_labels, redirect_urls, amounts, counter_currency);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(preference_request);

}  // namespace mercadopago
