// mercadopago/sandbox.hpp — an offline, stateful Mercado Pago emulator for
// demos, tests and local development. Opt-in: not part of the umbrella header.
//
//     #include <mercadopago/client.hpp>
//     #include <mercadopago/public_client.hpp>
//     #include <mercadopago/sandbox.hpp>
//
//     namespace mp = mercadopago;
//     auto emu = std::make_shared<mp::sandbox::emulator>();
//     mp::public_client<mp::sandbox::transport> buyer({.public_key = "TEST-pk"}, mp::sandbox::transport(emu));
//     mp::client<mp::sandbox::transport> shop({.access_token = "TEST-token"}, mp::sandbox::transport(emu));
//
//     auto token = buyer.card_tokens().create({.card_number = "5031433215406351", .expiration_month = 11,
//                                              .expiration_year = 2030, .security_code = "123",
//                                              .cardholder = mp::cardholder{.name = "APRO"}});
//     auto paid = shop.payments().create({.transaction_amount = 100, .token = token->id,
//                                         .payment_method_id = "master", .installments = 1,
//                                         .payer = mp::payment_request_payer{.email = "buyer@example.com"}});
//     // paid->status == approved: the cardholder name "APRO" forces it (OTHE, FUND, … decline)
//
// Pieces:
//   sandbox/emulator.hpp     the emulator: authenticates, routes, replays idempotent writes
//   sandbox/services/*.hpp   one emulated resource each (payments, refunds, customers, …),
//                            listed in sandbox/services.hpp; their shared state is state.hpp
//   sandbox/transport.hpp    runs a client against an emulator in-process (sandbox::transport)
//   sandbox/faults.hpp       injected 503s, 429s, latency and dropped connections, in front
//                            of any transport (sandbox::with_faults)
//   sandbox/manual_clock.hpp a clock tests move by hand
//   sandbox/cards.hpp        test cards, Luhn, BIN → brand, cardholder name → outcome
//   sandbox/catalogue.hpp    payment methods, issuers, installments, identification types
//   sandbox/webhook_delivery.hpp  a signed notification, as the emulator makes it
//   sandbox/http_server.hpp  serves an emulator over HTTP(S) (needs cpp-httplib; not included here)
//   sandbox/webhook_sender.hpp    POSTs notifications to their notification_url
//                                 (needs cpp-httplib; http_server uses it; not included here)
#pragma once

#include <mercadopago/sandbox/cards.hpp>
#include <mercadopago/sandbox/catalogue.hpp>
#include <mercadopago/sandbox/emulator.hpp>
#include <mercadopago/sandbox/faults.hpp>
#include <mercadopago/sandbox/manual_clock.hpp>
#include <mercadopago/sandbox/transport.hpp>
#include <mercadopago/sandbox/webhook_delivery.hpp>
