// The sandbox's Checkout Pro, in-process: preferences with the API's
// validation, the hosted checkout page (HTML), paying on it with test cards
// and Pix, the redirect back to the shop with Mercado Pago's parameters, the
// merchant order that groups the payments, expired links, and the signed
// notifications. The browser's requests are raw: they carry no credential.
#include <mercadopago/client.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/sandbox/router.hpp>
#include <mercadopago/webhooks.hpp>

#include <doctest/doctest.h>

#include "support/sandbox_credentials.hpp"
#include "support/sandbox_requests.hpp"

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace sandbox_checkout_pro_test {

namespace mp = mercadopago;
namespace sb = mercadopago::sandbox;
using namespace std::chrono_literals;
using test_support::query_of;
using test_support::seller_token;

namespace {

constexpr const char* secret = "checkout-pro-secret";

struct sandbox {
    sb::manual_clock clock{};
    std::shared_ptr<sb::emulator> emu =
        std::make_shared<sb::emulator>(sb::emulator_options{.clock = clock, .webhook_secret = secret});
    mp::client<sb::transport> shop{{.access_token = seller_token}, sb::transport(emu)};

    mp::preference create(mp::preference_request req) {
        auto p = shop.preferences().create(req);
        REQUIRE_MESSAGE(p, p.error().what());
        return *p;
    }

    /// What the buyer's browser does: open a page, post a form.
    mp::http_response browse(std::string target) {
        return test_support::raw_request(*emu, mp::http_method::get, std::move(target), {}, {});
    }
    mp::http_response submit(const std::string& form, std::string target = "/checkout/v1/pay?lang=en") {
        return test_support::raw_request(*emu, mp::http_method::post, std::move(target), form,
                                          {{"Content-Type", "application/x-www-form-urlencoded"}});
    }
    mp::http_response pay_card(const mp::preference& p, const std::string& holder,
                               const std::string& number = "5031+4332+1540+6351") {
        return submit("pref_id=" + *p.id + "&method=card&card_number=" + number + "&holder=" + holder +
                      "&expiry=11%2F30&cvv=123&document=12345678909&installments=1");
    }
};

mp::preference_request shop_cart(std::string auto_return = "approved") {
    return {.items = {{.id = "sku-1", .title = "Café <especial>", .quantity = 2, .unit_price = mp::decimal("25.45")},
                      {.id = "sku-2", .title = "Moedor", .quantity = 1, .unit_price = mp::decimal("99.90")}},
            .back_urls = mp::preference_back_urls{.success = "https://shop.example/ok?cart=7",
                                                  .pending = "https://shop.example/wait",
                                                  .failure = "https://shop.example/fail"},
            .auto_return = std::move(auto_return),
            .notification_url = "https://shop.example/hooks",
            .statement_descriptor = "CAFEPAULISTA",
            .external_reference = "cart-7"};
}

std::string header(const mp::http_response& r, std::string_view name) {
    const auto v = mp::find_header(r.headers, name);
    return v ? std::string(*v) : std::string();
}


}  // namespace

TEST_CASE("sandbox checkout pro: a preference, its init_point, get, update and search") {
    sandbox s;
    const auto p = s.create(shop_cart());
    REQUIRE(p.id);
    CHECK(p.id->starts_with("1188183100-"));
    CHECK(p.collector_id == 1188183100);
    CHECK(p.client_id == "8812345678901234");
    CHECK(p.init_point == "https://sandbox.mercadopago.test/checkout/v1/redirect?pref_id=" + *p.id);
    CHECK(p.sandbox_init_point == p.init_point);
    CHECK(p.total_amount == mp::decimal("150.80"));
    CHECK(p.items->at(0).currency_id == "BRL");
    CHECK(p.site_id == "MLB");

    auto changed = shop_cart();
    changed.items.pop_back();
    changed.external_reference = "cart-7b";
    auto u = s.shop.preferences().update(*p.id, changed);
    REQUIRE_MESSAGE(u, u.error().what());
    CHECK(u->items->size() == 1);
    CHECK(u->total_amount == mp::decimal("50.90"));
    CHECK(u->external_reference == "cart-7b");
    CHECK(u->back_urls->success == "https://shop.example/ok?cart=7");  // not in the body: kept
    CHECK(u->last_updated);

    (void)s.create(shop_cart());
    auto page = s.shop.preferences().search({.external_reference = "cart-7b"});
    REQUIRE_MESSAGE(page, page.error().what());
    REQUIRE(page->elements.size() == 1);
    CHECK(page->elements[0].id == p.id);
    CHECK(page->elements[0].items == std::vector<std::string>{"Café <especial>"});
    CHECK(page->total == 1);
    CHECK(page->next_offset == 1);
    int all = 0;
    for (auto&& e : s.shop.preferences().search_all({.limit = 1})) all += e.has_value();
    CHECK(all == 2);

    auto missing = s.shop.preferences().get("1188183100-nope");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().http_status == 404);
}

