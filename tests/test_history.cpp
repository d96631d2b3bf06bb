// The mandate's life: renewal, histories of versions (spans, gaps, amendments as JSON Patch),
// queries and the compliance check across versions, and the window rule for activity outside
// the period. Expected values are computed by hand from the example files (examples/history/).
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <set>
#include <sstream>

#include "cli_run.hpp"
#include "mandat/mandat.hpp"
#include "support.hpp"

using mandat::date;

namespace {

using mandat::testing::M;
date D(const char* s) { return *mandat::parse_date(s); }
std::string path(const char* relative) { return mandat::testing::source_path(relative); }
const mandat::history& H() {
    static const mandat::history h = mandat::load_history_file(path("examples/history/trondelag.history.json"));
    return h;
}

const auto& run = mandat::testing::run_cli;

std::string brief(const mandat::finding& f) {
    return f.code + " " + f.organisation + " " + mandat::format_date(*f.start_date) + ".." +
           (f.end_date ? mandat::format_date(*f.end_date) : "") + " " + f.version;
}

// The history document of the example with `edit` applied to its JSON.
mandat::document_error history_error(const std::function<void(nlohmann::json&)>& edit) {
    auto j = nlohmann::json::parse(mandat::read_file(path("examples/history/trondelag.history.json")));
    edit(j);
    try {
        mandat::load_history(j.dump());
    } catch (const mandat::document_error& e) {
        return e;
    }
    FAIL("accepted");
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("renew: a draft successor for 2026-2029, the rotation continued in phase") {
    const auto draft = mandat::renew(M(), D("2026-01-01"), 4);
    CHECK(draft.id == "trondelag-foui-2026");
    CHECK(draft.status == mandat::mandate_status::draft);
    CHECK(draft.first_day() == D("2026-01-01"));
    CHECK(draft.last_day() == D("2029-12-31"));
    REQUIRE(draft.provenance.has_value());
    CHECK(draft.provenance->replaces == std::string("trondelag-foui-2022"));
    CHECK(draft.provenance->carried_over.size() == M().clauses.size());
    CHECK(draft.leading_organisation(2026) == std::string("tfk"));
    CHECK(draft.leading_organisation(2027) == std::string("ks"));
    CHECK(draft.leading_organisation(2028) == std::string("tfk"));
    CHECK(draft.leading_organisation(2029) == std::string("ks"));
    CHECK_FALSE(draft.leading_organisation(2030).has_value());
    // Everything else is the predecessor's, and the draft loads back as it was written.
    CHECK(draft.bodies == M().bodies);
    CHECK(draft.clauses == M().clauses);
    CHECK(mandat::load_mandate(mandat::dump_mandate(draft)) == draft);
    CHECK_THROWS_AS(mandat::renew(M(), D("2026-01-01"), 0), mandat::query_error);
    CHECK(mandat::renew(M(), D("2026-04-01"), 1, "x").last_day() == D("2027-03-31"));
}

TEST_CASE("renew on the command line: show says DRAFT, leader answers from the draft") {
    const std::string draft = (std::filesystem::temp_directory_path() / "mandat-test-draft.json").string();
    REQUIRE(run({"renew", "--from", "2026-01-01", "--years", "4", "--output", draft}).code == 0);
    const auto show = run({"show", "--mandate", draft, "--today", "2026-11-29"});
    CHECK(show.code == 0);
    CHECK(show.out.rfind("DRAFT, not adopted: Mandat for arbeidet i Trøndelag (trondelag-foui-2026)\n", 0) == 0);
    CHECK_THAT(show.out, Catch::Contains("Period in force: 2026-01-01 to 2029-12-31 inclusive"));
    CHECK_THAT(show.out, Catch::Contains("  2026  tfk   Trøndelag fylkeskommune\n  2027  ks    KS Trøndelag\n"
                                         "  2028  tfk   Trøndelag fylkeskommune\n  2029  ks    KS Trøndelag\n"));
    const auto leader = run({"leader", "--year", "2027", "--mandate", draft, "--json"});
    CHECK(nlohmann::json::parse(leader.out)["leading_organisation"] == "ks");
    std::filesystem::remove(draft);
}

TEST_CASE("the example history: three versions, their spans, the boundary days") {
    const auto& h = H();
    REQUIRE(h.versions().size() == 3);
    REQUIRE(h.spans().size() == 3);
    CHECK(h.spans()[0] == mandat::version_span{0, D("2022-01-01"), D("2025-12-31")});
    CHECK(h.spans()[1] == mandat::version_span{1, D("2026-01-01"), D("2027-06-30")});  // amended from 2027-07-01
    CHECK(h.spans()[2] == mandat::version_span{2, D("2027-07-01"), D("2029-12-31")});
    CHECK(h.version_on(D("2025-12-31"))->m.id == "trondelag-foui-2022");
    CHECK(h.version_on(D("2026-01-01"))->m.id == "trondelag-foui-2026");
    CHECK(h.version_on(D("2027-06-30"))->m.id == "trondelag-foui-2026");
    CHECK(h.version_on(D("2027-07-01"))->m.id == "trondelag-foui-2026-a1");
    CHECK(h.version_on(D("2030-01-01")) == nullptr);
    CHECK(h.version_on(D("2021-12-31")) == nullptr);
    // The amendment, applied as a JSON Patch: a fifth party with one steering-group seat.
    const auto& a1 = h.versions()[2].m;
    CHECK(a1.parties.organisation_ids.size() == 5);
    const auto* seat = a1.bodies[0].quota_for("fou");
    REQUIRE(seat != nullptr);
    CHECK((seat->min == 1 && seat->max == 1));
    CHECK(h.versions()[1].m.bodies[0].quota_for("fou") == nullptr);
    // Who leads, and which version decides it.
    CHECK(h.leadership_on(D("2025-12-31"))->leadership.organisation_id == "ks");
    CHECK(h.leadership_on(D("2025-12-31"))->version == "trondelag-foui-2022");
    CHECK(h.leadership_on(D("2026-01-01"))->leadership.organisation_id == "tfk");
    CHECK(h.leadership_on(D("2026-01-01"))->version == "trondelag-foui-2026");
    CHECK(h.leadership_in(2027)->leadership.organisation_id == "ks");
    CHECK(h.leadership_in(2027)->version == "trondelag-foui-2026");  // in force on 1 January 2027
    CHECK_FALSE(h.leadership_in(2030).has_value());
    CHECK(h.leadership_in(2030, true)->leadership.extrapolated);
    CHECK(h.leadership_in(2030, true)->leadership.organisation_id == "tfk");
    CHECK(h.gaps(D("2022-01-01"), D("2029-12-31")).empty());
    // The document round trip keeps the patch.
    CHECK(mandat::load_history(mandat::dump_history(h)) == h);
}

TEST_CASE("the example roster checked across versions: four breaches computed by hand, each with its version") {
    const auto r = mandat::load_roster_file(path("examples/history/roster-2024-2027.json"));
    mandat::check_options o;
    o.from = D("2024-01-01");
    o.to = D("2027-12-31");
    const auto rep = mandat::check_compliance(H(), r, o);
    std::vector<std::string> got;
    for (const auto& f : rep.findings) got.push_back(brief(f));
    CHECK(got == std::vector<std::string>{
                     "rotation.wrong_leader_org tfk 2025-01-01..2025-01-31 trondelag-foui-2022",
                     "meetings.above_max  2026-01-01..2026-12-31 trondelag-foui-2026",
                     "quota.below_min sf 2026-04-01..2026-04-30 trondelag-foui-2026",
                     "unknown.organisation fou 2027-06-01..2027-06-30 trondelag-foui-2026",
                 });
    CHECK(rep.findings[0].clause == "ledelse");
    CHECK(rep.findings[1].message == "Arbeidsutvalget held 9 meetings in 2026; the mandate allows at most 8.");
    // 2027 is split by the amendment and judged as a whole: 4 steering-group meetings (two on
    // each side of 2027-07-01) and 8 working-committee meetings, no finding.
    REQUIRE(rep.years.size() == 4);
    CHECK(rep.years[3].year == 2027);
    CHECK(rep.years[3].whole_year);
    CHECK(rep.years[3].meetings.at("styringsgruppen") == 4);
    CHECK(rep.years[3].meetings.at("arbeidsutvalget") == 8);
    CHECK(rep.years[2].composition_breach_days.at("styringsgruppen") == 30);
    // The amendment day: the seat exists from 2027-07-01, not the day before.
    o.from = D("2027-06-30");
    o.to = D("2027-07-01");
    const auto edge = mandat::check_compliance(H(), r, o);
    bool before = false, after = false;
    for (const auto& f : edge.findings)
        if (f.severity == mandat::severity::error) {
            before = before || brief(f) == "unknown.organisation fou 2027-06-30..2027-06-30 trondelag-foui-2026";
            after = after || *f.start_date == D("2027-07-01");
        }
    CHECK(before);
    CHECK_FALSE(after);
    // The renewal day: the 2022 leader rule ends on 2025-12-31, the 2026 version's begins on 2026-01-01.
    o.from = D("2025-12-31");
    o.to = D("2026-01-01");
    for (const auto& f : mandat::check_compliance(H(), r, o).findings) {
        INFO(brief(f));
        CHECK(f.severity == mandat::severity::info);  // partial years only
        CHECK(f.version == (*f.start_date < D("2026-01-01") ? "trondelag-foui-2022" : "trondelag-foui-2026"));
    }
    // The command line gives the same, with the version in each finding.
    const auto cli =
        run({"check", path("examples/history/roster-2024-2027.json"), "--history",
             path("examples/history/trondelag.history.json"), "--from", "2024-01-01", "--to", "2027-12-31", "--json"});
    CHECK(cli.code == 1);
    CHECK(nlohmann::json::parse(cli.out)["findings"][3]["version"] == "trondelag-foui-2026");
}

TEST_CASE("a history document is rejected with the JSON pointer: overlaps, bad patches, unknown versions, cycles") {
    auto e = history_error([](auto& j) { j["versions"][1]["mandate"]["validity"]["start_date"] = "2025-07-01"; });
    CHECK(e.id() == "document.inconsistent");
    CHECK(e.pointer() == "/versions/1/mandate/validity");
    CHECK_THAT(e.what(), Catch::Contains("overlaps \"trondelag-foui-2022\""));
    e = history_error([](auto& j) { j["versions"][2]["patch"][1]["path"] = "/no/such/place"; });
    CHECK(e.id() == "document.invalid_value");
    CHECK(e.pointer() == "/versions/2/patch");
    CHECK_THAT(e.what(), Catch::Contains("the patch does not apply"));
    e = history_error([](auto& j) { j["versions"][2]["amends"] = "trondelag-foui-2030"; });
    CHECK(e.id() == "document.unknown_reference");
    CHECK(e.pointer() == "/versions/2/amends");
    e = history_error([](auto& j) { j["versions"][0]["mandate"]["provenance"] = {{"replaces", "trondelag-foui-2026"}}; });
    CHECK(e.id() == "document.cycle");
    CHECK(e.pointer() == "/versions/0/mandate/provenance");
    e = history_error([](auto& j) { j["versions"][1]["mandate"]["provenance"]["replaces"] = "nowhere"; });
    CHECK(e.id() == "document.unknown_reference");
    CHECK(e.pointer() == "/versions/1/mandate/provenance/replaces");
    e = history_error([](auto& j) { j["versions"][1]["mandate"]["bodies"]["items"][0]["quotas"]["seats"][0]["min"] = 3; });
    CHECK(e.pointer() == "/versions/1/mandate/bodies/items/0/quotas/seats/0/min");
}

TEST_CASE("gaps between versions are allowed and said plainly") {
    auto later = mandat::renew(M(), D("2026-04-01"), 4);
    later.status = mandat::mandate_status::adopted;
    const mandat::history h("h", "t", {{M(), std::nullopt, {}}, {later, std::nullopt, {}}});
    const auto gaps = h.gaps(D("2022-01-01"), D("2030-03-31"));
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0] == std::make_pair(D("2026-01-01"), D("2026-03-31")));
    CHECK_FALSE(h.in_force(D("2026-02-01")));
    // A membership across the gap: its days under no version are period.outside (info).
    mandat::roster r;
    r.persons.push_back({"p", "P", {}, {}, {}, {}});
    r.appointments.push_back({{}, "p", "styringsgruppen", "ks", mandat::role::member, D("2025-06-01"), D("2026-06-30"), {}});
    mandat::check_options o;
    o.from = D("2025-06-01");
    o.to = D("2026-06-30");
    std::vector<std::string> outside;
    for (const auto& f : mandat::check_compliance(h, r, o).findings)
        if (f.code == "period.outside") outside.push_back(brief(f) + " | " + f.message);
    CHECK(outside == std::vector<std::string>{"period.outside ks 2026-01-01..2026-03-31 trondelag-foui-2022 | Membership "
                                              "/memberships/0 (P (p)) covers days when no version of the mandate is in force "
                                              "(2026-01-01 to 2026-03-31)."});
}

