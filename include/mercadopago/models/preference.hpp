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
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_identification, type, number, identification);
};

/// A traveller (airline/transport items: `category_descriptor.passenger`).
struct preference_passenger {
    optional<std::string> first_name{};  ///< traveller's given name
    optional<std::string> last_name{};  ///< traveller's family name
    optional<preference_identification> identification{};  ///< Java, .NET and Node's nested form
    optional<std::string> identification_type{};            ///< Go's flat form
    optional<std::string> identification_number{};          ///< Go's flat form
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_passenger, first_name, last_name, identification, identification_type,
                       identification_number);
};

/// A trip (`category_descriptor.route`).
struct preference_route {
    optional<std::string> departure{};  ///< where the trip starts, as text
    optional<std::string> destination{};  ///< where the trip ends, as text
    optional<timestamp> departure_date_time{};  ///< when the trip starts (ISO-8601)
    optional<timestamp> arrival_date_time{};  ///< when the trip ends (ISO-8601)
    optional<std::string> company{};  ///< the carrier (airline, bus company, …)
    optional<std::string> origin_id{};  ///< id of the departure place; Node only
    optional<std::string> destination_id{};  ///< id of the destination; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_route, departure, destination, departure_date_time, arrival_date_time, company,
                       origin_id, destination_id);
};

/// Extra description of an item (tickets, travel).
struct preference_category_descriptor {
    optional<preference_passenger> passenger{};  ///< the traveller
    optional<preference_route> route{};  ///< the trip
    optional<timestamp> event_date{};  ///< date of the event a ticket is for (ISO-8601)
    optional<std::string> type{};  ///< Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_category_descriptor, passenger, route, event_date, type);
};

/// One item sold; a preference needs at least one.
struct preference_item {
    optional<std::string> id{};  ///< the seller's own item id
    optional<std::string> title{};  ///< item name shown at checkout
    optional<std::string> type{};  ///< item type, as text
    optional<std::string> description{};  ///< longer description of the item
    optional<std::string> picture_url{};  ///< URL of a picture shown at checkout
    optional<std::string> category_id{};  ///< item category id, as text (`""` on items created without one)
    optional<std::int64_t> quantity{};  ///< number of units (a JSON integer)
    optional<decimal> unit_price{};  ///< price of one unit in `currency_id`; a JSON number: `4000`, `58.80`
    optional<bool> warranty{};       ///< Go declares a string; bool also reads "true"/"false" text
    optional<std::string> currency_id{};  ///< ISO 4217 currency code (`BRL`, `ARS`, …)
    optional<preference_category_descriptor> category_descriptor{};  ///< extra description for tickets and travel
    optional<timestamp> event_date{};  ///< date of the event a ticket is for; .NET and Node
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_item, id, title, type, description, picture_url, category_id, quantity, unit_price,
                       warranty, currency_id, category_descriptor, event_date);
};

// --- payer -------------------------------------------------------------------------

/// A postal address as preferences carry it (payer, Go's receiver_address.address).
struct preference_payer_address {
    optional<std::string> street_name{};  ///< street name, without the house number
    optional<std::string> street_number{};  ///< text ("123"); null on an empty preference
    optional<std::string> zip_code{};  ///< postal code, as text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_payer_address, street_name, street_number, zip_code);
};

/// The buyer, if known in advance. Note `name`/`surname`, not the
/// `first_name`/`last_name` of payments; every string is `""` when unset.
struct preference_payer {
    optional<std::string> name{};  ///< buyer's given name (`name`, not `first_name`)
    optional<std::string> surname{};  ///< buyer's family name (`surname`, not `last_name`)
    optional<std::string> email{};  ///< buyer's e-mail
    optional<mercadopago::phone> phone{};  ///< buyer's phone: area code and number, both text
    optional<preference_identification> identification{};  ///< buyer's identity document
    optional<preference_payer_address> address{};  ///< buyer's postal address
    optional<timestamp> date_created{};  ///< when the buyer was registered (ISO-8601); null in the answers seen
    optional<timestamp> last_purchase{};  ///< date of the buyer's last purchase (ISO-8601); null in the answers seen
    optional<std::string> authentication_type{};  ///< how the buyer signed in on the seller's site, as text
    optional<bool> is_prime_user{};  ///< whether the buyer is a premium member of the seller's site
    optional<bool> is_first_purchase_online{};  ///< whether this is the buyer's first purchase online
    optional<timestamp> registration_date{};  ///< when the buyer registered on the seller's site (ISO-8601)
    optional<timestamp> last_purchase_date{};  ///< date of the buyer's last purchase; Go only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_payer, name, surname, email, phone, identification, address, date_created,
                       last_purchase, authentication_type, is_prime_user, is_first_purchase_online, registration_date,
                       last_purchase_date);
};

