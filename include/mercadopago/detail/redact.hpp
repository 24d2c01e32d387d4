// Keeping secrets out of logs and errors: the access token and card data.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/json_writer.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

inline constexpr std::string_view redacted = "[redacted]";

/// Replaces every occurrence of `secret` in `text` (a server may echo a token).
inline void redact_secret(std::string& text, std::string_view secret) {
    if (secret.size() < 4) return;  // too short to be a credential; avoid shredding text
    for (std::size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + redacted.size()))
        text.replace(at, secret.size(), redacted);
}

/// Keys whose values are card data or credentials (PCI: never logged).
inline bool is_secret_key(std::string_view k) noexcept {
    return k == "card_number" || k == "security_code" || k == "cvv" || k == "access_token" ||
           k == "client_secret" || k == "refresh_token" || k == "code_verifier";
}

inline void mask_secrets(boost::json::value& v) {
    if (auto* o = v.if_object()) {
        for (auto& kv : *o) {
            if (is_secret_key(std::string_view(kv.key().data(), kv.key().size())) && !kv.value().is_null())
                kv.value() = boost::json::string(redacted);
            else mask_secrets(kv.value());
        }
    } else if (auto* a = v.if_array()) {
        for (auto& e : *a) mask_secrets(e);
    }
}

/// A JSON body with card data and credentials masked; a body that is not JSON
/// is left out entirely, since nothing in it can be told safe.
inline std::string mask_card_data(std::string_view body) {
    if (body.empty()) return {};
    boost::json::error_code ec;
    boost::json::value v = boost::json::parse(body, ec);
    if (ec) return "[non-JSON body omitted]";
    mask_secrets(v);
    std::string out;
    json_writer(out).value(v);
    return out;
}

}  // namespace mercadopago::detail
