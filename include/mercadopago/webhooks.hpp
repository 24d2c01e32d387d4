// Webhook notifications: verifying the `x-signature` header, the notification
// body, and the legacy IPN query string.
//
//     // POST /hook?data.id=123456&type=payment
//     auto data_id = mercadopago::webhooks::data_id_from_query(request.query());
//     auto check = mercadopago::webhooks::verify(request.header("x-signature"),
//                                                request.header("x-request-id"),
//                                                data_id.value_or(""), secret);
//     if (!check) return reply(401, check.description());
//     auto body = mercadopago::from_json<mercadopago::webhooks::notification>(request.body());
//     // acknowledge with 200 at once; fetch the payment asynchronously
//
// The signature (shared reference webhooks.md §2): Mercado Pago signs the
// manifest `id:<data.id>;request-id:<x-request-id>;ts:<ts>;` with HMAC-SHA256
// keyed by the application's secret signature key, and sends
// `x-signature: ts=<ts>,v1=<hex digest>`. A pair whose value is absent is left
// out of the manifest entirely; `ts:<ts>;` is always there. `data.id` is the
// query parameter of the notification URL (not the body's), used with its case
// preserved.
//
// Parsing rules, as in the official SDKs: the header is split on `,`, each part
// at its first `=`; keys and values are trimmed and keys compared without case.
// Parts without `=` or with an empty key or value are skipped, keys other than
// `ts` and `vN` are ignored (room for future additions). Then: neither `ts`
// nor any `vN` → malformed_header; no `ts` → missing_timestamp; `ts` not all
// digits, or two different `ts` values → malformed_header; no value for a
// supported version → missing_hash.
//
// Matching rule: the first entry of `verify_options::versions` (default "v1")
// that the header carries is the version checked. Every value given for that
// version is compared (a sender may list several, e.g. while rotating keys)
// against the digest of every configured secret, and the signature is valid
// when any of them matches. Every comparison is constant-time and all of them
// run, so timing says nothing about which candidate came close.
//
// The freshness check is off by default (as in every official SDK); it runs
// only after a digest matched.
//
// Secrets never appear in any message, error or result.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/config.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/result.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::webhooks {

// --- verification results ----------------------------------------------------

/// Why a signature did not verify (`none`: it did).
enum class verify_failure {
    none,                        ///< valid
    missing_header,              ///< x-signature absent, empty or only whitespace
    malformed_header,            ///< neither ts nor any vN, ts not all digits, or conflicting ts values
    missing_timestamp,           ///< a hash but no ts
    missing_hash,                ///< a ts but no hash of a supported version
    mismatch,                    ///< no computed digest equals a received one
    timestamp_out_of_tolerance,  ///< the digest matched but ts is too far from now
};

/// A stable lowercase name: "missing_header", "mismatch", …
constexpr std::string_view to_string(verify_failure f) noexcept {
    switch (f) {
    case verify_failure::none: return "none";
    case verify_failure::missing_header: return "missing_header";
    case verify_failure::malformed_header: return "malformed_header";
    case verify_failure::missing_timestamp: return "missing_timestamp";
    case verify_failure::missing_hash: return "missing_hash";
    case verify_failure::mismatch: return "mismatch";
    case verify_failure::timestamp_out_of_tolerance: return "timestamp_out_of_tolerance";
    }
    return "unknown";
}

/// One sentence for logs (never includes a secret or a digest).
constexpr std::string_view describe(verify_failure f) noexcept {
    switch (f) {
    case verify_failure::none: return "the webhook signature is valid";
    case verify_failure::missing_header: return "the x-signature header is missing or empty";
    case verify_failure::malformed_header:
        return "the x-signature header cannot be read: it needs ts=<digits> and v1=<hex digest>";
    case verify_failure::missing_timestamp: return "the x-signature header carries no ts value";
    case verify_failure::missing_hash: return "the x-signature header carries no digest of a supported version";
    case verify_failure::mismatch:
        return "the signature does not match: the secret is wrong, or data.id, x-request-id or ts differ from "
               "what was signed";
    case verify_failure::timestamp_out_of_tolerance:
        return "the signature is valid but its ts lies outside the accepted time window";
    }
    return "unknown webhook signature failure";
}

/// Which form of data.id produced the matching digest.
enum class id_form {
    none,       ///< nothing matched (or nothing was compared)
    verbatim,   ///< the id as received (the normal case)
    lowercase,  ///< the ASCII-lowercased id (only with verify_options::try_lowercase_id)
};

/// The outcome of verify(): true when valid, otherwise `reason` says why.
struct verification {
    verify_failure reason = verify_failure::missing_header;  ///< verify_failure::none when valid, else why not
    /// The form of data.id that matched (also set when only the time check failed).
    id_form matched_id = id_form::none;
    /// Which secret matched: 0 = the `secret` argument, i = additional_secrets[i - 1].
    std::size_t secret_index = 0;
    std::string version{};     ///< the signature version checked, e.g. "v1"
    std::string ts{};          ///< the header's ts, as received (for logs)
    std::string request_id{};  ///< the x-request-id, trimmed (for logs and support)

    /// True when a secret's digest matched and the timestamp was within tolerance (when one was set).
    bool valid() const noexcept { return reason == verify_failure::none; }
    /// Same as valid(): `if (auto v = verify(…); !v) reject(v.description());`.
    explicit operator bool() const noexcept { return valid(); }
    /// A sentence for logs; never contains the secret.
    std::string_view description() const noexcept { return describe(reason); }
    /// The failure as a library error (errc::signature) carrying the request id.
    mercadopago::error to_error() const {
        mercadopago::error e;
        e.code = errc::signature;
        e.message = std::string(to_string(reason)) + ": " + std::string(description());
        if (!ts.empty()) e.message += " (ts=" + ts + ")";
        e.request_id = request_id;
        return e;
    }
};

