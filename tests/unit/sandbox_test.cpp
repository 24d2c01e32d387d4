// The offline sandbox, driven the way an integrator would: through
// client<sandbox::transport> and public_client<sandbox::transport> sharing one
// emulator (raw requests only where the client cannot send them: no key, no
// credentials). Time is an injected manual clock.
#include <mercadopago/client.hpp>
#include <mercadopago/public_client.hpp>
#include <mercadopago/sandbox.hpp>

#include <doctest/doctest.h>

#include "support/sandbox_credentials.hpp"
#include "support/sandbox_requests.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <chrono>
#include <memory>
#include <set>
#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace sandbox_test {

namespace mp = mercadopago;
namespace sb = mercadopago::sandbox;
using namespace std::chrono_literals;

namespace {

using test_support::seller_token;
constexpr const char* public_key = "TEST-4f0d3e1c-8b2a-4c55-9d1e-7a6b5c4d3e2f";

/// A transport that keeps every response body (to look for card numbers).
struct recording_transport {
    sb::transport inner;
    std::shared_ptr<std::vector<std::string>> bodies = std::make_shared<std::vector<std::string>>();
    mp::result<mp::http_response> send(const mp::http_request& req) const {
        auto r = inner.send(req);
        if (r) bodies->push_back(r->body);
        return r;
    }
};

struct sandbox {
    sb::manual_clock clock{};
    std::shared_ptr<sb::emulator> emu = std::make_shared<sb::emulator>(sb::emulator_options{.clock = clock});
    recording_transport wire{sb::transport(emu)};
    mp::public_client<recording_transport> app{{.public_key = public_key}, wire};
    mp::client<recording_transport> shop{{.access_token = seller_token}, wire};

    mp::card_token_request card(const std::string& holder, const std::string& number = "5031433215406351",
                                const std::string& cvv = "123") const {
        return {.card_number = number,
                .expiration_month = 11,
                .expiration_year = 2030,
                .security_code = cvv,
                .cardholder = mp::cardholder{
                    .name = holder, .identification = mp::identification{.type = "CPF", .number = "12345678909"}}};
    }

    mp::card_token token(const std::string& holder = "APRO", const std::string& number = "5031433215406351",
                         const std::string& cvv = "123") {
        auto t = app.card_tokens().create(card(holder, number, cvv));
        REQUIRE_MESSAGE(t, t.error().what());
        return *t;
    }

    mp::payment_create_request charge(const mp::card_token& t, const std::string& method = "master",
                                      mp::decimal amount = mp::decimal("100.00")) const {
        return {.transaction_amount = amount,
                .token = t.id,
                .payment_method_id = method,
                .installments = 1,
                .payer = mp::payment_request_payer{.email = "buyer@example.com"}};
    }

    mp::payment pay(const std::string& holder = "APRO", const std::string& method = "master",
                    const std::string& number = "5031433215406351", mp::decimal amount = mp::decimal("100.00")) {
        auto p = shop.payments().create(charge(token(holder, number), method, amount));
        REQUIRE_MESSAGE(p, p.error().what());
        return *p;
    }

    /// A request the client would never send as is.
    mp::http_response raw(mp::http_method m, std::string target, std::string body = {},
                          mp::http_headers headers = test_support::seller_auth()) {
        return test_support::raw_request(*emu, m, std::move(target), std::move(body), std::move(headers));
    }
};

/// The parsed body of a classic error, checked for its shape.
boost::json::object classic_error(const mp::http_response& r) {
    const auto v = boost::json::parse(r.body);
    REQUIRE(v.is_object());
    const auto& o = v.as_object();
    CHECK(o.at("message").is_string());
    CHECK(o.at("error").is_string());
    CHECK(o.at("status").as_int64() == r.status);
    return o;
}

}  // namespace

