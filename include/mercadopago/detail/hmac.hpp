// HMAC-SHA256 in lowercase hex, and a constant-time string comparison, on
// OpenSSL's libcrypto (the webhook signature check needs both).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <climits>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// HMAC-SHA256(key, message) as 64 lowercase hex characters; empty if OpenSSL
/// fails or the key is too long for its API (an empty digest never compares
/// equal to a received one, see constant_time_equal).
inline std::string hmac_sha256_hex(std::string_view key, std::string_view message) {
    if (key.size() > static_cast<std::size_t>(INT_MAX)) return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digest_len = 0;
    // OpenSSL wants a non-null key pointer even for a zero-length key.
    static constexpr unsigned char no_key[1] = {0};
    const void* key_ptr = key.empty() ? static_cast<const void*>(no_key) : static_cast<const void*>(key.data());
    static constexpr unsigned char no_data[1] = {0};
    const auto* msg_ptr = message.empty() ? no_data : reinterpret_cast<const unsigned char*>(message.data());
    if (HMAC(EVP_sha256(), key_ptr, static_cast<int>(key.size()), msg_ptr, message.size(), digest, &digest_len) ==
        nullptr)
        return {};
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.resize(static_cast<std::size_t>(digest_len) * 2);
    for (unsigned int i = 0; i < digest_len; ++i) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 15];
    }
    return out;
}

/// Whether `a` and `b` hold the same bytes, in time that depends only on their
/// length: the bytes are compared with OpenSSL's CRYPTO_memcmp, which has no
/// early exit, so the position of the first difference does not leak through
/// timing. Strings of different lengths (public information: a hash is always
/// 64 hex characters) are unequal without comparing; so are two empty strings,
/// so that a failed digest can never match an empty received value.
inline bool constant_time_equal(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size() || a.empty()) return false;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace mercadopago::detail
