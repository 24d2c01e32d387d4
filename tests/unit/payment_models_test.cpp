// Payment models against the real API bodies: every payment, search and
// request fixture decodes and re-encodes to the same JSON, and the values that
// a lenient or careless decoder would get wrong are read correctly.
#include <mercadopago/json.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/models/payment_request.hpp>
#include <mercadopago/models/payment_status.hpp>

#include <doctest/doctest.h>

#include "support/fixtures.hpp"
#include "support/round_trip.hpp"
#include "support/json_text.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace payment_models_test {

namespace mp = mercadopago;

namespace {

/// Local stand-in for the shared page type: `{paging, results}`.
struct payment_page {
    std::optional<boost::json::object> paging{};
    std::optional<std::vector<mp::payment>> results{};
    boost::json::object extra{};

    MERCADOPAGO_FIELDS(payment_page, paging, results);
};

using test_support::decode_round_trip;
using test_support::fixture;

const std::vector<std::string> payment_fixtures = {
    "java/payment_create_card_approved.json", "java/payment_create_3ds.json", "java/payment_create_pix_pending.json",
    "java/payment_create_boleto.json",        "java/payment_create_pse.json", "java/payment_cancelled.json",
    "java/payment_captured.json",
};

const std::vector<std::string> search_fixtures = {
    "java/payment_search.json",
    "java/payment_search_by_external_reference.json",
    "java/payment_search_empty.json",
    "go/payment_search.json",
};

}  // namespace

static_assert(mp::described<mp::payment>);
static_assert(mp::field_count<mp::payment> >= 66, "the union of the SDKs' payment fields");
static_assert(std::is_same_v<decltype(mp::payment::id), mp::optional<std::int64_t>>);
static_assert(std::is_same_v<decltype(mp::payment_create_request::transaction_amount), mp::decimal>);
static_assert(std::is_same_v<decltype(mp::payment_create_request::capture), mp::optional<bool>>);

// --- vocabularies ---------------------------------------------------------------

TEST_CASE("payment vocabularies list every documented value") {
    CHECK(mp::payment_status::known.size() == 9);
    CHECK(mp::payment_status_detail::known.size() == 58);  // 41 documented + 17 seen (payment-outcomes.md §2)
    CHECK(mp::payment_type::known.size() == 11);
    CHECK(mp::refund_status::known.size() == 3);
    CHECK(mp::payment_status_detail::known.front().str() == "accredited");
    CHECK(mp::payment_status_detail::known.back().str() == "insufficient_money");
    CHECK(mp::payment_status_detail::cc_rejected_3ds_mandatory.str() == "cc_rejected_3ds_mandatory");
    CHECK(mp::payment_status_detail::cc_amount_rate_limit_exceeded.str() == "cc_amount_rate_limit_exceeded");
    CHECK(mp::payment_type::crypto_transfer.str() == "crypto_transfer");
    // Same text in two vocabularies, still distinct types.
    static_assert(!std::equality_comparable_with<mp::payment_status, mp::enum_constant<mp::payment_status_detail>>);
    static_assert(mp::payment_status::in_process.str() == mp::payment_status_detail::in_process.str());
}

// --- every payment fixture -------------------------------------------------------

TEST_CASE("every payment fixture decodes and re-encodes to the same JSON") {
    for (const auto& name : payment_fixtures) {
        CAPTURE(name);
        const auto p = fixture<mp::payment>(name);
        CHECK(p.id.has_value());
        CHECK(p.status.has_value());
        CHECK(p.transaction_amount.has_value());
        CHECK(p.extra.contains("marketplace_owner"));  // undeclared by every SDK, kept
    }
}