TEST_CASE("sandbox checkout pro: the API's 400s, for a client that does not check first") {
    sandbox s;
    const mp::http_headers auth{{"Authorization", std::string("Bearer ") + seller_token}};
    auto res = test_support::raw_request(
        *s.emu, mp::http_method::post, "/checkout/preferences",
        R"({"items":[{"title":"x","quantity":1,"unit_price":10}],"auto_return":"approved"})", auth);
    CHECK(res.status == 400);
    CHECK(res.body.find("auto_return invalid. back_url.success must be defined") != std::string::npos);
    CHECK(res.body.find("invalid_auto_return") != std::string::npos);
    res = test_support::raw_request(*s.emu, mp::http_method::post, "/checkout/preferences", R"({"items":[]})", auth);
    CHECK(res.status == 400);
    res = test_support::raw_request(*s.emu, mp::http_method::post, "/checkout/preferences",
                                    R"({"items":[{"title":"x","quantity":1,"unit_price":"ten"}]})", auth);
    CHECK(res.status == 400);
}

TEST_CASE("sandbox checkout pro: the hosted page shows the items and total, escaped") {
    sandbox s;
    const auto p = s.create(shop_cart());
    const auto page = s.browse(p.init_point->substr(std::string("https://sandbox.mercadopago.test").size()));
    CHECK(page.status == 200);
    CHECK(header(page, "Content-Type").starts_with("text/html"));
    CHECK(page.body.find("<html lang=\"pt\">") != std::string::npos);  // an MLB seller: Portuguese
    CHECK(page.body.find("Café &lt;especial&gt;") != std::string::npos);
    CHECK(page.body.find("<especial>") == std::string::npos);
    CHECK(page.body.find("R$ 150.80") != std::string::npos);
    CHECK(page.body.find("id=\"pay-pix\"") != std::string::npos);
    const auto missing = s.browse("/checkout/v1/redirect?pref_id=nope&lang=en");
    CHECK(missing.status == 404);
    CHECK(missing.body.find("Payment link not found") != std::string::npos);
    CHECK(s.browse("/checkout/v1/redirect?pref_id=" + *p.id + "&lang=en").body.find("Your order") != std::string::npos);
}

TEST_CASE("sandbox checkout pro: paying with APRO goes back to success with Mercado Pago's parameters") {
    sandbox s;
    (void)s.emu->take_webhooks();
    const auto p = s.create(shop_cart());
    const auto res = s.pay_card(p, "APRO");
    REQUIRE(res.status == 303);
    const std::string back = header(res, "Location");
    CHECK(back.starts_with("https://shop.example/ok?cart=7&collection_id="));
    auto q = query_of(back);
    CHECK(q["cart"] == "7");
    CHECK(q["collection_status"] == "approved");
    CHECK(q["status"] == "approved");
    CHECK(q["collection_id"] == q["payment_id"]);
    CHECK(q["external_reference"] == "cart-7");
    CHECK(q["payment_type"] == "credit_card");
    CHECK(q["preference_id"] == *p.id);
    CHECK(q["site_id"] == "MLB");
    CHECK(q["processing_mode"] == "aggregator");
    CHECK(q["merchant_account_id"] == "null");

    // The shop reads the payment and the merchant order with its access token.
    auto paid = s.shop.payments().get(std::stoll(q["payment_id"]));
    REQUIRE(paid);
    CHECK(paid->transaction_amount == mp::decimal("150.80"));
    CHECK(paid->external_reference == "cart-7");
    CHECK(paid->statement_descriptor == "CAFEPAULISTA");  // the preference's, on the buyer's statement
    CHECK(paid->order->id == q["merchant_order_id"]);
    auto mo = s.shop.merchant_orders().get(q["merchant_order_id"]);
    REQUIRE_MESSAGE(mo, mo.error().what());
    CHECK(mo->preference_id == p.id);
    CHECK(mo->status == mp::merchant_order_status::closed);
    CHECK(mo->order_status == mp::merchant_order_order_status::paid);
    CHECK(mo->paid_amount == mp::decimal("150.80"));
    CHECK(mo->total_amount == mp::decimal("150.80"));
    REQUIRE(mo->payments->size() == 1);
    CHECK(mo->items->size() == 2);

    // A refund shows on the merchant order when it is read again.
    REQUIRE(s.shop.refunds().create(*paid->id, mp::decimal("50.80")));
    mo = s.shop.merchant_orders().get(q["merchant_order_id"]);
    CHECK(mo->order_status == mp::merchant_order_order_status::partially_reverted);
    CHECK(mo->refunded_amount == mp::decimal("50.80"));

    // Signed notifications: the payment's and the merchant order's.
    std::vector<std::string> topics;
    for (const auto& d : s.emu->take_webhooks()) {
        topics.push_back(d.url.substr(d.url.rfind("type=") + 5));
        std::string sig, rid;
        for (const auto& [k, v] : d.headers) {
            if (k == "x-signature") sig = v;
            if (k == "x-request-id") rid = v;
        }
        CHECK(mp::webhooks::verify(sig, rid, d.data_id, secret));
        CHECK(d.url.starts_with("https://shop.example/hooks?data.id="));
    }
    CHECK(topics == std::vector<std::string>{"payment", "topic_merchant_order_wh", "topic_merchant_order_wh", "payment"});
}

