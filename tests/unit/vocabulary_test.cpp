// The open-enum vocabularies' `known` lists: no value empty, none repeated.
//
// The check is made at compile time here, in one test file, and not in the
// headers next to each list: constant-evaluating the pairwise comparison of
// 58 status_detail values cost every file that included a model about 2% of
// the dependencies' own compile time (g++ 12, counted in instructions).
#include <mercadopago/models/merchant_order_status.hpp>
#include <mercadopago/models/order_status.hpp>
#include <mercadopago/models/payment_status.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace vocabulary_test {

namespace mp = mercadopago;

/// True when no entry of a `known` list is empty and none repeats.
template <class C, std::size_t N>
constexpr bool well_formed(const std::array<C, N>& values) {
    for (std::size_t i = 0; i < N; ++i) {
        if (values[i].str().empty()) return false;
        for (std::size_t j = i + 1; j < N; ++j)
            if (values[i].str() == values[j].str()) return false;
    }
    return true;
}

static_assert(well_formed(mp::payment_status::known), "payment_status::known lists an empty or repeated value");
static_assert(well_formed(mp::payment_status_detail::known),
              "payment_status_detail::known lists an empty or repeated value");
static_assert(well_formed(mp::payment_type::known), "payment_type::known lists an empty or repeated value");
static_assert(well_formed(mp::refund_status::known), "refund_status::known lists an empty or repeated value");
static_assert(well_formed(mp::order_status::known), "order_status::known lists an empty or repeated value");
static_assert(well_formed(mp::order_status_detail::known),
              "order_status_detail::known lists an empty or repeated value");
static_assert(well_formed(mp::merchant_order_status::known),
              "merchant_order_status::known lists an empty or repeated value");
static_assert(well_formed(mp::merchant_order_order_status::known),
              "merchant_order_order_status::known lists an empty or repeated value");

// The checker itself must be able to fail.
static_assert(!well_formed(std::array<mp::payment_status::constant, 2>{mp::payment_status::approved,
                                                                        mp::payment_status::approved}));
static_assert(!well_formed(std::array<mp::payment_status::constant, 1>{mp::payment_status::constant{""}}));

TEST_CASE("each known value reads back as itself and as no other known value") {
    // An open enum built from a constant's text equals that constant, and
    // only that one: the comparison goes by text, so a repeat would alias.
    std::set<std::string> seen;
    for (const auto c : mp::payment_status_detail::known) {
        const mp::payment_status_detail d(c.str());
        CHECK(d == c);
        CHECK(seen.insert(std::string(c.str())).second);
        std::size_t equal = 0;
        for (const auto other : mp::payment_status_detail::known) equal += (d == other) ? 1 : 0;
        CHECK(equal == 1);
    }
    CHECK(seen.size() == mp::payment_status_detail::known.size());
}

}  // namespace vocabulary_test
