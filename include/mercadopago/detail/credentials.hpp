// How a client proves who it is, and what that means for each call: the
// Authorization bearer of a server-side client, the `public_key` query
// parameter of a buyer-side one. Shared by the synchronous and asynchronous
// clients, which differ in nothing else here.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/result.hpp>

#include <string>
#include <string_view>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A server-side client: calls carry the access token.
struct access_token_credential {
    static constexpr credential level = credential::access_token;
};
/// A buyer-side client: calls carry only the public key.
struct public_key_credential {
    static constexpr credential level = credential::public_key;
};

namespace detail {

/// Where one call goes and with which bearer ("" for none).
struct addressed_call {
    std::string target;  ///< path and query, percent-encoded
    std::string bearer;  ///< the Authorization token; empty for the public key
};

/// The target and credential of a call to endpoint E from a client holding
/// `Credential`; or why it cannot be made (no credential, or the private key
/// inside a buyer-side client).
template <class Credential, class E>
result<addressed_call> address_call(const client_options& options, std::string_view prefix, const path_args<E>& path,
                                    query_params query, const request_options& ro) {
    static_assert(Credential::level == credential::access_token || E::auth == credential::public_key,
                  "this endpoint needs the access token (private key): call it from your server with "
                  "mercadopago::client, never from a public_client");
    addressed_call out;
    if constexpr (Credential::level == credential::access_token) {
        out.bearer = ro.access_token.empty() ? options.access_token : ro.access_token;
        if (out.bearer.empty()) return failure(errc::invalid_argument, "no access token: set client_options::access_token");
    } else {
        // An app that ships a public_client must not ship the private key with it.
        if (!options.access_token.empty() || !ro.access_token.empty())
            return failure(errc::invalid_argument, "a public_client never holds the access token: keep it on your server");
        if (options.public_key.empty()) return failure(errc::invalid_argument, "no public key: set client_options::public_key");
        query.emplace_back("public_key", options.public_key);  // the credential travels in the query
    }
    auto target = build_target<E>(prefix, path, query);
    if (!target) return target.error();
    out.target = std::move(*target);
    return out;
}

}  // namespace detail
}  // namespace mercadopago
