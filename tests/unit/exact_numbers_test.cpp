// Numbers outside the typed members keep their source text: unknown keys,
// `metadata` and every other free-form value come back as they were sent, and
// can be read exactly (number_text, decimal_at, from_value<T>(free_form)).
#include <mercadopago/json.hpp>
#include <mercadopago/models/order.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/models/payment_method.hpp>
#include <mercadopago/models/payment_request.hpp>

#include <doctest/doctest.h>

#include "support/json_text.hpp"

#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace exact_numbers_test {

namespace mp = mercadopago;

namespace {

/// Decodes `text` as T, re-encodes it and requires the same JSON text.
template <class T>
T round_trip(const std::string& text) {
    auto r = mp::from_json<T>(text);
    REQUIRE_MESSAGE(r, text << ": " << r.error().what());
    std::string why;
    const std::string out = mp::to_json(*r);
    CHECK_MESSAGE(test_support::same_json_text(text, out, &why), text << "\n -> " << out << "\n at " << why);
    return std::move(*r);
}

const std::vector<std::string> odd_numbers = {
    "12345678901234567.89",            // more digits than a double holds
    "123456789012345678901234567890",  // beyond uint64
    "-123456789012345678901234567890",
    "0.123456789012345678901234567890",  // 30 decimals
    "1e400",                             // beyond double: infinity
    "-1e400",
    "1.50",  // trailing zero
    "-0",
    "-0.0",
    "2E+3",
    "1.005E2",
    "5e-324",
    "18446744073709551616",  // 2^64
    "9007199254740993",      // 2^53 + 1: exact in int64, not in a double
};

}  // namespace

TEST_CASE("numbers in unknown keys come back with their own text") {
    for (const auto& n : odd_numbers) {
        CAPTURE(n);
        const auto p = round_trip<mp::payment>(R"({"id":1,"x":)" + n + "}");
        REQUIRE(p.extra.number_text("/x"));
        CHECK(*p.extra.number_text("/x") == n);
    }
}

TEST_CASE("numbers nested in unknown objects and arrays, and in metadata") {
    for (const auto& n : odd_numbers) {
        CAPTURE(n);
        const std::string body = R"({"id":1,"unknown":{"a":[1,)" + n + R"(,{"b":)" + n + R"(}],"c~/d":)" + n +
                                 R"(},"metadata":{"total":)" + n + R"(,"items":[)" + n + R"(]},)" +
                                 R"("additional_info":{"nsu":)" + n + R"(,"items":[{"unit_price":1,"z":[)" + n + "]}]}}";
        const auto p = round_trip<mp::payment>(body);
        CHECK(p.extra.number_text("/unknown/a/1") == n);
        CHECK(p.extra.number_text("/unknown/a/2/b") == n);
        CHECK(p.extra.number_text("/unknown/c~0~1d") == n);  // RFC 6901 escapes
        REQUIRE(p.metadata);
        CHECK(p.metadata->number_text("/total") == n);
        CHECK(p.metadata->number_text("/items/0") == n);
    }
}

TEST_CASE("reading kept numbers exactly") {
    const auto p = round_trip<mp::payment>(
        R"({"id":1,"fee":1.50,"metadata":{"total":12345678901234567.89,"n":7,"s":"x"},"big":1e400})");
    // Through a double these would be 1.5 and 12345678901234568.
    CHECK(p.extra.decimal_at("/fee")->to_string() == "1.50");
    CHECK(p.metadata->decimal_at("/total")->to_string() == "12345678901234567.89");
    CHECK(p.metadata->decimal_at("/n")->to_string() == "7");
    // The convenient DOM is still there (its doubles are approximate).
    CHECK(p.metadata->value().at("s") == "x");
    CHECK(p.metadata->value().at("n") == 7);
    // No number there, or a number no decimal holds: clear errors, not garbage.
    CHECK_FALSE(p.metadata->number_text("/s"));
    CHECK_FALSE(p.metadata->number_text("/missing"));
    CHECK(p.metadata->decimal_at("/s").error().code == mp::errc::decode);
    CHECK_FALSE(p.extra.decimal_at("/big"));
    CHECK_FALSE(p.extra.number_text("/"));
    CHECK_FALSE(p.extra.number_text(""));
}

namespace {
struct order_metadata {
    std::optional<mp::decimal> total{};
    std::optional<std::string> order{};
    mp::extra_fields extra{};
    MERCADOPAGO_FIELDS(order_metadata, total, order);
};
}  // namespace

TEST_CASE("free-form JSON decodes into a typed model exactly") {
    const auto p = round_trip<mp::payment>(R"({"metadata":{"total":1.50,"order":"A-7","x":0.10}})");
    auto meta = mp::from_value<order_metadata>(*p.metadata);
    REQUIRE(meta);
    CHECK(meta->total->to_string() == "1.50");
    CHECK(meta->order == "A-7");
    CHECK(meta->extra.number_text("/x") == "0.10");
}

