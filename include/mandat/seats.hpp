// mandat/seats.hpp - who sits where on a given day.
//
// seats_on() answers "who holds which seat on this day?" for a roster: per body, each
// person seated for each organisation with their roles, the head count per organisation,
// the secretaries, whether the mandate is in force and who leads, and the day's findings
// (those of the compliance check over that one day that concern the day: not
// meetings.partial_year, since one day is no year, nor activity outside the period on other
// days). Bodies the mandate does not set up are listed too, after its own.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mandat/compliance.hpp"

namespace mandat {

struct seat_holder {
    std::string organisation_id;      // the organisation represented
    std::string person_id;            // a pseudonym when redacted
    std::optional<std::string> name;  // the person's name; none when redacted or not in the roster
    std::vector<role> roles;          // the seat-holding roles of the day, in the roster's order

    friend bool operator==(const seat_holder& a, const seat_holder& b) {
        return a.organisation_id == b.organisation_id && a.person_id == b.person_id && a.name == b.name && a.roles == b.roles;
    }
};

struct body_seats {
    std::string body_id;
    std::optional<std::string> name;         // the body's name; none for a body the mandate does not set up
    std::vector<seat_holder> seats;          // by organisation id, then person id
    std::map<std::string, unsigned> counts;  // organisation id -> persons seated

    friend bool operator==(const body_seats& a, const body_seats& b) {
        return a.body_id == b.body_id && a.name == b.name && a.seats == b.seats && a.counts == b.counts;
    }
};

struct secretary_on_day {
    std::string person_id;  // a pseudonym when redacted
    std::optional<std::string> name;
    std::string organisation_id;

    friend bool operator==(const secretary_on_day& a, const secretary_on_day& b) {
        return a.person_id == b.person_id && a.name == b.name && a.organisation_id == b.organisation_id;
    }
};

struct day_seats {
    date day;
    bool in_force = false;
    std::optional<std::string> leading_organisation;  // none when the mandate is not in force
    std::vector<body_seats> bodies;
    std::vector<secretary_on_day> secretaries;
    std::vector<finding> findings;

    bool has_errors() const noexcept {
        for (const auto& f : findings)
            if (f.severity == severity::error) return true;
        return false;
    }
};

// The seats of `r` on day `d` under `m`. Of `options`, lang and redact apply; the interval is
// the one day. Cost: linear in the roster (plus the one-day compliance check).
day_seats seats_on(const mandate& m, const roster& r, date d, const check_options& options = {});

}  // namespace mandat
