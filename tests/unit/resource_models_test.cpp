// Resource models other than payments: customers, cards, card tokens, payment
// methods, identification types, issuers, installments, users, search
// envelopes and error bodies. Every real fixture must decode and re-encode to
// the same JSON; typed values the quirks could break are checked one by one.
#include <mercadopago/json.hpp>
#include <mercadopago/models/api_error.hpp>
#include <mercadopago/models/card.hpp>
#include <mercadopago/models/card_token.hpp>
#include <mercadopago/models/customer.hpp>
#include <mercadopago/models/identification_type.hpp>
#include <mercadopago/models/installments.hpp>
#include <mercadopago/models/issuer.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/models/payment_method.hpp>
#include <mercadopago/models/user.hpp>

#include <doctest/doctest.h>

#include "support/fixtures.hpp"
#include "support/round_trip.hpp"
#include "support/json_text.hpp"

#include <algorithm>
#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace resource_models_test {

namespace mp = mercadopago;

static_assert(mp::described<mp::customer>);
static_assert(mp::described<mp::customer_request>);
static_assert(mp::described<mp::card>);
static_assert(mp::described<mp::card_create_request>);
static_assert(mp::described<mp::card_update_request>);
static_assert(mp::described<mp::card_token>);
static_assert(mp::described<mp::card_token_request>);
static_assert(mp::described<mp::payment_method>);
static_assert(mp::described<mp::identification_type>);
static_assert(mp::described<mp::issuer>);
static_assert(mp::described<mp::installment_options>);
static_assert(mp::described<mp::user>);
static_assert(mp::described<mp::api_error_body>);
static_assert(mp::described<mp::results_page<mp::customer>>);
static_assert(mp::described<mp::elements_page<boost::json::object>>);

namespace {

using test_support::decode_round_trip;
using test_support::fixture;

mp::api_error_body error_body(const std::string& text) { return decode_round_trip<mp::api_error_body>(text, text); }

}  // namespace

// --- customers ------------------------------------------------------------------

TEST_CASE("customer: java/customer_get.json") {
    const auto c = fixture<mp::customer>("java/customer_get.json");
    CHECK(c.id == "1068193981-pXRewrKqlP6pnn");
    CHECK(c.phone->area_code == "55");
    CHECK(c.identification->number == "12345678900");
    CHECK(c.address->street_number == "123");  // a JSON number on the wire
    REQUIRE(c.date_created);
    CHECK(c.date_created->text() == "0001-01-01T00:00:00.000+00:00");  // year-1 sentinel kept
    CHECK(c.date_created->valid());
    CHECK(c.date_registered->valid());
    CHECK(c.metadata->value().at("source_sync") == "source_k");
    CHECK(c.live_mode == false);

    REQUIRE(c.cards);
    REQUIRE(c.cards->size() == 1);
    const mp::card& card = c.cards->front();
    CHECK(card.id == "1643916656196");
    CHECK(card.issuer->id == "24");
    CHECK(card.expiration_year == 2022);
    CHECK_FALSE(card.cardholder->identification->number.has_value());  // null
    CHECK(card.cardholder->identification->type == "CPF");

    REQUIRE(c.addresses);
    REQUIRE(c.addresses->size() == 1);
    const mp::customer_address& a = c.addresses->front();
    CHECK(a.street_number == "123");
    CHECK(a.city->name == "São Paulo");
    CHECK_FALSE(a.municipality->id.has_value());
    CHECK_FALSE(a.date_last_updated.has_value());
    CHECK(a.normalized == true);
    CHECK(a.verifications->value().at("shipment").at("success") == true);
    CHECK(mercadopago::sent_null(a, "name"));  // the explicit nulls are kept for re-encoding
}