TEST_CASE("sandbox: a whole checkout through public_client and client") {
    sandbox s;
    const mp::card_token t = s.token("APRO");
    CHECK(t.id->size() == 32);
    CHECK(t.first_six_digits == "503143");
    CHECK(t.last_four_digits == "6351");
    CHECK(t.status == "active");
    CHECK(t.live_mode == false);
    REQUIRE(t.date_due);
    CHECK(*t.date_due->time() - *t.date_created->time() == std::chrono::hours{24 * 7});

    auto created = s.shop.payments().create(
        {.transaction_amount = mp::decimal("150.00"), .token = t.id, .payment_method_id = "master", .installments = 1,
         .description = "Espresso machine", .external_reference = "order-1001",
         .metadata = boost::json::object{{"cart", "c-9"}}, .payer = mp::payment_request_payer{.email = "ana@example.com"}});
    REQUIRE_MESSAGE(created, created.error().what());
    CHECK(created.info().http_status == 201);
    const mp::payment& p = *created;
    CHECK(*p.id >= 130'000'000'000);
    CHECK(p.status == mp::payment_status::approved);
    CHECK(p.status_detail == mp::payment_status_detail::accredited);
    CHECK(p.payment_type_id == mp::payment_type::credit_card);
    CHECK(p.currency_id == "BRL");
    CHECK(p.captured == true);
    CHECK(p.live_mode == false);
    CHECK(p.collector_id == 1188183100);
    CHECK(p.external_reference == "order-1001");
    CHECK(p.card->first_six_digits == "503143");
    CHECK(p.card->last_four_digits == "6351");
    CHECK(p.card->cardholder->name == "APRO");
    CHECK(p.payer->email == "ana@example.com");
    CHECK(p.date_approved.has_value());
    CHECK(p.date_created->utc_offset() == std::chrono::minutes{-240});
    CHECK(p.transaction_details->total_paid_amount == mp::decimal("150"));
    CHECK(p.transaction_details->net_received_amount == mp::decimal("142.51"));  // minus the 4.99% fee
    CHECK(p.fee_details->size() == 1);
    CHECK(p.statement_descriptor == "MERCADOPAGO*SANDBOX");
    CHECK(p.metadata->value().as_object().at("cart") == "c-9");

    auto got = s.shop.payments().get(*p.id);
    REQUIRE(got);
    CHECK(mp::to_json(*got) == mp::to_json(p));

    auto refund = s.shop.refunds().create(*p.id, mp::decimal("30.00"));
    REQUIRE_MESSAGE(refund, refund.error().what());
    CHECK(refund->payment_id == p.id);
    CHECK(refund->status == mp::refund_status::approved);
    auto refunds = s.shop.refunds().list(*p.id);
    REQUIRE(refunds);
    CHECK(refunds->size() == 1);
    auto found = s.shop.payments().search({.external_reference = "order-1001"});
    REQUIRE(found);
    CHECK(found->paging->total == 1);
    CHECK(found->results.at(0).status_detail == mp::payment_status_detail::partially_refunded);
    CHECK(found->results.at(0).refunds->size() == 1);

    auto customer = s.shop.customers().create({.email = "ana@example.com", .first_name = "Ana"});
    REQUIRE(customer);
    auto saved = s.shop.cards().create(*customer->id, {.token = *s.token("APRO").id});
    REQUIRE_MESSAGE(saved, saved.error().what());
    auto cvv = s.app.card_tokens().create({.security_code = "123", .card_id = saved->id, .customer_id = customer->id});
    REQUIRE_MESSAGE(cvv, cvv.error().what());
    CHECK(cvv->card_id == saved->id);
    auto again = s.shop.payments().create({.transaction_amount = 40, .token = cvv->id, .payment_method_id = "master",
                                           .installments = 3,
                                           .payer = mp::payment_request_payer{.type = "customer", .id = customer->id}});
    REQUIRE_MESSAGE(again, again.error().what());
    CHECK(again->status == mp::payment_status::approved);
    CHECK(again->card->id == saved->id);
    CHECK(again->payer->id == customer->id);
    CHECK(again->transaction_details->total_paid_amount > mp::decimal(40));  // installments with interest

    const mp::payment declined = s.pay("FUND", "visa", "4235647728025682");
    CHECK(declined.status == mp::payment_status::rejected);
    CHECK(declined.status_detail == mp::payment_status_detail::cc_rejected_insufficient_amount);
    CHECK(s.emu->payment_count() == 3);
}

TEST_CASE("sandbox: every cardholder name forces its outcome") {
    sandbox s;
    for (const auto& o : sb::forced_outcomes) {
        CAPTURE(o.cardholder);
        auto r = s.shop.payments().create(s.charge(s.token(std::string(o.cardholder))));
        REQUIRE_MESSAGE(r, r.error().what());
        CHECK(r.info().http_status == 201);  // a decline is not an HTTP error
        CHECK(r->status->str() == o.status);
        CHECK(r->status_detail->str() == o.status_detail);
        if (o.status == "rejected") {
            CHECK(!r->date_approved);
            CHECK(r->fee_details->empty());
            CHECK(r->transaction_details->net_received_amount == mp::decimal(0));
        }
    }
    CHECK(s.pay(" apro ").status == mp::payment_status::approved);     // case and blanks ignored
    CHECK(s.pay("Maria Silva").status == mp::payment_status::approved);  // not a code: approved
    CHECK(sb::outcome_for("othe").status_detail == "cc_rejected_other_reason");
}

TEST_CASE("sandbox: card tokens are single use and expire after 7 days") {
    sandbox s;
    const auto t = s.token();
    auto first = s.shop.payments().create(s.charge(t));
    REQUIRE(first);
    auto second = s.shop.payments().create(s.charge(t));
    REQUIRE(!second);
    CHECK(second.error().http_status == 400);
    CHECK(second.error().code == mp::errc::bad_request);
    CHECK(second.error().has_cause("2006"));
    CHECK(second.error().message == "Card Token not found");
    CHECK(s.emu->payment_count() == 1);

    auto looked_up = s.shop.card_tokens().get(*t.id);
    REQUIRE(looked_up);
    CHECK(looked_up->status == "used");

    const auto fresh = s.token();
    s.clock.advance(std::chrono::hours{24 * 7} - 1s);
    CHECK(s.shop.payments().create(s.charge(fresh)));  // still valid one second before date_due

    const auto stale = s.token();
    s.clock.advance(std::chrono::hours{24 * 7});
    auto expired = s.shop.payments().create(s.charge(stale));
    REQUIRE(!expired);
    CHECK(expired.error().has_cause("2006"));
    CHECK(s.shop.card_tokens().get(*stale.id)->status == "expired");
    CHECK(s.emu->payment_count() == 2);
}

TEST_CASE("sandbox: card data is validated when tokenising") {
    sandbox s;
    auto fails = [&](mp::card_token_request req, const char* cause) {
        auto r = s.app.card_tokens().create(req);
        REQUIRE(!r);
        CHECK(r.error().http_status == 400);
        CHECK_MESSAGE(r.error().has_cause(cause), r.error().body);
    };
    auto req = s.card("APRO", "5031433215406352");  // last digit off: Luhn fails
    fails(req, "E301");
    fails(s.card("APRO", "5031433215406351", "12"), "E302");
    fails(s.card("APRO", "375365153556885", "123"), "E302");  // Amex needs 4 digits
    CHECK(s.app.card_tokens().create(s.card("APRO", "375365153556885", "1234")));
    req = s.card("APRO");
    req.expiration_year = 2024;  // the clock says 2025-06
    fails(req, "326");
    req = s.card("APRO");
    req.expiration_year = 2025;
    req.expiration_month = 5;
    fails(req, "325");
    req.expiration_month = 13;
    fails(req, "325");
    req = s.card("APRO");
    req.cardholder.reset();
    fails(req, "221");
    req = s.card("APRO");
    req.card_number.reset();
    req.security_code.reset();
    auto both = s.app.card_tokens().create(req);
    REQUIRE(!both);
    CHECK(both.error().has_cause("205"));
    CHECK(both.error().has_cause("224"));
    fails(s.card("APRO", "6011000990139424"), "E301");  // a valid Luhn number no brand here claims

    // Every published test card tokenises, to its brand.
    for (const auto& c : sb::test_cards) {
        CAPTURE(c.number);
        const std::string cvv = c.payment_method_id == "amex" ? "1234" : "123";
        auto t = s.app.card_tokens().create(s.card("APRO", std::string(c.number), cvv));
        REQUIRE_MESSAGE(t, t.error().what());
        CHECK(t->first_six_digits == c.number.substr(0, 6));
        auto p = s.shop.payments().create(s.charge(*t, std::string(c.payment_method_id)));
        REQUIRE_MESSAGE(p, p.error().what());
        CHECK(p->payment_method_id == c.payment_method_id);
    }
    CHECK(sb::luhn_valid("4509953566233704"));
    CHECK(!sb::luhn_valid("4509953566233705"));
}

TEST_CASE("sandbox: payment creation is validated") {
    sandbox s;
    SUBCASE("payment_method_id must match the token's brand") {
        auto r = s.shop.payments().create(s.charge(s.token(), "visa"));
        REQUIRE(!r);
        CHECK(r.error().has_cause("3034"));
    }
    SUBCASE("amount must be positive, with at most two decimals") {
        auto r = s.shop.payments().create(s.charge(s.token(), "master", mp::decimal(0)));
        REQUIRE(!r);
        CHECK(r.error().has_cause("4037"));
        r = s.shop.payments().create(s.charge(s.token(), "master", mp::decimal("10.001")));
        REQUIRE(!r);
        CHECK(r.error().has_cause("4037"));
    }
    SUBCASE("unknown method, missing token, bad e-mail, bad notification_url") {
        auto req = s.charge(s.token(), "diners");
        CHECK(s.shop.payments().create(req).error().has_cause("3028"));
        req = s.charge(s.token());
        req.token.reset();
        CHECK(s.shop.payments().create(req).error().has_cause("3003"));
        req = s.charge(s.token());
        req.payer->email = "not-an-email";
        CHECK(s.shop.payments().create(req).error().has_cause("4050"));
        req.payer->email = "a@b.co";
        req.notification_url = "ftp://x";
        CHECK(s.shop.payments().create(req).error().has_cause("4020"));
        req.notification_url.reset();
        req.payer = mp::payment_request_payer{.type = "customer", .id = "1188183100-nobody"};
        CHECK(s.shop.payments().create(req).error().has_cause("2002"));
    }
    SUBCASE("more installments than the card allows is declined") {
        auto req = s.charge(s.token());
        req.installments = 13;
        auto r = s.shop.payments().create(req);
        REQUIRE(r);
        CHECK(r->status_detail == mp::payment_status_detail::cc_rejected_invalid_installments);
        auto debit = s.charge(s.token("APRO", "4002768694395619"), "debvisa");
        debit.installments = 2;
        CHECK(s.shop.payments().create(debit)->status == mp::payment_status::rejected);
    }
    SUBCASE("binary mode turns a review into a decline") {
        auto req = s.charge(s.token("CONT"));
        req.binary_mode = true;
        CHECK(s.shop.payments().create(req)->status == mp::payment_status::rejected);
    }
    SUBCASE("malformed JSON and missing fields are classic 400s") {
        auto r = s.raw(mp::http_method::post, "/v1/payments", "{not json",
                       {{"Authorization", std::string("Bearer ") + seller_token}, {"X-Idempotency-Key", "k1"}});
        CHECK(r.status == 400);
        auto o = classic_error(r);
        CHECK(o.at("error") == "bad_request");
        CHECK(o.at("cause").as_array().at(0).as_object().at("code") == 1);
        r = s.raw(mp::http_method::post, "/v1/payments", R"({"payment_method_id":"pix"})",
                  {{"Authorization", std::string("Bearer ") + seller_token}, {"x-idempotency-key", "k2"}});
        CHECK(r.status == 400);
        CHECK(classic_error(r).at("cause").as_array().at(0).as_object().at("code") == 4002);
    }
    CHECK(s.emu->payment_count() <= 2);
}

TEST_CASE("sandbox: authorise now, capture later (in full or in part)") {
    sandbox s;
    auto authorise = [&](mp::decimal amount) {
        auto req = s.charge(s.token(), "master", amount);
        req.capture = false;
        auto r = s.shop.payments().create(req);
        REQUIRE_MESSAGE(r, r.error().what());
        CHECK(r->status == mp::payment_status::authorized);
        CHECK(r->status_detail == mp::payment_status_detail::pending_capture);
        CHECK(r->captured == false);
        CHECK(!r->date_approved);
        return *r;
    };
    const auto full = authorise(mp::decimal("200.00"));
    auto captured = s.shop.payments().capture(*full.id);
    REQUIRE_MESSAGE(captured, captured.error().what());
    CHECK(captured->status == mp::payment_status::approved);
    CHECK(captured->status_detail == mp::payment_status_detail::accredited);
    CHECK(captured->captured == true);
    CHECK(captured->transaction_amount == mp::decimal(200));
    CHECK(captured->date_approved.has_value());
    auto twice = s.shop.payments().capture(*full.id);
    REQUIRE(!twice);
    CHECK(twice.error().has_cause("2018"));

    const auto part = authorise(mp::decimal("200.00"));
    auto too_much = s.shop.payments().capture(*part.id, mp::decimal("200.01"));
    REQUIRE(!too_much);
    CHECK(too_much.error().has_cause("4037"));
    auto partial = s.shop.payments().capture(*part.id, mp::decimal("150.25"));
    REQUIRE(partial);
    CHECK(partial->status == mp::payment_status::approved);
    CHECK(partial->transaction_amount == mp::decimal("150.25"));
    CHECK(s.shop.payments().get(*part.id)->transaction_details->total_paid_amount == mp::decimal("150.25"));

    // Only credit cards can be authorised for later.
    auto debit = s.charge(s.token("APRO", "4002768694395619"), "debvisa");
    debit.capture = false;
    CHECK(s.shop.payments().create(debit).error().has_cause("2077"));
    // Declines stay declines.
    auto rejected = s.charge(s.token("OTHE"));
    rejected.capture = false;
    CHECK(s.shop.payments().create(rejected)->status == mp::payment_status::rejected);
}

TEST_CASE("sandbox: only pending, in-process and authorised payments can be cancelled") {
    sandbox s;
    auto cancelled = [&](const mp::payment& p) {
        auto r = s.shop.payments().cancel(*p.id);
        REQUIRE_MESSAGE(r, r.error().what());
        CHECK(r->status == mp::payment_status::cancelled);
        CHECK(r->status_detail == mp::payment_status_detail::by_collector);
        return *r;
    };
    cancelled(s.pay("CONT"));  // in_process
    auto req = s.charge(s.token());
    req.capture = false;
    const auto done = cancelled(*s.shop.payments().create(req));  // authorized
    CHECK(done.captured == false);
    cancelled(*s.shop.payments().create({.transaction_amount = 50, .payment_method_id = "pix",
                                         .payer = mp::payment_request_payer{.email = "p@example.com"}}));  // pending

    for (const auto& p : {s.pay("APRO"), s.pay("OTHE"), done}) {
        auto r = s.shop.payments().cancel(*p.id);
        REQUIRE(!r);
        CHECK(r.error().http_status == 400);
        CHECK(r.error().has_cause("2018"));
    }
    auto approve = s.shop.payments().update(*s.pay("CONT").id, {.status = mp::payment_status::approved});
    REQUIRE(!approve);
    CHECK(approve.error().http_status == 400);
    auto missing = s.shop.payments().cancel(std::int64_t{42});
    REQUIRE(!missing);
    CHECK(missing.error().http_status == 404);
    CHECK(missing.error().has_cause("2000"));
}

TEST_CASE("sandbox: refunds, full and partial, and the payment's status") {
    sandbox s;
    SUBCASE("full refund") {
        const auto p = s.pay();
        auto r = s.shop.refunds().create(*p.id);
        REQUIRE_MESSAGE(r, r.error().what());
        CHECK(r.info().http_status == 201);
        CHECK(r->amount == mp::decimal(100));
        const auto after = *s.shop.payments().get(*p.id);
        CHECK(after.status == mp::payment_status::refunded);
        CHECK(after.status_detail == mp::payment_status_detail::refunded);
        CHECK(after.transaction_amount_refunded == mp::decimal(100));
        CHECK(s.shop.refunds().create(*p.id).error().has_cause("3005"));  // nothing left
    }
    SUBCASE("partial refunds, then the rest") {
        const auto p = s.pay();
        auto first = s.shop.refunds().create(*p.id, mp::decimal("30.50"));
        REQUIRE(first);
        auto mid = *s.shop.payments().get(*p.id);
        CHECK(mid.status == mp::payment_status::approved);
        CHECK(mid.status_detail == mp::payment_status_detail::partially_refunded);
        CHECK(mid.transaction_amount_refunded == mp::decimal("30.5"));
        auto over = s.shop.refunds().create(*p.id, mp::decimal("69.51"));
        REQUIRE(!over);
        CHECK(over.error().http_status == 400);
        CHECK(over.error().has_cause("4037"));
        CHECK(s.shop.refunds().create(*p.id, mp::decimal(0)).error().has_cause("4037"));
        auto exact = s.shop.refunds().create(*p.id, mp::decimal("69.50"));
        REQUIRE(exact);
        const auto end = *s.shop.payments().get(*p.id);
        CHECK(end.status == mp::payment_status::refunded);
        auto list = s.shop.refunds().list(*p.id);
        REQUIRE(list);
        CHECK(list->size() == 2);
        auto one = s.shop.refunds().get(*p.id, *first->id);
        REQUIRE(one);
        CHECK(one->amount == mp::decimal("30.50"));
        CHECK(s.shop.refunds().get(*p.id, std::int64_t{1}).error().http_status == 404);
    }
    SUBCASE("only approved payments can be refunded") {
        CHECK(s.shop.refunds().create(*s.pay("OTHE").id).error().has_cause("3005"));
        CHECK(s.shop.refunds().create(*s.pay("CONT").id).error().has_cause("3005"));
        CHECK(s.shop.refunds().create(std::int64_t{1}).error().has_cause("2000"));
    }
}

TEST_CASE("sandbox: idempotency keys replay, never charge twice") {
    sandbox s;
    const auto t = s.token();
    const mp::request_options same{.idempotency_key = "order-7-attempt"};
    auto first = s.shop.payments().create(s.charge(t), same);
    REQUIRE(first);
    auto replay = s.shop.payments().create(s.charge(t), same);  // the token is spent: only a replay can succeed
    REQUIRE_MESSAGE(replay, replay.error().what());
    CHECK(replay->id == first->id);
    CHECK(replay.info().http_status == 201);
    CHECK(mp::to_json(*replay) == mp::to_json(*first));
    CHECK(s.emu->payment_count() == 1);

    auto other_key = s.shop.payments().create(s.charge(s.token()), {.idempotency_key = "order-8-attempt"});
    REQUIRE(other_key);
    CHECK(other_key->id != first->id);
    CHECK(s.emu->payment_count() == 2);

    // Keys are per access token: another seller's identical key is another payment.
    mp::client<recording_transport> other({.access_token = "TEST-other-seller-2222222"}, s.wire);
    auto theirs = other.payments().create(s.charge(s.token()), same);
    REQUIRE(theirs);
    CHECK(theirs->id != first->id);
    CHECK(s.emu->payment_count() == 3);

    // Refunds replay too.
    auto r1 = s.shop.refunds().create(*first->id, mp::decimal(10), {.idempotency_key = "refund-1"});
    auto r2 = s.shop.refunds().create(*first->id, mp::decimal(10), {.idempotency_key = "refund-1"});
    REQUIRE(r1);
    REQUIRE(r2);
    CHECK(r1->id == r2->id);
    CHECK(s.shop.refunds().list(*first->id)->size() == 1);

    // Without a key: refused.
    auto raw = s.raw(mp::http_method::post, "/v1/payments", mp::to_json(s.charge(s.token())));
    CHECK(raw.status == 400);
    auto o = classic_error(raw);
    CHECK(o.at("cause").as_array().at(0).as_object().at("code") == "empty_required_header");
    raw = s.raw(mp::http_method::post, "/v1/payments/" + std::to_string(*first->id) + "/refunds", "{}");
    CHECK(raw.status == 400);
    CHECK(s.emu->payment_count() == 3);
}

TEST_CASE("sandbox: customers") {
    sandbox s;
    auto ana = s.shop.customers().create({.email = "ana@example.com", .first_name = "Ana",
                                          .identification = mp::identification{.type = "CPF", .number = "12345678909"}});
    REQUIRE_MESSAGE(ana, ana.error().what());
    CHECK(ana.info().http_status == 201);
    CHECK(ana->id->starts_with("1188183100-"));
    CHECK(ana->cards->empty());
    auto dup = s.shop.customers().create({.email = "ANA@example.com"});
    REQUIRE(!dup);
    CHECK(dup.error().http_status == 400);
    CHECK(dup.error().has_cause("101"));
    CHECK(dup.error().message == "the customer already exist");
    CHECK(s.shop.customers().create({.email = "nope"}).error().has_cause("106"));
    CHECK(s.shop.customers().create({.first_name = "No e-mail"}).error().has_cause("106"));

    auto bob = s.shop.customers().create({.email = "bob@example.com"});
    REQUIRE(bob);
    CHECK(s.shop.customers().update(*bob->id, {.email = "ana@example.com"}).error().has_cause("101"));
    auto updated = s.shop.customers().update(*bob->id, {.last_name = "Builder",
                                                        .address = mp::customer_default_address{.zip_code = "01313000"}});
    REQUIRE(updated);
    CHECK(updated->last_name == "Builder");
    CHECK(updated->address->zip_code == "01313000");
    CHECK(updated->default_address == updated->address->id);

    auto page = s.shop.customers().search({.filters = {{"email", "bob@example.com"}}});
    REQUIRE(page);
    CHECK(page->paging->total == 1);
    CHECK(page->results.at(0).id == bob->id);
    CHECK(s.shop.customers().search()->paging->total == 2);

    auto removed = s.shop.customers().remove(*bob->id);
    REQUIRE(removed);
    auto gone = s.shop.customers().get(*bob->id);
    REQUIRE(!gone);
    CHECK(gone.error().http_status == 404);
    CHECK(s.emu->customer_count() == 1);
}

TEST_CASE("sandbox: saved cards and paying with them") {
    sandbox s;
    const auto cust = *s.shop.customers().create({.email = "carla@example.com"});
    const auto t = s.token("APRO", "4509953566233704");
    auto saved = s.shop.cards().create(*cust.id, {.token = *t.id});
    REQUIRE_MESSAGE(saved, saved.error().what());
    CHECK(saved.info().http_status == 201);
    CHECK(saved->customer_id == cust.id);
    CHECK(saved->payment_method->id == "visa");
    CHECK(saved->first_six_digits == "450995");
    CHECK(saved->last_four_digits == "3704");
    CHECK(saved->security_code->length == 3);
    CHECK(saved->cardholder->name == "APRO");

    auto again = s.shop.customers().get(*cust.id);
    REQUIRE(again);
    REQUIRE(again->cards->size() == 1);
    CHECK(again->cards->at(0).id == saved->id);
    CHECK(again->default_card == saved->id);
    CHECK(s.shop.cards().list(*cust.id)->size() == 1);
    CHECK(s.shop.cards().get(*cust.id, *saved->id)->id == saved->id);
    CHECK(s.shop.cards().create(*cust.id, {.token = *t.id}).error().has_cause("2006"));  // the token was spent

    auto renewed = s.shop.cards().update(*cust.id, *saved->id, {.expiration_year = 2031});
    REQUIRE(renewed);
    CHECK(renewed->expiration_year == 2031);

    auto bad_cvv = s.app.card_tokens().create({.security_code = "12", .card_id = saved->id});
    REQUIRE(!bad_cvv);
    CHECK(bad_cvv.error().has_cause("E302"));
    CHECK(s.app.card_tokens().create({.security_code = "123", .card_id = "999"}).error().http_status == 404);
    auto cvv = s.app.card_tokens().create({.security_code = "123", .card_id = saved->id, .customer_id = cust.id});
    REQUIRE(cvv);
    CHECK(cvv->expiration_year == 2031);
    auto paid = s.shop.payments().create({.transaction_amount = 75, .token = cvv->id, .payment_method_id = "visa",
                                          .installments = 1,
                                          .payer = mp::payment_request_payer{.type = "customer", .id = cust.id}});
    REQUIRE_MESSAGE(paid, paid.error().what());
    CHECK(paid->status == mp::payment_status::approved);
    CHECK(paid->card->id == saved->id);
    CHECK(paid->payer->type == "customer");
    CHECK(paid->payer->email == "carla@example.com");
    auto by_payer = s.shop.payments().search({.filters = {{"payer.id", *cust.id}}});
    REQUIRE(by_payer);
    CHECK(by_payer->paging->total == 1);

    auto deleted = s.shop.cards().remove(*cust.id, *saved->id);
    REQUIRE(deleted);
    CHECK(s.shop.cards().get(*cust.id, *saved->id).error().http_status == 404);
    CHECK(!s.shop.customers().get(*cust.id)->default_card);
}

TEST_CASE("sandbox: payment search filters, sorts and pages") {
    sandbox s;
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 36; ++i) {
        const char* holder = i % 3 == 0 ? "OTHE" : "APRO";
        auto req = s.charge(s.token(holder, i % 2 ? "4235647728025682" : "5031433215406351"), i % 2 ? "visa" : "master");
        req.external_reference = "ref-" + std::to_string(i % 4);
        auto p = s.shop.payments().create(req);
        REQUIRE(p);
        ids.push_back(*p->id);
        s.clock.advance(1min);
    }
    auto page = s.shop.payments().search();
    REQUIRE(page);
    CHECK(page->paging->total == 36);
    CHECK(page->paging->limit == 30);  // the default page
    CHECK(page->paging->offset == 0);
    CHECK(page->results.size() == 30);
    CHECK(page->results.front().id == ids.front());  // date_created ascending by default

    auto desc = s.shop.payments().search({.limit = 5, .sort = "date_created", .criteria = "desc"});
    REQUIRE(desc);
    CHECK(desc->results.size() == 5);
    CHECK(desc->results.front().id == ids.back());
    auto by_id = s.shop.payments().search({.limit = 50, .offset = 30, .sort = "id", .criteria = "asc"});
    REQUIRE(by_id);
    CHECK(by_id->results.size() == 6);
    CHECK(by_id->results.front().id == ids[30]);

    auto ref = s.shop.payments().search({.external_reference = "ref-1"});
    REQUIRE(ref);
    CHECK(ref->paging->total == 9);
    for (const auto& p : ref->results) CHECK(p.external_reference == "ref-1");
    auto rejected = s.shop.payments().search({.status = "rejected"});
    CHECK(rejected->paging->total == 12);
    auto visa_ok = s.shop.payments().search({.status = "approved", .filters = {{"payment_method_id", "visa"}}});
    CHECK(visa_ok->paging->total == 12);
    auto recent = s.shop.payments().search({.range = "date_created", .begin_date = "NOW-10MINUTES", .end_date = "NOW"});
    REQUIRE(recent);
    CHECK(recent->paging->total == 10);

    int seen = 0;
    for (auto&& r : s.shop.payments().search_all({.limit = 7})) {
        REQUIRE(r);
        ++seen;
    }
    CHECK(seen == 36);

    auto too_big = s.shop.payments().search({.limit = 51});
    REQUIRE(!too_big);
    CHECK(too_big.error().http_status == 400);
    CHECK(too_big.error().has_cause("1000"));
    CHECK(s.shop.payments().search({.limit = 0}).error().http_status == 400);
    auto far = s.shop.payments().search({.offset = 10001});
    REQUIRE(!far);
    CHECK(far.error().http_status == 400);
    CHECK(far.error().message.find("10000") != std::string::npos);
    auto edge = s.shop.payments().search({.offset = 10000});
    REQUIRE(edge);
    CHECK(edge->results.empty());
    CHECK(s.shop.payments().search({.sort = "amount"}).error().http_status == 400);
    CHECK(s.shop.payments().search({.begin_date = "yesterday"}).error().http_status == 400);
}

