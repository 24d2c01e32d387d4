// The sandbox's MercadoPago.js (sandbox/browser_sdk.hpp) run by a real
// JavaScript engine: Node.js loads it from the HTTP sandbox on 127.0.0.1 and
// tokenizes cards with the v2 and v1 APIs (tests/js/browser_sdk_test.mjs).
// CMake defines MERCADOPAGO_NODE when it finds node (scripts/install-deps.sh
// installs it; without it CMake says, at configure time, that this test is left out).
#include <mercadopago/sandbox.hpp>
#include <mercadopago/sandbox/http_server.hpp>

#include <doctest/doctest.h>

#include "support/child_process.hpp"

#include <chrono>
#include <memory>
#include <string>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace browser_sdk_test {

namespace sb = mercadopago::sandbox;

#ifdef MERCADOPAGO_NODE
TEST_CASE("sandbox MercadoPago.js: v2 and v1 tokenize cards against the sandbox, with CORS") {
    auto emu = std::make_shared<sb::emulator>();
    sb::http_server server(emu);
    server.start();
    {
        test_support::child_process node(MERCADOPAGO_NODE,
                                         {MERCADOPAGO_JS_TESTS_DIR "/browser_sdk_test.mjs", server.base_url()});
        const auto line = node.wait_for_line("browser SDK OK", std::chrono::seconds{30});
        CHECK_MESSAGE(line, node.transcript());
    }
    server.stop();
}
#endif

}  // namespace browser_sdk_test
