// The version of the mercadopago C++ binding: the one place it is written.
// CMakeLists.txt reads these three numbers for project(VERSION), and
// scripts/amalgamate.sh --check (the first step of CI) fails when meson.build
// or CHANGELOG.md names another version.
#pragma once

#define MERCADOPAGO_VERSION_MAJOR 0
#define MERCADOPAGO_VERSION_MINOR 1
#define MERCADOPAGO_VERSION_PATCH 0

#define MERCADOPAGO_DETAIL_STRINGIZE(x) #x
#define MERCADOPAGO_DETAIL_VERSION_TEXT(major, minor, patch) \
    MERCADOPAGO_DETAIL_STRINGIZE(major) "." MERCADOPAGO_DETAIL_STRINGIZE(minor) "." MERCADOPAGO_DETAIL_STRINGIZE(patch)
/// "major.minor.patch"
#define MERCADOPAGO_VERSION_STRING \
    MERCADOPAGO_DETAIL_VERSION_TEXT(MERCADOPAGO_VERSION_MAJOR, MERCADOPAGO_VERSION_MINOR, MERCADOPAGO_VERSION_PATCH)

namespace mercadopago {

/// The library's version as text, e.g. for a User-Agent header.
inline constexpr const char* version_string = MERCADOPAGO_VERSION_STRING;

/// The library's version as numbers.
struct version_info {
    int major;
    int minor;
    int patch;
};

/// The version of the headers this file was compiled with.
constexpr version_info version() noexcept {
    return {MERCADOPAGO_VERSION_MAJOR, MERCADOPAGO_VERSION_MINOR, MERCADOPAGO_VERSION_PATCH};
}

}  // namespace mercadopago
