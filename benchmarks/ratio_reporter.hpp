// Google Benchmark's console output, plus each benchmark's time per iteration
// kept so that main() can print ratios against a baseline measured in the
// same run (the figures README reports).
//
//     ratio_reporter reporter;
//     benchmark::RunSpecifiedBenchmarks(&reporter);
//     std::printf("%.2fx\n", reporter.cpu_ratio("decode_payment", "dom_parse"));
//
// With repetitions, the median stands for the benchmark; without, its run.
#pragma once

#include <benchmark/benchmark.h>

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

class ratio_reporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const auto& r : runs) {
            if (r.error_occurred) continue;
            const bool median = r.run_type == Run::RT_Aggregate && r.aggregate_name == "median";
            if (r.run_type == Run::RT_Aggregate && !median) continue;
            times& t = times_[r.run_name.function_name];
            if (median || !t.from_median) t = {r.GetAdjustedRealTime(), r.GetAdjustedCPUTime(), median};
        }
        ConsoleReporter::ReportRuns(runs);
    }

    /// Nanoseconds per iteration (CPU time of the benchmark's thread, or wall
    /// time); 0 when the benchmark did not run.
    double cpu_ns(std::string_view name) const { return find(name).cpu; }
    double real_ns(std::string_view name) const { return find(name).real; }

    /// time(a) / time(b), by CPU time (steadier than wall time on a shared
    /// machine) or wall time; 0 when either is missing.
    double cpu_ratio(std::string_view a, std::string_view b) const { return ratio(cpu_ns(a), cpu_ns(b)); }
    double real_ratio(std::string_view a, std::string_view b) const { return ratio(real_ns(a), real_ns(b)); }

private:
    struct times {
        double real = 0;
        double cpu = 0;
        bool from_median = false;
    };

    const times& find(std::string_view name) const {
        static const times none{};
        const auto it = times_.find(name);
        return it == times_.end() ? none : it->second;
    }
    static double ratio(double a, double b) { return (a == 0 || b == 0) ? 0.0 : a / b; }

    std::map<std::string, times, std::less<>> times_;
};