TEST_CASE("approved card payment: ids, money, statuses, string-encoded numbers") {
    const auto p = fixture<mp::payment>("java/payment_create_card_approved.json");
    REQUIRE(p.id);
    CHECK(*p.id == std::int64_t{17014025134});
    CHECK(p.collector_id == std::int64_t{810882223});
    REQUIRE(p.transaction_amount);
    CHECK(*p.transaction_amount == mp::decimal("12.34"));
    CHECK(p.transaction_amount->to_string() == "12.34");
    CHECK(p.transaction_amount->minor_units(2) == 1234);
    CHECK(p.transaction_amount_refunded == mp::decimal(0));
    CHECK(p.status == mp::payment_status::approved);
    CHECK(p.status_detail == mp::payment_status_detail::accredited);
    CHECK(p.payment_type_id == mp::payment_type::credit_card);
    CHECK(p.payment_method_id == "master");
    CHECK(p.issuer_id == "24");
    CHECK(p.installments == 1);
    CHECK(p.captured == false);
    CHECK(p.live_mode == true);

    // Dates: "" and null are both absent; "" is kept for the round trip.
    CHECK_FALSE(p.money_release_date.has_value());
    CHECK(p.extra.at("money_release_date") == "");
    CHECK_FALSE(p.date_of_expiration.has_value());
    REQUIRE(p.date_created);
    CHECK(p.date_created->text() == "2022-01-10T10:10:10.000-00:00");
    CHECK(p.date_created->valid());

    // Payer id is numeric-looking text.
    REQUIRE(p.payer);
    CHECK(p.payer->id == "128185910");
    CHECK(p.payer->identification->type == "CPF");
    CHECK(p.payer->identification->number == "19119119100");
    REQUIRE(p.payer->phone);
    CHECK_FALSE(p.payer->phone->area_code.has_value());  // all-null phone object
    CHECK_FALSE(p.payer->type.has_value());

    // Items: quantity "1" and unit_price "100.0" arrive as strings.
    REQUIRE(p.additional_info);
    REQUIRE(p.additional_info->items);
    REQUIRE(p.additional_info->items->size() == 1);
    const auto& item = p.additional_info->items->front();
    REQUIRE(item.quantity);
    CHECK(*item.quantity == 1);
    REQUIRE(item.unit_price);
    CHECK(*item.unit_price == mp::decimal("100.0"));
    CHECK(*item.unit_price == mp::decimal(100));
    CHECK(item.unit_price->to_string() == "100.0");
    CHECK_FALSE(item.picture_url.has_value());
    CHECK(p.additional_info->payer->address->street_name == "Av. das Nações Unidas");
    CHECK(p.additional_info->payer->registration_date->text() == "2022-01-10T10:10:10.000-00:00");
    CHECK(p.additional_info->shipments->receiver_address->street_name == "são Luiz");
    CHECK(p.additional_info->extra.contains("nsu_processadora"));  // undeclared, kept

    REQUIRE(p.transaction_details);
    CHECK(p.transaction_details->net_received_amount == mp::decimal("11.72"));
    CHECK(p.transaction_details->installment_amount == mp::decimal("12.34"));

    REQUIRE(p.fee_details);
    REQUIRE(p.fee_details->size() == 1);
    CHECK((*p.fee_details)[0].type == "mercadopago_fee");
    CHECK((*p.fee_details)[0].fee_payer == "collector");
    CHECK((*p.fee_details)[0].amount->to_string() == "0.62");

    REQUIRE(p.card);
    CHECK_FALSE(p.card->id.has_value());
    CHECK(p.card->first_six_digits == "503143");
    CHECK(p.card->last_four_digits == "6351");
    CHECK(p.card->expiration_month == 12);
    CHECK(p.card->expiration_year == 2022);
    CHECK(p.card->cardholder->name == "APRO");

    // `{}` placeholders: present, every member absent.
    REQUIRE(p.order);
    CHECK_FALSE(p.order->id.has_value());
    REQUIRE(p.point_of_interaction);
    CHECK_FALSE(p.point_of_interaction->type.has_value());

    REQUIRE(p.three_ds_info);
    CHECK(p.three_ds_info->external_resource_url == "https://acs-public.tp.mastercard.com/api/v1/browser_challenges");

    // Free-form objects stay JSON.
    REQUIRE(p.metadata);
    CHECK(p.metadata->value().at("order_number") == "order_1631894348");
    REQUIRE(p.internal_metadata);
    CHECK(p.internal_metadata->value().at("3ds_status") == "CHALLENGE");

    // Undeclared keys.
    CHECK(p.extra.at("marketplace_owner").is_null());
    CHECK(p.extra.at("acquirer_reconciliation").is_array());
    CHECK(p.charges_details->empty());
}

