// The mandat executable: a thin shell around mandat::cli::run.
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv, argv + argc);
    return mandat::cli::run(args, std::cout, std::cerr);
}
