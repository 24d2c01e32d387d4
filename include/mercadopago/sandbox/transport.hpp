// mercadopago::sandbox::transport — a transport that hands each request to an
// in-process emulator: the whole Payments API with no sockets.
//
//     auto emu = std::make_shared<mercadopago::sandbox::emulator>();
//     mercadopago::public_client<mercadopago::sandbox::transport> buyer({.public_key = "TEST-pk"},
//                                                                      mercadopago::sandbox::transport(emu));
//     mercadopago::client<mercadopago::sandbox::transport> seller({.access_token = "TEST-…"},
//                                                                 mercadopago::sandbox::transport(emu));
//
// Copies share the emulator (and the fault injector), so a public client and
// a server-side client see the same card tokens and payments. Faults act as
// in the HTTP front: 503s and 429s never reach the emulator, a drop is an
// errc::transport error — before the emulator saw the request, or after it
// processed it (the answer is lost).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/call_engine.hpp>
#include <mercadopago/detail/config.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>
#include <mercadopago/sandbox/emulator.hpp>
#include <mercadopago/sandbox/faults.hpp>
#include <mercadopago/transport.hpp>

#include <memory>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

namespace detail {
/// The emulator as a transport: every request answered in-process.
struct emulator_link {
    std::shared_ptr<sandbox::emulator> emu;
    result<http_response> send(const http_request& req) const { return emu->handle(req); }
};
}  // namespace detail

/// A synchronous transport answered in-process by a sandbox::emulator: no sockets, no network.
/// Copies share the emulator and the fault injector.
class transport {
public:
    /// A transport over a new emulator of its own.
    transport() : transport(std::make_shared<sandbox::emulator>()) {}

    /// A transport over `emu`, injecting `f` (none by default).
    explicit transport(std::shared_ptr<sandbox::emulator> emu, faults f = {}) : link_(detail::emulator_link{std::move(emu)}, f) {}

    /// Hands `req` to the emulator through the faults; errors only for injected drops (errc::transport)
    /// and injected latency (errc::timeout).
    result<http_response> send(const http_request& req) const { return link_.send(req); }

    /// The emulator behind this transport (to inspect its state in tests).
    const std::shared_ptr<sandbox::emulator>& emulator() const noexcept { return link_.inner().emu; }

    /// Faults injected so far (all zero without fault injection).
    fault_counts injected() const noexcept { return link_.injected(); }

private:
    with_faults<detail::emulator_link> link_;
};

static_assert(mercadopago::transport<transport>, "sandbox::transport must satisfy the transport concept");

}  // namespace mercadopago::sandbox

// Clients over the sandbox are in every test and demo: with separate
// compilation, their call engine is compiled once, in src/sandbox.cpp.
#if defined(MERCADOPAGO_SEPARATE_COMPILATION) && !defined(MERCADOPAGO_SANDBOX_SOURCE)
namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {
extern template class detail::call_engine<sandbox::transport>;
}  // namespace mercadopago
#endif