TEST_CASE("sandbox: credentials") {
    sandbox s;
    SUBCASE("no credentials at all") {
        auto r = s.raw(mp::http_method::get, "/v1/payments/search", {}, {});
        CHECK(r.status == 401);
        auto o = classic_error(r);
        CHECK(o.at("message") == "invalid access token");
        CHECK(o.at("error") == "unauthorized");
        CHECK(!o.contains("cause"));
    }
    SUBCASE("a malformed access token") {
        for (const char* bad : {"garbage", "TEST-", "Bearer", "APP_USR-has space", "test-lowercase"}) {
            mp::client<recording_transport> cli({.access_token = bad}, s.wire);
            auto r = cli.payments().search();
            REQUIRE(!r);
            CHECK(r.error().code == mp::errc::unauthorized);
            CHECK(r.error().http_status == 401);
        }
        CHECK(s.raw(mp::http_method::get, "/users/me", {}, {{"Authorization", "Basic dXNlcjpwYXNz"}}).status == 401);
    }
    SUBCASE("APP_USR credentials are accepted; the seller is the token's user id") {
        mp::client<recording_transport> live({.access_token = "APP_USR-123-060213-abcdef-424242"}, s.wire);
        auto me = live.users().me();
        REQUIRE(me);
        CHECK(me->id == 424242);
        CHECK(me->site_id == "MLB");
        CHECK(s.shop.users().me()->id == 1188183100);
    }
    SUBCASE("the public key only opens the public endpoints") {
        const std::string pk = std::string("public_key=") + public_key;
        for (const char* path : {"/v1/payments/search?", "/v1/payments/1?", "/v1/customers/search?", "/users/me?",
                                 "/v1/card_tokens/abc?"}) {
            auto r = s.raw(mp::http_method::get, path + pk, {}, {});
            CHECK_MESSAGE(r.status == 401, path);
            classic_error(r);
        }
        auto post = s.raw(mp::http_method::post, "/v1/payments?" + pk, mp::to_json(s.charge(s.token())),
                          {{"X-Idempotency-Key", "k"}});
        CHECK(post.status == 401);
        CHECK(s.raw(mp::http_method::get, "/v1/payment_methods?" + pk, {}, {}).status == 200);
        CHECK(s.raw(mp::http_method::get, "/v1/identification_types?public_key=nope", {}, {}).status == 401);
        CHECK(s.emu->payment_count() == 0);
    }
    SUBCASE("the access token also opens the public endpoints") {
        CHECK(s.shop.payment_methods().list());
        CHECK(s.shop.card_tokens().create(s.card("APRO")));
    }
    SUBCASE("sellers do not see each other's payments") {
        const auto p = s.pay();
        mp::client<recording_transport> other({.access_token = "TEST-other-seller-777777"}, s.wire);
        CHECK(other.payments().get(*p.id).error().http_status == 404);
        CHECK(other.payments().search()->paging->total == 0);
    }
}

