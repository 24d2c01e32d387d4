// Overflow checks of int64 arithmetic (detail/checked.hpp), at the edges where
// a naive check goes wrong: INT64_MIN, -1, and products just past the limit.
#include <mercadopago/detail/checked.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace checked_arithmetic_test {

using mercadopago::detail::checked_mul;
using mercadopago::detail::checked_sub;

namespace {
constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
}  // namespace

TEST_CASE("checked_mul: fits or refuses, never wraps") {
    std::int64_t out = 42;
    CHECK(checked_mul(3037000499, 3037000499, out));  // floor(sqrt(max))^2 fits
    CHECK(out == 9223372030926249001);
    out = 42;
    CHECK_FALSE(checked_mul(3037000500, 3037000500, out));
    CHECK(out == 42);  // untouched on overflow
    CHECK_FALSE(checked_mul(-3037000500, 3037000500, out));
    CHECK(checked_mul(-3037000499, 3037000499, out));
    CHECK(checked_mul(min, 1, out));
    CHECK(out == min);
    CHECK_FALSE(checked_mul(min, -1, out));
    CHECK_FALSE(checked_mul(-1, min, out));
    CHECK(checked_mul(max, -1, out));
    CHECK(out == -max);
    CHECK_FALSE(checked_mul(max, 2, out));
    CHECK_FALSE(checked_mul(min, 2, out));
    CHECK_FALSE(checked_mul(-2, min / 2 - 1, out));
    CHECK_FALSE(checked_mul(-2, min / 2, out));  // max + 1
    CHECK(checked_mul(2, min / 2, out));  // exactly min
    CHECK(out == min);
    CHECK(checked_mul(0, min, out));
    CHECK(out == 0);
    CHECK(checked_mul(1000000000000000000, 9, out));
    CHECK_FALSE(checked_mul(1000000000000000000, 10, out));
}

TEST_CASE("checked_sub: fits or refuses, never wraps") {
    std::int64_t out = 42;
    CHECK(checked_sub(0, max, out));
    CHECK(out == -max);
    CHECK(checked_sub(-1, max, out));
    CHECK(out == min);
    CHECK_FALSE(checked_sub(-2, max, out));
    CHECK_FALSE(checked_sub(0, min, out));
    CHECK(checked_sub(-1, min, out));
    CHECK(out == max);
    CHECK_FALSE(checked_sub(max, -1, out));
    CHECK(checked_sub(min, min, out));
    CHECK(out == 0);
}

}  // namespace checked_arithmetic_test
