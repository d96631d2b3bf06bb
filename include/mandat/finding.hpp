// mandat/finding.hpp - a departure from the mandate, as a value.
//
// The same vocabulary everywhere (C++, Python, CLI, JSON): a stable code, a severity, the
// clause and rule it comes from, the body, organisation and persons concerned, the dates it
// covers (inclusive), a message in the caller's language, and the verbatim source sentence.
// The message is rendered from the facts the finding carries (mandat/messages.hpp), so the
// same finding can be shown in another language. Its JSON form is in mandat/json.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mandat/date.hpp"

namespace mandat {

enum class severity {
    info,     // worth knowing
    warning,  // departs from what the text expects, without a hard limit
    error,    // breaks an explicit rule
};

enum class language { en, nb };

constexpr std::string_view to_string(severity s) noexcept {
    switch (s) {
        case severity::info:
            return "info";
        case severity::warning:
            return "warning";
        case severity::error:
            return "error";
    }
    return "error";
}

inline std::optional<severity> parse_severity(std::string_view s) noexcept {
    if (s == "info") return severity::info;
    if (s == "warning") return severity::warning;
    if (s == "error") return severity::error;
    return std::nullopt;
}

constexpr std::string_view to_string(language l) noexcept { return l == language::nb ? "nb" : "en"; }

inline std::optional<language> parse_language(std::string_view s) noexcept {
    if (s == "en") return language::en;
    if (s == "nb") return language::nb;
    return std::nullopt;
}

// The stable finding codes of the compliance check. Integrators may rely on these strings;
// docs/findings.md lists each of them once (tests/test_ids.cpp ties `all` to the constants and
// the docs). The codes of lint are in `lint_codes` (mandat/lint.hpp).
namespace codes {
inline constexpr const char* quota_below_min = "quota.below_min";
inline constexpr const char* quota_above_max = "quota.above_max";
inline constexpr const char* quota_no_seat = "quota.no_seat";
inline constexpr const char* unknown_organisation = "unknown.organisation";
inline constexpr const char* unknown_person = "unknown.person";
inline constexpr const char* unknown_body = "unknown.body";
inline constexpr const char* rotation_wrong_leader_org = "rotation.wrong_leader_org";
inline constexpr const char* rotation_missing_leader = "rotation.missing_leader";
inline constexpr const char* rotation_wrong_coordinator_org = "rotation.wrong_coordinator_org";
inline constexpr const char* rotation_missing_coordinator = "rotation.missing_coordinator";
inline constexpr const char* rotation_wrong_secretary_org = "rotation.wrong_secretary_org";
inline constexpr const char* rotation_missing_secretary = "rotation.missing_secretary";
inline constexpr const char* meetings_above_max = "meetings.above_max";
inline constexpr const char* meetings_off_target = "meetings.off_target";
inline constexpr const char* meetings_partial_year = "meetings.partial_year";
inline constexpr const char* meetings_unprepared = "meetings.unprepared";
inline constexpr const char* attendance_missing = "attendance.missing";
inline constexpr const char* roster_duplicate_seat = "roster.duplicate_seat";
inline constexpr const char* roster_role_outside_body = "roster.role_outside_body";
inline constexpr const char* period_outside = "period.outside";

// Every code above, once, in the order above.
inline constexpr const char* all[] = {
    quota_below_min,
    quota_above_max,
    quota_no_seat,
    unknown_organisation,
    unknown_person,
    unknown_body,
    rotation_wrong_leader_org,
    rotation_missing_leader,
    rotation_wrong_coordinator_org,
    rotation_missing_coordinator,
    rotation_wrong_secretary_org,
    rotation_missing_secretary,
    meetings_above_max,
    meetings_off_target,
    meetings_partial_year,
    meetings_unprepared,
    attendance_missing,
    roster_duplicate_seat,
    roster_role_outside_body,
    period_outside,
};
}  // namespace codes

struct finding {
    std::string code;
    mandat::severity severity = mandat::severity::error;
    std::string clause;                   // clause id, e.g. "styringsgruppen"
    std::string rule;                     // rule number, e.g. "R5"
    std::string body;                     // body id, or empty
    std::string organisation;             // organisation id, or empty
    std::vector<std::string> person_ids;  // persons concerned, or empty
    std::optional<date> start_date;       // first day concerned (inclusive), if dated
    std::optional<date> end_date;         // last day concerned (inclusive), if dated
    std::string message;                  // in the language asked for
    std::string source;                   // the verbatim Norwegian sentence of the rule
    // What the message is rendered from: the catalogue entry (mandat/messages.hpp) and the
    // named facts it fills in (counts, bounds, names, dates). A name may repeat: a list.
    // Empty for a finding read from a document that did not carry them.
    std::string message_id;
    std::vector<std::pair<std::string, std::string>> facts;
    // The version of the mandate that judged the day (its id), in a check against a history
    // of versions (mandat/history.hpp); empty in a check against one mandate.
    std::string version;

    friend bool operator==(const finding& a, const finding& b) {
        return a.code == b.code && a.severity == b.severity && a.clause == b.clause && a.rule == b.rule && a.body == b.body &&
               a.organisation == b.organisation && a.person_ids == b.person_ids && a.start_date == b.start_date &&
               a.end_date == b.end_date && a.message == b.message && a.source == b.source && a.message_id == b.message_id &&
               a.facts == b.facts && a.version == b.version;
    }
    friend bool operator!=(const finding& a, const finding& b) { return !(a == b); }
};

// Orders findings by date (undated first), then severity (errors first), code, body,
// organisation and persons: the order of every report.
inline bool report_order(const finding& a, const finding& b) {
    // Compared in place: no string or vector is copied.
    if (a.start_date.has_value() != b.start_date.has_value()) return !a.start_date.has_value();
    if (a.start_date && *a.start_date != *b.start_date) return *a.start_date < *b.start_date;
    if (a.severity != b.severity) return a.severity > b.severity;
    if (int c = a.code.compare(b.code)) return c < 0;
    if (int c = a.body.compare(b.body)) return c < 0;
    if (int c = a.organisation.compare(b.organisation)) return c < 0;
    if (a.person_ids != b.person_ids) return a.person_ids < b.person_ids;
    const date ea = a.end_date.value_or(date()), eb = b.end_date.value_or(date());
    if (ea != eb) return ea < eb;
    return false;
}

}  // namespace mandat
