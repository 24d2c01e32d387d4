// A Checkout Pro preference (`POST/GET/PUT /checkout/preferences…`, shared
// reference models.md "Preference"), and the summaries that
// `GET /checkout/preferences/search` lists.
//
// Every field any of the four typed SDKs declares is a member. Conventions,
// as in payment.hpp:
//   * money is `decimal`, written back as a JSON number with the digits it
//     came with (`unit_price` arrives as `4000`, `58.80` and `0.0`);
//   * `client_id` is text ("6245132082630004") while `collector_id` is a
//     number: each keeps its own kind;
//   * fields the SDKs declare as "number or string" are std::string: the
//     codec reads a JSON number into the string and writes it back as a number;
//   * a preference created with only items comes back full of `""` and
//     `null` placeholders (`excluded_payment_methods:[{"id":""}]`): an
//     explicit null is an empty optional and is written back as null.
// Keys no SDK declares (`collector{tags,operator_id}`, `headers`,
// `created_by_app`, `created_source`) stay in `extra`.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/phone.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/timestamp.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

// --- items -------------------------------------------------------------------------

/// An identity document as preferences carry it (payer, travellers).
struct preference_identification {
    optional<std::string> type{};    ///< CPF, CNPJ, DNI, …
    optional<std::string> number{};  ///< digits as text; a JSON number is kept as sent
    optional<std::string> identification{};  ///< Node only, declared a number: text keeps its digits
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_identification, type, number, identification);
};

/// A traveller (airline/transport items: `category_descriptor.passenger`).
struct preference_passenger {
    optional<std::string> first_name{};
    optional<std::string> last_name{};
    optional<preference_identification> identification{};  ///< Java, .NET and Node's nested form
    optional<std::string> identification_type{};            ///< Go's flat form
    optional<std::string> identification_number{};          ///< Go's flat form
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_passenger, first_name, last_name, identification, identification_type,
                       identification_number);
};

/// A trip (`category_descriptor.route`).
struct preference_route {
    optional<std::string> departure{};
    optional<std::string> destination{};
    optional<timestamp> departure_date_time{};
    optional<timestamp> arrival_date_time{};
    optional<std::string> company{};
    optional<std::string> origin_id{};       ///< Node only
    optional<std::string> destination_id{};  ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_route, departure, destination, departure_date_time, arrival_date_time, company,
                       origin_id, destination_id);
};

/// Extra description of an item (tickets, travel).
struct preference_category_descriptor {
    optional<preference_passenger> passenger{};
    optional<preference_route> route{};
    optional<timestamp> event_date{};
    optional<std::string> type{};  ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_category_descriptor, passenger, route, event_date, type);
};

/// One item sold; a preference needs at least one.
struct preference_item {
    optional<std::string> id{};
    optional<std::string> title{};
    optional<std::string> type{};
    optional<std::string> description{};
    optional<std::string> picture_url{};
    optional<std::string> category_id{};
    optional<std::int64_t> quantity{};
    optional<decimal> unit_price{};  ///< a JSON number: `4000`, `58.80`
    optional<bool> warranty{};       ///< Go declares a string; bool also reads "true"/"false" text
    optional<std::string> currency_id{};
    optional<preference_category_descriptor> category_descriptor{};
    optional<timestamp> event_date{};  ///< .NET and Node
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_item, id, title, type, description, picture_url, category_id, quantity, unit_price,
                       warranty, currency_id, category_descriptor, event_date);
};

// --- payer -------------------------------------------------------------------------

/// A postal address as preferences carry it (payer, Go's receiver_address.address).
struct preference_payer_address {
    optional<std::string> street_name{};
    optional<std::string> street_number{};  ///< text ("123"); null on an empty preference
    optional<std::string> zip_code{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_payer_address, street_name, street_number, zip_code);
};

/// The buyer, if known in advance. Note `name`/`surname`, not the
/// `first_name`/`last_name` of payments; every string is `""` when unset.
struct preference_payer {
    optional<std::string> name{};
    optional<std::string> surname{};
    optional<std::string> email{};
    optional<mercadopago::phone> phone{};
    optional<preference_identification> identification{};
    optional<preference_payer_address> address{};
    optional<timestamp> date_created{};
    optional<timestamp> last_purchase{};
    optional<std::string> authentication_type{};
    optional<bool> is_prime_user{};
    optional<bool> is_first_purchase_online{};
    optional<timestamp> registration_date{};
    optional<timestamp> last_purchase_date{};  ///< Go only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_payer, name, surname, email, phone, identification, address, date_created,
                       last_purchase, authentication_type, is_prime_user, is_first_purchase_online, registration_date,
                       last_purchase_date);
};

