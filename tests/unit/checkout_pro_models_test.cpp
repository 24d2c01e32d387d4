// Checkout Pro's models: every preference_*.json and merchant_order_*.json
// fixture of the official SDKs decodes and re-encodes to the same JSON
// (nulls stay nulls, `4000` stays `4000` and `58.80` stays `58.80`), the
// values the quirks could break are read correctly, and request bodies go out
// exactly (money as JSON numbers with their decimals).
#include <mercadopago/json.hpp>
#include <mercadopago/models/merchant_order.hpp>
#include <mercadopago/models/merchant_order_request.hpp>
#include <mercadopago/models/merchant_order_status.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/models/preference.hpp>
#include <mercadopago/models/preference_request.hpp>

#include <doctest/doctest.h>

#include "support/round_trip.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace checkout_pro_models_test {

namespace mp = mercadopago;
using test_support::decode_round_trip;
using test_support::fixture;

static_assert(mp::described<mp::preference>);
static_assert(mp::described<mp::preference_request>);
static_assert(mp::described<mp::preference_search_element>);
static_assert(mp::described<mp::merchant_order>);
static_assert(mp::described<mp::merchant_order_request>);
static_assert(std::is_same_v<decltype(mp::preference::collector_id), mp::optional<std::int64_t>>);
static_assert(std::is_same_v<decltype(mp::preference::client_id), mp::optional<std::string>>);
static_assert(std::is_same_v<decltype(mp::preference_request::items), std::vector<mp::preference_item>>);
static_assert(std::is_same_v<decltype(mp::merchant_order::id), mp::optional<std::int64_t>>);

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("preference: every preference fixture round-trips as its endpoint's model") {
    for (const char* f : {"go/preference_create.json", "java/preference_create.json", "java/preference_update.json",
                          "php/preference_create.json", "php/preference_update.json",
                          "python/preference_create.json"}) {
        CAPTURE(f);
        (void)fixture<mp::preference>(f);
    }
    for (const char* f : {"go/preference_search.json", "java/preference_search.json", "python/preference_search.json"}) {
        CAPTURE(f);
        (void)fixture<mp::elements_page<mp::preference_search_element>>(f);
    }
    // .NET's test feeds a hand-written results page of preferences: not the
    // wire shape, but it still decodes as what it claims to be.
    const auto dotnet = fixture<mp::results_page<mp::preference>>("dotnet/preference_search.json");
    CHECK(dotnet.paging->total == 1);
    CHECK(dotnet.results.front().external_reference == "REF001");

    (void)fixture<mp::preference_request>("java/preference_create_REQUEST.json");
}

TEST_CASE("merchant order: every merchant order fixture round-trips as its endpoint's model") {
    for (const char* f : {"go/merchant_order_get.json", "java/merchant_order_get.json",
                          "java/merchant_order_update.json", "php/merchant_order_get.json",
                          "python/merchant_order_get.json"}) {
        CAPTURE(f);
        (void)fixture<mp::merchant_order>(f);
    }
    for (const char* f : {"java/merchant_order_search.json", "php/merchant_order_search.json",
                          "python/merchant_order_search.json"}) {
        CAPTURE(f);
        (void)fixture<mp::elements_page<mp::merchant_order>>(f);
    }
}

