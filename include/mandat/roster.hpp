// mandat/roster.hpp - the real people, their appointments and the meetings held.
//
// Field names follow Popolo: an appointment is a membership of a person in a body
// (organization_id) on behalf of an organisation (on_behalf_of_id), with a role and
// inclusive start_date/end_date. Members a document carries beyond these are kept in
// `extra` and written back with the same values (a number that could not be is refused on
// load; members come back in name order), which is why this header needs nlohmann/json.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mandat/date.hpp"
#include "mandat/limits.hpp"

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
    nlohmann::json extra = nlohmann::json::object();

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
    nlohmann::json extra = nlohmann::json::object();

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
    nlohmann::json extra = nlohmann::json::object();

    friend bool operator==(const meeting& a, const meeting& b) {
        return a.id == b.id && a.body_id == b.body_id && a.on == b.on && a.attendee_ids == b.attendee_ids && a.title == b.title &&
               a.extra == b.extra;
    }
};

struct roster {
    std::vector<person> persons;
    std::vector<appointment> appointments;
    std::vector<meeting> meetings;
    nlohmann::json extra = nlohmann::json::object();  // unknown top-level members

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

// --- documents (docs/roster-format.md, schema/roster.schema.json) ---

inline constexpr const char* roster_format = "mandat.roster/1";

// Strict on shape (types, dates, end before start, duplicate ids, unknown role values):
// throws document_error with the JSON pointer. References to persons, bodies and
// organisations are not checked here: the compliance check reports them as findings.
// The JSON-value forms (to_json, roster_from_json) are in mandat/json.hpp.
roster load_roster(std::string_view json_text, const load_limits& limits = {});
roster load_roster_file(const std::string& path, const load_limits& limits = {});
std::string dump_roster(const roster& r);
void save_roster_file(const roster& r, const std::string& path);

// The JSON pointer of an appointment or a meeting in a roster document.
inline std::string appointment_pointer(std::size_t index) { return "/memberships/" + std::to_string(index); }
inline std::string meeting_pointer(std::size_t index) { return "/meetings/" + std::to_string(index); }

}  // namespace mandat
