// How `cli.payments()` reaches a facade. Each api/ header declares a small
// accessor mixin beside its facade (`payments_accessor<Client>` with
// `payments()`), and mercadopago/resources.hpp lists the mixins every client
// inherits. A new resource is a new api/ header and a line in that list; the
// clients themselves do not change.
#pragma once

#include <mercadopago/endpoint.hpp>

namespace mercadopago::detail {

/// The facade `Api<Client>` over `client`. A resource that needs the access
/// token does not compile through a public_client, so a buyer-side app cannot
/// even name the calls that must run on the merchant's server.
template <template <class> class Api, credential Needs, class Client>
Api<Client> open_resource(const Client& client) noexcept {
    static_assert(Needs == credential::public_key || Client::credential_level == credential::access_token,
                  "this resource needs the access token (private key): call it from your server with "
                  "mercadopago::client, never from a public_client");
    return Api<Client>(client);
}

}  // namespace mercadopago::detail
