// The mandat command-line interface as a function, shared by the executable, the Python
// package's `mandat` command and the tests.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace mandat::cli {

// Exit codes (docs/cli.md).
inline constexpr int exit_ok = 0;        // done; no error findings
inline constexpr int exit_findings = 1;  // done; at least one finding of severity error
inline constexpr int exit_usage = 2;     // bad arguments or bad input: nothing was checked

// Runs the command line `args` (args[0] is the program name) and returns the exit code.
// Never throws: every failure is reported on `err` and turned into an exit code.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace mandat::cli
