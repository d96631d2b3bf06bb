// Writes generated rosters for the Python benchmarks: mandat_bench_generate DIR N [N ...]
// writes DIR/roster-N.json with N appointments and N/10 meetings (bench/roster_generator.hpp).
#include <cstdio>
#include <string>

#include "mandat/mandat.hpp"
#include "roster_generator.hpp"

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s DIR N [N ...]\n", argv[0]);
        return 2;
    }
    for (int i = 2; i < argc; ++i) {
        const std::size_t n = std::stoul(argv[i]);
        const auto r = mandat::bench::generate_roster(mandat::trondelag_2022(), n, n / 10);
        mandat::save_roster_file(r, std::string(argv[1]) + "/roster-" + std::to_string(n) + ".json");
    }
    return 0;
}
