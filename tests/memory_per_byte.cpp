// Holds the memory target of docs/performance.md ("Memory per input byte"): the command line
// checks a generated roster of about 27 MB (the shape "check: a large roster" of
// bench/bench_scaling.py: 100,000 persons, each with a four-year membership, and 48 meetings)
// in a child process, whose peak resident memory must be at most 4 bytes per byte of the file.
//
//   memory_per_byte MANDAT_EXE WORK_DIR
//
// The peak is the child's ru_maxrss (wait4). Linux carries the high-water mark of the process
// that spawns across exec, so this process writes the roster as it goes and stays small; it
// checks that it did.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace {

constexpr int persons = 100000;
constexpr double target_bytes_per_input_byte = 4.0;
constexpr long own_limit_kib = 32 * 1024;  // this process, to measure the child alone

std::string person_id(int i) {
    char id[32];
    std::snprintf(id, sizeof id, "person-%08d", i);
    return id;
}

void write_roster(const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    const char* orgs[] = {"ks", "tfk", "sf", "nfr"};
    out << R"({"format": "mandat.roster/1", "persons": [)";
    for (int i = 0; i < persons; ++i)
        out << (i ? ", " : "") << R"({"id": ")" << person_id(i) << R"(", "name": "Person number )" << i << R"(", "email": "p)"
            << i << R"(@example.org"})";
    out << R"(], "memberships": [)";
    for (int i = 0; i < persons; ++i)
        out << (i ? ", " : "") << R"({"id": "m)" << i << R"(", "person_id": ")" << person_id(i)
            << R"(", "organization_id": "arbeidsutvalget", "on_behalf_of_id": ")" << orgs[i % 4]
            << R"(", "role": "member", "start_date": "2022-01-01", "end_date": "2025-12-31"})";
    out << R"(], "meetings": [)";
    bool first = true;
    for (int y = 2022; y <= 2025; ++y)
        for (int m = 1; m <= 12; ++m) {
            char date[16];
            std::snprintf(date, sizeof date, "%d-%02d-15", y, m);
            out << (first ? "" : ", ") << R"({"organization_id": "arbeidsutvalget", "date": ")" << date
                << R"(", "attendee_ids": [")" << person_id(0) << R"(", ")" << person_id(1) << R"(", ")" << person_id(2)
                << R"(", ")" << person_id(3) << R"("]})";
            first = false;
        }
    out << "]}";
    if (!out.flush()) throw std::runtime_error("cannot write " + path);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: memory_per_byte MANDAT_EXE WORK_DIR\n";
        return 2;
    }
    const std::filesystem::path work = argv[2];
    std::filesystem::create_directories(work);
    const std::string path = (work / "memory-per-byte-roster.json").string();
    write_roster(path);
    const auto bytes = std::filesystem::file_size(path);

    std::vector<std::string> args = {argv[1], "check", path, "--json"};
    std::vector<char*> cargs;
    for (auto& a : args) cargs.push_back(a.data());
    cargs.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[1], &actions, nullptr, cargs.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::cerr << "cannot run " << argv[1] << "\n";
        return 2;
    }
    int status = 0;
    rusage child{};
    wait4(pid, &status, 0, &child);
    std::filesystem::remove(path);
    // 1: the check found something, as it does in this roster (no steering group).
    if (!WIFEXITED(status) || (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != 1)) {
        std::cerr << "mandat check failed with status " << status << "\n";
        return 2;
    }
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    const double per_byte = static_cast<double>(child.ru_maxrss) * 1024.0 / static_cast<double>(bytes);
    std::cout << "roster of " << bytes << " bytes: peak " << child.ru_maxrss << " KiB, " << per_byte
              << " bytes per input byte (target at most " << target_bytes_per_input_byte << "); this process " << self.ru_maxrss
              << " KiB\n";
    if (self.ru_maxrss > own_limit_kib) {
        std::cerr << "this process grew over " << own_limit_kib << " KiB: the child's peak would include it\n";
        return 1;
    }
    return per_byte <= target_bytes_per_input_byte ? 0 : 1;
}