TEST_CASE("preference: java/preference_create.json, a full preference") {
    const auto p = fixture<mp::preference>("java/preference_create.json");
    CHECK(p.id == "823549964-e8063b12-1c8b-4333-b075-3ae52a0371c8");
    // client_id is text, collector_id a number: each keeps its own kind.
    CHECK(p.client_id == "6245132082630004");
    CHECK(p.collector_id == 823549964);
    const std::string out = mp::to_json(p);
    CHECK(has(out, R"("client_id":"6245132082630004")"));
    CHECK(has(out, R"("collector_id":823549964)"));

    REQUIRE(p.items);
    REQUIRE(p.items->size() == 1);
    const auto& item = p.items->front();
    CHECK(item.quantity == 2);
    CHECK(item.unit_price == mp::decimal(4000));
    CHECK(item.unit_price->to_string() == "4000");
    CHECK(has(out, R"("unit_price":4000)"));  // an integer stays an integer
    CHECK(p.marketplace_fee == mp::decimal(5));
    CHECK(p.shipments->cost == mp::decimal(10));
    CHECK(p.shipments->mode == "custom");

    // `[{"id":""}]` is an entry with an empty id, kept as it came.
    REQUIRE(p.payment_methods);
    REQUIRE(p.payment_methods->excluded_payment_methods);
    REQUIRE(p.payment_methods->excluded_payment_methods->size() == 1);
    CHECK(p.payment_methods->excluded_payment_methods->front().id == "");
    CHECK(p.payment_methods->excluded_payment_types->front().id == "ticket");
    CHECK(p.payment_methods->installments == 5);
    CHECK(p.payment_methods->default_installments == 1);
    CHECK_FALSE(p.payment_methods->default_card_id);
    CHECK(mp::sent_null(*p.payment_methods, "default_card_id"));

    CHECK(p.payer->name == "Test");
    CHECK(p.payer->surname == "User");
    CHECK(p.payer->identification->number == "19119119100");
    CHECK(p.payer->phone->number == "4444-4444");
    CHECK(p.payer->address->street_number == "123");
    CHECK(p.back_urls->success == "http://test.com/success");
    CHECK(p.redirect_urls->success == "");
    CHECK(p.auto_return == "all");
    CHECK(p.binary_mode == true);
    CHECK(p.marketplace == "NONE");
    CHECK(p.date_created->text() == "2022-01-10T10:10:10.000+00:00");
    CHECK(p.expiration_date_to->utc_offset().count() == 0);
    CHECK(p.metadata->value().is_object());
    CHECK(p.metadata->value().as_object().empty());

    // Nulls read as absent and go back out as nulls.
    CHECK_FALSE(p.total_amount);
    CHECK(mp::sent_null(p, "total_amount"));
    CHECK_FALSE(p.processing_modes);
    CHECK_FALSE(p.last_updated);
    CHECK_FALSE(p.shipments->default_shipping_method);
    CHECK_FALSE(p.shipments->receiver_address->city_name);
    CHECK(has(out, R"("total_amount":null)"));
    CHECK(has(out, R"("processing_modes":null)"));
    CHECK(has(out, R"("coupon_labels":null)"));
    CHECK(has(out, R"("city_name":null)"));
    CHECK_FALSE(has(out, R"("sponsor_id")"));  // never sent, never written
}

TEST_CASE("preference: go/preference_create.json, a preference created with only items") {
    const auto p = fixture<mp::preference>("go/preference_create.json");
    CHECK(p.client_id == "4679935697572392");
    CHECK(p.collector_id == 1273205088);
    CHECK(p.additional_info == "");
    CHECK(p.auto_return == "");
    CHECK(p.back_urls->failure == "");
    CHECK(p.payer->email == "");
    CHECK(p.payer->identification->type == "");
    CHECK_FALSE(p.payer->address->street_number);
    CHECK(mp::sent_null(*p.payer->address, "street_number"));
    CHECK_FALSE(p.payer->date_created);
    CHECK_FALSE(p.payer->last_purchase);
    // Both exclusion lists hold the empty placeholder entry.
    CHECK(p.payment_methods->excluded_payment_methods->front().id == "");
    CHECK(p.payment_methods->excluded_payment_types->front().id == "");
    CHECK_FALSE(p.payment_methods->installments);
    CHECK(mp::sent_null(*p.payment_methods, "installments"));
    CHECK_FALSE(p.payment_methods->default_payment_method_id);
    CHECK_FALSE(p.date_of_expiration);
    CHECK_FALSE(p.notification_url);
    CHECK(mp::sent_null(p, "notification_url"));
    CHECK_FALSE(p.internal_metadata);  // null, not a free-form null value
    CHECK(mp::sent_null(p, "internal_metadata"));
    CHECK(p.marketplace_fee == mp::decimal(0));
    CHECK(p.items->front().unit_price->to_string() == "100");
    CHECK(p.items->front().category_id == "");
    CHECK(p.date_created->utc_offset().count() == -240);
    CHECK(p.site_id == "MLB");
    CHECK(p.product_id == std::nullopt);
    CHECK(mp::sent_null(p, "product_id"));
}

