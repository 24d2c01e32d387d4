// The generic codec against small models defined here: leniencies, fidelity
// of round trips, and every class of bad input.
#include <mercadopago/json.hpp>
#include <mercadopago/models/identification.hpp>

#include <doctest/doctest.h>

#include "support/fixtures.hpp"
#include "support/json_text.hpp"

#include <map>
#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace codec_test {

namespace mp = mercadopago;

namespace {

struct color : mp::open_enum<color> {
    using open_enum::open_enum;
    static constexpr constant red{"red"};
    static constexpr constant green{"green"};
};
struct shape : mp::open_enum<shape> {
    using open_enum::open_enum;
    static constexpr constant red{"red"};  // same text, different vocabulary
};

struct holder {
    std::optional<std::string> name;
    std::optional<mp::identification> identification;
    boost::json::object extra;
    MERCADOPAGO_FIELDS(holder, name, identification);
};

struct item {
    std::optional<std::string> id;
    std::optional<std::int64_t> quantity;
    std::optional<mp::decimal> unit_price;
    std::optional<bool> warranty;
    std::optional<int> expiration_month;
    std::optional<color> colour;
    std::optional<std::vector<std::string>> tags;
    std::optional<std::map<std::string, mp::decimal>> prices;
    std::optional<boost::json::value> metadata;
    std::optional<holder> holder_;  // JSON name differs from the member name
    std::optional<std::vector<holder>> holders;
    boost::json::object extra;
    MERCADOPAGO_FIELDS(item,
                      id, quantity, unit_price, warranty, expiration_month, (colour, "color"), tags, prices, metadata,
                      (holder_, "holder"), holders);
};

struct create_request {
    mp::decimal transaction_amount{};  // required: not optional
    std::optional<bool> capture{};
    std::optional<std::string> description{};
    boost::json::object extra{};
    MERCADOPAGO_FIELDS(create_request, transaction_amount, capture, description);
};

static_assert(mp::described<item>);
static_assert(mp::described<create_request>);
static_assert(!mp::described<std::string>);

/// Decodes `in` and checks the re-encoded JSON is `in`: as values, and as text
/// with every number spelled as it came.
void check_round_trip(const std::string& in) {
    auto r = mp::from_json<item>(in);
    REQUIRE_MESSAGE(r.has_value(), r.error().what());
    const std::string out = mp::to_json(*r);
    CHECK(test_support::parse(out) == test_support::parse(in));
    std::string why;
    CHECK_MESSAGE(test_support::same_json_text(in, out, &why), in << ": re-encoded text differs at " << why);
}

}  // namespace

TEST_CASE("open enums compare type-safely and keep unknown values") {
    auto r = mp::from_json<item>(R"({"color":"red"})");
    REQUIRE(r);
    CHECK(*r->colour == color::red);
    CHECK(r->colour == color::red);  // also through std::optional
    CHECK_FALSE(*r->colour == color::green);
    static_assert(!std::equality_comparable_with<color, mp::enum_constant<shape>>);
    static_assert(shape::red.str() == color::red.str());  // same text, still distinct types
    auto unknown = mp::from_json<item>(R"({"color":"ultraviolet"})");
    REQUIRE(unknown);
    CHECK(unknown->colour->str() == "ultraviolet");
    CHECK(mp::to_json(*unknown) == R"({"color":"ultraviolet"})");
}

TEST_CASE("lenient: numbers sent as strings") {
    auto r = mp::from_json<item>(R"({"quantity":"1","unit_price":"100.0","warranty":"true"})");
    REQUIRE(r);
    CHECK(r->quantity == 1);
    CHECK(r->unit_price->to_string() == "100.0");
    CHECK(r->warranty == true);
    // Written back exactly as the API sent it.
    check_round_trip(R"({"quantity":"1","unit_price":"100.0","warranty":"true"})");
}

