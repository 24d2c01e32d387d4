// An Orders API checkout (`/v1/orders`) against the in-process sandbox: a card
// order authorised now, captured when the goods ship and refunded in part, a
// Pix order the buyer pays later, what to tell the buyer at each step, and the
// signed `order` notifications checked before they are trusted.
#include <mercadopago/client.hpp>
#include <mercadopago/order_outcome.hpp>
#include <mercadopago/public_client.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/webhooks.hpp>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>

namespace mp = mercadopago;

int main() {
    const std::string secret = "app-secret";  // the application's webhook secret
    auto emu = std::make_shared<mp::sandbox::emulator>(mp::sandbox::emulator_options{
        .webhook_secret = secret, .order_notification_url = "https://shop.example/mp", .control_api = true});
    mp::public_client<mp::sandbox::transport> browser({.public_key = "TEST-public-key"}, mp::sandbox::transport(emu));
    mp::client<mp::sandbox::transport> shop({.access_token = "TEST-access-token"}, mp::sandbox::transport(emu));

    // In the buyer's browser: the card becomes a token (the shop never sees the number).
    auto token = browser.card_tokens().create({.card_number = "5031433215406351", .expiration_month = 11,
                                               .expiration_year = 2099, .security_code = "123",
                                               .cardholder = mp::cardholder{.name = "APRO"}});
    if (!token) return std::cerr << "token: " << token.error().what() << "\n", EXIT_FAILURE;

    // On the shop's server: authorise 120.00 now (capture_mode manual), capture at shipping.
    auto card = shop.orders().create(
        {.capture_mode = "manual", .total_amount = mp::decimal("120.00"), .external_reference = "cart-501",
         .payer = mp::order_payer{.email = "buyer@testuser.com"},
         .transactions = mp::order_transactions_request{.payments = {{
             .amount = mp::decimal("120.00"),
             .payment_method = mp::order_payment_method_request{
                 .id = "master", .type = "credit_card", .token = token->id, .installments = 1}}}}});
    if (!card) {  // a declined card is a 402 carrying the failed order: tell the buyer why
        const auto failed = mp::order_failure(card.error());
        return std::cerr << (failed ? mp::describe_outcome(*failed, mp::language::en).detail : card.error().what())
                         << "\n", EXIT_FAILURE;
    }
    std::cout << "order " << *card->id << ": " << mp::describe_outcome(*card, mp::language::en).title << "\n";
    auto shipped = shop.orders().capture(*card->id);
    if (!shipped) return std::cerr << "capture: " << shipped.error().what() << "\n", EXIT_FAILURE;
    std::cout << "captured: " << mp::describe_outcome(*shipped, mp::language::en).title << "\n";
    // One item came back damaged: refund 20.00 of the card payment.
    auto refunded = shop.orders().refund(*card->id, *shipped->transactions->payments->front().id, mp::decimal("20.00"));
    if (!refunded) return std::cerr << "refund: " << refunded.error().what() << "\n", EXIT_FAILURE;
    std::cout << "refunded 20.00: " << mp::describe_outcome(*refunded, mp::language::en).title << "\n";

    // A Pix order: show the "copia e cola" code; the buyer pays from their bank app.
    auto pix = shop.orders().create(
        {.total_amount = mp::decimal("35.90"), .payer = mp::order_payer{.email = "buyer@testuser.com"},
         .transactions = mp::order_transactions_request{.payments = {{
             .amount = mp::decimal("35.90"),
             .payment_method = mp::order_payment_method_request{.id = "pix", .type = "bank_transfer"}}}}});
    if (!pix) return std::cerr << "pix: " << pix.error().what() << "\n", EXIT_FAILURE;
    std::cout << "pix order " << *pix->id << ": " << mp::describe_outcome(*pix, mp::language::pt).title << "\n";
    // In a test, the sandbox control API plays the buyer paying.
    emu->handle({.method = mp::http_method::post, .target = "/sandbox/orders/" + *pix->id + "/pay",
                 .headers = {{"Authorization", "Bearer TEST-access-token"}}});

    // The notifications: verify each signature, then read the order itself.
    int trusted = 0;
    for (const auto& n : emu->take_webhooks()) {
        auto header = [&](std::string_view name) {
            for (const auto& [k, v] : n.headers)
                if (k == name) return v;
            return std::string{};
        };
        if (!mp::webhooks::verify(header("x-signature"), header("x-request-id"), n.data_id, secret)) continue;
        auto now = shop.orders().get(n.data_id);
        if (now) ++trusted, std::cout << n.action << " -> " << now->status->str() << "\n";
    }
    auto paid = shop.orders().get(*pix->id);
    return paid && paid->status == mp::order_status::processed && trusted == 5 ? EXIT_SUCCESS : EXIT_FAILURE;
}