TEST_CASE("preference: updates carry keys no SDK declares") {
    const auto java = fixture<mp::preference>("java/preference_update.json");
    CHECK(java.statement_descriptor == "Updated Store");
    CHECK(java.total_amount == mp::decimal(8000));
    CHECK(java.total_amount->to_string() == "8000");
    CHECK(java.live_mode == false);
    CHECK(java.purpose == "");
    CHECK(java.last_updated->text() == "2022-02-03T17:11:17.678+00:00");
    CHECK(java.date_of_expiration->utc_offset().count() == -180);  // while date_created is +00:00
    REQUIRE(java.extra.contains("collector"));
    CHECK(java.extra.at("collector").as_object().at("tags").as_array().size() == 3);
    CHECK(java.extra.at("collector").as_object().at("operator_id").is_null());
    CHECK(java.extra.at("headers").as_array().empty());

    const auto php = fixture<mp::preference>("php/preference_update.json");
    CHECK(php.live_mode == true);
    CHECK(php.collector_id == 831921084);  // differs from the id's prefix: an anonymisation artefact
    CHECK(php.id->starts_with("111111111-"));
    CHECK(php.extra.at("created_by_app").as_string() == "traffic-layer");
    CHECK(php.extra.at("created_source").as_string() == "public");
    CHECK(php.notification_url == "https://www.test.com");
    CHECK(php.total_amount == mp::decimal(10));
}

TEST_CASE("preference: metadata and marketplace ids, php/preference_create.json") {
    const auto p = fixture<mp::preference>("php/preference_create.json");
    REQUIRE(p.metadata);
    CHECK(p.metadata->value().as_object().at("key").as_string() == "value");
    CHECK(p.metadata->value().as_object().at("custom_field").as_string() == "custom_value");
    CHECK(p.marketplace == "MP-MKT-5887075667929427");
    CHECK(p.items->front().picture_url->starts_with("https://http2.mlstatic.com/"));
    CHECK(p.payment_methods->installments == 12);
}

TEST_CASE("preference: decimal amounts keep their text, python/preference_create.json") {
    const auto p = fixture<mp::preference>("python/preference_create.json");
    CHECK(p.items->front().unit_price == mp::decimal("58.8"));
    CHECK(p.items->front().unit_price->to_string() == "58.80");
    CHECK(p.total_amount->to_string() == "58.80");
    CHECK(p.marketplace_fee == mp::decimal(0));
    CHECK(p.marketplace_fee->to_string() == "0.0");
    CHECK(p.client_id == "12345");
    CHECK(p.payment_methods->excluded_payment_types->empty());
    CHECK_FALSE(p.payment_methods->excluded_payment_methods);
    const std::string out = mp::to_json(p);
    CHECK(has(out, R"("unit_price":58.80)"));
    CHECK(has(out, R"("marketplace_fee":0.0)"));
}

TEST_CASE("preference search: summaries, and next_offset as sent") {
    const auto go = fixture<mp::elements_page<mp::preference_search_element>>("go/preference_search.json");
    CHECK(go.total == 1229);
    CHECK(go.next_offset == 22);  // not offset + count: page with it as sent
    REQUIRE(go.elements.size() == 1);
    const auto& e = go.elements.front();
    CHECK(e.items == std::vector<std::string>{"Title"});  // titles, not item objects
    CHECK(e.processing_modes == std::vector<std::string>{"aggregator"});
    CHECK(e.sponsor_id == 0);
    CHECK(e.client_id == "4679935697572392");
    CHECK(e.collector_id == 1273205088);
    CHECK_FALSE(e.payer_id);
    CHECK_FALSE(e.concept_id);
    CHECK(mp::sent_null(e, "concept_id"));
    CHECK(e.corporation_id == "");
    CHECK(e.payer_email == "teste_user_39873928@testuser.com");
    CHECK(e.shipping_mode == "custom");
    CHECK(e.date_created->utc_offset().count() == -240);
    CHECK(e.expiration_date_from->utc_offset().count() == -180);

    const auto java = fixture<mp::elements_page<mp::preference_search_element>>("java/preference_search.json");
    CHECK(java.next_offset == 2);
    CHECK(java.total == 19);
    REQUIRE(java.elements.size() == 2);
    CHECK(java.elements[0].last_updated->text() == "2022-01-10T10:10:10.000+00:00");
    CHECK_FALSE(java.elements[1].last_updated);
    CHECK_FALSE(java.elements[0].processing_modes);
    CHECK(has(mp::to_json(java), R"("processing_modes":null)"));

    const auto python = fixture<mp::elements_page<mp::preference_search_element>>("python/preference_search.json");
    CHECK(python.next_offset == 0);
    CHECK(python.elements.front().id == "pref-001");
}

