// The command-line interface (src/cli): show, status, leader, composition, explain; --json,
// --mandate, --lang, --today; exit codes 0 (ok), 1 (error findings), 2 (bad input).
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "cli_run.hpp"
#include "mandat/mandat.hpp"
#include "support.hpp"

using nlohmann::json;

namespace {

using result = mandat::testing::cli_result;
const auto& run = mandat::testing::run_cli;

json run_json(std::vector<std::string> args) {
    args.push_back("--json");
    auto r = run(args);
    INFO(r.err);
    REQUIRE(r.code <= 1);
    return json::parse(r.out);
}

}  // namespace

TEST_CASE("show: parties, bodies with quotas and meetings, the rotation, and that the mandate has expired") {
    auto r = run({"show", "--today", "2026-11-28"});
    REQUIRE(r.code == 0);
    for (const char* s :
         {"Trøndelag fylkeskommune", "Statsforvalteren i Trøndelag", "Forskningsrådet region Trøndelag", "KS Trøndelag",
          "kommunedirektørutvalget i KS Trøndelag (part of ks)", "seats: ks 1-2, tfk 1-2, sf 1-2, nfr 1, kdu 1 (size 5-8)",
          "seats: tfk 1-2, ks 1-2, sf 1-2, nfr 1 (size 4-7)",
          "meetings: about 4 per calendar year (3-5 without a warning) [organisering, R2]",
          "meetings: at most 8 per calendar year [organisering, R3]", "  2022  tfk", "  2023  ks", "  2024  tfk", "  2025  ks",
          "Today (2026-11-28): no longer in force; the last day in force was 2025-12-31."}) {
        INFO(s);
        CHECK_THAT(r.out, Catch::Contains(s));
    }
    CHECK_THAT(run({"show", "--today", "2024-03-01"}).out, Catch::Contains("Today (2024-03-01): in force."));
    CHECK_THAT(run({"show", "--today", "2021-06-01"}).out, Catch::Contains("not yet in force"));
}

TEST_CASE("show --json") {
    auto j = run_json({"show", "--today", "2026-11-28"});
    CHECK(j["in_force_today"] == false);
    CHECK(j["period"]["start_date"] == "2022-01-01");
    CHECK(j["period"]["end_date"] == "2025-12-31");
    CHECK(j["parties"].size() == 4);
    CHECK(j["bodies"][0]["id"] == "styringsgruppen");
    CHECK(j["bodies"][0]["max_size"] == 8);
    CHECK(j["bodies"][1]["meetings"]["maximum"] == 8);
    std::vector<std::string> turns;
    for (const auto& y : j["rotation"]) turns.push_back(y["organisation_id"]);
    CHECK(turns == std::vector<std::string>{"tfk", "ks", "tfk", "ks"});
    CHECK(j["signature"]["date"] == "2022-02");
}

TEST_CASE("status --date at the boundary days (R11)", "[R11]") {
    CHECK(run_json({"status", "--date", "2021-12-31"})["in_force"] == false);
    CHECK(run_json({"status", "--date", "2022-01-01"})["in_force"] == true);
    CHECK(run_json({"status", "--date", "2025-12-31"})["leading_organisation"] == "ks");
    CHECK(run_json({"status", "--date", "2026-01-01"})["leading_organisation"].is_null());
    CHECK_THAT(run({"status", "--date", "2026-01-01"}).out, Catch::Contains("2026-01-01: not in force"));
}

TEST_CASE("leader --year and --date (R6)", "[R6]") {
    CHECK(run_json({"leader", "--year", "2022"})["leading_organisation"] == "tfk");
    CHECK(run_json({"leader", "--year", "2023"})["leading_organisation"] == "ks");
    CHECK(run_json({"leader", "--date", "2024-06-30"})["leading_organisation"] == "tfk");
    auto j = run_json({"leader", "--year", "2025"});
    CHECK(j["roles"] == json::parse(R"([{"role":"leader","body":"styringsgruppen","organisation_id":"ks"},
                                        {"role":"coordinator","body":"arbeidsutvalget","organisation_id":"ks"},
                                        {"role":"secretary","body":null,"organisation_id":"ks"}])"));
    CHECK_THAT(run({"leader", "--year", "2023"}).out, Catch::StartsWith("2023: ks (KS Trøndelag) leads\n"));
}