TEST_CASE("lenient: strings sent as numbers keep their source text") {
    auto r = mp::from_json<item>(R"({"id":1562188766852,"holder":{"identification":{"number":19119119100}}})");
    REQUIRE(r);
    CHECK(r->id == "1562188766852");
    CHECK(r->holder_->identification->number == "19119119100");
    auto frac = mp::from_json<item>(R"({"id":12.50})");
    REQUIRE(frac);
    CHECK(frac->id == "12.50");  // not "12.5", not "1.25E1"
    check_round_trip(R"({"id":1562188766852,"holder":{"identification":{"number":19119119100}}})");
}

TEST_CASE("lenient: masked integers read as absent, and round-trip") {
    auto r = mp::from_json<item>(R"({"expiration_month":"***"})");
    REQUIRE(r);
    CHECK_FALSE(r->expiration_month.has_value());
    check_round_trip(R"({"expiration_month":"***"})");
}

TEST_CASE("lenient: an empty array where an object belongs reads as absent") {
    auto r = mp::from_json<item>(R"({"holder":[]})");
    REQUIRE(r);
    CHECK_FALSE(r->holder_.has_value());
    check_round_trip(R"({"holder":[]})");
    auto nonempty = mp::from_json<item>(R"({"holder":[1]})");
    REQUIRE_FALSE(nonempty);
    CHECK(nonempty.error().what() == "holder: expected object, got array");
}

TEST_CASE("null and missing both read as an empty optional; null round-trips") {
    auto r = mp::from_json<item>(R"({"id":null,"tags":null})");
    REQUIRE(r);
    CHECK_FALSE(r->id);
    CHECK_FALSE(r->tags);
    check_round_trip(R"({"id":null,"tags":null})");
    CHECK(mp::to_json(item{}) == "{}");  // unset optionals are omitted
}

TEST_CASE("a member changed after decoding is written with its new value") {
    auto r = mp::from_json<item>(R"({"quantity":"1","id":5682})");
    REQUIRE(r);
    r->quantity = 3;
    r->id = "0042";
    CHECK(test_support::parse(mp::to_json(*r)) == test_support::parse(R"({"quantity":3,"id":"0042"})"));
}

TEST_CASE("unknown keys are kept in extra and written back") {
    const std::string in = R"({"id":"a","brand_new":{"nested":[1,2.5,"x",true,null]},"holder":{"name":"n","zz":1}})";
    auto r = mp::from_json<item>(in);
    REQUIRE(r);
    CHECK(r->extra.contains("brand_new"));
    CHECK(r->holder_->extra.at("zz") == 1);
    check_round_trip(in);
}

TEST_CASE("containers, free-form values and money in maps") {
    const std::string in =
        R"({"tags":["a","b"],"prices":{"x":12.34,"y":0.1},"metadata":{"3ds_status":"ok","n":[1,{"k":null}]},"holders":[{"name":"a"},{}]})";
    auto r = mp::from_json<item>(in);
    REQUIRE(r);
    CHECK(r->tags->size() == 2);
    CHECK(r->prices->at("y") == mp::decimal("0.1"));
    CHECK(r->metadata->at("3ds_status") == "ok");
    CHECK(r->holders->size() == 2);
    check_round_trip(in);
}

TEST_CASE("money is written in plain notation, never through a double") {
    item i;
    i.unit_price = mp::decimal("100.50");
    i.prices = std::map<std::string, mp::decimal>{{"big", mp::decimal("5.0E8")}};
    CHECK(mp::to_json(i) == R"({"unit_price":100.50,"prices":{"big":500000000.0}})");
    auto r = mp::from_json<item>(R"({"unit_price":1.005E2})");
    REQUIRE(r);
    CHECK(r->unit_price->to_string() == "100.5");
}

TEST_CASE("requests: required fields, explicit false, omission of unset members") {
    create_request req{.transaction_amount = mp::decimal("10.5"), .capture = false};
    CHECK(mp::to_json(req) == R"({"transaction_amount":10.5,"capture":false})");
    auto missing = mp::from_json<create_request>(R"({"capture":true})");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == mp::errc::decode);
    CHECK(missing.error().path == "transaction_amount");
    CHECK(missing.error().message == "missing required field");
    auto null_required = mp::from_json<create_request>(R"({"transaction_amount":null})");
    REQUIRE_FALSE(null_required);
    CHECK(null_required.error().path == "transaction_amount");
}

