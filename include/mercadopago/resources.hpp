// Every resource a client offers, one line each: `cli.payments()`,
// `cli.refunds()`, … Both mercadopago::client and mercadopago::public_client
// inherit this list (the public client refuses, at compile time, the
// resources that need the access token). Adding a resource is a new api/
// header with its facade and accessor, and one line here.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api/card_tokens.hpp>
#include <mercadopago/api/cards.hpp>
#include <mercadopago/api/customers.hpp>
#include <mercadopago/api/identification_types.hpp>
#include <mercadopago/api/merchant_orders.hpp>
#include <mercadopago/api/orders.hpp>
#include <mercadopago/api/payment_methods.hpp>
#include <mercadopago/api/payments.hpp>
#include <mercadopago/api/preferences.hpp>
#include <mercadopago/api/refunds.hpp>
#include <mercadopago/api/users.hpp>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

template <class Client>
struct resources : payments_accessor<Client>,
                   refunds_accessor<Client>,
                   customers_accessor<Client>,
                   cards_accessor<Client>,
                   card_tokens_accessor<Client>,
                   payment_methods_accessor<Client>,
                   identification_types_accessor<Client>,
                   users_accessor<Client>,
                   orders_accessor<Client>,
                   preferences_accessor<Client>,
                   merchant_orders_accessor<Client> {};

}  // namespace mercadopago::detail
