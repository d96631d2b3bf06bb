// mandat/roster_values.hpp - the real people, their appointments and the meetings held.
//
// Field names follow Popolo: an appointment is a membership of a person in a body
// (organization_id) on behalf of an organisation (on_behalf_of_id), with a role and
// inclusive start_date/end_date. Members a document carries beyond these are kept in
// `extra` (mandat/extra.hpp) and written back with the same values (a number that could not
// be is refused on load; members come back in name order). Reading and writing roster
// documents: mandat/roster_document.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mandat/date.hpp"
#include "mandat/extra.hpp"

namespace mandat {

enum class role {
    member,       // a seat in the body
    leader,       // a seat, and leads the body (Popolo: a leader is a member who leads)
    coordinator,  // a seat, and coordinates the body
    secretary,    // serves the partnership; not a seat
};

constexpr std::string_view to_string(role r) noexcept {
    switch (r) {
        case role::member:
            return "member";
        case role::leader:
            return "leader";
        case role::coordinator:
            return "coordinator";
        case role::secretary:
            return "secretary";
    }
    return "member";
}

inline std::optional<role> parse_role(std::string_view s) noexcept {
    if (s == "member") return role::member;
    if (s == "leader") return role::leader;
    if (s == "coordinator") return role::coordinator;
    if (s == "secretary") return role::secretary;
    return std::nullopt;
}

// True for the roles that hold a seat in the body.
constexpr bool holds_seat(role r) noexcept { return r != role::secretary; }

struct person {
    std::string id;
    std::string name;
    std::optional<std::string> email;
    std::optional<std::string> gender;
    std::optional<std::string> employer;  // informative only: a person counts for on_behalf_of_id
    extra_members extra;

    friend bool operator==(const person& a, const person& b) {
        return a.id == b.id && a.name == b.name && a.email == b.email && a.gender == b.gender && a.employer == b.employer &&
               a.extra == b.extra;
    }
};

struct appointment {
    std::optional<std::string> id;
    std::string person_id;
    std::string body_id;          // Popolo organization_id
    std::string organisation_id;  // Popolo on_behalf_of_id: the organisation represented
    mandat::role role = mandat::role::member;
    date start_date;
    std::optional<date> end_date;  // the last day, inclusive; none: open-ended
    extra_members extra;

    // True when the appointment covers day `d`.
    bool covers(date d) const noexcept { return start_date <= d && (!end_date || d <= *end_date); }

    friend bool operator==(const appointment& a, const appointment& b) {
        return a.id == b.id && a.person_id == b.person_id && a.body_id == b.body_id && a.organisation_id == b.organisation_id &&
               a.role == b.role && a.start_date == b.start_date && a.end_date == b.end_date && a.extra == b.extra;
    }
};

struct meeting {
    std::optional<std::string> id;
    std::string body_id;  // Popolo organization_id
    date on;              // JSON "date"
    std::vector<std::string> attendee_ids;
    std::optional<std::string> title;
    extra_members extra;

    friend bool operator==(const meeting& a, const meeting& b) {
        return a.id == b.id && a.body_id == b.body_id && a.on == b.on && a.attendee_ids == b.attendee_ids && a.title == b.title &&
               a.extra == b.extra;
    }
};

struct roster {
    std::vector<person> persons;
    std::vector<appointment> appointments;
    std::vector<meeting> meetings;
    extra_members extra;  // unknown top-level members

    const person* find_person(const std::string& person_id) const noexcept {
        for (const auto& p : persons)
            if (p.id == person_id) return &p;
        return nullptr;
    }

    friend bool operator==(const roster& a, const roster& b) {
        return a.persons == b.persons && a.appointments == b.appointments && a.meetings == b.meetings && a.extra == b.extra;
    }
    friend bool operator!=(const roster& a, const roster& b) { return !(a == b); }
};

}  // namespace mandat
