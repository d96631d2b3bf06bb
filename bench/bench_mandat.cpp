// Benchmarks (Google Benchmark). Run through scripts/bench, which writes docs/performance.md.
#include <benchmark/benchmark.h>

#include <cstdio>

#include "mandat/mandat.hpp"
#include "roster_generator.hpp"

namespace {

const mandat::mandate& M() { return mandat::trondelag_2022(); }

// A valid composition: no findings to build.
void composition_check_valid(benchmark::State& state) {
    const mandat::composition c{{"ks", 2}, {"tfk", 1}, {"sf", 1}, {"nfr", 1}, {"kdu", 1}};
    for (auto _ : state) benchmark::DoNotOptimize(M().check_composition("styringsgruppen", c));
}
BENCHMARK(composition_check_valid);

// The yes/no form: composition_checker, built once, one composition per call.
void composition_checker_valid_per_call(benchmark::State& state) {
    const mandat::composition_checker checker(M(), "styringsgruppen", {"ks", "tfk", "sf", "nfr", "kdu"});
    std::int64_t row[5] = {2, 1, 1, 1, 1};
    for (auto _ : state) {
        benchmark::DoNotOptimize(row);
        benchmark::DoNotOptimize(checker.valid(row));
    }
}
BENCHMARK(composition_checker_valid_per_call);

// An invalid composition: one finding with its message and quoted source.
void composition_check(benchmark::State& state) {
    const mandat::composition c{{"ks", 3}, {"tfk", 1}, {"sf", 1}, {"nfr", 1}, {"kdu", 1}};
    for (auto _ : state) benchmark::DoNotOptimize(M().check_composition("styringsgruppen", c));
}
BENCHMARK(composition_check);

// The batch checker over 1,000,000 rows of 5 columns: time per row (items per second).
void composition_batch_per_row(benchmark::State& state) {
    const mandat::composition_checker checker(M(), "styringsgruppen", {"ks", "tfk", "sf", "nfr", "kdu"});
    const std::size_t rows = 1000000;
    std::vector<std::int64_t> data(rows * 5);
    std::uint64_t x = 2022;
    for (auto& v : data) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        v = static_cast<std::int64_t>((x >> 33) % 3);
    }
    std::vector<std::uint8_t> out(rows);
    for (auto _ : state) {
        checker.check(data.data(), rows, 5, out.data());
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows));
}
BENCHMARK(composition_batch_per_row)->Unit(benchmark::kMillisecond);

void leading_organisation_by_year(benchmark::State& state) {
    int y = 2022;
    for (auto _ : state) {
        benchmark::DoNotOptimize(M().leading_organisation(y));
        y = y == 2026 ? 2021 : y + 1;
    }
}
BENCHMARK(leading_organisation_by_year);

void load_embedded_mandate(benchmark::State& state) {
    const auto text = mandat::trondelag_2022_document();
    for (auto _ : state) benchmark::DoNotOptimize(mandat::load_mandate(text));
}
BENCHMARK(load_embedded_mandate);

void load_mandate_from_file(benchmark::State& state) {
    const std::string path = MANDAT_SOURCE_DIR "/data/trondelag-2022.mandate.json";
    for (auto _ : state) benchmark::DoNotOptimize(mandat::load_mandate_file(path));
}
BENCHMARK(load_mandate_from_file);

// The compliance check over the whole period, appointments = range(0), meetings = range(1).
void compliance_check(benchmark::State& state) {
    const auto r =
        mandat::bench::generate_roster(M(), static_cast<std::size_t>(state.range(0)), static_cast<std::size_t>(state.range(1)));
    std::size_t findings = 0;
    for (auto _ : state) {
        auto rep = mandat::check_compliance(M(), r);
        findings = rep.findings.size();
        benchmark::DoNotOptimize(rep);
    }
    state.counters["appointments"] = static_cast<double>(state.range(0));
    state.counters["meetings"] = static_cast<double>(state.range(1));
    state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(compliance_check)
    ->Args({1000, 100})
    ->Args({10000, 1000})
    ->Args({100000, 10000})
    ->Args({1000000, 100000})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