TEST_CASE("customer: java/customer_search.json as results_page<customer>") {
    const auto page = fixture<mp::results_page<mp::customer>>("java/customer_search.json");
    CHECK(page.paging->total == 1);
    CHECK(page.paging->limit == 10);
    REQUIRE(page.results.size() == 1);
    const mp::customer& c = page.results.front();
    CHECK(c.phone->area_code == "11");  // number 11 on the wire
    CHECK(c.phone->number == "99999999");
    CHECK(c.identification->number == "19119119100");  // exceeds int32
    CHECK(c.date_created->valid());
    CHECK(c.metadata->value().at("test") == "123");

    // `cards:[{}]`: one card whose members are all empty.
    REQUIRE(c.cards->size() == 1);
    const mp::card& card = c.cards->front();
    CHECK_FALSE(card.id);
    CHECK_FALSE(card.customer_id);
    CHECK_FALSE(card.expiration_month);
    CHECK_FALSE(card.payment_method);
    CHECK_FALSE(card.cardholder);
    CHECK_FALSE(card.date_created);
    CHECK(card.extra.empty());
    CHECK(mp::to_json(card) == "{}");
    REQUIRE(c.addresses->size() == 1);
    CHECK(mp::to_json(c.addresses->front()) == "{}");
}

TEST_CASE("customer_request: exact body, unset members omitted, date_registered spelled right") {
    const mp::customer_request create{
        .email = "test_payer@testuser.com",
        .first_name = "Jhon",
        .phone = mp::phone{.area_code = "55", .number = "991234567"},
        .identification = mp::identification{.type = "CPF", .number = "12345678900"},
        .address = mp::customer_default_address{.zip_code = "01313000", .street_name = "Rua Exemplo",
                                                .street_number = "123"},
        .date_registered = mp::timestamp::parse("2000-01-18T00:00:00.000-04:00").value(),
        .metadata = boost::json::object{{"source_sync", "source_k"}},
    };
    CHECK(mp::to_json(create) ==
          R"({"email":"test_payer@testuser.com","first_name":"Jhon","phone":{"area_code":"55","number":"991234567"},)"
          R"("identification":{"type":"CPF","number":"12345678900"},)"
          R"("address":{"zip_code":"01313000","street_name":"Rua Exemplo","street_number":"123"},)"
          R"("date_registered":"2000-01-18T00:00:00.000-04:00","metadata":{"source_sync":"source_k"}})");

    const mp::customer_request update{.description = "VIP", .default_card = "1643916656196"};
    CHECK(mp::to_json(update) == R"({"description":"VIP","default_card":"1643916656196"})");
    CHECK(mp::to_json(mp::customer_request{}) == "{}");
}

// --- cards --------------------------------------------------------------------------

TEST_CASE("card: java/customer_card_get.json (ids and digits sent as numbers)") {
    const auto c = fixture<mp::card>("java/customer_card_get.json");
    CHECK(c.id == "1562188766852");
    CHECK(c.first_six_digits == "423564");
    CHECK(c.last_four_digits == "5682");
    CHECK(c.user_id == "448870796");
    CHECK(c.cardholder->name == "APRO");
    CHECK(c.cardholder->identification->number == "19119119100");
    CHECK(c.issuer->id == "25");
    CHECK(c.issuer->name == "Visa");
    CHECK(c.payment_method->id == "visa");
    CHECK(c.security_code->length == 3);
    CHECK(c.security_code->card_location == "back");
    CHECK(c.expiration_month == 6);
    CHECK(c.expiration_year == 2023);
    CHECK(c.date_created->valid());
    CHECK(c.live_mode == true);
    // Re-encoded as the numbers the API sent, not as strings.
    const auto again = test_support::parse(mp::to_json(c));
    CHECK(again.at("id").is_int64());
    CHECK(again.at("last_four_digits") == 5682);
}

TEST_CASE("card: lists are bare arrays") {
    const auto java = fixture<std::vector<mp::card>>("java/customer_card_list.json");
    REQUIRE(java.size() == 1);
    CHECK(java[0].id == "1562188766852");
    CHECK(java[0].last_four_digits == "5682");

    const auto php = fixture<std::vector<mp::card>>("php/customer_card_list.json");
    REQUIRE(php.size() == 2);
    CHECK(php[0].id == "1562188766851");
    CHECK(php[0].payment_method->id == "master");
    CHECK(php[1].id == "1562188766852");
    CHECK(php[1].expiration_year == 2024);
    CHECK(php[1].cardholder->identification->number == "19119119100");
}