TEST_CASE("sandbox: no response ever carries a full card number") {
    sandbox s;
    std::vector<std::string> numbers;
    for (const auto& c : sb::test_cards) numbers.emplace_back(c.number);
    const auto cust = *s.shop.customers().create({.email = "x@example.com"});
    for (const auto& c : sb::test_cards) {
        const std::string cvv = c.payment_method_id == "amex" ? "1234" : "123";
        auto t = s.app.card_tokens().create(s.card("APRO", std::string(c.number), cvv));
        REQUIRE(t);
        (void)s.shop.card_tokens().get(*t->id);
        auto saved = s.shop.cards().create(*cust.id, {.token = *t->id});
        REQUIRE(saved);
        auto again = s.app.card_tokens().create({.security_code = cvv, .card_id = saved->id});
        REQUIRE(again);
        auto p = s.shop.payments().create(s.charge(*again, std::string(c.payment_method_id)));
        REQUIRE(p);
        (void)s.shop.refunds().create(*p->id, mp::decimal(1));
        (void)s.shop.payments().create(s.charge(*again, std::string(c.payment_method_id)));  // 400: token used
    }
    (void)s.app.card_tokens().create(s.card("APRO", "5031433215406352"));  // rejected card number
    (void)s.shop.customers().get(*cust.id);
    (void)s.shop.payments().search({.limit = 50});
    REQUIRE(s.wire.bodies->size() > 100);
    for (const auto& body : *s.wire.bodies)
        for (const auto& n : numbers) CHECK_MESSAGE(body.find(n) == std::string::npos, body);
}

