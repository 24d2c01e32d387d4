// A library that embeds its own copy of mercadopago (tests/abi/CMakeLists.txt
// builds it twice, as two shared libraries, against two copies of the headers
// with different versions). It answers with the User-Agent header its client
// would send: the client's call planner builds it in inline code from the
// version it was compiled with, so a program whose two embedders share that
// code (an ODR violation the dynamic linker resolves silently) sees one
// version twice. The planner alone keeps these four libraries cheap to build.
#include <mercadopago/detail/call_engine.hpp>

#include <string>
#include <variant>

#ifndef EMBEDDER
#error "define EMBEDDER: the name of this copy's entry point"
#endif

std::string EMBEDDER() {
    const mercadopago::detail::basic_call_planner<> planner(mercadopago::client_options{.access_token = "TEST-abi"});
    auto prepared = planner.prepare(mercadopago::http_method::get, "/v1/users/me", "", false, "", {});
    const auto* call = std::get_if<mercadopago::detail::call_state>(&prepared);
    if (!call) return "no request";
    const auto agent = mercadopago::find_header(call->request.headers, "User-Agent");
    return agent ? std::string(*agent) : "no User-Agent";
}