TEST_CASE("leader --year 2026 --json: no mandate in force, exit code 0 (R6, R11)", "[R6][R11]") {
    auto r = run({"leader", "--year", "2026", "--json"});
    CHECK(r.code == 0);
    auto j = json::parse(r.out);
    CHECK(j["in_force"] == false);
    CHECK(j["leading_organisation"].is_null());
    CHECK(j["extrapolated"] == false);
    CHECK(j["message"] == "no mandate is in force in 2026");
    // Only on request, and marked.
    auto x = run_json({"leader", "--year", "2026", "--extrapolate"});
    CHECK(x["leading_organisation"] == "tfk");
    CHECK(x["extrapolated"] == true);
    CHECK_THAT(run({"leader", "--year", "2027", "--extrapolate"}).out, Catch::Contains("EXTRAPOLATED"));
}

TEST_CASE("composition styringsgruppen ks=3 reports quota.above_max citing styringsgruppen (R5)", "[R5]") {
    auto r = run({"composition", "styringsgruppen", "ks=3", "tfk=1", "sf=1", "nfr=1", "kdu=1", "--json"});
    CHECK(r.code == 1);
    auto j = json::parse(r.out);
    CHECK(j["valid"] == false);
    REQUIRE(j["findings"].size() == 1);
    CHECK(j["findings"][0]["code"] == "quota.above_max");
    CHECK(j["findings"][0]["clause"] == "styringsgruppen");
    CHECK(j["findings"][0]["organisation"] == "ks");
    CHECK(j["findings"][0]["severity"] == "error");
    CHECK(j["findings"][0]["source"] == "1-2 representanter fra KS");

    auto ok = run({"composition", "arbeidsutvalget", "tfk=1", "ks=2", "sf=1", "nfr=1"});
    CHECK(ok.code == 0);
    CHECK(ok.out == "The composition complies with the mandate.\n");
    auto nb = run({"composition", "arbeidsutvalget", "tfk=1", "ks=2", "sf=1", "nfr=1", "kdu=1", "--lang", "nb"});
    CHECK(nb.code == 1);
    // One finding printer for every command: the severity is a word of the chosen language.
    CHECK_THAT(nb.out,
               Catch::Contains("  feil  quota.no_seat  [arbeidsutvalget R9]\n      kommunedirektørutvalget i KS Trøndelag har 1 "
                               "representant i Arbeidsutvalget, men ingen plass der etter mandatet.\n"));
}

TEST_CASE("explain prints the verbatim source of a clause or a rule") {
    auto r = run({"explain", "ledelse"});
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("Trøndelag fylkeskommune har ansvaret i 2022, KS i 2023 osv."));
    auto j = run_json({"explain", "R11"});
    CHECK(j["id"] == "varighet");
    CHECK(j["source_text"] == "Mandatets varighet\n1.1.2022 til 1.1.2026.");
}

TEST_CASE("a mandate document given by file path") {
    const std::string path = std::string(MANDAT_SOURCE_DIR) + "/data/trondelag-2022.mandate.json";
    CHECK(run_json({"leader", "--year", "2023", "--mandate", path})["leading_organisation"] == "ks");
}

TEST_CASE("bad arguments get a clear message and exit code 2") {
    struct bad {
        std::vector<std::string> args;
        const char* says;
    };
    const std::vector<bad> cases = {
        {{}, "A subcommand is required"},
        {{"frobnicate"}, "frobnicate"},
        {{"status", "--date", "2023-02-30"}, "--date: \"2023-02-30\" is not a valid date"},
        {{"leader", "--year", "abc"}, "--year"},
        {{"leader", "--year", "2022", "--date", "2022-01-01"}, "excludes"},
        {{"composition", "styret", "ks=1"}, "unknown body \"styret\" (known: styringsgruppen, arbeidsutvalget)"},
        {{"composition", "styringsgruppen", "ks3"}, "\"ks3\": expected ORG=N"},
        {{"composition", "styringsgruppen", "ks=-1"}, "\"ks=-1\": N must not be negative"},
        {{"composition", "styringsgruppen", "ks=two"}, "\"ks=two\": N must be a whole number"},
        {{"composition", "styringsgruppen", "ks=1", "ks=2"}, "\"ks\" is given twice"},
        {{"explain", "R99"}, "unknown clause \"R99\""},
        {{"show", "--lang", "de"}, "--lang"},
        {{"show", "--mandate", "/nonexistent.json"}, "cannot read /nonexistent.json"},
        {{"show", "--mandate", std::string(MANDAT_SOURCE_DIR) + "/data/mandat-trondelag-2022.nb.txt"}, "malformed JSON"},
    };
    for (const auto& c : cases) {
        auto r = run(c.args);
        INFO(r.err);
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Catch::Contains(c.says));
    }
}

