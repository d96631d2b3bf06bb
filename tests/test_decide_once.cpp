// Decisions made in one place, and the front ends that ask them: which version of a history
// applies (docs/history.md, "Which version applies"), dates at the ends of the supported
// range (a period ending on 9999-12-31), how a person is shown, redacted or not
// (mandat/redaction.hpp), and how a finding is made (mandat/finding_builder.hpp). Expected
// values are worked out by hand; for the versions, from the example history
// (examples/history/trondelag.history.json), whose spans are
//   trondelag-foui-2022     2022-01-01 .. 2025-12-31
//   trondelag-foui-2026     2026-01-01 .. 2027-06-30
//   trondelag-foui-2026-a1  2027-07-01 .. 2029-12-31 (amends trondelag-foui-2026)
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "cli_run.hpp"
#include "mandat/html.hpp"
#include "mandat/json.hpp"
#include "mandat/mandat.hpp"
#include "support.hpp"

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

// --- how a person is shown: one redactor, every front end ------------------------------------

namespace {

// tests/data/redaction-roster.json: Kari (id-kari) leads the steering group for tfk in 2023,
// when KS leads (rotation.wrong_leader_org); Ola (id-ola) sits for ks in 2023, and in the
// working committee from 2025-12-01 to 2026-01-31, past the period (period.outside); id-ghost,
// whom the roster lacks, sits in the working committee in 2023 (unknown.person); a meeting's
// title names Kari.
const std::string redaction_roster = path("tests/data/redaction-roster.json");

struct shown_person {
    std::string id;
    std::optional<std::string> name;
    std::string label;
};

// By hand: "Name (id)", the id alone without a name; redacted, the pseudonym alone: FNV-1a
// (64 bits) of the id and MurmurHash3's finaliser, "P-" and 16 hex digits, computed apart in
// Python.
shown_person shown(const std::string& id, bool redacted) {
    static const std::map<std::string, std::string> pseudonyms{
        {"id-kari", "P-b5da99686e041399"}, {"id-ola", "P-ffd0cde7ade13725"}, {"id-ghost", "P-aae538766c048b8e"}};
    if (redacted) return {pseudonyms.at(id), std::nullopt, pseudonyms.at(id)};
    if (id == "id-kari") return {id, "Kari Nordmann", "Kari Nordmann (id-kari)"};
    if (id == "id-ola") return {id, "Ola Nordmann", "Ola Nordmann (id-ola)"};
    return {id, std::nullopt, id};
}

const mandat::finding& the_finding(const mandat::report& rep, const std::string& code) {
    const mandat::finding* found = nullptr;
    for (const auto& f : rep.findings)
        if (f.code == code) {
            REQUIRE(found == nullptr);  // one of this code
            found = &f;
        }
    REQUIRE(found != nullptr);
    return *found;
}

std::string fact(const mandat::finding& f, const std::string& name) {
    for (const auto& [k, v] : f.facts)
        if (k == name) return v;
    return "(no fact " + name + ")";
}

}  // namespace

