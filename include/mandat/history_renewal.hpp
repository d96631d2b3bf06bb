// mandat/history_renewal.hpp - a mandate's draft successor, the next version of a history.
#pragma once

#include <string>

#include "mandat/date.hpp"
#include "mandat/mandate.hpp"

namespace mandat {

// A draft successor of `predecessor`: id `new_id`, status draft, in force from `from` for
// `years` calendar years (to the day before the same date `years` years later), the same
// parties, bodies, quotas, meeting rules and rotation (continued in phase: its turn for a
// year is the predecessor's), provenance "replaces" the predecessor and every clause carried
// over (its text is the predecessor's, not yet signed for the draft). Throws query_error for
// years < 1 or a period outside the supported years.
mandate renew(const mandate& predecessor, date from, int years, std::string new_id = {});

}  // namespace mandat
