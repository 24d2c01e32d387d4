// decimal and timestamp parsing: money and dates from untrusted text.
//
// Properties: nothing crashes; a decimal that parses prints as text that
// parses to the same value; a timestamp that parses keeps its text, and one
// formatted from its instant parses to the same instant (to the millisecond,
// which is what from_time writes).
#include <mercadopago/decimal.hpp>
#include <mercadopago/timestamp.hpp>

#include "fuzz_check.hpp"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace mp = mercadopago;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view in = fuzz::text(data, size);

    if (auto d = mp::decimal::parse(in)) {
        const std::string printed = d->to_string();
        auto again = mp::decimal::parse(printed);
        MERCADOPAGO_FUZZ_CHECK(again.has_value(), "a printed decimal parses");
        MERCADOPAGO_FUZZ_CHECK(*again == *d, "a printed decimal has the same value");
    }

    if (auto t = mp::timestamp::parse(in)) {
        MERCADOPAGO_FUZZ_CHECK(t->text() == in, "a timestamp keeps its text");
        MERCADOPAGO_FUZZ_CHECK(t->time().has_value(), "a parsed timestamp has an instant");
        // from_time writes milliseconds, as the API does: the same instant to the millisecond.
        const auto formatted = mp::timestamp::from_time(*t->time(), t->utc_offset());
        auto again = mp::timestamp::parse(formatted.text());
        MERCADOPAGO_FUZZ_CHECK(again.has_value(), "a formatted timestamp parses");
        MERCADOPAGO_FUZZ_CHECK(again->time() == std::chrono::floor<std::chrono::milliseconds>(*t->time()),
                               "a formatted timestamp is the same instant, to the millisecond");
    }
    (void)mp::timestamp::from_text(in);
    return 0;
}
