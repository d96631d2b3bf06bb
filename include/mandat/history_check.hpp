// mandat/history_check.hpp - the compliance check across the versions of a history.
#pragma once

#include "mandat/compliance_values.hpp"
#include "mandat/history_values.hpp"
#include "mandat/roster_values.hpp"

namespace mandat {

// Checks `r` against the history over the interval of `options` (default: from the first to
// the last day any version is in force). Each day is judged by the version in force that day
// and each finding names that version (finding::version); activity on days under no version
// is period.outside (info). A calendar year split between versions is judged as a whole, by
// the version in force on its last day, counting every meeting of the year under any
// version. Each version's days are checked on the records that meet them: the cost grows with
// the records times the versions each meets, plus the versions, not with the roster times the
// versions. See docs/history.md.
report check_compliance(const history& h, const roster& r, const check_options& options = {});
// The mandate a report across versions is drawn with (its HTML page, its timeline): the
// version in force on the report's last day, else the latest (history::version_for), under the
// report's id. The one place both front ends ask (docs/history.md).
mandate drawn_version(const history& h, const report& rep);

}  // namespace mandat