// --- payment methods, back urls ----------------------------------------------------------

/// `{"id":…}`: an excluded payment method or payment type. The API answers
/// `[{"id":""}]` when none is excluded; that entry is kept as it came.
struct preference_excluded_id {
    /// Payment method id (`visa`) or payment type id (`ticket`); `""` in the placeholder entry.
    optional<std::string> id{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_excluded_id, id);
};

/// Which payment methods checkout offers, and how many installments.
struct preference_payment_methods {
    optional<std::vector<preference_excluded_id>> excluded_payment_methods{};  ///< master, visa, …
    optional<std::vector<preference_excluded_id>> excluded_payment_types{};    ///< ticket, atm, …
    /// Payment method selected at first (`visa`, …); null on an empty preference.
    optional<std::string> default_payment_method_id{};
    optional<std::int64_t> installments{};  ///< the most the buyer may choose
    optional<std::int64_t> default_installments{};  ///< installment count selected at first
    optional<std::string> default_card_id{};  ///< saved card selected at first; Node only
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_payment_methods, excluded_payment_methods, excluded_payment_types,
                       default_payment_method_id, installments, default_installments, default_card_id);
};

/// Where the buyer is sent back to after paying; also the shape of Node's
/// `redirect_urls` (all `""` in every fixture).
struct preference_back_urls {
    optional<std::string> success{};  ///< where the buyer goes after an approved payment (`""` when unset)
    optional<std::string> pending{};  ///< where the buyer goes when the payment is pending (`""` when unset)
    optional<std::string> failure{};  ///< where the buyer goes after a failed payment (`""` when unset)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_back_urls, success, pending, failure);
};

// --- shipments -------------------------------------------------------------------------

/// A shipping method offered for free: `{id}`.
struct preference_free_method {
    optional<std::int64_t> id{};  ///< a shipping method id
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_free_method, id);
};

/// The delivery address in `shipments`.
struct preference_receiver_address {
    optional<std::string> zip_code{};  ///< postal code, as text
    optional<std::string> street_name{};  ///< street name, without the house number
    optional<std::string> street_number{};  ///< house number, as text; null on an empty preference
    optional<std::string> floor{};  ///< floor, as text
    optional<std::string> apartment{};  ///< apartment, as text
    optional<std::string> city_name{};  ///< city name (a name, not an id)
    optional<std::string> state_name{};  ///< state or province name
    optional<std::string> country_name{};  ///< country name
    /// Go only: the street, number and postal code nested one level down.
    optional<preference_payer_address> address{};
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_receiver_address, zip_code, street_name, street_number, floor, apartment,
                       city_name, state_name, country_name, address);
};

/// How the goods are shipped: Mercado Envios (`me2`), the seller's own way (`custom`), or `not_specified`.
struct preference_shipments {
    optional<std::string> mode{};  ///< custom, me2, not_specified
    optional<bool> local_pickup{};  ///< true when the buyer may collect the goods
    optional<std::string> dimensions{};  ///< one string: "10x10x20,500"
    optional<std::string> default_shipping_method{};  ///< number or string across SDKs: text keeps both
    optional<std::vector<preference_free_method>> free_methods{};  ///< shipping methods offered for free
    optional<decimal> cost{};  ///< shipping cost the buyer pays (a JSON number, digits kept)
    optional<bool> free_shipping{};  ///< true when shipping costs the buyer nothing
    optional<preference_receiver_address> receiver_address{};  ///< where the goods go
    optional<bool> express_shipment{};  ///< true for express delivery
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_shipments, mode, local_pickup, dimensions, default_shipping_method, free_methods,
                       cost, free_shipping, receiver_address, express_shipment);
};

