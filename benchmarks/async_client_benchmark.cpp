// The asynchronous client (Beast over Asio) against the synchronous one, on
// loopback servers in the same process:
//
//   async_1000_concurrent_gets   one thread, 1,000 `co_await payments().get`
//                                at once against a server answering each
//                                after 100 ms (target: all done in ≤ 1.5 s)
//   sync_8_threads_gets          the synchronous client on 8 threads against
//                                the same server: the thread-pool workaround
//                                the async client replaces (160 calls a run,
//                                so a run stays short; compare calls/s)
//   sequential_get_async / _sync keep-alive throughput of one caller doing
//                                gets one after the other against a
//                                cpp-httplib server answering a real payment
//                                (target: async ≥ 0.9× sync)
//   memory_per_call_in_flight    bytes the client side holds per call while
//                                1,000 calls wait for their answers (heap
//                                allocations made on the client's thread and
//                                not yet freed, divided by 1,000)
//
// The ratios printed at the end are what README quotes.
#include <mercadopago/async_client.hpp>
#include <mercadopago/client.hpp>
#include <mercadopago/httplib_transport.hpp>

#include <benchmark/benchmark.h>

#include "ratio_reporter.hpp"
#include "support/delayed_http_server.hpp"
#include "support/loopback_server.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <new>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

// --- heap accounting for memory_per_call_in_flight ---------------------------
// Each block carries a header naming the thread that allocated it, so frees
// on other threads (the in-process server's) are told apart.
namespace {
thread_local bool counted_thread = false;
std::atomic<long long> counted_bytes{0};
struct alignas(std::max_align_t) block_header {
    std::size_t size;
    bool counted;
};
}  // namespace

void* operator new(std::size_t n) {
    auto* h = static_cast<block_header*>(std::malloc(sizeof(block_header) + n));
    if (!h) throw std::bad_alloc();
    h->size = n;
    h->counted = counted_thread;
    if (h->counted) counted_bytes += static_cast<long long>(n);
    return h + 1;
}
void operator delete(void* p) noexcept {
    if (!p) return;
    auto* h = static_cast<block_header*>(p) - 1;
    if (h->counted) counted_bytes -= static_cast<long long>(h->size);
    std::free(h);
}
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }

