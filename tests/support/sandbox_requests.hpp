// Requests the client would never send as they are (no key, no credential,
// unknown members, a key reused with another body), handed straight to an
// emulator.
#pragma once

#include <mercadopago/http.hpp>
#include <mercadopago/sandbox/emulator.hpp>
#include <mercadopago/sandbox/router.hpp>

#include "support/sandbox_credentials.hpp"

#include <map>
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

/// The query of an absolute URL (a back URL the sandbox redirects to), decoded.
inline std::map<std::string, std::string> query_of(const std::string& url) {
    std::map<std::string, std::string> out;
    const auto path = url.find('/', url.find("://") == std::string::npos ? 0 : url.find("://") + 3);
    for (auto& [k, v] : mercadopago::sandbox::detail::parse_target(url.substr(path == std::string::npos ? url.size() : path)).query)
        out[k] = v;
    return out;
}

}  // namespace test_support
