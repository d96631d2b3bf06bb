// Tests written against one-line mutations that the other tests let through (docs/hardening.md,
// "Tests that catch what they guard"), second round: histories and their check, lint, Popolo,
// OParl, iCalendar, the spreadsheets and the writers. Each names the mutation it catches; every
// value is worked out by hand from the example mandate (support.hpp) or the data given here.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "mandat/csv.hpp"
#include "mandat/mandat.hpp"
#include "support.hpp"
#include "tree_files.hpp"

using mandat::date;
using mandat::testing::M;
using nlohmann::json;

using mandat::testing::put;
using mandat::testing::snapshot;

namespace {

date D(const char* s) { return *mandat::parse_date(s); }

// A history of the example mandate and one amendment of it written as `patch`, in force from
// `from` (the amended version then ends the day before).
mandat::meeting meeting_on(const char* body, const char* on) {
    mandat::meeting mt;
    mt.body_id = body;
    mt.on = D(on);
    return mt;
}

// The findings of `code` in a report, each as "severity code first..last version".
std::vector<std::string> briefs(const mandat::report& rep, const std::string& code) {
    std::vector<std::string> out;
    for (const auto& f : rep.findings)
        if (f.code == code)
            out.push_back(std::string(mandat::to_string(f.severity)) + " " + f.code + " " +
                          (f.start_date ? mandat::format_date(*f.start_date) : "-") + ".." +
                          (f.end_date ? mandat::format_date(*f.end_date) : "-") + " " + f.version);
    return out;
}

// The lint findings of the example mandate edited by `edit`, in English.
std::vector<mandat::finding> lint_edited(const std::function<void(mandat::mandate&)>& edit) {
    mandat::mandate m = M();
    edit(m);
    return mandat::lint(m, mandat::language::en);
}

std::vector<std::string> messages_of(const std::vector<mandat::finding>& fs, const std::string& code) {
    std::vector<std::string> out;
    for (const auto& f : fs)
        if (f.code == code) out.push_back(f.message_id + ": " + f.message);
    return out;
}

std::string amended_by(const json& patch, const char* from = "2023-01-01") {
    json amendment{{"id", "a1"}, {"amends", M().id}, {"from", from}, {"patch", patch}};
    json h{{"format", "mandat.history/1"}, {"id", "h"}, {"title", "t"}};
    h["versions"] = json::array({json{{"mandate", json::parse(mandat::dump_mandate(M()))}}, amendment});
    return h.dump();
}

mandat::document_error history_error(const std::string& text, const mandat::load_limits& limits = {}) {
    try {
        (void)mandat::load_history(text, limits);
    } catch (const mandat::document_error& e) {
        return e;
    }
    FAIL("accepted");
    throw std::logic_error("unreachable");
}

}  // namespace

// --- histories --------------------------------------------------------------------------

// The size of `v` as the patch measures it (src/history/patch.cpp): written compactly, with a
// comma counted for every entry, so one byte more than the text for each non-empty object or
// array.
std::size_t patch_size(const json& v) {
    std::size_t n = v.dump().size();
    std::function<void(const json&)> walk = [&](const json& x) {
        if (!x.is_structured() || x.empty()) return;
        ++n;
        for (const auto& e : x) walk(e);
    };
    walk(v);
    return n;
}

// Mutation: patch.cpp fits() refuses a total equal to the limit (`rest >= max_bytes - added`).
TEST_CASE("patch: an amended document of exactly the size limit is built, one byte more is refused") {
    // The amended version is the example mandate, S bytes as measured; copying /clauses (C
    // bytes) to /x adds them and "x": with its comma (5 bytes), so the document is S + 5 + C at
    // its largest; the remove brings it back to S.
    const json doc = json::parse(mandat::dump_mandate(M()));
    const std::size_t S = patch_size(doc), C = patch_size(doc["clauses"]);
    const std::string text =
        amended_by(json::array({{{"op", "copy"}, {"from", "/clauses"}, {"path", "/x"}}, {{"op", "remove"}, {"path", "/x"}}}));
    mandat::load_limits limits;
    limits.max_bytes = S + 5 + C;
    REQUIRE(text.size() <= limits.max_bytes);
    CHECK(mandat::load_history(text, limits).versions()[1].m.clauses == M().clauses);
    limits.max_bytes = S + 5 + C - 1;
    const auto e = history_error(text, limits);
    CHECK(e.id() == "document.too_large");
    CHECK(e.pointer() == "/versions/1/patch/0");
}

