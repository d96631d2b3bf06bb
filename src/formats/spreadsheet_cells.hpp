// Private to src/formats/spreadsheet*.cpp and csv.cpp: the cell rules that reading and writing
// tables share (docs/spreadsheets.md), and the list of problems one reading collects.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mandat/date.hpp"
#include "mandat/json.hpp"
#include "mandat/spreadsheet.hpp"

namespace mandat::detail {

// An optional text that is present but empty is written as these two characters.
constexpr const char* empty_text_cell = "\"\"";

// The JSON value a cell of an unknown column stands for, if the whole cell is a JSON number,
// object, array, string literal, true, false or null; nullopt for any other text.
std::optional<nlohmann::json> cell_as_json(const std::string& cell);

// What a date cell may hold, for the messages of one that is not a date.
constexpr const char* date_forms = "YYYY-MM-DD or DD.MM.YYYY";

// A date cell: ISO 8601 (2022-01-31), or day.month.year as Norwegian spreadsheet programs
// write it (31.01.2022), the day and the month with one or two digits (1.1.2022, as Norwegian
// text writes it) and the year with four; a real day in either form, else nullopt. A two-digit
// year (1.1.22) is no date: its century would be a guess.
std::optional<date> parse_cell_date(const std::string& v);

// The offset of the first byte of `text` that does not belong to a well-formed UTF-8 sequence
// (an overlong form, a surrogate or a code point beyond U+10FFFF is not well-formed); nullopt
// when the whole text is UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// The problems of one reading of spreadsheet tables, in the order found (docs/spreadsheets.md,
// "Errors"): add() each, then throw_if_any().
class problem_log {
public:
    // Records a problem; at the max_spreadsheet_problems-th (mandat/limits.hpp) throws them all,
    // marked as stopped.
    void add(const spreadsheet_error& e);
    // Throws what was recorded: one problem as its spreadsheet_error, several as a
    // spreadsheet_error_list. Nothing when there is none.
    void throw_if_any() const;
    bool empty() const { return problems_.empty(); }

private:
    std::vector<spreadsheet_error> problems_;
};

// Throws (through problem_log) a spreadsheet.malformed problem for each cell of `records`
// (the header first) that is not UTF-8, naming its line and column; the first one's message
// tells how to save the file as CSV UTF-8 and, when `text` (the whole file) is certainly
// Windows-1252 (Latin-1), says so. `name` is the file's.
void require_utf8_cells(std::string_view text, const std::vector<spreadsheet_row>& records, const std::string& name);

}  // namespace mandat::detail
