// Runs the command line in-process for the tests: mandat::cli::run with "mandat" as argv[0],
// its standard output and error captured.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.hpp"

namespace mandat::testing {

struct cli_result {
    int code;
    std::string out;
    std::string err;
};

inline cli_result run_cli(std::vector<std::string> args) {
    args.insert(args.begin(), "mandat");
    std::ostringstream out, err;
    const int code = mandat::cli::run(args, out, err);
    return {code, out.str(), err.str()};
}

}  // namespace mandat::testing
