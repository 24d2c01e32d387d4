// Requests the client would never send as they are (no key, no credential,
// unknown members, a key reused with another body), handed straight to an
// emulator.
#pragma once

#include <mercadopago/http.hpp>
#include <mercadopago/sandbox/emulator.hpp>

#include "support/sandbox_credentials.hpp"

#include <string>
#include <utility>

namespace test_support {

/// The seller's Authorization header, the default of raw_request.
inline mercadopago::http_headers seller_auth() {
    return {{"Authorization", std::string("Bearer ") + seller_token}};
}

inline mercadopago::http_response raw_request(mercadopago::sandbox::emulator& emu, mercadopago::http_method m,
                                              std::string target, std::string body = {},
                                              mercadopago::http_headers headers = seller_auth()) {
    mercadopago::http_request r;
    r.method = m;
    r.target = std::move(target);
    r.body = std::move(body);
    r.headers = std::move(headers);
    return emu.handle(r);
}

}  // namespace test_support