TEST_CASE("card: go/customer_card_get.json (request_public \"true\", string user_id)") {
    const auto c = fixture<mp::card>("go/customer_card_get.json");
    CHECK(c.id == "9999999999");
    CHECK(c.user_id == "0000000000");  // leading zeros: only a string keeps them
    REQUIRE(c.additional_info);
    CHECK(c.additional_info->request_public == true);
    CHECK(c.additional_info->api_client_application == "traffic-layer");
    CHECK_FALSE(c.card_number_id.has_value());
    CHECK(c.issuer->id == "24");
    CHECK(c.payment_method->name == "Mastercard");
    // The boolean goes back out as the string it came in as.
    CHECK(test_support::parse(mp::to_json(*c.additional_info)).at("request_public") == "true");
}

TEST_CASE("card: masked expiry reads as absent and round-trips") {
    const auto c = decode_round_trip<mp::card>(R"({"id":"1","expiration_month":"***","expiration_year":"***"})", "masked");
    CHECK_FALSE(c.expiration_month);
    CHECK_FALSE(c.expiration_year);
}

TEST_CASE("card requests: exact bodies") {
    const mp::card_create_request create{.token = "9b2d63e00d66a8c721607214cedaecda"};
    CHECK(mp::to_json(create) == R"({"token":"9b2d63e00d66a8c721607214cedaecda"})");

    const mp::card_create_request with_issuer{
        .token = "tok", .issuer = mp::card_issuer{.id = "24", .name = "Mastercard"}, .payment_method_id = "master"};
    CHECK(mp::to_json(with_issuer) ==
          R"({"token":"tok","issuer":{"id":"24","name":"Mastercard"},"payment_method_id":"master"})");

    const mp::card_update_request update{
        .expiration_month = 12,
        .expiration_year = 2030,
        .cardholder = mp::cardholder{.name = "APRO"},
    };
    CHECK(mp::to_json(update) == R"({"expiration_month":12,"expiration_year":2030,"cardholder":{"name":"APRO"}})");
    CHECK(mp::to_json(mp::card_update_request{}) == "{}");
}

// --- card tokens --------------------------------------------------------------------

TEST_CASE("card_token: java (saved card), go (raw card), dotnet (minimal)") {
    const auto java = fixture<mp::card_token>("java/card_token_create.json");
    CHECK(java.id == "97849c845e879427b5cb1cb941a52806");
    CHECK(java.card_id == "989192037129");
    CHECK(java.last_four_digits == "6351");
    CHECK(java.cardholder->identification->number == "57096407006");
    CHECK(java.status == "active");
    CHECK(java.date_due->valid());
    CHECK(*java.date_due->time() > *java.date_created->time());
    CHECK(java.live_mode == true);
    CHECK(java.require_esc == false);
    CHECK(java.card_number_length == 16);
    CHECK(java.security_code_length == 3);

    const auto go = fixture<mp::card_token>("go/card_token_create.json");
    CHECK_FALSE(go.card_id.has_value());
    CHECK(go.cardholder->name == "MASTER TEST");
    CHECK(go.expiration_year == 2025);
    CHECK(go.live_mode == false);

    const auto dotnet = fixture<mp::card_token>("dotnet/card_token_create.json");
    CHECK(dotnet.id == "cardtoken789");
    CHECK_FALSE(dotnet.cardholder.has_value());
    CHECK_FALSE(dotnet.first_six_digits.has_value());
    CHECK(dotnet.luhn_validation == true);
    CHECK(dotnet.extra.empty());
}

TEST_CASE("card_token_request: raw card and saved card bodies") {
    const mp::card_token_request raw{
        .card_number = "5031433215406351",
        .expiration_month = 11,
        .expiration_year = 2025,
        .security_code = "123",
        .cardholder = mp::cardholder{.name = "APRO",
                                     .identification = mp::identification{.type = "CPF", .number = "12345678909"}},
    };
    CHECK(mp::to_json(raw) ==
          R"({"card_number":"5031433215406351","expiration_month":11,"expiration_year":2025,"security_code":"123",)"
          R"("cardholder":{"name":"APRO","identification":{"type":"CPF","number":"12345678909"}}})");

    const mp::card_token_request saved{.security_code = "123", .card_id = "1643916656196"};
    CHECK(mp::to_json(saved) == R"({"security_code":"123","card_id":"1643916656196"})");
}

