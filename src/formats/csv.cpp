// A roster as a folder of CSV files (mandat/csv.hpp): the one CSV tokeniser and writer of the
// library, which the command line, the C++ API and the Python package all use
// (docs/spreadsheets.md, "One tokeniser").
#include "mandat/csv.hpp"

#include <filesystem>
#include <iterator>
#include <map>
#include <string_view>
#include <utility>

#include "formats/spreadsheet_cells.hpp"
#include "mandat/error.hpp"
#include "mandat/io.hpp"
#include "mandat/messages.hpp"

namespace mandat {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// What well-formed CSV looks like, for the messages of text that is not.
constexpr const char* expected_csv =
    "expected fields separated by ',' or ';', quotes only around a whole field, \"\" for a quote inside one, every "
    "quote closed";

// The first characters that make a spreadsheet program read a cell as a formula (OWASP, "CSV
// Injection"), and the quote that neutralises them. A cell starting with one of them, or with
// the quote itself, is written with one more quote in front; the reader removes one quote
// from a cell that starts with the quote and one of them, and from no other cell, so the
// prefix is exactly undone (docs/spreadsheets.md, "Formula-looking cells").
constexpr char formula_guard = '\'';
constexpr std::string_view formula_starts = "=+-@\t\r'";

bool starts_with_any(std::string_view cell, std::string_view chars) {
    return !cell.empty() && chars.find(cell.front()) != std::string_view::npos;
}

// The cell as written: prefixed when it starts like a formula or with the guard.
bool needs_guard(std::string_view cell) { return starts_with_any(cell, formula_starts); }

// The cell as read: the guard removed when the writer added it.
void remove_guard(std::string& cell) {
    if (cell.size() >= 2 && cell.front() == formula_guard && starts_with_any(std::string_view(cell).substr(1), formula_starts))
        cell.erase(0, 1);
}

// ',' unless the header line (the first physical line) has more ';' than ','.
char detect_separator(std::string_view text) {
    const std::string_view first = text.substr(0, text.find('\n'));
    std::size_t commas = 0, semicolons = 0;
    for (char c : first) {
        if (c == ',') ++commas;
        if (c == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

// RFC 4180, strictly: a field is quoted as a whole or not at all. A record ends at LF, CRLF or
// a lone CR outside quotes; a line without any field (an empty line) is no record. Spaces are
// data. Lines are counted at each line break (LF, CRLF or a lone CR), also inside quotes, so a
// record knows the line where it starts.
class tokeniser {
public:
    tokeniser(std::string_view text, const std::string& name) : text_(text), name_(name), sep_(detect_separator(text)) {}

    std::vector<spreadsheet_row> records() {
        for (pos_ = 0; pos_ < text_.size(); ++pos_) {
            const char c = text_[pos_];
            switch (state_) {
                case state::between_records:
                    if (c == '\r' || c == '\n') break;  // an empty line
                    record_.line = line_;
                    state_ = state::field_not_begun;
                    [[fallthrough]];
                case state::field_not_begun:
                    if (c == '"') {
                        state_ = state::quoted;
                    } else if (!ends_field(c)) {
                        field_ += c;
                        state_ = state::unquoted;
                    }
                    break;
                case state::unquoted:
                    if (c == '"') malformed("a quote inside a field that does not start with one");
                    if (!ends_field(c)) field_ += c;
                    break;
                case state::quoted:
                    if (c == '"')
                        state_ = state::quote_in_quoted;
                    else
                        field_ += c;
                    break;
                case state::quote_in_quoted:  // the closing quote, or the first of ""
                    if (c == '"') {
                        field_ += '"';
                        state_ = state::quoted;
                    } else if (!ends_field(c)) {
                        malformed("text after the closing quote of a field");
                    }
                    break;
            }
            if (c == '\n' || (c == '\r' && (pos_ + 1 == text_.size() || text_[pos_ + 1] != '\n'))) ++line_;
        }
        if (state_ == state::quoted)
            throw spreadsheet_error(errors::spreadsheet_malformed, name_, "line", record_.line, "",
                                    "not well-formed CSV: the file ends inside a quoted field (expected a closing quote)");
        if (state_ != state::between_records) {
            end_field();
            end_record();
        }
        return std::move(records_);
    }

private:
    enum class state { between_records, field_not_begun, unquoted, quoted, quote_in_quoted };

    // Outside a quoted field: the separator ends the field, a line end the field and the
    // record. False for any other character (nothing done).
    bool ends_field(char c) {
        if (c != sep_ && c != '\r' && c != '\n') return false;
        end_field();
        if (c != sep_) end_record();
        return true;
    }
    void end_field() {
        remove_guard(field_);
        record_.cells.push_back(std::move(field_));
        field_.clear();
        state_ = state::field_not_begun;
    }
    void end_record() {
        records_.push_back(std::move(record_));
        record_ = {};
        state_ = state::between_records;
    }
    [[noreturn]] void malformed(const char* what) const {
        throw spreadsheet_error(errors::spreadsheet_malformed, name_, "line", line_, "",
                                std::string("not well-formed CSV (") + what + "; " + expected_csv + ")");
    }

    std::string_view text_;
    const std::string& name_;
    char sep_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    state state_ = state::between_records;
    std::string field_;
    spreadsheet_row record_;
    std::vector<spreadsheet_row> records_;
};

}  // namespace

spreadsheet_table parse_csv_table(const std::string& text_in, const std::string& name) {
    std::string_view text = text_in;
    if (text.substr(0, utf8_bom.size()) == utf8_bom) text.remove_prefix(utf8_bom.size());
    // UTF-16 (what Excel calls "Unicode text"): its byte order mark, or a NUL byte in the first
    // line (every ASCII letter of UTF-16 has one), is said as such, before the quotes of its
    // letters are taken for malformed CSV.
    const std::string_view first_line = text.substr(0, text.find('\n'));
    if (text.substr(0, 2) == "\xff\xfe" || text.substr(0, 2) == "\xfe\xff" || first_line.find('\0') != std::string_view::npos)
        throw spreadsheet_error(errors::spreadsheet_malformed, name, "line", 1, "", render_message("sheet.utf16", language::en));
    if (text.find_first_not_of("\r\n") == std::string_view::npos)
        throw spreadsheet_error(errors::spreadsheet_empty_file, name, "line", 0, "",
                                "the file is empty (expected a header line)");
    std::vector<spreadsheet_row> records = tokeniser(text, name).records();
    detail::require_utf8_cells(text, records, name);  // the file's encoding, judged once for all its cells
    spreadsheet_table t;
    t.name = name;
    t.header_line = records.front().line;
    t.header = std::move(records.front().cells);
    t.rows.reserve(records.size() - 1);
    for (std::size_t i = 1; i < records.size(); ++i) t.rows.push_back(std::move(records[i]));
    return t;
}

std::string format_csv_table(const spreadsheet_table& table, std::size_t max_bytes) {
    std::string out;
    auto write_row = [&](const std::vector<std::string>& cells, std::size_t line) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) out += ',';
            out += '"';
            if (needs_guard(cells[i])) out += formula_guard;
            for (char c : cells[i]) {
                if (c == '"') out += '"';
                out += c;
            }
            out += '"';
            if (out.size() + 2 > max_bytes)  // with the line end: what a reader with this limit refuses
                throw spreadsheet_error(errors::spreadsheet_unrepresentable, table.name, "line", line,
                                        i < table.header.size() ? table.header[i] : "column " + std::to_string(i + 1),
                                        "the file would be longer than the limit of " + std::to_string(max_bytes) +
                                            " bytes of a document read (mandat/limits.hpp), which its reader would refuse");
        }
        out += "\r\n";
    };
    write_row(table.header, table.header_line);
    for (const auto& row : table.rows) write_row(row.cells, row.line);
    return out;
}