TEST_CASE("3DS payment: challenge data and a filled money_release_date") {
    const auto p = fixture<mp::payment>("java/payment_create_3ds.json");
    CHECK(p.status == mp::payment_status::approved);
    REQUIRE(p.three_ds_info);
    REQUIRE(p.three_ds_info->creq);
    CHECK_FALSE(p.three_ds_info->creq->empty());
    REQUIRE(p.money_release_date);
    CHECK(p.money_release_date->valid());
    CHECK_FALSE(p.extra.contains("money_release_date"));
}

TEST_CASE("Pix payment: QR code, integer amount, bank_info with undeclared members") {
    const auto p = fixture<mp::payment>("java/payment_create_pix_pending.json");
    CHECK(p.id == std::int64_t{21071815560});
    CHECK(p.status == mp::payment_status::pending);
    CHECK(p.status_detail == mp::payment_status_detail::pending_waiting_transfer);
    CHECK(p.payment_type_id == mp::payment_type::bank_transfer);
    REQUIRE(p.transaction_amount);
    CHECK(p.transaction_amount->to_string() == "100");
    CHECK(p.date_of_expiration->text() == "2022-02-10T10:10:10.000-00:00");
    CHECK_FALSE(p.money_release_date.has_value());
    CHECK(mp::sent_null(p, "money_release_date"));
    CHECK_FALSE(p.extra.contains("money_release_date"));  // a null costs a bit, not an entry

    REQUIRE(p.point_of_interaction);
    const auto& poi = *p.point_of_interaction;
    CHECK(poi.type == "OPENPLATFORM");
    CHECK(poi.linked_to == "openfinance");
    CHECK(poi.business_info->unit == "online_payments");
    CHECK(poi.extra.contains("location"));
    REQUIRE(poi.transaction_data);
    const auto& td = *poi.transaction_data;
    REQUIRE(td.qr_code);
    CHECK(td.qr_code->rfind("00020126580014br.gov.bcb.pix", 0) == 0);
    REQUIRE(td.qr_code_base64);
    CHECK(td.qr_code_base64->size() > 1000);
    CHECK(td.qr_code_base64->rfind("iVBORw0KGgo", 0) == 0);  // PNG signature
    CHECK(td.ticket_url->find("/payments/21071815560/ticket") != std::string::npos);
    CHECK_FALSE(td.bank_transfer_id.has_value());
    REQUIRE(td.bank_info);
    CHECK_FALSE(td.bank_info->is_same_bank_account_owner.has_value());
    CHECK(td.bank_info->collector->extra.at("account_holder_name") == "Salazar Tucker");
    CHECK(td.bank_info->payer->extra.contains("external_account_id"));
    CHECK(td.bank_info->extra.contains("origin_wallet_id"));

    REQUIRE(p.card);  // `{}` on a non-card payment
    CHECK_FALSE(p.card->last_four_digits.has_value());
    CHECK(p.fee_details->empty());
    CHECK(p.extra.contains("brand_id"));
}