TEST_CASE("varighet R11: a window that reaches the period's ends hides no activity outside it", "[R11]") {
    const auto findings = [](std::vector<std::string> window) {
        std::vector<std::string> args{"check", mandat::testing::example_roster_path, "--json"};
        args.insert(args.end(), window.begin(), window.end());
        return nlohmann::json::parse(run(args).out)["findings"];
    };
    // The same interval, given or not: the same findings (before 0.2 the window cut them away).
    CHECK(findings({"--from", "2022-01-01", "--to", "2025-12-31"}) == findings({}));
    CHECK(findings({"--from", "2021-01-01", "--to", "2027-12-31"}) == findings({}));
    auto open_ended = [](const nlohmann::json& fs) {
        int n = 0;
        for (const auto& f : fs)
            if (f["code"] == "period.outside" && f["start_date"] == "2026-01-01" && f["end_date"].is_null()) ++n;
        return n;
    };
    // A window up to the period's last day is open after it: the appointment that runs past
    // the mandate's end is reported, from 2026-01-01, open-ended.
    CHECK(open_ended(findings({"--from", "2024-01-01", "--to", "2025-12-31"})) == 1);
    // A window inside the period is about its own days.
    CHECK(open_ended(findings({"--from", "2022-01-01", "--to", "2022-12-31"})) == 0);
}

