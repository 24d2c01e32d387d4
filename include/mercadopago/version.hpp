// The version of the mercadopago C++ binding: the one place it is written.
// CMakeLists.txt reads these three numbers for project(VERSION), and
// scripts/amalgamate.sh --check (the first step of CI) fails when meson.build
// or CHANGELOG.md names another version.
#pragma once

/// Major version of the library (the x of x.y.z).
#define MERCADOPAGO_VERSION_MAJOR 0
/// Minor version of the library (the y of x.y.z).
#define MERCADOPAGO_VERSION_MINOR 1
/// Patch version of the library (the z of x.y.z).
#define MERCADOPAGO_VERSION_PATCH 0

#define MERCADOPAGO_DETAIL_STRINGIZE(x) #x
#define MERCADOPAGO_DETAIL_VERSION_TEXT(major, minor, patch) \
    MERCADOPAGO_DETAIL_STRINGIZE(major) "." MERCADOPAGO_DETAIL_STRINGIZE(minor) "." MERCADOPAGO_DETAIL_STRINGIZE(patch)
/// The version as a string literal, "major.minor.patch" (e.g. "0.1.0").
#define MERCADOPAGO_VERSION_STRING \
    MERCADOPAGO_DETAIL_VERSION_TEXT(MERCADOPAGO_VERSION_MAJOR, MERCADOPAGO_VERSION_MINOR, MERCADOPAGO_VERSION_PATCH)

#define MERCADOPAGO_DETAIL_ABI_NAME(major, minor, patch) MERCADOPAGO_DETAIL_ABI_NAME_I(major, minor, patch)
#define MERCADOPAGO_DETAIL_ABI_NAME_I(major, minor, patch) v##major##_##minor##_##patch
/// The inline namespace every name of the library is declared in: `v0_1_0`
/// for version 0.1.0, so `mercadopago::payment` is really
/// `mercadopago::v0_1_0::payment`. Users write `mercadopago::payment` as
/// ever; what changes is the linker's name. Two libraries that each embed a
/// different version of this one can then be linked into one program: their
/// inline functions and templates (the whole library is made of them) no
/// longer share names, so neither silently runs the other's copy (an ODR
/// violation). tests/abi/ links two such libraries into one program. A
/// library that embeds this one may define MERCADOPAGO_ABI_NAMESPACE itself
/// (e.g. `-DMERCADOPAGO_ABI_NAMESPACE=mylib_v2`), the same in all its files,
/// to keep its copy apart even from another copy of the same version.
#ifndef MERCADOPAGO_ABI_NAMESPACE
#define MERCADOPAGO_ABI_NAMESPACE \
    MERCADOPAGO_DETAIL_ABI_NAME(MERCADOPAGO_VERSION_MAJOR, MERCADOPAGO_VERSION_MINOR, MERCADOPAGO_VERSION_PATCH)
#endif

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The library's version as text, e.g. for a User-Agent header.
inline constexpr const char* version_string = MERCADOPAGO_VERSION_STRING;

/// The library's version as numbers.
struct version_info {
    int major;  ///< major version number, as MERCADOPAGO_VERSION_MAJOR
    int minor;  ///< minor version number, as MERCADOPAGO_VERSION_MINOR
    int patch;  ///< patch version number, as MERCADOPAGO_VERSION_PATCH
};

/// The version of the headers this file was compiled with.
constexpr version_info version() noexcept {
    return {MERCADOPAGO_VERSION_MAJOR, MERCADOPAGO_VERSION_MINOR, MERCADOPAGO_VERSION_PATCH};
}

}  // namespace mercadopago