TEST_CASE("boleto payment: ticket rules, date-only limit_date, empty acquirer_reference") {
    const auto p = fixture<mp::payment>("java/payment_create_boleto.json");
    CHECK(p.payment_type_id == mp::payment_type::ticket);
    CHECK(p.status_detail == mp::payment_status_detail::pending_waiting_payment);
    CHECK(p.build_version == "2.133.0");
    CHECK_FALSE(p.money_release_status.has_value());
    CHECK(p.extra.at("barcode").at("content") == "23793927400000100503000260600338183000633330");
    CHECK(p.extra.contains("financing_group"));

    REQUIRE(p.payment_method);
    CHECK(p.payment_method->id == "bolbradesco");
    CHECK(p.payment_method->type == "ticket");
    CHECK(p.payment_method->extra.contains("forward_data"));
    REQUIRE(p.payment_method->data);
    REQUIRE(p.payment_method->data->rules);
    const auto& rules = *p.payment_method->data->rules;
    REQUIRE(rules.discounts);
    REQUIRE(rules.discounts->size() == 1);
    const auto& d = rules.discounts->front();
    CHECK(d.type == "fixed");
    CHECK(d.value == mp::decimal(5));
    REQUIRE(d.limit_date);
    CHECK(d.limit_date->text() == "2022-10-25");
    CHECK(d.limit_date->date_only());
    CHECK(rules.fine->value == mp::decimal(2));
    CHECK(rules.interest->type == "percentage");
    CHECK(rules.interest->value->to_string() == "0.03");

    REQUIRE(p.transaction_details);
    CHECK(p.transaction_details->acquirer_reference == "");  // "" is a value for a string
    CHECK(p.transaction_details->financial_institution == "bradesco");
    CHECK(p.transaction_details->verification_code == "6002389830");
    CHECK(p.transaction_details->external_resource_url->find("bolbradesco") != std::string::npos);

    const auto& item = p.additional_info->items->front();
    CHECK(item.quantity == 1);
    CHECK(item.unit_price->to_string() == "100");  // "100" with no fraction
    CHECK(p.additional_info->shipments->receiver_address->floor == "12");
}

TEST_CASE("PSE payment: numeric bank_transfer_id kept as text and written back as a number") {
    const auto p = fixture<mp::payment>("java/payment_create_pse.json");
    CHECK(p.id == std::int64_t{111});
    CHECK(p.currency_id == "COP");
    CHECK(p.transaction_amount->to_string() == "5000");
    CHECK(p.callback_url == "http://your-site.com");
    REQUIRE(p.transaction_details);
    CHECK(p.transaction_details->bank_transfer_id == "153030");
    CHECK(p.transaction_details->financial_institution == "1009");
    CHECK(p.transaction_details->transaction_id == "111");
    const auto again = test_support::parse(mp::to_json(p));
    CHECK(again.at("transaction_details").at("bank_transfer_id").is_int64());
    REQUIRE(p.taxes);
    REQUIRE(p.taxes->size() == 1);
    CHECK((*p.taxes)[0].type == "IVA");
    CHECK_FALSE((*p.taxes)[0].value.has_value());
    CHECK_FALSE(p.net_amount.has_value());
    CHECK(p.additional_info->ip_address == "127.0.0.1");
    CHECK(p.extra.at("tags").is_null());
}

TEST_CASE("cancelled (and the identical 'captured') payment: status pair not validated") {
    for (const char* name : {"java/payment_cancelled.json", "java/payment_captured.json"}) {
        CAPTURE(name);
        const auto p = fixture<mp::payment>(name);
        CHECK(p.status == mp::payment_status::cancelled);
        CHECK(p.status_detail == mp::payment_status_detail::accredited);  // hand-edited fixture
        CHECK(p.captured == true);
        CHECK(p.money_release_date->text() == "2021-09-17T11:59:11.481-04:00");
        CHECK(p.extra.contains("brand_id"));
    }
}

// --- search pages ----------------------------------------------------------------

TEST_CASE("every payment search page decodes and re-encodes to the same JSON") {
    for (const auto& name : search_fixtures) {
        CAPTURE(name);
        const auto page = fixture<payment_page>(name);
        CHECK(page.paging.has_value());
        CHECK(page.results.has_value());
    }
}