namespace {
std::string example() { return mandat::testing::example_roster_path; }
}  // namespace

TEST_CASE("check on the example roster: the report in English, exit code 1 for its errors") {
    auto r = run({"check", example()});
    CHECK(r.code == 1);
    for (const char* s :
         {"Compliance report: Mandat for arbeidet i Trøndelag (trondelag-foui-2022)", "Checked 2022-01-01 to 2025-12-31",
          "Findings: 3 errors, 1 warning, 2 info", "2023  leading: ks (KS Trøndelag)",
          "      days with a composition breach: arbeidsutvalget 0, styringsgruppen 75",
          "      meetings: arbeidsutvalget 9, styringsgruppen 4",
          "  2023-03-01 .. 2023-05-14  error  quota.below_min  [styringsgruppen R5]",
          "      «1 representant fra Forskningsrådet»"}) {
        INFO(s);
        CHECK_THAT(r.out, Catch::Contains(s));
    }
}

TEST_CASE("check --lang nb: the report in Norwegian bokmål, the same codes") {
    auto r = run({"check", example(), "--lang", "nb"});
    CHECK(r.code == 1);
    for (const char* s : {"Etterlevelsesrapport: Mandat for arbeidet i Trøndelag", "Kontrollert 2022-01-01 til 2025-12-31",
                          "Funn: 3 feil, 1 advarsel, 2 info", "2024  ledelse: tfk (Trøndelag fylkeskommune)",
                          "  2024-01-01 .. 2024-12-31  feil  meetings.above_max  [organisering R3]",
                          "      Arbeidsutvalget hadde 9 møter i 2024; mandatet tillater inntil 8."}) {
        INFO(s);
        CHECK_THAT(r.out, Catch::Contains(s));
    }
}

TEST_CASE("check --json, --from/--to, --redact") {
    auto j = run_json({"check", example()});
    CHECK(j["format"] == "mandat.report/1");
    CHECK(j["counts"] == json::parse(R"({"error": 3, "warning": 1, "info": 2})"));
    CHECK(j["findings"].size() == 6);
    CHECK(j["findings"][2]["code"] == "quota.below_min");
    CHECK(j["findings"][2]["start_date"] == "2023-03-01");
    CHECK(j["findings"][2]["end_date"] == "2023-05-14");
    // A window without errors exits 0.
    auto quiet = run({"check", example(), "--from", "2022-01-01", "--to", "2022-12-31", "--json"});
    CHECK(quiet.code == 0);
    CHECK(json::parse(quiet.out)["counts"]["error"] == 0);
    auto redacted = run({"check", example(), "--redact"});
    CHECK(redacted.out.find("Astrid Demoland") == std::string::npos);
    CHECK(redacted.out.find("p-tfk1") == std::string::npos);
    CHECK_THAT(redacted.out, Catch::Contains(mandat::pseudonym("p-tfk1") + ", leader of Styringsgruppen"));
}

TEST_CASE("roster --date: who sits where, and that day's findings") {
    auto r = run({"roster", example(), "--date", "2023-01-15"});
    CHECK(r.code == 1);  // the county's leader was not replaced on 1 January
    CHECK_THAT(r.out, Catch::Contains("2023-01-15: in force; leading: ks (KS Trøndelag)"));
    CHECK_THAT(r.out, Catch::Contains("  tfk   Astrid Demoland (p-tfk1) [leader]"));
    CHECK_THAT(r.out, Catch::Contains("Secretary: Nils Fiktivsen (p-ks4), ks"));
    CHECK_THAT(r.out, Catch::Contains("rotation.wrong_leader_org"));
    auto j = run_json({"roster", example(), "--date", "2023-04-01"});
    CHECK(j["bodies"][0]["counts"] == json::parse(R"({"kdu": 1, "ks": 2, "sf": 1, "tfk": 1})"));
    REQUIRE(j["findings"].size() == 1);
    CHECK(j["findings"][0]["code"] == "quota.below_min");
    CHECK(j["findings"][0]["organisation"] == "nfr");
    auto ok = run({"roster", example(), "--date", "2024-05-01"});
    CHECK(ok.code == 0);
}

