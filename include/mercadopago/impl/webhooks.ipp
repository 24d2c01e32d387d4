// The definitions of webhooks.hpp's functions: included by that header in
// header-only mode, and compiled once in <mercadopago/src.hpp> with separate
// compilation, so a file that verifies a signature then only calls verify().
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/checked.hpp>
#include <mercadopago/detail/config.hpp>
#include <mercadopago/detail/hmac.hpp>
#include <mercadopago/detail/text.hpp>
#include <mercadopago/webhooks.hpp>

#include <charconv>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::webhooks {

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
/// Reads the next `key=value` part of a signature header (parts are comma
/// separated; key and value trimmed, neither empty; other parts skipped) and
/// drops what it read from `header`. False when no part is left.
inline bool next_signature_part(std::string_view& header, std::string_view& key, std::string_view& value) {
    while (!header.empty()) {
        const std::size_t comma = header.find(',');
        const std::string_view part = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        const std::size_t eq = part.find('=');
        if (eq == std::string_view::npos) continue;
        key = trim(part.substr(0, eq));
        value = trim(part.substr(eq + 1));
        if (!key.empty() && !value.empty()) return true;
    }
    return false;
}

/// What a signature header says besides its hashes (verify reads those per
/// version, with next_signature_part, rather than keeping them in a vector of
/// pairs whose code every header-only file would compile).
struct parsed_signature {
    std::string_view ts{};
    bool conflicting_ts = false;
    bool has_hash = false;  ///< some `vN=` part is present
};

inline parsed_signature parse_signature_header(std::string_view header) {
    parsed_signature out;
    std::string_view key, value;
    while (next_signature_part(header, key, value)) {
        const std::string k = lowercase(key);
        if (k == "ts") {
            if (out.ts.empty()) out.ts = value;
            else if (out.ts != value) out.conflicting_ts = true;
        } else if (is_version_key(k)) {
            out.has_hash = true;
        }
    }
    return out;
}

/// Appends to `out` every value the header gives for version `want` (lowercased), lowercased.
inline void hashes_of_version(std::string_view header, std::string_view want, std::vector<std::string>& out) {
    if (!is_version_key(want)) return;
    std::string_view key, value;
    while (next_signature_part(header, key, value))
        if (lowercase(key) == want) out.push_back(lowercase(value));
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

MERCADOPAGO_DETAIL_DECL std::string manifest(std::string_view x_request_id, std::string_view data_id,
                                             std::string_view ts) {
    return detail::build_manifest(data_id, x_request_id, ts);
}

MERCADOPAGO_DETAIL_DECL std::string sign(std::string_view x_request_id, std::string_view data_id,
                                         std::string_view secret, std::int64_t ts) {
    const std::string ts_text = std::to_string(ts);
    return "ts=" + ts_text + ",v1=" +
           mercadopago::detail::hmac_sha256_hex(
               secret, manifest(detail::trim(x_request_id), detail::trim(data_id), ts_text));
}

MERCADOPAGO_DETAIL_DECL verification verify(std::string_view x_signature, std::string_view x_request_id,
                                            std::string_view data_id, std::string_view secret,
                                            const verify_options& options) {
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
    if (sig.ts.empty() && !sig.has_hash) {
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
        detail::hashes_of_version(x_signature, want, received);
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
    // Plain arrays and index loops rather than vectors of pairs and views:
    // each vector type's code is compiled in every header-only file.
    struct candidate {
        id_form form;
        std::string id;
    };
    candidate ids[2] = {{id_form::verbatim, std::string(data_id)}, {id_form::lowercase, {}}};
    std::size_t id_count = 1;
    if (options.try_lowercase_id) {
        ids[1].id = detail::lowercase(data_id);
        if (ids[1].id != data_id) id_count = 2;
    }

    bool matched = false;
    for (std::size_t c = 0; c < id_count && !matched; ++c) {  // the lowercase retry is only for a failed verbatim id
        const std::string text = detail::build_manifest(ids[c].id, x_request_id, sig.ts);
        for (std::size_t i = 0; i <= options.additional_secrets.size(); ++i) {
            const std::string_view key = i == 0 ? secret : std::string_view(options.additional_secrets[i - 1]);
            if (key.empty()) continue;  // an unset key must never validate anything
            const std::string digest = mercadopago::detail::hmac_sha256_hex(key, text);
            for (const auto& r : received) {
                // Every comparison runs (no early exit across candidates either).
                const bool eq = mercadopago::detail::constant_time_equal(digest, r);
                if (eq && !matched) {
                    matched = true;
                    out.matched_id = ids[c].form;
                    out.secret_index = i;
                }
            }
        }
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

MERCADOPAGO_DETAIL_DECL std::optional<std::string> data_id_from_query(std::string_view query_string) {
    return detail::query_value(query_string, "data.id");
}

MERCADOPAGO_DETAIL_DECL result<ipn_notification> parse_ipn(std::string_view query_string) {
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
