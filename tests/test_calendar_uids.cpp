// One UID per meeting whether planned (`plan --format ics`) or recorded (`export --to ics`),
// whatever the roster's file type (docs/formats.md, "Stable UIDs").
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <utility>

#include "cli_run.hpp"
#include "mandat/mandat.hpp"
#include "support.hpp"

namespace {

using result = mandat::testing::cli_result;
const auto& run = mandat::testing::run_cli;
const std::string example = mandat::testing::example_roster_path;
const std::string stamp = "2026-01-01T08:30:00Z";

// The UID of each event by its (CATEGORIES, DTSTART), the body and the day, of the events in `year`.
std::map<std::pair<std::string, std::string>, std::string> uids(const std::string& ics, const std::string& year) {
    std::map<std::pair<std::string, std::string>, std::string> out;
    std::istringstream in(ics);
    std::string line, uid, day;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.rfind("UID:", 0) == 0) uid = line.substr(4);
        if (line.rfind("DTSTART;VALUE=DATE:", 0) == 0) day = line.substr(19);
        if (line.rfind("CATEGORIES:", 0) == 0 && day.rfind(year, 0) == 0) out[{line.substr(11), day}] = uid;
    }
    return out;
}

std::filesystem::path fresh_dir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("mandat-calendar-uids-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

result ok(const std::vector<std::string>& args) {
    auto r = run(args);
    INFO(r.err);
    REQUIRE(r.code == 0);
    return r;
}

}  // namespace

TEST_CASE("a meeting has one UID whether planned or exported, from JSON or CSV", "[cli][ics][calendar-uids]") {
    const auto dir = fresh_dir("csv");
    const std::string csv = (dir / "roster").string();
    ok({"export", "--to", "csv", example, "--output", csv});

    const auto from_json = uids(ok({"export", "--to", "ics", example, "--stamp", stamp}).out, "2025");
    const auto from_csv = uids(ok({"export", "--to", "ics", csv, "--stamp", stamp}).out, "2025");
    const auto planned = uids(ok({"plan", "2025", "--roster", example, "--format", "ics", "--stamp", stamp}).out, "2025");
    const auto planned_csv = uids(ok({"plan", "2025", "--roster", csv, "--format", "ics", "--stamp", stamp}).out, "2025");

    REQUIRE(from_json.size() == 11);  // the example's 2025 meetings
    CHECK(from_json.at({"styringsgruppen", "20250310"}) == "styringsgruppen-20250310-1@trondelag-foui-2022.mandat");
    CHECK(from_json.at({"arbeidsutvalget", "20250120"}) == "arbeidsutvalget-20250120-1@trondelag-foui-2022.mandat");
    CHECK(from_csv == from_json);
    CHECK(planned_csv == planned);
    // The plan holds the booked meetings under their UIDs, and one meeting it adds.
    auto booked = planned;
    CHECK(booked.at({"styringsgruppen", "20251114"}) == "styringsgruppen-20251114-1@trondelag-foui-2022.mandat");
    booked.erase({"styringsgruppen", "20251114"});
    CHECK(booked == from_json);

    // The added meeting, recorded later in the roster under an id of its own, keeps its UID.
    std::ifstream in(example);
    auto doc = nlohmann::json::parse(in);
    doc["meetings"].push_back({{"id", "sg-2025-extra"}, {"organization_id", "styringsgruppen"}, {"date", "2025-11-14"}});
    const std::string recorded = (dir / "recorded.json").string();
    std::ofstream(recorded) << doc.dump(2);
    const auto later = uids(ok({"export", "--to", "ics", recorded, "--stamp", stamp}).out, "2025");
    CHECK(later.at({"styringsgruppen", "20251114"}) == "styringsgruppen-20251114-1@trondelag-foui-2022.mandat");
    CHECK(later == planned);
    std::filesystem::remove_all(dir);
}

