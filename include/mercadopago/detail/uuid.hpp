// Random UUIDv4 text from OpenSSL's CSPRNG: the default idempotency key.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <openssl/rand.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// A UUIDv4 such as "3f0e8a9c-5b1d-4c2e-9a7f-1b2c3d4e5f60"; empty if the
/// CSPRNG failed (the caller then refuses to send a write without a key).
inline std::string random_uuid_v4() {
    std::array<unsigned char, 16> b{};
    if (RAND_bytes(b.data(), static_cast<int>(b.size())) != 1) return {};
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);  // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);  // RFC 4122 variant
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
        out.push_back(hex[b[i] >> 4]);
        out.push_back(hex[b[i] & 15]);
    }
    return out;
}

}  // namespace mercadopago::detail