// --- pricing, taxes, tracking, amounts ---------------------------------------------------

/// A differential-pricing scheme: `{id}`.
struct preference_differential_pricing {
    optional<std::int64_t> id{};  ///< id of the pricing scheme (integer)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_differential_pricing, id);
};

/// A tax on the purchase.
struct preference_tax {
    optional<std::string> type{};  ///< e.g. IVA
    optional<decimal> value{};  ///< value of the tax (a JSON number, digits kept)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_tax, type, value);
};

/// The ids of a conversion tracker (Google Ads, Facebook pixel).
struct preference_track_values {
    optional<std::string> conversion_id{};  ///< Google Ads conversion id
    optional<std::string> conversion_label{};  ///< Google Ads conversion label
    optional<std::string> pixel_id{};  ///< Facebook pixel id
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_track_values, conversion_id, conversion_label, pixel_id);
};

/// A conversion tracker run on the checkout pages.
struct preference_track {
    optional<std::string> type{};  ///< google_ad, facebook_ad
    optional<preference_track_values> values{};  ///< the tracker's ids
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_track, type, values);
};

/// One side of `amounts`: what the payer pays, or the collector receives,
/// in its own currency.
struct preference_amount {
    optional<std::string> currency_id{};  ///< ISO 4217 currency code of this side
    optional<decimal> transaction{};  ///< the amount in that currency (a JSON number, digits kept)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_amount, currency_id, transaction);
};

/// Java, .NET and Go: amounts of a cross-currency preference.
struct preference_amounts {
    optional<preference_amount> payer{};  ///< what the payer pays
    optional<preference_amount> collector{};  ///< what the collector (seller) receives
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_amounts, payer, collector);
};

/// The other currency of a cross-currency preference (Java, .NET, Go): `{currency_id}`.
struct preference_counter_currency {
    optional<std::string> currency_id{};  ///< ISO 4217 currency code
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(preference_counter_currency, currency_id);
};

// --- the preference -----------------------------------------------------------------------

