// mandat/json.hpp - every document and result as JSON, in one header.
//
// The value headers (mandate.hpp, finding.hpp, roster.hpp, compliance.hpp, ...) stay free of
// nlohmann/json; include this header where JSON values are wanted. Text in and out
// (load_mandate, dump_mandate, load_roster, dump_roster) needs only mandat/document.hpp and
// mandat/roster_document.hpp. Formats: docs/mandate-format.md, docs/roster-format.md, docs/cli.md.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

#include "mandat/compliance.hpp"
#include "mandat/diff.hpp"
#include "mandat/document.hpp"
#include "mandat/extra.hpp"
#include "mandat/finding.hpp"
#include "mandat/limits.hpp"
#include "mandat/mandate.hpp"
#include "mandat/roster.hpp"
#include "mandat/seats.hpp"

namespace mandat {

// Parses untrusted JSON text strictly: size and nesting limits, no duplicate keys, valid
// UTF-8. Throws document_error naming what and where.
nlohmann::json parse_json(std::string_view text, const load_limits& limits = {});

// Mandates (mandat.mandate/1). mandate_from_json is as strict as load_mandate.
nlohmann::json to_json(const mandate& m);
mandate mandate_from_json(const nlohmann::json& document);

// Rosters (mandat.roster/1); members beyond the known ones are kept.
nlohmann::json to_json(const roster& r);
roster roster_from_json(const nlohmann::json& document);

// The members a record keeps beyond the known ones (mandat/extra.hpp), as a JSON object: {}
// when there are none. The reference is valid while `x` lives and is not assigned to.
const nlohmann::json& to_json(const extra_members& x);
// The members of a JSON object, kept with their values; throws std::invalid_argument for
// anything but an object.
extra_members extra_members_from_json(nlohmann::json members);

// Findings and reports (mandat.report/1). Absent values are null. The readers take back what
// the writers write and throw document_error with the JSON pointer otherwise.
nlohmann::json to_json(const finding& f);
nlohmann::json to_json(const std::vector<finding>& fs);
nlohmann::json to_json(const report& rep);
finding finding_from_json(const nlohmann::json& j);
report report_from_json(const nlohmann::json& j);

// Who sits where on a day (the `roster` command's JSON, docs/cli.md).
nlohmann::json to_json(const day_seats& s);

// The differences between two mandates (mandat.diff/1, docs/lint-and-diff.md). The reader
// takes back what the writer writes and throws document_error with the JSON pointer otherwise.
nlohmann::json to_json(const mandate_diff& d);
mandate_diff mandate_diff_from_json(const nlohmann::json& document);

}  // namespace mandat
