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
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/detail/checked.hpp>
#include <mercadopago/detail/hmac.hpp>
#include <mercadopago/detail/text.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/result.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>

#include <chrono>
#include <charconv>
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

// --- internals ---------------------------------------------------------------

namespace detail {

using mercadopago::detail::lowercase;
using mercadopago::detail::percent_decode;
using mercadopago::detail::trim;

constexpr bool is_version_key(std::string_view k) noexcept {
    if (k.size() < 2 || k[0] != 'v') return false;
    for (char c : k.substr(1))
        if (c < '0' || c > '9') return false;
    return true;
}

constexpr bool all_digits(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

/// The x-signature header, parsed: views into the header text.
struct parsed_signature {
    std::string_view ts{};
    bool conflicting_ts = false;
    std::vector<std::pair<std::string, std::string_view>> hashes{};  // (lowercased vN key, value)
};

inline parsed_signature parse_signature_header(std::string_view header) {
    parsed_signature out;
    while (true) {
        const std::size_t comma = header.find(',');
        const std::string_view part = header.substr(0, comma);
        const std::size_t eq = part.find('=');
        if (eq != std::string_view::npos) {
            const std::string_view key = trim(part.substr(0, eq));
            const std::string_view value = trim(part.substr(eq + 1));
            if (!key.empty() && !value.empty()) {
                std::string k = lowercase(key);
                if (k == "ts") {
                    if (out.ts.empty()) out.ts = value;
                    else if (out.ts != value) out.conflicting_ts = true;
                } else if (is_version_key(k)) {
                    out.hashes.emplace_back(std::move(k), value);
                }
            }
        }
        if (comma == std::string_view::npos) break;
        header.remove_prefix(comma + 1);
    }
    return out;
}

/// Whether `ts` (all digits) lies within `tolerance` of `now`.
inline bool within_tolerance(std::string_view ts, std::chrono::seconds tolerance,
                             std::chrono::system_clock::time_point now) {
    std::int64_t value = 0;
    const auto r = std::from_chars(ts.data(), ts.data() + ts.size(), value);
    if (r.ec != std::errc{} || r.ptr != ts.data() + ts.size()) return false;  // too large to be a time
    using namespace std::chrono;
    constexpr std::int64_t millis_threshold = 1'000'000'000'000;  // 10^12: 13+ digits are milliseconds
    const std::int64_t ts_ms = value > millis_threshold ? value : value * 1000;  // value ≤ 10^12: no overflow
    const std::int64_t now_ms = duration_cast<milliseconds>(now.time_since_epoch()).count();
    // Only an absurd 19-digit ts comes near the int64 limits; guard the subtraction anyway.
    std::int64_t diff = 0;
    if (!mercadopago::detail::checked_sub(now_ms, ts_ms, diff)) return false;
    if (diff < 0) {
        if (diff == INT64_MIN) return false;
        diff = -diff;
    }
    const std::int64_t limit_ms = duration_cast<milliseconds>(tolerance).count();
    return diff <= (limit_ms < 0 ? -limit_ms : limit_ms);
}

/// Appends the manifest; absent (empty) pairs are left out.
inline std::string build_manifest(std::string_view data_id, std::string_view request_id, std::string_view ts) {
    std::string m;
    m.reserve(data_id.size() + request_id.size() + ts.size() + 24);
    if (!data_id.empty()) {
        m += "id:";
        m += data_id;
        m += ';';
    }
    if (!request_id.empty()) {
        m += "request-id:";
        m += request_id;
        m += ';';
    }
    m += "ts:";
    m += ts;
    m += ';';
    return m;
}

/// The query part of `text`: what follows the first `?` if there is one (a
/// whole URL or path may be passed), up to a `#`.
constexpr std::string_view query_part(std::string_view text) noexcept {
    if (const auto q = text.find('?'); q != std::string_view::npos) text.remove_prefix(q + 1);
    if (const auto h = text.find('#'); h != std::string_view::npos) text = text.substr(0, h);
    return text;
}

/// The decoded value of the first parameter whose decoded name is `name`;
/// empty when absent or empty.
inline std::optional<std::string> query_value(std::string_view query, std::string_view name) {
    query = query_part(query);
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        const std::size_t eq = pair.find('=');
        const std::string_view raw_key = pair.substr(0, eq);
        if (percent_decode(raw_key, true) == name) {
            if (eq == std::string_view::npos) return std::nullopt;
            std::string value = percent_decode(pair.substr(eq + 1), true);
            if (trim(value).empty()) return std::nullopt;
            return std::string(trim(value));
        }
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return std::nullopt;
}

}  // namespace detail

// --- signing and verifying ---------------------------------------------------

/// The manifest Mercado Pago signs: `id:<data_id>;request-id:<x_request_id>;ts:<ts>;`,
/// leaving out a pair whose value is empty.
inline std::string manifest(std::string_view x_request_id, std::string_view data_id, std::string_view ts) {
    return detail::build_manifest(data_id, x_request_id, ts);
}

/// An `x-signature` header value (`ts=<ts>,v1=<digest>`) as Mercado Pago would
/// send it for these inputs: for tests and local simulations. The request id
/// and data id are trimmed as verify() trims them, so whatever sign() makes
/// for some inputs, verify() accepts for the same inputs (a fuzzer found a
/// request id ending in a blank that did not round-trip).
inline std::string sign(std::string_view x_request_id, std::string_view data_id, std::string_view secret,
                        std::int64_t ts) {
    const std::string ts_text = std::to_string(ts);
    return "ts=" + ts_text + ",v1=" +
           mercadopago::detail::hmac_sha256_hex(
               secret, manifest(detail::trim(x_request_id), detail::trim(data_id), ts_text));
}

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
inline verification verify(std::string_view x_signature, std::string_view x_request_id, std::string_view data_id,
                           std::string_view secret, const verify_options& options = {}) {
    verification out;
    x_signature = detail::trim(x_signature);
    x_request_id = detail::trim(x_request_id);
    data_id = detail::trim(data_id);
    out.request_id = std::string(x_request_id);

    if (x_signature.empty()) {
        out.reason = verify_failure::missing_header;
        return out;
    }
    const detail::parsed_signature sig = detail::parse_signature_header(x_signature);
    out.ts = std::string(sig.ts);
    if (sig.ts.empty() && sig.hashes.empty()) {
        out.reason = verify_failure::malformed_header;
        return out;
    }
    if (sig.ts.empty()) {
        out.reason = verify_failure::missing_timestamp;
        return out;
    }
    if (!detail::all_digits(sig.ts) || sig.conflicting_ts) {
        out.reason = verify_failure::malformed_header;
        return out;
    }

    // The first preferred version present in the header, and every value given for it.
    std::vector<std::string> received;
    for (const auto& wanted : options.versions) {
        const std::string want = detail::lowercase(detail::trim(wanted));
        for (const auto& [key, value] : sig.hashes)
            if (key == want) received.push_back(detail::lowercase(value));
        if (!received.empty()) {
            out.version = want;
            break;
        }
    }
    if (received.empty()) {
        out.reason = verify_failure::missing_hash;
        return out;
    }

    // Candidate ids: as received, then (opt-in) lowercased when that differs.
    std::vector<std::pair<id_form, std::string>> ids;
    ids.emplace_back(id_form::verbatim, std::string(data_id));
    if (options.try_lowercase_id) {
        std::string lower = detail::lowercase(data_id);
        if (lower != data_id) ids.emplace_back(id_form::lowercase, std::move(lower));
    }

    std::vector<std::string_view> secrets;
    secrets.reserve(1 + options.additional_secrets.size());
    secrets.push_back(secret);
    for (const auto& s : options.additional_secrets) secrets.emplace_back(s);

    bool matched = false;
    for (const auto& [form, id] : ids) {
        const std::string text = detail::build_manifest(id, x_request_id, sig.ts);
        for (std::size_t i = 0; i < secrets.size(); ++i) {
            if (secrets[i].empty()) continue;  // an unset key must never validate anything
            const std::string digest = mercadopago::detail::hmac_sha256_hex(secrets[i], text);
            for (const auto& r : received) {
                // Every comparison runs (no early exit across candidates either).
                const bool eq = mercadopago::detail::constant_time_equal(digest, r);
                if (eq && !matched) {
                    matched = true;
                    out.matched_id = form;
                    out.secret_index = i;
                }
            }
        }
        if (matched) break;  // the lowercase retry is only for a failed verbatim id
    }
    if (!matched) {
        out.reason = verify_failure::mismatch;
        return out;
    }
    if (options.tolerance) {
        const auto now = options.now ? *options.now : std::chrono::system_clock::now();
        if (!detail::within_tolerance(sig.ts, *options.tolerance, now)) {
            out.reason = verify_failure::timestamp_out_of_tolerance;
            return out;
        }
    }
    out.reason = verify_failure::none;
    return out;
}

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
inline std::optional<std::string> data_id_from_query(std::string_view query_string) {
    return detail::query_value(query_string, "data.id");
}

/// A legacy IPN delivery: `POST /notifications?topic=payment&id=123456789`.
struct ipn_notification {
    std::string topic{};  ///< payment, merchant_order, chargebacks, point_integration_ipn, …
    std::string id{};     ///< the resource id, percent-decoded
};

/// Reads `topic` and `id` from an IPN query string (or URL). IPN deliveries
/// carry no signature that can be verified: fetch the resource by id and trust
/// only what the API returns.
inline result<ipn_notification> parse_ipn(std::string_view query_string) {
    ipn_notification n;
    auto topic = detail::query_value(query_string, "topic");
    if (!topic) return failure(errc::invalid_argument, "IPN query string has no topic parameter");
    auto id = detail::query_value(query_string, "id");
    if (!id) return failure(errc::invalid_argument, "IPN query string has no id parameter");
    n.topic = std::move(*topic);
    n.id = std::move(*id);
    return n;
}

}  // namespace mercadopago::webhooks

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {
/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(webhooks::notification_data, webhooks::notification);
}  // namespace mercadopago
