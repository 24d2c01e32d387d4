// The body of `POST /checkout/preferences` and `PUT /checkout/preferences/{id}`
// (shared reference models.md §2.7), built from the parts of preference.hpp.
// Only the members a caller sets are sent. Money (`unit_price`, `cost`,
// `marketplace_fee`, tax values) is written as a JSON number with the digits
// the decimal holds: decimal("10.5") goes out as 10.5, never through a double.
// What only the API fills in (id, init_point, collector_id, dates created and
// updated) is in `preference`, not here.
#pragma once

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/preference.hpp>
#include <mercadopago/timestamp.hpp>

#include <optional>
#include <string>
#include <vector>

namespace mercadopago {

struct preference_request {
    std::vector<preference_item> items{};  ///< required: at least one
    std::optional<preference_payer> payer{};
    std::optional<preference_back_urls> back_urls{};
    std::optional<std::string> auto_return{};  ///< approved or all; needs back_urls.success
    std::optional<preference_payment_methods> payment_methods{};
    std::optional<std::string> notification_url{};  ///< https
    std::optional<std::string> statement_descriptor{};
    std::optional<std::string> external_reference{};
    std::optional<bool> expires{};
    std::optional<timestamp> date_of_expiration{};
    std::optional<timestamp> expiration_date_from{};
    std::optional<timestamp> expiration_date_to{};
    std::optional<std::string> marketplace{};
    std::optional<decimal> marketplace_fee{};
    std::optional<std::string> additional_info{};
    std::optional<bool> binary_mode{};  ///< approved or rejected at once, never pending
    std::optional<preference_differential_pricing> differential_pricing{};
    std::optional<std::vector<std::string>> processing_modes{};
    std::optional<preference_shipments> shipments{};
    std::optional<std::vector<preference_tax>> taxes{};
    std::optional<std::vector<preference_track>> tracks{};
    std::optional<free_form> metadata{};  ///< free-form; the API gives it back as sent
    std::optional<std::string> purpose{};
    std::optional<std::string> operation_type{};
    std::optional<std::string> coupon_code{};                 ///< Node only
    std::optional<std::vector<std::string>> coupon_labels{};  ///< Node only
    std::optional<preference_back_urls> redirect_urls{};      ///< Node only
    std::optional<preference_amounts> amounts{};                    ///< Java only
    std::optional<preference_counter_currency> counter_currency{};  ///< Java only
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
