// Authorise now, capture later: a card payment created with `capture: false`
// reserves the money (authorized / pending_capture); capturing it — in full or,
// as here, for less — approves it. Runs against the in-process sandbox.
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

    auto token = app.card_tokens().create({.card_number = "4509953566233704", .expiration_month = 11,
                                           .expiration_year = 2099, .security_code = "123",
                                           .cardholder = mp::cardholder{.name = "APRO"}});
    if (!token) return std::cerr << "token: " << token.error().what() << "\n", EXIT_FAILURE;

    // Hotel booking: hold 200.00 on the card, charge what the stay really cost.
    auto held = shop.payments().create({.transaction_amount = 200, .token = token->id, .payment_method_id = "visa",
                                        .installments = 1, .external_reference = "booking-77", .capture = false,
                                        .payer = mp::payment_request_payer{.email = "guest@example.com"}});
    if (!held) return std::cerr << "authorise: " << held.error().what() << "\n", EXIT_FAILURE;
    std::cout << "payment " << *held->id << ": " << held->status->str() << " / " << held->status_detail->str()
              << ", captured " << std::boolalpha << held->captured.value_or(true) << "\n";

    auto captured = shop.payments().capture(*held->id, mp::decimal("185.40"));  // partial capture
    if (!captured) return std::cerr << "capture: " << captured.error().what() << "\n", EXIT_FAILURE;
    std::cout << "captured " << captured->transaction_amount->to_string() << ": " << captured->status->str() << " / "
              << captured->status_detail->str() << ", captured " << captured->captured.value_or(false) << "\n";

    // A captured payment can no longer be cancelled: the API answers 400 (cause 2018).
    auto cancel = shop.payments().cancel(*held->id);
    std::cout << "cancel after capture: " << (cancel ? "accepted?!" : "refused: " + cancel.error().message) << "\n";

    const bool ok = held->status == mp::payment_status::authorized && captured->status == mp::payment_status::approved &&
                    *captured->transaction_amount == mp::decimal("185.40") && !cancel && cancel.error().has_cause("2018");
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
