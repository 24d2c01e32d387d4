// Identification document types of the seller's country (CPF, CNPJ, DNI, …).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/resource_accessor.hpp>
#include <mercadopago/detail/result_instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/identification_type.hpp>

#include <vector>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using identification_types_list = endpoint<http_method::get, "/v1/identification_types", no_body,
                                           std::vector<identification_type>, credential::public_key>;
}  // namespace endpoints

/// The identity document types of the seller's country (`/v1/identification_types`), to build a checkout
/// form. Reach it as `cli.identification_types()` from any client: the public key is enough. A synchronous client
/// returns `api_result<T>`; an async_client takes a completion token last.
template <class Client>
class identification_types_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit identification_types_api(const Client& c) noexcept : c_(&c) {}
    /// `GET /v1/identification_types` (`?public_key=` from a public_client, Bearer otherwise): every type
    /// of the credential's site, as a bare array.
    template <class... Token>
    auto list(const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<identification_type>>
        return c_->template call<endpoints::identification_types_list>({}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto list(Token&& t) const {
        return list(request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.identification_types()`, in every client; listed in mercadopago/resources.hpp.
template <class Client>
struct identification_types_accessor {
    /// The identification-types facade over this client.
    identification_types_api<Client> identification_types() const noexcept {
        return detail::open_resource<identification_types_api, credential::public_key>(static_cast<const Client&>(*this));
    }
};

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(std::vector<identification_type>);

}  // namespace mercadopago
