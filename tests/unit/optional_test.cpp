// mercadopago::optional: std::optional's interface, conversions both ways,
// and the codec treating it as std::optional (absent, null, present).
#include <mercadopago/json.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/models/payment_request.hpp>
#include <mercadopago/optional.hpp>

#include <doctest/doctest.h>

#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace mp = mercadopago;

namespace optional_test {

/// Counts live objects, to see that every constructed value is destroyed once.
struct tracked {
    static inline int live = 0;
    std::string text;
    explicit tracked(std::string t = {}) : text(std::move(t)) { ++live; }
    tracked(const tracked& o) : text(o.text) { ++live; }
    tracked(tracked&& o) noexcept : text(std::move(o.text)) { ++live; }
    tracked& operator=(const tracked&) = default;
    tracked& operator=(tracked&&) noexcept = default;
    ~tracked() { --live; }
};

// As std::optional: implicit from a value that converts implicitly, explicit otherwise.
static_assert(std::is_convertible_v<const char*, mp::optional<std::string>>);
static_assert(!std::is_convertible_v<std::string_view, mp::optional<std::string>>);
static_assert(std::is_constructible_v<mp::optional<std::string>, std::string_view>);
static_assert(std::is_convertible_v<std::optional<int>, mp::optional<int>>);
static_assert(std::is_convertible_v<mp::optional<int>, std::optional<int>>);
static_assert(!std::is_convertible_v<mp::optional<int>, int>);
static_assert(std::is_nothrow_move_constructible_v<mp::optional<std::string>>);

TEST_CASE("optional: empty, engaged, reset, emplace, value_or, value") {
    mp::optional<std::string> o;
    CHECK_FALSE(o);
    CHECK_FALSE(o.has_value());
    CHECK(o == std::nullopt);
    CHECK(o.value_or("fallback") == "fallback");
    CHECK_THROWS_AS((void)o.value(), std::bad_optional_access);

    o = "text";
    REQUIRE(o);
    CHECK(*o == "text");
    CHECK(o->size() == 4);
    CHECK(o.value() == "text");
    CHECK(o.value_or("fallback") == "text");

    o.emplace(3, 'x');
    CHECK(*o == "xxx");
    o = std::nullopt;
    CHECK_FALSE(o);
    o.reset();  // resetting an empty optional is fine
    CHECK_FALSE(o);
}

TEST_CASE("optional: copies, moves and swaps destroy every value exactly once") {
    tracked::live = 0;
    {
        mp::optional<tracked> a{tracked("a")};
        mp::optional<tracked> b;
        CHECK(tracked::live == 1);
        b = a;  // copy into an empty one
        CHECK(tracked::live == 2);
        CHECK(b->text == "a");
        b = tracked("b");  // assign over an engaged one
        CHECK(tracked::live == 2);
        mp::optional<tracked> c = std::move(b);
        CHECK(c->text == "b");
        a.swap(c);
        CHECK(a->text == "b");
        CHECK(c->text == "a");
        c = mp::optional<tracked>{};  // assign an empty one: destroys the value
        CHECK_FALSE(c);
        const mp::optional<tracked>& same = a;
        a = same;  // self-assignment keeps the value
        CHECK(a->text == "b");
    }
    CHECK(tracked::live == 0);
}

TEST_CASE("optional: comparisons with values, optionals and std::nullopt") {
    mp::optional<std::int64_t> id = 42;
    mp::optional<std::int64_t> none;
    CHECK(id == 42);
    CHECK(42 == id);
    CHECK(id != 41);
    CHECK(none != 42);
    CHECK(id == mp::optional<std::int64_t>(42));
    CHECK(id != none);
    CHECK(none == mp::optional<std::int64_t>{});
    CHECK(none == std::nullopt);
    CHECK(std::nullopt != id);
    CHECK(id == std::optional<std::int64_t>(42));
    CHECK(none == std::optional<std::int64_t>{});
    CHECK(none != std::optional<std::int64_t>(1));
    // Ordering as std::optional's: empty first.
    CHECK(none < id);
    CHECK(id < 43);
    CHECK(id > 41);
    CHECK(mp::optional<std::string>("abc") == "abc");
}

TEST_CASE("optional: converts to and from std::optional") {
    std::optional<std::string> from_std = "x";
    mp::optional<std::string> ours = from_std;
    CHECK(ours == "x");
    std::optional<std::string> back = ours;
    CHECK(back == "x");
    std::optional<std::string> empty = mp::optional<std::string>{};
    CHECK_FALSE(empty);
    mp::optional<std::string> moved = std::optional<std::string>("moved");
    CHECK(moved == "moved");
}

TEST_CASE("optional: model members decode and encode as std::optional ones do") {
    auto p = mp::from_json<mp::payment>(R"({"id": 7, "description": null, "payer": {"email": "a@b.c"}})");
    REQUIRE_MESSAGE(p, p.error().what());
    CHECK(p->id == 7);
    CHECK_FALSE(p->description);          // explicit null: empty, and kept for the round trip
    CHECK_FALSE(p->external_reference);   // absent: empty
    REQUIRE(p->payer);
    CHECK(p->payer->email == "a@b.c");
    const std::string out = mp::to_json(*p);
    CHECK(out.find("\"description\":null") != std::string::npos);
    CHECK(out.find("external_reference") == std::string::npos);

    // Set through std::optional, as a caller holding one would.
    mp::payment_create_request req{.transaction_amount = mp::decimal("10.00")};
    std::optional<std::string> token = "tok";
    req.token = token;
    CHECK(mp::to_json(req).find("\"token\":\"tok\"") != std::string::npos);
}

}  // namespace optional_test