// Mutation: patch.cpp parse_pointer() reads "~1" as "~" and "~0" as "/".
TEST_CASE("patch: ~1 in a pointer is a slash and ~0 a tilde (RFC 6901)") {
    // The token "a~1b" is "a/b"; the path names it again as "/a~1b", not "/a~0b".
    auto e = history_error(amended_by(json::array({{{"op", "remove"}, {"path", "/a~1b/c"}}})));
    CHECK(e.detail() == "the patch does not apply to \"trondelag-foui-2022\": the path \"/a~1b\" does not exist");
    e = history_error(amended_by(json::array({{{"op", "remove"}, {"path", "/a~0b/c"}}})));
    CHECK(e.detail() == "the patch does not apply to \"trondelag-foui-2022\": the path \"/a~0b\" does not exist");
}

// Mutation: history.cpp refuses an amendment that takes effect on the last day of its period
// (`*v.from >= last`).
TEST_CASE("history: an amendment may take effect on the last day of its period") {
    const auto h = mandat::load_history(amended_by(json::array(), "2025-12-31"));
    REQUIRE(h.spans().size() == 2);
    CHECK(h.spans()[0].last == D("2025-12-30"));
    CHECK(h.spans()[1].first == D("2025-12-31"));
    CHECK(h.spans()[1].last == D("2025-12-31"));
    CHECK(h.version_on(D("2025-12-31"))->m.id == "a1");
    const auto e = history_error(amended_by(json::array(), "2026-01-01"));
    CHECK(e.id() == "document.inconsistent");
    CHECK(e.pointer() == "/versions/1/from");
}

// Mutation: history.cpp latest() of drafts only takes the first listed of those starting on the
// same day (`>` for `>=`).
TEST_CASE("history: of drafts only, the latest is the one starting last, of equal ones the last listed") {
    auto d1 = mandat::renew(M(), D("2026-01-01"), 4, "d1");
    auto d2 = mandat::renew(M(), D("2026-01-01"), 2, "d2");
    auto d0 = mandat::renew(M(), D("2024-01-01"), 4, "d0");
    for (auto* d : {&d1, &d2, &d0}) d->provenance.reset();  // no predecessor in this history
    const mandat::history h("h", "t", {{d1, std::nullopt, {}}, {d2, std::nullopt, {}}, {d0, std::nullopt, {}}});
    CHECK(h.spans().empty());
    CHECK(h.latest().m.id == "d2");
}

// Mutation: history.cpp renew() refuses a renewal of 100 years (`years > 99`).
TEST_CASE("renew: a term of 1 to 100 years, not 0 or 101") {
    CHECK(mandat::renew(M(), D("2026-01-01"), 100, "x").last_day() == D("2125-12-31"));
    CHECK(mandat::renew(M(), D("2026-03-01"), 1, "x").last_day() == D("2027-02-28"));
    for (int years : {0, 101}) {
        try {
            (void)mandat::renew(M(), D("2026-01-01"), years, "x");
            FAIL("accepted");
        } catch (const mandat::query_error& e) {
            CHECK(e.id() == "query.out_of_range");
            CHECK(std::string(e.what()).find("a renewal runs for 1 to 100 years, not " + std::to_string(years)) !=
                  std::string::npos);
        }
    }
}

// Mutation: segments.cpp add_preparation() leaves out an earlier meeting on exactly the first
// day it may count from (`> since` for `>= since`).
TEST_CASE("check across versions: a preparing meeting on 1 January counts for a segment starting later that year") {
    // One version; the window starts on 2023-03-01, so the segment is 2023-03-01..2025-12-31.
    // The working committee met on 2023-01-01 and the steering group on 2023-03-10: R8's window
    // for that meeting runs from 1 January, so it was prepared. Without the first meeting it
    // was not (one meetings.unprepared on 2023-03-10).
    const auto h = mandat::history::of(M());
    mandat::check_options o;
    o.from = D("2023-03-01");
    o.to = D("2023-12-31");
    mandat::roster r;
    r.meetings = {meeting_on("arbeidsutvalget", "2023-01-01"), meeting_on("styringsgruppen", "2023-03-10")};
    CHECK(briefs(mandat::check_compliance(h, r, o), "meetings.unprepared").empty());
    CHECK(briefs(mandat::check_compliance(M(), r, o), "meetings.unprepared").empty());
    r.meetings.erase(r.meetings.begin());
    CHECK(briefs(mandat::check_compliance(h, r, o), "meetings.unprepared") ==
          std::vector<std::string>{"warning meetings.unprepared 2023-03-10..2023-03-10 trondelag-foui-2022"});
}

