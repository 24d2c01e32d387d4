// Fault injection for resilience tests: some requests are answered 503 or 429
// (with Retry-After), get latency, or lose their connection without an
// answer. Draws come from a seeded generator, so a run can be reproduced
// (given the same order of requests).
//
// with_faults<T> puts the faults in front of any transport T; the in-process
// sandbox::transport and the HTTP sandbox::http_server both inject through it.
//
//     mercadopago::sandbox::transport t(emu, {.fail_rate = 0.2, .drop_rate = 0.1, .seed = 7});
//     mercadopago::client cli(options, mercadopago::sandbox::with_faults(my_transport, {.fail_rate = 0.5}));
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/error.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>
#include <mercadopago/transport.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

/// What to inject. Rates are fractions of requests in [0, 1]; they are
/// exclusive (a request gets at most one fault) and should add up to ≤ 1.
struct faults {
    double fail_rate = 0.0;        ///< answered 503 before reaching the emulator (nothing changes)
    double rate_limit_rate = 0.0;  ///< answered 429 with `Retry-After` before reaching the emulator
    std::chrono::seconds retry_after{1};    ///< the `Retry-After` of those 429s
    std::chrono::milliseconds latency{0};   ///< added to every request
    /// Connections closed without a response. Half of the drops happen before
    /// the request reaches the emulator, half after it was processed (the
    /// response is lost: only the idempotency key prevents a duplicate on retry).
    double drop_rate = 0.0;
    std::uint64_t seed = 1;  ///< seed of the generator that picks the faulty requests

    /// True when some fault is set; with none, with_faults hands every request straight through.
    bool any() const noexcept {
        return fail_rate > 0 || rate_limit_rate > 0 || drop_rate > 0 || latency.count() > 0;
    }
};

/// The fate of one request.
enum class fault {
    none,  ///< no fault: the request goes through
    unavailable,   ///< 503
    rate_limited,  ///< 429 + Retry-After
    drop_before,   ///< connection closed, the emulator never saw the request
    drop_after,    ///< the emulator processed it, then the connection closed
};

/// How many faults were injected so far.
struct fault_counts {
    std::uint64_t requests = 0;  ///< requests that went through the injector
    std::uint64_t unavailable = 0;  ///< answered 503
    std::uint64_t rate_limited = 0;  ///< answered 429
    std::uint64_t dropped_before = 0;  ///< dropped before the emulator saw them
    std::uint64_t dropped_after = 0;  ///< dropped after the emulator processed them
};

/// Picks each request's fate; safe to share between threads.
class fault_injector {
public:
    /// Injects `f`, drawing from a generator seeded with `f.seed`.
    explicit fault_injector(faults f) : f_(f), rng_(f.seed) {}

    /// The faults it injects.
    const faults& settings() const noexcept { return f_; }

    /// Draws the fate of the next request and counts it.
    fault next() {
        fault out = fault::none;
        {
            std::lock_guard lock(mutex_);
            const double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng_);
            double edge = f_.fail_rate;
            if (u < edge) {
                out = fault::unavailable;
            } else if (u < (edge += f_.rate_limit_rate)) {
                out = fault::rate_limited;
            } else if (u < edge + f_.drop_rate) {
                out = (rng_() & 1) ? fault::drop_after : fault::drop_before;
            }
        }
        requests_.fetch_add(1, std::memory_order_relaxed);
        switch (out) {
        case fault::unavailable: unavailable_.fetch_add(1, std::memory_order_relaxed); break;
        case fault::rate_limited: rate_limited_.fetch_add(1, std::memory_order_relaxed); break;
        case fault::drop_before: dropped_before_.fetch_add(1, std::memory_order_relaxed); break;
        case fault::drop_after: dropped_after_.fetch_add(1, std::memory_order_relaxed); break;
        case fault::none: break;
        }
        return out;
    }

    /// Faults drawn so far, by kind.
    fault_counts counts() const noexcept {
        return {requests_.load(), unavailable_.load(), rate_limited_.load(), dropped_before_.load(),
                dropped_after_.load()};
    }

private:
    faults f_;
    std::mutex mutex_;
    std::mt19937_64 rng_;
    std::atomic<std::uint64_t> requests_{0}, unavailable_{0}, rate_limited_{0}, dropped_before_{0}, dropped_after_{0};
};

/// Bodies of the injected answers (the classic error shape).
inline constexpr const char* unavailable_body =
    R"json({"message":"service unavailable (sandbox fault injection)","error":"service_unavailable","status":503,"cause":[]})json";
/// Body of an injected 429.
inline constexpr const char* rate_limited_body =
    R"json({"message":"too many requests (sandbox fault injection)","error":"too_many_requests","status":429,"cause":[]})json";

/// A transport that injects `faults` in front of `Inner`: 503s and 429s
/// never reach it; a drop is an errc::transport error, either before Inner
/// saw the request or after it answered (the answer is lost: only the
/// idempotency key prevents a duplicate on retry); latency longer than the
/// attempt's timeout is an errc::timeout. Copies share the injector.
template <mercadopago::transport Inner>
class with_faults {
public:
    /// Over `inner`; when `f` sets no fault, requests go straight through to it.
    with_faults(Inner inner, faults f)
        : inner_(std::move(inner)), injector_(f.any() ? std::make_shared<fault_injector>(f) : nullptr) {}

    /// Sends `req` through the faults: a 503 or 429 answer, a dropped connection (errc::transport), injected
    /// latency (errc::timeout once it reaches `req.timeout`), or else Inner's answer.
    result<http_response> send(const http_request& req) const {
        if (!injector_) return inner_.send(req);
        const fault f = injector_->next();
        if (const auto latency = injector_->settings().latency; latency.count() > 0) {
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
            h.emplace_back("Retry-After", std::to_string(injector_->settings().retry_after.count()));
            return http_response{429, std::move(h), rate_limited_body};
        }
        case fault::drop_before: return error{errc::transport, "sandbox: connection dropped before the request was processed"};
        case fault::drop_after:
            (void)inner_.send(req);
            return error{errc::transport, "sandbox: connection dropped after the request was processed"};
        case fault::none: break;
        }
        return inner_.send(req);
    }

    /// The transport behind the faults.
    const Inner& inner() const noexcept { return inner_; }

    /// Faults injected so far (all zero without fault injection).
    fault_counts injected() const noexcept { return injector_ ? injector_->counts() : fault_counts{}; }

private:
    static http_headers json_headers() { return {{"Content-Type", "application/json;charset=UTF-8"}}; }

    Inner inner_;
    std::shared_ptr<fault_injector> injector_;
};

}  // namespace mercadopago::sandbox
