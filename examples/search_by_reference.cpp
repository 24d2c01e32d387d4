// Finding payments by your own order reference (external_reference), one page
// at a time or lazily across pages with search_all(). Runs against the
// in-process sandbox.
#include <mercadopago/client.hpp>
#include <mercadopago/public_client.hpp>
#include <mercadopago/sandbox.hpp>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

namespace mp = mercadopago;

int main() {
    auto emu = std::make_shared<mp::sandbox::emulator>();
    mp::public_client<mp::sandbox::transport> app({.public_key = "TEST-public-key"}, mp::sandbox::transport(emu));
    mp::client<mp::sandbox::transport> shop({.access_token = "TEST-access-token"}, mp::sandbox::transport(emu));

    // Order 5001 took three attempts (two declines, then a success); 5002 one.
    const char* attempts[][2] = {{"order-5001", "FUND"}, {"order-5001", "OTHE"}, {"order-5001", "APRO"}, {"order-5002", "APRO"}};
    for (const auto& [order, holder] : attempts) {
        auto token = app.card_tokens().create({.card_number = "4235647728025682", .expiration_month = 11,
                                               .expiration_year = 2099, .security_code = "123",
                                               .cardholder = mp::cardholder{.name = holder}});
        auto paid = token ? shop.payments().create({.transaction_amount = 80, .token = token->id,
                                                    .payment_method_id = "visa", .installments = 1,
                                                    .external_reference = order,
                                                    .payer = mp::payment_request_payer{.email = "dan@example.com"}})
                          : throw mp::exception(token.error());
        if (!paid) return std::cerr << "payment: " << paid.error().what() << "\n", EXIT_FAILURE;
    }

    // One page, newest first.
    auto page = shop.payments().search({.sort = "id", .criteria = "desc", .external_reference = "order-5001"});
    if (!page) return std::cerr << "search: " << page.error().what() << "\n", EXIT_FAILURE;
    std::cout << "order-5001: " << page->paging->total.value_or(0) << " attempts\n";
    for (const auto& p : page->results)
        std::cout << "  " << *p.id << "  " << p.status->str() << " / " << p.status_detail->str() << "\n";

    // Every approved payment of the order, across pages of 2 (a failing page is an element).
    int approved = 0;
    for (auto&& r : shop.payments().search_all({.limit = 2, .external_reference = "order-5001", .status = "approved"})) {
        if (!r) return std::cerr << "search_all: " << r.error().what() << "\n", EXIT_FAILURE;
        ++approved;
    }
    std::cout << "approved payments for order-5001: " << approved << "\n";
    return page->paging->total == 3 && approved == 1 ? EXIT_SUCCESS : EXIT_FAILURE;
}