// Mutation: check.cpp judge_split_years() makes a count off by exactly the tolerance a warning
// (`off < tolerance`).
TEST_CASE("check across versions: a split year off its target by the tolerance is info, by more a warning") {
    // The example history splits 2027 on 2027-07-01; its roster has 4 steering-group meetings
    // in 2027 (target 4, tolerance 1). Without the one of 2027-11-10: 3, info; without that of
    // 2027-09-10 too: 2, a warning. Judged by the version in force on 31 December.
    const auto h = mandat::load_history_file(mandat::testing::source_path("examples/history/trondelag.history.json"));
    auto r = mandat::load_roster_file(mandat::testing::source_path("examples/history/roster-2024-2027.json"));
    mandat::check_options o;
    o.from = D("2027-01-01");
    o.to = D("2027-12-31");
    CHECK(briefs(mandat::check_compliance(h, r, o), "meetings.off_target").empty());
    auto drop = [&](const char* on) {
        for (auto it = r.meetings.begin(); it != r.meetings.end(); ++it)
            if (it->body_id == "styringsgruppen" && it->on == D(on)) {
                r.meetings.erase(it);
                return;
            }
        FAIL("no such meeting");
    };
    drop("2027-11-10");
    CHECK(briefs(mandat::check_compliance(h, r, o), "meetings.off_target") ==
          std::vector<std::string>{"info meetings.off_target 2027-01-01..2027-12-31 trondelag-foui-2026-a1"});
    drop("2027-09-10");
    CHECK(briefs(mandat::check_compliance(h, r, o), "meetings.off_target") ==
          std::vector<std::string>{"warning meetings.off_target 2027-01-01..2027-12-31 trondelag-foui-2026-a1"});
}

// Mutation: check.cpp outside_every_version() keeps a part under no version that lies wholly
// before the window (the `*last < first` test dropped).
TEST_CASE("check across versions: days under no version before the window are not reported") {
    // Versions in force 2022-2025 and from 2026-04-01; a membership 2025-06-01..2026-06-30 has
    // 2026-01-01..2026-03-31 under no version. A window from 2026-05-01 does not see them.
    auto later = mandat::renew(M(), D("2026-04-01"), 4);
    later.status = mandat::mandate_status::adopted;
    const mandat::history h("h", "t", {{M(), std::nullopt, {}}, {later, std::nullopt, {}}});
    mandat::roster r;
    r.persons.push_back({"p", "P", {}, {}, {}, {}});
    r.appointments.push_back({{}, "p", "styringsgruppen", "ks", mandat::role::member, D("2025-06-01"), D("2026-06-30"), {}});
    mandat::check_options o;
    o.from = D("2026-05-01");
    o.to = D("2026-06-30");
    CHECK(briefs(mandat::check_compliance(h, r, o), "period.outside").empty());
    o.from = D("2026-03-01");
    CHECK(briefs(mandat::check_compliance(h, r, o), "period.outside") ==
          std::vector<std::string>{"info period.outside 2026-03-01..2026-03-31 trondelag-foui-2022"});
}

// --- lint -------------------------------------------------------------------------------

// Mutation: lint.cpp lint_body() reports one inverted quota as a conflict too (`quotas >= 1`).
TEST_CASE("lint: one inverted quota is reported once, as inverted, not as a conflict of quotas") {
    // ks 3..2 in the steering group: sizes 7..8 still meet, so the organisations are judged.
    const auto fs = lint_edited([](mandat::mandate& m) {
        m.bodies[0].quotas[0].min = 3;
        m.bodies[0].quotas[0].source = "3-2 representanter fra KS";
    });
    CHECK(messages_of(fs, "lint.quota_infeasible") ==
          std::vector<std::string>{"lint.quota_infeasible.inverted: styringsgruppen: the quota of KS Trøndelag needs at "
                                   "least 3 seats but allows at most 2."});
}

// Mutation: lint_quotes.cpp fold() leaves the Latin-1 capitals (Æ, Ø, Å) as they are.
TEST_CASE("lint: a quote in capitals is read like one in small letters, Ø included") {
    const auto fs = lint_edited([](mandat::mandate& m) {
        m.bodies[1].meetings->cite.source = "ARBEIDSUTVALGET HAR HØYST 8 MØTER I ÅRET.";
        m.bodies[1].meetings->maximum = 9;
    });
    CHECK(messages_of(fs, "lint.quote_disagrees") ==
          std::vector<std::string>{"lint.quote_disagrees.meetings_maximum: arbeidsutvalget: the quote «ARBEIDSUTVALGET HAR "
                                   "HØYST 8 MØTER I ÅRET.» allows at most 8 meetings a year, but the data says 9."});
}

