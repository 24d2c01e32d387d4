// Small input checks the emulated endpoints share: a whole decimal integer
// (ids in paths, paging values) and the API's loose e-mail rule.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>
#include <system_error>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox::detail {

/// `s` as an integer when it is one and nothing else ("12", not "12x" or "").
inline std::optional<std::int64_t> parse_int(std::string_view s) {
    std::int64_t v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || r.ec != std::errc{} || r.ptr != s.data() + s.size()) return std::nullopt;
    return v;
}

/// Something@domain.tld without spaces, at most 254 characters.
inline bool valid_email(std::string_view e) {
    const auto at = e.find('@');
    if (at == 0 || at == std::string_view::npos || e.size() > 254) return false;
    const auto dot = e.find('.', at);
    return dot != std::string_view::npos && dot > at + 1 && dot + 1 < e.size() && e.find(' ') == std::string_view::npos;
}

}  // namespace mercadopago::sandbox::detail
