// GET /v1/payments/{id} against a local cpp-httplib server (keep-alive,
// TCP_NODELAY, 127.0.0.1) answering a real payment body:
//
//   raw_httplib_get     httplib::Client::Get + boost::json::parse of the body:
//                       the ceiling, with none of the binding's work
//   client_get_payment  mercadopago::client<> typed call decoding into
//                       mercadopago::payment: headers, User-Agent, retry
//                       bookkeeping, error mapping, connection pool, decode
//
// and, to tell the runtime's cost from the decoder's, the same two without
// touching the body:
//
//   raw_httplib_get_unparsed   httplib::Client::Get only
//   client_get_no_content      the client with a no_content response type
//
// All report requests/s; the ratios client / raw printed at the end are what
// README quotes (target: at least 0.9). Client and server share the machine,
// so absolute numbers depend on it; compare within one run.
#include <mercadopago/client.hpp>
#include <mercadopago/httplib_transport.hpp>
#include <mercadopago/models/payment.hpp>

#include <benchmark/benchmark.h>
#include <boost/json.hpp>

#include "ratio_reporter.hpp"
#include "support/loopback_server.hpp"

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace mp = mercadopago;

using payments_get = mp::endpoint<mp::http_method::get, "/v1/payments/{id}", mp::no_body, mp::payment>;
using payments_get_no_content = mp::endpoint<mp::http_method::get, "/v1/payments/{id}", mp::no_body, mp::no_content>;

const std::string& payment_body() {
    static const std::string text = [] {
        std::ifstream in(MERCADOPAGO_FIXTURES_DIR "/java/payment_create_card_approved.json", std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }();
    return text;
}

test_support::loopback_server* server = nullptr;

void count_requests(benchmark::State& state) {
    state.counters["requests/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

template <bool Parse>
void raw_get(benchmark::State& state) {
    httplib::Client cli("127.0.0.1", server->port());
    cli.set_keep_alive(true);
    cli.set_tcp_nodelay(true);
    for (auto _ : state) {
        auto res = cli.Get("/v1/payments/1311772470");
        if (!res || res->status != 200) {
            state.SkipWithError("request failed");
            break;
        }
        if constexpr (Parse) {
            boost::json::value v = boost::json::parse(res->body);
            benchmark::DoNotOptimize(v);
        } else {
            benchmark::DoNotOptimize(res->body.data());
        }
    }
    count_requests(state);
}

template <class Endpoint>
void client_get(benchmark::State& state) {
    mp::client<> cli(mp::client_options{.access_token = "TEST-0000000000000000-000000-benchmark",
                                        .base_url = server->base_url()});
    for (auto _ : state) {
        auto p = cli.call<Endpoint>({"1311772470"});
        if (!p) {
            state.SkipWithError(("call failed: " + p.error().what()).c_str());
            break;
        }
        benchmark::DoNotOptimize(p);
    }
    count_requests(state);
}

void raw_httplib_get(benchmark::State& state) { raw_get<true>(state); }
void client_get_payment(benchmark::State& state) { client_get<payments_get>(state); }
void raw_httplib_get_unparsed(benchmark::State& state) { raw_get<false>(state); }
void client_get_no_content(benchmark::State& state) { client_get<payments_get_no_content>(state); }

// Five repetitions each, interleaved at random (main() turns that on unless
// told otherwise) so that drift of a shared machine hits all alike; the
// ratios use the medians.
BENCHMARK(raw_httplib_get)->UseRealTime()->MinTime(0.5)->Repetitions(5);
BENCHMARK(client_get_payment)->UseRealTime()->MinTime(0.5)->Repetitions(5);
BENCHMARK(raw_httplib_get_unparsed)->UseRealTime()->MinTime(0.5)->Repetitions(5);
BENCHMARK(client_get_no_content)->UseRealTime()->MinTime(0.5)->Repetitions(5);

/// Requests/s of each benchmark, then the client / raw ratios (wall time: the
/// server's work counts too).
void print_ratios(const ratio_reporter& reporter) {
    std::printf("\n");
    for (const char* n : {"raw_httplib_get", "client_get_payment", "raw_httplib_get_unparsed", "client_get_no_content"})
        if (const double ns = reporter.real_ns(n); ns > 0)
            std::printf("%-26s %8.0f requests/s (CPU %.1f us/request)\n", n, 1e9 / ns, reporter.cpu_ns(n) / 1e3);
    auto ratio = [&](const char* client, const char* raw, const char* what) {
        if (const double r = reporter.real_ratio(raw, client); r > 0)
            std::printf("ratio %-28s %.2fx  (%s / %s, requests/s)\n", what, r, client, raw);
    };
    ratio("client_get_payment", "raw_httplib_get", "typed GET (target >= 0.90):");
    ratio("client_get_no_content", "raw_httplib_get_unparsed", "runtime only, no decoding:");
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<char*> args(argv, argv + argc);
    std::string interleave = "--benchmark_enable_random_interleaving=true";
    bool told = false;
    for (int i = 1; i < argc; ++i) told = told || std::string(argv[i]).rfind("--benchmark_enable_random_interleaving", 0) == 0;
    if (!told) args.insert(args.begin() + 1, interleave.data());
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data())) return 1;
    if (payment_body().empty()) {
        std::fprintf(stderr, "missing fixture java/payment_create_card_approved.json\n");
        return 1;
    }
    {
        test_support::loopback_server srv([](httplib::Server& s) {
            s.Get(R"(/v1/payments/(\d+))", [](const httplib::Request&, httplib::Response& res) {
                res.set_header("X-Request-Id", "bench-request-id");
                res.set_content(payment_body(), "application/json");
            });
        });
        server = &srv;
        ratio_reporter reporter;
        benchmark::RunSpecifiedBenchmarks(&reporter);
        print_ratios(reporter);
        server = nullptr;
    }
    benchmark::Shutdown();
    return 0;
}
