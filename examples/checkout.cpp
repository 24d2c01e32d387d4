// The demo: a whole checkout against the in-process sandbox — no network, no
// credentials, under a second.
//
//   1. the buyer's app tokenises a test card with the PUBLIC key;
//   2. the shop's server charges the token with the access token;
//   3. a partial refund, the refund list, a search by external_reference;
//   4. the buyer's card is saved on a customer and charged again (token from
//      card id + CVV);
//   5. a card whose holder name forces a decline (FUND: insufficient funds);
//   6. the notifications Mercado Pago sent the shop, trusted only once their
//      signature verifies (and a forged one, rejected).
//
//     checkout            # cmake --build build/default --target run-demo
#include <mercadopago/client.hpp>
#include <mercadopago/outcome.hpp>
#include <mercadopago/public_client.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/webhooks.hpp>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>

namespace mp = mercadopago;
using sandbox_client = mp::client<mp::sandbox::transport>;
using sandbox_public_client = mp::public_client<mp::sandbox::transport>;

namespace {

/// The value of a call, or the error explained and the demo ended.
template <class T>
T must(mp::api_result<T> r, const char* what) {
    if (!r) {
        std::cerr << "  ✗ " << what << " failed (" << mp::to_string(r.error().code) << "): " << r.error().what() << "\n";
        std::exit(EXIT_FAILURE);
    }
    return std::move(*r);
}

std::string amount(const mp::payment& p) {
    return mp::format_amount(p.transaction_amount.value_or(mp::decimal{}), p.currency_id.value_or(""));
}

/// What the buyer is told about a payment.
void tell_buyer(const mp::payment& p) {
    const auto m = mp::describe_outcome(p, mp::language::en);
    std::cout << "    buyer sees: \"" << m.title << ". " << m.detail << "\"\n";
}

void show(const mp::payment& p) {
    std::cout << "  payment " << p.id.value_or(0) << ": " << amount(p) << " by "
              << mp::payment_method_name(p.payment_method_id.value_or(""));
    if (p.installments.value_or(1) > 1) std::cout << " in " << *p.installments << " installments";
    std::cout << " → "
              << p.status.value_or(mp::payment_status{}).str() << " / "
              << p.status_detail.value_or(mp::payment_status_detail{}).str() << "\n";
}

std::string header(const mp::sandbox::webhook_delivery& d, std::string_view name) {
    return std::string(mp::find_header(d.headers, name).value_or(""));
}

}  // namespace

