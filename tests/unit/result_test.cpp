#include <mercadopago/result.hpp>

#include <doctest/doctest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace result_test {

using mercadopago::errc;
using mercadopago::failure;
using mercadopago::result;

namespace {
// Counts live objects, and throws on copy when told to: result<T> keeps either
// a T or an error, so every change of side must destroy exactly one and build
// exactly one.
int live = 0;
bool throw_on_copy = false;

struct tracked {
    std::string text;
    explicit tracked(std::string t) : text(std::move(t)) { ++live; }
    tracked(const tracked& o) : text(o.text) {
        if (throw_on_copy) throw std::runtime_error("copy refused");
        ++live;
    }
    tracked(tracked&& o) noexcept : text(std::move(o.text)) { ++live; }
    tracked& operator=(const tracked&) = default;
    tracked& operator=(tracked&&) noexcept = default;
    ~tracked() { --live; }
};
}  // namespace

TEST_CASE("a result holds a value or an error, and value() throws only for the error") {
    result<int> ok = 7;
    CHECK(ok.has_value());
    CHECK(ok.value() == 7);
    CHECK(ok.value_or(3) == 7);

    result<int> bad = failure(errc::decode, "broken", "payer.email");
    CHECK_FALSE(bad);
    CHECK(bad.error().code == errc::decode);
    CHECK(bad.error().what() == "payer.email: broken");
    CHECK(bad.value_or(3) == 3);
    CHECK_THROWS_AS((void)bad.value(), mercadopago::exception);

    // The error of a success is empty, not undefined behaviour.
    CHECK(ok.error().message.empty());
    CHECK(ok.error().what().empty());
    CHECK(std::move(ok).error().message.empty());
    CHECK(std::move(bad).error().message == "broken");
}

TEST_CASE("copies and moves keep the side and the contents, and every object is destroyed once") {
    live = 0;
    {
        result<tracked> a = tracked("first");
        result<tracked> e = failure(errc::transport, "reset");
        CHECK(live == 1);

        result<tracked> copy = a;
        CHECK(copy->text == "first");
        result<tracked> moved = std::move(copy);
        CHECK(moved->text == "first");
        result<tracked> error_copy = e;
        CHECK(error_copy.error().message == "reset");
        CHECK(live == 3);  // a, copy (moved from, still alive), moved

        // value <- error, error <- value, value <- value, error <- error
        moved = e;
        CHECK_FALSE(moved);
        CHECK(moved.error().message == "reset");
        CHECK(live == 2);
        error_copy = a;
        CHECK(error_copy->text == "first");
        CHECK(live == 3);
        error_copy = result<tracked>(tracked("second"));
        CHECK(error_copy->text == "second");
        moved = result<tracked>(failure(errc::timeout, "late"));
        CHECK(moved.error().code == errc::timeout);
        CHECK(live == 3);

        // Self-assignment changes nothing.
        auto& self = error_copy;
        error_copy = self;
        CHECK(error_copy->text == "second");
    }
    CHECK(live == 0);
}

TEST_CASE("a copy that throws while changing sides leaves an empty error, not a destroyed member") {
    live = 0;
    {
        result<tracked> source = tracked("card");
        result<tracked> target = failure(errc::decode, "old");
        throw_on_copy = true;
        CHECK_THROWS_AS(target = source, std::runtime_error);
        throw_on_copy = false;
        CHECK_FALSE(target);
        CHECK(target.error().message.empty());
        CHECK(live == 1);
        target = source;  // and it is usable afterwards
        CHECK(target->text == "card");
    }
    CHECK(live == 0);
}

namespace {
// Counts constructions and moves: the decoders build a model where its result
// lives and must never move it.
int built_moves = 0;
struct built {
    std::string text;
    built() { ++live; }
    built(built&& o) noexcept : text(std::move(o.text)) {
        ++live;
        ++built_moves;
    }
    ~built() { --live; }
};
}  // namespace

TEST_CASE("a result built in place completes its value there, or holds the error the filler set") {
    live = 0;
    built_moves = 0;
    {
        result<built> ok(mercadopago::detail::build_in_place, [](built& b, mercadopago::error&) {
            b.text = "filled";
            return true;
        });
        REQUIRE(ok);
        CHECK(ok->text == "filled");
        CHECK(live == 1);

        result<built> bad(mercadopago::detail::build_in_place, [](built& b, mercadopago::error& e) {
            b.text = "half";
            e = mercadopago::error{errc::decode, "broken", "items[2]"};
            return false;
        });
        CHECK_FALSE(bad);
        CHECK(bad.error().what() == "items[2]: broken");
        CHECK(live == 1);  // the half-built value is gone

        const auto throwing = [] {
            const result<built> r(mercadopago::detail::build_in_place,
                                  [](built&, mercadopago::error&) -> bool { throw std::runtime_error("no memory"); });
            return r.has_value();
        };
        CHECK_THROWS_AS((void)throwing(), std::runtime_error);
        CHECK(live == 1);  // nor does a filler that throws leave one behind
    }
    CHECK(live == 0);
    CHECK(built_moves == 0);
}

TEST_CASE("assigning an error or a failure drops the value without moving one") {
    live = 0;
    built_moves = 0;
    {
        result<built> r(std::in_place);
        REQUIRE(r);
        r = mercadopago::error{errc::timeout, "late", {}};
        CHECK_FALSE(r);
        CHECK(r.error().code == errc::timeout);
        CHECK(live == 0);
        r = failure(errc::decode, "again");  // error over error
        CHECK(r.error().message == "again");
    }
    CHECK(live == 0);
    CHECK(built_moves == 0);
}

TEST_CASE("a move-only value moves out of an rvalue result") {
    result<std::unique_ptr<int>> r = std::make_unique<int>(42);
    std::unique_ptr<int> p = std::move(r).value();
    REQUIRE(p);
    CHECK(*p == 42);
    result<std::unique_ptr<int>> other = std::move(r);  // moving a moved-from value is fine
    CHECK(other.has_value());
}

TEST_CASE("value_or on an rvalue result moves the value out (a move-only type compiles), or takes the fallback") {
    result<std::unique_ptr<int>> ok = std::make_unique<int>(7);
    std::unique_ptr<int> p = std::move(ok).value_or(nullptr);
    REQUIRE(p);
    CHECK(*p == 7);
    result<std::unique_ptr<int>> bad = failure(errc::not_found, "gone");
    CHECK(std::move(bad).value_or(std::make_unique<int>(3)) != nullptr);
    result<std::string> text = std::string(100, 'x');
    const std::string taken = std::move(text).value_or("fallback");
    CHECK(taken.size() == 100);
}

}  // namespace result_test