/// Options of verify(); the defaults follow the official SDKs.
struct verify_options {
    /// More secrets to accept besides the main one, e.g. the previous key while
    /// rotating. A match reports its position as `secret_index` (1-based here).
    /// Empty secrets are never accepted.
    std::vector<std::string> additional_secrets{};
    /// Signature versions to look for, in order of preference.
    std::vector<std::string> versions{"v1"};
    /// Largest accepted |now − ts|; unset (the default) disables the check.
    /// `ts` is read as milliseconds when above 10^12 (13+ digits), else seconds.
    std::optional<std::chrono::seconds> tolerance{};
    /// The current time for the tolerance check; unset means the system clock.
    std::optional<std::chrono::system_clock::time_point> now{};
    /// Also try the ASCII-lowercased data.id when the id as received does not
    /// match (one extra digest per secret); the result says which form matched.
    bool try_lowercase_id = false;
};

// --- signing and verifying ---------------------------------------------------

/// The manifest Mercado Pago signs: `id:<data_id>;request-id:<x_request_id>;ts:<ts>;`,
/// leaving out a pair whose value is empty.
MERCADOPAGO_DETAIL_DECL std::string manifest(std::string_view x_request_id, std::string_view data_id,
                                             std::string_view ts);

/// An `x-signature` header value (`ts=<ts>,v1=<digest>`) as Mercado Pago would
/// send it for these inputs: for tests and local simulations. The request id
/// and data id are trimmed as verify() trims them, so whatever sign() makes
/// for some inputs, verify() accepts for the same inputs (a fuzzer found a
/// request id ending in a blank that did not round-trip).
MERCADOPAGO_DETAIL_DECL std::string sign(std::string_view x_request_id, std::string_view data_id,
                                         std::string_view secret, std::int64_t ts);

/// Verifies a webhook delivery.
///
/// - `x_signature`, `x_request_id`: the raw header values ("" when absent; when
///   a framework gives a list, pass the first element).
/// - `data_id`: the `data.id` query parameter of the notification URL, already
///   percent-decoded (see data_id_from_query); "" when absent.
/// - `secret`: the application's secret signature key.
///
/// Inputs are trimmed; an empty request id or data id is left out of the
/// manifest, as Mercado Pago does.
MERCADOPAGO_DETAIL_DECL verification verify(std::string_view x_signature, std::string_view x_request_id,
                                            std::string_view data_id, std::string_view secret,
                                            const verify_options& options = {});

// --- the notification body ---------------------------------------------------

/// `data` of a notification: the id of the resource to fetch.
struct notification_data {
    optional<std::string> id{};  ///< a string even for numeric payment ids; a number is read as its text
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(notification_data, id);
};

/// A webhook body: `{"id":…,"live_mode":true,"type":"payment","action":"payment.created","data":{"id":"…"},…}`.
/// Treat it as a hint: fetch the resource (`type` says which) and process that.
/// Fields arrive as numbers or strings depending on the topic; ids are kept as text.
struct notification {
    optional<std::string> id{};            ///< the notification's id (number or string on the wire)
    optional<bool> live_mode{};            ///< false for test deliveries
    optional<std::string> type{};          ///< payment, order, topic_merchant_order_wh, … (open set)
    optional<timestamp> date_created{};  ///< when the notification was created, e.g. "2015-03-25T10:04:58.396-04:00"
    optional<std::string> user_id{};       ///< the seller's user id (number or string on the wire)
    optional<std::string> api_version{};   ///< "v1"
    optional<std::string> action{};        ///< payment.created, payment.updated, …
    /// The resource to fetch (`data.id`). The signature covers the query string's data.id, not this one.
    optional<notification_data> data{};
    optional<std::string> application_id{};  ///< sent by real deliveries (number or string)
    optional<std::string> version{};         ///< sent by real deliveries (number or string)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(notification,
                      id, live_mode, type, date_created, user_id, api_version, action, data, application_id, version);
};

// --- query strings -----------------------------------------------------------

/// The `data.id` parameter of a notification URL's query string, decoded once
/// the way Mercado Pago signed it; empty when absent or blank. Accepts a bare
/// query (`data.id=1&type=payment`, with or without `?`) or a whole URL/path.
/// When repeated, the first occurrence counts.
MERCADOPAGO_DETAIL_DECL std::optional<std::string> data_id_from_query(std::string_view query_string);

/// A legacy IPN delivery: `POST /notifications?topic=payment&id=123456789`.
struct ipn_notification {
    std::string topic{};  ///< payment, merchant_order, chargebacks, point_integration_ipn, …
    std::string id{};     ///< the resource id, percent-decoded
};

/// Reads `topic` and `id` from an IPN query string (or URL). IPN deliveries
/// carry no signature that can be verified: fetch the resource by id and trust
/// only what the API returns.
MERCADOPAGO_DETAIL_DECL result<ipn_notification> parse_ipn(std::string_view query_string);

}  // namespace mercadopago::webhooks

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {
/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(webhooks::notification_data, webhooks::notification);
}  // namespace mercadopago

// The definitions: here in header-only mode, in <mercadopago/src.hpp> with
// separate compilation.
#if !defined(MERCADOPAGO_SEPARATE_COMPILATION)
#include <mercadopago/impl/webhooks.ipp>
#endif