// Mutation: lint_quotes.cpp read_meetings() lets a later number of the same kind replace the
// first (the `!out.target` test dropped).
TEST_CASE("lint: of two targets in one quote the first counts") {
    auto with = [](const char* quote) {
        return lint_edited([&](mandat::mandate& m) { m.bodies[0].meetings->cite.source = quote; });
    };
    CHECK(with("Styringsgruppen har ca 4 møter i året, i 2023 omtrent 6 møter.").empty());
    CHECK(messages_of(with("Styringsgruppen har ca 6 møter i året, i 2023 omtrent 4 møter."), "lint.quote_disagrees") ==
          std::vector<std::string>{"lint.quote_disagrees.meetings_target: styringsgruppen: the quote «Styringsgruppen har ca "
                                   "6 møter i året, i 2023 omtrent 4 møter.» gives about 6 meetings a year, but the data "
                                   "says 4."});
}

// Mutation: lint_quotes.cpp segment_of() ends a body's part of the sentence at its own name
// named again (the `&other != &b` test dropped).
TEST_CASE("lint: a body named twice in its quote is read to the next other body's name") {
    const auto fs = lint_edited([](mandat::mandate& m) {
        m.bodies[1].meetings->cite.source = "Arbeidsutvalget (kalt arbeidsutvalget) har inntil 8 møter i året.";
        m.bodies[1].meetings->maximum = 9;
    });
    CHECK(messages_of(fs, "lint.quote_disagrees").size() == 1);
    CHECK_THAT(messages_of(fs, "lint.quote_disagrees").at(0),
               Catch::EndsWith("allows at most 8 meetings a year, but the data says 9."));
}

// Mutation: lint_quotes.cpp next_date() reads a day of three digits ("001.1.2022").
TEST_CASE("lint: a day of three digits is no date of the period's quote") {
    // Only 1.1.2026 is a date: one date, nothing compared. Read as 1.1.2022 to 1.1.2026 the
    // quote would disagree with a period to 2026-12-31.
    const auto fs = lint_edited([](mandat::mandate& m) {
        m.validity.cite.source = "001.1.2022 til 1.1.2026.";
        m.validity.in_force = mandat::make_period(D("2022-01-01"), D("2026-12-31"));
    });
    CHECK(messages_of(fs, "lint.quote_disagrees").empty());
}

// --- Popolo -----------------------------------------------------------------------------

// Mutation: popolo.cpp popolo_pointer() names an attendee's id as ".../attendees/0", not
// ".../attendees/0/id".
TEST_CASE("Popolo: a bad attendee id is named at the id of the attendee object") {
    auto doc = mandat::to_popolo(M(), mandat::load_roster_file(mandat::testing::example_roster_path));
    doc["events"][1]["attendees"][0]["id"] = 5;
    try {
        (void)mandat::roster_from_popolo(doc);
        FAIL("accepted");
    } catch (const mandat::document_error& e) {
        CHECK(e.pointer() == "/events/1/attendees/0/id");
    }
}

// Mutation: popolo.cpp to_popolo() writes our post_id over a membership's own (the
// `!a.extra.contains("post_id")` test dropped).
TEST_CASE("Popolo: a membership's own post_id is exported as it is, and an absent one as the seat's post") {
    mandat::roster r;
    r.persons.push_back({"p", "P", {}, {}, {}, {}});
    mandat::appointment a{{}, "p", "styringsgruppen", "ks", mandat::role::member, D("2022-01-01"), {}, {}};
    r.appointments.push_back(a);
    a.extra = mandat::extra_members_from_json(json{{"post_id", "p-7"}});
    r.appointments.push_back(a);
    const auto doc = mandat::to_popolo(M(), r);
    CHECK(doc["memberships"][0]["post_id"] == "post-styringsgruppen-ks");
    CHECK(doc["memberships"][1]["post_id"] == "p-7");
    CHECK(mandat::roster_from_popolo(doc) == r);
}

// Mutation: popolo.cpp to_popolo() labels every post by its organisation, not by its quote.
TEST_CASE("Popolo: a post is labelled by the quote of its quota, or by the organisation without one") {
    mandat::mandate m = M();
    m.bodies[1].quotas[3].source.clear();
    const auto doc = mandat::to_popolo(m, mandat::roster{});
    REQUIRE(doc["posts"].size() == 9);
    CHECK(doc["posts"][0]["id"] == "post-styringsgruppen-ks");
    CHECK(doc["posts"][0]["label"] == "1-2 representanter fra KS");
    CHECK(doc["posts"][8]["id"] == "post-arbeidsutvalget-nfr");
    CHECK(doc["posts"][8]["label"] == "nfr");
}

