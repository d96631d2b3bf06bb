// The calendar export (mandat/calendar.hpp), the Norwegian holidays (mandat/holidays.hpp) and
// the meeting planner (mandat/planner.hpp). Every expected value is computed by hand.
#include <catch2/catch.hpp>

#include <algorithm>

#include "mandat/calendar.hpp"
#include "mandat/holidays.hpp"
#include "mandat/mandat.hpp"
#include "mandat/planner.hpp"
#include "support.hpp"

using mandat::date;

namespace {

date d(const char* s) { return *mandat::parse_date(s); }

std::vector<date> dates_of(const std::vector<mandat::holiday>& hs) {
    std::vector<date> out;
    for (const auto& h : hs) out.push_back(h.on);
    return out;
}

std::vector<std::pair<std::string, std::string>> plan_rows(const mandat::meeting_plan& p) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& pm : p.meetings) out.emplace_back(mandat::format_date(pm.on), pm.body_id);
    return out;
}

const mandat::mandate& trondelag() {
    static const mandat::mandate m = mandat::load_mandate_file(MANDAT_SOURCE_DIR "/data/trondelag-2022.mandate.json");
    return m;
}

bool is_meeting_finding(const mandat::finding& f) {
    return f.code.rfind("meetings.", 0) == 0 || f.code == mandat::codes::attendance_missing;
}

}  // namespace

TEST_CASE("Easter Sunday by the Gregorian computus", "[holidays]") {
    CHECK(mandat::easter_sunday(2024) == d("2024-03-31"));
    CHECK(mandat::easter_sunday(2025) == d("2025-04-20"));
    CHECK(mandat::easter_sunday(2027) == d("2027-03-28"));
    CHECK(mandat::easter_sunday(2000) == d("2000-04-23"));
    CHECK(mandat::easter_sunday(1818) == d("1818-03-22"));  // the earliest date possible
    CHECK(mandat::easter_sunday(1943) == d("1943-04-25"));  // the latest date possible
    CHECK(mandat::easter_sunday(2038) == d("2038-04-25"));
    CHECK_THROWS_AS(mandat::easter_sunday(10000), mandat::query_error);
}

TEST_CASE("The Norwegian public holidays of a year", "[holidays]") {
    // 2026: Easter Sunday 5 April.
    CHECK(dates_of(mandat::norwegian_holidays(2026)) == std::vector<date>{d("2026-01-01"), d("2026-04-02"), d("2026-04-03"),
                                                                          d("2026-04-05"), d("2026-04-06"), d("2026-05-01"),
                                                                          d("2026-05-14"), d("2026-05-17"), d("2026-05-24"),
                                                                          d("2026-05-25"), d("2026-12-25"), d("2026-12-26")});
    // 1946: before 1 and 17 May became public holidays; Easter Sunday 21 April.
    CHECK(dates_of(mandat::norwegian_holidays(1946)) ==
          std::vector<date>{d("1946-01-01"), d("1946-04-18"), d("1946-04-19"), d("1946-04-21"), d("1946-04-22"), d("1946-05-30"),
                            d("1946-06-09"), d("1946-06-10"), d("1946-12-25"), d("1946-12-26")});
    // 2008: Ascension Day fell on 1 May; both stay listed.
    const auto h2008 = mandat::norwegian_holidays(2008);
    CHECK(std::count_if(h2008.begin(), h2008.end(), [](const mandat::holiday& h) { return h.on == d("2008-05-01"); }) == 2);
    CHECK(mandat::norwegian_holidays(2026)[4].id == "easter_monday");
    CHECK(mandat::norwegian_holidays(2026)[4].name == "Andre påskedag");
}

TEST_CASE("Working days", "[holidays]") {
    CHECK(mandat::is_working_day(d("2024-05-16")));        // Thursday
    CHECK_FALSE(mandat::is_working_day(d("2024-05-17")));  // Friday, Constitution Day
    CHECK_FALSE(mandat::is_working_day(d("2025-05-17")));  // Saturday
    CHECK_FALSE(mandat::is_working_day(d("2025-05-18")));  // Sunday
    CHECK_FALSE(mandat::is_working_day(d("2025-05-29")));  // Thursday, Ascension Day
    CHECK(mandat::is_working_day(d("2025-05-30")));        // Friday
    CHECK_FALSE(mandat::is_working_day(d("2027-03-25")));  // Maundy Thursday
    CHECK(mandat::is_norwegian_holiday(d("2027-05-17")));
    CHECK_FALSE(mandat::is_norwegian_holiday(d("1946-05-17")));
}

