// Buyer-facing messages for Orders API orders: every known status and
// status_detail has its own message in the three languages, values are
// filled from the order, a declined order is described by its payment's
// reason, and both spellings of canceled read the same.
#include <mercadopago/json.hpp>
#include <mercadopago/order_outcome.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace order_outcome_test {

namespace mp = mercadopago;

namespace {

constexpr mp::language languages[] = {mp::language::en, mp::language::es, mp::language::pt};

void check_complete(const mp::order_outcome_message& m) {
    CHECK_FALSE(m.title.empty());
    CHECK_FALSE(m.detail.empty());
    CHECK_FALSE(m.next_step.empty());
    for (const std::string* s : {&m.title, &m.detail, &m.next_step}) {
        CHECK(s->find('{') == std::string::npos);  // no placeholder ever shows
        CHECK(s->find('[') == std::string::npos);
    }
}

}  // namespace

TEST_CASE("order outcome: every known status_detail has a dedicated message, in all three languages") {
    std::set<std::string> covered;
    for (const auto& c : mp::known_order_outcomes()) {
        covered.insert(std::string(c.status_detail.str()));
        for (auto lang : languages) {
            const auto m = mp::describe_outcome(mp::order_status(c.status), mp::order_status_detail(c.status_detail), lang);
            CAPTURE(c.status.str());
            CAPTURE(c.status_detail.str());
            CHECK_FALSE(m.generic);
            check_complete(m);
        }
    }
    for (const auto& d : mp::order_status_detail::known) {
        CAPTURE(d.str());
        CHECK(covered.count(std::string(d.str())) == 1);
    }
    for (const auto& s : mp::order_status::known) {
        const auto m = mp::describe_outcome(mp::order_status(s), mp::order_status_detail{}, mp::language::es);
        CAPTURE(s.str());
        CHECK(m.generic);
        check_complete(m);
    }
    const auto unknown = mp::describe_outcome(mp::order_status("teleported"), mp::order_status_detail("x"), mp::language::pt);
    CHECK(unknown.generic);
    check_complete(unknown);
}

TEST_CASE("order outcome: the three languages differ") {
    const mp::order_status s(mp::order_status::action_required);
    const mp::order_status_detail d(mp::order_status_detail::waiting_transfer);
    const auto en = mp::describe_outcome(s, d, mp::language::en);
    const auto es = mp::describe_outcome(s, d, mp::language::es);
    const auto pt = mp::describe_outcome(s, d, mp::language::pt);
    CHECK(en.title != es.title);
    CHECK(es.title != pt.title);
    CHECK(en.action_required);
    CHECK_FALSE(en.final);
}

TEST_CASE("order outcome: values come from the order, and a declined order says why") {
    const auto o = mp::from_json<mp::order>(
        R"({"status":"failed","status_detail":"failed","total_amount":"150.00","currency":"BRL",)"
        R"("transactions":{"payments":[{"status":"failed","status_detail":"insufficient_amount","amount":"150.00",)"
        R"("payment_method":{"id":"master","type":"credit_card","installments":3}}]}})");
    REQUIRE(o);
    const auto m = mp::describe_outcome(*o, mp::language::en);
    CHECK(m.status == mp::order_status::failed);
    CHECK(m.status_detail == mp::order_status_detail::insufficient_amount);  // the payment's reason
    CHECK_FALSE(m.generic);
    CHECK(m.detail == "Your card does not have enough available balance for this payment of BRL 150.00.");
    CHECK(m.final);
    CHECK(m.can_retry);

    const auto paid = mp::from_json<mp::order>(
        R"({"status":"processed","status_detail":"accredited","total_amount":"99.90","currency":"ARS",)"
        R"("transactions":{"payments":[{"payment_method":{"id":"visa","statement_descriptor":"SHOP*42"}}]}})");
    REQUIRE(paid);
    const auto ok = mp::describe_outcome(*paid, mp::language::es);
    CHECK(ok.detail == "Tu pago de ARS 99.90 con Visa fue aprobado.");
    CHECK(ok.next_step == "Aparecerá en tu resumen como SHOP*42.");
    CHECK_FALSE(ok.seller_note.empty());
}

TEST_CASE("order outcome: both spellings of canceled, kept as given") {
    const auto docs = mp::describe_outcome(mp::order_status("canceled"), mp::order_status_detail("canceled"), mp::language::en);
    const auto other =
        mp::describe_outcome(mp::order_status("cancelled"), mp::order_status_detail("cancelled"), mp::language::en);
    CHECK_FALSE(other.generic);
    CHECK(other.title == docs.title);
    CHECK(other.status.str() == "cancelled");
    CHECK(other.final);
}

TEST_CASE("order outcome: risk-rule declines do not reveal the reason") {
    const auto m = mp::describe_outcome(mp::order_status(mp::order_status::failed),
                                        mp::order_status_detail(mp::order_status_detail::high_risk), mp::language::en);
    CHECK(m.detail.find("risk") == std::string::npos);
    CHECK(m.detail.find("fraud") == std::string::npos);
    CHECK(m.can_retry);
}

}  // namespace order_outcome_test
