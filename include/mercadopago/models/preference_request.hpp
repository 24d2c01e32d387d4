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

/// The body that creates a preference, or the members of one to change. Unset members are not sent.
struct preference_request {
    std::vector<preference_item> items{};  ///< required: at least one
    /// The buyer, to prefill checkout (`name`/`surname`, not `first_name`/`last_name`).
    optional<preference_payer> payer{};
    optional<preference_back_urls> back_urls{};  ///< where checkout sends the buyer afterwards
    optional<std::string> auto_return{};  ///< approved or all; needs back_urls.success
    /// Payment methods to exclude or preselect, and the most installments to offer.
    optional<preference_payment_methods> payment_methods{};
    optional<std::string> notification_url{};  ///< https
    optional<std::string> statement_descriptor{};  ///< text shown on the buyer's card statement
    /// Your own reference (e.g. your order number), to find the payments made from it.
    optional<std::string> external_reference{};
    /// True to accept payments only between `expiration_date_from` and `expiration_date_to`.
    optional<bool> expires{};
    /// When the cash payments (tickets) made from the preference expire.
    optional<timestamp> date_of_expiration{};
    optional<timestamp> expiration_date_from{};  ///< start of the period it can be paid in
    optional<timestamp> expiration_date_to{};  ///< end of the period it can be paid in
    optional<std::string> marketplace{};  ///< `MP-MKT-<client_id>` for a marketplace, or `NONE`
    /// The marketplace's commission; written as a JSON number with the decimal's digits.
    optional<decimal> marketplace_fee{};
    optional<std::string> additional_info{};  ///< free text kept with the preference
    optional<bool> binary_mode{};  ///< approved or rejected at once, never pending
    optional<preference_differential_pricing> differential_pricing{};  ///< pricing scheme to apply, `{id}`
    optional<std::vector<std::string>> processing_modes{};  ///< processing modes, e.g. `["aggregator"]`
    optional<preference_shipments> shipments{};  ///< how the goods are shipped, and at what cost
    optional<std::vector<preference_tax>> taxes{};  ///< taxes on the purchase
    /// Conversion trackers to run on checkout (Google Ads, Facebook pixel).
    optional<std::vector<preference_track>> tracks{};
    optional<free_form> metadata{};  ///< free-form; the API gives it back as sent
    optional<std::string> purpose{};  ///< `wallet_purchase` or `onboarding_credits`
    optional<std::string> operation_type{};  ///< `regular_payment` or `money_transfer`
    optional<std::string> coupon_code{};                 ///< Node only
    optional<std::vector<std::string>> coupon_labels{};  ///< Node only
    optional<preference_back_urls> redirect_urls{};      ///< Node only
    optional<preference_amounts> amounts{};                    ///< Java only
    optional<preference_counter_currency> counter_currency{};  ///< Java only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_request, items, payer, back_urls, auto_return, payment_methods, notification_url,
                       statement_descriptor, external_reference, expires, date_of_expiration, expiration_date_from,
                       expiration_date_to, marketplace, marketplace_fee, additional_info, binary_mode,
                       differential_pricing, processing_modes, shipments, taxes, tracks, metadata, purpose,
                       operation_type, coupon_code, coupon_labels, redirect_urls, amounts, counter_currency);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(preference_request);

}  // namespace mercadopago
