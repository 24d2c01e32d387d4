// The services the emulator runs: one line per emulated resource, each in
// its own header under sandbox/services/. Adding a resource to the sandbox
// is a new header there and a line here; the emulator, its router, state,
// authentication and idempotency stay as they are. Order does not matter for
// routing (sandbox/routes.hpp); a service may use any service installed
// before its first request.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/services/browser_sdk.hpp>
#include <mercadopago/sandbox/services/card_tokens.hpp>
#include <mercadopago/sandbox/services/cards.hpp>
#include <mercadopago/sandbox/services/checkout_page.hpp>
#include <mercadopago/sandbox/services/customers.hpp>
#include <mercadopago/sandbox/services/identification_types.hpp>
#include <mercadopago/sandbox/services/merchant_orders.hpp>
#include <mercadopago/sandbox/services/orders.hpp>
#include <mercadopago/sandbox/services/payment_methods.hpp>
#include <mercadopago/sandbox/services/payments.hpp>
#include <mercadopago/sandbox/services/preferences.hpp>
#include <mercadopago/sandbox/services/refunds.hpp>
#include <mercadopago/sandbox/services/users.hpp>
#include <mercadopago/sandbox/state.hpp>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox::detail {

inline void install_services(shared_state& state, route_table& routes) {
    state.install<card_tokens_service>(state, routes);
    state.install<payments_service>(state, routes);
    state.install<refunds_service>(state, routes);
    state.install<customers_service>(state, routes);
    state.install<cards_service>(state, routes);
    state.install<payment_methods_service>(state, routes);
    state.install<identification_types_service>(state, routes);
    state.install<users_service>(state, routes);
    state.install<orders_service>(state, routes);
    state.install<preferences_service>(state, routes);
    state.install<merchant_orders_service>(state, routes);
    state.install<checkout_page_service>(state, routes);
    state.install<browser_sdk_service>(state, routes);
}

}  // namespace mercadopago::sandbox::detail