namespace {

namespace mp = mercadopago;
namespace asio = boost::asio;
using namespace std::chrono_literals;

const std::string& payment_body() {
    static const std::string text = [] {
        std::ifstream in(MERCADOPAGO_FIXTURES_DIR "/java/payment_create_card_approved.json", std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }();
    return text;
}

/// Client and server sockets of 1,000 calls need ~2,100 descriptors.
bool enough_descriptors() {
    rlimit r{};
    if (::getrlimit(RLIMIT_NOFILE, &r) != 0) return false;
    if (r.rlim_cur < 4096 && r.rlim_max > r.rlim_cur) {
        r.rlim_cur = r.rlim_max < 4096 ? r.rlim_max : 4096;
        ::setrlimit(RLIMIT_NOFILE, &r);
        ::getrlimit(RLIMIT_NOFILE, &r);
    }
    return r.rlim_cur >= 2300;
}

mp::client_options options_for(const std::string& base_url, std::size_t pool) {
    mp::client_options o{.access_token = "TEST-bench-token"};
    o.base_url = base_url;
    o.connection.max_idle_connections = pool;
    return o;
}

constexpr int concurrent_calls = 1000;

/// Starts `n` gets on `cli` and counts the successes in `ok`.
void start_gets(const mp::async_client<>& cli, int n, int& ok) {
    for (int i = 0; i < n; ++i)
        cli.payments().get(i + 1, [&ok](mp::api_result<mp::payment> r) { ok += r ? 1 : 0; });
}

void async_1000_concurrent_gets(benchmark::State& state) {
    if (!enough_descriptors()) return state.SkipWithError("RLIMIT_NOFILE below 2300: raise `ulimit -n`");
    test_support::delayed_http_server server(100ms, payment_body());
    asio::io_context io;
    mp::async_client cli(io.get_executor(), options_for(server.base_url(), concurrent_calls));
    for (auto _ : state) {
        int ok = 0;
        start_gets(cli, concurrent_calls, ok);
        io.run();
        io.restart();
        if (ok != concurrent_calls) return state.SkipWithError("a call failed");
    }
    state.counters["calls/s"] = benchmark::Counter(double(state.iterations()) * concurrent_calls, benchmark::Counter::kIsRate);
}

void sync_8_threads_gets(benchmark::State& state) {
    constexpr int threads = 8, calls = 160;
    test_support::delayed_http_server server(100ms, payment_body());
    mp::client<> cli(options_for(server.base_url(), threads));
    for (auto _ : state) {
        std::atomic<int> ok{0};
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back([&] {
                for (int i = 0; i < calls / threads; ++i) ok += cli.payments().get(i + 1) ? 1 : 0;
            });
        for (auto& t : pool) t.join();
        if (ok != calls) return state.SkipWithError("a call failed");
    }
    state.counters["calls/s"] = benchmark::Counter(double(state.iterations()) * calls, benchmark::Counter::kIsRate);
}

test_support::loopback_server* fast_server = nullptr;
constexpr int sequential_batch = 50;

void sequential_get_sync(benchmark::State& state) {
    mp::client<> cli(options_for(fast_server->base_url(), 4));
    for (auto _ : state) {
        for (int i = 0; i < sequential_batch; ++i)
            if (!cli.payments().get(1)) return state.SkipWithError("a call failed");
    }
    state.counters["calls/s"] = benchmark::Counter(double(state.iterations()) * sequential_batch, benchmark::Counter::kIsRate);
}

void sequential_get_async(benchmark::State& state) {
    asio::io_context io;
    mp::async_client cli(io.get_executor(), options_for(fast_server->base_url(), 4));
    for (auto _ : state) {
        bool failed = false;
        asio::co_spawn(io, [&]() -> asio::awaitable<void> {
            for (int i = 0; i < sequential_batch; ++i)
                if (!co_await cli.payments().get(1, asio::use_awaitable)) failed = true;
        }, asio::detached);
        io.run();
        io.restart();
        if (failed) return state.SkipWithError("a call failed");
    }
    state.counters["calls/s"] = benchmark::Counter(double(state.iterations()) * sequential_batch, benchmark::Counter::kIsRate);
}

double bytes_per_call = 0;

void memory_per_call_in_flight(benchmark::State& state) {
    if (!enough_descriptors()) return state.SkipWithError("RLIMIT_NOFILE below 2300: raise `ulimit -n`");
    test_support::delayed_http_server server(300ms, payment_body());
    for (auto _ : state) {
        asio::io_context io;
        mp::async_client cli(io.get_executor(), options_for(server.base_url(), concurrent_calls));
        const std::size_t seen_before = server.requests();
        counted_thread = true;
        const long long before = counted_bytes.load();
        int ok = 0;
        start_gets(cli, concurrent_calls, ok);
        // Run until every request reached the server: all 1,000 are in flight.
        long long peak = 0;
        const auto limit = std::chrono::steady_clock::now() + 10s;
        while (server.requests() - seen_before < std::size_t(concurrent_calls) && std::chrono::steady_clock::now() < limit)
            io.run_for(1ms);
        peak = counted_bytes.load() - before;
        io.run();
        counted_thread = false;
        if (ok != concurrent_calls) return state.SkipWithError("a call failed");
        bytes_per_call = double(peak) / concurrent_calls;
        state.counters["bytes/call"] = bytes_per_call;
    }
}

}  // namespace

BENCHMARK(async_1000_concurrent_gets)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(sync_8_threads_gets)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(sequential_get_sync)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(sequential_get_async)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(memory_per_call_in_flight)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

int main(int argc, char** argv) {
    test_support::loopback_server server([](httplib::Server& s) {
        s.Get(R"(/v1/payments/(\d+))", [](const httplib::Request&, httplib::Response& r) {
            r.set_content(payment_body(), "application/json");
        });
    });
    fast_server = &server;
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    ratio_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    fast_server = nullptr;

    // The benchmarks report in milliseconds, so the reporter's times are too.
    const double concurrent_ms = reporter.real_ns("async_1000_concurrent_gets");
    const double sync_ms = reporter.real_ns("sync_8_threads_gets");
    const double sync_calls_per_s = sync_ms > 0 ? 160 / (sync_ms / 1000) : 0;
    std::printf("\n1,000 concurrent gets, 100 ms answers, one thread: %.0f ms (target <= 1500 ms)\n", concurrent_ms);
    if (sync_calls_per_s > 0 && concurrent_ms > 0)
        std::printf("  the synchronous client on 8 threads: %.0f calls/s, i.e. %.1f s for 1,000 calls (%.1fx slower)\n",
                    sync_calls_per_s, 1000 / sync_calls_per_s, (1000 / sync_calls_per_s) / (concurrent_ms / 1000));
    const double keepalive = reporter.real_ratio("sequential_get_sync", "sequential_get_async");
    std::printf("keep-alive throughput, async / sync: %.2fx (target >= 0.9)\n", keepalive);
    std::printf("client memory per call in flight: %.0f bytes\n", bytes_per_call);
    return 0;
}
