// Consumer test for the single-header edition: compiled with -Isingle_include
// only (no include/), so it proves single_include/mercadopago/mercadopago.hpp
// is self-contained. Decodes a small payment body with a locally described
// model, checks values, and re-encodes it.
#include <mercadopago/mercadopago.hpp>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace {

struct payer_summary {
    std::optional<std::string> email;
    std::optional<mercadopago::identification> identification;
    boost::json::object extra;

    MERCADOPAGO_FIELDS(payer_summary, email, identification);
};

struct payment_summary {
    std::int64_t id = 0;
    std::optional<std::string> status;
    std::optional<mercadopago::decimal> transaction_amount;
    std::optional<mercadopago::timestamp> date_created;
    std::optional<payer_summary> payer;
    boost::json::object extra;

    MERCADOPAGO_FIELDS(payment_summary, id, status, transaction_amount, date_created, payer);
};

int failures = 0;

void check(bool ok, std::string_view what) {
    if (!ok) {
        std::fprintf(stderr, "FAILED: %.*s\n", static_cast<int>(what.size()), what.data());
        ++failures;
    }
}

}  // namespace

int main() {
    constexpr std::string_view body = R"({
        "id": 1234567890123,
        "status": "approved",
        "transaction_amount": 12.34,
        "date_created": "2021-09-23T16:44:04.000-04:00",
        "currency_id": "BRL",
        "payer": {"email": "test_user@testuser.com",
                  "identification": {"type": "CPF", "number": 19119119100}}
    })";

    auto decoded = mercadopago::from_json<payment_summary>(body);
    if (!decoded) {
        std::fprintf(stderr, "decode failed: %s\n", decoded.error().what().c_str());
        return EXIT_FAILURE;
    }
    const payment_summary& p = *decoded;
    check(p.id == 1234567890123, "id");
    check(p.status == "approved", "status");
    check(p.transaction_amount == mercadopago::decimal::from_cents(1234), "transaction_amount is exactly 12.34");
    check(p.date_created && p.date_created->valid(), "date_created parses");
    check(p.payer && p.payer->email == "test_user@testuser.com", "payer.email");
    check(p.payer && p.payer->identification && p.payer->identification->number == "19119119100",
          "payer.identification.number read from a JSON number");
    check(p.extra.contains("currency_id"), "unknown key kept in extra");

    const std::string text = mercadopago::to_json(p);
    check(text.find("\"transaction_amount\":12.34") != std::string::npos, "amount re-encoded as 12.34");
    check(text.find("\"currency_id\":\"BRL\"") != std::string::npos, "unknown key re-encoded");

    auto bad = mercadopago::from_json<payment_summary>(R"({"id": "x"})");
    check(!bad && bad.error().code == mercadopago::errc::decode && bad.error().path == "id", "decode error path");

    check(std::string_view(mercadopago::version_string) == MERCADOPAGO_VERSION_STRING, "version");

    // The client and its default transport come with the one header too: a
    // closed loopback port gives a transport error, not a crash or a hang.
    mercadopago::client<> cli({.access_token = "TEST-1", .base_url = "http://127.0.0.1:1", .max_retries = 0});
    auto refused = cli.payments().get(17014025134);
    check(!refused && refused.error().code == mercadopago::errc::transport, "default transport reports refusal");
    check(refused.error().what().find("TEST-1") == std::string::npos, "token not in the error");

    if (failures != 0) return EXIT_FAILURE;
    std::printf("single header OK (mercadopago %s): %s\n", mercadopago::version_string, text.c_str());
    return EXIT_SUCCESS;
}
