// Decode and encode of the largest real payment body, each against Boost.JSON
// doing the bare DOM equivalent on the same bytes in the same run.
// The ratios printed at the end are what README reports.
#include <mercadopago/json.hpp>
#include <mercadopago/models/payment.hpp>

#include <benchmark/benchmark.h>
#include "ratio_reporter.hpp"
#include <boost/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {

const std::string& fixture() {
    static const std::string text = [] {
        std::ifstream in(MERCADOPAGO_FIXTURES_DIR "/java/payment_create_pix_pending.json", std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }();
    return text;
}

void dom_parse(benchmark::State& state) {
    const std::string& text = fixture();
    for (auto _ : state) {
        boost::json::value v = boost::json::parse(text);
        benchmark::DoNotOptimize(v);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void decode_payment(benchmark::State& state) {
    const std::string& text = fixture();
    for (auto _ : state) {
        auto p = mercadopago::from_json<mercadopago::payment>(text);
        if (!p) state.SkipWithError("decode failed");
        benchmark::DoNotOptimize(p);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void dom_serialize(benchmark::State& state) {
    const boost::json::value v = boost::json::parse(fixture());
    for (auto _ : state) {
        std::string s = boost::json::serialize(v);
        benchmark::DoNotOptimize(s);
    }
}

void encode_payment(benchmark::State& state) {
    const mercadopago::payment p = mercadopago::from_json<mercadopago::payment>(fixture()).value();
    for (auto _ : state) {
        std::string s = mercadopago::to_json(p);
        benchmark::DoNotOptimize(s);
    }
}

BENCHMARK(dom_parse);
BENCHMARK(decode_payment);
BENCHMARK(dom_serialize);
BENCHMARK(encode_payment);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    ratio_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\nratio decode_payment / dom_parse:     %.2fx (lower is better; < 1 means faster than a bare DOM parse)\n",
                reporter.cpu_ratio("decode_payment", "dom_parse"));
    std::printf("ratio encode_payment / dom_serialize: %.2fx\n", reporter.cpu_ratio("encode_payment", "dom_serialize"));
    benchmark::Shutdown();
    return 0;
}
