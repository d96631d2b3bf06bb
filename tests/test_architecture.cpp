// The architecture's promises: validate() rejects broken mandates built in code with a
// mandat::error (never a std:: exception or a signal); the rule table, the code and
// docs/clauses.md agree; the message catalogue speaks both languages; the library answers
// what the command line used to compute itself (seats_on, leadership_on).
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "cli/cli.hpp"
#include "mandat/mandat.hpp"

using mandat::date;

namespace {

const mandat::mandate& M() { return mandat::trondelag_2022(); }
date D(const char* s) { return *mandat::parse_date(s); }

std::string read_source(const std::string& relative) {
    std::ifstream in(std::string(MANDAT_SOURCE_DIR) + "/" + relative);
    REQUIRE(in.good());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The mandate broken by `edit` is rejected by validate() and by check_compliance() with a
// document_error of this id and pointer.
void rejected(const std::function<void(mandat::mandate&)>& edit, const char* id, const char* pointer, const char* says) {
    mandat::mandate m = M();
    edit(m);
    for (int entry = 0; entry < 2; ++entry) {
        INFO((entry == 0 ? "validate" : "check_compliance"));
        try {
            if (entry == 0)
                mandat::validate(m);
            else
                mandat::check_compliance(m, mandat::roster{});
            FAIL("accepted");
        } catch (const mandat::document_error& e) {
            CHECK(e.id() == id);
            CHECK(e.pointer() == pointer);
            CHECK_THAT(e.what(), Catch::Contains(says));
        }
    }
}

}  // namespace

TEST_CASE("validate: the embedded mandate holds together") { CHECK_NOTHROW(mandat::validate(M())); }

TEST_CASE("validate: mandates built in code are rejected with a mandat::error and a JSON pointer") {
    rejected([](auto& m) { m.rotation.order.clear(); }, "document.invalid_value", "/rotation/order",
             "the rotation needs at least one organisation");
    rejected([](auto& m) { m.rotation.order[1] = "fylket"; }, "document.unknown_reference", "/rotation/order/1",
             "unknown organisation \"fylket\"");
    rejected([](auto& m) { m.bodies[0].quotas[4].organisation_id = "kdx"; }, "document.unknown_reference",
             "/bodies/items/0/quotas/seats/4/organisation_id", "unknown organisation \"kdx\"");
    rejected([](auto& m) { m.rotation.roles[1].body_id = "styret"; }, "document.unknown_reference", "/rotation/roles/1/body_id",
             "unknown body \"styret\"");
    rejected([](auto& m) { m.bodies[1].id = m.bodies[0].id; }, "document.duplicate_id", "/bodies/items/1/id", "used twice");
    rejected([](auto& m) { m.bodies[1].quotas[2].min = 3; }, "document.inconsistent", "/bodies/items/1/quotas/seats/2/min",
             "min (3) is greater than max (2)");
    rejected([](auto& m) { m.bodies[0].quotas[0].max = 0; }, "document.invalid_value", "/bodies/items/0/quotas/seats/0/max",
             "a quota of at most 0 seats");
    rejected([](auto& m) { m.organisations[0].parent_id = "tfk"; }, "document.cycle", "/organisations/0/parent_id",
             "form a cycle");
    rejected([](auto& m) { m.rotation.first_year = 0; }, "document.out_of_range", "/rotation/first_year",
             "0 is outside the allowed range 1400..9999");
    rejected([](auto& m) { m.validity.in_force = mandat::period(D("2026-01-01"), D("2022-01-01")); }, "document.inconsistent",
             "/validity", "a first and a last day, in that order");
    rejected([](auto& m) { m.attendance.push_back(m.attendance[0]); }, "document.duplicate_id", "/attendance/1",
             "is listed twice");
    rejected([](auto& m) { m.preparation[0].prepares = m.preparation[0].body_id; }, "document.inconsistent",
             "/preparation/0/prepares", "cannot prepare its own meetings");
    rejected([](auto& m) { m.validity.cite.source = "1.1.2022 til 1.1.2027."; }, "document.misquoted", "/validity/source",
             "not found verbatim in clause \"varighet\"");
    rejected([](auto& m) { m.bodies.clear(); }, "document.invalid_value", "/bodies/items", "at least one body");
}

TEST_CASE("validate: quotes that are not lines or sentences of a long clause have a search budget") {
    // Clause "styringsgruppen" gets a line of 1 MiB; each seat below quotes "xx", which is in
    // that line but is no line or sentence of it, so each costs a search through the clause.
    auto with_seats = [](std::size_t n) {
        mandat::mandate m = M();
        for (auto& c : m.clauses)
            if (c.id == "styringsgruppen") c.text.push_back(std::string(std::size_t{1} << 20, 'x'));
        for (std::size_t i = 0; i < n; ++i) {
            mandat::organisation o;
            o.id = "o" + std::to_string(i);
            o.name = "Org " + o.id;
            m.organisations.push_back(o);
            m.bodies[0].quotas.push_back({o.id, 0, 1, "xx"});
        }
        return m;
    };
    // 200 searches of a little over 1 MiB: within the 256 MiB budget.
    CHECK_NOTHROW(mandat::validate(with_seats(200)));
    // 300: past it, refused with the pointer of the quote where the budget ran out.
    try {
        mandat::validate(with_seats(300));
        FAIL("accepted");
    } catch (const mandat::document_error& e) {
        CHECK(e.id() == std::string("document.too_complex"));
        CHECK_THAT(e.pointer(), Catch::StartsWith("/bodies/items/0/quotas/seats/2"));
        CHECK_THAT(e.what(), Catch::Contains("would read more than 268435456 bytes of clause text"));
    }
    // The embedded mandate's quotes are lines or sentences: none is searched for.
    CHECK_NOTHROW(mandat::validate(M()));
}

TEST_CASE("an empty rotation built in code is a query_error in every rotation query, never a signal") {
    mandat::mandate m = M();
    m.rotation.order.clear();
    CHECK_THROWS_AS(m.leading_organisation(2023), mandat::query_error);
    CHECK_THROWS_AS(m.leadership_in(2023), mandat::query_error);
    CHECK_THROWS_AS(m.leadership_on(D("2023-06-01")), mandat::query_error);
    CHECK_THROWS_AS(m.rotation.turn_index(2023), mandat::query_error);
}

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
    const auto r = mandat::load_roster_file(std::string(MANDAT_SOURCE_DIR) + "/examples/roster-2022-2025.json");
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
    mandat::cli::run({"mandat", "roster", std::string(MANDAT_SOURCE_DIR) + "/examples/roster-2022-2025.json", "--date",
                      "2023-04-01", "--json"},
                     out, err);
    CHECK(nlohmann::json::parse(out.str()) == mandat::to_json(day));
}

