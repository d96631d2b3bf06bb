// Decisions made in one place, and the front ends that ask them: which version of a history
// applies (docs/history.md, "Which version applies"), and dates at the ends of the supported
// range (a period ending on 9999-12-31). Expected values are worked out by hand from the
// example history (examples/history/trondelag.history.json): its spans are
//   trondelag-foui-2022     2022-01-01 .. 2025-12-31
//   trondelag-foui-2026     2026-01-01 .. 2027-06-30
//   trondelag-foui-2026-a1  2027-07-01 .. 2029-12-31 (amends trondelag-foui-2026)
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <string>

#include "cli_run.hpp"
#include "mandat/html.hpp"
#include "mandat/json.hpp"
#include "mandat/mandat.hpp"

using mandat::date;
using nlohmann::json;

namespace {

date D(const char* s) { return *mandat::parse_date(s); }
std::string path(const char* relative) { return std::string(MANDAT_SOURCE_DIR) + "/" + relative; }
const std::string history_file = path("examples/history/trondelag.history.json");
const std::string history_roster = path("examples/history/roster-2024-2027.json");
const auto& run = mandat::testing::run_cli;

// The version in force on a day, by hand from the spans above ("" under none).
std::string in_force_on(date d) {
    if (d < D("2022-01-01") || d > D("2029-12-31")) return "";
    if (d <= D("2025-12-31")) return "trondelag-foui-2022";
    if (d <= D("2027-06-30")) return "trondelag-foui-2026";
    return "trondelag-foui-2026-a1";
}
// The version of a year: the one in force on the year's first day in force.
std::string of_year(int year) {
    if (year < 2022 || year > 2029) return "";
    if (year <= 2025) return "trondelag-foui-2022";
    if (year <= 2027) return "trondelag-foui-2026";
    return "trondelag-foui-2026-a1";
}

json run_json(std::vector<std::string> args) {
    args.insert(args.begin(), {"--history", history_file, "--json"});
    const auto r = run(args);
    INFO(r.err);
    REQUIRE(r.code <= 1);
    return json::parse(r.out);
}

std::string id_or_empty(const json& j) { return j.is_null() ? "" : j.get<std::string>(); }

}  // namespace

TEST_CASE("the history names one version for a day, a year and 'today, else the latest'", "[history]") {
    const mandat::history h = mandat::load_history_file(history_file);
    for (date d = D("2021-12-30"); d <= D("2030-01-02"); d += boost::gregorian::days(1)) {
        const std::string want = in_force_on(d);
        const auto* on = h.version_on(d);
        REQUIRE((on ? on->m.id : "") == want);
        // Under no version a question about the day is answered by the latest version.
        REQUIRE(h.version_for(d).m.id == (want.empty() ? "trondelag-foui-2026-a1" : want));
    }
    for (int y = 2020; y <= 2031; ++y) {
        const auto* v = h.version_in(y);
        CHECK((v ? v->m.id : "") == of_year(y));
    }
    CHECK_THROWS_AS(h.version_in(10000), mandat::query_error);
}

