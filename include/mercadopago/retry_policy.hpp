// Whether a failed attempt may be sent again, decided from the transport
// outcome, the status and the headers — never from whether the body parsed.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/error.hpp>
#include <mercadopago/http.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The retry rules. How many retries and how long to wait are options
/// (`client_options::max_retries`, `client_options::backoff`, `client_options::max_retry_after`).
struct retry_policy {
    /// Statuses the API documents as safe to retry with the same idempotency
    /// key: 423 (same key in flight), 424 (dependency), 429, 500, 502, 503, 504.
    /// Never 501 or any other 4xx.
    static constexpr bool retryable_status(int status) noexcept {
        switch (status) {
        case 423: case 424: case 429: case 500: case 502: case 503: case 504: return true;
        default: return false;
        }
    }

    /// Transport failures before a response: connect refused, reset, stale
    /// keep-alive socket and timeouts are retried (every write carries an
    /// idempotency key, so a resend cannot charge twice); a TLS failure never is
    /// (a certificate that failed verification will fail again, and retrying
    /// would hide an attack).
    static constexpr bool retryable_transport_error(errc code) noexcept {
        return code == errc::transport || code == errc::timeout;
    }
};

namespace detail {

/// `Retry-After` as delta-seconds ("120") or an HTTP-date
/// ("Wed, 21 Oct 2015 07:28:00 GMT"), relative to `now`. Past dates give 0.
inline std::optional<std::chrono::seconds> parse_retry_after(std::string_view v,
                                                              std::chrono::system_clock::time_point now) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    if (v.empty()) return std::nullopt;
    if (v.front() >= '0' && v.front() <= '9') {
        long long s = 0;
        for (char c : v) {
            if (c < '0' || c > '9') return std::nullopt;
            s = s * 10 + (c - '0');
            if (s > 1000000000LL) s = 1000000000LL;  // clamp absurd values instead of overflowing
        }
        return std::chrono::seconds{s};
    }
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    char wday[4] = {}, mon[4] = {}, zone[4] = {};
    int day = 0, year = 0, h = 0, m = 0, s = 0;
    std::string text(v);
    if (std::sscanf(text.c_str(), "%3[A-Za-z], %d %3s %d %d:%d:%d %3s", wday, &day, mon, &year, &h, &m, &s, zone) != 8)
        return std::nullopt;
    static constexpr std::string_view months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    unsigned mi = 0;
    while (mi < 12 && months[mi] != std::string_view(mon)) ++mi;
    if (mi == 12 || std::string_view(zone) != "GMT") return std::nullopt;
    using namespace std::chrono;
    const year_month_day ymd{std::chrono::year{year}, std::chrono::month{mi + 1}, std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok() || h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 60) return std::nullopt;
    // In seconds: subtracting from `now` itself would convert the date to the
    // system clock's nanoseconds, which overflow beyond the year 2262 (a
    // fuzzer sent "Wed, 21 Oct 7089 07:28:00 GMT").
    const sys_seconds when = sys_days{ymd} + hours{h} + minutes{m} + seconds{s};
    const seconds delta = when - time_point_cast<seconds>(now);
    if (delta.count() <= 0) return seconds{0};
    return std::min(delta, seconds{1000000000LL});  // as delta-seconds are clamped
}

}  // namespace detail
}  // namespace mercadopago
