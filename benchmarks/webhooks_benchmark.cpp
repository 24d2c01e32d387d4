// The cost of trusting a notification: webhooks::verify against the one thing
// any verifier must do — a bare OpenSSL HMAC-SHA256 of the manifest — and the
// notification body's decode against a bare Boost.JSON parse, in the same run.
// Also: a mismatch costs what a match does (every comparison runs), and the
// opt-in lowercase retry costs one more digest.
// Inputs are test vector 1 of the shared reference (webhooks.md §2.4).
#include <mercadopago/json.hpp>
#include <mercadopago/webhooks.hpp>

#include <benchmark/benchmark.h>
#include <boost/json.hpp>
#include "ratio_reporter.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstdio>
#include <string>

namespace {

namespace wh = mercadopago::webhooks;

constexpr const char* secret = "your_secret_key_here";
constexpr const char* request_id = "2066ca19-c6f1-498a-be75-1923005edd06";
constexpr const char* data_id = "ORD01JQ4S4KY8HWQ6NA5PXB65B3D3";
constexpr const char* header = "ts=1742505638683,v1=fb15ae6472eb449173c556793205d77787d58f384d183bb5bc3b724c27bd103c";
constexpr const char* body =
    R"({"action":"payment.updated","api_version":"v1","data":{"id":"132646402927"},"date_created":"2025-11-10T13:38:25Z",)"
    R"("id":124358374021,"live_mode":true,"type":"payment","user_id":"1188183100","application_id":"7321451948224331",)"
    R"("version":3})";

void hmac_only(benchmark::State& state) {
    const std::string manifest = wh::manifest(request_id, data_id, "1742505638683");
    const std::string key = secret;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    for (auto _ : state) {
        HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(manifest.data()),
             manifest.size(), digest, &len);
        benchmark::DoNotOptimize(digest);
    }
}

void verify_valid(benchmark::State& state) {
    for (auto _ : state) {
        auto v = wh::verify(header, request_id, data_id, secret);
        if (!v) state.SkipWithError("vector 1 did not verify");
        benchmark::DoNotOptimize(v);
    }
}

void verify_mismatch(benchmark::State& state) {
    for (auto _ : state) {
        auto v = wh::verify(header, request_id, data_id, "not_the_secret");
        if (v) state.SkipWithError("a wrong secret verified");
        benchmark::DoNotOptimize(v);
    }
}

void verify_lowercase_retry(benchmark::State& state) {
    const wh::verify_options lowercase{.try_lowercase_id = true};
    for (auto _ : state) {
        auto v = wh::verify(header, request_id, data_id, "not_the_secret", lowercase);  // both forms tried
        benchmark::DoNotOptimize(v);
    }
}

void dom_parse_notification(benchmark::State& state) {
    for (auto _ : state) {
        boost::json::value v = boost::json::parse(body);
        benchmark::DoNotOptimize(v);
    }
}

void decode_notification(benchmark::State& state) {
    for (auto _ : state) {
        auto n = mercadopago::from_json<wh::notification>(body);
        if (!n) state.SkipWithError("decode failed");
        benchmark::DoNotOptimize(n);
    }
}

BENCHMARK(hmac_only);
BENCHMARK(verify_valid);
BENCHMARK(verify_mismatch);
BENCHMARK(verify_lowercase_retry);
BENCHMARK(dom_parse_notification);
BENCHMARK(decode_notification);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    ratio_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\nratio verify_valid / hmac_only:                %.2fx (the whole check against a bare HMAC)\n",
                reporter.cpu_ratio("verify_valid", "hmac_only"));
    std::printf("ratio verify_mismatch / verify_valid:          %.2fx (about 1: a mismatch takes as long)\n",
                reporter.cpu_ratio("verify_mismatch", "verify_valid"));
    std::printf("ratio verify_lowercase_retry / verify_valid:   %.2fx (one more digest)\n",
                reporter.cpu_ratio("verify_lowercase_retry", "verify_valid"));
    std::printf("ratio decode_notification / dom_parse:         %.2fx\n",
                reporter.cpu_ratio("decode_notification", "dom_parse_notification"));
    benchmark::Shutdown();
    return 0;
}