TEST_CASE("status, leader, roster and plan choose the version the history names, on every day", "[history][cli][slow]") {
    // Every seventh day from 2021-12-25, and the first and last day of each span and year.
    std::vector<date> days;
    for (date d = D("2021-12-25"); d <= D("2030-01-07"); d += boost::gregorian::days(7)) days.push_back(d);
    for (const char* s : {"2021-12-31", "2022-01-01", "2025-12-31", "2026-01-01", "2027-01-01", "2027-06-30", "2027-07-01",
                          "2027-12-31", "2028-01-01", "2029-12-31", "2030-01-01"})
        days.push_back(D(s));
    for (const date d : days) {
        const std::string day = mandat::format_date(d), want = in_force_on(d);
        INFO(day);
        CHECK(id_or_empty(run_json({"status", "--date", day})["version"]) == want);
        CHECK(id_or_empty(run_json({"leader", "--date", day})["version"]) == want);
        CHECK(id_or_empty(run_json({"roster", history_roster, "--date", day})["version"]) == want);
    }
    for (int y = 2022; y <= 2029; ++y) {
        INFO(y);
        const std::string year = std::to_string(y);
        CHECK(id_or_empty(run_json({"leader", "--year", year})["version"]) == of_year(y));
        CHECK(run_json({"plan", year})["mandate_id"] == of_year(y));
    }
    // 2028 was the reported disagreement: plan took the version listed first among those
    // whose period meets the year (trondelag-foui-2026), leader and status the amendment.
    CHECK(run_json({"plan", "2028"})["mandate_id"] == "trondelag-foui-2026-a1");
    // No version in 2030: plan says so, as leader does.
    const auto none = run({"--history", history_file, "plan", "2030"});
    CHECK(none.code == 2);
    CHECK(none.err == "mandat: no version of the history is in force in 2030\nRun with --help for more information.\n");
}

TEST_CASE("a roster's seats on a day under no version are judged by the latest version", "[history][cli]") {
    // trondelag-foui-2026-a1 gives the fifth organisation (fou) a steering-group seat; the
    // 2022 and 2026 versions do not.
    const json j = run_json({"roster", history_roster, "--date", "2030-06-01"});
    CHECK(j["version"].is_null());
    CHECK(j["in_force"] == false);
    bool fou = false;
    for (const auto& f : j["findings"]) fou = fou || f["organisation"] == "fou";
    CHECK_FALSE(fou);  // out of force: no quota is judged at all
    const json in = run_json({"roster", history_roster, "--date", "2028-03-01"});
    bool fou_below = false;
    for (const auto& f : in["findings"]) fou_below = fou_below || (f["organisation"] == "fou" && f["code"] == "quota.below_min");
    CHECK(fou_below);
}

namespace {

// The Trøndelag mandate with its period running to the last supported day, and a roster with
// one open-ended steering-group membership from 2022-01-01.
mandat::mandate to_the_end() {
    mandat::mandate m = mandat::trondelag_2022();
    m.validity.in_force = mandat::make_period(D("2022-01-01"), D("9999-12-31"));
    return m;
}
mandat::roster open_ended() {
    mandat::roster r;
    mandat::person p;
    p.id = "p1";
    p.name = "Kari Nordmann";
    r.persons.push_back(p);
    mandat::appointment a;
    a.id = "m1";
    a.person_id = "p1";
    a.body_id = "styringsgruppen";
    a.organisation_id = "ks";
    a.start_date = D("2022-01-01");
    r.appointments.push_back(a);
    return r;
}

}  // namespace

TEST_CASE("a period ending on 9999-12-31 with an open-ended membership: every check and output works (R11)", "[R11]") {
    const mandat::mandate m = to_the_end();
    const mandat::roster r = open_ended();
    mandat::check_options o;
    o.from = D("9998-01-01");  // the last two years keep the report small
    const mandat::report rep = mandat::check_compliance(m, r, o);
    CHECK(mandat::format_date(rep.to) == "9999-12-31");
    // Nothing lies after 9999-12-31, so the open-ended membership is never outside the period.
    for (const auto& f : rep.findings) CHECK(f.code != "period.outside");
    // By hand for 9998 and 9999: the steering group has ks 1 and no one else (tfk, sf, nfr, kdu
    // below their minimum of 1: 4 errors over both years), the working committee nobody (ks,
    // tfk, sf, nfr below 1: 4 errors), no leader, no coordinator (2 errors) and no secretary
    // (1 warning), each one finding over 9998-01-01 .. 9999-12-31; and the meeting counts of
    // each year: steering group 0 of about 4 (a warning per year).
    CHECK(rep.count(mandat::severity::error) == 10);
    CHECK(rep.count(mandat::severity::warning) == 3);
    const std::string text = mandat::format_report(m, rep);
    CHECK(text.find("9998-01-01 .. 9999-12-31") != std::string::npos);
    const json j = mandat::to_json(rep);
    CHECK(j["to"] == "9999-12-31");
    CHECK(j["findings"][0]["end_date"] == "9999-12-31");
    CHECK(mandat::report_from_json(j) == rep);
    const std::string page = mandat::to_html(m, r, rep);
    CHECK(page.find("9999-12-31") != std::string::npos);
    // The seats on the last day, and the check across a history of this one version.
    CHECK(mandat::seats_on(m, r, D("9999-12-31")).leading_organisation == std::optional<std::string>("ks"));
    const mandat::report across = mandat::check_compliance(mandat::history::of(m), r, o);
    CHECK(across.count(mandat::severity::error) == 10);
    for (const auto& f : across.findings) CHECK(f.code != "period.outside");
}