int main() {
    const auto started = std::chrono::steady_clock::now();
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const int expiry_year = static_cast<int>(std::chrono::year_month_day{today}.year()) + 4;

    // One emulator, seen by the buyer's app and the shop's server alike. It
    // signs its notifications with the application's webhook secret.
    const std::string webhook_secret = "demo-webhook-secret";
    const std::string hook = "https://shop.example/webhooks/mercadopago";
    auto emulator = std::make_shared<mp::sandbox::emulator>(mp::sandbox::emulator_options{.webhook_secret = webhook_secret});
    sandbox_public_client app({.public_key = "TEST-4f0d3e1c-8b2a-4c55-9d1e-7a6b5c4d3e2f"}, mp::sandbox::transport(emulator));
    sandbox_client shop({.access_token = "TEST-8812345678901234-060213-0f9e8d7c6b5a49382716a5b4c3d2e1f0-1188183100"},
                        mp::sandbox::transport(emulator));

    std::cout << "mercadopago " << mp::version_string << " — checkout demo against the offline sandbox\n\n";

    // 1. The buyer's app: card data goes to Mercado Pago, never to the shop.
    std::cout << "1. Buyer's app tokenises a Mastercard with the public key\n";
    auto card_token = must(app.card_tokens().create({.card_number = "5031433215406351",
                                                     .expiration_month = 11,
                                                     .expiration_year = expiry_year,
                                                     .security_code = "123",
                                                     .cardholder = mp::cardholder{.name = "APRO"}}),
                           "tokenising the card");
    std::cout << "  token " << card_token.id->substr(0, 8) << "… for card " << *card_token.first_six_digits
              << "******" << *card_token.last_four_digits << ", single use, valid until "
              << card_token.date_due->text().substr(0, 10) << "\n";

    // 2. The shop's server charges it.
    std::cout << "2. Shop's server charges order-1001 with the access token\n";
    const mp::payment_request_payer ana{.email = "ana@example.com", .first_name = "Ana", .last_name = "Souza"};
    auto paid = must(shop.payments().create({.transaction_amount = mp::decimal("150.00"),
                                             .token = card_token.id,
                                             .payment_method_id = "master",
                                             .installments = 1,
                                             .description = "Espresso machine",
                                             .external_reference = "order-1001",
                                             .notification_url = hook,
                                             .payer = ana}),
                     "charging the card");
    show(paid);
    tell_buyer(paid);

    // 3. Partial refund, the refund list, a search by the order reference.
    std::cout << "3. After-sale: partial refund, refund list, search\n";
    auto refund = must(shop.refunds().create(*paid.id, mp::decimal("30.00")), "refunding part of the payment");
    auto after = must(shop.payments().get(*paid.id), "reading the payment back");
    std::cout << "  refund " << *refund.id << " of " << mp::format_amount(*refund.amount, "BRL") << ": "
              << refund.status->str() << "; payment now " << after.status->str() << " / " << after.status_detail->str()
              << "\n";
    auto refunds = must(shop.refunds().list(*paid.id), "listing refunds");
    std::cout << "  refunds of payment " << *paid.id << ": " << refunds.size() << " (total "
              << mp::format_amount(*after.transaction_amount_refunded, "BRL") << ")\n";
    auto found = must(shop.payments().search({.external_reference = "order-1001"}), "searching by external_reference");
    std::cout << "  search external_reference=order-1001: " << found.paging->total.value_or(0) << " payment(s), first id "
              << (found.results.empty() ? 0 : found.results.front().id.value_or(0)) << "\n";

    // 4. Save Ana's card, then pay again with it: token from card id + CVV.
    std::cout << "4. Returning buyer: saved card, charged again with just the CVV\n";
    auto customer = must(shop.customers().create({.email = "ana@example.com", .first_name = "Ana", .last_name = "Souza"}),
                         "creating the customer");
    auto to_save = must(app.card_tokens().create({.card_number = "5031433215406351",
                                                  .expiration_month = 11,
                                                  .expiration_year = expiry_year,
                                                  .security_code = "123",
                                                  .cardholder = mp::cardholder{.name = "APRO"}}),
                        "tokenising the card to save");
    auto saved = must(shop.cards().create(*customer.id, {.token = *to_save.id}), "saving the card");
    std::cout << "  customer " << *customer.id << " has card " << *saved.id << " ("
              << mp::payment_method_name(saved.payment_method->id.value_or("")) << " ****" << *saved.last_four_digits
              << ")\n";
    auto cvv_token = must(app.card_tokens().create({.security_code = "123", .card_id = saved.id, .customer_id = customer.id}),
                          "tokenising the saved card");
    auto again = must(shop.payments().create({.transaction_amount = mp::decimal("42.90"),
                                              .token = cvv_token.id,
                                              .payment_method_id = "master",
                                              .installments = 3,
                                              .external_reference = "order-1002",
                                              .notification_url = hook,
                                              .payer = mp::payment_request_payer{.type = "customer", .id = customer.id}}),
                      "charging the saved card");
    show(again);
    tell_buyer(again);

    // 5. A declined card: the holder name FUND forces "insufficient funds".
    std::cout << "5. Another buyer's card is declined\n";
    auto fund = must(app.card_tokens().create({.card_number = "4235647728025682",
                                               .expiration_month = 6,
                                               .expiration_year = expiry_year,
                                               .security_code = "123",
                                               .cardholder = mp::cardholder{.name = "FUND"}}),
                     "tokenising the second card");
    auto declined = must(shop.payments().create({.transaction_amount = mp::decimal("89.90"),
                                                 .token = fund.id,
                                                 .payment_method_id = "visa",
                                                 .installments = 1,
                                                 .external_reference = "order-1003",
                                                 .notification_url = hook,
                                                 .payer = mp::payment_request_payer{.email = "bruno@example.com"}}),
                         "charging the second card");
    show(declined);  // a decline is HTTP 201, not an error
    tell_buyer(declined);

    // 6. What reached the shop's notification_url. The body is not signed: the
    //    payment id comes from the URL, and the payment itself from the API.
    std::cout << "6. Notifications at the shop's webhook: signature checked, then the payment fetched\n";
    const auto notifications = emulator->take_webhooks();
    std::size_t trusted = 0;
    for (const auto& n : notifications) {
        const std::string id = mp::webhooks::data_id_from_query(n.url).value_or("");
        const auto check = mp::webhooks::verify(header(n, "x-signature"), header(n, "x-request-id"), id, webhook_secret);
        if (!check) {
            std::cout << "  " << n.action << " for " << id << ": rejected, " << check.description() << "\n";
            continue;
        }
        const auto now = must(shop.payments().get(id), "fetching the notified payment");
        std::cout << "  " << n.action << " for " << id << ": signature valid → payment is " << now.status->str() << " / "
                  << now.status_detail->str() << "\n";
        ++trusted;
    }
    const std::string other_id = std::to_string(*declined.id);
    const auto forged = notifications.empty()
                            ? mp::webhooks::verification{}
                            : mp::webhooks::verify(header(notifications[0], "x-signature"),
                                                   header(notifications[0], "x-request-id"), other_id, webhook_secret);
    std::cout << "  a copy replayed for payment " << other_id << ": "
              << (forged ? "accepted?!" : "rejected, " + std::string(forged.description())) << "\n";

    const bool as_expected = notifications.size() == 4 && trusted == 4 && !forged &&
                             paid.status == mp::payment_status::approved &&
                             after.status_detail == mp::payment_status_detail::partially_refunded &&
                             refunds.size() == 1 && found.results.size() == 1 &&
                             again.status == mp::payment_status::approved &&
                             declined.status_detail == mp::payment_status_detail::cc_rejected_insufficient_amount;
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    std::cout << "\n" << emulator->requests_handled() << " API calls, " << emulator->payment_count() << " payments, "
              << ms.count() << " ms, no network. " << (as_expected ? "Every step as expected." : "UNEXPECTED OUTCOME") << "\n";
    return as_expected ? EXIT_SUCCESS : EXIT_FAILURE;
}
