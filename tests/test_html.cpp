// The timeline (mandat/timeline.hpp) and the HTML output (mandat/html.hpp): lanes, tenures
// and breaches of the example roster by hand, the exact geometry of a breach, escaping of
// hostile names, redaction, languages, nothing fetched, and the CLI's --format html.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "cli/cli.hpp"
#include "mandat/mandat.hpp"
#include "roster_builders.hpp"
#include "support.hpp"

using mandat::date;

namespace {

using mandat::testing::M;
date D(const char* s) { return *mandat::parse_date(s); }
const std::string example = mandat::testing::example_roster_path;

const mandat::roster& R() {
    static const mandat::roster r = mandat::load_roster_file(example);
    return r;
}

mandat::report check(bool redact = false, mandat::language lang = mandat::language::en) {
    mandat::check_options o;
    o.redact = redact;
    o.lang = lang;
    return mandat::check_compliance(M(), R(), o);
}

std::vector<std::string> lane_orgs(const mandat::body_timeline& b) {
    std::vector<std::string> out;
    for (const auto& l : b.lanes) out.push_back(l.kind == mandat::lane_kind::secretary ? "(secretary)" : l.organisation_id);
    return out;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// The attributes of the first element that contains `marker`.
std::string element_with(const std::string& html, const std::string& marker) {
    const auto at = html.find(marker);
    REQUIRE(at != std::string::npos);
    const auto open = html.rfind('<', at);
    return html.substr(open, html.find('>', at) - open + 1);
}

std::string attribute(const std::string& element, const std::string& name) {
    const std::regex re("\\s" + name + "=\"([^\"]*)\"");
    std::smatch m;
    REQUIRE(std::regex_search(element, m, re));
    return m[1];
}

using mandat::testing::A;

}  // namespace

TEST_CASE("timeline: the example roster's lanes and tenures, counted by hand") {
    const auto tl = mandat::make_timeline(M(), R(), check());
    CHECK(tl.from == D("2022-01-01"));
    CHECK(tl.to == D("2025-12-31"));
    REQUIRE(tl.bodies.size() == 2);
    const auto& sg = tl.bodies[0];
    const auto& au = tl.bodies[1];
    CHECK(sg.body_id == "styringsgruppen");
    // One lane per organisation of the quota, in the mandate's order; the secretaries sit in
    // the working committee's records.
    CHECK(lane_orgs(sg) == std::vector<std::string>{"ks", "tfk", "sf", "nfr", "kdu"});
    CHECK(lane_orgs(au) == std::vector<std::string>{"tfk", "ks", "sf", "nfr", "(secretary)"});
    std::vector<std::size_t> bars, rows;
    for (const auto& l : sg.lanes) {
        bars.push_back(l.tenures.size());
        rows.push_back(l.rows);
    }
    // ks: p-ks1 and p-ks2 side by side; sf, nfr, kdu: one successor each, so one row.
    CHECK(bars == std::vector<std::size_t>{2, 1, 2, 2, 2});
    CHECK(rows == std::vector<std::size_t>{2, 1, 1, 1, 1});
    bars.clear();
    for (const auto& l : au.lanes) bars.push_back(l.tenures.size());
    CHECK(bars == std::vector<std::size_t>{1, 1, 1, 1, 4});  // the secretary changes each year

    // p-tfk1's member and leader appointments are one tenure, with two leader stretches.
    const auto& tfk1 = sg.lanes[1].tenures[0];
    CHECK(tfk1.person_id == "p-tfk1");
    CHECK(tfk1.name == std::string("Astrid Demoland"));
    CHECK(tfk1.start_date == D("2022-01-01"));
    CHECK(tfk1.end_date == D("2025-12-31"));
    REQUIRE(tfk1.roles.size() == 2);
    CHECK(tfk1.roles[0].role == mandat::role::leader);
    CHECK(tfk1.roles[0].start_date == D("2022-01-01"));
    CHECK(tfk1.roles[0].end_date == D("2023-01-31"));
    CHECK(tfk1.roles[1].start_date == D("2024-01-01"));
    CHECK(tfk1.roles[1].end_date == D("2024-12-31"));
    // The nfr seat: p-nfr1 to 2023-02-28, p-nfr2 from 2023-05-15.
    const auto& nfr = sg.lanes[3].tenures;
    CHECK(nfr[0].end_date == D("2023-02-28"));
    CHECK(nfr[1].start_date == D("2023-05-15"));
    // p-sf2 is open-ended: drawn to the interval's end, its last day unknown.
    const auto& sf2 = sg.lanes[2].tenures[1];
    CHECK(sf2.person_id == "p-sf2");
    CHECK(sf2.end_date == D("2025-12-31"));
    CHECK_FALSE(sf2.last_day.has_value());

    // Breaches: errors and warnings only, on the lane of their organisation or the meetings row.
    const auto rep = check();
    REQUIRE(sg.breaches.size() == 3);
    CHECK(rep.findings[sg.breaches[0].finding].code == "attendance.missing");
    CHECK(sg.breaches[0].place == mandat::breach_place::meetings);
    CHECK(rep.findings[sg.breaches[1].finding].code == "rotation.wrong_leader_org");
    CHECK(sg.breaches[1].place == mandat::breach_place::lane);
    CHECK(sg.breaches[1].lane == 1);  // tfk
    CHECK(rep.findings[sg.breaches[2].finding].code == "quota.below_min");
    CHECK(sg.breaches[2].lane == 3);  // nfr
    CHECK(sg.breaches[2].start_date == D("2023-03-01"));
    CHECK(sg.breaches[2].end_date == D("2023-05-14"));
    REQUIRE(au.breaches.size() == 1);
    CHECK(rep.findings[au.breaches[0].finding].code == "meetings.above_max");
    CHECK(au.breaches[0].place == mandat::breach_place::meetings);
    CHECK(sg.meetings.size() == 15);
    CHECK(au.meetings.size() == 33);

    // Who led in 2023: the county's leader ran on through January, KS's from February.
    REQUIRE(tl.years.size() == 4);
    const auto& y2023 = tl.years[1];
    CHECK(y2023.leading_organisation == "ks");
    std::vector<std::string> holders;
    for (const auto& h : y2023.holders)
        holders.push_back(h.role + " " + h.person_id + " " + mandat::format_date(h.start_date) + ".." +
                          mandat::format_date(h.end_date));
    CHECK(holders == std::vector<std::string>{"leader p-tfk1 2023-01-01..2023-01-31", "leader p-ks1 2023-02-01..2023-12-31",
                                              "coordinator p-ks3 2023-01-01..2023-12-31",
                                              "secretary p-ks4 2023-01-01..2023-12-31"});
}

TEST_CASE("timeline: appointments merge into tenures only without a day between; a full lane overflows") {
    using mandat::role;
    mandat::roster r;
    const char* SG = "styringsgruppen";
    r.appointments = {A("a", SG, "ks", role::member, "2022-01-01", "2022-03-31"),
                      A("a", SG, "ks", role::leader, "2022-04-01", "2022-06-30"),   // the next day: one tenure
                      A("a", SG, "ks", role::member, "2022-07-02", "2022-12-31")};  // a day between: a second one
    for (int i = 0; i < 8; ++i) r.appointments.push_back(A("x" + std::to_string(i), SG, "sf", role::member, "2023-01-01"));
    mandat::check_options o;
    o.from = D("2022-01-01");
    o.to = D("2023-12-31");
    const auto tl = mandat::make_timeline(M(), r, mandat::check_compliance(M(), r, o));
    const auto& ks = tl.bodies[0].lanes[0];
    REQUIRE(ks.tenures.size() == 2);
    CHECK(ks.tenures[0].end_date == D("2022-06-30"));
    CHECK(ks.tenures[0].roles.size() == 1);
    CHECK(ks.tenures[1].start_date == D("2022-07-02"));
    CHECK(ks.rows == 1);
    CHECK_FALSE(ks.tenures[0].name.has_value());  // not in the roster's persons
    const auto& sf = tl.bodies[0].lanes[2];
    CHECK(sf.organisation_id == "sf");
    CHECK(sf.tenures.size() == 8);
    CHECK(sf.rows == mandat::max_lane_rows);
    CHECK(sf.overflow == 2);
}

TEST_CASE("to_html: the vacant Forskningsraadet seat is shaded over exactly 2023-03-01..2023-05-14") {
    const std::string html = mandat::to_html(M(), R(), check());
    const std::string rect = element_with(html, "data-code=\"quota.below_min\"");
    CHECK(attribute(rect, "data-start") == "2023-03-01");
    CHECK(attribute(rect, "data-end") == "2023-05-14");
    // x = 200 + days since 2022-01-01 * 1000 / 1461 (the plot is 1000 units for 1461 days):
    // 2023-03-01 is day 424, 2023-05-15 (the day after the last) is day 499.
    CHECK(attribute(rect, "x") == "490.212");     // 200 + 424000 / 1461
    CHECK(attribute(rect, "width") == "51.335");  // (499 - 424) * 1000 / 1461
    // The axis: 1 January 2023 is day 365.
    const std::string tick = element_with(html, "data-date=\"2023-01-01\"");
    CHECK(attribute(tick, "x1") == "449.829");  // 200 + 365000 / 1461
    // Lanes and bars, as counted in the timeline test.
    CHECK(count(html, "<g class=\"lane\"") == 10);
    CHECK(count(html, "<rect class=\"bar") == 17);
    CHECK(count(html, "<line class=\"meeting\"") == 48);
    CHECK(count(html, "<rect class=\"breach") == 4);
    CHECK(count(html, "<text class=\"breach-label\"") == 4);  // each on a row of its own: all labelled
    // Every clause link has its target in the page.
    std::smatch m;
    std::string rest = html;
    const std::regex link("href=\"#(clause-[^\"]+)\"");
    int links = 0;
    while (std::regex_search(rest, m, link)) {
        CHECK(html.find("id=\"" + m[1].str() + "\"") != std::string::npos);
        rest = m.suffix();
        ++links;
    }
    CHECK(links == 6);
    CHECK(html.find("<article class=\"clause\" id=\"clause-styringsgruppen\">") != std::string::npos);
    CHECK(html.find("1 representant fra Forskningsrådet") != std::string::npos);
}

TEST_CASE("to_html: one file, nothing fetched, no script") {
    const std::string html = mandat::to_html(M(), R(), check());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'") != std::string::npos);
    for (const char* never : {"<script", "http:", "https:", "src=", "<link", "url(", "@import", "@font-face"}) {
        INFO(never);
        CHECK(html.find(never) == std::string::npos);
    }
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("@page { size: A4") != std::string::npos);
}