TEST_CASE("sandbox: Pix, boleto and account money") {
    sandbox s;
    auto pix = s.shop.payments().create({.transaction_amount = mp::decimal("25.90"), .payment_method_id = "pix",
                                         .payer = mp::payment_request_payer{.email = "pix@example.com"}});
    REQUIRE_MESSAGE(pix, pix.error().what());
    CHECK(pix->status == mp::payment_status::pending);
    CHECK(pix->status_detail == mp::payment_status_detail::pending_waiting_transfer);
    CHECK(pix->payment_type_id == mp::payment_type::bank_transfer);
    const auto& data = *pix->point_of_interaction->transaction_data;
    CHECK(data.qr_code->starts_with("000201"));
    CHECK(data.qr_code->find("25.90") != std::string::npos);
    CHECK(data.ticket_url->starts_with("https://"));
    CHECK(pix->date_of_expiration.has_value());
    CHECK((!pix->card || !pix->card->last_four_digits));

    auto boleto = s.shop.payments().create({.transaction_amount = 80, .payment_method_id = "bolbradesco",
                                            .payer = mp::payment_request_payer{.email = "b@example.com"}});
    REQUIRE(boleto);
    CHECK(boleto->status == mp::payment_status::pending);
    CHECK(boleto->status_detail == mp::payment_status_detail::pending_waiting_payment);
    CHECK(boleto->transaction_details->external_resource_url->starts_with("https://"));

    auto wallet = s.shop.payments().create({.transaction_amount = 10, .payment_method_id = "account_money"});
    REQUIRE(wallet);
    CHECK(wallet->status == mp::payment_status::approved);

    CHECK(s.shop.payments().create({.transaction_amount = 10, .payment_method_id = "pix"}).error().has_cause("4050"));
}

