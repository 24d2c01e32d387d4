// Compile cost of a typical user file: the umbrella header, a client with the
// default transport, a payment created and read back, a payment decoded from
// JSON text, a webhook signature verified. benchmarks/compile_cost.sh compiles
// it as is and again with -DMERCADOPAGO_SEPARATE_COMPILATION.
//
// It is only compiled, never linked or run; the inputs come from argv so that
// nothing is folded away.
//
//     payment_flow ACCESS_TOKEN CARD_TOKEN PAYMENT_JSON X_SIGNATURE X_REQUEST_ID DATA_ID SECRET
#include <mercadopago/mercadopago.hpp>

#include <iostream>
#include <string>

namespace mp = mercadopago;

int main(int argc, char** argv) {
    if (argc < 8) return std::cerr << "usage: payment_flow ACCESS_TOKEN CARD_TOKEN PAYMENT_JSON X_SIGNATURE X_REQUEST_ID DATA_ID SECRET\n", 2;

    mp::client<> cli({.access_token = argv[1]});

    // Charge a card token, then read the payment back.
    auto paid = cli.payments().create({.transaction_amount = mp::decimal("150.00"),
                                       .token = std::string(argv[2]),
                                       .payment_method_id = "master",
                                       .installments = 1,
                                       .description = "Espresso machine",
                                       .external_reference = "order-1001",
                                       .payer = mp::payment_request_payer{.email = "buyer@example.com"}});
    if (!paid) return std::cerr << mp::to_string(paid.error().code) << ": " << paid.error().what() << "\n", 1;
    auto again = cli.payments().get(*paid->id);
    if (!again) return std::cerr << again.error().what() << "\n", 1;
    std::cout << "payment " << *again->id << ": " << again->status.value_or(mp::payment_status{}).str() << "\n";

    // A payment received as JSON text (a stored copy, a message queue, ...).
    auto decoded = mp::from_json<mp::payment>(argv[3]);
    if (!decoded) return std::cerr << decoded.error().what() << "\n", 1;
    std::cout << "decoded payment " << decoded->id.value_or(0) << "\n";

    // A webhook delivery: trusted only when its signature verifies.
    const auto check = mp::webhooks::verify(argv[4], argv[5], argv[6], argv[7]);
    std::cout << "webhook: " << check.description() << "\n";
    return check ? 0 : 1;
}