TEST_CASE("payment search: account ids above int64, embedded refunds, odd offsets") {
    const auto page = fixture<payment_page>("java/payment_search.json");
    REQUIRE(page.results);
    REQUIRE(page.results->size() == 5);
    const auto& pix = (*page.results)[0];
    CHECK(pix.status == mp::payment_status::cancelled);
    CHECK(pix.status_detail == mp::payment_status_detail::expired);
    const auto& bank = *pix.point_of_interaction->transaction_data->bank_info;
    CHECK(bank.payer->account_id == "9224382036864776100");  // > INT64_MAX: kept as text
    CHECK(bank.collector->account_id == "9325372136954476022");
    CHECK(pix.extra.at("shipping_cost") == 0);

    const auto& second = (*page.results)[1];
    CHECK(second.additional_info->payer->registration_date->text() == "2021-09-13T09:40:50.333-0300");

    const auto it = std::find_if(page.results->begin(), page.results->end(), [](const mp::payment& p) {
        return p.status_detail == mp::payment_status_detail::partially_refunded;
    });
    REQUIRE(it != page.results->end());
    CHECK(it->status == mp::payment_status::approved);
    REQUIRE(it->refunds);
    REQUIRE(it->refunds->size() == 1);
    const auto& r = it->refunds->front();
    CHECK(r.id == std::int64_t{1240999679});
    CHECK(r.payment_id == std::int64_t{1241011467});
    CHECK(r.amount == mp::decimal(1));
    CHECK(r.adjustment_amount == mp::decimal(0));
    CHECK(r.status == mp::refund_status::approved);
    CHECK(r.refund_mode == "standard");
    CHECK(r.source->type == "collector");
    CHECK(r.source->id == "823549964");
    CHECK(r.extra.contains("external_refund_id"));
    CHECK(r.metadata.has_value());  // embedded refunds share the refunds API model
    CHECK(it->fee_details->front().amount == mp::decimal("4.99"));
    CHECK(it->transaction_details->net_received_amount == mp::decimal("95.01"));

    const auto by_ref = fixture<payment_page>("java/payment_search_by_external_reference.json");
    REQUIRE(by_ref.results->size() == 1);
    CHECK(by_ref.results->front().payer->type == "anonymous");
    CHECK(by_ref.results->front().id == std::int64_t{17014025134});

    const auto empty = fixture<payment_page>("java/payment_search_empty.json");
    CHECK(empty.results->empty());
    CHECK(empty.paging->at("offset") == 100);

    const auto go = fixture<payment_page>("go/payment_search.json");
    REQUIRE(go.results->size() == 2);
    CHECK(go.results->front().id == std::int64_t{57592046572});
    CHECK(go.results->back().status == mp::payment_status::pending);
    CHECK_FALSE(go.results->back().payer.has_value());
}

// --- quirks no fixture carries (synthetic bodies) ------------------------------------

TEST_CASE("masked card expiry reads as absent and is written back masked") {
    const std::string body =
        R"({"id":1,"card":{"first_six_digits":"503143","expiration_month":"***","expiration_year":"***"}})";
    const auto p = decode_round_trip<mp::payment>(body, "masked card");
    REQUIRE(p.card);
    CHECK_FALSE(p.card->expiration_month.has_value());
    CHECK_FALSE(p.card->expiration_year.has_value());
    CHECK(p.card->first_six_digits == "503143");
    CHECK(p.card->extra.at("expiration_month") == "***");
}

TEST_CASE("payer sent as an empty array reads as absent") {
    const auto p = decode_round_trip<mp::payment>(R"({"id":2,"payer":[]})", "payer []");
    CHECK_FALSE(p.payer.has_value());
    CHECK(p.id == std::int64_t{2});
    auto bad = mp::from_json<mp::payment>(R"({"payer":["x"]})");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().path == "payer");
}

TEST_CASE("unknown vocabulary values are kept verbatim") {
    const std::string body =
        R"({"status":"on_hold","status_detail":"brand_new_detail","payment_type_id":"digital_currency",)"
        R"("fee_details":[{"type":"recharge_fee","amount":1.10,"fee_payer":"payer"}],)"
        R"("refunds":[{"id":"55","status":"pending_review","amount":"2.50"}]})";
    const auto p = decode_round_trip<mp::payment>(body, "unknown values");
    REQUIRE(p.status);
    CHECK(p.status->str() == "on_hold");
    for (const auto& known : mp::payment_status::known) CHECK_FALSE(*p.status == known);
    CHECK(p.status_detail->str() == "brand_new_detail");
    CHECK(p.payment_type_id == mp::payment_type::digital_currency);
    CHECK(p.fee_details->front().type == "recharge_fee");
    CHECK(p.fee_details->front().amount->to_string() == "1.10");
    const auto& r = p.refunds->front();
    CHECK(r.id == std::int64_t{55});  // Node declares a string id
    CHECK(r.status->str() == "pending_review");
    CHECK(r.amount == mp::decimal("2.5"));
}

