// Client options for the resilience runs against a sandbox that injects 503s
// and dropped connections: many quick retries, generous per-phase timeouts,
// one total deadline per call.
#pragma once

#include <mercadopago/backoff_policy.hpp>

#include <chrono>
#include <string>

namespace test_support {

/// Tunes client_options or public_client_options for `base_url`.
template <class Options>
void tune_for_faults(Options& o, const std::string& base_url) {
    using namespace std::chrono_literals;
    o.base_url = base_url;
    o.max_retries = 40;
    o.backoff = mercadopago::backoff_policy{.initial = 1ms, .maximum = 20ms};
    o.call_timeout = 30s;
    o.connection.connect_timeout = 2s;
    o.connection.read_timeout = 5s;
    o.connection.write_timeout = 5s;
}

}  // namespace test_support
