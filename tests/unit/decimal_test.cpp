#include <mercadopago/decimal.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <stdexcept>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace decimal_test {

using mercadopago::decimal;
using namespace mercadopago::literals;

namespace {
std::string text(std::string_view in) {
    auto r = decimal::parse(in);
    REQUIRE_MESSAGE(r.has_value(), in);
    return r->to_string();
}
}  // namespace

TEST_CASE("decimal reads a number's own text exactly") {
    CHECK(text("12.34") == "12.34");
    CHECK(text("100") == "100");
    CHECK(text("100.50") == "100.50");  // written places are kept
    CHECK(text("-0.001") == "-0.001");
    CHECK(text("0.00") == "0.00");
    CHECK(text("00012.3400") == "12.3400");
    CHECK(text("0.1") == "0.1");  // no binary fraction anywhere
    CHECK(text("9223372036854775807") == "9223372036854775807");
    CHECK(text("-9223372036854775807") == "-9223372036854775807");
}

TEST_CASE("decimal accepts exponent forms and writes plain notation") {
    CHECK(text("5.0E8") == "500000000.0");  // still a fractional JSON number
    CHECK(text("1E2") == "100.0");
    CHECK(text("1.005E2") == "100.5");
    CHECK(text("1.5e-3") == "0.0015");
    CHECK(text("12.5E+1") == "125.0");
    CHECK(text("1.000000000000000000000000E0") == "1.000000000000000000");  // capped at 18 places, exact
}

TEST_CASE("decimal refuses what it cannot hold exactly") {
    CHECK_FALSE(decimal::parse("12345678901234567890").has_value());     // > int64
    CHECK_FALSE(decimal::parse("1E400").has_value());                    // overflow
    CHECK_FALSE(decimal::parse("0.0000000000000000001").has_value());    // 19 places, non-zero
    CHECK_FALSE(decimal::parse("").has_value());
    CHECK_FALSE(decimal::parse("abc").has_value());
    CHECK_FALSE(decimal::parse("1.").has_value());
    CHECK_FALSE(decimal::parse(".5").has_value());
    CHECK_FALSE(decimal::parse("-").has_value());
    CHECK_FALSE(decimal::parse("1e").has_value());
    CHECK_FALSE(decimal::parse("12.34 ").has_value());
    CHECK_FALSE(decimal::parse("NaN").has_value());
    CHECK(decimal::parse("1E400").error().message.find("out of range") != std::string::npos);
    CHECK_THROWS_AS(decimal("nope"), std::invalid_argument);
}

TEST_CASE("decimal arithmetic is exact") {
    CHECK((0.1_dec + 0.2_dec) == 0.3_dec);
    CHECK((0.1_dec + 0.2_dec).to_string() == "0.3");
    CHECK((12.34_dec - 2.34_dec).to_string() == "10.00");
    CHECK((10_dec - 12.5_dec).to_string() == "-2.5");
    CHECK((decimal("19.99") * 3).to_string() == "59.97");
    CHECK(decimal::from_cents(1050).to_string() == "10.50");
    CHECK(decimal::from_cents(-5).to_string() == "-0.05");
    CHECK(decimal::from_units(5, 0) == decimal(5));
    decimal total = 0;
    for (int i = 0; i < 10; ++i) total += 0.1_dec;
    CHECK(total == decimal(1));
    CHECK((-(3.5_dec)).to_string() == "-3.5");
}

TEST_CASE("decimal compares by value; representation is separate") {
    CHECK(100.0_dec == decimal(100));
    CHECK_FALSE((100.0_dec).same_representation(decimal(100)));
    CHECK((12.50_dec).normalized().to_string() == "12.5");
    CHECK(1.01_dec > 1.009_dec);
    CHECK(-1_dec < 0_dec);
    CHECK(decimal::parse("-9223372036854775807").value() < decimal::parse("0.000000000000000001").value());
}

TEST_CASE("decimal converts to minor units only when exact") {
    CHECK((12.34_dec).minor_units(2) == 1234);
    CHECK((12_dec).minor_units(2) == 1200);
    CHECK((12.345_dec).minor_units(2) == std::nullopt);  // would round
    CHECK(decimal(std::numeric_limits<std::int64_t>::max()).minor_units(2) == std::nullopt);
}

TEST_CASE("decimal arithmetic reports overflow instead of wrapping") {
    const decimal big(std::numeric_limits<std::int64_t>::max());
    CHECK_THROWS_AS(big + 1_dec, std::overflow_error);
    CHECK_THROWS_AS(big * 2, std::overflow_error);
    CHECK_THROWS_AS(decimal::from_units(1, 19), std::out_of_range);
}

}  // namespace decimal_test
