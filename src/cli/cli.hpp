// The mandat command line parsed by CLI11 from the table of spec.hpp, then run by dispatch:
// the executable, the C++ tests and the fuzzer use it.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/spec.hpp"

namespace mandat::cli {

// Runs the command line `args` (args[0] is the program name) and returns the exit code.
// Never throws: every failure is reported on `err` and turned into an exit code. What it
// writes to `out` and `err` passes the terminal escaper (mandat/terminal.hpp: controls shown
// as escapes, LF, TAB and CR LF kept); files written with --output are not escaped.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace mandat::cli