TEST_CASE("a period ending on 9999-12-31 through the command line: text, JSON and HTML (R11)", "[R11][cli]") {
    const std::string dir = (std::filesystem::temp_directory_path() / "mandat-decide-once").string();
    std::filesystem::create_directories(dir);
    mandat::save_mandate_file(to_the_end(), dir + "/mandate.json");
    mandat::save_roster_file(open_ended(), dir + "/roster.json");
    for (const auto& format :
         {std::vector<std::string>{}, std::vector<std::string>{"--json"}, std::vector<std::string>{"--format", "html"}}) {
        std::vector<std::string> args{"--mandate", dir + "/mandate.json", "check", dir + "/roster.json", "--from", "9998-01-01"};
        args.insert(args.end(), format.begin(), format.end());
        const auto r = run(args);
        INFO(r.err);
        CHECK(r.code == 1);  // breaches, never "unexpected failure" (exit 2)
        CHECK(r.err.find("unexpected failure") == std::string::npos);
        CHECK(r.out.find("9999-12-31") != std::string::npos);
    }
}

namespace {

// The columns Python's per-call path gives a body: its quota holders in the mandate's order,
// then the other organisations by id (the order of check_composition's std::map), and one the
// mandate does not know.
std::vector<std::string> per_call_columns(const mandat::mandate& m, const std::string& body) {
    std::vector<std::string> cols, others;
    for (const auto& q : m.get_body(body).quotas) cols.push_back(q.organisation_id);
    for (const auto& o : m.organisations)
        if (!m.get_body(body).quota_for(o.id)) others.push_back(o.id);
    others.push_back("nav");
    std::sort(others.begin(), others.end());
    cols.insert(cols.end(), others.begin(), others.end());
    return cols;
}

std::vector<std::string> codes_and_orgs(const std::vector<mandat::finding>& fs) {
    std::vector<std::string> out;
    for (const auto& f : fs) out.push_back(f.code + ":" + f.organisation);
    return out;
}

}  // namespace

