// The message catalogue speaks both languages, with every placeholder filled, and the command
// line speaks Norwegian with --lang nb.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "mandat/mandat.hpp"
#include "support.hpp"

namespace {

using mandat::testing::M;

}  // namespace

TEST_CASE("the message catalogue: every entry in both languages, every placeholder filled") {
    const auto ids = mandat::message_ids();
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
    for (const char* code :
         {"quota.below_min", "quota.above_max", "quota.no_seat", "roster.duplicate_seat", "rotation.wrong_leader_org",
          "rotation.missing_leader", "rotation.wrong_coordinator_org", "rotation.missing_coordinator",
          "rotation.wrong_secretary_org", "rotation.missing_secretary", "meetings.above_max", "meetings.off_target",
          "attendance.missing", "roster.role_outside_body", "unknown.organisation"}) {
        INFO(code);
        CHECK(std::find(ids.begin(), ids.end(), code) != ids.end());
    }
    CHECK(mandat::render_message("word.leader", mandat::language::nb) == "leder");
    CHECK(mandat::render_message("quota.no_seat", mandat::language::en,
                                 {{"organisation_name", "X"}, {"count", "1"}, {"body_name", "Y"}}) ==
          "X has 1 representative in Y but holds no seat there under the mandate.");
    CHECK(mandat::render_message(
              "roster.duplicate_seat", mandat::language::nb,
              {{"who", "P"}, {"body_name", "B"}, {"organisation", "a"}, {"organisation", "b"}, {"organisation", "c"}}) ==
          "P har samtidig plass i B for a, b og c; en person teller for én organisasjon.");
    CHECK(mandat::severity_word(mandat::severity::warning, mandat::language::nb) == "advarsel");
    // A finding made in one language renders in the other from its facts.
    const auto r = mandat::load_roster_file(mandat::testing::example_roster_path);
    mandat::check_options nb;
    nb.lang = mandat::language::nb;
    const auto en_report = mandat::check_compliance(M(), r);
    const auto nb_report = mandat::check_compliance(M(), r, nb);
    REQUIRE(en_report.findings.size() == nb_report.findings.size());
    for (std::size_t i = 0; i < en_report.findings.size(); ++i) {
        const auto& f = en_report.findings[i];
        INFO(f.code);
        CHECK(mandat::render_message(f, mandat::language::en) == f.message);
        CHECK(mandat::render_message(f, mandat::language::nb) == nb_report.findings[i].message);
        CHECK(f.message.find('{') == std::string::npos);
        CHECK(nb_report.findings[i].message.find('{') == std::string::npos);
    }
}

namespace {
std::string cli_out(std::vector<std::string> args) {
    args.insert(args.begin(), "mandat");
    std::ostringstream out, err;
    CHECK(mandat::cli::run(args, out, err) == 0);
    return out.str();
}
}  // namespace

TEST_CASE("show, status and leader speak Norwegian with --lang nb") {
    const std::string show = cli_out({"show", "--lang", "nb", "--today", "2026-11-29"});
    CHECK_THAT(show, Catch::Contains("Periode i kraft: 2022-01-01 til og med 2025-12-31 [varighet, R11"));
    CHECK_THAT(show, Catch::Contains("I dag (2026-11-29): ikke lenger i kraft; siste dag i kraft var 2025-12-31."));
    CHECK_THAT(show, Catch::Contains("\nOrganer:\n"));
    CHECK_THAT(show, Catch::Contains("    møter: ca. 4 per kalenderår (3-5 uten advarsel) [organisering, R2]"));
    CHECK_THAT(show, Catch::Contains("    møter: inntil 8 per kalenderår [organisering, R3]"));
    CHECK_THAT(show, Catch::Contains("organisasjonen som har ledelsen, stiller med leder i styringsgruppen, koordinator i "
                                     "arbeidsutvalget, og sekretæren"));
    CHECK(show.find("Period in force") == std::string::npos);
    CHECK(cli_out({"status", "--date", "2023-06-01", "--lang", "nb"})
              .rfind("2023-06-01: i kraft (2022-01-01 til 2025-12-31); organisasjonen som har ledelsen: ks (KS Trøndelag)\n",
                     0) == 0);
    CHECK(cli_out({"status", "--date", "2026-01-01", "--lang", "nb"})
              .rfind("2026-01-01: ikke i kraft; mandatet er i kraft fra 2022-01-01 til og med 2025-12-31\n", 0) == 0);
    const std::string leader = cli_out({"leader", "--year", "2024", "--lang", "nb"});
    CHECK(leader.rfind("2024: tfk (Trøndelag fylkeskommune) har ledelsen\n  leder i styringsgruppen: tfk\n  koordinator i "
                       "arbeidsutvalget: tfk\n  sekretær: tfk\n",
                       0) == 0);
    CHECK(cli_out({"leader", "--year", "2026", "--lang", "nb"}) ==
          "Ingen mandat er i kraft i 2026 (mandatet er i kraft fra 2022-01-01 til 2025-12-31).\n");
    CHECK_THAT(cli_out({"leader", "--year", "2027", "--extrapolate", "--lang", "nb"}), Catch::Contains("EKSTRAPOLERT"));
}
