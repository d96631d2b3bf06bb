// mandat/error.hpp - the library's exception types.
//
// Every error derives from mandat::error (itself a std::runtime_error) and carries a
// stable id that integrators may rely on. A document_error also knows where in the
// input the problem is, as a JSON pointer (RFC 6901). The ids are listed in `errors`, beside
// the types that carry them.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace mandat {

// The stable error ids (error::id()). Integrators may rely on these strings; docs/bad-input.md
// lists each of them once, with the error type that carries it and when it is raised. Every id
// is a constant here and in `all` below (tests/test_ids.cpp ties the two and the docs together).
namespace errors {
// A document that cannot be accepted (document_error, with a JSON pointer).
inline constexpr const char* document_cycle = "document.cycle";
inline constexpr const char* document_duplicate_id = "document.duplicate_id";
inline constexpr const char* document_duplicate_key = "document.duplicate_key";
inline constexpr const char* document_inconsistent = "document.inconsistent";
inline constexpr const char* document_invalid_date = "document.invalid_date";
inline constexpr const char* document_invalid_value = "document.invalid_value";
inline constexpr const char* document_malformed_json = "document.malformed_json";
inline constexpr const char* document_misquoted = "document.misquoted";
inline constexpr const char* document_missing_member = "document.missing_member";
inline constexpr const char* document_out_of_range = "document.out_of_range";
inline constexpr const char* document_too_complex = "document.too_complex";
inline constexpr const char* document_too_deep = "document.too_deep";
inline constexpr const char* document_too_large = "document.too_large";
inline constexpr const char* document_too_long = "document.too_long";
inline constexpr const char* document_unknown_member = "document.unknown_member";
inline constexpr const char* document_unknown_reference = "document.unknown_reference";
inline constexpr const char* document_unsupported_format = "document.unsupported_format";
inline constexpr const char* document_wrong_type = "document.wrong_type";
// A query that cannot be answered as asked (query_error).
inline constexpr const char* query_duplicate_column = "query.duplicate_column";
inline constexpr const char* query_invalid_date = "query.invalid_date";
inline constexpr const char* query_invalid_language = "query.invalid_language";
inline constexpr const char* query_invalid_period = "query.invalid_period";
inline constexpr const char* query_invalid_shape = "query.invalid_shape";
inline constexpr const char* query_invalid_url = "query.invalid_url";
inline constexpr const char* query_invalid_year = "query.invalid_year";
// Python: Report.plot_timeline() without a roster on a report that does not know its own.
inline constexpr const char* query_missing_roster = "query.missing_roster";
inline constexpr const char* query_negative_count = "query.negative_count";
inline constexpr const char* query_no_rotation = "query.no_rotation";
inline constexpr const char* query_out_of_range = "query.out_of_range";
// Python: a size no container can hold (a std::length_error that reaches the bindings).
inline constexpr const char* query_too_large = "query.too_large";
inline constexpr const char* query_unknown_body = "query.unknown_body";
inline constexpr const char* query_unknown_clause = "query.unknown_clause";
inline constexpr const char* query_unknown_version = "query.unknown_version";
inline constexpr const char* query_unplannable = "query.unplannable";
inline constexpr const char* query_unsupported_pickle = "query.unsupported_pickle";
inline constexpr const char* query_wrong_mandate = "query.wrong_mandate";
// Reading or writing a file (io_error).
inline constexpr const char* io_read_failed = "io.read_failed";
inline constexpr const char* io_too_large = "io.too_large";
inline constexpr const char* io_write_failed = "io.write_failed";
inline constexpr const char* io_not_a_file = "io.not_a_file";  // an output that is a link, folder, FIFO, socket or device
inline constexpr const char* io_overwrites_input = "io.overwrites_input";  // an output that is one of the inputs
inline constexpr const char* io_folder_not_ours = "io.folder_not_ours";    // a folder output holding files mandat did not write
// A spreadsheet roster that cannot be accepted or written (spreadsheet_error, with file, line and column).
inline constexpr const char* spreadsheet_cell_count = "spreadsheet.cell_count";
inline constexpr const char* spreadsheet_duplicate_column = "spreadsheet.duplicate_column";
inline constexpr const char* spreadsheet_duplicate_id = "spreadsheet.duplicate_id";
inline constexpr const char* spreadsheet_empty_file = "spreadsheet.empty_file";
inline constexpr const char* spreadsheet_inconsistent = "spreadsheet.inconsistent";
inline constexpr const char* spreadsheet_invalid_date = "spreadsheet.invalid_date";
inline constexpr const char* spreadsheet_invalid_value = "spreadsheet.invalid_value";
inline constexpr const char* spreadsheet_malformed = "spreadsheet.malformed";
inline constexpr const char* spreadsheet_missing_column = "spreadsheet.missing_column";
inline constexpr const char* spreadsheet_missing_sheet = "spreadsheet.missing_sheet";
inline constexpr const char* spreadsheet_missing_value = "spreadsheet.missing_value";
// Python: a file read_excel_roster cannot open as an Excel workbook (.xlsx).
inline constexpr const char* spreadsheet_not_a_workbook = "spreadsheet.not_a_workbook";
inline constexpr const char* spreadsheet_too_long = "spreadsheet.too_long";
inline constexpr const char* spreadsheet_unknown_reference = "spreadsheet.unknown_reference";
inline constexpr const char* spreadsheet_unnamed_column = "spreadsheet.unnamed_column";
inline constexpr const char* spreadsheet_unrepresentable = "spreadsheet.unrepresentable";
// Any other failure (a plain mandat::error): in Python, a C++ exception the library did not classify.
inline constexpr const char* internal_error = "internal.error";

// Every id above, once, in the order above.
inline constexpr const char* all[] = {
    document_cycle,
    document_duplicate_id,
    document_duplicate_key,
    document_inconsistent,
    document_invalid_date,
    document_invalid_value,
    document_malformed_json,
    document_misquoted,
    document_missing_member,
    document_out_of_range,
    document_too_complex,
    document_too_deep,
    document_too_large,
    document_too_long,
    document_unknown_member,
    document_unknown_reference,
    document_unsupported_format,
    document_wrong_type,
    query_duplicate_column,
    query_invalid_date,
    query_invalid_language,
    query_invalid_period,
    query_invalid_shape,
    query_invalid_url,
    query_invalid_year,
    query_missing_roster,
    query_negative_count,
    query_no_rotation,
    query_out_of_range,
    query_too_large,
    query_unknown_body,
    query_unknown_clause,
    query_unknown_version,
    query_unplannable,
    query_unsupported_pickle,
    query_wrong_mandate,
    io_read_failed,
    io_too_large,
    io_write_failed,
    io_not_a_file,
    io_overwrites_input,
    io_folder_not_ours,
    spreadsheet_cell_count,
    spreadsheet_duplicate_column,
    spreadsheet_duplicate_id,
    spreadsheet_empty_file,
    spreadsheet_inconsistent,
    spreadsheet_invalid_date,
    spreadsheet_invalid_value,
    spreadsheet_malformed,
    spreadsheet_missing_column,
    spreadsheet_missing_sheet,
    spreadsheet_missing_value,
    spreadsheet_not_a_workbook,
    spreadsheet_too_long,
    spreadsheet_unknown_reference,
    spreadsheet_unnamed_column,
    spreadsheet_unrepresentable,
    internal_error,
};
}  // namespace errors