TEST_CASE("a changed number is written as its new value, never with the stale text") {
    auto p = round_trip<mp::payment>(R"({"id":1,"x":1.50,"metadata":{"total":1.50,"keep":2.50}})");
    p.extra["x"] = 2.25;
    p.metadata->value().as_object()["total"] = 3;
    const std::string out = mp::to_json(p);
    CHECK(test_support::same_json_text(out, R"({"id":1,"x":2.25,"metadata":{"total":3,"keep":2.50}})"));
    CHECK(p.extra.number_text("/x") == "2.25");
    CHECK(p.metadata->number_text("/total") == "3");
}

TEST_CASE("a request built in code sends free-form metadata as given") {
    mp::payment_create_request req{.transaction_amount = mp::decimal("10.00")};
    req.metadata = boost::json::object{{"cart", "c-9"}, {"count", 2}};
    CHECK(test_support::same_json_text(mp::to_json(req), R"({"transaction_amount":10.00,"metadata":{"cart":"c-9","count":2}})"));
}

TEST_CASE("replacing extra drops the null bits and number texts of what it held") {
    auto p = round_trip<mp::payment>(R"({"id":1,"status":null,"x":1.50})");
    CHECK(mp::sent_null(p, "status"));
    p.extra = boost::json::object{{"y", 1}};
    CHECK_FALSE(mp::sent_null(p, "status"));
    CHECK_FALSE(p.extra.number_text("/x"));
    CHECK(test_support::same_json_text(mp::to_json(p), R"({"id":1,"y":1})"));
}

TEST_CASE("typed members keep -0 and exponent spellings as sent") {
    round_trip<mp::payment>(R"({"id":-0,"installments":-0,"transaction_amount":-0.00})");
    round_trip<mp::payment>(R"({"transaction_amount":5.0E8,"net_amount":1e2,"id":5})");
    round_trip<mp::payment>(R"({"card":{"id":12.50,"last_four_digits":5682}})");  // numbers in string members
    const auto p = round_trip<mp::payment>(R"({"transaction_amount":5.0E8})");
    CHECK(p.transaction_amount->to_string() == "500000000.0");
}

TEST_CASE("arrays kept as sent write their numbers' own texts (found by the fixture mutation test)") {
    // A -0 among integers, and odd numbers where strings belong: the array is
    // kept in `extra` and written back with each number as it came.
    round_trip<mp::order>(R"({"config":{"payment_method":{"installments":{"interest_free":{"values":[-0,2]}}}}})");
    round_trip<mp::payment_method>(R"({"additional_info_needed":["a",1e400,-0,1.50]})");
    for (const auto& n : odd_numbers) round_trip<mp::order>(R"({"items":[{"external_categories":[{"id":)" + n + "}]}]}");
}

}  // namespace exact_numbers_test

// --- reentrancy ------------------------------------------------------------------

namespace exact_numbers_reentrancy {
/// A model whose JSON carries another model serialised into a string field
/// (as some queues and webhooks relay bodies).
struct envelope {
    std::string kind;
    mercadopago::payment inner;
    boost::json::object extra;
};
}  // namespace exact_numbers_reentrancy

template <>
struct mercadopago::json_codec<exact_numbers_reentrancy::envelope> {
    using envelope = exact_numbers_reentrancy::envelope;
    static decode_status decode(const detail::tape_node& v, envelope& out, decode_context& ctx) {
        if (v.kind() != detail::jkind::object) return ctx.type_error("object", v);
        bool ok = true;
        v.members([&](std::string_view key, const detail::tape_node& m) {
            if (key == "kind" && m.kind() == detail::jkind::string) out.kind = std::string(m.str());
            if (key == "body" && m.kind() == detail::jkind::string) {
                // A decode inside a decode: the outer tape must survive it.
                auto inner = from_json<payment>(m.str());
                if (!inner) {
                    ok = false;
                    return false;
                }
                out.inner = std::move(*inner);
            }
            return true;
        });
        return ok ? decode_status::exact : ctx.fail("body is not a payment");
    }
    static void encode(detail::json_writer& w, const envelope& e) {
        w.put('{');
        w.raw("\"kind\":");
        w.string(e.kind);
        w.raw(",\"body\":");
        w.string(to_json(e.inner));
        w.put('}');
    }
};

namespace exact_numbers_reentrancy {

namespace mp = mercadopago;

TEST_CASE("from_json is reentrant: a codec may decode another model inside a decode") {
    const std::string inner = R"({"id":42,"status":"approved","transaction_amount":10.50,"metadata":{"n":1.50}})";
    std::string text = R"({"body":)";
    mp::detail::json_writer w(text);
    w.string(inner);
    text += R"(,"kind":"payment","after":[1,2,3]})";
    auto e = mp::from_json<envelope>(text);
    REQUIRE(e);
    CHECK(e->kind == "payment");  // read after the inner decode, from the outer tape
    CHECK(e->inner.id == 42);
    CHECK(e->inner.transaction_amount->to_string() == "10.50");
    CHECK(test_support::same_json_text(mp::to_json(e->inner), inner));
    auto bad = mp::from_json<envelope>(R"({"body":"{not json"})");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "body is not a payment");
    // A plain decode on the same thread afterwards still works.
    CHECK(mp::from_json<mp::payment>(inner)->id == 42);
}

}  // namespace exact_numbers_reentrancy
