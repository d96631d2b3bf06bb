// mandat/spreadsheet.hpp - a roster as spreadsheet tables (docs/spreadsheets.md).
//
// A spreadsheet roster is one table per kind: persons, memberships and meetings (with an
// attendee column), and an optional table of the document's own top-level members. A table
// is what a CSV file or a workbook sheet holds once tokenised: a header of column names and
// rows of text cells, each row with the line (or row) where it starts. The cell rules live
// here, once, so the native CSV reader (mandat/csv.hpp), the Python CSV reader and the
// Python workbook reader all accept and reject the same cells with the same messages.
// Tokenising is not done here: this header needs no CSV library.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "mandat/roster.hpp"

namespace mandat {

// Separates the person ids of a meeting's attendee_ids cell ("p-ks1;p-tfk2"); spaces around
// an id are ignored.
inline constexpr char attendee_separator = ';';

// One record: its cells in the header's order and the line (or row) where it starts, from 1.
struct spreadsheet_row {
    std::size_t line = 0;
    std::vector<std::string> cells;
};

struct spreadsheet_table {
    // Where the table comes from, as errors name it: "memberships.csv", or
    // "roster.xlsx sheet memberships". roster_to_tables() names the kind: "memberships".
    std::string name;
    // "line" for text files, "row" for workbook sheets.
    std::string line_word = "line";
    std::size_t header_line = 1;
    std::vector<std::string> header;
    std::vector<spreadsheet_row> rows;
};

struct roster_tables {
    spreadsheet_table persons;
    spreadsheet_table memberships;
    std::optional<spreadsheet_table> meetings;  // none: no meetings recorded
    std::optional<spreadsheet_table> document;  // none: no top-level members beyond the lists
};

// The roster the tables hold. Strict: a missing or duplicated column, a row with the wrong
// number of cells, an empty required cell, an impossible date, an unknown role, an end before
// its start, a duplicate id, an attendee who is not in the persons table or is listed twice,
// text that is not UTF-8: each throws spreadsheet_error naming the table, the line and the
// column. Rows whose cells are all empty are ignored (they hold nothing). Columns the format
// does not know are kept in each record's `extra` (docs/spreadsheets.md says how a cell
// becomes a JSON value).
roster roster_from_tables(const roster_tables& tables);

// The tables of a roster, named "persons", "memberships", "meetings" and "document" (always
// all four), with the known columns first and the `extra` members' columns after them in
// name order. Lossless: roster_from_tables(roster_to_tables(r)) == r. Throws
// spreadsheet_error (spreadsheet.unrepresentable) for the few values a cell cannot carry
// (an attendee id containing ';' or starting or ending with a space, an optional text that
// is exactly "\"\"").
roster_tables roster_to_tables(const roster& r);

}  // namespace mandat
