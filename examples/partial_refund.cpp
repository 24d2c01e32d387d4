// Refunds: part of a payment, then the rest. The payment stays approved
// (partially_refunded) until everything is given back (refunded). Runs against
// the in-process sandbox.
#include <mercadopago/client.hpp>
#include <mercadopago/public_client.hpp>
#include <mercadopago/sandbox.hpp>

#include <cstdlib>
#include <iostream>
#include <memory>

namespace mp = mercadopago;

int main() {
    auto emu = std::make_shared<mp::sandbox::emulator>();
    mp::public_client<mp::sandbox::transport> app({.public_key = "TEST-public-key"}, mp::sandbox::transport(emu));
    mp::client<mp::sandbox::transport> shop({.access_token = "TEST-access-token"}, mp::sandbox::transport(emu));

    auto token = app.card_tokens().create({.card_number = "5031433215406351", .expiration_month = 11,
                                           .expiration_year = 2099, .security_code = "123",
                                           .cardholder = mp::cardholder{.name = "APRO"}});
    auto paid = token ? shop.payments().create({.transaction_amount = mp::decimal("120.00"), .token = token->id,
                                                .payment_method_id = "master", .installments = 1,
                                                .payer = mp::payment_request_payer{.email = "buyer@example.com"}})
                      : throw mp::exception(token.error());
    if (!paid) return std::cerr << "payment: " << paid.error().what() << "\n", EXIT_FAILURE;

    // One item of the order comes back: refund 45.50 of 120.00.
    auto part = shop.refunds().create(*paid->id, mp::decimal("45.50"));
    if (!part) return std::cerr << "refund: " << part.error().what() << "\n", EXIT_FAILURE;
    auto p = shop.payments().get(*paid->id).value();
    std::cout << "refunded " << part->amount->to_string() << " → " << p.status->str() << " / " << p.status_detail->str()
              << " (refunded so far " << p.transaction_amount_refunded->to_string() << ")\n";

    // More than what is left is refused; a refund without an amount gives back the rest.
    auto too_much = shop.refunds().create(*paid->id, mp::decimal("100"));
    std::cout << "refund 100 more: " << (too_much ? "accepted?!" : too_much.error().message) << "\n";
    auto rest = shop.refunds().create(*paid->id);
    if (!rest) return std::cerr << "refund: " << rest.error().what() << "\n", EXIT_FAILURE;
    p = shop.payments().get(*paid->id).value();
    const auto all = shop.refunds().list(*paid->id).value();
    std::cout << "refunded the rest (" << rest->amount->to_string() << ") → " << p.status->str() << " / "
              << p.status_detail->str() << ", " << all.size() << " refunds\n";

    const bool ok = !too_much && p.status == mp::payment_status::refunded && all.size() == 2 &&
                    *rest->amount == mp::decimal("74.50");
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
