// mercadopago::timestamp — an API date-time that keeps its original text.
//
// The API writes ISO-8601 in several forms (fractions of 0–9 digits; offsets
// Z, -04:00, +00:00 and -00:00; the basic form 20210517T040404Z; date-only
// 2022-10-25). A timestamp keeps the exact text it was read from, so a value
// round-trips byte for byte, and exposes the instant as a std::chrono time
// point plus the UTC offset it was written with.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/result.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// An API date-time (ISO-8601, e.g. `2024-05-17T10:04:04.000-04:00`) that keeps the exact text it was
/// read from, so it is written back byte for byte; time() gives the instant, utc_offset() the offset.
class timestamp {
public:
    using clock_time = std::chrono::sys_time<std::chrono::microseconds>;  ///< a UTC instant, in microseconds

    /// Empty text, not valid(): what a model holds before a date arrives.
    timestamp() = default;

    /// Reads API date-time text. Text that is not ISO-8601 is kept as it is,
    /// with `valid()` false, so one odd date never fails a whole payment.
    static timestamp from_text(std::string_view text);

    /// Strict parse for inputs the caller controls; an error for bad text.
    static result<timestamp> parse(std::string_view text);

    /// Formats an instant the way the API writes it, e.g.
    /// `2024-05-17T10:04:04.000-03:00`, at the given offset from UTC: to the
    /// millisecond, as the API does, so finer digits of `t` are dropped.
    static timestamp from_time(clock_time t, std::chrono::minutes utc_offset = std::chrono::minutes{0});

    /// The text as read (or as formatted by from_time).
    const std::string& text() const noexcept { return text_; }
    /// Whether the text parsed as ISO-8601.
    bool valid() const noexcept { return valid_; }
    /// The instant in UTC, to the microsecond (finer digits stay in text()).
    std::optional<clock_time> time() const noexcept {
        if (!valid_) return std::nullopt;
        return clock_time{std::chrono::microseconds{micros_}};
    }
    /// The UTC offset the text was written with (zero for Z and date-only).
    std::chrono::minutes utc_offset() const noexcept { return std::chrono::minutes{offset_minutes_}; }
    /// Whether the text carried only a date (2022-10-25).
    bool date_only() const noexcept { return date_only_; }

    /// Same text (the wire form): what the codec needs for a round trip.
    friend bool operator==(const timestamp& a, const timestamp& b) noexcept { return a.text_ == b.text_; }

private:
    static bool parse_into(std::string_view s, timestamp& out) noexcept;

    std::string text_;
    std::int64_t micros_ = 0;  // since the Unix epoch, UTC
    std::int16_t offset_minutes_ = 0;
    bool valid_ = false;
    bool date_only_ = false;
};

inline timestamp timestamp::from_text(std::string_view text) {
    timestamp t;
    t.text_.assign(text.data(), text.size());
    t.valid_ = parse_into(text, t);
    return t;
}

inline result<timestamp> timestamp::parse(std::string_view text) {
    timestamp t = from_text(text);
    if (!t.valid_) return failure(errc::invalid_argument, "not an ISO-8601 date-time");
    return t;
}

inline bool timestamp::parse_into(std::string_view s, timestamp& out) noexcept {
    std::size_t i = 0;
    auto digits = [&](int n, int& v) {
        if (i + static_cast<std::size_t>(n) > s.size()) return false;
        v = 0;
        for (int k = 0; k < n; ++k) {
            char c = s[i + static_cast<std::size_t>(k)];
            if (c < '0' || c > '9') return false;
            v = v * 10 + (c - '0');
        }
        i += static_cast<std::size_t>(n);
        return true;
    };
    auto lit = [&](char c) {
        if (i < s.size() && s[i] == c) {
            ++i;
            return true;
        }
        return false;
    };
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!digits(4, y)) return false;
    const bool extended = lit('-');  // 2021-05-17 vs 20210517
    if (!digits(2, mo)) return false;
    if (extended && !lit('-')) return false;
    if (!digits(2, d)) return false;
    std::int64_t frac_micros = 0;
    int offset = 0;
    out.date_only_ = i == s.size();
    if (!out.date_only_) {
        if (!lit('T') && !lit('t') && !lit(' ')) return false;
        if (!digits(2, h)) return false;
        if (extended && !lit(':')) return false;
        if (!digits(2, mi)) return false;
        if (extended && !lit(':')) return false;
        if (!digits(2, sec)) return false;
        if (lit('.') || lit(',')) {
            int n = 0;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                if (n < 6) frac_micros = frac_micros * 10 + (s[i] - '0');
                ++n;
                ++i;
            }
            if (n == 0) return false;
            for (int k = n; k < 6; ++k) frac_micros *= 10;
        }
        if (lit('Z') || lit('z')) {
            offset = 0;
        } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            const int sign = s[i++] == '-' ? -1 : 1;
            int oh, om = 0;
            if (!digits(2, oh)) return false;
            if (i < s.size()) {
                lit(':');
                if (!digits(2, om)) return false;
            }
            if (oh > 23 || om > 59) return false;
            offset = sign * (oh * 60 + om);
        } else if (i != s.size()) {
            return false;
        }
        // No designator at all: read as UTC (the API always writes one).
    }
    if (i != s.size()) return false;
    if (mo < 1 || mo > 12 || h > 23 || mi > 59 || sec > 60) return false;
    using namespace std::chrono;
    year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return false;
    const std::int64_t days = sys_days{ymd}.time_since_epoch().count();
    const std::int64_t local_seconds = days * 86400 + h * 3600 + mi * 60 + sec;
    out.micros_ = (local_seconds - static_cast<std::int64_t>(offset) * 60) * 1000000 + frac_micros;
    out.offset_minutes_ = static_cast<std::int16_t>(offset);
    return true;
}

inline timestamp timestamp::from_time(clock_time t, std::chrono::minutes utc_offset) {
    using namespace std::chrono;
    const auto local = t + duration_cast<microseconds>(utc_offset);
    const auto day_point = floor<days>(local);
    const year_month_day ymd{day_point};
    const hh_mm_ss<microseconds> tod{local - day_point};
    const long off = static_cast<long>(utc_offset.count());
    char buf[64];
    const char sign = off < 0 ? '-' : '+';
    const long aoff = off < 0 ? -off : off;
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ld.%03ld%c%02ld:%02ld", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(tod.hours().count()), static_cast<long>(tod.minutes().count()),
                  static_cast<long>(tod.seconds().count()), static_cast<long>(tod.subseconds().count() / 1000), sign,
                  aoff / 60, aoff % 60);
    return from_text(buf);
}

}  // namespace mercadopago