/// A Checkout Pro preference: what is sold and how checkout behaves. Send the buyer to `init_point`.
struct preference {
    optional<std::string> id{};         ///< "<collector_id>-<uuid>"
    optional<std::string> init_point{};  ///< the checkout URL to send the buyer to
    optional<std::string> sandbox_init_point{};  ///< checkout URL for tests
    optional<std::vector<preference_item>> items{};  ///< what is sold
    optional<preference_payer> payer{};  ///< the buyer, when known in advance
    optional<std::string> client_id{};  ///< the application id, as text ("6245132082630004")
    optional<std::int64_t> collector_id{};  ///< the seller's user id (a JSON number)
    optional<std::string> site_id{};  ///< MLB, MLA, …
    /// Payment methods excluded or preselected, and installments.
    optional<preference_payment_methods> payment_methods{};
    optional<preference_back_urls> back_urls{};  ///< where checkout sends the buyer afterwards
    optional<preference_back_urls> redirect_urls{};  ///< Node only
    optional<std::string> auto_return{};              ///< approved, all, or ""
    optional<preference_shipments> shipments{};  ///< how the goods are shipped, and at what cost
    optional<std::string> notification_url{};  ///< where notifications of its payments go (https); null when unset
    optional<std::string> statement_descriptor{};  ///< text shown on the buyer's card statement
    optional<std::string> external_reference{};  ///< the seller's own reference (e.g. an order number)
    /// True when the preference can be paid only between `expiration_date_from` and `expiration_date_to`.
    optional<bool> expires{};
    optional<timestamp> date_of_expiration{};  ///< of the cash payments made from it
    optional<timestamp> expiration_date_from{};  ///< start of the period it can be paid in; null when unset
    optional<timestamp> expiration_date_to{};  ///< end of the period it can be paid in; null when unset
    optional<std::string> marketplace{};  ///< "NONE" when not a marketplace, or "MP-MKT-<client_id>"
    optional<decimal> marketplace_fee{};  ///< the marketplace's commission (a JSON number, digits kept)
    optional<std::string> additional_info{};  ///< free text; `""` when unset
    optional<std::string> operation_type{};  ///< regular_payment, money_transfer
    optional<std::string> purpose{};         ///< wallet_purchase, onboarding_credits, or ""
    optional<preference_differential_pricing> differential_pricing{};  ///< pricing scheme, `{id}`
    optional<std::vector<std::string>> processing_modes{};  ///< ["aggregator"], or null
    optional<bool> binary_mode{};  ///< true: payments are approved or rejected at once, never left pending
    optional<std::vector<preference_tax>> taxes{};  ///< taxes on the purchase
    optional<std::vector<preference_track>> tracks{};  ///< conversion trackers run on checkout
    optional<free_form> metadata{};           ///< free-form, as the integrator sent it
    optional<free_form> internal_metadata{};  ///< Node only; free-form
    optional<preference_amounts> amounts{};  ///< amounts of a cross-currency preference; Java, .NET and Go
    /// The other currency of a cross-currency preference; Java, .NET and Go.
    optional<preference_counter_currency> counter_currency{};
    optional<std::int64_t> sponsor_id{};  ///< id of the sponsor account (integer); .NET only
    optional<std::string> coupon_code{};                ///< Node only
    optional<std::vector<std::string>> coupon_labels{};  ///< Node only
    optional<timestamp> date_created{};  ///< when the preference was created
    optional<timestamp> last_updated{};  ///< null until the first update
    // Declared by no SDK, but in the API's answers:
    optional<decimal> total_amount{};  ///< the items' total; null, `8000` or `58.80`
    optional<std::string> product_id{};  ///< undeclared by the SDKs; null in the answers seen
    optional<bool> live_mode{};  ///< true for a production preference, false for a test one; undeclared by the SDKs
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

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
    optional<std::string> id{};  ///< preference id, `<collector_id>-<uuid>`
    optional<std::string> client_id{};  ///< numeric text
    optional<std::int64_t> collector_id{};  ///< the seller's user id (a JSON number)
    optional<std::string> concept_id{};  ///< Node declares a number; always null so far: text keeps both
    optional<std::string> corporation_id{};  ///< corporation id of the integration; `""` when unset
    optional<std::string> integrator_id{};  ///< integrator id of the integration; `""` when unset
    optional<std::string> platform_id{};  ///< platform id of the integration; `""` when unset
    optional<timestamp> date_created{};  ///< when the preference was created
    /// Start of the period it can be paid in (its UTC offset may differ from date_created's).
    optional<timestamp> expiration_date_from{};
    optional<timestamp> expiration_date_to{};  ///< end of the period it can be paid in
    optional<bool> expires{};  ///< true when it can be paid only in that period
    optional<std::string> external_reference{};  ///< the seller's own reference
    optional<std::vector<std::string>> items{};  ///< titles (`["Games"]`)
    optional<timestamp> last_updated{};  ///< when it last changed; null until then
    optional<bool> live_mode{};  ///< true for a production preference, false for a test one
    optional<std::string> marketplace{};  ///< `NONE` when not a marketplace, or `MP-MKT-<client_id>`
    optional<std::string> operation_type{};  ///< `regular_payment`, `money_transfer`, …
    optional<std::string> payer_email{};  ///< the buyer's e-mail set on the preference
    optional<std::string> payer_id{};  ///< string (Java, Go) or number (Node): text keeps both
    optional<std::vector<std::string>> processing_modes{};  ///< `["aggregator"]`, or null
    optional<std::string> product_id{};  ///< product id, as text (`""` in the answers seen)
    optional<std::string> purpose{};  ///< `wallet_purchase`, `onboarding_credits`, or `""`
    optional<std::string> site_id{};  ///< Mercado Pago site: `MLB`, `MLA`, …
    optional<std::int64_t> sponsor_id{};  ///< 0 when none
    optional<std::string> shipping_mode{};  ///< the shipments' mode (`custom`, …)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

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