TEST_CASE("sandbox: catalogues for the buyer's checkout form") {
    sandbox s;
    auto methods = s.app.payment_methods().list();
    REQUIRE(methods);
    std::set<std::string> ids;
    for (const auto& m : *methods) ids.insert(*m.id);
    for (const char* id : {"visa", "master", "amex", "elo", "debvisa", "pix", "bolbradesco", "account_money"})
        CHECK_MESSAGE(ids.count(id) == 1, id);
    auto by_bin = s.app.payment_methods().search_by_bin("423564");
    REQUIRE(by_bin);
    REQUIRE(by_bin->results.size() == 1);
    CHECK(by_bin->results[0].id == "visa");
    CHECK(by_bin->results[0].extra.contains("issuer"));
    CHECK(s.app.payment_methods().search_by_bin("506776")->results.at(0).id == "elo");
    CHECK(s.app.payment_methods().search_by_bin("400276")->results.at(0).id == "debvisa");

    auto plans = s.app.payment_methods().installments({.amount = 100, .bin = "503143"});
    REQUIRE(plans);
    REQUIRE(plans->size() == 1);
    CHECK(plans->at(0).payment_method_id == "master");
    REQUIRE(plans->at(0).payer_costs->size() == 12);
    CHECK(plans->at(0).payer_costs->at(0).total_amount == mp::decimal(100));
    CHECK(plans->at(0).payer_costs->at(0).recommended_message == "1 parcela de R$ 100,00");
    CHECK(plans->at(0).payer_costs->at(2).total_amount > mp::decimal(100));
    CHECK(s.app.payment_methods().installments({.amount = 0, .bin = "503143"}).error().http_status == 400);

    auto issuers = s.app.payment_methods().card_issuers("visa");
    REQUIRE(issuers);
    CHECK(issuers->at(0).name == "Visa");
    auto types = s.app.identification_types().list();
    REQUIRE(types);
    REQUIRE(types->size() == 2);
    CHECK(types->at(0).id == "CPF");
    CHECK(types->at(1).id == "CNPJ");

    sb::emulator mla({.site_id = "MLA"});
    mp::http_request r;
    r.target = "/v1/identification_types?public_key=TEST-pk";
    CHECK(mla.handle(r).body.find("\"DNI\"") != std::string::npos);
}