TEST_CASE("fields with two wire types across SDKs accept both") {
    const std::string body =
        R"({"order":{"id":123456789012,"type":"mercadopago"},"differential_pricing_id":42,)"
        R"("counter_currency":{"currency_id":"USD","rate":0.0012,"amount":1.5},)"
        R"("transaction_details":{"payable_deferral_period":"P30D","bank_transfer_id":"abc-1"},)"
        R"("point_of_interaction":{"transaction_data":{"financial_institution":1009,"bank_transfer_id":77,)"
        R"("bank_info":{"is_same_bank_account_owner":"true","payer":{"account_id":12345}}}},)"
        R"("additional_info":{"items":[{"warranty":"false","quantity":2,"unit_price":5.0E8}]}})";
    const auto p = decode_round_trip<mp::payment>(body, "mixed types");
    CHECK(p.order->id == "123456789012");
    CHECK(p.differential_pricing_id == "42");
    REQUIRE(p.counter_currency);
    auto cc = mp::from_value<mp::payment_counter_currency>(*p.counter_currency);
    REQUIRE(cc);
    CHECK(cc->currency_id == "USD");
    CHECK(cc->rate->to_string() == "0.0012");
    CHECK(p.transaction_details->payable_deferral_period->value().as_string() == "P30D");
    CHECK(p.transaction_details->bank_transfer_id == "abc-1");
    const auto& td = *p.point_of_interaction->transaction_data;
    CHECK(td.financial_institution == "1009");
    CHECK(td.bank_transfer_id == std::int64_t{77});
    CHECK(td.bank_info->is_same_bank_account_owner == true);
    CHECK(td.bank_info->payer->account_id == "12345");
    const auto& item = p.additional_info->items->front();
    CHECK(item.warranty == false);
    CHECK(item.quantity == 2);
    CHECK(item.unit_price == mp::decimal(500000000));

    auto string_counter = mp::from_json<mp::payment>(R"({"counter_currency":"USD"})");  // Node's declaration
    REQUIRE(string_counter);
    CHECK(string_counter->counter_currency->value().as_string() == "USD");
}

TEST_CASE("bad payment bodies fail with the JSON path") {
    auto q = mp::from_json<mp::payment>(R"({"additional_info":{"items":[{"quantity":"one"}]}})");
    REQUIRE_FALSE(q);
    CHECK(q.error().path == "additional_info.items[0].quantity");
    auto amount = mp::from_json<mp::payment>(R"({"transaction_amount":"12,34"})");
    REQUIRE_FALSE(amount);
    CHECK(amount.error().path == "transaction_amount");
    auto id = mp::from_json<mp::payment>(R"({"id":"9224382036864776100"})");  // ids must fit int64
    REQUIRE_FALSE(id);
    CHECK(id.error().path == "id");
}

// --- request bodies ------------------------------------------------------------------

TEST_CASE("the SDKs' create requests decode into payment_create_request and re-encode exactly") {
    const auto java = fixture<mp::payment_create_request>("java/payment_create_REQUEST.json");
    CHECK(java.transaction_amount == mp::decimal(100));
    CHECK(java.transaction_amount.to_string() == "100");
    REQUIRE(java.capture.has_value());
    CHECK(*java.capture == false);
    CHECK(java.binary_mode == false);
    CHECK(java.three_d_secure_mode == "not_supported");
    CHECK(java.token == "bf9edf6ffae3ab5742033f33c557d54e");
    CHECK(java.installments == 1);
    REQUIRE(java.metadata);
    CHECK(java.metadata->value().as_object().empty());
    REQUIRE(java.payer);
    CHECK(java.payer->type == "customer");
    CHECK(java.payer->entity_type == "individual");
    CHECK(java.payer->identification->number == "37462770865");
    REQUIRE(java.additional_info);
    const auto& item = java.additional_info->items->front();
    CHECK(item.quantity == 1);
    CHECK(item.unit_price == mp::decimal(100));
    CHECK(item.warranty == false);
    CHECK(java.additional_info->payer->is_prime_user == false);
    CHECK(java.additional_info->payer->registration_date->text() == "2022-01-10T10:10:10.000Z");
    CHECK(java.additional_info->shipments->local_pickup == false);
    CHECK(java.additional_info->shipments->express_shipment == false);
    CHECK(java.additional_info->shipments->receiver_address->apartment == "apartment");
    CHECK(java.extra.empty());  // every key of the SDK's request is modelled

    const auto dotnet = fixture<mp::payment_create_request>("dotnet/payment_create_3ds_REQUEST.json");
    CHECK(dotnet.three_d_secure_mode == "optional");
    CHECK(dotnet.extra.empty());
}

