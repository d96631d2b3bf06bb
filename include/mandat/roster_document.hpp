// mandat/roster_document.hpp - roster documents (mandat.roster/1) as text and files.
//
// The format: docs/roster-format.md, schema/roster.schema.json. The JSON-value forms
// (to_json, roster_from_json) are in mandat/json.hpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "mandat/limits.hpp"
#include "mandat/roster_values.hpp"

namespace mandat {

inline constexpr const char* roster_format = "mandat.roster/1";

// Strict on shape (types, dates, end before start, duplicate ids, unknown role values):
// throws document_error with the JSON pointer. References to persons, bodies and
// organisations are not checked here: the compliance check reports them as findings.
roster load_roster(std::string_view json_text, const load_limits& limits = {});
roster load_roster_file(const std::string& path, const load_limits& limits = {});
std::string dump_roster(const roster& r);
void save_roster_file(const roster& r, const std::string& path);

// The JSON pointer of an appointment or a meeting in a roster document.
inline std::string appointment_pointer(std::size_t index) { return "/memberships/" + std::to_string(index); }
inline std::string meeting_pointer(std::size_t index) { return "/meetings/" + std::to_string(index); }

}  // namespace mandat
