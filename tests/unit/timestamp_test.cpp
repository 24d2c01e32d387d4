#include <mercadopago/json.hpp>
#include <mercadopago/timestamp.hpp>

#include <doctest/doctest.h>

#include "support/fixtures.hpp"

#include <chrono>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace timestamp_test {

using mercadopago::timestamp;
using namespace std::chrono;

namespace {
sys_time<microseconds> utc(int y, unsigned mo, unsigned d, int h, int mi, int s, long us = 0) {
    return sys_days{year{y} / month{mo} / day{d}} + hours{h} + minutes{mi} + seconds{s} + microseconds{us};
}
}  // namespace

TEST_CASE("every ISO-8601 variant of the API fixture parses and keeps its text") {
    const auto doc = test_support::parse(test_support::read_fixture("java/dates_iso8601_variants.json"));
    const auto& list = doc.at("timestamps").as_array();
    REQUIRE(list.size() == 8);
    for (const auto& v : list) {
        const std::string_view s(v.as_string().data(), v.as_string().size());
        const timestamp t = timestamp::from_text(s);
        CHECK_MESSAGE(t.valid(), s);
        CHECK(t.text() == s);
    }
}

TEST_CASE("timestamps resolve to the right UTC instant") {
    auto at = [](std::string_view s) { return timestamp::from_text(s).time().value(); };
    CHECK(at("2021-01-13T17:06:29.595034354Z") == utc(2021, 1, 13, 17, 6, 29, 595034));
    CHECK(at("2021-01-13T17:06:29.595034354-04:00") == utc(2021, 1, 13, 21, 6, 29, 595034));
    CHECK(at("2021-02-14T08:52:52.000Z") == utc(2021, 2, 14, 8, 52, 52));
    CHECK(at("2021-04-16T03:03:03.3Z") == utc(2021, 4, 16, 3, 3, 3, 300000));
    CHECK(at("2021-04-16T03:03:03Z") == utc(2021, 4, 16, 3, 3, 3));
    CHECK(at("20210517T040404Z") == utc(2021, 5, 17, 4, 4, 4));
    CHECK(at("20210517T040404-03:00") == utc(2021, 5, 17, 7, 4, 4));
    CHECK(at("2022-06-10T10:00:00.000+05:30") == utc(2022, 6, 10, 4, 30, 0));
    CHECK(at("2022-10-25") == utc(2022, 10, 25, 0, 0, 0));
    CHECK(timestamp::from_text("2022-10-25").date_only());
    // The year-1 sentinel of customer_get.json is a real, representable instant.
    CHECK(at("0001-01-01T00:00:00.000+00:00") == utc(1, 1, 1, 0, 0, 0));
}

TEST_CASE("the UTC offset is kept, including -00:00") {
    CHECK(timestamp::from_text("2021-01-13T17:06:29.595-04:00").utc_offset() == minutes{-240});
    CHECK(timestamp::from_text("2021-01-13T17:06:29.595+05:30").utc_offset() == minutes{330});
    const timestamp minus_zero = timestamp::from_text("2022-10-21T15:05:41.000-00:00");
    CHECK(minus_zero.utc_offset() == minutes{0});
    CHECK(minus_zero.text() == "2022-10-21T15:05:41.000-00:00");
}

TEST_CASE("unparsable dates are kept, not fatal") {
    for (std::string_view bad : {"23-09-2021T17:56:16UTC", "2021-13-01T00:00:00Z", "2021-02-30", "2021-01-01T25:00:00Z",
                                 "2021-01-01T10:00:00.Z", "2021-01-01T10:00:00+2", "yesterday", "P3D"}) {
        const timestamp t = timestamp::from_text(bad);
        CHECK_MESSAGE(!t.valid(), bad);
        CHECK(t.text() == bad);
        CHECK_FALSE(t.time().has_value());
        CHECK_FALSE(timestamp::parse(bad).has_value());
    }
}

TEST_CASE("from_time formats the way the API writes dates") {
    const timestamp t = timestamp::from_time(utc(2024, 5, 17, 13, 4, 4, 123000), minutes{-180});
    CHECK(t.text() == "2024-05-17T10:04:04.123-03:00");
    CHECK(t.time() == utc(2024, 5, 17, 13, 4, 4, 123000));
    CHECK(timestamp::from_time(utc(2024, 1, 1, 0, 0, 0)).text() == "2024-01-01T00:00:00.000+00:00");
}

namespace {
struct dated {
    std::optional<timestamp> when;
    boost::json::object extra;
    MERCADOPAGO_FIELDS(dated, when);
};
}  // namespace

TEST_CASE("empty and null dates decode to an empty optional and round-trip") {
    for (std::string_view in : {R"({"when":""})", R"({"when":null})", R"({})"}) {
        auto r = mercadopago::from_json<dated>(in);
        REQUIRE(r.has_value());
        CHECK_FALSE(r->when.has_value());
        CHECK(test_support::parse(mercadopago::to_json(*r)) == test_support::parse(std::string(in)));
    }
    auto bad = mercadopago::from_json<dated>(R"({"when":"23-09-2021T17:56:16UTC"})");
    REQUIRE(bad.has_value());
    CHECK_FALSE(bad->when->valid());
    CHECK(mercadopago::to_json(*bad) == R"({"when":"23-09-2021T17:56:16UTC"})");
    auto wrong = mercadopago::from_json<dated>(R"({"when":20210517})");
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().path == "when");
}

}  // namespace timestamp_test