// --- payment methods, identification types, issuers, installments -------------------

TEST_CASE("payment_method: java/payment_methods_list.json") {
    const auto list = fixture<std::vector<mp::payment_method>>("java/payment_methods_list.json");
    REQUIRE(list.size() == 15);
    auto find = [&](std::string_view id) -> const mp::payment_method& {
        const auto it = std::find_if(list.begin(), list.end(), [&](const auto& m) { return m.id == id; });
        REQUIRE(it != list.end());
        return *it;
    };

    const auto& debmaster = find("debmaster");
    CHECK(debmaster.status == mp::payment_method_status::testing);
    CHECK(debmaster.min_allowed_amount == mp::decimal("0.5"));
    CHECK(debmaster.min_allowed_amount->to_string() == "0.5");
    CHECK(debmaster.max_allowed_amount->to_string() == "60000");
    CHECK(debmaster.accreditation_time == 1440);
    REQUIRE(debmaster.settings->size() == 1);
    const auto& s = debmaster.settings->front();
    CHECK(s.bin->pattern == "^(502121)");
    CHECK_FALSE(s.bin->installments_pattern.has_value());  // null
    CHECK(s.card_number->length == 16);
    CHECK(s.card_number->validation == "standard");
    CHECK(s.security_code->mode == "mandatory");
    CHECK(s.security_code->length == 3);
    CHECK(debmaster.additional_info_needed->size() == 3);
    CHECK(debmaster.processing_modes->front() == "aggregator");

    const auto& pix = find("pix");
    CHECK(pix.status == mp::payment_method_status::active);
    CHECK(pix.payment_type_id == "bank_transfer");
    CHECK(pix.min_allowed_amount->to_string() == "0.01");  // exact, never 0.0099999…
    CHECK(pix.min_allowed_amount->same_representation(mp::decimal("0.01")));
    CHECK(pix.max_allowed_amount == mp::decimal("9999999"));
    CHECK(pix.settings->empty());
    REQUIRE(pix.financial_institutions->size() == 1);
    CHECK(pix.financial_institutions->front().id == "1");
    CHECK(pix.financial_institutions->front().description == "PIX");

    CHECK(find("debelo").settings->front().bin->installments_pattern == "");  // "" is a value here, not a date
    CHECK(find("meliplace").min_allowed_amount == mp::decimal("0"));
    CHECK(find("debcabal").min_allowed_amount->to_string() == "0.05");

    const mp::payment_method_status future{"quarantined"};  // unknown values are kept
    CHECK(future.str() == "quarantined");
}

TEST_CASE("payment_method: BIN search read as a results page") {
    const auto page = decode_round_trip<mp::payment_method_search_page>(
        R"({"paging":{"total":1,"limit":30,"offset":0},"results":[{"id":"visa","name":"Visa",)"
        R"("payment_type_id":"credit_card","status":"active","min_allowed_amount":0.5,)"
        R"("issuer":{"id":25,"name":"Visa","default":true},"financial_institutions":[]}]})",
        "bin search");
    REQUIRE(page.results.size() == 1);
    CHECK(page.results[0].id == "visa");
    CHECK(page.results[0].extra.at("issuer").at("id") == 25);
}

TEST_CASE("identification_type: java/identification_types_list.json") {
    const auto list = fixture<std::vector<mp::identification_type>>("java/identification_types_list.json");
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == "CPF");
    CHECK(list[0].type == "number");
    CHECK(list[0].min_length == 11);
    CHECK(list[1].id == "CNPJ");
    CHECK(list[1].max_length == 14);
}

TEST_CASE("issuer: card_issuers list (synthetic, documented shape)") {
    const auto list = decode_round_trip<std::vector<mp::issuer>>(
        R"([{"id":"288","name":"Tarjeta Shopping","secure_thumbnail":"https://x/288.gif","thumbnail":"http://x/288.gif",)"
        R"("processing_mode":"aggregator","merchant_account_id":null,"status":"active"},{"id":25,"name":"Visa"}])",
        "card issuers");
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == "288");
    CHECK(list[0].processing_mode == "aggregator");
    CHECK_FALSE(list[0].merchant_account_id.has_value());
    CHECK(list[1].id == "25");  // integer id accepted too
}