// --- payment methods, back urls ----------------------------------------------------------

/// `{"id":…}`: an excluded payment method or payment type. The API answers
/// `[{"id":""}]` when none is excluded; that entry is kept as it came.
struct preference_excluded_id {
    optional<std::string> id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_excluded_id, id);
};

struct preference_payment_methods {
    optional<std::vector<preference_excluded_id>> excluded_payment_methods{};  ///< master, visa, …
    optional<std::vector<preference_excluded_id>> excluded_payment_types{};    ///< ticket, atm, …
    optional<std::string> default_payment_method_id{};
    optional<std::int64_t> installments{};  ///< the most the buyer may choose
    optional<std::int64_t> default_installments{};
    optional<std::string> default_card_id{};  ///< Node only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_payment_methods, excluded_payment_methods, excluded_payment_types,
                       default_payment_method_id, installments, default_installments, default_card_id);
};

/// Where the buyer is sent back to after paying; also the shape of Node's
/// `redirect_urls` (all `""` in every fixture).
struct preference_back_urls {
    optional<std::string> success{};
    optional<std::string> pending{};
    optional<std::string> failure{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_back_urls, success, pending, failure);
};

// --- shipments -------------------------------------------------------------------------

struct preference_free_method {
    optional<std::int64_t> id{};  ///< a shipping method id
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_free_method, id);
};

struct preference_receiver_address {
    optional<std::string> zip_code{};
    optional<std::string> street_name{};
    optional<std::string> street_number{};
    optional<std::string> floor{};
    optional<std::string> apartment{};
    optional<std::string> city_name{};
    optional<std::string> state_name{};
    optional<std::string> country_name{};
    optional<preference_payer_address> address{};  ///< Go only
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_receiver_address, zip_code, street_name, street_number, floor, apartment,
                       city_name, state_name, country_name, address);
};

struct preference_shipments {
    optional<std::string> mode{};  ///< custom, me2, not_specified
    optional<bool> local_pickup{};
    optional<std::string> dimensions{};  ///< one string: "10x10x20,500"
    optional<std::string> default_shipping_method{};  ///< number or string across SDKs: text keeps both
    optional<std::vector<preference_free_method>> free_methods{};
    optional<decimal> cost{};
    optional<bool> free_shipping{};
    optional<preference_receiver_address> receiver_address{};
    optional<bool> express_shipment{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_shipments, mode, local_pickup, dimensions, default_shipping_method, free_methods,
                       cost, free_shipping, receiver_address, express_shipment);
};

// --- pricing, taxes, tracking, amounts ---------------------------------------------------

struct preference_differential_pricing {
    optional<std::int64_t> id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_differential_pricing, id);
};

struct preference_tax {
    optional<std::string> type{};  ///< e.g. IVA
    optional<decimal> value{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_tax, type, value);
};

/// The ids of a conversion tracker (Google Ads, Facebook pixel).
struct preference_track_values {
    optional<std::string> conversion_id{};
    optional<std::string> conversion_label{};
    optional<std::string> pixel_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_track_values, conversion_id, conversion_label, pixel_id);
};

struct preference_track {
    optional<std::string> type{};  ///< google_ad, facebook_ad
    optional<preference_track_values> values{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_track, type, values);
};

/// One side of `amounts`: what the payer pays, or the collector receives,
/// in its own currency.
struct preference_amount {
    optional<std::string> currency_id{};
    optional<decimal> transaction{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_amount, currency_id, transaction);
};

/// Java, .NET and Go: amounts of a cross-currency preference.
struct preference_amounts {
    optional<preference_amount> payer{};
    optional<preference_amount> collector{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_amounts, payer, collector);
};

struct preference_counter_currency {
    optional<std::string> currency_id{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_counter_currency, currency_id);
};

// --- the preference -----------------------------------------------------------------------

