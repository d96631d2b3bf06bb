// RFC 6902 JSON Patch applied within the limits of an input document (private to the library's
// sources; see src/history/patch.cpp and docs/history.md, "Amendments as patches").
#pragma once

#include <string>

#include "documents/json_reader.hpp"
#include "mandat/limits.hpp"

namespace mandat::detail {

// What the patches of one history may still add (field_limits::patched_bytes_*): `total` for
// the message, `left` what is not yet spent. Each applied patch spends what its result is
// larger than the version it amends; while it runs, the document may grow by at most `left`.
struct patch_budget {
    std::size_t total = 0;
    std::size_t left = 0;
    // The values the operations of all patches may visit (measure, copy, take away or move
    // deeper), so that their time grows with the document (document.too_complex past it).
    std::size_t work_total = 0;
    std::size_t work_left = 0;
    static patch_budget for_input(std::size_t input_bytes);
};

// Applies the patch at `patch` (an array, already within the list limit) to `doc` in place,
// operation by operation. What the patch builds is held to `limits` as a document read from
// text is: its size written compactly (max_bytes), its nesting (max_depth) and each string
// (max_string_bytes; count is bounded by size). The size is kept as a running total (each
// operation adds or subtracts what it places or takes away), so that checking costs what the
// operation does, never a new measure of the whole document. Throws document_error:
// document.too_large or document.too_deep with the pointer of the operation
// (e.g. /versions/3/patch/17) before the value over the limit is built, the same when the
// document would grow by more than what is `left` of the history's `budget` (spent on success), and
// document.invalid_value with the patch's pointer when an operation does not apply
// (`target` names the amended version in the message).
void apply_patch(json& doc, const node& patch, const std::string& target, const load_limits& limits, patch_budget& budget);

}  // namespace mandat::detail