TEST_CASE("redaction: every front end shows a person as the redactor does, redacted or not", "[redaction]") {
    const mandat::mandate& m = mandat::trondelag_2022();
    const mandat::roster r = mandat::load_roster_file(redaction_roster);
    for (const bool redact : {false, true}) {
        INFO((redact ? "redacted" : "not redacted"));
        const shown_person kari = shown("id-kari", redact), ola = shown("id-ola", redact), ghost = shown("id-ghost", redact);

        // The redactor itself.
        const mandat::redactor shows(r, redact, mandat::language::en);
        for (const char* id : {"id-kari", "id-ola", "id-ghost"}) {
            INFO(id);
            CHECK(shows.id(id) == shown(id, redact).id);
            CHECK(shows.name(id) == shown(id, redact).name);
            CHECK(shows.label(id) == shown(id, redact).label);
            CHECK(mandat::redactor::label_of(shows.id(id), shows.name(id), mandat::language::nb) == shown(id, redact).label);
        }
        CHECK(shows.text(std::string("Møte hos Kari Nordmann")) ==
              (redact ? std::nullopt : std::optional<std::string>("Møte hos Kari Nordmann")));
        CHECK(mandat::pseudonym("id-kari") == shown("id-kari", true).id);

        // The check: person ids and the persons its messages name.
        mandat::check_options o;
        o.redact = redact;
        const mandat::report rep = mandat::check_compliance(m, r, o);
        CHECK(rep.redacted == redact);
        const auto& leads = the_finding(rep, "rotation.wrong_leader_org");
        CHECK(leads.person_ids == std::vector<std::string>{kari.id});
        CHECK(fact(leads, "who") == kari.label);
        const auto& unknown = the_finding(rep, "unknown.person");
        CHECK(unknown.person_ids == std::vector<std::string>{ghost.id});
        CHECK(fact(unknown, "person") == ghost.id);
        const auto& outside = the_finding(rep, "period.outside");
        CHECK(outside.person_ids == std::vector<std::string>{ola.id});
        CHECK(fact(outside, "who") == ola.label);

        // The check across versions: a history of this one version says the same, and judges
        // Ola's days past its period itself (period.outside.no_version).
        const mandat::report across = mandat::check_compliance(mandat::history::of(m), r, o);
        CHECK(the_finding(across, "rotation.wrong_leader_org").person_ids == std::vector<std::string>{kari.id});
        CHECK(the_finding(across, "unknown.person").person_ids == std::vector<std::string>{ghost.id});
        const auto& no_version = the_finding(across, "period.outside");
        CHECK(no_version.message_id == "period.outside.no_version");
        CHECK(no_version.person_ids == std::vector<std::string>{ola.id});
        CHECK(fact(no_version, "who") == ola.label);

        // The text report, the JSON and the command line's check.
        const std::string text = mandat::format_report(m, rep);
        CHECK_THAT(text, Catch::Contains(kari.label + ", leader of Styringsgruppen"));
        CHECK_THAT(text, Catch::Contains("names person \"" + ghost.id + "\""));
        CHECK_THAT(text, Catch::Contains("Membership /memberships/3 (" + ola.label + ") covers days outside"));
        const json j = mandat::to_json(rep);
        std::set<std::string> json_ids;
        for (const auto& f : j["findings"])
            for (const auto& id : f["person_ids"]) json_ids.insert(id.get<std::string>());
        CHECK(json_ids == std::set<std::string>{kari.id, ola.id, ghost.id});
        std::vector<std::string> args{"check", redaction_roster};
        if (redact) args.push_back("--redact");
        CHECK(run(args).out == text);
        args.push_back("--json");
        CHECK(json::parse(run(args).out) == j);

        // The timeline: every tenure by the same id, name and label; a meeting's title only
        // when not redacted.
        const mandat::timeline tl = mandat::make_timeline(m, r, rep);
        std::map<std::string, int> tenures;  // label -> tenures
        for (const auto& bt : tl.bodies)
            for (const auto& l : bt.lanes)
                for (const auto& t : l.tenures) {
                    const shown_person& who = t.person_id == kari.id ? kari : t.person_id == ola.id ? ola : ghost;
                    INFO(t.person_id);
                    CHECK(t.person_id == who.id);
                    CHECK(t.name == who.name);
                    CHECK(t.label() == who.label);
                    CHECK(t.label(mandat::language::nb) == who.label);
                    ++tenures[t.label()];
                }
        CHECK(tenures == std::map<std::string, int>{{kari.label, 1}, {ola.label, 2}, {ghost.label, 1}});
        REQUIRE(tl.bodies[0].meetings.size() == 1);
        CHECK(tl.bodies[0].meetings[0].title == (redact ? std::nullopt : std::optional<std::string>("Møte hos Kari Nordmann")));

        // The HTML page: the shown ids in data-person, the labels in the bars' titles and the
        // table of role holders; redacted, no name, id or meeting title at all.
        const std::string page = mandat::to_html(m, r, rep);
        CHECK_THAT(page, Catch::Contains("data-person=\"" + kari.id + "\""));
        CHECK_THAT(page, Catch::Contains("data-person=\"" + ghost.id + "\""));
        CHECK_THAT(page, Catch::Contains(kari.label + ", Trøndelag fylkeskommune: 2023-01-01 to 2023-12-31"));
        CHECK_THAT(page, Catch::Contains(ghost.label + ", KS Trøndelag: 2023-01-01 to 2023-12-31"));
        if (redact)
            for (const char* never : {"Nordmann", "id-kari", "id-ola", "id-ghost", "Møte hos"}) {
                INFO(never);
                CHECK(page.find(never) == std::string::npos);
                CHECK(text.find(never) == std::string::npos);
                CHECK(j.dump().find(never) == std::string::npos);
            }

        // The seats on a day, and the command line's roster, which words a person the roster
        // lacks as unknown (unless redacted: then every person is a pseudonym alone).
        o.lang = mandat::language::nb;
        const mandat::day_seats day = mandat::seats_on(m, r, D("2023-06-01"), o);
        std::vector<std::tuple<std::string, std::string, std::optional<std::string>>> seats;
        for (const auto& b : day.bodies)
            for (const auto& h : b.seats) seats.emplace_back(b.body_id + "/" + h.organisation_id, h.person_id, h.name);
        using seat = std::tuple<std::string, std::string, std::optional<std::string>>;
        CHECK(seats == std::vector<seat>{{"styringsgruppen/ks", ola.id, ola.name},
                                         {"styringsgruppen/tfk", kari.id, kari.name},
                                         {"arbeidsutvalget/ks", ghost.id, ghost.name}});
        std::vector<std::string> roster_args{"--lang", "nb", "roster", redaction_roster, "--date", "2023-06-01"};
        if (redact) roster_args.push_back("--redact");
        const std::string listed = run(roster_args).out;
        CHECK_THAT(listed, Catch::Contains("  ks    " + ola.label + "\n"));
        CHECK_THAT(listed, Catch::Contains("  tfk   " + kari.label + " [leader]\n"));
        CHECK_THAT(listed, Catch::Contains("  ks    " + (redact ? ghost.label : "id-ghost (ukjent person)") + "\n"));
    }
}

