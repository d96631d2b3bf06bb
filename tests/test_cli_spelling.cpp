// The command line spells each option and positional once (src/cli/spec.hpp, arg_id and
// arg_name); the table of commands and the code name an argument by its id.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "cli/spec.hpp"

TEST_CASE("the command line spells each argument once: every id has one name, no name two ids") {
    using mandat::cli::arg_id;
    std::set<std::string> names;
    const auto last = static_cast<int>(arg_id::lead_days);  // the last id of the enumeration
    for (int i = 0; i <= last; ++i) names.insert(mandat::cli::arg_name(static_cast<arg_id>(i)));
    CHECK(names.size() == static_cast<std::size_t>(last + 1));
    CHECK(mandat::cli::arg_name(arg_id::booked) == "--roster");
    CHECK(mandat::cli::arg_name(arg_id::roster) == "ROSTER");
    CHECK(mandat::cli::arg_name(arg_id::to, "oparl") == "--to oparl");
    CHECK(mandat::cli::usage_hint() == "Run with --help for more information.\n");
    // The table's arguments carry the name of their id.
    for (const auto& cmd : mandat::cli::commands())
        for (const auto& a : cmd.args) CHECK(a.name == mandat::cli::arg_name(a.id));
    for (const auto& a : mandat::cli::global_options()) CHECK(a.name == mandat::cli::arg_name(a.id));
}
