// The "copia e cola" text of a sandbox Pix charge: the EMV QR payload Brazil's
// central bank specifies (merchant account under br.gov.bcb.pix, amount,
// country, merchant name and city, a transaction id, then its CRC16-CCITT).
// Payments and Orders both show one for a pending Pix transfer.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox::detail {

/// `key`: the receiver's Pix key; `amount`: "150.00"; `reference`: any text
/// that tells the charges apart (kept to 25 characters, the field's limit).
inline std::string pix_emv_code(const std::string& key, const std::string& amount, std::string_view reference) {
    auto field = [](std::string_view id, std::string_view value) {
        char len[3];
        std::snprintf(len, sizeof len, "%02zu", value.size() % 100);
        return std::string(id) + len + std::string(value);
    };
    std::string s = field("00", "01") + field("26", field("00", "br.gov.bcb.pix") + field("01", key)) +
                    field("52", "0000") + field("53", "986") + field("54", amount) + field("58", "BR") +
                    field("59", "SANDBOX SELLER") + field("60", "SAO PAULO") +
                    field("62", field("05", reference.substr(0, 25))) + "6304";
    unsigned crc = 0xFFFF;
    for (unsigned char ch : s) {
        crc ^= static_cast<unsigned>(ch) << 8;
        for (int i = 0; i < 8; ++i) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
    }
    char hex[5];
    std::snprintf(hex, sizeof hex, "%04X", crc);
    return s + hex;
}

/// The base64 PNG every sandbox Pix charge shows as its QR image (one pixel:
/// the code above is what a test uses).
inline constexpr std::string_view pix_qr_png_base64 =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

}  // namespace mercadopago::sandbox::detail