struct preference {
    optional<std::string> id{};         ///< "<collector_id>-<uuid>"
    optional<std::string> init_point{};  ///< the checkout URL to send the buyer to
    optional<std::string> sandbox_init_point{};
    optional<std::vector<preference_item>> items{};
    optional<preference_payer> payer{};
    optional<std::string> client_id{};  ///< the application id, as text ("6245132082630004")
    optional<std::int64_t> collector_id{};
    optional<std::string> site_id{};  ///< MLB, MLA, …
    optional<preference_payment_methods> payment_methods{};
    optional<preference_back_urls> back_urls{};
    optional<preference_back_urls> redirect_urls{};  ///< Node only
    optional<std::string> auto_return{};              ///< approved, all, or ""
    optional<preference_shipments> shipments{};
    optional<std::string> notification_url{};
    optional<std::string> statement_descriptor{};
    optional<std::string> external_reference{};
    optional<bool> expires{};
    optional<timestamp> date_of_expiration{};  ///< of the cash payments made from it
    optional<timestamp> expiration_date_from{};
    optional<timestamp> expiration_date_to{};
    optional<std::string> marketplace{};  ///< "NONE" when not a marketplace, or "MP-MKT-<client_id>"
    optional<decimal> marketplace_fee{};
    optional<std::string> additional_info{};
    optional<std::string> operation_type{};  ///< regular_payment, money_transfer
    optional<std::string> purpose{};         ///< wallet_purchase, onboarding_credits, or ""
    optional<preference_differential_pricing> differential_pricing{};
    optional<std::vector<std::string>> processing_modes{};  ///< ["aggregator"], or null
    optional<bool> binary_mode{};
    optional<std::vector<preference_tax>> taxes{};
    optional<std::vector<preference_track>> tracks{};
    optional<free_form> metadata{};           ///< free-form, as the integrator sent it
    optional<free_form> internal_metadata{};  ///< Node only; free-form
    optional<preference_amounts> amounts{};
    optional<preference_counter_currency> counter_currency{};
    optional<std::int64_t> sponsor_id{};  ///< .NET only
    optional<std::string> coupon_code{};                ///< Node only
    optional<std::vector<std::string>> coupon_labels{};  ///< Node only
    optional<timestamp> date_created{};
    optional<timestamp> last_updated{};  ///< null until the first update
    // Declared by no SDK, but in the API's answers:
    optional<decimal> total_amount{};  ///< the items' total; null, `8000` or `58.80`
    optional<std::string> product_id{};
    optional<bool> live_mode{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference, id, init_point, sandbox_init_point, items, payer, client_id, collector_id, site_id,
                       payment_methods, back_urls, redirect_urls, auto_return, shipments, notification_url,
                       statement_descriptor, external_reference, expires, date_of_expiration, expiration_date_from,
                       expiration_date_to, marketplace, marketplace_fee, additional_info, operation_type, purpose,
                       differential_pricing, processing_modes, binary_mode, taxes, tracks, metadata,
                       internal_metadata, amounts, counter_currency, sponsor_id, coupon_code, coupon_labels,
                       date_created, last_updated, total_amount, product_id, live_mode);
};

// --- search ---------------------------------------------------------------------------------

/// One element of `GET /checkout/preferences/search`: a summary, not a
/// preference. Its `items` are the items' titles, and the payer is reduced to
/// `payer_email`/`payer_id`. Page with `next_offset` as sent: it is not
/// offset + count.
struct preference_search_element {
    optional<std::string> id{};
    optional<std::string> client_id{};  ///< numeric text
    optional<std::int64_t> collector_id{};
    optional<std::string> concept_id{};  ///< Node declares a number; always null so far: text keeps both
    optional<std::string> corporation_id{};
    optional<std::string> integrator_id{};
    optional<std::string> platform_id{};
    optional<timestamp> date_created{};
    optional<timestamp> expiration_date_from{};
    optional<timestamp> expiration_date_to{};
    optional<bool> expires{};
    optional<std::string> external_reference{};
    optional<std::vector<std::string>> items{};  ///< titles (`["Games"]`)
    optional<timestamp> last_updated{};
    optional<bool> live_mode{};
    optional<std::string> marketplace{};
    optional<std::string> operation_type{};
    optional<std::string> payer_email{};
    optional<std::string> payer_id{};  ///< string (Java, Go) or number (Node): text keeps both
    optional<std::vector<std::string>> processing_modes{};
    optional<std::string> product_id{};
    optional<std::string> purpose{};
    optional<std::string> site_id{};
    optional<std::int64_t> sponsor_id{};  ///< 0 when none
    optional<std::string> shipping_mode{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(preference_search_element, id, client_id, collector_id, concept_id, corporation_id,
                       integrator_id, platform_id, date_created, expiration_date_from, expiration_date_to, expires,
                       external_reference, items, last_updated, live_mode, marketplace, operation_type, payer_email,
                       payer_id, processing_modes, product_id, purpose, site_id, sponsor_id, shipping_mode);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(preference_identification, preference_passenger, preference_route, preference_category_descriptor,
                   preference_item, preference_payer_address, preference_payer, preference_excluded_id,
                   preference_payment_methods, preference_back_urls, preference_free_method,
                   preference_receiver_address, preference_shipments, preference_differential_pricing,
                   preference_tax, preference_track_values, preference_track, preference_amount,
                   preference_amounts, preference_counter_currency, preference, preference_search_element);

}  // namespace mercadopago
