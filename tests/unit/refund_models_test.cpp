// Refund models against the real API bodies of three SDKs: decode, exact
// re-encoding, and the typed values (int64 ids, exact amounts, statuses).
#include <mercadopago/json.hpp>
#include <mercadopago/models/refund.hpp>

#include <doctest/doctest.h>

#include "support/fixtures.hpp"
#include "support/json_text.hpp"

#include <cstdint>
#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace refund_models_test {

namespace mp = mercadopago;

namespace {

/// Checks that `out` (re-encoded) is `text`: as values, and as text with every
/// number spelled as it came.
void check_same_json(const std::string& text, const std::string& out, const std::string& what) {
    CHECK_MESSAGE(test_support::parse(out) == test_support::parse(text), what);
    std::string why;
    CHECK_MESSAGE(test_support::same_json_text(text, out, &why), what << ": re-encoded text differs at " << why);
}

template <class T>
T refund_fixture(const std::string& name) {
    const std::string text = test_support::read_fixture(name);
    auto r = mp::from_json<T>(text);
    if (!r) FAIL(name << ": " << r.error().what());
    check_same_json(text, mp::to_json(*r), name);
    return std::move(*r);
}

}  // namespace

static_assert(mp::described<mp::refund>);
static_assert(mp::described<mp::refund_source>);

TEST_CASE("every refund fixture decodes and re-encodes to the same JSON") {
    for (const char* name : {"java/refund_create.json", "java/refund_create_partial.json", "go/refund_get.json",
                             "php/refund_create.json"}) {
        CAPTURE(name);
        const auto r = refund_fixture<mp::refund>(name);
        CHECK(r.id.has_value());
        CHECK(r.status == mp::refund_status::approved);
        CHECK(r.refund_mode == "standard");
        CHECK(r.source->type == "collector");
    }
    for (const char* name : {"java/refund_list.json", "php/refund_list.json"}) {
        CAPTURE(name);
        const auto list = refund_fixture<std::vector<mp::refund>>(name);
        CHECK(list.size() == 2);
    }
}

TEST_CASE("full refund: int64 payment id, integer amount, nulls and undeclared keys") {
    const auto r = refund_fixture<mp::refund>("java/refund_create.json");
    CHECK(r.id == std::int64_t{1245678203});
    CHECK(r.payment_id == std::int64_t{17014025134});  // beyond int32
    REQUIRE(r.amount);
    CHECK(*r.amount == mp::decimal(50));
    CHECK(r.amount->to_string() == "50");
    CHECK(r.adjustment_amount == mp::decimal(0));
    CHECK(r.status == mp::refund_status::approved);
    CHECK(r.date_created->text() == "2022-01-10T10:10:10.000-00:00");
    CHECK_FALSE(r.reason.has_value());
    CHECK_FALSE(r.unique_sequence_number.has_value());
    CHECK(mp::sent_null(r, "reason"));  // explicit null kept for the round trip
    REQUIRE(r.source);
    CHECK(r.source->id == "823549964");
    CHECK(r.source->name == "Mullins Hillary");
    REQUIRE(r.metadata);
    CHECK(r.metadata->value().as_object().empty());
    CHECK(r.extra.at("labels").is_array());
    CHECK(r.extra.at("partition_details").is_array());
}

TEST_CASE("partial refunds keep exact decimal amounts") {
    const auto partial = refund_fixture<mp::refund>("java/refund_create_partial.json");
    CHECK(partial.id == std::int64_t{934723769});
    REQUIRE(partial.amount);
    CHECK(*partial.amount == mp::decimal("12.34"));
    CHECK(partial.amount->to_string() == "12.34");
    CHECK(partial.amount->minor_units(2) == 1234);
    CHECK_FALSE(partial.extra.contains("labels"));

    const auto go = refund_fixture<mp::refund>("go/refund_get.json");
    CHECK(go.id == std::int64_t{1622029222});
    CHECK(go.payment_id == std::int64_t{7186040733});
    CHECK(go.amount->to_string() == "1.5");
    CHECK(go.adjustment_amount->to_string() == "0");
    CHECK_FALSE(go.metadata.has_value());
}

TEST_CASE("refund lists are bare arrays") {
    const auto java = refund_fixture<std::vector<mp::refund>>("java/refund_list.json");
    REQUIRE(java.size() == 2);
    CHECK(java[0].payment_id == std::int64_t{17014025134});
    CHECK(java[1].payment_id == std::int64_t{1245682962});  // fixture artefact: another payment
    CHECK(java[1].id == std::int64_t{1245677387});

    const auto php = refund_fixture<std::vector<mp::refund>>("php/refund_list.json");
    REQUIRE(php.size() == 2);
    CHECK(php[0].amount == mp::decimal(5));
    CHECK(php[1].id == std::int64_t{1009042016});
    CHECK(php[0].payment_id == php[1].payment_id);
}

TEST_CASE("2023 refund shape: amount_refunded_to_payer, metadata with a null, undeclared keys") {
    const auto r = refund_fixture<mp::refund>("php/refund_create.json");
    CHECK(r.payment_id == std::int64_t{18552260055});
    CHECK(r.amount == mp::decimal(10));
    CHECK(r.amount_refunded_to_payer == mp::decimal(10));
    REQUIRE(r.metadata);
    CHECK(r.metadata->value().at("status_detail").is_null());
    CHECK(r.extra.at("expiration_date").is_null());
    CHECK(r.extra.at("additional_data").is_null());
    CHECK(r.date_created->text() == "2023-08-24T15:35:15.783-04:00");
}

TEST_CASE("refund status and source type are open") {
    const std::string body = R"({"id":"77","status":"in_review","source":{"id":123,"type":"bpp"},"amount":"3.30"})";
    auto r = mp::from_json<mp::refund>(body);
    REQUIRE(r);
    CHECK(r->id == std::int64_t{77});
    CHECK(r->status->str() == "in_review");
    CHECK_FALSE(r->status == mp::refund_status::approved);
    CHECK(r->source->id == "123");
    CHECK(r->source->type == "bpp");
    CHECK(r->amount->to_string() == "3.30");
    check_same_json(body, mp::to_json(*r), "open refund values");
    auto rejected = mp::from_json<mp::refund>(R"({"status":"rejected"})");
    REQUIRE(rejected);
    CHECK(rejected->status == mp::refund_status::rejected);
}

}  // namespace refund_models_test
