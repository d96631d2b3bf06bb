// The library answers what the command line used to compute itself (leadership_on,
// seats_on), and one version number everywhere.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "cli/cli.hpp"
#include "mandat/mandat.hpp"
#include "support.hpp"

using mandat::date;

namespace {

using mandat::testing::M;

date D(const char* s) { return *mandat::parse_date(s); }

}  // namespace

TEST_CASE("ledelse R6: leadership_on a day, the query the command line now asks", "[R6]") {
    CHECK(M().leadership_on(D("2025-12-31"))->organisation_id == "ks");
    CHECK(M().leadership_on(D("2025-12-31"))->in_force);
    CHECK_FALSE(M().leadership_on(D("2026-01-01")).has_value());
    const auto x = M().leadership_on(D("2026-01-01"), true);
    REQUIRE(x.has_value());
    CHECK(x->organisation_id == "tfk");  // 2026 is even: the county's turn, were the rotation continued
    CHECK(x->extrapolated);
    CHECK_FALSE(x->in_force);
    CHECK(M().leadership_on(D("2022-01-01"))->organisation_id == "tfk");
}

TEST_CASE("seats_on: who sits where on 2023-04-01 in the example roster") {
    const auto r = mandat::load_roster_file(mandat::testing::example_roster_path);
    const auto day = mandat::seats_on(M(), r, D("2023-04-01"));
    CHECK(day.in_force);
    CHECK(day.leading_organisation == std::string("ks"));
    REQUIRE(day.bodies.size() == 2);
    CHECK(day.bodies[0].body_id == "styringsgruppen");
    CHECK(day.bodies[0].counts == std::map<std::string, unsigned>{{"kdu", 1}, {"ks", 2}, {"sf", 1}, {"tfk", 1}});
    // The only Forskningsrådet member left on 2023-02-28 and the successor starts 2023-05-15 (R5).
    REQUIRE(day.findings.size() == 1);
    CHECK(day.findings[0].code == "quota.below_min");
    CHECK(day.findings[0].organisation == "nfr");
    CHECK(day.has_errors());
    // The CLI's JSON is this value's JSON.
    std::ostringstream out, err;
    mandat::cli::run({"mandat", "roster", mandat::testing::example_roster_path, "--date", "2023-04-01", "--json"}, out, err);
    CHECK(nlohmann::json::parse(out.str()) == mandat::to_json(day));
}

TEST_CASE("one version: the macros, mandat::version and the command line agree") {
    const std::string from_macros = std::to_string(MANDAT_VERSION_MAJOR) + "." + std::to_string(MANDAT_VERSION_MINOR) + "." +
                                    std::to_string(MANDAT_VERSION_PATCH);
    CHECK(from_macros == mandat::version);
    std::ostringstream out, err;
    CHECK(mandat::cli::run({"mandat", "--version"}, out, err) == 0);
    CHECK(out.str() == "mandat " + from_macros + "\n");
}
