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

#include "mandat/error.hpp"
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

// A reading of spreadsheet tables that found more than one problem. It is the spreadsheet_error
// of the first problem (its id(), file(), line(), column() and detail()), so that a caller that
// knows one error per reading keeps working; what() lists every problem found, the first line
// being the first problem's message, then "N more problems in the same reading:" and one line
// each, as "file line N, column: detail". The reading stops at max_spreadsheet_problems
// (mandat/limits.hpp); then stopped() is true and the message's last line says so.
class spreadsheet_error_list : public spreadsheet_error {
public:
    // `problems` holds at least two, the first being the error itself.
    spreadsheet_error_list(std::vector<spreadsheet_error> problems, bool stopped);
    const char* what() const noexcept override { return message_.c_str(); }
    // Every problem found, in the order read, each with its own id and place.
    const std::vector<spreadsheet_error>& problems() const noexcept { return problems_; }
    // True when the reading stopped at the limit, so that there may be more problems.
    bool stopped() const noexcept { return stopped_; }

private:
    std::vector<spreadsheet_error> problems_;
    std::string message_;
    bool stopped_;
};

// The roster the tables hold. Strict: a missing or duplicated column, a row with the wrong
// number of cells, an empty required cell, an impossible date, an unknown role, an end before
// its start, a duplicate id, an attendee who is not in the persons table or is listed twice,
// text that is not UTF-8: each is a spreadsheet_error naming the table, the line and the
// column. Every bad cell of every table is reported in one reading: one problem is thrown as
// its spreadsheet_error, several as a spreadsheet_error_list (up to max_spreadsheet_problems);
// a header that cannot be read (a missing, duplicated or unnamed column) ends the reading
// there, with the problems found before it. A date cell is YYYY-MM-DD or, as Norwegian
// spreadsheet programs write it, DD.MM.YYYY (the day and month with one or two digits, the
// year with four). Rows whose cells are all empty are ignored (they hold nothing). Columns the format
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
