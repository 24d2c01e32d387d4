// URL pieces: percent-encoding of path segments and query strings, and the
// split of a base URL into origin and path prefix.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

constexpr bool is_unreserved(char c) noexcept {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '~';
}

inline void percent_encode(std::string_view in, std::string& out) {
    static constexpr char hex[] = "0123456789ABCDEF";
    for (char c : in) {
        if (is_unreserved(c)) {
            out.push_back(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.push_back('%');
            out.push_back(hex[u >> 4]);
            out.push_back(hex[u & 15]);
        }
    }
}

/// Appends one path segment. Every reserved character is encoded, so an id such
/// as "../x" or "1?a=b" stays inside its segment; "", "." and ".." are refused
/// because servers resolve them as relative paths.
inline result<void> append_path_segment(std::string_view segment, std::string& out) {
    if (segment.empty() || segment == "." || segment == "..")
        return failure(errc::invalid_argument, "a path parameter is empty or a relative segment");
    percent_encode(segment, out);
    return {};
}

using query_params = std::vector<std::pair<std::string, std::string>>;

/// Appends `?k=v&…` (nothing for an empty list).
inline void append_query(const query_params& q, std::string& out) {
    char sep = '?';
    for (const auto& [k, v] : q) {
        out.push_back(sep);
        sep = '&';
        percent_encode(k, out);
        out.push_back('=');
        percent_encode(v, out);
    }
}

/// scheme://host[:port][/prefix]
struct parsed_url {
    std::string scheme;  // "https" or "http"
    std::string host;
    int port = 0;
    std::string prefix;  // path prefix without a trailing slash, e.g. "" or "/mp"
};

inline result<parsed_url> parse_base_url(std::string_view url) {
    parsed_url u;
    const auto sep = url.find("://");
    if (sep == std::string_view::npos) return failure(errc::invalid_argument, "base_url needs a scheme (https://…)");
    u.scheme = std::string(url.substr(0, sep));
    for (auto& c : u.scheme) c = ascii_lower(c);
    if (u.scheme != "https" && u.scheme != "http")
        return failure(errc::invalid_argument, "base_url scheme must be https or http");
    std::string_view rest = url.substr(sep + 3);
    const auto slash = rest.find('/');
    std::string_view authority = rest.substr(0, slash);
    if (slash != std::string_view::npos) {
        std::string_view path = rest.substr(slash);
        while (!path.empty() && path.back() == '/') path.remove_suffix(1);
        u.prefix = std::string(path);
    }
    if (authority.find('@') != std::string_view::npos)
        return failure(errc::invalid_argument, "base_url must not carry credentials");
    u.port = u.scheme == "https" ? 443 : 80;
    std::string_view host = authority;
    if (!authority.empty() && authority.front() == '[') {  // [::1]:8080
        const auto close = authority.find(']');
        if (close == std::string_view::npos) return failure(errc::invalid_argument, "base_url has a malformed IPv6 host");
        host = authority.substr(1, close - 1);
        authority.remove_prefix(close + 1);
        if (!authority.empty() && authority.front() != ':') return failure(errc::invalid_argument, "base_url is malformed");
    } else {
        const auto colon = authority.rfind(':');
        host = authority.substr(0, colon);
        authority = colon == std::string_view::npos ? std::string_view{} : authority.substr(colon);
    }
    if (!authority.empty()) {  // ":port"
        int port = 0;
        if (authority.size() < 2 || authority.size() > 6) return failure(errc::invalid_argument, "base_url has a bad port");
        for (char c : authority.substr(1)) {
            if (c < '0' || c > '9') return failure(errc::invalid_argument, "base_url has a bad port");
            port = port * 10 + (c - '0');
        }
        if (port < 1 || port > 65535) return failure(errc::invalid_argument, "base_url has a bad port");
        u.port = port;
    }
    if (host.empty()) return failure(errc::invalid_argument, "base_url has no host");
    u.host = std::string(host);
    return u;
}

/// CR, LF and NUL would let a value start a new header line.
constexpr bool is_safe_header_value(std::string_view v) noexcept {
    for (char c : v)
        if (c == '\r' || c == '\n' || c == '\0') return false;
    return true;
}

}  // namespace mercadopago::detail
