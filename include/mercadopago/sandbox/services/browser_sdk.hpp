// Serves the sandbox's MercadoPago.js (sandbox/browser_sdk.hpp) where shop
// pages load the real one from: /js/v2 (v2) and
// /sdk/javascript/v1/mercadopago.js (v1). A page written for Mercado Pago
// then tokenizes cards against the sandbox by changing only the script's
// origin. (The HTTP server answers every origin's CORS requests.)
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/http.hpp>
#include <mercadopago/sandbox/browser_sdk.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/state.hpp>

#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class browser_sdk_service : public service {
public:
    browser_sdk_service(shared_state&, route_table& routes) {
        routes.add_page(http_method::get, "/js/v2", this, &browser_sdk_service::script);
        routes.add_page(http_method::get, "/sdk/javascript/v1/mercadopago.js", this, &browser_sdk_service::script);
    }

private:
    http_response script(call& c) {
        http_response r = c.html(200, std::string(detail::browser_sdk_js));
        for (auto& [k, v] : r.headers)
            if (k == "Content-Type") v = "application/javascript; charset=utf-8";
        return r;
    }
};

}  // namespace mercadopago::sandbox