TEST_CASE("preference: ids that may be numbers or strings keep their form") {
    const auto e = decode_round_trip<mp::preference_search_element>(R"({"payer_id":123456,"concept_id":"c-1"})",
                                                                    "payer_id number");
    CHECK(e.payer_id == "123456");
    CHECK(e.concept_id == "c-1");
    CHECK(has(mp::to_json(e), R"("payer_id":123456)"));
    const auto s = decode_round_trip<mp::preference_shipments>(R"({"default_shipping_method":73328})", "method");
    CHECK(s.default_shipping_method == "73328");
    const auto i = decode_round_trip<mp::preference_item>(R"({"warranty":"true","quantity":"3"})", "go forms");
    CHECK(i.warranty == true);
    CHECK(i.quantity == 3);
}

TEST_CASE("preference_request: the Java SDK's request body") {
    const auto r = fixture<mp::preference_request>("java/preference_create_REQUEST.json");
    REQUIRE(r.items.size() == 1);
    CHECK(r.items.front().warranty == false);
    CHECK(r.items.front().unit_price == mp::decimal(4000));
    CHECK(r.payer->is_prime_user == false);
    CHECK(r.payer->is_first_purchase_online == false);
    CHECK(r.payment_methods->excluded_payment_methods->front().id == "");
    CHECK(r.shipments->dimensions == "10x10x20,500");
    CHECK(r.shipments->local_pickup == false);
    CHECK(r.date_of_expiration->text() == "2022-02-10T10:10:10.000Z");
    CHECK(r.external_reference == "1643827245");  // numeric-looking, but text
    CHECK(r.marketplace == "marketplace");
    CHECK(r.marketplace_fee == mp::decimal(5));
    CHECK(r.extra.empty());
}

TEST_CASE("preference_request: exact body, money as numbers with their decimals, nothing unset sent") {
    mp::preference_request req{
        .items = {{.id = "sku-1",
                   .title = "Espresso",
                   .quantity = 2,
                   .unit_price = mp::decimal("10.5"),
                   .currency_id = "BRL"},
                  {.title = "Beans", .quantity = 1, .unit_price = mp::decimal::from_cents(1990)}},
        .payer = mp::preference_payer{.name = "Ana", .email = "buyer@testuser.com"},
        .back_urls = mp::preference_back_urls{.success = "https://shop.example/ok"},
        .auto_return = "approved",
        .payment_methods = mp::preference_payment_methods{
            .excluded_payment_types = std::vector<mp::preference_excluded_id>{{.id = "ticket"}},
            .installments = 6},
        .notification_url = "https://shop.example/hooks",
        .external_reference = "order-42",
        .expires = true,
        .expiration_date_to = mp::timestamp::parse("2030-01-31T23:59:59.000-03:00").value(),
        .marketplace_fee = mp::decimal("1.50"),
        .binary_mode = true,
        .shipments = mp::preference_shipments{.cost = mp::decimal("0.10")},
    };
    req.metadata = mp::free_form(boost::json::object{{"cart", "c-9"}});
    CHECK(mp::to_json(req) ==
          R"({"items":[{"id":"sku-1","title":"Espresso","quantity":2,"unit_price":10.5,"currency_id":"BRL"},)"
          R"({"title":"Beans","quantity":1,"unit_price":19.90}],)"
          R"("payer":{"name":"Ana","email":"buyer@testuser.com"},"back_urls":{"success":"https://shop.example/ok"},)"
          R"("auto_return":"approved","payment_methods":{"excluded_payment_types":[{"id":"ticket"}],"installments":6},)"
          R"("notification_url":"https://shop.example/hooks","external_reference":"order-42","expires":true,)"
          R"("expiration_date_to":"2030-01-31T23:59:59.000-03:00","marketplace_fee":1.50,"binary_mode":true,)"
          R"("shipments":{"cost":0.10},"metadata":{"cart":"c-9"}})");
    const auto back = decode_round_trip<mp::preference_request>(mp::to_json(req), "request");
    CHECK(back.items.front().unit_price->to_string() == "10.5");
    CHECK(back.items.at(1).unit_price == mp::decimal::from_cents(1990));

    // The smallest body: one item, nothing else written.
    const mp::preference_request minimal{.items = {{.title = "Tea", .quantity = 1, .unit_price = mp::decimal(3)}}};
    CHECK(mp::to_json(minimal) == R"({"items":[{"title":"Tea","quantity":1,"unit_price":3}]})");
}