// --- OParl ------------------------------------------------------------------------------

// Mutations: oparl.cpp oslo_midnight_offset() puts the last Sunday of March in summer time
// (`>=`), or the last Sunday of October in winter time (`<`). Oslo changes at 02:00 in March
// and at 03:00 in October, so midnight of both Sundays still has the offset of the day before.
TEST_CASE("OParl: midnight in Oslo on the Sundays the clocks change keeps the offset of the day before") {
    // 2023: the last Sundays of March and October are the 26th and the 29th.
    CHECK(mandat::oslo_midnight_offset(D("2023-03-25")) == "+01:00");
    CHECK(mandat::oslo_midnight_offset(D("2023-03-26")) == "+01:00");
    CHECK(mandat::oslo_midnight_offset(D("2023-03-27")) == "+02:00");
    CHECK(mandat::oslo_midnight_offset(D("2023-10-28")) == "+02:00");
    CHECK(mandat::oslo_midnight_offset(D("2023-10-29")) == "+02:00");
    CHECK(mandat::oslo_midnight_offset(D("2023-10-30")) == "+01:00");
}

// Mutation: oparl.cpp segment() keeps "~" in an id as it is, so the id "~n2" meets the path of
// the second unnamed record.
TEST_CASE("OParl: an id starting with ~n is written in hexadecimal, never as an unnamed record's path") {
    mandat::roster r;
    r.persons.push_back({"p", "P", {}, {}, {}, {}});
    r.appointments.push_back({std::string("~n2"), "p", "styringsgruppen", "ks", mandat::role::member, D("2022-01-01"), {}, {}});
    r.appointments.push_back({{}, "p", "arbeidsutvalget", "ks", mandat::role::member, D("2022-01-01"), {}, {}});
    const auto tree = mandat::oparl_tree(M(), r, "https://example.org/o/");
    // "~n2" is the octets 7e 6e 32.
    CHECK(tree.at("membership/~7e6e32.json")["organization"] == "https://example.org/o/organization/styringsgruppen.json");
    CHECK(tree.at("membership/~n2.json")["organization"] == "https://example.org/o/organization/arbeidsutvalget.json");
}

// Mutation: oparl.cpp web_base_url() accepts a colon without a port (the `port && digits.empty()`
// test dropped).
TEST_CASE("OParl: a base URL whose host ends in a colon without a port is refused") {
    try {
        (void)mandat::web_base_url("https://example.org:/o/");
        FAIL("accepted");
    } catch (const mandat::query_error& e) {
        CHECK(e.id() == "query.invalid_url");
    }
    CHECK(mandat::web_base_url("https://example.org:1/o") == "https://example.org:1/o/");
}

// Mutations: oparl.cpp add_orgs() and add_persons() write a known organisation or person again
// as an unknown one (the `!known.count(id)` and `!r.find_person(id)` tests dropped).
TEST_CASE("OParl: a known organisation or person is written once, with its name; an unknown one by its id") {
    mandat::roster r;
    r.persons.push_back({"p", "Kari", std::string("kari@example.org"), {}, {}, {}});
    r.appointments.push_back({{}, "p", "styringsgruppen", "ks", mandat::role::member, D("2022-01-01"), {}, {}});
    r.appointments.push_back({{}, "p", "styringsgruppen", "x", mandat::role::member, D("2022-01-01"), {}, {}});
    r.meetings.push_back({{}, "styringsgruppen", D("2022-03-01"), {"p", "ghost"}, {}, {}});
    const auto tree = mandat::oparl_tree(M(), r, "https://example.org/o/");
    CHECK(tree.at("organization/ks.json")["name"] == "KS Trøndelag");
    CHECK(tree.at("organization/ks.json")["classification"] == "party");
    CHECK(tree.at("organization/styringsgruppen.json")["classification"] == "body");
    CHECK(tree.at("organization/x.json")["classification"] == "unknown");
    CHECK(tree.at("person/p.json")["name"] == "Kari");
    CHECK(tree.at("person/p.json")["email"] == json::array({"kari@example.org"}));
    CHECK(tree.at("person/ghost.json")["name"] == "ghost");
    const std::string lists = "body/" + M().id + "/";
    CHECK(tree.at(lists + "organizations.json")["data"].size() == 8);  // 5 organisations, 2 bodies, x
    CHECK(tree.at(lists + "persons.json")["data"].size() == 2);
}

