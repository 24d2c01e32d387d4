// What every fuzz target uses: the input as text, and a check that stops the
// run with a message (libFuzzer then saves the input as a crash artifact).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace fuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// The next '\n'-separated field of `in` (the rest when there is no '\n').
inline std::string_view next_field(std::string_view& in) {
    const auto end = in.find('\n');
    std::string_view field = in.substr(0, end);
    in = end == std::string_view::npos ? std::string_view{} : in.substr(end + 1);
    return field;
}

/// A property that must hold for every input.
#define MERCADOPAGO_FUZZ_CHECK(condition, what)                                         \
    do {                                                                                \
        if (!(condition)) {                                                             \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, __FILE__, __LINE__); \
            std::abort();                                                               \
        }                                                                               \
    } while (0)

}  // namespace fuzz
