// What the C++ tests share: the embedded mandate, paths in the source tree and the example
// roster (tests/python/conftest.py holds the same for the Python tests).
#pragma once

#include <string>

#include "mandat/mandat.hpp"

namespace mandat::testing {

// The embedded Trøndelag mandate 2022-2025.
inline const mandat::mandate& M() { return mandat::trondelag_2022(); }

// A file or folder of the source tree, by its path from the top.
inline std::string source_path(const std::string& relative) { return std::string(MANDAT_SOURCE_DIR) + "/" + relative; }

// examples/roster-2022-2025.json: the example roster the docs and most tests use.
inline const std::string example_roster_path = source_path("examples/roster-2022-2025.json");

}  // namespace mandat::testing