TEST_CASE("sandbox: unknown routes, methods and ids") {
    sandbox s;
    auto r = s.raw(mp::http_method::get, "/v1/nothing/here");
    CHECK(r.status == 404);
    CHECK(classic_error(r).at("error") == "not_found");
    r = s.raw(mp::http_method::del, "/v1/payments/1", {}, {{"Authorization", std::string("Bearer ") + seller_token},
                                                           {"X-Idempotency-Key", "k"}});
    CHECK(r.status == 405);
    r = s.raw(mp::http_method::get, "/v1/payments/not-a-number");
    CHECK(r.status == 404);
    CHECK(classic_error(r).at("cause").as_array().at(0).as_object().at("code") == 2000);
    CHECK(s.raw(mp::http_method::get, "/v1/payments/search/").status == 200);  // a trailing slash is the same path
    CHECK(mp::find_header(r.headers, "x-request-id").has_value());
}

TEST_CASE("sandbox: injected faults in-process, survived by the client's retries") {
    sandbox s;
    sb::transport faulty(s.emu, {.fail_rate = 0.25, .rate_limit_rate = 0.05, .retry_after = 0s, .drop_rate = 0.2, .seed = 11});
    mp::client_options o{.access_token = seller_token, .max_retries = 25};
    o.sleep = [](std::chrono::milliseconds) {};  // no real waiting
    mp::client<sb::transport> shop(o, faulty);
    mp::public_client<sb::transport> app({.public_key = public_key, .max_retries = 25, .sleep = [](std::chrono::milliseconds) {}},
                                        faulty);
    for (int i = 0; i < 40; ++i) {
        auto t = app.card_tokens().create(s.card(i % 2 ? "APRO" : "OTHE"));
        REQUIRE_MESSAGE(t, t.error().what());
        auto req = s.charge(*t);
        req.external_reference = "f-" + std::to_string(i);
        auto p = shop.payments().create(req);
        REQUIRE_MESSAGE(p, p.error().what());
        CHECK(p->status == (i % 2 ? mp::payment_status::approved : mp::payment_status::rejected));
    }
    CHECK(s.emu->payment_count() == 40);
    std::set<std::string> refs;
    for (const auto& p : s.emu->payments()) refs.insert(*p.external_reference);
    CHECK(refs.size() == 40);
    const auto f = faulty.injected();
    CHECK(f.unavailable > 0);
    CHECK(f.dropped_after > 0);
    CHECK(f.dropped_before > 0);
}

}  // namespace sandbox_test
