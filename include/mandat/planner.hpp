// mandat/planner.hpp - proposes a year's meetings that the mandate's meeting rules accept.
//
// From the mandate's data, never from fixed numbers: every body with a meeting target (R2:
// "ca 4 møter i året") gets that many meetings in the year, spread evenly over the days of
// the year in force; every such meeting that a preparation rule (R8) asks to be prepared gets
// a meeting of the preparing body in its preparation window, about `lead_days` before it; no
// body exceeds its maximum (R3). Meetings fall on working days only (no weekend, no Norwegian
// public holiday, mandat/holidays.hpp), never in a blocked ISO week, and never on a day a
// meeting is already booked in the given roster; booked meetings count towards the numbers and
// are kept as they are. The planned meetings' attendees are those the roster seats in the body
// or whose body must attend (R4) on that day. The algorithm is described in docs/planner.md.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "mandat/date.hpp"
#include "mandat/mandate.hpp"
#include "mandat/roster.hpp"

namespace mandat {

struct plan_options {
    int year = 0;
    // ISO 8601 week numbers (1..53) in which no meeting is planned, e.g. 27..32 for summer.
    std::vector<unsigned> blocked_weeks;
    // Meetings already booked (they count and are kept) and the appointments that give the
    // planned meetings their attendees. Empty: nothing booked, no attendees known.
    roster booked;
    // A preparing meeting is planned on the allowed day nearest to this many days before the
    // meeting it prepares (ties: the earlier day), always inside the preparation window.
    unsigned lead_days = 7;
};

struct planned_meeting {
    std::string id;  // a booked meeting's own id (or empty), or "plan-<body id>-<YYYY-MM-DD>"
    std::string body_id;
    date on;
    bool booked = false;                  // true: from the roster, not planned here
    std::optional<std::string> title;     // planned: "<body name> <n>/<year>"
    std::optional<std::string> prepares;  // the id of the meeting it prepares (R8), if any
    std::string rule;                     // why it is there: the target's rule (R2), the preparation rule (R8), or "booked"
    std::vector<std::string> attendee_ids;

    friend bool operator==(const planned_meeting& a, const planned_meeting& b) {
        return a.id == b.id && a.body_id == b.body_id && a.on == b.on && a.booked == b.booked && a.title == b.title &&
               a.prepares == b.prepares && a.rule == b.rule && a.attendee_ids == b.attendee_ids;
    }
};

struct meeting_plan {
    std::string mandate_id;
    int year = 0;
    date first;  // the planned days: the part of the year in force, inclusive
    date last;
    std::vector<unsigned> blocked_weeks;    // sorted, each once
    std::vector<planned_meeting> meetings;  // booked and planned, by date then body order of the mandate
};

// The plan for options.year. Throws query_error: query.invalid_year when no day of the year is
// in force; query.out_of_range for a week outside 1..53; query.unplannable when the rules
// cannot be met (too few allowed days, a preparation window without an allowed day, more
// meetings than a maximum allows), naming the body and the dates.
meeting_plan plan_meetings(const mandate& m, const plan_options& options);

// A planned (or booked) meeting as a roster's meeting: its id (none when a booked meeting had
// none), body, day, title and attendees. The one conversion: plan_roster and `plan --format ics`
// use it.
meeting as_meeting(const planned_meeting& pm);

// The booked roster with the planned meetings added (ids, titles and attendees as planned), so
// that check_compliance can judge the plan.
roster plan_roster(const meeting_plan& plan, const roster& booked);

// The plan as JSON (the contract is in docs/planner.md).
nlohmann::json to_json(const meeting_plan& plan);
// The plan as text, one line per meeting.
std::string format_plan(const meeting_plan& plan, const mandate& m);

}  // namespace mandat
