// Three checkouts at once on one thread with the asynchronous client:
// tokenise each buyer's card with the public key, charge it, read it back.
// Runs against the in-process sandbox; with a real account the clients are
// `mp::async_client cli(io.get_executor(), {.access_token = ...})` (Beast
// over TLS) and nothing else changes.
#include <mercadopago/async_client.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/sandbox/async_transport.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <cstdlib>
#include <iostream>
#include <string>

namespace mp = mercadopago;
namespace asio = boost::asio;
using shop_client = mp::async_client<mp::sandbox::async_transport>;
using buyer_client = mp::async_public_client<mp::sandbox::async_transport>;

asio::awaitable<bool> checkout(const buyer_client& buyer, const shop_client& shop, std::string cardholder) {
    mp::card_token_request card{.card_number = "5031433215406351", .expiration_month = 11, .expiration_year = 2030,
                                .security_code = "123", .cardholder = mp::cardholder{.name = cardholder}};
    auto token = co_await buyer.card_tokens().create(card, asio::use_awaitable);  // buyer side: public key
    if (!token) co_return std::cerr << "token: " << token.error().what() << "\n", false;

    mp::payment_create_request charge{.transaction_amount = mp::decimal("42.50"), .token = token->id,
                                      .payment_method_id = "master", .installments = 1,
                                      .payer = mp::payment_request_payer{.email = "buyer@example.com"}};
    auto paid = co_await shop.payments().create(charge, asio::use_awaitable);  // server side: access token
    if (!paid) co_return std::cerr << "payment: " << paid.error().what() << "\n", false;

    auto seen = co_await shop.payments().get(*paid->id, asio::use_awaitable);
    if (!seen) co_return std::cerr << "get: " << seen.error().what() << "\n", false;
    std::cout << cardholder << ": payment " << *seen->id << " " << seen->status->str() << " ("
              << seen->status_detail->str() << ")\n";
    co_return seen->status == (cardholder == "APRO" ? mp::payment_status::approved : mp::payment_status::rejected);
}

int main() {
    asio::io_context io;  // one thread serves every checkout
    mp::sandbox::transport sandbox;  // one emulator, shared by both clients
    buyer_client buyer(io, {.public_key = "TEST-public-key"}, mp::sandbox::async_transport(sandbox));
    shop_client shop(io, {.access_token = "TEST-access-token"}, mp::sandbox::async_transport(sandbox));

    int good = 0;
    for (const char* name : {"APRO", "FUND", "OTHE"})
        asio::co_spawn(io, checkout(buyer, shop, name), [&](std::exception_ptr e, bool ok) { good += !e && ok; });
    io.run();
    return good == 3 ? EXIT_SUCCESS : EXIT_FAILURE;
}