// `text` as a message quotes it: whole when short, else its first `max` bytes (never half a
// UTF-8 character) and how long it was, so that echoed input never floods a message.
inline std::string excerpt(std::string_view text, std::size_t max = 60) {
    if (text.size() <= max) return std::string(text);
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "... (" + std::to_string(text.size()) + " bytes)";
}

class error : public std::runtime_error {
public:
    error(std::string id, const std::string& message) : std::runtime_error(message), id_(std::move(id)) {}
    // A stable, dotted identifier such as "document.invalid_value".
    const std::string& id() const noexcept { return id_; }

private:
    std::string id_;
};

// A mandate or roster document that cannot be accepted: malformed JSON, a wrong type,
// an unknown reference, an impossible date, an inconsistent rule.
class document_error : public error {
public:
    document_error(std::string id, std::string pointer, const std::string& what)
        : error(std::move(id), (pointer.empty() ? std::string("at the document root") : "at " + pointer) + ": " + what),
          pointer_(std::move(pointer)),
          detail_(what) {}
    // The JSON pointer of the offending value ("" is the whole document).
    const std::string& pointer() const noexcept { return pointer_; }
    // The message without the location prefix.
    const std::string& detail() const noexcept { return detail_; }

private:
    std::string pointer_;
    std::string detail_;
};

// A query that cannot be answered as asked: an unknown body or organisation id, a
// negative head count, a date outside what the calendar supports.
class query_error : public error {
public:
    query_error(std::string id, const std::string& what) : error(std::move(id), what) {}
};

// A spreadsheet roster (CSV files, a workbook's sheets) that cannot be accepted, or a roster
// that cannot be written as one. The message names the file (or the workbook and sheet), the
// line (or row), the column and what was expected, e.g.
// "memberships.csv line 12, end_date: 2023-02-30 is not a date (expected YYYY-MM-DD)".
class spreadsheet_error : public error {
public:
    spreadsheet_error(std::string id, std::string file, const std::string& line_word, std::size_t line, std::string column,
                      const std::string& what)
        : error(std::move(id), locate(file, line_word, line, column) + ": " + what),
          file_(std::move(file)),
          line_(line),
          column_(std::move(column)),
          detail_(what) {}
    // The file, or the workbook and sheet ("roster.xlsx sheet memberships").
    const std::string& file() const noexcept { return file_; }
    // The line (CSV) or row (workbook) where the record starts, from 1; 0 for the whole file.
    std::size_t line() const noexcept { return line_; }
    // The column's name in the header, or "" when the error is about a whole line.
    const std::string& column() const noexcept { return column_; }
    // The message without the location prefix.
    const std::string& detail() const noexcept { return detail_; }

private:
    static std::string locate(const std::string& file, const std::string& line_word, std::size_t line,
                              const std::string& column) {
        std::string where = file;
        if (line > 0) where += " " + line_word + " " + std::to_string(line);
        if (!column.empty()) where += (line > 0 ? ", " : " ") + column;
        return where;
    }

    std::string file_;
    std::size_t line_;
    std::string column_;
    std::string detail_;
};

// Reading or writing a file failed.
class io_error : public error {
public:
    io_error(std::string id, const std::string& what) : error(std::move(id), what) {}
};

}  // namespace mandat