TEST_CASE("installments: response elements (synthetic, documented shape)") {
    const auto list = decode_round_trip<std::vector<mp::installment_options>>(
        R"j([{"payment_method_id":"visa","payment_type_id":"credit_card",)j"
        R"j("issuer":{"id":"310","name":"Visa Argentina","secure_thumbnail":"https://x/v.gif","thumbnail":"http://x/v.gif"},)j"
        R"j("processing_mode":"aggregator","merchant_account_id":null,"payer_costs":[)j"
        R"j({"installments":1,"installment_rate":0,"discount_rate":0,"reimbursement_rate":null,"labels":[],)j"
        R"j("installment_rate_collector":["MERCADOPAGO"],"min_allowed_amount":2,"max_allowed_amount":250000,)j"
        R"j("recommended_message":"1 cuota de $ 100,00 ($ 100,00)","installment_amount":100,"total_amount":100,)j"
        R"j("payment_method_option_id":"1.AQokODllZjQy"},)j"
        R"j({"installments":3,"installment_rate":20.43,"discount_rate":0,"reimbursement_rate":null,)j"
        R"j("labels":["CFT_45,32%|TEA_38,51%"],"installment_rate_collector":["THIRD_PARTY"],)j"
        R"j("min_allowed_amount":3,"max_allowed_amount":250000,"recommended_message":"3 cuotas de $ 40,14 ($ 120,43)",)j"
        R"j("installment_amount":40.14,"total_amount":120.43}],"agreements":null}])j",
        "installments");
    REQUIRE(list.size() == 1);
    const auto& o = list[0];
    CHECK(o.issuer->id == "310");
    CHECK_FALSE(o.agreements.has_value());
    REQUIRE(o.payer_costs->size() == 2);
    const auto& three = (*o.payer_costs)[1];
    CHECK(three.installments == 3);
    CHECK(three.installment_rate->to_string() == "20.43");
    CHECK(three.installment_amount == mp::decimal("40.14"));
    CHECK(three.total_amount->to_string() == "120.43");
    CHECK_FALSE(three.reimbursement_rate.has_value());
    CHECK(three.labels->front() == "CFT_45,32%|TEA_38,51%");
    CHECK((*o.payer_costs)[0].payment_method_option_id == "1.AQokODllZjQy");
}

// --- users, envelopes -------------------------------------------------------------------

TEST_CASE("user: java/user_me.json") {
    const auto u = fixture<mp::user>("java/user_me.json");
    CHECK(u.id == 539675046);
    CHECK(u.nickname == "TETE7689213");
    CHECK(u.site_id == "MLB");
    CHECK(u.country_id == "BR");
    CHECK(u.email == "test_user_3851037@testuser.com");
    CHECK(u.extra.at("seller_reputation").at("level_id") == "5_green");  // undeclared: kept
    CHECK(u.extra.at("logo").is_null());
}

TEST_CASE("page: java/payment_search_empty.json as results_page<object>") {
    const auto page = fixture<mp::results_page<boost::json::object>>("java/payment_search_empty.json");
    CHECK(page.results.empty());
    CHECK(page.paging->total == 102);
    CHECK(page.paging->limit == 5);
    CHECK(page.paging->offset == 100);
}

TEST_CASE("page: elements envelope, and a results page needs `results`") {
    const auto page = decode_round_trip<mp::elements_page<boost::json::object>>(
        R"({"elements":[{"id":"a"},{"id":"b"}],"next_offset":2,"total":19})", "elements");
    CHECK(page.elements.size() == 2);
    CHECK(page.next_offset == 2);
    CHECK(page.total == 19);
    const auto missing = mp::from_json<mp::results_page<mp::customer>>(R"({"paging":{"total":0}})");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().path == "results");
}

// --- error bodies -------------------------------------------------------------------------

