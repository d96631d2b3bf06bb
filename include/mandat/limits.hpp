// mandat/limits.hpp - how much input the loaders accept.
//
// Nothing is truncated or clamped: input over a limit is rejected with a document_error
// (document.too_large, document.too_deep, document.too_long, document.too_complex) naming the
// JSON pointer.
// See docs/bad-input.md.
#pragma once

#include <cstddef>

namespace mandat {

// The largest document read by default (load_limits::max_bytes, read_file).
inline constexpr std::size_t default_max_document_bytes = std::size_t{256} << 20;

// Limits applied to every document read (mandates and rosters); a caller may lower or raise
// them per call.
struct load_limits {
    std::size_t max_bytes = default_max_document_bytes;   // the whole document
    std::size_t max_depth = 32;                           // nesting of objects and arrays
    std::size_t max_string_bytes = std::size_t{1} << 20;  // any one string
};

// The problems one reading of a spreadsheet roster reports at most (spreadsheet_error_list,
// mandat/spreadsheet.hpp): it stops at the 100th, so that a file of bad cells gives a message a
// person can read, and the tables are read once whatever their problems.
inline constexpr std::size_t max_spreadsheet_problems = 100;

// Limits per field, in bytes (UTF-8) and items: input over them is rejected with
// document.too_long and the JSON pointer, never truncated.
namespace field_limits {
inline constexpr std::size_t id_bytes = 256;           // ids and references
inline constexpr std::size_t name_bytes = 4096;        // names, titles, places
inline constexpr std::size_t text_bytes = 65536;       // clause lines, quoted sources, summaries
inline constexpr std::size_t list_items = 100000;      // lists inside one object (clause lines, seats, attendees)
inline constexpr std::size_t record_items = 10000000;  // persons, memberships, meetings
// Quotes that are a whole line of their clause are found in a hash set; the others are searched
// for in the clause's text, and those searches together read at most this many bytes
// (document.too_complex past it), so that many quotes of long clauses cannot cost quotes
// times text. 256 MiB is a few tenths of a second, and thousands of times what a real
// mandate needs.
inline constexpr std::size_t quote_search_bytes = std::size_t{256} << 20;
// What the amendments of one history written as patches may add together: each patched
// version is measured written compactly, and what it is larger than the version it amends, at
// any moment of its patch, adds up over the history to at most this many bytes per byte of the
// history document, or patched_bytes_floor if that is more (document.too_large at the
// operation past it). A patch describes a change; so a patch of a kilobyte cannot copy a value
// into itself until it weighs hundreds of megabytes (an amendment that changes a title and
// keeps the rest adds nothing, however long the chain).
inline constexpr std::size_t patched_bytes_per_input_byte = 16;
inline constexpr std::size_t patched_bytes_floor = std::size_t{8} << 20;
// The work of those patches: the JSON values their operations visit (each value a copy,
// replace, remove or deeper move measures, and so copies or takes away) add up to at most this
// many per byte of the history document, or patch_work_floor if that is more
// (document.too_complex at the operation past it), so that operations that copy and remove,
// or move back and forth, a large value cannot run for minutes. 2^21 values are about a second.
inline constexpr std::size_t patch_work_per_input_byte = 8;
inline constexpr std::size_t patch_work_floor = std::size_t{1} << 21;
}  // namespace field_limits

}  // namespace mandat
