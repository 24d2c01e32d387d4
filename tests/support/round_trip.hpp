// Test helper: decode a body as T, require success, and check that encoding
// gives back the same JSON — as values, and as text with every number and
// string spelled as it came (json_text.hpp).
#pragma once

#include <mercadopago/json.hpp>

#include <doctest/doctest.h>

#include "support/fixtures.hpp"
#include "support/json_text.hpp"

#include <string>
#include <utility>

namespace test_support {

template <class T>
T decode_round_trip(const std::string& text, const std::string& what) {
    auto r = mercadopago::from_json<T>(text);
    REQUIRE_MESSAGE(r.has_value(), what << ": " << r.error().what());
    const std::string out = mercadopago::to_json(*r);
    CHECK_MESSAGE(parse(out) == parse(text), what);
    std::string why;
    CHECK_MESSAGE(same_json_text(text, out, &why), what << ": re-encoded text differs at " << why);
    return std::move(*r);
}

/// The fixture at `path` (under tests/fixtures), round-tripped as T.
template <class T>
T fixture(const std::string& path) {
    return decode_round_trip<T>(read_fixture(path), path);
}

}  // namespace test_support
