// mandat/lint.hpp - the consistency proof: can a mandate be obeyed at all, and do its quotes
// say what its data says?
//
// lint() walks the mandate's finite domain (its bodies, quotas, rotation, roles, meeting
// rules and the years of its period) and reports every part that no roster could satisfy,
// with a witness in the message. It also reads the numbers and dates of the Norwegian
// sentences the rules quote and compares them with the structured values. It does not
// assume that validate() passed: a mandate built in code with unknown ids, an empty
// rotation or an inverted period gets findings, never an exception. docs/lint-and-diff.md
// explains each code and how quotes are read.
#pragma once

#include <vector>

#include "mandat/finding.hpp"
#include "mandat/mandate.hpp"

namespace mandat {

// The stable codes of lint's findings. Integrators may rely on these strings.
namespace lint_codes {
// A quota no count satisfies: min above max, at most 0 seats, or two quotas of one
// organisation in one body that exclude each other.
inline constexpr const char* quota_infeasible = "lint.quota_infeasible";
// A body whose quotas and size bounds admit no composition (or no member at all).
inline constexpr const char* body_infeasible = "lint.body_infeasible";
// The rotation makes an organisation leader/coordinator of a body where it holds no seat.
inline constexpr const char* role_without_seat = "lint.role_without_seat";
// A leadership role names a body the mandate does not set up.
inline constexpr const char* role_unknown_body = "lint.role_unknown_body";
// The secretary rule makes an organisation the mandate does not know provide the secretary.
inline constexpr const char* secretary_unknown_organisation = "lint.secretary_unknown_organisation";
// A meeting rule expects more meetings than it allows.
inline constexpr const char* meetings_target_above_max = "lint.meetings_target_above_max";
// The rotation names no organisation: no year has a leading organisation.
inline constexpr const char* rotation_empty = "lint.rotation_empty";
// The rotation names an organisation the mandate does not know.
inline constexpr const char* rotation_unknown_organisation = "lint.rotation_unknown_organisation";
// The rotation starts in a year outside the supported range (min_year..max_year).
inline constexpr const char* year_unsupported = "lint.year_unsupported";
// The period in force has no day: a date is missing or the end comes before the start.
inline constexpr const char* period_invalid = "lint.period_invalid";
// A quoted sentence states a number or date other than the structured value (error).
inline constexpr const char* quote_disagrees = "lint.quote_disagrees";
// The same, in a clause carried over from the predecessor (provenance.carried_over): info.
inline constexpr const char* quote_carried_over = "lint.quote_carried_over";

// Every code above, once, in the order above (docs/lint-and-diff.md lists each of them once).
inline constexpr const char* all[] = {
    quota_infeasible,
    body_infeasible,
    role_without_seat,
    role_unknown_body,
    secretary_unknown_organisation,
    meetings_target_above_max,
    rotation_empty,
    rotation_unknown_organisation,
    year_unsupported,
    period_invalid,
    quote_disagrees,
    quote_carried_over,
};
}  // namespace lint_codes

// Proves that `m` can be obeyed and that its quotes agree with its data. Returns the
// findings (errors; info for quotes carried over unsigned), in report order (report_order);
// none for a sound mandate. Messages in `lang`; every finding keeps its message id and facts.
// Never throws for any content of `m`.
std::vector<finding> lint(const mandate& m, language lang = language::en);

}  // namespace mandat