TEST_CASE("strings are escaped on output") {
    item i;
    i.id = std::string("quote\" back\\ nl\n tab\t ctl\x01 são");
    const std::string out = mp::to_json(i);
    CHECK(out == "{\"id\":\"quote\\\" back\\\\ nl\\n tab\\t ctl\\u0001 s\xC3\xA3o\"}");
    CHECK(mp::from_json<item>(out)->id == i.id);
}

TEST_CASE("bad input: wrong types name the JSON path") {
    auto check_error = [](std::string_view in, std::string_view what) {
        auto r = mp::from_json<item>(in);
        REQUIRE_FALSE_MESSAGE(r.has_value(), in);
        CHECK(r.error().code == mp::errc::decode);
        CHECK(r.error().what() == what);
    };
    check_error(R"({"holder":{"identification":{"number":{}}}})", "holder.identification.number: expected string, got object");
    check_error(R"({"holders":[{},{"identification":{"type":[]}}]})", "holders[1].identification.type: expected string, got array");
    check_error(R"({"quantity":1.5})", "quantity: expected integer, got fractional or out-of-range number");
    check_error(R"({"quantity":"1x"})", "quantity: expected integer, got string");
    check_error(R"({"quantity":true})", "quantity: expected integer, got boolean");
    check_error(R"({"expiration_month":3000000000})", "expiration_month: integer out of range");
    check_error(R"({"warranty":"yes"})", "warranty: expected boolean, got string");
    check_error(R"({"unit_price":"12,34"})", "unit_price: not a number");
    check_error(R"({"unit_price":{}})", "unit_price: expected number, got object");
    check_error(R"({"color":7})", "color: expected string, got number");
    check_error(R"({"tags":"a"})", "tags: expected array, got string");
    check_error(R"({"tags":["a",null]})", "tags[1]: expected string, got null");
    check_error(R"({"prices":{"x":"free"}})", "prices.x: not a number");
    check_error(R"([1,2])", "expected object, got array");
}

TEST_CASE("bad input: overflowing numbers never lose money silently") {
    auto r = mp::from_json<item>(R"({"unit_price":123456789012345678901234567890})");
    REQUIRE_FALSE(r);
    CHECK(r.error().path == "unit_price");
    CHECK(r.error().message.find("out of range") != std::string::npos);
    auto q = mp::from_json<item>(R"({"quantity":99999999999999999999})");
    REQUIRE_FALSE(q);
    CHECK(q.error().path == "quantity");
    // A huge number in a string member keeps every digit.
    auto id = mp::from_json<item>(R"({"id":99999999999999999999999})");
    REQUIRE(id);
    CHECK(id->id == "99999999999999999999999");
}

TEST_CASE("bad input: malformed JSON is an invalid_json error, never a crash") {
    for (std::string_view in : {"", "{", "{\"id\":}", "{\"id\":\"a\"", "nul", "{\"id\":\"\\x\"}", "{\"id\":1}}", "{}{}",
                                "{\"id\":\"\xff\xfe\"}", "{'id':1}", "[1,]"}) {
        auto r = mp::from_json<item>(in);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == mp::errc::invalid_json);
        CHECK(r.error().message.rfind("invalid JSON at offset", 0) == 0);
    }
}

TEST_CASE("bad input: absurd nesting depth is refused") {
    std::string deep(100000, '[');
    auto r = mp::from_json<item>(deep);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::invalid_json);
    std::string nested;
    for (int i = 0; i < 70; ++i) nested += "{\"a\":";
    nested += "1";
    nested += std::string(70, '}');
    auto n = mp::from_json<item>("{\"metadata\":" + nested + "}");
    REQUIRE_FALSE(n);
    CHECK(n.error().code == mp::errc::invalid_json);
    // Within the limit, deep free-form metadata is fine.
    std::string ok;
    for (int i = 0; i < 30; ++i) ok += "{\"a\":";
    ok += "1" + std::string(30, '}');
    CHECK(mp::from_json<item>("{\"metadata\":" + ok + "}").has_value());
}