TEST_CASE("the rule table: every rule of the mandate has an evaluator, found in the code under its rule id") {
    std::set<std::string> rules;
    for (const auto& c : M().clauses)
        for (const auto& r : c.rules) rules.insert(r);
    REQUIRE(rules.size() == 11);
    for (const auto& r : rules) {
        INFO(r);
        CHECK(mandat::find_rule_evaluator(r) != nullptr);
    }
    CHECK(mandat::rule_table().size() == rules.size());
    for (const auto& entry : mandat::rule_table()) {
        CHECK(rules.count(std::string(entry.rule)) == 1);
        for (auto evaluator : entry.evaluators) {
            INFO(std::string(entry.rule) + " " + std::string(evaluator));
            const auto colon = evaluator.find(':');
            REQUIRE(colon != std::string_view::npos);
            const std::string file(evaluator.substr(0, colon)), function(evaluator.substr(colon + 1));
            const std::string text = read_source(file);
            // The definition: the function's name followed by "(" at the start of a declaration,
            // with the comment block just above it naming the rule.
            std::istringstream lines(text);
            std::string line, comment;
            bool found = false;
            while (std::getline(lines, line)) {
                const auto first = line.find_first_not_of(' ');
                const bool is_comment = first != std::string::npos && line.compare(first, 2, "//") == 0;
                if (is_comment) {
                    comment += line + "\n";
                    continue;
                }
                if (line.find(function + "(") != std::string::npos && !comment.empty() && line.find(';') == std::string::npos) {
                    found = true;
                    CHECK_THAT(comment, Catch::Contains(std::string(entry.rule)));
                    break;
                }
                comment.clear();
            }
            CHECK(found);
        }
    }
}

TEST_CASE("the rule table agrees with docs/clauses.md") {
    const std::string doc = read_source("docs/clauses.md");
    for (const auto& entry : mandat::rule_table()) {
        // The row of the rule: "| `clause` | R5 | ..." names every evaluator function.
        const std::string marker = "| " + std::string(entry.rule) + " |";
        const auto at = doc.find(marker);
        INFO(entry.rule);
        REQUIRE(at != std::string::npos);
        const std::string row = doc.substr(at, doc.find('\n', at) - at);
        for (auto evaluator : entry.evaluators) {
            const std::string function(evaluator.substr(evaluator.find(':') + 1));
            INFO(function);
            CHECK_THAT(row, Catch::Contains(function));
        }
    }
}

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
    const auto r = mandat::load_roster_file(std::string(MANDAT_SOURCE_DIR) + "/examples/roster-2022-2025.json");
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

TEST_CASE("one version: the macros, mandat::version and the command line agree") {
    const std::string from_macros = std::to_string(MANDAT_VERSION_MAJOR) + "." + std::to_string(MANDAT_VERSION_MINOR) + "." +
                                    std::to_string(MANDAT_VERSION_PATCH);
    CHECK(from_macros == mandat::version);
    std::ostringstream out, err;
    CHECK(mandat::cli::run({"mandat", "--version"}, out, err) == 0);
    CHECK(out.str() == "mandat " + from_macros + "\n");
}
