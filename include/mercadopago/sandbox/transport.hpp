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

#include <mercadopago/error.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>
#include <mercadopago/sandbox/emulator.hpp>
#include <mercadopago/sandbox/faults.hpp>
#include <mercadopago/transport.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <utility>

namespace mercadopago::sandbox {

class transport {
public:
    /// A transport over a new emulator of its own.
    transport() : transport(std::make_shared<sandbox::emulator>()) {}

    /// A transport over `emu`, injecting `f` (none by default).
    explicit transport(std::shared_ptr<sandbox::emulator> emu, faults f = {})
        : emu_(std::move(emu)), faults_(f.any() ? std::make_shared<fault_injector>(f) : nullptr) {}

    result<http_response> send(const http_request& req) const {
        const fault f = faults_ ? faults_->next() : fault::none;
        if (faults_ && faults_->settings().latency.count() > 0) {
            const auto latency = faults_->settings().latency;
            if (latency >= req.timeout) {
                std::this_thread::sleep_for(req.timeout);
                return error{errc::timeout, "sandbox: no answer within the attempt's timeout (injected latency)"};
            }
            std::this_thread::sleep_for(latency);
        }
        switch (f) {
        case fault::unavailable: return http_response{503, json_headers(), unavailable_body};
        case fault::rate_limited: {
            http_headers h = json_headers();
            h.emplace_back("Retry-After", std::to_string(faults_->settings().retry_after.count()));
            return http_response{429, std::move(h), rate_limited_body};
        }
        case fault::drop_before: return error{errc::transport, "sandbox: connection dropped before the request was processed"};
        case fault::drop_after:
            (void)emu_->handle(req);
            return error{errc::transport, "sandbox: connection dropped after the request was processed"};
        case fault::none: break;
        }
        return emu_->handle(req);
    }

    /// The emulator behind this transport (to inspect its state in tests).
    const std::shared_ptr<sandbox::emulator>& emulator() const noexcept { return emu_; }

    /// Faults injected so far (all zero without fault injection).
    fault_counts injected() const noexcept { return faults_ ? faults_->counts() : fault_counts{}; }

private:
    static http_headers json_headers() { return {{"Content-Type", "application/json;charset=UTF-8"}}; }

    std::shared_ptr<sandbox::emulator> emu_;
    std::shared_ptr<fault_injector> faults_;
};

static_assert(mercadopago::transport<transport>, "sandbox::transport must satisfy the transport concept");

}  // namespace mercadopago::sandbox
