// mandat/history.hpp - the versions of a mandate over time: renewals, amendments, gaps.
//
// A history is an ordered list of versions, each a whole mandate with its status (draft,
// adopted, superseded) and provenance (the version it replaces or amends, when and by whom it
// was decided). Adopted and superseded versions are in force in their span: the version's
// period, from the day an amendment takes effect when it amends another (the amended version
// then ends the day before). Drafts are never in force in a history. Spans never overlap;
// gaps between them are allowed and said plainly. A single mandate is a history of one
// version. Format and rules: docs/history.md.
//
// This header includes the parts: the history and its queries (mandat/history_values.hpp), its
// documents (mandat/history_document.hpp), the check across versions (mandat/history_check.hpp)
// and renewal (mandat/history_renewal.hpp), with mandat/compliance.hpp, which it gave before
// it was split.
#pragma once

#include "mandat/compliance.hpp"
#include "mandat/history_check.hpp"
#include "mandat/history_document.hpp"
#include "mandat/history_renewal.hpp"
#include "mandat/history_values.hpp"
#include "mandat/limits.hpp"
#include "mandat/mandate.hpp"