TEST_CASE("merchant order: java/merchant_order_get.json, an open order without a buyer") {
    const auto o = fixture<mp::merchant_order>("java/merchant_order_get.json");
    CHECK(o.id == 4018801790);
    CHECK(o.status == mp::merchant_order_status::opened);
    CHECK(o.order_status == mp::merchant_order_order_status::payment_required);
    CHECK(o.preference_id == "798798399-13769cb5-b898-448f-8d5a-c939a8cee479");
    CHECK_FALSE(o.payer);
    CHECK(mp::sent_null(o, "payer"));
    CHECK(has(mp::to_json(o), R"("payer":null)"));
    CHECK(o.collector->id == 798798399);
    CHECK(o.collector->nickname == "TETE8419469");
    CHECK(o.collector->email == "");
    CHECK(o.payments->empty());
    CHECK(o.shipments->empty());
    CHECK(o.items->empty());
    CHECK(o.extra.at("payouts").as_array().empty());
    CHECK(o.total_amount == mp::decimal("206.02"));
    CHECK(o.paid_amount == mp::decimal(0));
    CHECK(o.paid_amount->to_string() == "0");
    CHECK(o.cancelled == false);
    CHECK(o.marketplace == "");
    CHECK(o.site_id == "MLM");
    CHECK_FALSE(o.sponsor_id);
    CHECK_FALSE(o.application_id);
    CHECK(o.date_created->text() == "2022-01-10T10:10:10.000-00:00");
    CHECK(o.date_created->utc_offset().count() == 0);
}

TEST_CASE("merchant order: payer null or an object") {
    const auto updated = fixture<mp::merchant_order>("java/merchant_order_update.json");
    REQUIRE(updated.payer);
    CHECK(updated.payer->id == 0);
    CHECK(updated.payer->nickname == "Test");
    CHECK_FALSE(updated.payer->email);
    CHECK(mp::sent_null(*updated.payer, "email"));
    CHECK(has(mp::to_json(updated), R"("payer":{"id":0,"nickname":"Test","email":null})"));
    CHECK(updated.total_amount->to_string() == "206.02");
}

TEST_CASE("merchant order: compact, test and hand-written bodies") {
    const auto go = fixture<mp::merchant_order>("go/merchant_order_get.json");
    CHECK(go.id == 1234545454543);
    CHECK_FALSE(go.payments);
    CHECK_FALSE(go.shipments);
    CHECK_FALSE(go.payer);
    CHECK_FALSE(mp::sent_null(go, "payer"));  // absent, not null
    CHECK_FALSE(has(mp::to_json(go), R"("payer")"));
    REQUIRE(go.items->size() == 1);
    CHECK_FALSE(go.items->front().id);
    CHECK(go.items->front().title == "Produto sem descrição");
    CHECK(go.marketplace == "NONE");

    const auto php = fixture<mp::merchant_order>("php/merchant_order_get.json");
    CHECK(php.is_test == true);
    CHECK(php.id == 11223344550);
    CHECK(php.marketplace == "MP-MKT-5887075667929427");

    const auto python = fixture<mp::merchant_order>("python/merchant_order_get.json");
    CHECK_FALSE(python.order_status);
    CHECK(python.paid_amount->to_string() == "0.0");
    CHECK(python.refunded_amount->to_string() == "0.0");
    CHECK(python.total_amount->to_string() == "58.80");
    CHECK(python.items->front().unit_price->to_string() == "58.80");
    CHECK(python.notification_url == "https://example.com/notifications");
}