TEST_CASE("sandbox checkout pro: a rejected card shows its message and the way to the failure URL") {
    sandbox s;
    const auto p = s.create(shop_cart());  // auto_return approved: a rejection is not sent back at once
    const auto res = s.pay_card(p, "FUND");
    REQUIRE(res.status == 200);
    CHECK(res.body.find("id=\"outcome\" class=\"status bad\"") != std::string::npos);
    CHECK(res.body.find("Insufficient funds") != std::string::npos);  // the buyer's message (en: ?lang=en)
    const auto at = res.body.find("id=\"back\" class=\"button\" href=\"");
    REQUIRE(at != std::string::npos);
    const auto start = at + std::string("id=\"back\" class=\"button\" href=\"").size();
    std::string link = res.body.substr(start, res.body.find('"', start) - start);
    for (std::string::size_type i; (i = link.find("&amp;")) != std::string::npos;) link.replace(i, 5, "&");
    CHECK(link.starts_with("https://shop.example/fail?collection_id="));
    CHECK(query_of(link)["status"] == "rejected");

    const auto all = s.create(shop_cart("all"));
    const auto sent_back = s.pay_card(all, "OTHE");
    CHECK(sent_back.status == 303);
    CHECK(header(sent_back, "Location").starts_with("https://shop.example/fail?"));

    // A card number no brand claims is refused on the page, no payment made.
    const auto before = s.emu->payment_count();
    CHECK(s.pay_card(all, "APRO", "1234").status == 400);
    CHECK(s.emu->payment_count() == before);
}

TEST_CASE("sandbox checkout pro: Pix is pending, shows its code, and the merchant order waits") {
    sandbox s;
    const auto p = s.create(shop_cart("all"));
    const auto res = s.submit("pref_id=" + *p.id + "&method=pix");
    REQUIRE(res.status == 303);
    auto q = query_of(header(res, "Location"));
    CHECK(header(res, "Location").starts_with("https://shop.example/wait?"));
    CHECK(q["status"] == "pending");
    CHECK(q["payment_type"] == "bank_transfer");
    auto mo = s.shop.merchant_orders().get(q["merchant_order_id"]);
    REQUIRE(mo);
    CHECK(mo->order_status == mp::merchant_order_order_status::payment_in_process);
    CHECK(mo->status == mp::merchant_order_status::opened);

    const auto shown = s.create(shop_cart());  // no auto_return for pending: the page shows the code
    const auto page = s.submit("pref_id=" + *shown.id + "&method=pix");
    CHECK(page.status == 200);
    CHECK(page.body.find("id=\"pix-code\"") != std::string::npos);
    CHECK(page.body.find("br.gov.bcb.pix") != std::string::npos);
}

TEST_CASE("sandbox checkout pro: an expired link takes no payment") {
    sandbox s;
    auto req = shop_cart();
    req.expires = true;
    req.expiration_date_from = mp::timestamp::parse("2020-01-01T00:00:00.000-03:00").value();
    req.expiration_date_to = mp::timestamp::parse("2020-01-02T00:00:00.000-03:00").value();
    const auto p = s.create(req);
    CHECK(s.browse("/checkout/v1/redirect?pref_id=" + *p.id).status == 410);
    const auto before = s.emu->payment_count();
    const auto res = s.pay_card(p, "APRO");
    CHECK(res.status == 410);
    CHECK(res.body.find("expired") != std::string::npos);
    CHECK(s.emu->payment_count() == before);
}

TEST_CASE("sandbox checkout pro: merchant orders made through the API") {
    sandbox s;
    const auto p = s.create(shop_cart());
    auto mo = s.shop.merchant_orders().create({.preference_id = p.id, .external_reference = "mo-1"});
    REQUIRE_MESSAGE(mo, mo.error().what());
    CHECK(mo->items->size() == 2);  // the preference's
    CHECK(mo->total_amount == mp::decimal("150.80"));
    CHECK(mo->order_status == mp::merchant_order_order_status::payment_required);
    auto u = s.shop.merchant_orders().update(*mo->id, {.additional_info = "gift wrap"});
    REQUIRE(u);
    CHECK(u->additional_info == "gift wrap");
    auto found = s.shop.merchant_orders().search({.external_reference = "mo-1"});
    REQUIRE(found);
    CHECK(found->total == 1);
    auto bad = s.shop.merchant_orders().create({.preference_id = "1188183100-nope"});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().http_status == 400);
    CHECK(s.shop.merchant_orders().get("12x").error().http_status == 404);
}

}  // namespace sandbox_checkout_pro_test
