// A roster as a folder of CSV files, tokenised and quoted by libcsv (mandat/csv.hpp).
#include "mandat/csv.hpp"

#include <csv.h>

#include <filesystem>
#include <string_view>
#include <utility>

#include "mandat/error.hpp"
#include "mandat/io.hpp"

namespace mandat {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// ',' unless the header line (the first physical line) has more ';' than ','.
unsigned char detect_separator(std::string_view text) {
    const std::string_view first = text.substr(0, text.find('\n'));
    std::size_t commas = 0, semicolons = 0;
    for (char c : first) {
        if (c == ',') ++commas;
        if (c == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

// Spaces are data: libcsv would otherwise trim them around unquoted fields.
int no_space(unsigned char) { return 0; }

// Collects records; a record's first line is the line where it ends less the line breaks
// inside its fields, so blank lines between records never shift the count.
struct collector {
    std::size_t current_line = 1;
    std::size_t breaks_in_record = 0;
    std::size_t last_end_line = 0;  // the line where the last complete record ended
    std::vector<std::string> cells;
    std::vector<spreadsheet_row> records;

    static void on_field(void* data, std::size_t len, void* self) {
        auto& c = *static_cast<collector*>(self);
        std::string cell(static_cast<const char*>(data), len);
        for (char ch : cell)
            if (ch == '\n') ++c.breaks_in_record;
        c.cells.push_back(std::move(cell));
    }
    static void on_record(int, void* self) {
        auto& c = *static_cast<collector*>(self);
        c.records.push_back({c.current_line - c.breaks_in_record, std::move(c.cells)});
        c.cells.clear();
        c.breaks_in_record = 0;
        c.last_end_line = c.current_line;
    }
};

class parser {
public:
    explicit parser(unsigned char separator) {
        if (csv_init(&p_, CSV_STRICT | CSV_STRICT_FINI) != 0) throw std::bad_alloc();
        csv_set_delim(&p_, separator);
        csv_set_space_func(&p_, no_space);
    }
    ~parser() { csv_free(&p_); }
    parser(const parser&) = delete;
    parser& operator=(const parser&) = delete;
    csv_parser* get() { return &p_; }

private:
    csv_parser p_{};
};

[[noreturn]] void malformed(const std::string& name, std::size_t line, csv_parser* p) {
    throw spreadsheet_error(errors::spreadsheet_malformed, name, "line", line, "",
                            std::string("not well-formed CSV (") + csv_strerror(csv_error(p)) +
                                "; expected fields separated by ',' or ';', quotes only around a whole field, \"\" for a "
                                "quote inside one, every quote closed)");
}

}  // namespace

spreadsheet_table parse_csv_table(const std::string& text_in, const std::string& name) {
    std::string_view text = text_in;
    if (text.substr(0, utf8_bom.size()) == utf8_bom) text.remove_prefix(utf8_bom.size());
    if (text.find_first_not_of("\r\n") == std::string_view::npos)
        throw spreadsheet_error(errors::spreadsheet_empty_file, name, "line", 0, "",
                                "the file is empty (expected a header line)");
    parser p(detect_separator(text));
    collector c;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t nl = text.find('\n', pos);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        const std::string_view line = text.substr(pos, end - pos);
        if (csv_parse(p.get(), line.data(), line.size(), collector::on_field, collector::on_record, &c) != line.size())
            malformed(name, c.current_line, p.get());
        pos = end;
        if (nl != std::string_view::npos && pos < text.size()) ++c.current_line;
    }
    if (csv_fini(p.get(), collector::on_field, collector::on_record, &c) != 0)
        throw spreadsheet_error(errors::spreadsheet_malformed, name, "line", c.last_end_line + 1, "",
                                "not well-formed CSV: the file ends inside a quoted field (expected a closing quote)");
    spreadsheet_table t;
    t.name = name;
    t.header_line = c.records.front().line;
    t.header = std::move(c.records.front().cells);
    for (std::size_t i = 1; i < c.records.size(); ++i) t.rows.push_back(std::move(c.records[i]));
    return t;
}

std::string format_csv_table(const spreadsheet_table& table) {
    std::string out;
    auto write_row = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) out += ',';
            const std::string& v = cells[i];
            const std::size_t size = csv_write(nullptr, 0, v.data(), v.size());
            const std::size_t at = out.size();
            out.resize(at + size);
            csv_write(&out[at], size, v.data(), v.size());
        }
        out += "\r\n";
    };
    write_row(table.header);
    for (const auto& row : table.rows) write_row(row.cells);
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
    t.persons = read("persons.csv");
    t.memberships = read("memberships.csv");
    t.meetings = read_optional("meetings.csv");
    t.document = read_optional("document.csv");
    return roster_from_tables(t);
}

void write_csv_roster(const roster& r, const std::string& folder) {
    const roster_tables t = roster_to_tables(r);
    const std::filesystem::path dir(folder);
    write_file_atomic((dir / "persons.csv").string(), format_csv_table(t.persons));
    write_file_atomic((dir / "memberships.csv").string(), format_csv_table(t.memberships));
    write_file_atomic((dir / "meetings.csv").string(), format_csv_table(*t.meetings));
    write_file_atomic((dir / "document.csv").string(), format_csv_table(*t.document));
}

}  // namespace mandat
