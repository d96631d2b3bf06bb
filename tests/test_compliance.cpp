// The compliance engine (mandat/compliance.hpp): check_compliance over a roster and an
// interval, finding codes with exact intervals, the yearly summary, messages in en/nb,
// redaction. The whole report against an independent brute force: test_brute_force.cpp.
#include <catch2/catch.hpp>

#include <cstdio>
#include <functional>
#include <random>
#include <set>
#include <unordered_set>

#include "mandat/mandat.hpp"
#include "roster_builders.hpp"
#include "support.hpp"

using mandat::date;

namespace {

using mandat::testing::M;

date D(const char* s) { return *mandat::parse_date(s); }

using mandat::testing::A;

const std::vector<std::string> au_days = {"01-20", "02-24", "04-21", "05-19", "08-25", "09-22", "10-27", "11-24"};
const std::vector<std::string> sg_days = {"03-10", "06-09", "09-29", "12-08"};

// A roster that complies with every rule over 2022-2025: the starting point of each test.
mandat::roster compliant() {
    using mandat::role;
    mandat::roster r;
    for (const char* id : {"ks1", "ks2", "tfk1", "tfk2", "tfk3", "sf1", "sf3", "nfr1", "nfr3", "kdu1", "ks3", "ks4"})
        r.persons.push_back({id, std::string("Person ") + id, std::nullopt, std::nullopt, std::nullopt, {}});
    const char* SG = "styringsgruppen";
    const char* AU = "arbeidsutvalget";
    r.appointments = {
        A("ks1", SG, "ks", role::member, "2022-01-01", "2025-12-31"),
        A("tfk1", SG, "tfk", role::member, "2022-01-01", "2025-12-31"),
        A("sf1", SG, "sf", role::member, "2022-01-01", "2025-12-31"),
        A("nfr1", SG, "nfr", role::member, "2022-01-01", "2025-12-31"),
        A("kdu1", SG, "kdu", role::member, "2022-01-01", "2025-12-31"),
        A("tfk1", SG, "tfk", role::leader, "2022-01-01", "2022-12-31"),
        A("ks1", SG, "ks", role::leader, "2023-01-01", "2023-12-31"),
        A("tfk1", SG, "tfk", role::leader, "2024-01-01", "2024-12-31"),
        A("ks1", SG, "ks", role::leader, "2025-01-01", "2025-12-31"),
        A("tfk2", AU, "tfk", role::member, "2022-01-01", "2025-12-31"),
        A("ks3", AU, "ks", role::member, "2022-01-01", "2025-12-31"),
        A("sf3", AU, "sf", role::member, "2022-01-01", "2025-12-31"),
        A("nfr3", AU, "nfr", role::member, "2022-01-01", "2025-12-31"),
        A("tfk2", AU, "tfk", role::coordinator, "2022-01-01", "2022-12-31"),
        A("ks3", AU, "ks", role::coordinator, "2023-01-01", "2023-12-31"),
        A("tfk2", AU, "tfk", role::coordinator, "2024-01-01", "2024-12-31"),
        A("ks3", AU, "ks", role::coordinator, "2025-01-01", "2025-12-31"),
        A("tfk3", AU, "tfk", role::secretary, "2022-01-01", "2022-12-31"),
        A("ks4", AU, "ks", role::secretary, "2023-01-01", "2023-12-31"),
        A("tfk3", AU, "tfk", role::secretary, "2024-01-01", "2024-12-31"),
        A("ks4", AU, "ks", role::secretary, "2025-01-01", "2025-12-31"),
    };
    for (int y = 2022; y <= 2025; ++y) {
        for (const auto& d : au_days)
            r.meetings.push_back(
                {std::nullopt, AU, D((std::to_string(y) + "-" + d).c_str()), {"tfk2", "ks3", "sf3", "nfr3"}, std::nullopt, {}});
        for (const auto& d : sg_days)
            r.meetings.push_back({std::nullopt,
                                  SG,
                                  D((std::to_string(y) + "-" + d).c_str()),
                                  {"ks1", "tfk1", "sf1", "nfr1", "kdu1", "tfk2", "ks3", "sf3", "nfr3"},
                                  std::nullopt,
                                  {}});
    }
    return r;
}

// Finds the appointment of `person` with `role` starting on `start`.
mandat::appointment& find(mandat::roster& r, const std::string& person, mandat::role role, const char* start) {
    for (auto& a : r.appointments)
        if (a.person_id == person && a.role == role && a.start_date == D(start)) return a;
    throw std::logic_error("no such appointment in the test roster");
}

std::vector<mandat::meeting>::iterator meeting_on(mandat::roster& r, const std::string& body, const char* day) {
    for (auto it = r.meetings.begin(); it != r.meetings.end(); ++it)
        if (it->body_id == body && it->on == D(day)) return it;
    throw std::logic_error("no such meeting in the test roster");
}

// A finding reduced to what these tests compare, as text.
std::string brief(const mandat::finding& f) {
    std::string s = f.code + " " + std::string(mandat::to_string(f.severity)) + " " + f.clause + "/" + f.rule +
                    " body=" + f.body + " org=" + f.organisation + " persons=";
    for (const auto& p : f.person_ids) s += p + ",";
    s += " " + (f.start_date ? mandat::format_date(*f.start_date) : "-") + ".." +
         (f.end_date ? mandat::format_date(*f.end_date) : "-");
    return s;
}

std::vector<std::string> briefs(const mandat::report& rep) {
    std::vector<std::string> out;
    for (const auto& f : rep.findings) out.push_back(brief(f));
    return out;
}

std::vector<std::string> check(const mandat::roster& r, mandat::check_options o = {}) {
    return briefs(mandat::check_compliance(M(), r, o));
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("a compliant roster gives no finding") {
    const auto rep = mandat::check_compliance(M(), compliant());
    CHECK(briefs(rep) == V{});
    CHECK(rep.from == D("2022-01-01"));
    CHECK(rep.to == D("2025-12-31"));
}

TEST_CASE("styringsgruppen R5: the only nfr member leaves 2023-02-28, the successor starts 2023-05-15", "[R5]") {
    auto r = compliant();
    find(r, "nfr1", mandat::role::member, "2022-01-01").end_date = D("2023-02-28");
    r.persons.push_back({"nfr2", "Person nfr2", {}, {}, {}, {}});
    r.appointments.push_back(A("nfr2", "styringsgruppen", "nfr", mandat::role::member, "2023-05-15", "2025-12-31"));
    const auto rep = mandat::check_compliance(M(), r);
    CHECK(briefs(rep) ==
          V{"quota.below_min error styringsgruppen/R5 body=styringsgruppen org=nfr persons= 2023-03-01..2023-05-14"});
    CHECK(rep.findings[0].message ==
          "Forskningsrådet region Trøndelag has 0 representatives in Styringsgruppen; the mandate requires at least 1.");
    CHECK(rep.findings[0].source == "1 representant fra Forskningsrådet");
    // 31 days of March, 30 of April, 14 of May.
    CHECK(rep.years[1].composition_breach_days.at("styringsgruppen") == 75);
    CHECK(rep.years[1].composition_breach_days.at("arbeidsutvalget") == 0);
}

TEST_CASE("ledelse R7: a tfk leader whose appointment ends 2023-01-31 leads a KS year for a month", "[R7]") {
    auto r = compliant();
    find(r, "tfk1", mandat::role::leader, "2022-01-01").end_date = D("2023-01-31");
    find(r, "ks1", mandat::role::leader, "2023-01-01").start_date = D("2023-02-01");
    CHECK(check(r) ==
          V{"rotation.wrong_leader_org error ledelse/R7 body=styringsgruppen org=tfk persons=tfk1, 2023-01-01..2023-01-31"});
    // The same with the KS leader in place from 1 January: still the one wrong leader.
    find(r, "ks1", mandat::role::leader, "2023-02-01").start_date = D("2023-01-01");
    CHECK(check(r) ==
          V{"rotation.wrong_leader_org error ledelse/R7 body=styringsgruppen org=tfk persons=tfk1, 2023-01-01..2023-01-31"});
}

TEST_CASE("organisering R3: 9 working-committee meetings in 2024 give one meetings.above_max for 2024", "[R3]") {
    auto r = compliant();
    r.meetings.push_back({std::nullopt, "arbeidsutvalget", D("2024-12-12"), {"tfk2", "ks3", "sf3", "nfr3"}, std::nullopt, {}});
    const auto rep = mandat::check_compliance(M(), r);
    CHECK(briefs(rep) == V{"meetings.above_max error organisering/R3 body=arbeidsutvalget org= persons= 2024-01-01..2024-12-31"});
    CHECK(rep.findings[0].message == "Arbeidsutvalget held 9 meetings in 2024; the mandate allows at most 8.");
    CHECK(rep.years[2].meetings.at("arbeidsutvalget") == 9);
}

TEST_CASE("ledelse R7: no leader, no coordinator", "[R7]") {
    auto r = compliant();
    auto& apps = r.appointments;
    apps.erase(std::find(apps.begin(), apps.end(), find(r, "tfk1", mandat::role::leader, "2024-01-01")));
    find(r, "ks3", mandat::role::coordinator, "2025-01-01").start_date = D("2025-03-01");
    CHECK(check(r) ==
          V{"rotation.missing_leader error ledelse/R7 body=styringsgruppen org= persons= 2024-01-01..2024-12-31",
            "rotation.missing_coordinator error ledelse/R7 body=arbeidsutvalget org= persons= 2025-01-01..2025-02-28"});
}

TEST_CASE("ledelse R7: a coordinator from the other organisation", "[R7]") {
    auto r = compliant();
    auto& c = find(r, "tfk2", mandat::role::coordinator, "2024-01-01");
    c.person_id = "ks3";
    c.organisation_id = "ks";
    CHECK(check(r) ==
          V{"rotation.wrong_coordinator_org error ledelse/R7 body=arbeidsutvalget org=ks persons=ks3, 2024-01-01..2024-12-31"});
}

TEST_CASE("arbeidsutvalget R10: a secretary from the other organisation is an error, none is a warning", "[R10]") {
    auto r = compliant();
    auto& s = find(r, "ks4", mandat::role::secretary, "2023-01-01");
    s.person_id = "tfk3";
    s.organisation_id = "tfk";
    find(r, "ks4", mandat::role::secretary, "2025-01-01").end_date = D("2025-06-30");
    CHECK(check(r) ==
          V{"rotation.wrong_secretary_org error arbeidsutvalget/R10 body= org=tfk persons=tfk3, 2023-01-01..2023-12-31",
            "rotation.missing_secretary warning arbeidsutvalget/R10 body= org= persons= 2025-07-01..2025-12-31"});
}

TEST_CASE("styringsgruppen R5: a third KS member is above the maximum while the three overlap", "[R5]") {
    auto r = compliant();
    r.persons.push_back({"ks5", "Person ks5", {}, {}, {}, {}});
    r.persons.push_back({"ks6", "Person ks6", {}, {}, {}, {}});
    r.appointments.push_back(A("ks5", "styringsgruppen", "ks", mandat::role::member, "2022-03-01", "2022-06-30"));
    r.appointments.push_back(A("ks6", "styringsgruppen", "ks", mandat::role::member, "2022-05-01", "2022-05-31"));
    // ks counts: 2 from 03-01, 3 in May, 2 in June, 1 from July.
    CHECK(check(r) == V{"quota.above_max error styringsgruppen/R5 body=styringsgruppen org=ks persons= 2022-05-01..2022-05-31"});
}

TEST_CASE("arbeidsutvalget R9: kdu holds no seat in the working committee", "[R9]") {
    auto r = compliant();
    r.appointments.push_back(A("kdu1", "arbeidsutvalget", "kdu", mandat::role::member, "2022-09-01", "2022-09-30"));
    // kdu1 attends the steering group anyway, so R4 has nothing to say.
    CHECK(check(r) == V{"quota.no_seat error arbeidsutvalget/R9 body=arbeidsutvalget org=kdu persons= 2022-09-01..2022-09-30"});
}

TEST_CASE("one person holding seats for two organisations in one body is roster.duplicate_seat (R5)", "[R5]") {
    auto r = compliant();
    r.appointments.push_back(A("sf1", "styringsgruppen", "tfk", mandat::role::member, "2023-06-01", "2023-06-10"));
    CHECK(check(r) ==
          V{"roster.duplicate_seat error styringsgruppen/R5 body=styringsgruppen org= persons=sf1, 2023-06-01..2023-06-10"});
}

TEST_CASE("a person counts once per body and day, however many appointments cover the day (R5)", "[R5]") {
    auto r = compliant();
    // "member 2022-2025" and "leader 2024" side by side are already in the compliant roster;
    // a duplicate record of the same seat changes nothing either.
    r.appointments.push_back(A("ks1", "styringsgruppen", "ks", mandat::role::member, "2022-01-01", "2025-12-31"));
    r.appointments.push_back(A("ks2", "styringsgruppen", "ks", mandat::role::member, "2022-01-01", "2025-12-31"));
    CHECK(check(r) == V{});
}

TEST_CASE("organisering R2: about 4 steering-group meetings - 3 or 5 is info, 2 or 6 a warning", "[R2]") {
    auto r = compliant();
    r.meetings.erase(meeting_on(r, "styringsgruppen", "2022-12-08"));  // 2022: 3
    r.meetings.erase(meeting_on(r, "styringsgruppen", "2023-12-08"));
    r.meetings.erase(meeting_on(r, "styringsgruppen", "2023-09-29"));  // 2023: 2
    // 2024: 5, the extra one prepared by the working committee's meeting of 01-20.
    r.meetings.push_back({std::nullopt, "styringsgruppen", D("2024-01-25"), {"tfk2", "ks3", "sf3", "nfr3"}, {}, {}});
    const auto rep = mandat::check_compliance(M(), r);
    CHECK(briefs(rep) ==
          V{"meetings.off_target info organisering/R2 body=styringsgruppen org= persons= 2022-01-01..2022-12-31",
            "meetings.off_target warning organisering/R2 body=styringsgruppen org= persons= 2023-01-01..2023-12-31",
            "meetings.off_target info organisering/R2 body=styringsgruppen org= persons= 2024-01-01..2024-12-31"});
    CHECK(rep.findings[1].message == "Styringsgruppen held 2 meetings in 2023; the mandate expects about 4.");
}

TEST_CASE("arbeidsutvalget R8: a steering-group meeting without a working-committee meeting before it", "[R8]") {
    auto r = compliant();
    r.meetings.erase(meeting_on(r, "arbeidsutvalget", "2023-01-20"));
    r.meetings.erase(meeting_on(r, "arbeidsutvalget", "2023-02-24"));
    r.meetings.erase(meeting_on(r, "arbeidsutvalget", "2024-08-25"));  // 2024-09-29 is prepared by 09-22 still
    r.meetings.erase(meeting_on(r, "arbeidsutvalget", "2025-10-27"));
    r.meetings.erase(meeting_on(r, "arbeidsutvalget", "2025-11-24"));  // 2025-12-08: nothing since 09-29
    const auto rep = mandat::check_compliance(M(), r);
    CHECK(briefs(rep) ==
          V{"meetings.unprepared warning arbeidsutvalget/R8 body=styringsgruppen org= persons= 2023-03-10..2023-03-10",
            "meetings.unprepared warning arbeidsutvalget/R8 body=styringsgruppen org= persons= 2025-12-08..2025-12-08"});
    CHECK(rep.findings[0].message ==
          "The Styringsgruppen meeting on 2023-03-10 was not prepared by any Arbeidsutvalget meeting since 1 January.");
    CHECK(rep.findings[1].message ==
          "The Styringsgruppen meeting on 2025-12-08 was not prepared by any Arbeidsutvalget meeting after the previous one on "
          "2025-09-29.");
}

TEST_CASE("arbeidsutvalget R8: a preparing meeting on the same day counts", "[R8]") {
    auto r = compliant();
    r.meetings.erase(meeting_on(r, "arbeidsutvalget", "2023-01-20"));
    r.meetings.erase(meeting_on(r, "arbeidsutvalget", "2023-02-24"));
    r.meetings.push_back({std::nullopt, "arbeidsutvalget", D("2023-03-10"), {"tfk2", "ks3", "sf3", "nfr3"}, {}, {}});
    CHECK(check(r) == V{});
}

TEST_CASE("arbeidsutvalget R8: the window opens on 1 January inclusive when no meeting came before", "[R8]") {
    auto r = compliant();
    r.meetings.erase(meeting_on(r, "arbeidsutvalget", "2023-01-20"));
    r.meetings.erase(meeting_on(r, "arbeidsutvalget", "2023-02-24"));
    // The only preparation of 2023-03-10 is on 1 January itself: it counts.
    r.meetings.push_back({std::nullopt, "arbeidsutvalget", D("2023-01-01"), {"tfk2", "ks3", "sf3", "nfr3"}, {}, {}});
    CHECK(check(r) == V{});
}

TEST_CASE("arbeidsutvalget R8: after a previous meeting the window excludes that meeting's day", "[R8]") {
    auto r = compliant();
    r.meetings.erase(meeting_on(r, "arbeidsutvalget", "2023-04-21"));
    r.meetings.erase(meeting_on(r, "arbeidsutvalget", "2023-05-19"));
    // A working-committee meeting on the day of the previous steering-group meeting (2023-03-10)
    // prepared that one, not the next (2023-06-09).
    r.meetings.push_back({std::nullopt, "arbeidsutvalget", D("2023-03-10"), {"tfk2", "ks3", "sf3", "nfr3"}, {}, {}});
    const auto rep = mandat::check_compliance(M(), r);
    CHECK(briefs(rep) ==
          V{"meetings.unprepared warning arbeidsutvalget/R8 body=styringsgruppen org= persons= 2023-06-09..2023-06-09"});
    CHECK(rep.findings[0].message ==
          "The Styringsgruppen meeting on 2023-06-09 was not prepared by any Arbeidsutvalget meeting after the previous one on "
          "2023-03-10.");
}

TEST_CASE("an appointment ending exactly on the first checked day still holds its seat that day (R5)", "[R5]") {
    auto r = compliant();
    find(r, "nfr1", mandat::role::member, "2022-01-01").end_date = D("2023-03-01");
    r.persons.push_back({"nfr2", "Person nfr2", {}, {}, {}, {}});
    r.appointments.push_back(A("nfr2", "styringsgruppen", "nfr", mandat::role::member, "2023-03-02", "2025-12-31"));
    mandat::check_options o;
    o.from = D("2023-03-01");
    o.to = D("2023-03-01");
    // One day, covered by nfr1 to its last day: no quota finding, only the partial year.
    CHECK(check(r, o) ==
          V{"meetings.partial_year info organisering/R3 body=arbeidsutvalget org= persons= 2023-03-01..2023-03-01",
            "meetings.partial_year info organisering/R2 body=styringsgruppen org= persons= 2023-03-01..2023-03-01"});
    // Ending the day before leaves that day without nfr.
    find(r, "nfr1", mandat::role::member, "2022-01-01").end_date = D("2023-02-28");
    CHECK(check(r, o).front() ==
          "quota.below_min error styringsgruppen/R5 body=styringsgruppen org=nfr persons= 2023-03-01..2023-03-01");
}

TEST_CASE("year summaries count a day with two overlapping composition breaches once (R5)", "[R5]") {
    auto r = compliant();
    // sf has nobody in the steering group 2023-03-01..2023-04-30, nfr nobody 2023-04-01..2023-05-31.
    find(r, "sf1", mandat::role::member, "2022-01-01").end_date = D("2023-02-28");
    find(r, "nfr1", mandat::role::member, "2022-01-01").end_date = D("2023-03-31");
    r.persons.push_back({"sf2", "Person sf2", {}, {}, {}, {}});
    r.persons.push_back({"nfr2", "Person nfr2", {}, {}, {}, {}});
    r.appointments.push_back(A("sf2", "styringsgruppen", "sf", mandat::role::member, "2023-05-01", "2025-12-31"));
    r.appointments.push_back(A("nfr2", "styringsgruppen", "nfr", mandat::role::member, "2023-06-01", "2025-12-31"));
    const auto rep = mandat::check_compliance(M(), r);
    CHECK(briefs(rep) ==
          V{"quota.below_min error styringsgruppen/R5 body=styringsgruppen org=sf persons= 2023-03-01..2023-04-30",
            "quota.below_min error styringsgruppen/R5 body=styringsgruppen org=nfr persons= 2023-04-01..2023-05-31"});
    // The union 2023-03-01..2023-05-31: 31 + 30 + 31 days, not 61 + 61.
    CHECK(rep.years[1].composition_breach_days.at("styringsgruppen") == 92);
    CHECK(rep.years[0].composition_breach_days.at("styringsgruppen") == 0);
}

TEST_CASE("organisering R4: a working-committee member missing from a steering-group meeting", "[R4]") {
    auto r = compliant();
    auto m = meeting_on(r, "styringsgruppen", "2022-06-09");
    m->attendee_ids.erase(std::find(m->attendee_ids.begin(), m->attendee_ids.end(), "sf3"));
    // A steering-group member's absence is not R4's business.
    m->attendee_ids.erase(std::find(m->attendee_ids.begin(), m->attendee_ids.end(), "kdu1"));
    const auto rep = mandat::check_compliance(M(), r);
    CHECK(briefs(rep) ==
          V{"attendance.missing warning organisering/R4 body=styringsgruppen org=sf persons=sf3, 2022-06-09..2022-06-09"});
    CHECK(rep.findings[0].message ==
          "Person sf3 (sf3), a member of Arbeidsutvalget, is not recorded at the Styringsgruppen meeting on 2022-06-09.");
}

TEST_CASE("organisering R4: several members missing from one meeting are one finding naming them all", "[R4]") {
    auto r = compliant();
    auto m = meeting_on(r, "styringsgruppen", "2022-06-09");
    for (const char* who : {"sf3", "nfr3"}) m->attendee_ids.erase(std::find(m->attendee_ids.begin(), m->attendee_ids.end(), who));
    const auto rep = mandat::check_compliance(M(), r);
    CHECK(briefs(rep) ==
          V{"attendance.missing warning organisering/R4 body=styringsgruppen org= persons=sf3,nfr3, 2022-06-09..2022-06-09"});
    CHECK(rep.findings[0].message ==
          "2 members of Arbeidsutvalget are not recorded at the Styringsgruppen meeting on 2022-06-09: Person sf3 (sf3) and "
          "Person nfr3 (nfr3).");
    CHECK(mandat::render_message(rep.findings[0], mandat::language::nb) ==
          "2 medlemmer av Arbeidsutvalget er ikke registrert på møtet i Styringsgruppen 2022-06-09: Person sf3 (sf3) og "
          "Person nfr3 (nfr3).");
}

TEST_CASE("organisering R4: thousands of absent members cost one finding a meeting", "[R4]") {
    auto r = compliant();
    for (int i = 0; i < 2000; ++i) {
        char id[8];
        std::snprintf(id, sizeof id, "x%04d", i);
        r.persons.push_back({id, std::string("Person ") + id, {}, {}, {}, {}});
        r.appointments.push_back(A(id, "arbeidsutvalget", "sf", mandat::role::member, "2022-01-01", "2022-12-31"));
    }
    const auto rep = mandat::check_compliance(M(), r);
    std::vector<const mandat::finding*> absent;
    for (const auto& f : rep.findings)
        if (f.code == "attendance.missing") absent.push_back(&f);
    // The four steering-group meetings of 2022, each with the same 2000 absent sf members.
    REQUIRE(absent.size() == 4);
    CHECK(absent[0]->person_ids.size() == 10);  // the ten the message names (docs/decisions.md)
    CHECK(absent[0]->person_ids.front() == "x0000");
    CHECK(absent[0]->person_ids.back() == "x0009");
    CHECK(absent[0]->organisation == "sf");
    CHECK(absent[0]->message ==
          "2000 members of Arbeidsutvalget are not recorded at the Styringsgruppen meeting on 2022-03-10: Person x0000 (x0000), "
          "Person x0001 (x0001), Person x0002 (x0002), Person x0003 (x0003), Person x0004 (x0004), Person x0005 (x0005), "
          "Person x0006 (x0006), Person x0007 (x0007), Person x0008 (x0008), Person x0009 (x0009) and 1990 more.");
    CHECK(absent[3]->start_date == D("2022-12-08"));
}

TEST_CASE("unknown persons, bodies and organisations are findings, never dropped (R1, R5)", "[R1][R5]") {
    auto r = compliant();
    r.appointments.push_back(A("ghost", "styringsgruppen", "ks", mandat::role::member, "2022-02-01", "2022-02-28"));
    r.appointments.push_back(A("ks2", "styret", "ks", mandat::role::member, "2022-03-01", "2022-03-31"));
    r.appointments.push_back(A("ks2", "styringsgruppen", "nav", mandat::role::member, "2022-04-01"));
    meeting_on(r, "arbeidsutvalget", "2022-01-20")->attendee_ids.push_back("ghost");
    r.meetings.push_back({std::nullopt, "referansegruppen", D("2022-05-05"), {}, {}, {}});
    CHECK(check(r) ==
          V{"unknown.person error organisering/ body=arbeidsutvalget org= persons=ghost, 2022-01-20..2022-01-20",
            "unknown.person error styringsgruppen/R5 body=styringsgruppen org=ks persons=ghost, 2022-02-01..2022-02-28",
            "unknown.body error organisering/ body=styret org=ks persons=ks2, 2022-03-01..2022-03-31",
            "unknown.organisation error deltakelse/R1 body=styringsgruppen org=nav persons=ks2, 2022-04-01..-",
            "unknown.body error organisering/ body=referansegruppen org= persons= 2022-05-05..2022-05-05",
            "period.outside info varighet/R11 body=styringsgruppen org=nav persons=ks2, 2026-01-01..-"});
}

TEST_CASE("varighet R11: activity outside the period is info", "[R11]") {
    auto r = compliant();
    r.appointments.push_back(A("ks2", "styringsgruppen", "ks", mandat::role::member, "2021-06-01", "2022-03-31"));
    r.meetings.push_back({std::nullopt, "styringsgruppen", D("2026-02-01"), {}, {}, {}});
    const auto rep = mandat::check_compliance(M(), r);
    CHECK(briefs(rep) == V{"period.outside info varighet/R11 body=styringsgruppen org=ks persons=ks2, 2021-06-01..2021-12-31",
                           "period.outside info varighet/R11 body=styringsgruppen org= persons= 2026-02-01..2026-02-01"});
    // Its part inside the period counts: ks has 2 members until 2022-03-31, within the quota.
    CHECK(rep.years[0].meetings.at("styringsgruppen") == 4);
}

TEST_CASE("an interval narrower than the period: partial years are info, never a breach (R2, R3)", "[R2][R3]") {
    auto r = compliant();
    r.meetings.push_back({std::nullopt, "arbeidsutvalget", D("2024-03-01"), {"tfk2", "ks3", "sf3", "nfr3"}, {}, {}});
    mandat::check_options o;
    o.from = D("2024-01-01");
    o.to = D("2024-06-30");
    const auto rep = mandat::check_compliance(M(), r, o);
    CHECK(briefs(rep) ==
          V{"meetings.partial_year info organisering/R3 body=arbeidsutvalget org= persons= 2024-01-01..2024-06-30",
            "meetings.partial_year info organisering/R2 body=styringsgruppen org= persons= 2024-01-01..2024-06-30"});
    CHECK(rep.findings[0].message ==
          "Arbeidsutvalget held 5 meetings from 2024-01-01 to 2024-06-30 (5 of at most 8 a year so far); a partial year is not "
          "judged.");
    REQUIRE(rep.years.size() == 1);
    CHECK(rep.years[0].year == 2024);
    CHECK_FALSE(rep.years[0].whole_year);
    CHECK(rep.years[0].leading_organisation == "tfk");
}

TEST_CASE("an interval outside the period: nothing is in force, no rule applies (R11)", "[R11]") {
    mandat::check_options o;
    o.from = D("2026-01-01");
    o.to = D("2026-12-31");
    auto r = compliant();
    r.appointments.push_back(A("ks2", "styringsgruppen", "ks", mandat::role::member, "2026-02-01", "2026-02-28"));
    const auto rep = mandat::check_compliance(M(), r, o);
    CHECK(briefs(rep) == V{"period.outside info varighet/R11 body=styringsgruppen org=ks persons=ks2, 2026-02-01..2026-02-28"});
    CHECK(rep.years.empty());
    o.to = D("2025-12-31");
    CHECK_THROWS_AS(mandat::check_compliance(M(), r, o), mandat::query_error);
}

TEST_CASE("a leader role in a body the rotation does not name is a warning, and still a seat (R6)", "[R6]") {
    auto r = compliant();
    r.appointments.push_back(A("sf3", "arbeidsutvalget", "sf", mandat::role::leader, "2022-02-01", "2022-02-28"));
    CHECK(check(r) ==
          V{"roster.role_outside_body warning ledelse/R6 body=arbeidsutvalget org=sf persons=sf3, 2022-02-01..2022-02-28"});
}

TEST_CASE("messages in Norwegian bokmål; codes stay the same") {
    auto r = compliant();
    find(r, "tfk1", mandat::role::leader, "2022-01-01").end_date = D("2023-01-31");
    mandat::check_options o;
    o.lang = mandat::language::nb;
    const auto rep = mandat::check_compliance(M(), r, o);
    REQUIRE(rep.findings.size() == 1);
    CHECK(rep.findings[0].code == "rotation.wrong_leader_org");
    CHECK(rep.findings[0].message ==
          "Person tfk1 (tfk1), leder i Styringsgruppen, representerer Trøndelag fylkeskommune, men det er KS Trøndelag som har "
          "ledelsen.");
}

TEST_CASE("redaction replaces person ids and names with stable pseudonyms") {
    // FNV-1a (64 bits) of "tfk1", then MurmurHash3's finaliser, computed apart in Python.
    CHECK(mandat::pseudonym("tfk1") == "P-3aba964bc63eac08");
    CHECK(mandat::pseudonym("tfk1") == mandat::pseudonym(std::string("tfk") + "1"));
    CHECK(mandat::pseudonym("tfk1") != mandat::pseudonym("tfk2"));
    auto r = compliant();
    find(r, "tfk1", mandat::role::leader, "2022-01-01").end_date = D("2023-01-31");
    mandat::check_options o;
    o.redact = true;
    const auto rep = mandat::check_compliance(M(), r, o);
    REQUIRE(rep.findings.size() == 1);
    CHECK(rep.findings[0].person_ids == V{"P-3aba964bc63eac08"});
    CHECK(rep.findings[0].message.find("tfk1") == std::string::npos);
    CHECK(rep.findings[0].message.find("Person") == std::string::npos);
    CHECK(rep.redacted);
}

TEST_CASE("control characters in names and ids are escaped in the text report") {
    CHECK(mandat::printable("Ola\x1b[31m Nordmann\n\t\r\x7f") == "Ola\\x1b[31m Nordmann\\n\\t\\r\\x7f");
    CHECK(mandat::printable("Ærlig Øye på Røros") == "Ærlig Øye på Røros");
    CHECK(mandat::printable("abc\u202edef\u2066") == "abc\\u{202e}def\\u{2066}");  // bidirectional override, isolate
    CHECK(mandat::printable("\xc2\x9b") == "\\u{009b}");                           // a C1 control (CSI)
    CHECK(mandat::printable("\xff\xe0\x80\x9b") == "\\xff\\xe0\\x80\\x9b");        // malformed and overlong bytes
    auto r = compliant();
    for (auto& p : r.persons)
        if (p.id == "tfk1") p.name = "Ola\x1b]0;owned\x07";
    find(r, "tfk1", mandat::role::leader, "2022-01-01").end_date = D("2023-01-31");
    const auto rep = mandat::check_compliance(M(), r);
    const std::string text = mandat::format_report(M(), rep);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\x07') == std::string::npos);
    CHECK_THAT(text, Catch::Contains("Ola\\x1b]0;owned\\x07 (tfk1), leader of Styringsgruppen"));
}

TEST_CASE("pseudonyms do not collide among a million ids", "[slow]") {
    std::unordered_set<std::string> seen;
    seen.reserve(1000000);
    for (int i = 0; i < 1000000; ++i) seen.insert(mandat::pseudonym("person-" + std::to_string(i)));
    CHECK(seen.size() == 1000000);
}

TEST_CASE("the report survives a JSON round trip") {
    auto r = compliant();
    find(r, "tfk1", mandat::role::leader, "2022-01-01").end_date = D("2023-01-31");
    const auto rep = mandat::check_compliance(M(), r);
    CHECK(mandat::report_from_json(mandat::to_json(rep)) == rep);
    const auto j = mandat::to_json(rep);
    CHECK(j["counts"] == nlohmann::json::parse(R"({"error": 1, "warning": 0, "info": 0})"));
    CHECK(j["years"][1] == nlohmann::json::parse(R"({"year": 2023, "leading_organisation": "ks", "whole_year": true,
        "meetings": {"arbeidsutvalget": 8, "styringsgruppen": 4},
        "composition_breach_days": {"arbeidsutvalget": 0, "styringsgruppen": 0}})"));
}

TEST_CASE("report_from_json refuses what to_json never writes, by pointer") {
    auto r = compliant();
    find(r, "tfk1", mandat::role::leader, "2022-01-01").end_date = D("2023-01-31");
    const auto written = mandat::to_json(mandat::check_compliance(M(), r));
    REQUIRE(written["findings"].size() == 1);
    auto refused = [&](const std::function<void(nlohmann::json&)>& change) {
        nlohmann::json j = written;
        change(j);
        try {
            (void)mandat::report_from_json(j);
        } catch (const mandat::document_error& e) {
            return e.id() + " " + e.pointer();
        }
        return std::string("accepted");
    };
    CHECK(refused([](nlohmann::json&) {}) == "accepted");
    CHECK(refused([](nlohmann::json& j) { j["to"] = "2021-12-31"; }) == "document.inconsistent /to");
    CHECK(refused([](nlohmann::json& j) { j["findings"][0]["end_date"] = "1400-01-01"; }) ==
          "document.inconsistent /findings/0/end_date");
    CHECK(refused([](nlohmann::json& j) { j["findings"][0]["start_date"] = nullptr; }) ==
          "document.inconsistent /findings/0/end_date");
    CHECK(refused([](nlohmann::json& j) { j["findings"][0]["code"] = "rotation.nobody"; }) ==
          "document.invalid_value /findings/0/code");
    CHECK(refused([](nlohmann::json& j) { j["findings"][0]["message_id"] = "rotation.nobody"; }) ==
          "document.invalid_value /findings/0/message_id");
    CHECK(refused([](nlohmann::json& j) { j["findings"][0]["extra"] = 1; }) == "document.unknown_member /findings/0/extra");
    CHECK(refused([](nlohmann::json& j) { j["years"][0]["meetings"] = nlohmann::json::array({1}); }) ==
          "document.wrong_type /years/0/meetings");
    CHECK(refused([](nlohmann::json& j) { j["years"][0]["year"] = 2026; }) == "document.out_of_range /years/0/year");
    CHECK(refused([](nlohmann::json& j) { std::swap(j["years"][0], j["years"][1]); }) == "document.inconsistent /years/1/year");
    CHECK(refused([](nlohmann::json& j) { j["counts"]["error"] = 2; }) == "document.inconsistent /counts/error");
}

TEST_CASE("the bundled example roster: six findings computed by hand") {
    const auto r = mandat::load_roster_file(mandat::testing::example_roster_path);
    const auto rep = mandat::check_compliance(M(), r);
    CHECK(briefs(rep) ==
          V{"attendance.missing warning organisering/R4 body=styringsgruppen org=nfr persons=p-nfr3, 2022-06-09..2022-06-09",
            "rotation.wrong_leader_org error ledelse/R7 body=styringsgruppen org=tfk persons=p-tfk1, 2023-01-01..2023-01-31",
            "quota.below_min error styringsgruppen/R5 body=styringsgruppen org=nfr persons= 2023-03-01..2023-05-14",
            "meetings.above_max error organisering/R3 body=arbeidsutvalget org= persons= 2024-01-01..2024-12-31",
            "meetings.off_target info organisering/R2 body=styringsgruppen org= persons= 2025-01-01..2025-12-31",
            "period.outside info varighet/R11 body=styringsgruppen org=sf persons=p-sf2, 2026-01-01..-"});
    CHECK(rep.count(mandat::severity::error) == 3);
    std::vector<std::string> leads;
    for (const auto& y : rep.years) leads.push_back(y.leading_organisation);
    CHECK(leads == V{"tfk", "ks", "tfk", "ks"});
}