TEST_CASE("iCalendar text escaping", "[ics]") {
    CHECK(mandat::ics::escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
    CHECK(mandat::ics::escape_text("one\r\ntwo\rthree") == "one\\ntwo\\nthree");
    CHECK(mandat::ics::escape_text("Møte: plan") == "Møte: plan");
}

TEST_CASE("iCalendar line folding at 75 octets", "[ics]") {
    CHECK(mandat::ics::fold_line(std::string(75, 'a')) == std::string(75, 'a') + "\r\n");
    CHECK(mandat::ics::fold_line(std::string(80, 'a')) == std::string(75, 'a') + "\r\n " + std::string(5, 'a') + "\r\n");
    CHECK(mandat::ics::fold_line(std::string(150, 'a')) ==
          std::string(75, 'a') + "\r\n " + std::string(74, 'a') + "\r\n " + std::string(1, 'a') + "\r\n");
    // "SUMMARY:" is 8 octets and each "ø" two: octet 76 would split the 34th "ø", so the first
    // line ends after 33 of them (74 octets) and the rest, 7 of them, follow the space.
    std::string o33, o7;
    for (int i = 0; i < 33; ++i) o33 += "ø";
    for (int i = 0; i < 7; ++i) o7 += "ø";
    CHECK(mandat::ics::fold_line("SUMMARY:" + o33 + o7) == "SUMMARY:" + o33 + "\r\n " + o7 + "\r\n");
}

TEST_CASE("iCalendar time stamps", "[ics]") {
    using clock = std::chrono::system_clock;
    CHECK(mandat::ics::utc_stamp(clock::time_point(std::chrono::seconds(1000000000))) == "20010909T014640Z");
    CHECK(mandat::ics::utc_stamp(clock::time_point(std::chrono::seconds(1767225600))) == "20260101T000000Z");
}

TEST_CASE("A roster's meetings as an iCalendar calendar", "[ics]") {
    mandat::roster r;
    r.persons.push_back({"p1", "Kari Eksempel", std::string("kari@example.org"), std::nullopt, std::nullopt, {}});
    r.persons.push_back({"p2", "Ola, Nordmann", std::nullopt, std::nullopt, std::nullopt, {}});
    mandat::meeting a;
    a.id = "sg-1";
    a.body_id = "styringsgruppen";
    a.on = d("2025-03-10");
    a.attendee_ids = {"p1", "p2"};
    a.title = "Oppstart; plan";
    mandat::meeting b;
    b.body_id = "arbeidsutvalget";
    b.on = d("2025-12-31");
    r.meetings = {a, b};
    mandat::ics_options o;
    o.stamp = std::chrono::system_clock::time_point(std::chrono::seconds(1767225600));
    o.uid_domain = "example.roster";
    const std::string expected =
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//mandat//mandat meeting calendar//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:styringsgruppen-20250310-1@example.roster\r\n"
        "DTSTAMP:20260101T000000Z\r\n"
        "DTSTART;VALUE=DATE:20250310\r\n"
        "DTEND;VALUE=DATE:20250311\r\n"
        "SUMMARY:Oppstart\\; plan\r\n"
        "CATEGORIES:styringsgruppen\r\n"
        "TRANSP:OPAQUE\r\n"
        "ATTENDEE;CN=Kari Eksempel;ROLE=REQ-PARTICIPANT:mailto:kari@example.org\r\n"
        "DESCRIPTION:Kari Eksempel\\nOla\\, Nordmann\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:arbeidsutvalget-20251231-1@example.roster\r\n"
        "DTSTAMP:20260101T000000Z\r\n"
        "DTSTART;VALUE=DATE:20251231\r\n"
        "DTEND;VALUE=DATE:20260101\r\n"
        "SUMMARY:Arbeidsutvalget\r\n"
        "CATEGORIES:arbeidsutvalget\r\n"
        "TRANSP:OPAQUE\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    CHECK(mandat::to_ics(r, &trondelag(), o) == expected);
    CHECK(mandat::ics_meeting_key(r, 0) == "styringsgruppen-20250310-1");  // the body and the day, not the id
    CHECK(mandat::ics_meeting_key(r, 1) == "arbeidsutvalget-20251231-1");
    // Without a mandate the body id stands for the name.
    CHECK(mandat::to_ics(r, nullptr, o).find("SUMMARY:arbeidsutvalget\r\n") != std::string::npos);
}

TEST_CASE("The meeting plan of a whole year", "[planner]") {
    mandat::plan_options o;
    o.year = 2025;
    const auto plan = mandat::plan_meetings(trondelag(), o);
    // 365 days in four segments from day 0, 91, 182 and 273; their middles (days 45, 136, 227,
    // 318: 15 Feb, 17 May, 16 Aug, 15 Nov) are Saturdays, so each meeting moves to the Friday
    // before; each is prepared a week earlier.
    using row = std::pair<std::string, std::string>;
    CHECK(plan_rows(plan) == std::vector<row>{{"2025-02-07", "arbeidsutvalget"},
                                              {"2025-02-14", "styringsgruppen"},
                                              {"2025-05-09", "arbeidsutvalget"},
                                              {"2025-05-16", "styringsgruppen"},
                                              {"2025-08-08", "arbeidsutvalget"},
                                              {"2025-08-15", "styringsgruppen"},
                                              {"2025-11-07", "arbeidsutvalget"},
                                              {"2025-11-14", "styringsgruppen"}});
    CHECK(plan.meetings[0].id == "plan-arbeidsutvalget-2025-02-07");
    CHECK(plan.meetings[0].prepares == std::optional<std::string>("plan-styringsgruppen-2025-02-14"));
    CHECK(plan.meetings[0].rule == "R8");
    CHECK(plan.meetings[1].rule == "R2");
    CHECK(plan.meetings[3].title == std::optional<std::string>("Styringsgruppen 2/2025"));
    CHECK(plan.first == d("2025-01-01"));
    CHECK(plan.last == d("2025-12-31"));

    // Week 33 blocked (11 to 17 August 2025): the third meeting moves to Monday 18 August, its
    // preparation from Monday 11 August (blocked) back to Friday 8 August.
    o.blocked_weeks = {33};
    const auto blocked = mandat::plan_meetings(trondelag(), o);
    CHECK(blocked.meetings[4].on == d("2025-08-08"));
    CHECK(blocked.meetings[5].on == d("2025-08-18"));
}

TEST_CASE("The meeting plan around booked meetings", "[planner]") {
    // The example roster has three steering-group meetings in 2025 (10 March, 9 June,
    // 29 September) and eight working-committee meetings. Only the fourth segment (from
    // 1 October) is free: its meeting goes to Friday 14 November, already prepared by the
    // working committee on 27 October, so the working committee stays at its maximum of 8.
    const auto example = mandat::load_roster_file(mandat::testing::example_roster_path);
    mandat::plan_options o;
    o.year = 2025;
    o.booked = example;
    const auto plan = mandat::plan_meetings(trondelag(), o);
    std::vector<const mandat::planned_meeting*> added;
    for (const auto& pm : plan.meetings)
        if (!pm.booked) added.push_back(&pm);
    REQUIRE(added.size() == 1);
    CHECK(added[0]->on == d("2025-11-14"));
    CHECK(added[0]->body_id == "styringsgruppen");
    CHECK(plan.meetings.size() == 12);
    // The attendees: everyone seated that day in the steering group or the working committee.
    std::vector<std::string> expected;
    for (const auto& ap : example.appointments)
        if (mandat::holds_seat(ap.role) && ap.covers(d("2025-11-14")) &&
            (ap.body_id == "styringsgruppen" || ap.body_id == "arbeidsutvalget") &&
            std::find(expected.begin(), expected.end(), ap.person_id) == expected.end())
            expected.push_back(ap.person_id);
    CHECK(added[0]->attendee_ids == expected);

    // The plan checked as a roster: no finding about meetings in 2025.
    mandat::check_options co;
    co.from = d("2025-01-01");
    co.to = d("2025-12-31");
    const auto rep = mandat::check_compliance(trondelag(), mandat::plan_roster(plan, example), co);
    for (const auto& f : rep.findings) CHECK_FALSE(is_meeting_finding(f));
}

TEST_CASE("A plan that cannot be made says why", "[planner]") {
    mandat::plan_options o;
    o.year = 2027;  // the mandate ends on 31 December 2025
    CHECK_THROWS_WITH(mandat::plan_meetings(trondelag(), o), Catch::Contains("not in force on any day of 2027"));
    o.year = 2025;
    o.blocked_weeks = {54};
    CHECK_THROWS_AS(mandat::plan_meetings(trondelag(), o), mandat::query_error);
    o.blocked_weeks.clear();
    for (unsigned w = 1; w <= 53; ++w) o.blocked_weeks.push_back(w);
    try {
        (void)mandat::plan_meetings(trondelag(), o);
        FAIL("expected query.unplannable");
    } catch (const mandat::query_error& e) {
        CHECK(e.id() == "query.unplannable");
        CHECK_THAT(e.what(),
                   Catch::Contains("no allowed day for a meeting of styringsgruppen between 2025-01-01 and 2025-04-01"));
    }
}

TEST_CASE("Popolo: export and import give the roster back", "[popolo]") {
    const auto example = mandat::load_roster_file(mandat::testing::example_roster_path);
    const auto doc = mandat::to_popolo(trondelag(), example);
    CHECK(mandat::roster_from_popolo(doc) == example);
    CHECK(mandat::roster_from_popolo(nlohmann::json::parse(doc.dump())) == example);
    // The organisations: the partnership, its five organisations and its two bodies.
    REQUIRE(doc["organizations"].size() == 8);
    CHECK(doc["organizations"][0]["classification"] == "partnership");
    CHECK(doc["organizations"][5]["id"] == "kdu");
    CHECK(doc["organizations"][5]["parent_id"] == "ks");
    CHECK(doc["organizations"][5]["classification"] == "organisation");
    CHECK(doc["organizations"][6]["parent_id"] == trondelag().id);
    // Posts: 5 quotas in the steering group, 4 in the working committee.
    CHECK(doc["posts"].size() == 9);
    CHECK(doc["events"].size() == example.meetings.size());
}

TEST_CASE("Popolo: odd values survive the round trip", "[popolo]") {
    mandat::roster r = mandat::load_roster(R"({
      "format": "mandat.roster/1", "source": {"exported": "2025-01-05"},
      "persons": [{"id": "p1", "name": "Åse \"Q\" Ø", "identifiers": [{"scheme": "x", "identifier": "1"}], "employer": "ks"}],
      "memberships": [
        {"person_id": "p1", "organization_id": "styringsgruppen", "on_behalf_of_id": "ks", "role": "leader",
         "start_date": "2022-01-01", "label": "KS"},
        {"person_id": "p1", "organization_id": "nowhere", "on_behalf_of_id": "ks", "role": "secretary",
         "start_date": "2022-01-01", "end_date": "2022-01-01"}],
      "meetings": [
        {"organization_id": "styringsgruppen", "date": "2022-03-10", "location": "Steinkjer", "end_date": "2022-03-11"},
        {"id": "x", "organization_id": "arbeidsutvalget", "date": "2022-03-01", "attendee_ids": ["p1", "ghost"], "title": ""}]
    })");
    const auto doc = mandat::to_popolo(trondelag(), r);
    CHECK(doc["memberships"][0]["post_id"] == "post-styringsgruppen-ks");
    CHECK_FALSE(doc["memberships"][1].contains("post_id"));
    CHECK_FALSE(doc["events"][0].contains("id"));
    CHECK(doc["events"][0]["location"] == "Steinkjer");
    CHECK(doc["source"]["exported"] == "2025-01-05");
    CHECK(mandat::roster_from_popolo(doc) == r);
}

TEST_CASE("Popolo: a bad document names its place", "[popolo]") {
    auto doc = mandat::to_popolo(trondelag(), mandat::load_roster_file(mandat::testing::example_roster_path));
    auto bad = doc;
    bad["events"][2]["start_date"] = "2023-02-30";
    CHECK_THROWS_WITH(mandat::roster_from_popolo(bad), Catch::StartsWith("at /events/2/start_date:"));
    bad = doc;
    bad["events"][1]["attendees"][0] = "p-ks1";
    CHECK_THROWS_WITH(mandat::roster_from_popolo(bad), Catch::StartsWith("at /events/1/attendees/0:"));
    bad = doc;
    bad["memberships"][3].erase("on_behalf_of_id");
    CHECK_THROWS_WITH(mandat::roster_from_popolo(bad), Catch::StartsWith("at /memberships/3"));
    CHECK_THROWS_AS(mandat::roster_from_popolo(nlohmann::json::array()), mandat::document_error);
}