// --- how a finding is made: one builder ----------------------------------------------------

TEST_CASE("the finding builder: every field by name, the message from the catalogue in the language asked for") {
    const mandat::citation cite{"styringsgruppen", "R5", "Styringsgruppen består av:"};
    auto built = [&](mandat::language lang) {
        return mandat::finding_builder(mandat::codes::quota_above_max, mandat::severity::error)
            .cite(cite)
            .source("1-2 representanter fra KS")
            .body("styringsgruppen")
            .organisation("ks")
            .person("p1")
            .person("p2")
            .dates(D("2023-01-01"), D("2023-06-30"))
            .facts({{"organisation_name", "KS Trøndelag"}, {"count", "3"}, {"body_name", "Styringsgruppen"}})
            .fact("max", "2")
            .version("trondelag-foui-2022")
            .build(lang);
    };
    mandat::finding want;
    want.code = "quota.above_max";
    want.severity = mandat::severity::error;
    want.clause = "styringsgruppen";
    want.rule = "R5";
    want.body = "styringsgruppen";
    want.organisation = "ks";
    want.person_ids = {"p1", "p2"};
    want.start_date = D("2023-01-01");
    want.end_date = D("2023-06-30");
    want.message = "KS Trøndelag has 3 representatives in Styringsgruppen; the mandate allows at most 2.";
    want.source = "1-2 representanter fra KS";
    want.message_id = "quota.above_max";
    want.facts = {{"organisation_name", "KS Trøndelag"}, {"count", "3"}, {"body_name", "Styringsgruppen"}, {"max", "2"}};
    want.version = "trondelag-foui-2022";
    CHECK(built(mandat::language::en) == want);
    want.message = "KS Trøndelag har 3 representanter i Styringsgruppen; mandatet tillater høyst 2.";
    CHECK(built(mandat::language::nb) == want);

    // What is not named stays as in a default finding; the message id is the code unless a
    // variant is named; on() is one day.
    mandat::finding bare = mandat::finding_builder("rotation.missing_secretary", mandat::severity::warning)
                               .cite({"arbeidsutvalget", "R10", "Den organisasjonen som har ledelsen, stiller med sekretær."})
                               .build(mandat::language::en);
    mandat::finding plain;
    plain.code = "rotation.missing_secretary";
    plain.severity = mandat::severity::warning;
    plain.clause = "arbeidsutvalget";
    plain.rule = "R10";
    plain.source = "Den organisasjonen som har ledelsen, stiller med sekretær.";
    plain.message_id = "rotation.missing_secretary";
    plain.message = "The partnership has no secretary.";
    CHECK(bare == plain);
    const mandat::finding meeting = mandat::finding_builder("unknown.person", mandat::severity::error)
                                        .message("unknown.person.meeting")
                                        .on(D("2023-03-01"))
                                        .facts({{"where", "/meetings/0"}, {"person", "p9"}})
                                        .build(mandat::language::en);
    CHECK(meeting.message_id == "unknown.person.meeting");
    CHECK(meeting.start_date == D("2023-03-01"));
    CHECK(meeting.end_date == D("2023-03-01"));
    CHECK(meeting.message == mandat::render_message("unknown.person.meeting", mandat::language::en, meeting.facts));
}