TEST_CASE("error messages never quote the input") {
    auto r = mp::from_json<item>(R"({"id":{"card_number":"4509953566233704"}})");
    REQUIRE_FALSE(r);
    CHECK(r.error().what().find("4509") == std::string::npos);
    auto bad = mp::from_json<item>(R"({"card_number":"4509953566233704",)");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().what().find("4509") == std::string::npos);
}

TEST_CASE("from_value and to_value agree with the text codec") {
    const std::string in = R"({"id":1562188766852,"quantity":"2","unit_price":12.34,"tags":["x"],"zz":[1]})";
    auto via_value = mp::from_value<item>(test_support::parse(in));
    REQUIRE(via_value);
    CHECK(via_value->id == "1562188766852");
    CHECK(via_value->unit_price == mp::decimal("12.34"));
    CHECK(mp::to_value(*via_value) == test_support::parse(in));
    auto wrong = mp::from_value<item>(boost::json::value{{"quantity", "many"}});
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().path == "quantity");
}

TEST_CASE("result throws only on value()") {
    auto bad = mp::from_json<item>("{");
    CHECK_THROWS_AS(bad.value(), mp::exception);
    try {
        (void)bad.value();
    } catch (const mp::exception& e) {
        CHECK(e.error().code == mp::errc::invalid_json);
        CHECK(std::string(e.what()).rfind("invalid_json: ", 0) == 0);
    }
    auto good = mp::from_json<item>("{}");
    CHECK_NOTHROW((void)good.value());
}

TEST_CASE("explicit nulls are kept as bits and written back; a later value wins") {
    auto r = mp::from_json<mp::identification>(R"({"type":null,"number":"1"})");
    REQUIRE(r);
    CHECK(mp::sent_null(*r, "type"));
    CHECK_FALSE(mp::sent_null(*r, "number"));
    CHECK_FALSE(mp::sent_null(*r, "no_such_field"));
    CHECK(r->extra.empty());
    CHECK(test_support::parse(mp::to_json(*r)) == test_support::parse(R"({"type":null,"number":"1"})"));
    r->type = "CPF";
    CHECK(test_support::parse(mp::to_json(*r)) == test_support::parse(R"({"type":"CPF","number":"1"})"));
    // A model whose extra is a plain object keeps nulls as entries instead.
    auto h = mp::from_json<holder>(R"({"name":null})");
    REQUIRE(h);
    CHECK(h->extra.at("name").is_null());
    CHECK(mp::sent_null(*h, "name"));
}

// The two declarations MERCADOPAGO_FIELDS writes, written by hand.
struct hand_written {
    std::optional<std::string> id;
    std::optional<std::int64_t> qty;  // JSON name "quantity"
    mp::extra_fields extra;
    using json_fields = mp::fields<&hand_written::id, &hand_written::qty>;
    static constexpr char json_names[] = "id\0quantity";
};
static_assert(mp::described<hand_written>);
static_assert(mp::field_count<hand_written> == 2);

TEST_CASE("a model described by hand reads and writes its fields under their JSON names") {
    auto r = mp::from_json<hand_written>(R"({"quantity":3,"id":"a","qty":9})");
    REQUIRE(r);
    CHECK(r->id == "a");
    CHECK(r->qty == 3);
    CHECK(r->extra.contains("qty"));  // not a JSON name of this model: kept as an unknown key
    CHECK(test_support::parse(mp::to_json(*r)) == test_support::parse(R"({"id":"a","quantity":3,"qty":9})"));
    CHECK(mp::to_json(hand_written{.id = "b", .qty = 1, .extra = {}}) == R"({"id":"b","quantity":1})");
}

}  // namespace codec_test
