// Tests written against one-line mutations that the other tests let through (docs/hardening.md,
// "Tests that catch what they guard"): the diff, the planner and the holidays, the timeline and
// the HTML labels, the streaming roster reader. Each names the mutation it catches; every value
// is worked out by hand.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "mandat/holidays.hpp"
#include "mandat/mandat.hpp"
#include "mandat/planner.hpp"
#include "roster_builders.hpp"
#include "support.hpp"

using mandat::date;
using mandat::language;
using mandat::mandate;
using mandat::testing::M;

namespace {

date D(const char* s) { return *mandat::parse_date(s); }

mandate edited(void (*edit)(mandate&)) {
    mandate m = M();
    edit(m);
    return m;
}

const mandat::mandate_change& change_at(const mandat::mandate_diff& d, const std::string& pointer) {
    const mandat::mandate_change* found = nullptr;
    for (const auto& c : d.changes)
        if (c.pointer == pointer) found = &c;
    REQUIRE(found != nullptr);
    return *found;
}

}  // namespace

// Mutation: diff.cpp shorten() keeps a text while `size() < 120` instead of `<= 120`.
TEST_CASE("diff: a text of exactly 120 bytes is kept whole, one of 121 is cut to 120 and marked") {
    const auto d120 = mandat::diff_mandates(M(), edited([](mandate& m) { m.clauses[3].summary_en = std::string(120, 'x'); }));
    CHECK(change_at(d120, "/clauses/3/summary_en").after == std::optional<std::string>(std::string(120, 'x')));
    const auto d121 = mandat::diff_mandates(M(), edited([](mandate& m) { m.clauses[3].summary_en = std::string(121, 'x'); }));
    CHECK(change_at(d121, "/clauses/3/summary_en").after == std::optional<std::string>(std::string(120, 'x') + "\xE2\x80\xA6"));
}

// Mutation: diff.cpp shorten() tests a continuation byte with `== 0xC0` instead of `== 0x80`,
// so a cut splits a character.
TEST_CASE("diff: a shortened text is cut before a character, never inside it") {
    // 119 ASCII bytes, then "ø" (C3 B8) over bytes 119 and 120: byte 120 is a continuation byte,
    // so the cut moves back to 119 and the "ø" goes whole.
    const auto d =
        mandat::diff_mandates(M(), edited([](mandate& m) { m.clauses[3].summary_en = std::string(119, 'x') + "\xC3\xB8yy"; }));
    CHECK(change_at(d, "/clauses/3/summary_en").after == std::optional<std::string>(std::string(119, 'x') + "\xE2\x80\xA6"));
}

// Mutation: diff_text.cpp shorten_same() shortens above 10 words instead of above 12.
TEST_CASE("diff: a run of unchanged words is shortened from 13 words, not before") {
    using K = mandat::word_op_kind;
    mandat::mandate_diff d;
    d.before_id = "a";
    d.after_id = "b";
    mandat::mandate_change c;
    c.kind = "clause.text";
    c.clause = "mal";
    c.pointer = "/clauses/2/text";
    c.before = "x";
    c.after = "y";
    c.words = {{K::same, "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12"}, {K::added, "ny"}};
    d.changes = {c};
    CHECK_THAT(mandat::format_diff(d, language::en), Catch::Contains("\n      w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 {+ny+}\n"));
    d.changes[0].words[0].text += " w13";
    CHECK_THAT(mandat::format_diff(d, language::en),
               Catch::Contains("\n      w1 w2 w3 w4 w5 \xE2\x80\xA6 w9 w10 w11 w12 w13 {+ny+}\n"));
}

// Mutation: diff_text.cpp words a change with only a before as "added" and one with only an
// after as "removed".
TEST_CASE("diff: the text says removed for what is only before and added for what is only after") {
    const auto d =
        mandat::diff_mandates(M(), edited([](mandate& m) {
                                  m.secretary.reset();
                                  m.organisations.push_back({"uni", "NTNU", std::nullopt, false, std::nullopt, std::nullopt});
                              }));
    const std::string en = mandat::format_diff(d, language::en);
    CHECK_THAT(en, Catch::Contains(" [arbeidsutvalget /secretary], removed: arbeidsutvalget "));
    CHECK_THAT(en, Catch::Contains("/organisations/5], added: uni: NTNU\n"));
}

