// The command line's `export` (iCalendar, Popolo, OParl) and `plan` (docs/formats.md,
// docs/planner.md); exit code 2 for bad arguments.
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

const std::string example = mandat::testing::example_roster_path;

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (auto pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + 1)) ++n;
    return n;
}

std::filesystem::path fresh_dir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("mandat-cli-formats-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("export --to ics: every meeting an all-day event with a stable UID", "[cli][ics]") {
    auto r = run({"export", "--to", "ics", example, "--stamp", "2026-01-01T08:30:00Z"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
    CHECK(count(r.out, "BEGIN:VEVENT\r\n") == 48);  // the example's 48 meetings
    CHECK(count(r.out, "DTSTAMP:20260101T083000Z\r\n") == 48);
    CHECK(r.out.find("UID:styringsgruppen-20220310-1@trondelag-foui-2022.mandat\r\n") != std::string::npos);
    CHECK(r.out.find("X-WR-CALNAME:Mandat for arbeidet i Trøndelag\r\n") != std::string::npos);
    auto again = run({"export", "--to", "ics", example, "--stamp", "2026-01-01T08:30:00Z", "--uid-domain", "x.example"});
    CHECK(again.out.find("UID:styringsgruppen-20220310-1@x.example\r\n") != std::string::npos);
    auto bad = run({"export", "--to", "ics", example, "--stamp", "2026-01-01 08:30"});
    CHECK(bad.code == 2);
    CHECK_THAT(bad.err, Catch::Contains("--stamp 2026-01-01 08:30 is not a UTC time"));
}

TEST_CASE("export --to popolo gives a document that reads back as the roster", "[cli][popolo]") {
    auto r = run({"export", "--to", "popolo", example});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(mandat::roster_from_popolo(json::parse(r.out)) == mandat::load_roster_file(example));
}

TEST_CASE("export --to oparl writes the tree into a folder", "[cli][oparl]") {
    const auto dir = fresh_dir("oparl");
    auto r = run({"export", "--to", "oparl", example, "--output", dir.string(), "--base-url", "https://example.org/o/"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    const auto system = json::parse(mandat::read_file((dir / "system.json").string()));
    CHECK(system["body"] == "https://example.org/o/bodies.json");
    CHECK(std::filesystem::exists(dir / "meeting" / "sg-2022-1.json"));
    auto no_url = run({"export", "--to", "oparl", example, "--output", dir.string()});
    CHECK(no_url.code == 2);
    CHECK_THAT(no_url.err, Catch::Contains("--base-url"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("plan YEAR: text, JSON and iCalendar", "[cli][planner]") {
    auto j = run({"plan", "2025", "--json"});
    INFO(j.err);
    REQUIRE(j.code == 0);
    const auto plan = json::parse(j.out);
    CHECK(plan["format"] == "mandat.plan/1");
    std::vector<std::string> days;
    for (const auto& m : plan["meetings"]) days.push_back(m["date"].get<std::string>());
    CHECK(days == std::vector<std::string>{"2025-02-07", "2025-02-14", "2025-05-09", "2025-05-16", "2025-08-08", "2025-08-15",
                                           "2025-11-07", "2025-11-14"});
    auto blocked = json::parse(run({"plan", "2025", "--block-week", "33", "--json"}).out);
    CHECK(blocked["meetings"][5]["date"] == "2025-08-18");
    CHECK(blocked["blocked_weeks"] == json::array({33}));
    auto text = run({"plan", "2025"});
    CHECK_THAT(text.out, Catch::Contains("2025-02-14 Fri  Styringsgruppen  plan-styringsgruppen-2025-02-14 [R2]"));
    auto ics = run({"plan", "2025", "--format", "ics"});
    CHECK(count(ics.out, "BEGIN:VEVENT\r\n") == 8);
    // Around the example's booked meetings: one steering-group meeting is added.
    auto booked = json::parse(run({"plan", "2025", "--roster", example, "--json"}).out);
    std::vector<std::string> added;
    for (const auto& m : booked["meetings"])
        if (!m["booked"].get<bool>()) added.push_back(m["date"].get<std::string>());
    CHECK(added == std::vector<std::string>{"2025-11-14"});
}

TEST_CASE("plan 2027 for a renewal draft", "[cli][planner]") {
    const auto dir = fresh_dir("plan");
    const std::string draft = (dir / "draft.json").string();
    REQUIRE(run({"renew", "--from", "2026-01-01", "--output", draft}).code == 0);
    auto r = run({"plan", "2027", "--mandate", draft, "--block-week", "27-32,40", "--json"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    const auto plan = json::parse(r.out);
    CHECK(plan["meetings"].size() == 8);
    CHECK(plan["blocked_weeks"] == json::array({27, 28, 29, 30, 31, 32, 40}));
    std::filesystem::remove_all(dir);
}

TEST_CASE("plan and export: bad arguments are usage errors", "[cli][planner]") {
    auto out_of_force = run({"plan", "2027"});
    CHECK(out_of_force.code == 2);
    CHECK_THAT(out_of_force.err, Catch::Contains("not in force on any day of 2027"));
    auto bad_week = run({"plan", "2025", "--block-week", "60"});
    CHECK(bad_week.code == 2);
    CHECK_THAT(bad_week.err, Catch::Contains("an ISO week is 1 to 53, not 60"));
    auto backwards = run({"plan", "2025", "--block-week", "32-27"});
    CHECK(backwards.code == 2);
    auto not_a_year = run({"plan", "next"});
    CHECK(not_a_year.code == 2);
    auto bad_format = run({"export", "--to", "xml", example});
    CHECK(bad_format.code == 2);
}
