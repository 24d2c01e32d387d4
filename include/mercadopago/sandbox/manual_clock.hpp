// mercadopago::sandbox::manual_clock — a clock that only moves when told to,
// for tests of anything that depends on time (card-token expiry, search dates):
//
//     sandbox::manual_clock clock;
//     auto emu = std::make_shared<sandbox::emulator>(sandbox::emulator_options{.clock = clock});
//     clock.advance(std::chrono::hours{24 * 8});   // every token created so far has expired
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

/// Copies share one time, so the copy handed to an emulator moves with the
/// test's own.
class manual_clock {
public:
    using time_point = std::chrono::system_clock::time_point;  ///< a system_clock time (kept to the microsecond)

    /// Starts at `start` (default: 2025-06-02 13:00:00 UTC).
    explicit manual_clock(time_point start = std::chrono::sys_days{std::chrono::year{2025} / 6 / 2} + std::chrono::hours{13})
        : now_(std::make_shared<std::atomic<std::int64_t>>(to_micros(start))) {}

    /// The clock's current time, the same for every copy.
    time_point operator()() const {
        return time_point{std::chrono::duration_cast<time_point::duration>(std::chrono::microseconds{now_->load()})};
    }
    /// Moves the time forward by `d` (back when negative), for every copy.
    void advance(std::chrono::microseconds d) { now_->fetch_add(d.count()); }
    /// Sets the time to `t`, for every copy.
    void set(time_point t) { now_->store(to_micros(t)); }

private:
    static std::int64_t to_micros(time_point t) {
        return std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
    }
    std::shared_ptr<std::atomic<std::int64_t>> now_;
};

}  // namespace mercadopago::sandbox