// --- iCalendar --------------------------------------------------------------------------

namespace {

// The lines of the one event of a calendar of one meeting attended by `persons`.
std::string one_event(const std::vector<mandat::person>& persons) {
    mandat::roster r;
    r.persons = persons;
    mandat::meeting mt{std::string("m1"), "styringsgruppen", D("2025-03-10"), {}, {}, {}};
    for (const auto& p : persons) mt.attendee_ids.push_back(p.id);
    r.meetings.push_back(mt);
    mandat::ics_options o;
    o.stamp = std::chrono::system_clock::time_point(std::chrono::seconds(1767225600));
    const std::string all = mandat::to_ics(r, &M(), o);
    const auto begin = all.find("BEGIN:VEVENT\r\n"), end = all.find("END:VEVENT\r\n");
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    return all.substr(begin, end - begin);
}

}  // namespace

// Mutation: ics.cpp param_value() does not quote a value holding ',' (RFC 5545 3.2: a COMMA
// separates parameter values, so the name would read as two).
TEST_CASE("iCalendar: an attendee's name holding a comma, colon or semicolon is quoted") {
    const std::string ev = one_event({{"p1", "Ola, Nordmann", std::string("ola@example.org"), {}, {}, {}},
                                      {"p2", "Kari: leder", std::string("kari@example.org"), {}, {}, {}},
                                      {"p3", "Per; Pål", std::string("per@example.org"), {}, {}, {}},
                                      {"p4", "Åse Ås", std::string("ase@example.org"), {}, {}, {}}});
    CHECK(ev.find("ATTENDEE;CN=\"Ola, Nordmann\";ROLE=REQ-PARTICIPANT:mailto:ola@example.org\r\n") != std::string::npos);
    CHECK(ev.find("ATTENDEE;CN=\"Kari: leder\";ROLE=REQ-PARTICIPANT:mailto:kari@example.org\r\n") != std::string::npos);
    CHECK(ev.find("ATTENDEE;CN=\"Per; Pål\";ROLE=REQ-PARTICIPANT:mailto:per@example.org\r\n") != std::string::npos);
    CHECK(ev.find("ATTENDEE;CN=Åse Ås;ROLE=REQ-PARTICIPANT:mailto:ase@example.org\r\n") != std::string::npos);
}

// Mutation: ics.cpp c1_control() ends the C1 controls at U+009E (`< 0x9f`).
TEST_CASE("iCalendar TEXT: U+0080 to U+009F become U+FFFD, U+00A0 stays") {
    CHECK(mandat::ics::escape_text("a\xC2\x80"
                                   "b") ==
          "a\xEF\xBF\xBD"
          "b");
    CHECK(mandat::ics::escape_text("a\xC2\x9F"
                                   "b") ==
          "a\xEF\xBF\xBD"
          "b");
    CHECK(mandat::ics::escape_text("a\xC2\xA0"
                                   "b") ==
          "a\xC2\xA0"
          "b");
    const std::string ev = one_event({{"p1", "Ola\xC2\x9F", std::string("ola@example.org"), {}, {}, {}}});
    CHECK(ev.find("ATTENDEE;CN=Ola\xEF\xBF\xBD;ROLE=REQ-PARTICIPANT:mailto:ola@example.org\r\n") != std::string::npos);
}

// Mutation: ics.cpp to_ics() writes an ATTENDEE for an empty e-mail address ("mailto:").
TEST_CASE("iCalendar: a person with an empty e-mail address is no ATTENDEE, only named in the description") {
    const std::string ev = one_event({{"p1", "Ola", std::string(""), {}, {}, {}}});
    CHECK(ev.find("ATTENDEE") == std::string::npos);
    CHECK(ev.find("DESCRIPTION:Ola\r\n") != std::string::npos);
}

// --- spreadsheets -----------------------------------------------------------------------

// Mutation: csv.cpp detect_separator() takes ';' on a tie (`>=`).
TEST_CASE("csv: a header line with as many ';' as ',' is separated by ','") {
    const auto t = mandat::parse_csv_table("a;b,c\n1;2,3\n", "t.csv");
    CHECK(t.header == std::vector<std::string>{"a;b", "c"});
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].cells == std::vector<std::string>{"1;2", "3"});
    // No separator at all: one column, and a ';' later is data.
    CHECK(mandat::parse_csv_table("a\nx;y\n", "t.csv").rows[0].cells == std::vector<std::string>{"x;y"});
}