TEST_CASE("payment_create_request built in code: unset omitted, false sent, plain decimals") {
    mp::identification id;
    id.type = "CPF";
    id.number = "12345678909";
    const mp::payment_create_request req{
        .transaction_amount = mp::decimal("100.50"),
        .token = "ff8080814c11e237014c1ff593b57b4d",
        .payment_method_id = "visa",
        .installments = 1,
        .description = "Blue shirt",
        .capture = false,
        .metadata = boost::json::object{{"order", "A-1"}},
        .payer = mp::payment_request_payer{.email = "buyer@testuser.com", .identification = id},
        .additional_info =
            mp::payment_request_additional_info{
                .items = std::vector<mp::payment_item>{{.id = "sku-1", .quantity = 2, .unit_price = mp::decimal("50.25")}},
            },
        .application_fee = mp::decimal::from_cents(150),
    };
    CHECK(mp::to_json(req) ==
          R"({"transaction_amount":100.50,"token":"ff8080814c11e237014c1ff593b57b4d","payment_method_id":"visa",)"
          R"("installments":1,"description":"Blue shirt","capture":false,"metadata":{"order":"A-1"},)"
          R"("payer":{"email":"buyer@testuser.com","identification":{"type":"CPF","number":"12345678909"}},)"
          R"("additional_info":{"items":[{"id":"sku-1","quantity":2,"unit_price":50.25}]},"application_fee":1.50})");

    CHECK(mp::to_json(mp::payment_create_request{.transaction_amount = 10}) == R"({"transaction_amount":10})");
    CHECK(mp::to_json(mp::payment_create_request{.transaction_amount = 10, .capture = true}) ==
          R"({"transaction_amount":10,"capture":true})");
}

TEST_CASE("a create request without transaction_amount does not decode") {
    auto r = mp::from_json<mp::payment_create_request>(R"({"token":"abc","capture":false})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::decode);
    CHECK(r.error().path == "transaction_amount");
    auto null_amount = mp::from_json<mp::payment_create_request>(R"({"transaction_amount":null})");
    REQUIRE_FALSE(null_amount);
    CHECK(null_amount.error().path == "transaction_amount");
}

TEST_CASE("payment_update_request: capture, partial capture, cancel") {
    CHECK(mp::to_json(mp::payment_update_request{}) == "{}");
    CHECK(mp::to_json(mp::payment_update_request{.capture = true}) == R"({"capture":true})");
    CHECK(mp::to_json(mp::payment_update_request{.capture = true, .transaction_amount = mp::decimal("10.00")}) ==
          R"({"capture":true,"transaction_amount":10.00})");
    CHECK(mp::to_json(mp::payment_update_request{.status = mp::payment_status::cancelled}) ==
          R"({"status":"cancelled"})");
    auto back = mp::from_json<mp::payment_update_request>(R"({"status":"cancelled","capture":false})");
    REQUIRE(back);
    CHECK(back->status == mp::payment_status::cancelled);
    CHECK(back->capture == false);
    CHECK_FALSE(back->transaction_amount.has_value());
}

TEST_CASE("refund_create_request: empty is a full refund, amount is partial") {
    CHECK(mp::to_json(mp::refund_create_request{}) == "{}");
    CHECK(mp::to_json(mp::refund_create_request{.amount = mp::decimal("12.34")}) == R"({"amount":12.34})");
    CHECK(mp::to_json(mp::refund_create_request{.amount = mp::decimal("10.5")}) == R"({"amount":10.5})");
    auto r = mp::from_json<mp::refund_create_request>(R"({"amount":12.34})");
    REQUIRE(r);
    CHECK(r->amount == mp::decimal("12.34"));
}

}  // namespace payment_models_test
