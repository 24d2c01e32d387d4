// A returning buyer: save their card on a customer once, then charge it with
// only the security code — a token made from the card id + CVV, paid with
// `payer: {type: "customer", id}`. Runs against the in-process sandbox.
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

    // First purchase: create the customer and save the card behind a token.
    auto customer = shop.customers().create({.email = "carla@example.com", .first_name = "Carla"});
    if (!customer) return std::cerr << "customer: " << customer.error().what() << "\n", EXIT_FAILURE;
    auto token = app.card_tokens().create({.card_number = "375365153556885", .expiration_month = 3,
                                           .expiration_year = 2099, .security_code = "1234",
                                           .cardholder = mp::cardholder{.name = "APRO"}});
    if (!token) return std::cerr << "token: " << token.error().what() << "\n", EXIT_FAILURE;
    auto saved = shop.cards().create(*customer->id, {.token = *token->id});
    if (!saved) return std::cerr << "save card: " << saved.error().what() << "\n", EXIT_FAILURE;
    std::cout << "customer " << *customer->id << " saved card " << *saved->id << " ("
              << saved->payment_method->id.value_or("?") << " ending " << *saved->last_four_digits << ")\n";

    // Next visit: list the cards, ask only for the CVV, charge.
    const auto cards = shop.cards().list(*customer->id).value();
    auto cvv = app.card_tokens().create({.security_code = "1234", .card_id = cards.front().id, .customer_id = customer->id});
    if (!cvv) return std::cerr << "CVV token: " << cvv.error().what() << "\n", EXIT_FAILURE;
    auto paid = shop.payments().create({.transaction_amount = mp::decimal("59.99"), .token = cvv->id,
                                        .payment_method_id = "amex", .installments = 1,
                                        .payer = mp::payment_request_payer{.type = "customer", .id = customer->id}});
    if (!paid) return std::cerr << "payment: " << paid.error().what() << "\n", EXIT_FAILURE;
    std::cout << "payment " << *paid->id << " with card " << paid->card->id.value_or("?") << ": " << paid->status->str()
              << " / " << paid->status_detail->str() << ", payer " << paid->payer->email.value_or("?") << "\n";

    const bool ok = paid->status == mp::payment_status::approved && paid->card->id == saved->id &&
                    paid->payer->id == customer->id;
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