TEST_CASE("merchant order search pages") {
    const auto java = fixture<mp::elements_page<mp::merchant_order>>("java/merchant_order_search.json");
    CHECK(java.next_offset == 2);
    CHECK(java.total == 2);
    REQUIRE(java.elements.size() == 2);
    CHECK(java.elements[1].id == 4005684268);
    CHECK(java.elements[1].date_created->utc_offset().count() == 0);
    const auto php = fixture<mp::elements_page<mp::merchant_order>>("php/merchant_order_search.json");
    CHECK(php.elements.front().is_test == true);
    const auto python = fixture<mp::elements_page<mp::merchant_order>>("python/merchant_order_search.json");
    CHECK(python.next_offset == 0);
    CHECK(python.elements.front().total_amount->to_string() == "58.80");
}

TEST_CASE("merchant order: payments and shipments, and unknown statuses kept") {
    const auto o = decode_round_trip<mp::merchant_order>(
        R"({"id":1,"status":"closed","order_status":"paid","sponsor_id":5044,)"
        R"("payments":[{"id":17014025134,"transaction_amount":100.00,"status":"approved",)"
        R"("status_details":"accredited","date_approved":"2024-01-15T10:30:00.000-03:00"}],)"
        R"("shipments":[{"id":9,"items":[{"id":"a"}],"receiver_address":{"city":{"id":"c","name":"São Paulo"}},)"
        R"("shipping_option":{"cost":12.5,"speed":{"handling":24,"shipping":48},)"
        R"("estimated_delivery":{"date":"2024-01-20T00:00:00.000-03:00","time_from":"09:00"}}}]})",
        "full");
    CHECK(o.status == mp::merchant_order_status::closed);
    CHECK(o.order_status == mp::merchant_order_order_status::paid);
    CHECK(o.sponsor_id == "5044");
    CHECK(o.payments->front().id == 17014025134);
    CHECK(o.payments->front().status == mp::payment_status::approved);
    CHECK(o.payments->front().transaction_amount->to_string() == "100.00");
    const auto& s = o.shipments->front();
    CHECK(s.items->value().is_array());
    CHECK(s.receiver_address->city->name == "São Paulo");
    CHECK(s.shipping_option->cost == mp::decimal("12.5"));
    CHECK(s.shipping_option->speed->shipping == 48);
    CHECK(s.shipping_option->estimated_delivery->time_from == "09:00");

    const auto other = decode_round_trip<mp::merchant_order>(R"({"status":"new","order_status":"unpaid"})", "open");
    CHECK(other.status->str() == "new");
    CHECK(other.order_status->str() == "unpaid");
    CHECK(other.order_status != mp::merchant_order_order_status::payment_required);
    CHECK(mp::merchant_order_order_status::known.size() == 8);
    CHECK(mp::merchant_order_status::known.size() == 3);
}

TEST_CASE("merchant_order_request: exact body, nothing unset sent") {
    const mp::merchant_order_request req{
        .preference_id = "798798399-13769cb5",
        .site_id = "MLB",
        .payer = mp::merchant_order_payer{.id = 0, .nickname = "Test"},
        .items = std::vector<mp::merchant_order_item>{
            {.title = "Book", .quantity = 1, .unit_price = mp::decimal("10.5"), .currency_id = "BRL"}},
        .external_reference = "order-42",
        .version = 2,
    };
    CHECK(mp::to_json(req) ==
          R"({"preference_id":"798798399-13769cb5","site_id":"MLB","payer":{"id":0,"nickname":"Test"},)"
          R"("items":[{"title":"Book","quantity":1,"unit_price":10.5,"currency_id":"BRL"}],)"
          R"("external_reference":"order-42","version":2})");
    const auto back = decode_round_trip<mp::merchant_order_request>(mp::to_json(req), "request");
    CHECK(back.payer->nickname == "Test");
    CHECK(back.version == 2);
}

}  // namespace checkout_pro_models_test