TEST_CASE("api_error_body: java/error_400_card_token_not_found.json") {
    const auto e = fixture<mp::api_error_body>("java/error_400_card_token_not_found.json");
    CHECK(e.message == "Card Token not found");
    CHECK(e.error == "bad_request");
    CHECK(e.status == 400);
    const auto cs = mp::causes(e);
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].code == "2006");  // a JSON number on the wire
    CHECK(cs[0].numeric_code() == 2006);
    CHECK(cs[0].description == "Card Token not found");
    CHECK(cs[0].data == "23-09-2021T17:56:16UTC;3191d71e-86e6-481a-b218-977c0f01b14f");
    CHECK(test_support::parse(mp::to_json(cs[0])).at("code") == 2006);  // the cause re-encodes as sent
}

TEST_CASE("api_error_body: every shape of `cause`") {
    SUBCASE("single object (old endpoints)") {
        const auto e = error_body(R"({"message":"Params Error","status":400,"cause":{"code":1,"description":"Params Error","data":null}})");
        const auto cs = mp::causes(e);
        REQUIRE(cs.size() == 1);
        CHECK(cs[0].code == "1");
        CHECK(cs[0].description == "Params Error");
        CHECK_FALSE(cs[0].data.has_value());
    }
    SUBCASE("nested array (card tokens)") {
        const auto e = error_body(R"({"status":400,"cause":[[{"code":"E301","description":"invalid card number"}],[{"code":"E302"}]]})");
        const auto cs = mp::causes(e);
        REQUIRE(cs.size() == 2);
        CHECK(cs[0].code == "E301");
        CHECK_FALSE(cs[0].numeric_code().has_value());
        CHECK(cs[0].description == "invalid card number");
        CHECK(cs[1].code == "E302");
    }
    SUBCASE("array of string and numeric codes") {
        const auto e = error_body(R"({"cause":[{"code":"316","description":"a"},{"code":4020,"description":"b"}]})");
        const auto cs = mp::causes(e);
        REQUIRE(cs.size() == 2);
        CHECK(cs[0].numeric_code() == 316);
        CHECK(cs[1].code == "4020");
    }
    SUBCASE("empty array") {
        const auto e = error_body(R"({"message":"m","error":"bad_request","status":400,"cause":[]})");
        CHECK(e.cause.has_value());
        CHECK(mp::causes(e).empty());
    }
    SUBCASE("null") {
        const auto e = error_body(R"({"message":"m","status":500,"cause":null})");
        CHECK_FALSE(e.cause.has_value());
        CHECK(mp::causes(e).empty());
    }
    SUBCASE("absent (401, gateway)") {
        const auto e = error_body(R"({"message":"invalid access token","error":"unauthorized","status":401})");
        CHECK(mp::causes(e).empty());
        const auto gw = error_body(R"({"status":502,"message":"Bad Gateway"})");
        CHECK(gw.status == 502);
        CHECK(mp::causes(gw).empty());
    }
    SUBCASE("odd member kinds never lose the cause") {
        const auto e = error_body(R"({"cause":[{"code":7,"description":"x","data":{"when":"now"}},"plain text"]})");
        const auto cs = mp::causes(e);
        REQUIRE(cs.size() == 2);
        CHECK(cs[0].code == "7");
        CHECK(cs[0].description == "x");
        CHECK_FALSE(cs[0].data.has_value());
        CHECK(cs[0].extra.at("data").at("when") == "now");
        CHECK(cs[1].description == "plain text");
    }
}

TEST_CASE("api_error_body: Orders API `errors[]`") {
    const auto e = error_body(
        R"({"errors":[{"code":"idempotency_key_already_used","message":"The idempotency key was already used",)"
        R"("details":["key abc"]},{"code":"invalid_total_amount","message":"m","details":[]}]})");
    REQUIRE(e.errors);
    REQUIRE(e.errors->size() == 2);
    CHECK(e.errors->front().code == "idempotency_key_already_used");
    CHECK(e.errors->front().details->front() == "key abc");
    CHECK(e.errors->back().details->empty());
    CHECK(mp::causes(e).empty());
    CHECK_FALSE(e.status.has_value());
}

}  // namespace resource_models_test