TEST_CASE("check and roster: bad input exits 2 with the file and the JSON pointer") {
    const std::string dir = std::string(MANDAT_SOURCE_DIR) + "/tests/data/";
    auto missing = run({"check", "/nonexistent/roster.json"});
    CHECK(missing.code == 2);
    CHECK_THAT(missing.err, Catch::Contains("cannot read /nonexistent/roster.json"));
    auto bad = run({"check", dir + "roster-end-before-start.json"});
    CHECK(bad.code == 2);
    CHECK_THAT(bad.err,
               Catch::Contains("at /memberships/1/end_date: the end date 2022-12-31 is before the start date 2023-01-01"));
    auto order = run({"check", example(), "--from", "2024-01-01", "--to", "2023-01-01"});
    CHECK(order.code == 2);
    CHECK_THAT(order.err, Catch::Contains("--to 2023-01-01 is before --from 2024-01-01"));
    CHECK(run({"check", example(), "--from", "2024-02-30"}).code == 2);
    CHECK(run({"roster", example(), "--date", "x"}).code == 2);
}

TEST_CASE("messages that help: empty values, large numbers, the date range, hex, long input") {
    auto says = [](const std::vector<std::string>& args, const std::string& text) {
        const auto r = run(args);
        INFO(r.err);
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Catch::Contains(text));
    };
    says({"--today=", "show"}, "mandat: the option --today was given an empty value");
    says({"leader", "--year="}, "the option --year was given an empty value");
    says({"composition", "styringsgruppen", "ks=99999999999999999999"},
         "\"ks=99999999999999999999\": N is too large (at most 9223372036854775807)");
    says({"leader", "--year", "99999999999"}, "--year: 99999999999 is too large (at most 2147483647 in size)");
    says({"leader", "--year", "0x7E7"}, "--year: \"0x7E7\" is not a whole number");
    says({"status", "--date", "10000-01-01"},
         "--date: \"10000-01-01\" is not a valid date (expected YYYY-MM-DD, a real day from 1400-01-01 to 9999-12-31)");
    says({"check", example(), "--from", "2027-01-01"},
         "the interval starts on 2027-01-01, after the mandate's last day (2025-12-31), where it ends unless told otherwise");
    // Echoed input is cut to an excerpt.
    const auto long_body = run({"composition", std::string(5000, 'x')});
    CHECK(long_body.code == 2);
    CHECK_THAT(long_body.err, Catch::Contains("unknown body \"" + std::string(60, 'x') + "... (5000 bytes)\""));
    CHECK(long_body.err.size() < 300);
    const auto long_command = run({std::string(5000, 'y')});
    CHECK(long_command.code == 2);
    CHECK(long_command.err.size() < 300);
}

TEST_CASE("the output option writes the report to a file, atomically") {
    const auto dir = std::filesystem::temp_directory_path() / "mandat-test-output";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "report.json").string();
    auto r = run({"check", example(), "--json", "--output", path});
    CHECK(r.code == 1);
    CHECK(r.out.empty());
    CHECK(json::parse(mandat::read_file(path))["counts"]["error"] == 3);
    // Replacing it leaves exactly the new content and no temporary file.
    CHECK(run({"leader", "--year", "2024", "--output", path}).code == 0);
    CHECK(mandat::read_file(path) == run({"leader", "--year", "2024"}).out);
    CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
    // An output that cannot be written: exit 2, the message names it.
    auto bad = run({"show", "--output", (dir / "missing" / "x.txt").string()});
    CHECK(bad.code == 2);
    CHECK_THAT(bad.err, Catch::Contains("cannot write") && Catch::Contains("missing/x.txt"));
    // The output is never one of the command's inputs (the roster, --mandate, --history, lint's
    // and diff's files), however it is spelled; the input is left as it was.
    const std::string roster = (dir / "roster.json").string();
    mandat::write_file_atomic(roster, mandat::read_file(example()));
    const std::string mandate = (dir / "mandate.json").string();
    mandat::save_mandate_file(mandat::trondelag_2022(), mandate);
    const std::string mandate_before = mandat::read_file(mandate);
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"check", roster, "--output", roster},
             {"roster", roster, "--date", "2023-01-01", "--output", (dir / "." / "roster.json").string()},
             {"--mandate", mandate, "show", "--output", mandate},
             {"lint", mandate, "--output", mandate},
             {"diff", mandate, mandate, "--output", mandate}}) {
        auto refused = run(args);
        CHECK(refused.code == 2);
        CHECK_THAT(refused.err, Catch::Contains("it is the input") && Catch::Contains("[io.overwrites_input]"));
    }
    CHECK(mandat::read_file(roster) == mandat::read_file(example()));
    CHECK(mandat::read_file(mandate) == mandate_before);
    std::filesystem::remove_all(dir);
}

