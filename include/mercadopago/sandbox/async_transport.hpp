// mercadopago::sandbox::async_transport — the in-process emulator as an
// asynchronous transport, so code written against mercadopago::async_client
// runs offline and deterministically in tests and demos.
//
//     auto emu = std::make_shared<mercadopago::sandbox::emulator>();
//     mercadopago::async_client shop(io.get_executor(), {.access_token = "TEST-…"},
//                                    mercadopago::sandbox::async_transport(mercadopago::sandbox::transport(emu)));
//
// Each exchange is answered by the emulator on the completion handler's
// executor, after async_send returns (never inside it). The emulator
// answers at once, so there is nothing in flight to cancel. Injected 503s,
// 429s and drops act as with sandbox::transport; injected latency blocks the
// executor's thread (use the HTTP sandbox, sandbox/http_server.hpp, to test
// real waiting).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/async_transport.hpp>
#include <mercadopago/sandbox/transport.hpp>
#include <mercadopago/testing/posted_transport.hpp>

#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

/// The emulator behind a sandbox::transport, answered through
/// testing::posted_transport.
class async_transport : public testing::posted_transport<sandbox::transport> {
public:
    /// Over a new emulator of its own.
    async_transport() = default;

    /// Over the emulator (and faults) of `t`: a synchronous sandbox client
    /// built on a copy of `t` sees the same state.
    explicit async_transport(sandbox::transport t) : posted_transport(std::move(t)) {}
};

static_assert(mercadopago::async_transport<async_transport>,
              "sandbox::async_transport must satisfy the async_transport concept");

}  // namespace mercadopago::sandbox