TEST_CASE("plan --format ics takes --stamp and --uid-domain as export does", "[cli][ics][calendar-uids]") {
    const auto plan = ok({"plan", "2025", "--format", "ics", "--stamp", stamp});
    CHECK(plan.out.find("DTSTAMP:20260101T083000Z\r\n") != std::string::npos);
    CHECK(plan.out.find("UID:styringsgruppen-20250214-1@trondelag-foui-2022.mandat\r\n") != std::string::npos);
    CHECK(ok({"plan", "2025", "--format", "ics", "--stamp", stamp}).out == plan.out);  // byte for byte
    const auto exported = ok({"export", "--to", "ics", example, "--stamp", stamp});
    CHECK(ok({"export", "--to", "ics", example, "--stamp", stamp}).out == exported.out);

    const auto domain = ok({"plan", "2025", "--format", "ics", "--stamp", stamp, "--uid-domain", "x.example"});
    CHECK(domain.out.find("UID:styringsgruppen-20250214-1@x.example\r\n") != std::string::npos);
    CHECK(domain.out.find(".mandat\r\n") == std::string::npos);
    const auto exported_domain = ok({"export", "--to", "ics", example, "--stamp", stamp, "--uid-domain", "x.example"});
    CHECK(exported_domain.out.find("UID:styringsgruppen-20250310-1@x.example\r\n") != std::string::npos);
    CHECK(exported_domain.out.find(".mandat\r\n") == std::string::npos);

    // The one parsing of --stamp: the same usage error from both commands.
    const auto bad_plan = run({"plan", "2025", "--format", "ics", "--stamp", "2026-01-01 08:30"});
    const auto bad_export = run({"export", "--to", "ics", example, "--stamp", "2026-01-01 08:30"});
    CHECK(bad_plan.code == 2);
    CHECK(bad_export.code == 2);
    CHECK_THAT(bad_plan.err, Catch::Contains("--stamp 2026-01-01 08:30 is not a UTC time such as 2026-01-01T09:00:00Z"));
    CHECK(bad_plan.err == bad_export.err);
}

TEST_CASE("with a history, plan and export share the history's UID domain", "[cli][ics][calendar-uids]") {
    const std::string history = mandat::testing::source_path("examples/history/trondelag.history.json");
    const std::string roster = mandat::testing::source_path("examples/history/roster-2024-2027.json");
    const auto planned = uids(ok({"--history", history, "plan", "2027", "--roster", roster, "--format", "ics", "--stamp", stamp,
                                  "--today", "2026-12-07"})
                                  .out,
                              "2027");
    const auto exported =
        uids(ok({"--history", history, "export", "--to", "ics", roster, "--stamp", stamp, "--today", "2026-12-07"}).out, "2027");
    REQUIRE(!exported.empty());
    for (const auto& [key, uid] : exported) {
        INFO(key.first << " " << key.second);
        CHECK(uid.substr(uid.find('@')) == "@trondelag-foui.mandat");
        CHECK(planned.at(key) == uid);
    }
}

TEST_CASE("a meeting's UID is its body, its day and its place that day, not its id", "[ics][calendar-uids]") {
    mandat::roster r;
    mandat::meeting a;
    a.id = "sg-1";
    a.body_id = "styringsgruppen";
    a.on = mandat::date(2025, 3, 10);
    mandat::meeting b = a;  // the body's second meeting that day, without an id
    b.id.reset();
    mandat::meeting c = a;  // another body the same day
    c.id = "au-1";
    c.body_id = "arbeidsutvalget";
    r.meetings = {a, c, b};
    CHECK(mandat::ics_meeting_key(r, 0) == "styringsgruppen-20250310-1");
    CHECK(mandat::ics_meeting_key(r, 1) == "arbeidsutvalget-20250310-1");
    CHECK(mandat::ics_meeting_key(r, 2) == "styringsgruppen-20250310-2");
    CHECK(mandat::ics_uid_domain("trondelag-foui-2022") == "trondelag-foui-2022.mandat");
    mandat::ics_options o;
    o.stamp = std::chrono::system_clock::time_point(std::chrono::seconds(0));
    o.uid_domain = "d";
    const std::string text = mandat::to_ics(r, nullptr, o);
    const auto first = text.find("UID:styringsgruppen-20250310-1@d\r\n");
    const auto other = text.find("UID:arbeidsutvalget-20250310-1@d\r\n");
    const auto second = text.find("UID:styringsgruppen-20250310-2@d\r\n");
    CHECK(first != std::string::npos);
    CHECK(other != std::string::npos);
    CHECK(second != std::string::npos);
    CHECK((first < other && other < second));
}