// Mutation: planner.cpp window_start() starts the R8 window on the day of the previous meeting
// instead of the day after it.
TEST_CASE("planner: a preparing meeting on the day of a meeting does not prepare the next one") {
    // Four steering-group meetings booked, one in each quarter; the working committee meets once,
    // on the day of the first. That meeting prepares the first only: the other three get one a
    // week (lead_days) before them, each a Friday.
    mandat::roster booked;
    for (const char* day : {"2025-02-14", "2025-05-16", "2025-08-15", "2025-11-14"}) {
        mandat::meeting mt;
        mt.body_id = "styringsgruppen";
        mt.on = D(day);
        booked.meetings.push_back(mt);
    }
    mandat::meeting au;
    au.body_id = "arbeidsutvalget";
    au.on = D("2025-02-14");
    booked.meetings.push_back(au);
    mandat::plan_options o;
    o.year = 2025;
    o.booked = booked;
    const auto plan = mandat::plan_meetings(M(), o);
    std::vector<std::pair<std::string, std::string>> added;
    for (const auto& pm : plan.meetings)
        if (!pm.booked) added.emplace_back(mandat::format_date(pm.on), pm.body_id);
    CHECK(added == std::vector<std::pair<std::string, std::string>>{
                       {"2025-05-09", "arbeidsutvalget"}, {"2025-08-08", "arbeidsutvalget"}, {"2025-11-07", "arbeidsutvalget"}});
}

// Mutation: planner.cpp allowed() refuses the last day in force (`d < last`).
TEST_CASE("planner: the last day in force may hold a meeting") {
    // In force until Monday 30 June 2025; ISO weeks 20 to 26 (12 May to 29 June) blocked. The
    // fourth of the 181 days' segments runs from 16 May (day 135) to 30 June (day 180); its
    // only allowed day is 30 June (16 May is in week 20). Its preparation goes to Friday 9 May
    // (week 19), the allowed day nearest 23 June in the window from the day after the third
    // meeting (Wednesday 23 April, the middle of 1 April..15 May).
    mandate m = M();
    m.validity.in_force = mandat::make_period(D("2022-01-01"), D("2025-06-30"));
    mandat::plan_options o;
    o.year = 2025;
    for (unsigned w = 20; w <= 26; ++w) o.blocked_weeks.push_back(w);
    const auto plan = mandat::plan_meetings(m, o);
    CHECK(plan.last == D("2025-06-30"));
    REQUIRE(plan.meetings.size() >= 2);
    const auto& last = plan.meetings.back();
    CHECK(last.on == D("2025-06-30"));
    CHECK(last.body_id == "styringsgruppen");
    const auto& before = plan.meetings[plan.meetings.size() - 2];
    CHECK(before.on == D("2025-05-09"));
    CHECK(before.body_id == "arbeidsutvalget");
    CHECK(before.prepares == std::optional<std::string>("plan-styringsgruppen-2025-06-30"));
}

// Mutation: holidays.hpp adds 1 and 17 May from the year after norwegian_may_holidays_since
// (`>` for `>=`).
TEST_CASE("holidays: 1 and 17 May are public holidays from 1947 on, the year of the act") {
    // 1947: Easter Sunday 6 April (a = 9, h = 15, l = 0, m = 0: month 129 / 31 = 4, day
    // 129 % 31 + 1 = 6); Ascension Day 15 May, Whit Sunday 25 May.
    std::vector<date> days;
    for (const auto& h : mandat::norwegian_holidays(1947)) days.push_back(h.on);
    CHECK(days == std::vector<date>{D("1947-01-01"), D("1947-04-03"), D("1947-04-04"), D("1947-04-06"), D("1947-04-07"),
                                    D("1947-05-01"), D("1947-05-15"), D("1947-05-17"), D("1947-05-25"), D("1947-05-26"),
                                    D("1947-12-25"), D("1947-12-26")});
    CHECK(mandat::is_norwegian_holiday(D("1947-05-17")));
}