TEST_CASE("lint and diff on the command line: the renewal differs in exactly id, status, provenance and period") {
    const std::string draft = (std::filesystem::temp_directory_path() / "mandat-test-draft-diff.json").string();
    REQUIRE(run({"renew", "--from", "2026-01-01", "--years", "4", "--output", draft}).code == 0);
    const auto d = run({"diff", path("data/trondelag-2022.mandate.json"), draft, "--json"});
    CHECK(d.code == 1);
    std::set<std::string> kinds;
    const auto diff_json = nlohmann::json::parse(d.out);
    for (const auto& change : diff_json["changes"]) kinds.insert(change["kind"].get<std::string>());
    CHECK(kinds == std::set<std::string>{"id", "status", "provenance", "period"});
    CHECK(run({"diff", draft, draft}).code == 0);
    CHECK(run({"diff", path("data/trondelag-2022.mandate.json"), path("data/trondelag-2022.mandate.json")}).code == 0);
    // lint: the embedded mandate is sound; the draft's period quote is carried over (info).
    const auto clean = run({"lint"});
    CHECK(clean.code == 0);
    CHECK(clean.out == "No finding: the mandate can be obeyed, and its quotes agree with its data.\n");
    const auto carried = run({"lint", draft, "--json"});
    CHECK(carried.code == 0);
    CHECK(nlohmann::json::parse(carried.out)[0]["code"] == "lint.quote_carried_over");
    // A copy whose last day was edited while its quote still says "til 1.1.2026": lint says
    // so, and every command that loads it warns on standard error.
    auto m = mandat::trondelag_2022();
    m.validity.in_force = mandat::make_period(D("2022-01-01"), D("2026-12-31"));
    const std::string edited = (std::filesystem::temp_directory_path() / "mandat-test-edited.json").string();
    mandat::save_mandate_file(m, edited);
    const auto broken = run({"lint", edited});
    CHECK(broken.code == 1);
    CHECK_THAT(broken.out, Catch::Contains("lint.quote_disagrees") && Catch::Contains("2026-12-31"));
    const auto shown = run({"status", "--mandate", edited, "--date", "2026-06-01"});
    CHECK(shown.code == 0);
    CHECK_THAT(shown.err, Catch::Contains("mandat: lint trondelag-foui-2022: lint.quote_disagrees [varighet R11]"));
    // The example history lints clean apart from what the renewal carries over.
    const auto versions = run({"lint", "--history", path("examples/history/trondelag.history.json"), "--json"});
    CHECK(versions.code == 0);
    for (const auto& f : nlohmann::json::parse(versions.out)) CHECK(f["severity"] == "info");
    std::filesystem::remove(draft);
    std::filesystem::remove(edited);
}
