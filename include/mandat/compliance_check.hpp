// mandat/compliance_check.hpp - was the roster composed, led and run as the mandate requires?
//
// check_compliance() evaluates every rule (R1-R11) on every day of an interval without
// iterating day by day: it sweeps the change points (appointment starts and ends,
// 1 January of each year, the interval's bounds, meeting days), so its cost grows with the
// number of appointments and meetings, not with the number of days. A finding that holds on
// adjacent days is one finding with an inclusive date interval. See docs/compliance.md.
#pragma once

#include <string>

#include "mandat/compliance_values.hpp"
#include "mandat/mandate.hpp"
#include "mandat/redaction.hpp"  // pseudonym(): how a redacted report shows a person
#include "mandat/roster_values.hpp"

namespace mandat {

// Checks `r` against `m` over the interval of `options`. Throws query_error when the
// interval ends before it starts. References the roster cannot resolve are findings
// (unknown.person, unknown.body, unknown.organisation), never errors, and never dropped.
report check_compliance(const mandate& m, const roster& r, const check_options& options = {});

}  // namespace mandat