namespace {

result dispatch(const mandat::cli::invocation& inv) {
    std::ostringstream out, err;
    const int code = mandat::cli::dispatch(inv, out, err);
    return {code, out.str(), err.str()};
}

}  // namespace

TEST_CASE("the table declares every command once, each with a function") {
    std::vector<std::string> names;
    for (const auto& c : mandat::cli::commands()) {
        CHECK(c.run != nullptr);
        CHECK(!c.help.empty());
        names.push_back(c.name);
    }
    CHECK(names == std::vector<std::string>{"show", "status", "leader", "composition", "explain", "renew", "lint", "diff",
                                            "check", "roster", "export", "plan"});
    std::vector<std::string> globals;
    for (const auto& a : mandat::cli::global_options()) globals.push_back(a.name);
    CHECK(globals == std::vector<std::string>{"--mandate", "--history", "--json", "--lang", "--today", "--output"});
}

TEST_CASE("an invocation runs like its command line, also with a roster given in place of the file") {
    mandat::cli::invocation inv;
    inv.command = "check";
    inv.values = {{"ROSTER", {example()}}, {"--json", {}}, {"--lang", {"nb"}}};
    const auto by_file = dispatch(inv);
    CHECK(by_file.code == 1);
    CHECK(by_file.out == run({"check", example(), "--json", "--lang", "nb"}).out);

    mandat::cli::invocation given;
    given.command = "check";
    given.values = {{"--json", {}}, {"--lang", {"nb"}}};
    given.roster_given = mandat::cli::given_roster{mandat::load_roster_file(example()), "the example roster"};
    const auto r = dispatch(given);
    CHECK(r.code == 1);
    CHECK(r.out == by_file.out);
    CHECK(json::parse(r.out)["counts"] == json{{"error", 3}, {"warning", 1}, {"info", 2}});

    given.command = "roster";
    given.values = {{"--date", {"2023-06-01"}}};
    CHECK(dispatch(given).out == run({"roster", example(), "--date", "2023-06-01"}).out);
}

TEST_CASE("dispatch checks what a front end may have let through: exit code 2 and a message") {
    struct bad {
        std::string command;
        std::map<std::string, std::vector<std::string>> values;
        const char* says;
    };
    const std::vector<bad> cases = {
        {"frobnicate",
         {},
         "unknown command \"frobnicate\" (expected one of: show, status, leader, composition, explain, "
         "renew, lint, diff, check, roster, export, plan)"},
        {"show", {{"--year", {"2023"}}}, "the command show takes no argument --year"},
        {"leader", {{"--year", {"twenty"}}}, "--year: \"twenty\" is not a whole number"},
        {"leader", {{"--year", {"2023"}}, {"--date", {"2023-01-01"}}}, "--date excludes --year"},
        {"show", {{"--mandate", {"a.json"}}, {"--history", {"b.json"}}}, "--history excludes --mandate"},
        {"show", {{"--lang", {"de"}}}, "--lang: \"de\" is not one of en, nb"},
        {"show", {{"--json", {"yes"}}}, "--json takes no value"},
        {"status", {{"--date", {}}}, "--date takes one value"},
        {"explain", {}, "CLAUSE is required"},
        {"check", {}, "ROSTER is required"},
        {"renew", {}, "--from is required"},
    };
    for (const auto& c : cases) {
        mandat::cli::invocation inv;
        inv.command = c.command;
        inv.values = c.values;
        const auto r = dispatch(inv);
        INFO(c.command << ": " << r.err);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, Catch::StartsWith(std::string("mandat: ") + c.says + "\n"));
    }
}