namespace {

// The roster of a persons.csv text and memberships.csv with a header only.
mandat::roster roster_of_persons(const std::string& persons) {
    mandat::roster_tables t;
    t.persons = mandat::parse_csv_table(persons, "persons.csv");
    t.memberships = mandat::parse_csv_table("person_id,organization_id,on_behalf_of_id,role,start_date\n", "memberships.csv");
    return mandat::roster_from_tables(t);
}

}  // namespace

// What cell_as_json() (spreadsheet.cpp) and the JSON reader (json_text.hpp, check_number) hold
// together: an integer beyond 64 bits is no JSON value of a cell. Dropping cell_as_json's own
// test for a float written without ".", "e" or "E" alone is equivalent (the reader refuses the
// integer first), so this case fails only when both are gone.
TEST_CASE("spreadsheet: an integer cell beyond 64 bits stays its text, never a rounded float") {
    const auto r = roster_of_persons("id,name,n,m,f\np1,Kari,12345678901234567890123,123,1e3\n");
    const json p = mandat::to_json(r)["persons"][0];
    CHECK(p["n"] == "12345678901234567890123");
    CHECK(p["m"] == 123);
    CHECK(p["m"].is_number_integer());
    CHECK(p["f"] == 1000.0);
    CHECK(p["f"].is_number_float());
}

// Mutation: spreadsheet.cpp check_length() refuses a cell of exactly the limit (`>=`).
TEST_CASE("spreadsheet: a name of exactly the limit is read, one byte more is refused naming the cell") {
    const std::string name(mandat::field_limits::name_bytes, 'n');
    const std::string id(mandat::field_limits::id_bytes, 'i');
    const auto r = roster_of_persons("id,name\n" + id + "," + name + "\n");
    REQUIRE(r.persons.size() == 1);
    CHECK(r.persons[0].id == id);
    CHECK(r.persons[0].name == name);
    try {
        (void)roster_of_persons("id,name\np1," + name + "n\n");
        FAIL("accepted");
    } catch (const mandat::spreadsheet_error& e) {
        CHECK(e.id() == "spreadsheet.too_long");
        CHECK(std::string(e.what()) == "persons.csv line 2, name: 4097 bytes, longer than the limit of 4096 for a name");
    }
}

namespace {

mandat::spreadsheet_error sheet_error(const mandat::roster_tables& t) {
    try {
        (void)mandat::roster_from_tables(t);
    } catch (const mandat::spreadsheet_error& e) {
        return e;
    }
    FAIL("accepted");
    throw std::logic_error("unreachable");
}

mandat::roster_tables tables_of(const std::string& persons, const std::string& memberships) {
    mandat::roster_tables t;
    t.persons = mandat::parse_csv_table(persons, "persons.csv");
    t.memberships = mandat::parse_csv_table(memberships, "memberships.csv");
    return t;
}

const std::string membership_header = "person_id,organization_id,on_behalf_of_id,role,start_date,end_date\n";

}  // namespace

// Mutation: spreadsheet.cpp read_memberships() refuses a membership ending on its first day
// (`<=` for `<`).
TEST_CASE("spreadsheet: a membership of one day is read; one ending before it starts is refused") {
    const auto r = mandat::roster_from_tables(
        tables_of("id,name\np1,Kari\n", membership_header + "p1,styringsgruppen,ks,member,2022-01-01,2022-01-01\n"));
    REQUIRE(r.appointments.size() == 1);
    CHECK(r.appointments[0].end_date == std::optional<date>(D("2022-01-01")));
    const auto e =
        sheet_error(tables_of("id,name\np1,Kari\n", membership_header + "p1,styringsgruppen,ks,member,2022-01-02,2022-01-01\n"));
    CHECK(e.id() == "spreadsheet.inconsistent");
    CHECK(std::string(e.what()) ==
          "memberships.csv line 2, end_date: the end date 2022-01-01 is before the start date 2022-01-02");
}

// Mutation: spreadsheet.cpp read_document() accepts a member named "format".
TEST_CASE("spreadsheet: the document table refuses the member format, which the roster document sets itself") {
    auto t = tables_of("id,name\np1,Kari\n", membership_header);
    t.document = mandat::parse_csv_table("member,value\nsource,x\nformat,mandat.roster/2\n", "document.csv");
    const auto e = sheet_error(t);
    CHECK(e.id() == "spreadsheet.invalid_value");
    CHECK(e.line() == 3);
    CHECK(e.column() == "member");
}