TEST_CASE("every finding the library makes is the builder's: the check, across versions, a composition, lint") {
    // Each finding, rebuilt by name from its own fields, is equal to itself: its message is
    // the catalogue's entry rendered from its facts, in the language of the report.
    auto rebuilt = [](const mandat::finding& f, mandat::language lang) {
        return mandat::finding_builder(f.code, f.severity)
            .message(f.message_id)
            .cite({f.clause, f.rule, f.source})
            .body(f.body)
            .organisation(f.organisation)
            .persons(f.person_ids)
            .dates(f.start_date, f.end_date)
            .facts(f.facts)
            .version(f.version)
            .build(lang);
    };
    const mandat::mandate& m = mandat::trondelag_2022();
    const mandat::roster example = mandat::load_roster_file(mandat::testing::example_roster_path);
    const mandat::roster redaction = mandat::load_roster_file(redaction_roster);
    const mandat::history h = mandat::load_history_file(history_file);
    const mandat::roster across = mandat::load_roster_file(history_roster);
    std::size_t seen = 0;
    for (const auto lang : {mandat::language::en, mandat::language::nb}) {
        mandat::check_options o;
        o.lang = lang;
        std::vector<mandat::finding> all;
        for (const auto* r : {&example, &redaction})
            for (const auto& f : mandat::check_compliance(m, *r, o).findings) all.push_back(f);
        for (const auto& f : mandat::check_compliance(h, across, o).findings) all.push_back(f);
        for (const auto& f : m.check_composition("styringsgruppen", {{"ks", 3}, {"tfk", 0}, {"kdu", 1}, {"fou", 1}}, lang))
            all.push_back(f);
        mandat::mandate broken = m;
        broken.bodies[0].quotas[0].min = 3;  // above its max of 2: lint.quota_infeasible
        broken.rotation.order.push_back("fou");
        for (const auto& f : mandat::lint(broken, lang)) all.push_back(f);
        for (const auto& f : all) {
            INFO(f.code << " " << f.message_id);
            CHECK(rebuilt(f, lang) == f);
        }
        seen += all.size();
    }
    CHECK(seen > 100);
}

TEST_CASE("redaction: of two persons of one id (a roster built in code), the first names it everywhere", "[redaction]") {
    // A loaded roster refuses the second person (document.duplicate_id); one built in code may
    // hold both. Before the redactor the check's messages took the last, the rest the first.
    const mandat::mandate& m = mandat::trondelag_2022();
    mandat::roster r;
    for (const char* name : {"Kari Først", "Kari Sist"}) {
        mandat::person p;
        p.id = "id-kari";
        p.name = name;
        r.persons.push_back(p);
    }
    mandat::appointment a;
    a.person_id = "id-kari";
    a.body_id = "styringsgruppen";
    a.organisation_id = "tfk";
    a.role = mandat::role::leader;
    a.start_date = D("2023-01-01");
    a.end_date = D("2023-12-31");
    r.appointments.push_back(a);
    mandat::check_options o;
    o.from = D("2023-01-01");
    o.to = D("2023-12-31");
    const mandat::report rep = mandat::check_compliance(m, r, o);
    CHECK(fact(the_finding(rep, "rotation.wrong_leader_org"), "who") == "Kari Først (id-kari)");
    CHECK(mandat::make_timeline(m, r, rep).bodies[0].lanes[1].tenures.at(0).name == std::optional<std::string>("Kari Først"));
    CHECK(mandat::seats_on(m, r, D("2023-06-01")).bodies[0].seats.at(0).name == std::optional<std::string>("Kari Først"));
    CHECK(mandat::redactor(r, false, mandat::language::en).label("id-kari") == "Kari Først (id-kari)");
}