TEST_CASE("one quota judgement: composition_checker's findings are check_composition's, finding for finding (R5, R9)",
          "[R5][R9]") {
    const mandat::mandate m = mandat::trondelag_2022();
    for (const char* body : {"styringsgruppen", "arbeidsutvalget"}) {
        const auto cols = per_call_columns(m, body);
        REQUIRE(cols.size() == 6);  // 5 organisations and nav
        const mandat::composition_checker checker(m, body, cols);
        // Every combination of 0..3 per column (the unknown nav 0..1): 4^5 * 2 = 2048 compositions.
        for (int code = 0; code < 2048; ++code) {
            std::int64_t row[6];
            mandat::composition c;
            int x = code;
            for (std::size_t i = 0; i < 6; ++i) {
                const int base = cols[i] == "nav" ? 2 : 4;
                row[i] = x % base;
                x /= base;
                c[cols[i]] = row[i];
            }
            const auto lang = code % 2 ? mandat::language::nb : mandat::language::en;
            INFO(body << " " << code);
            const auto expected = m.check_composition(body, c, lang);
            REQUIRE(checker.findings(row, lang) == expected);
            REQUIRE(checker.valid(row) == expected.empty());
        }
    }
    // By hand: the steering group with three from KS, none from the county, one of each other
    // and one from an organisation the mandate does not know (columns ks, tfk, sf, nfr, kdu, nav).
    const mandat::composition_checker sg(m, "styringsgruppen", per_call_columns(m, "styringsgruppen"));
    const std::int64_t row[6] = {3, 0, 1, 1, 1, 1};
    CHECK(codes_and_orgs(sg.findings(row, mandat::language::en)) ==
          std::vector<std::string>{"quota.above_max:ks", "quota.below_min:tfk", "unknown.organisation:nav"});
    // A quota with a minimum that no column names counts as 0, after the columns.
    const mandat::composition_checker partial(m, "arbeidsutvalget", {"nfr", "tfk", "sf"});
    const std::int64_t three[3] = {2, 1, 1};
    CHECK(codes_and_orgs(partial.findings(three, mandat::language::en)) ==
          std::vector<std::string>{"quota.above_max:nfr", "quota.below_min:ks"});
    std::vector<std::string> seen;
    partial.for_each_breach(three, [&](const std::string& org, std::int64_t n, std::size_t column) {
        seen.push_back(org + "=" + std::to_string(n) + "@" +
                       (column == mandat::composition_checker::npos ? std::string("none") : std::to_string(column)));
    });
    CHECK(seen == std::vector<std::string>{"nfr=2@0", "ks=0@none"});
}

TEST_CASE("one quota judgement: seat_range bounds a quota inclusively, and none without a quota (R5, R9)", "[R5][R9]") {
    const mandat::mandate m = mandat::trondelag_2022();
    const auto& au = m.get_body("arbeidsutvalget");
    CHECK(au.seats_for("ks").min == 1);
    CHECK(au.seats_for("ks").max == 2);
    CHECK_FALSE(au.seats_for("ks").contains(0));
    CHECK(au.seats_for("ks").contains(1));
    CHECK(au.seats_for("ks").contains(2));
    CHECK_FALSE(au.seats_for("ks").contains(3));
    CHECK(au.seats_for("kdu").contains(0));  // kdu holds no seat in the working committee
    CHECK_FALSE(au.seats_for("kdu").contains(1));
    CHECK_FALSE(au.seats_for("nav").contains(1));
    // An inverted range (which validate refuses) contains nothing; a checker over one passes no row.
    constexpr mandat::seat_range inverted{2, 1};
    CHECK_FALSE(inverted.contains(1));
    CHECK_FALSE(inverted.contains(2));
    CHECK(mandat::seat_range{0, 0}.contains_ordered(0));
    CHECK_FALSE(mandat::seat_range{1, 2}.contains_ordered(-1));  // wraps far up, not in range
    CHECK_FALSE(mandat::seat_range{1, 2}.contains_ordered(std::numeric_limits<long long>::min()));
    CHECK(au.quota_for("nfr")->allows(1));
    CHECK_FALSE(au.quota_for("nfr")->allows(2));
}

TEST_CASE("check --format html draws the version the history names for the report's last day", "[history][cli][slow]") {
    // Only the amendment (in force from 2027-07-01, and the latest) seats Forskningsinstituttet
    // in the steering group; the page draws the bodies of the version of its last day.
    for (const char* s :
         {"2022-06-30", "2025-12-31", "2026-01-01", "2027-06-30", "2027-07-01", "2028-03-01", "2029-12-31", "2030-06-30"}) {
        const std::string day = s;
        const std::string want = in_force_on(D(s)).empty() ? "trondelag-foui-2026-a1" : in_force_on(D(s));
        INFO(day);
        const auto r = run({"--history", history_file, "check", history_roster, "--format", "html", "--to", day});
        INFO(r.err);
        REQUIRE(r.code <= 1);
        CHECK((r.out.find("Forskningsinstituttet") != std::string::npos) == (want == "trondelag-foui-2026-a1"));
    }
}
