// Version of the mercadopago C++ binding.
#pragma once

#define MERCADOPAGO_VERSION_MAJOR 0
#define MERCADOPAGO_VERSION_MINOR 1
#define MERCADOPAGO_VERSION_PATCH 0
#define MERCADOPAGO_VERSION_STRING "0.1.0"

namespace mercadopago {

/// The library's version as text, e.g. for a User-Agent header.
inline constexpr const char* version_string = MERCADOPAGO_VERSION_STRING;

}  // namespace mercadopago
