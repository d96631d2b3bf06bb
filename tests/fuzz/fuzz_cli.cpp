// Fuzzes the command line's argument handling: the input, split at newlines, is an argument
// list. run() must return 0, 1 or 2 and never throw; an "unexpected failure" (an exception
// that is not one of the library's errors, turned into exit 2) is a crash too. Arguments that would write files
// (--output) are left out, so fuzzing never touches the machine's files.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args{"mandat"};
    std::string current;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = static_cast<char>(data[i]);
        if (c == '\n') {
            args.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    args.push_back(current);
    for (const auto& a : args)
        if (a.rfind("--o", 0) == 0 || a.rfind("-o", 0) == 0) return -1;  // -1: keep out of the corpus
    std::ostringstream out, err;
    const int code = mandat::cli::run(args, out, err);
    if (code < 0 || code > 2) __builtin_trap();
    // The line dispatch writes for an exception that is not one of the library's errors (an
    // argument may well contain the words: only the line's own start counts).
    const std::string e = err.str();
    if (e.rfind("mandat: unexpected failure: ", 0) == 0 || e.find("\nmandat: unexpected failure: ") != std::string::npos)
        __builtin_trap();
    return 0;
}