roster read_csv_roster(const std::string& folder, const load_limits& limits) {
    const std::filesystem::path dir(folder);
    auto read = [&](const char* file) { return parse_csv_table(read_file((dir / file).string(), limits.max_bytes), file); };
    auto read_optional = [&](const char* file) -> std::optional<spreadsheet_table> {
        std::error_code ec;
        if (!std::filesystem::exists(dir / file, ec)) return std::nullopt;
        return read(file);
    };
    roster_tables t;
    t.persons = read(csv_roster_files[0]);
    t.memberships = read(csv_roster_files[1]);
    t.meetings = read_optional(csv_roster_files[2]);
    t.document = read_optional(csv_roster_files[3]);
    return roster_from_tables(t);
}

void write_csv_roster(const roster& r, const std::string& folder, const std::vector<std::string>& inputs) {
    const roster_tables t = roster_to_tables(r);
    const spreadsheet_table* tables[] = {&t.persons, &t.memberships, &*t.meetings, &*t.document};
    static_assert(std::size(tables) == std::size(csv_roster_files));
    std::map<std::string, std::string> files;
    for (std::size_t i = 0; i < std::size(tables); ++i) files.emplace(csv_roster_files[i], format_csv_table(*tables[i]));
    write_tree_atomic(folder, files, inputs);
}

}  // namespace mandat
