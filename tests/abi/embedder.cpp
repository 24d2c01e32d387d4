// A library that embeds its own copy of mercadopago (tests/abi/CMakeLists.txt
// builds it twice, as two shared libraries, against two copies of the headers
// with different versions). It answers with the User-Agent its client sends:
// the header is built by the client's inline code from the version it was
// compiled with, so a program whose two embedders share that code (an ODR
// violation the dynamic linker resolves silently) sees one version twice.
#include <mercadopago/client.hpp>
#include <mercadopago/testing/scripted_transport.hpp>

#include <string>

#ifndef EMBEDDER
#error "define EMBEDDER: the name of this copy's entry point"
#endif

std::string EMBEDDER() {
    mercadopago::testing::scripted_transport script;
    script.reply(200, R"({"id":1,"nickname":"TESTUSER"})");
    mercadopago::client cli({.access_token = "TEST-abi"}, script);
    (void)cli.users().me();
    const auto sent = script.requests();
    if (sent.empty()) return "no request";
    const auto agent = mercadopago::find_header(sent.front().headers, "User-Agent");
    return agent ? std::string(*agent) : "no User-Agent";
}