// Mutation: spreadsheet.cpp read_attendees() lets an attendee id one byte over the limit through
// to the person lookup (`> id_bytes + 1`), which names it unknown instead of too long.
TEST_CASE("spreadsheet: an attendee id over the limit of an id is too long, not unknown") {
    auto t = tables_of("id,name\np1,Kari\n", membership_header);
    t.meetings = mandat::parse_csv_table(
        "organization_id,date,attendee_ids\nstyringsgruppen,2022-03-01,p1;" + std::string(257, 'x') + "\n", "meetings.csv");
    const auto e = sheet_error(t);
    CHECK(e.id() == "spreadsheet.too_long");
    CHECK(std::string(e.what()) ==
          "meetings.csv line 2, attendee_ids: the attendee id has 257 bytes, longer than the limit of 256");
}

// Mutation: spreadsheet_write.cpp roster_to_tables() writes an attendee id ending in a space,
// which the reader trims (the `id.back() == ' '` test dropped): "p1 " would come back as "p1".
TEST_CASE("spreadsheet: an attendee id starting or ending with a space is refused when writing, never changed") {
    for (const std::string id : {"p1 ", " p1"}) {
        INFO('"' + id + '"');
        mandat::roster r;
        r.persons.push_back({id, "Kari", {}, {}, {}, {}});
        r.meetings.push_back({{}, "styringsgruppen", D("2022-03-01"), {id}, {}, {}});
        try {
            (void)mandat::roster_to_tables(r);
            FAIL("written");
        } catch (const mandat::spreadsheet_error& e) {
            CHECK(e.id() == "spreadsheet.unrepresentable");
            CHECK(e.column() == "attendee_ids");
        }
    }
}

// --- the writer -------------------------------------------------------------------------

namespace {

namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
    auto dir = fs::temp_directory_path() / ("mandat-test-mutants-" + name + "-" + std::to_string(::geteuid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// The message of the io_error that writing `files` as the folder `target` fails with.
std::string write_error(const fs::path& target, const std::map<std::string, std::string>& files) {
    try {
        mandat::write_tree_atomic(target.string(), files);
    } catch (const mandat::io_error& e) {
        CHECK(e.id() == "io.write_failed");
        return e.what();
    }
    return "written";
}

}  // namespace

// Mutations: tree.cpp check_relative() lets a ".." part through (the folder write then fails on
// the folder that exists, saying so), lets DEL through (the file is written with it in its
// name), or lets the manifest's own name through (the manifest then fails as a file that exists).
TEST_CASE("write_tree_atomic: a path with a .. part, DEL or the manifest's name is refused, saying why") {
    const auto dir = fresh_dir("paths");
    const std::string t = (dir / "t").string();
    CHECK(write_error(dir / "t", {{"../x", "x"}}) ==
          "cannot write " + t + "/../x: a path may not have an empty, \".\" or \"..\" part");
    CHECK(write_error(dir / "t", {{"a/../b", "x"}}) ==
          "cannot write " + t + "/a/../b: a path may not have an empty, \".\" or \"..\" part");
    CHECK(write_error(dir / "t", {{"a\x7f"
                                   "b",
                                   "x"}}) == "cannot write " + t +
                                                 "/a\x7f"
                                                 "b: a path may not hold a control character");
    CHECK(write_error(dir / "t", {{".mandat-tree", "x"}}) ==
          "cannot write " + t + "/.mandat-tree: the name is that of the folder's manifest");
    CHECK(fs::is_empty(dir));
    fs::remove_all(dir);
}

// Mutation: tree.cpp check_old_tree() takes any file named .mandat-tree as a manifest, whatever
// its first line, so a folder of one's own files listed in it would be replaced.
TEST_CASE("write_tree_atomic: a .mandat-tree without the manifest's first line makes no folder ours") {
    const auto dir = fresh_dir("manifest");
    const auto tree = dir / "tree";
    put(tree / ".mandat-tree", "my list\nnotes.txt\n");
    put(tree / "notes.txt", "mine");
    const auto before = snapshot(tree);
    try {
        mandat::write_tree_atomic(tree.string(), {{"a", "a"}});
        FAIL("written");
    } catch (const mandat::io_error& e) {
        CHECK(e.id() == "io.folder_not_ours");
    }
    CHECK(snapshot(tree) == before);
    // The same list under the manifest's first line is an earlier tree: replaced.
    put(tree / ".mandat-tree", "mandat-tree 1\nnotes.txt\n");
    mandat::write_tree_atomic(tree.string(), {{"a", "a"}});
    CHECK(snapshot(tree) == std::map<std::string, std::string>{{".mandat-tree", "mandat-tree 1\na\n"}, {"a", "a"}});
    fs::remove_all(dir);
}
