// The emulated identification types (public key allowed): the documents of
// the sandbox's site (CPF and CNPJ in Brazil, DNI in Argentina, …).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api/identification_types.hpp>
#include <mercadopago/models/identification_type.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/catalogue.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/state.hpp>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class identification_types_service : public service {
public:
    identification_types_service(shared_state& state, route_table& routes) : state_(state) {
        routes.add<endpoints::identification_types_list>(this, &identification_types_service::list);
    }

private:
    http_response list(call& c) { return c.reply(200, identification_types_of(state_.site().id)); }

    shared_state& state_;
};

}  // namespace mercadopago::sandbox