// Mutation: timeline.cpp pack() reuses a row whose last tenure ends on the new one's first day
// (`e <= start` instead of `e < start`): two bars would cover the same day in one row.
TEST_CASE("timeline: a tenure starting on the day another ends takes another row") {
    using mandat::role;
    const char* SG = "styringsgruppen";
    mandat::roster r;
    r.appointments = {mandat::testing::A("a", SG, "ks", role::member, "2022-01-01", "2022-06-30"),
                      mandat::testing::A("b", SG, "ks", role::member, "2022-06-30", "2022-12-31"),
                      mandat::testing::A("c", SG, "ks", role::member, "2022-07-01", "2022-12-31")};
    mandat::check_options co;
    co.from = D("2022-01-01");
    co.to = D("2022-12-31");
    const auto tl = mandat::make_timeline(M(), r, mandat::check_compliance(M(), r, co));
    const auto& ks = tl.bodies[0].lanes[0];
    REQUIRE(ks.organisation_id == "ks");
    REQUIRE(ks.tenures.size() == 3);
    CHECK(ks.tenures[0].person_id == "a");
    CHECK(ks.tenures[0].row == 0);
    CHECK(ks.tenures[1].person_id == "b");
    CHECK(ks.tenures[1].row == 1);
    CHECK(ks.tenures[2].person_id == "c");  // a's row is free from 1 July
    CHECK(ks.tenures[2].row == 0);
    CHECK(ks.rows == 2);
}

// Mutation: engine.cpp html::shorten() shortens a name of exactly its limit (`<` for `<=`).
TEST_CASE("lane_label: a name of 24 characters stays whole, one of 25 is cut to 23 and marked") {
    mandate m = M();
    const mandat::lane l{mandat::lane_kind::seats, m.organisations[0].id, 1u, 1u, 1, 0, {}};
    m.organisations[0].name = "Abcdefghijklmnopqrstuvwø";  // 24 characters, 25 bytes
    CHECK(mandat::lane_label(m, l, language::en) == "Abcdefghijklmnopqrstuvwø \u00b7 1");
    m.organisations[0].name = "Abcdefghijklmnopqrstuvwøy";
    CHECK(mandat::lane_label(m, l, language::en) == "Abcdefghijklmnopqrstuvw\u2026 \u00b7 1");
}

// Mutation: files.cpp document_file::unusual_anywhere() reads one more chunk instead of the rest.
TEST_CASE("a roster file with a NUL byte three chunks after an earlier fault names the NUL") {
    // The duplicate "format" is the first fault; the NUL lies in the fourth chunk of 64 KiB
    // (byte 200083), where only reading the whole rest of the file finds it.
    const std::string head = R"({"format": "mandat.roster/1", "format": 1, "persons": [], "memberships": [], "z": ")";
    const std::string text = head + std::string(200000, 'x') + std::string("\0", 1) + R"("})";
    const std::string path =
        (std::filesystem::temp_directory_path() / ("mandat-test-mutants-" + std::to_string(::getpid()) + ".json")).string();
    std::ofstream(path, std::ios::binary) << text;
    std::string what, id;
    try {
        (void)mandat::load_roster_file(path);
    } catch (const mandat::document_error& e) {
        what = e.what();
        id = e.id();
    }
    std::filesystem::remove(path);
    CHECK(id == "document.malformed_json");
    CHECK(what == "at /format: malformed JSON (byte " + std::to_string(head.size() + 200000) +
                      "): a NUL byte, which JSON text never holds (inside a string it is written \\u0000) (in " + path + ")");
}

// Mutation: engine.cpp anchor() keeps '.' as it is, so that the anchors of "a b" and "a.20b" are
// one ("clause-a.20b"); docs/report.md: an anchor keeps letters, digits, '-' and '_' only.
TEST_CASE("to_html: a cited clause's anchor writes '.' as its hex code") {
    static const mandat::roster r = mandat::load_roster_file(mandat::testing::example_roster_path);
    auto rep = mandat::check_compliance(M(), r);
    REQUIRE_FALSE(rep.findings.empty());
    rep.findings[0].clause = "roller.ks";
    const std::string html = mandat::to_html(M(), r, rep);
    CHECK(html.find("<article class=\"clause\" id=\"clause-roller.2eks\">") != std::string::npos);
    CHECK(html.find("href=\"#clause-roller.2eks\"") != std::string::npos);
    CHECK(html.find("clause-roller.ks") == std::string::npos);
}
