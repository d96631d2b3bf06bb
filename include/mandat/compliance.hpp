// mandat/compliance.hpp - was the roster composed, led and run as the mandate requires?
//
// check_compliance() evaluates every rule (R1-R11) on every day of an interval without
// iterating day by day: it sweeps the change points (appointment starts and ends,
// 1 January of each year, the interval's bounds, meeting days), so its cost grows with the
// number of appointments and meetings, not with the number of days. A finding that holds on
// adjacent days is one finding with an inclusive date interval. See docs/compliance.md.
//
// This header includes the parts: the options, the report and its summaries
// (mandat/compliance_values.hpp), the check (mandat/compliance_check.hpp), the report as text
// (mandat/compliance_text.hpp), and the mandate and the roster they concern (mandat/mandate.hpp,
// mandat/roster.hpp). None of them needs nlohmann/json: the JSON forms are in mandat/json.hpp.
#pragma once

#include "mandat/compliance_check.hpp"
#include "mandat/compliance_text.hpp"
#include "mandat/compliance_values.hpp"
#include "mandat/finding.hpp"
#include "mandat/mandate.hpp"
#include "mandat/roster.hpp"
