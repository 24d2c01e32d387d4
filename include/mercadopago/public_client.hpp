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

#include <mercadopago/client.hpp>

#include <string>
#include <utility>

namespace mercadopago {

/// A public client's options are a client's: set `public_key`, never `access_token`.
using public_client_options = client_options;

/// The buyer-side client: the endpoints that accept the public key.
template <class Transport = httplib_transport>
class public_client : public detail::basic_client<public_key_credential, Transport> {
public:
    using detail::basic_client<public_key_credential, Transport>::basic_client;

    card_tokens_api<public_client> card_tokens() const noexcept { return card_tokens_api<public_client>(*this); }
    payment_methods_api<public_client> payment_methods() const noexcept {
        return payment_methods_api<public_client>(*this);
    }
    identification_types_api<public_client> identification_types() const noexcept {
        return identification_types_api<public_client>(*this);
    }

    // The private resources exist only to explain themselves.
    template <class T = void>
    void payments() const {
        static_assert(detail::needs_access_token<T>,
                      "public_client::payments() needs the access token: charge the card token from your server with "
                      "mercadopago::client, never from a public_client");
    }
    template <class T = void>
    void refunds() const {
        static_assert(detail::needs_access_token<T>,
                      "public_client::refunds() needs the access token: use mercadopago::client");
    }
    template <class T = void>
    void customers() const {
        static_assert(detail::needs_access_token<T>,
                      "public_client::customers() needs the access token: use mercadopago::client");
    }
    template <class T = void>
    void cards() const {
        static_assert(detail::needs_access_token<T>,
                      "public_client::cards() (saved cards) needs the access token: use mercadopago::client");
    }
};

public_client(public_client_options) -> public_client<>;
template <class Transport>
public_client(public_client_options, Transport) -> public_client<Transport>;

}  // namespace mercadopago
