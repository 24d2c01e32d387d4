// The Checkout Pro facades over the scripted transport: each call's request
// (method, path, credential, key on writes, body), the preference rules
// checked before anything is sent, and searches paged over elements pages.
#include <mercadopago/client.hpp>

#include <doctest/doctest.h>

#include "support/api_fixture.hpp"
#include "support/fixtures.hpp"

#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace checkout_pro_api_test {

namespace mp = mercadopago;
using test_support::api_fixture;
using test_support::check_request;
using test_support::drain;
using test_support::read_fixture;

namespace {
mp::preference_request coffee() {
    return {.items = {{.title = "Espresso machine", .quantity = 1, .unit_price = mp::decimal("150.50")}},
            .back_urls = mp::preference_back_urls{.success = "https://shop.example/ok"},
            .auto_return = "approved",
            .external_reference = "cart-9"};
}
}  // namespace

TEST_CASE("api preferences: create sends the preference, money as a JSON number with its decimals") {
    api_fixture f;
    f.t.reply(201, read_fixture("java/preference_create.json"));
    const auto p = f.cli.preferences().create(coffee());
    const auto r = f.sent();
    check_request(r, mp::http_method::post, "/checkout/preferences");
    CHECK(r.body == R"({"items":[{"title":"Espresso machine","quantity":1,"unit_price":150.50}],)"
                    R"("back_urls":{"success":"https://shop.example/ok"},"auto_return":"approved",)"
                    R"("external_reference":"cart-9"})");
    REQUIRE_MESSAGE(p, p.error().what());
    CHECK(p->init_point);
    CHECK(p->sandbox_init_point);
}

TEST_CASE("api preferences: get, update and search reach their paths") {
    api_fixture f;
    f.t.reply(200, read_fixture("java/preference_create.json"));
    f.t.reply(200, read_fixture("java/preference_create.json"));
    f.t.reply(200, read_fixture("java/preference_search.json"));
    CHECK(f.cli.preferences().get("202809963-920c288b-4ebb-40be-966f-700250fa5370"));
    CHECK(f.cli.preferences().update("202809963-x", coffee()));
    auto page = f.cli.preferences().search({.limit = 2, .external_reference = "cart 9"});
    REQUIRE_MESSAGE(page, page.error().what());
    CHECK_FALSE(page->elements.empty());
    const auto rs = f.t.requests();
    REQUIRE(rs.size() == 3);
    check_request(rs[0], mp::http_method::get, "/checkout/preferences/202809963-920c288b-4ebb-40be-966f-700250fa5370");
    check_request(rs[1], mp::http_method::put, "/checkout/preferences/202809963-x");
    check_request(rs[2], mp::http_method::get, "/checkout/preferences/search?limit=2&external_reference=cart%209");
}

TEST_CASE("api preferences: what the API refuses is refused before sending, with a clear error") {
    api_fixture f;
    auto refused = [&](mp::preference_request req) {
        const auto p = f.cli.preferences().create(req);
        REQUIRE_FALSE(p);
        CHECK(p.error().code == mp::errc::invalid_argument);
        CHECK(f.t.requests().empty());  // nothing went out
        return p.error();
    };
    auto no_success = coffee();
    no_success.back_urls->success.reset();
    no_success.back_urls->failure = "https://shop.example/fail";
    const auto e = refused(no_success);
    CHECK(e.path == "back_urls.success");
    CHECK(e.api_error == "invalid_auto_return");
    CHECK(e.what() == "back_urls.success: auto_return invalid. back_url.success must be defined");

    auto bad_return = coffee();
    bad_return.auto_return = "always";
    CHECK(refused(bad_return).path == "auto_return");
    CHECK(refused(mp::preference_request{}).path == "items");
    auto free_item = coffee();
    free_item.items[0].unit_price = mp::decimal("0");
    CHECK(refused(free_item).path == "items[0].unit_price");
    auto no_quantity = coffee();
    no_quantity.items[0].quantity = 0;
    CHECK(refused(no_quantity).path == "items[0].quantity");
    auto installments = coffee();
    installments.payment_methods = mp::preference_payment_methods{.installments = 3, .default_installments = 6};
    CHECK(refused(installments).path == "payment_methods.default_installments");
    auto window = coffee();
    window.expires = true;
    window.expiration_date_from = mp::timestamp::parse("2026-12-02T00:00:00.000-03:00").value();
    window.expiration_date_to = mp::timestamp::parse("2026-12-01T00:00:00.000-03:00").value();
    CHECK(refused(window).path == "expiration_date_from");
    // The same rules guard update.
    auto u = f.cli.preferences().update("1-x", no_success);
    REQUIRE_FALSE(u);
    CHECK(u.error().code == mp::errc::invalid_argument);
    CHECK(f.t.requests().empty());
}

TEST_CASE("api merchant orders: create, get, update, search and search_all") {
    api_fixture f;
    f.t.reply(201, read_fixture("java/merchant_order_get.json"));
    f.t.reply(200, read_fixture("java/merchant_order_get.json"));
    f.t.reply(200, read_fixture("java/merchant_order_get.json"));
    const auto made = f.cli.merchant_orders().create({.preference_id = "1-pref", .external_reference = "cart-9"});
    REQUIRE_MESSAGE(made, made.error().what());
    CHECK(f.cli.merchant_orders().get(*made->id));
    CHECK(f.cli.merchant_orders().update(*made->id, {.additional_info = "gift wrap"}));
    const auto rs = f.t.requests();
    REQUIRE(rs.size() == 3);
    check_request(rs[0], mp::http_method::post, "/merchant_orders");
    CHECK(rs[0].body == R"({"preference_id":"1-pref","external_reference":"cart-9"})");
    check_request(rs[1], mp::http_method::get, "/merchant_orders/" + std::to_string(*made->id));
    check_request(rs[2], mp::http_method::put, "/merchant_orders/" + std::to_string(*made->id));
    CHECK(rs[2].body == R"({"additional_info":"gift wrap"})");

    api_fixture pages;
    pages.t.reply(200, R"({"elements":[{"id":1},{"id":2}],"next_offset":2,"total":3})");
    pages.t.reply(200, R"({"elements":[{"id":3}],"next_offset":3,"total":3})");
    const auto all = drain(pages.cli.merchant_orders().search_all({.limit = 2, .preference_id = "1-pref"}));
    REQUIRE(all.size() == 3);
    CHECK(all[2]->id == 3);
    const auto sent = pages.t.requests();
    REQUIRE(sent.size() == 2);
    check_request(sent[0], mp::http_method::get, "/merchant_orders/search?limit=2&offset=0&preference_id=1-pref");
    check_request(sent[1], mp::http_method::get, "/merchant_orders/search?limit=2&offset=2&preference_id=1-pref");
}

TEST_CASE("api checkout pro: a public_client has neither resource") {
    // Compile-time: `public_client.preferences()` is refused (tests/compile_fail
    // checks the message for payments); here, the access-token level is declared.
    static_assert(mp::endpoints::preferences_create::auth == mp::credential::access_token);
    static_assert(mp::endpoints::merchant_orders_get::auth == mp::credential::access_token);
}

}  // namespace checkout_pro_api_test
