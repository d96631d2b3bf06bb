// mandat/csv.hpp - a roster as a folder of CSV files (docs/spreadsheets.md).
//
// Part of the core library, with its own tokeniser (no CSV library): the command line, the C++
// API and the Python package read and write CSV with these functions, so the same bytes give
// the same table or the same error everywhere. The folder holds persons.csv, memberships.csv
// and, optionally, meetings.csv and document.csv. Reading accepts UTF-8 with or without a byte
// order mark, ',' or ';' as the separator (whichever the header line has more of), LF, CRLF or
// CR line ends, and quoted fields with separators, quotes and line breaks inside (RFC 4180,
// strictly: a field is quoted as a whole or not at all); writing quotes every field, separates
// with ',' and ends lines with CRLF (RFC 4180), no byte order mark, each file written atomically.
#pragma once

#include <string>
#include <vector>

#include "mandat/limits.hpp"
#include "mandat/roster.hpp"
#include "mandat/spreadsheet.hpp"

namespace mandat {

// The table of one CSV text; `name` is how errors name it (the file name). Each row knows the
// line where it starts (lines are counted at LF, CRLF and a lone CR, also inside quotes); an
// empty line is no row. Throws spreadsheet_error (spreadsheet.empty_file, spreadsheet.malformed)
// for an empty text or malformed CSV (a quote never closed, a quote inside a field that does not
// start with one, text after a closing quote), naming the line, and spreadsheet.malformed for
// each cell that is not UTF-8 (every one of them, up to max_spreadsheet_problems, as
// roster_from_tables reports bad cells), naming its line and column and telling how to save
// the file as CSV UTF-8, and that it is Windows-1252 (Latin-1) when its bytes are certainly
// that (docs/spreadsheets.md, "Text encoding"); nothing is transcoded. A cell that starts with '\'' followed by '=', '+',
// '-', '@', a tab, a carriage return or '\'' loses that first '\'' (see format_csv_table).
spreadsheet_table parse_csv_table(const std::string& text, const std::string& name);

// One table as CSV text (every field quoted, ',' separated, CRLF line ends), each cell that
// starts with '=', '+', '-', '@', a tab, a carriage return or '\'' written with a '\'' in
// front, so that a spreadsheet program shows it as text instead of running it as a formula
// (OWASP "CSV Injection"). parse_csv_table removes exactly that quote: a cell that starts with
// '\'' followed by one of those characters loses its first '\'', no other cell changes, so
// parse_csv_table(format_csv_table(t)) gives every cell of t back (docs/spreadsheets.md,
// "Formula-looking cells"). Throws spreadsheet_error (spreadsheet.unrepresentable, naming the
// table, the line and the column) rather than write a text of more than max_bytes, which
// read_csv_roster with the same limit would refuse.
std::string format_csv_table(const spreadsheet_table& table, std::size_t max_bytes = default_max_document_bytes);

// The roster in `folder` (see above); errors name the file, the line and the column.
// io_error when persons.csv or memberships.csv cannot be read or a file is over the size limit.
roster read_csv_roster(const std::string& folder, const load_limits& limits = {});

// The files of a roster folder, in the order of roster_tables (persons, memberships, meetings,
// document); read_csv_roster reads them, write_csv_roster writes them.
inline constexpr const char* csv_roster_files[] = {"persons.csv", "memberships.csv", "meetings.csv", "document.csv"};

// Writes persons.csv, memberships.csv, meetings.csv and document.csv as the folder `folder`,
// through write_tree_atomic (mandat/io.hpp): the folder is made or replaced whole, never over
// one of `inputs`, never over a folder holding files mandat did not write; read_csv_roster
// gives back an equal roster.
void write_csv_roster(const roster& r, const std::string& folder, const std::vector<std::string>& inputs = {});

}  // namespace mandat