TEST_CASE("to_html: hostile names, titles and ids render as text") {
    using mandat::role;
    mandat::roster r = R();
    r.persons[0].name = "<script>alert(1)</script>";
    r.persons[1].name = "{{>style}} \"quoted\" & 'single'";
    r.meetings[0].title = "<img src=x onerror=alert(1)>";
    mandat::mandate m = M();
    m.organisations[0].name = "<b onmouseover=alert(1)>County</b>";
    const auto rep = mandat::check_compliance(m, r);
    for (const auto& html : {mandat::to_html(m, r, rep), mandat::to_html(m, r, rep, {false, true})}) {
        CHECK(html.find("<script") == std::string::npos);
        CHECK(html.find("<img") == std::string::npos);
        CHECK(html.find("<b onmouseover") == std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
        CHECK(html.find("&lt;b onmouseover=alert(1)&gt;County&lt;/b&gt;") != std::string::npos);
        // A value is never parsed as a template: the "partial" stays text.
        CHECK(html.find("{{&gt;style}} &quot;quoted&quot; &amp; &apos;single&apos;") != std::string::npos);
    }
    CHECK(mandat::to_html(m, r, rep).find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    // The finding and mandate displays escape too.
    mandat::finding f = rep.findings.front();
    f.message_id.clear();
    f.message = "<script>x</script>";
    CHECK(mandat::to_html(f, mandat::language::en, {false, false}).find("&lt;script&gt;x&lt;/script&gt;") != std::string::npos);
    CHECK(mandat::to_html(m, mandat::language::en).find("&lt;b onmouseover") != std::string::npos);
}

TEST_CASE("to_html: the templates write every value escaped") {
    namespace fs = std::filesystem;
    int files = 0;
    for (const auto& e : fs::directory_iterator(std::string(MANDAT_SOURCE_DIR) + "/src/report/html/templates")) {
        std::ifstream in(e.path());
        std::stringstream text;
        text << in.rdbuf();
        INFO(e.path().filename().string());
        CHECK(text.str().find("{{{") == std::string::npos);
        CHECK(text.str().find("{{&") == std::string::npos);
        CHECK(text.str().find("{{=") == std::string::npos);  // no change of delimiters either
        ++files;
    }
    CHECK(files == 9);
}

TEST_CASE("to_html: a history in both languages, in the words of the command line's overview") {
    const auto h = mandat::load_history_file(std::string(MANDAT_SOURCE_DIR) + "/examples/history/trondelag.history.json");
    const std::string en = mandat::to_html(h, mandat::language::en);
    CHECK(en.find("<html lang=\"en\">") != std::string::npos);
    CHECK(en.find("<h2 class=\"history-title\">History trondelag-foui: Mandat for arbeidet i Trøndelag: versjoner "
                  "(eksempel fra 2026)</h2>") != std::string::npos);
    CHECK(en.find("<th>Version</th><th>Status</th><th>In force</th><th>Provenance</th>") != std::string::npos);
    CHECK(en.find("<tr data-version=\"trondelag-foui-2026-a1\" data-status=\"adopted\"><td><code>trondelag-foui-2026-a1"
                  "</code></td><td>adopted</td><td>2027-07-01 .. 2029-12-31</td><td>amends trondelag-foui-2026; 16 "
                  "clauses carried over unsigned</td></tr>") != std::string::npos);
    const std::string nb = mandat::to_html(h, mandat::language::nb, {false, false});
    CHECK(nb.rfind("<div class=\"mandat\" lang=\"nb\">", 0) == 0);  // a fragment
    CHECK(nb.find("<h2 class=\"history-title\">Historikk trondelag-foui:") != std::string::npos);
    CHECK(nb.find("<th>Versjon</th><th>Status</th><th>I kraft</th><th>Opphav</th>") != std::string::npos);
    CHECK(nb.find("<td>vedtatt</td><td>2026-01-01 .. 2027-06-30</td><td>erstatter trondelag-foui-2022; 16 punkter "
                  "videreført uten ny signatur</td>") != std::string::npos);
    // A gap between two versions, and a draft that is never in force.
    auto later = mandat::renew(M(), D("2026-04-01"), 4);
    later.status = mandat::mandate_status::adopted;
    auto draft = mandat::renew(later, D("2030-04-01"), 4, "next");
    const mandat::history gap("h", "<b>t</b>", {{M(), std::nullopt, {}}, {later, std::nullopt, {}}, {draft, std::nullopt, {}}});
    const std::string g = mandat::to_html(gap, mandat::language::nb);
    CHECK(g.find("<p class=\"gap\">Ingen mandat i kraft 2026-01-01 .. 2026-03-31.</p>") != std::string::npos);
    CHECK(g.find("<td>utkast</td><td>aldri i kraft (et utkast)</td>") != std::string::npos);
    CHECK(g.find("&lt;b&gt;t&lt;/b&gt;") != std::string::npos);
    CHECK(g.find("<b>t</b>") == std::string::npos);
}

TEST_CASE("to_html: the timeline's colours and labels are those of mandat/timeline.hpp") {
    const auto rep = check(false, mandat::language::nb);
    const std::string html = mandat::to_html(M(), R(), rep);
    // A bar per tenure in its organisation's colour (the mandate's order: tfk, sf, nfr, ks, kdu).
    CHECK(attribute(element_with(html, "data-person=\"p-tfk1\""), "fill") == "#0072B2");
    CHECK(attribute(element_with(html, "data-person=\"p-ks1\""), "fill") == "#CC79A7");
    CHECK(mandat::organisation_colour(M(), "nfr").fill == "#009E73");
    CHECK(mandat::organisation_colour(M(), "nowhere").fill == "#999999");
    // The breach in the colour of its severity; the CSS sets no fill that would override it.
    CHECK(attribute(element_with(html, "data-code=\"quota.below_min\""), "fill") ==
          mandat::breach_colour(mandat::severity::error));
    CHECK(html.find("fill: #d62728") == std::string::npos);
    // The labels of the first body's lanes, its meetings row and a band, in Norwegian.
    const auto tl = mandat::make_timeline(M(), R(), rep);
    const auto& sg = tl.bodies[0];
    CHECK(mandat::lane_label(M(), sg.lanes[0], mandat::language::nb) == "KS Trøndelag \u00b7 1-2");
    CHECK(mandat::meetings_label(mandat::language::nb) == "Møter");
    CHECK(mandat::band_label(2023, "ks") == "2023 \u00b7 ks");
    for (const auto& lane : sg.lanes)
        CHECK(html.find(">" + mandat::lane_label(M(), lane, mandat::language::nb) + "</text>") != std::string::npos);
    CHECK(html.find(">Møter</text>") != std::string::npos);
    CHECK(html.find(">2023 \u00b7 ks</text>") != std::string::npos);
}

TEST_CASE("to_html: a redacted report gives a page without a real name or id") {
    const std::string html = mandat::to_html(M(), R(), check(true));
    for (const auto& p : R().persons) {
        INFO(p.id);
        CHECK(html.find(p.name) == std::string::npos);
        CHECK(html.find(p.id) == std::string::npos);
        CHECK(html.find(mandat::pseudonym(p.id)) != std::string::npos);
    }
    for (const auto& mt : R().meetings) CHECK(html.find(*mt.title) == std::string::npos);
    CHECK(html.find("class=\"note redacted\"") != std::string::npos);
}

TEST_CASE("to_html: in Norwegian, the report alone, a mandate, a finding, and another mandate's report") {
    const std::string nb = mandat::to_html(M(), R(), check(false, mandat::language::nb));
    CHECK(nb.find("<html lang=\"nb\">") != std::string::npos);
    CHECK(nb.find("<h2>Tidslinje</h2>") != std::string::npos);
    CHECK(nb.find("<h2>Funn</h2>") != std::string::npos);
    CHECK(nb.find("har 0 representanter i Styringsgruppen") != std::string::npos);
    CHECK(nb.find("Timeline") == std::string::npos);

    const std::string alone = mandat::to_html(check());
    CHECK(alone.find("svg class=\"timeline\"") == std::string::npos);
    CHECK(count(alone, "<tr class=\"finding-row\"") == 6);
    CHECK(alone.find("Ingrid") == std::string::npos);  // no person without the roster
    CHECK(alone.find("1 representant fra Forskningsrådet") != std::string::npos);

    const std::string compact = mandat::to_html(M(), R(), check(), {false, true});
    CHECK(compact.rfind("<div class=\"mandat compact\"", 0) == 0);
    CHECK(count(compact, "<svg class=\"timeline\"") == 2);
    CHECK(compact.find("id=\"") == std::string::npos);  // no ids to collide in a notebook
    CHECK(compact.find("svg class=\"orgchart\"") == std::string::npos);

    const std::string mandate = mandat::to_html(M(), mandat::language::en, {false, false});
    CHECK(count(mandate, "<g class=\"node\" data-kind=\"party\"") == 4);
    CHECK(count(mandate, "<path class=\"edge seat\"") == 9);
    CHECK(count(mandate, "<path class=\"edge part-of\"") == 1);

    const std::string one = mandat::to_html(check().findings[2], mandat::language::nb, {false, false});
    CHECK(one.find("data-code=\"quota.below_min\"") != std::string::npos);
    CHECK(one.find("mandatet krever minst 1") != std::string::npos);

    mandat::mandate other = M();
    other.id = "another";
    CHECK_THROWS_AS(mandat::to_html(other, R(), check()), mandat::query_error);
}

TEST_CASE("check --format html writes the page; --json and --format html contradict") {
    const std::string out = (std::filesystem::temp_directory_path() / "mandat-test-report.html").string();
    std::ostringstream o, e;
    CHECK(mandat::cli::run({"mandat", "check", example, "--format", "html", "--output", out}, o, e) == 1);
    CHECK(o.str().empty());
    std::ifstream in(out);
    std::stringstream page;
    page << in.rdbuf();
    CHECK(page.str() == mandat::to_html(M(), R(), check()));
    std::filesystem::remove(out);

    std::ostringstream o2, e2;
    CHECK(mandat::cli::run({"mandat", "check", example, "--json", "--format", "html"}, o2, e2) == 2);
    CHECK_THAT(e2.str(), Catch::Contains("--json and --format html contradict each other"));
    std::ostringstream a, b, x;
    CHECK(mandat::cli::run({"mandat", "check", example, "--format", "json"}, a, x) == 1);
    CHECK(mandat::cli::run({"mandat", "check", example, "--json"}, b, x) == 1);
    CHECK(a.str() == b.str());
    std::ostringstream c, d;
    CHECK(mandat::cli::run({"mandat", "check", example, "--format", "pdf"}, c, d) == 2);
}

TEST_CASE("to_html: an interval to the calendar's ends draws without a day past 9999-12-31") {
    mandat::check_options o;
    o.from = D("1400-01-01");
    o.to = D("9999-12-31");
    const auto rep = mandat::check_compliance(M(), R(), o);
    std::string html;
    REQUIRE_NOTHROW(html = mandat::to_html(M(), R(), rep));
    CHECK(count(html, "<rect class=\"bar") == 17);
    CHECK(count(html, "<line class=\"tick year\"") <= 2 * 41);  // two bodies, a tick every 215 years
    CHECK(count(html, "<line class=\"grid\"") == 0);
}
