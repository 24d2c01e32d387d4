// mercadopago::public_client — the buyer-side client, holding only the PUBLIC key.
//
// A desktop, kiosk or mobile app tokenises cards and looks up payment methods,
// installments, issuers and identification types with it; the card token then
// goes to the merchant's server, which charges it with the access token. Card
// data never passes through the merchant's server, and the private key never
// ships inside an app.
//
//     mercadopago::public_client pub({.public_key = "TEST-pk"});
//     auto token = pub.card_tokens().create({.card_number = …});
//
// Endpoints that need the access token do not compile through it.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/client.hpp>

#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A public client's options are a client's: set `public_key`, never `access_token`.
using public_client_options = client_options;

/// The buyer-side client: the endpoints that accept the public key. It has
/// the same resource accessors as mercadopago::client (mercadopago/resources.hpp);
/// those that need the access token (`payments()`, `refunds()`, `customers()`,
/// `cards()`, …) fail to compile with a static_assert that says so.
template <class Transport = httplib_transport>
class public_client : public detail::basic_client<public_key_credential, Transport>,
                      public detail::resources<public_client<Transport>> {
public:
    using detail::basic_client<public_key_credential, Transport>::basic_client;
};

/// `public_client pub(options);` is a public client over the default transport (httplib_transport).
public_client(public_client_options) -> public_client<>;
/// `public_client pub(options, my_transport);` is a public client over the transport given.
template <class Transport>
public_client(public_client_options, Transport) -> public_client<Transport>;

}  // namespace mercadopago
