// mercadopago — C++20 binding of the Mercado Pago payments REST API.
//
// The umbrella header: includes the whole public API. Including only the
// headers you use compiles faster; single_include/mercadopago/mercadopago.hpp
// is this header with every mercadopago/ header inlined (scripts/amalgamate.sh).
#pragma once

#include <mercadopago/version.hpp>

#include <mercadopago/codec.hpp>
#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/fixed_string.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/open_enum.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/result.hpp>
#include <mercadopago/timestamp.hpp>

// Models: every header under mercadopago/models/, alphabetically
// (`scripts/amalgamate.sh --check` fails when one is missing here).
#include <mercadopago/models/api_error.hpp>
#include <mercadopago/models/card.hpp>
#include <mercadopago/models/card_token.hpp>
#include <mercadopago/models/customer.hpp>
#include <mercadopago/models/identification.hpp>
#include <mercadopago/models/identification_type.hpp>
#include <mercadopago/models/installments.hpp>
#include <mercadopago/models/issuer.hpp>
#include <mercadopago/models/merchant_order.hpp>
#include <mercadopago/models/merchant_order_request.hpp>
#include <mercadopago/models/merchant_order_status.hpp>
#include <mercadopago/models/order.hpp>
#include <mercadopago/models/order_request.hpp>
#include <mercadopago/models/order_status.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/models/payment_method.hpp>
#include <mercadopago/models/payment_request.hpp>
#include <mercadopago/models/payment_status.hpp>
#include <mercadopago/models/phone.hpp>
#include <mercadopago/models/preference.hpp>
#include <mercadopago/models/preference_request.hpp>
#include <mercadopago/models/refund.hpp>
#include <mercadopago/models/user.hpp>

// The client side: calls, resources, the buyer-side public client, webhooks,
// buyer-facing outcome messages.
#include <mercadopago/client.hpp>
#include <mercadopago/order_outcome.hpp>
#include <mercadopago/outcome.hpp>
#include <mercadopago/public_client.hpp>
#include <mercadopago/testing/scripted_transport.hpp>
#include <mercadopago/webhooks.hpp>

// The default transport needs cpp-httplib built with TLS (CPPHTTPLIB_OPENSSL_SUPPORT).
// Define MERCADOPAGO_NO_HTTPLIB to bring your own transport instead.
#ifndef MERCADOPAGO_NO_HTTPLIB
#include <mercadopago/httplib_transport.hpp>
#endif
