// Spreadsheet rosters: the tables, the one set of cell rules (mandat/spreadsheet.hpp) and the
// one CSV tokeniser and writer (mandat/csv.hpp). Python reads workbooks with openpyxl
// (python/mandat/_spreadsheet.py) and hands their tables over; CSV files are read and written
// here, so both languages accept and reject the same bytes and cells with the same messages.
#include <map>

#include "common.hpp"
#include "mandat/csv.hpp"

namespace mandat::python {

namespace {

using row_tuple = std::pair<std::size_t, std::vector<std::string>>;

spreadsheet_table make_table(std::string name, std::vector<std::string> header, const std::vector<row_tuple>& rows,
                             std::size_t header_line, std::string line_word) {
    spreadsheet_table t;
    t.name = std::move(name);
    t.header = std::move(header);
    t.header_line = header_line;
    t.line_word = std::move(line_word);
    t.rows.reserve(rows.size());
    for (const auto& [line, cells] : rows) t.rows.push_back({line, cells});
    return t;
}

}  // namespace

void register_spreadsheet(py::module_& m) {  // NOLINT(readability-function-size): a table of definitions
    py::class_<spreadsheet_table>(m, "SpreadsheetTable",
                                  "One table of a spreadsheet roster: a header of column names and rows of text cells, "
                                  "each row with the line (or row) where it starts.")
        .def(py::init(&make_table), py::arg("name"), py::arg("header"), py::arg("rows"), py::arg("header_line") = 1,
             py::arg("line_word") = "line",
             "A table named as errors name it ('memberships.csv', 'roster.xlsx sheet memberships'); rows are "
             "(line, cells) pairs; line_word is 'line' for text files and 'row' for workbook sheets.")
        .def_readonly("name", &spreadsheet_table::name, "How errors name the table.")
        .def_readonly("header", &spreadsheet_table::header, "The column names.")
        .def_readonly("header_line", &spreadsheet_table::header_line, "The line (or row) of the header.")
        .def_readonly("line_word", &spreadsheet_table::line_word, "'line' or 'row'.")
        .def_property_readonly(
            "rows",
            [](const spreadsheet_table& t) {
                std::vector<row_tuple> out;
                out.reserve(t.rows.size());
                for (const auto& r : t.rows) out.emplace_back(r.line, r.cells);
                return out;
            },
            "The rows as (line, cells) pairs.")
        .def("__repr__", [](const spreadsheet_table& t) {
            return "<SpreadsheetTable " + t.name + ": " + std::to_string(t.header.size()) + " columns, " +
                   std::to_string(t.rows.size()) + " rows>";
        });

    m.def(
        "roster_from_tables",
        [](const spreadsheet_table& persons, const spreadsheet_table& memberships,
           const std::optional<spreadsheet_table>& meetings, const std::optional<spreadsheet_table>& document) {
            return roster_from_tables({persons, memberships, meetings, document});
        },
        py::arg("persons"), py::arg("memberships"), py::arg("meetings") = py::none(), py::arg("document") = py::none(),
        "The roster the tables hold. Raises SpreadsheetError naming the table, the line and the column of the first bad "
        "cell; unknown columns are kept in each record's extra (docs/spreadsheets.md).");
    m.def(
        "roster_to_tables",
        [](const roster& r) {
            roster_tables t = roster_to_tables(r);
            std::map<std::string, spreadsheet_table> out;
            out.emplace("persons", std::move(t.persons));
            out.emplace("memberships", std::move(t.memberships));
            out.emplace("meetings", std::move(*t.meetings));
            out.emplace("document", std::move(*t.document));
            return out;
        },
        py::arg("roster"),
        "The tables of a roster by kind ('persons', 'memberships', 'meetings', 'document'); roster_from_tables gives back "
        "an equal roster. Raises SpreadsheetError for a value a cell cannot carry.");
    m.attr("ATTENDEE_SEPARATOR") = std::string(1, attendee_separator);
    // The largest document a loader reads by default (mandat/limits.hpp); Python's CSV reader
    // passes it on as the C++ reader's load_limits::max_bytes.
    m.attr("DEFAULT_MAX_DOCUMENT_BYTES") = default_max_document_bytes;

    // The CSV files (mandat/csv.hpp), for python/mandat/_spreadsheet.py: the same tokeniser,
    // writer, size limit and errors as the C++ reader and the command line.
    m.def(
        "_parse_csv_table",
        [](const py::bytes& data, const std::string& name) {
            std::string text = data;
            py::gil_scoped_release release;
            return parse_csv_table(text, name);
        },
        py::arg("data"), py::arg("name"),
        "The table of one CSV file's bytes (mandat::parse_csv_table); raises SpreadsheetError for an empty file or "
        "malformed CSV.");
    m.def(
        "_format_csv_table", [](const spreadsheet_table& t) { return py::bytes(format_csv_table(t)); }, py::arg("table"),
        "One table as CSV bytes (mandat::format_csv_table): every field quoted, ',' separated, CRLF line ends, a "
        "formula-looking cell behind a quote.");
    m.def(
        "_read_csv_roster",
        [](const std::string& folder, std::size_t max_bytes) {
            load_limits limits;
            limits.max_bytes = max_bytes;
            py::gil_scoped_release release;
            return read_csv_roster(folder, limits);
        },
        py::arg("folder"), py::arg("max_bytes"),
        "The roster in a folder of CSV files (mandat::read_csv_roster), each file at most max_bytes.");
    m.def(
        "_read_file",
        [](const std::string& path, std::size_t max_bytes) {
            std::string content;
            {
                py::gil_scoped_release release;
                content = read_file(path, max_bytes);
            }
            return py::bytes(content);
        },
        py::arg("path"), py::arg("max_bytes"),
        "The bytes of a regular file of at most max_bytes (mandat::read_file): a workbook is read as the loaders read a "
        "document, with the same errors.");
    m.def(
        "_write_csv_roster",
        [](const roster& r, const std::string& folder) {
            py::gil_scoped_release release;
            write_csv_roster(r, folder);
        },
        py::arg("roster"), py::arg("folder"), "Writes the four CSV files into folder (mandat::write_csv_roster).");
    // The Python spreadsheet writers write their files through the core's one writer, so that
    // they refuse, keep and replace exactly what the C++ writers do (docs/hardening.md).
    m.def(
        "_write_file_atomic",
        [](const std::string& path, const py::bytes& data) {
            std::string content = data;
            py::gil_scoped_release release;
            write_file_atomic(path, content);
        },
        py::arg("path"), py::arg("data"),
        "Writes data to path through a temporary file in the same folder and a rename (mandat::write_file_atomic).");

    // Pickling and copying, as for every value class (common.hpp): the rows as (line, cells).
    auto table = py::reinterpret_borrow<py::class_<spreadsheet_table>>(m.attr("SpreadsheetTable"));
    add_pickle(
        table,
        [](const spreadsheet_table& t) {
            std::vector<row_tuple> rows;
            rows.reserve(t.rows.size());
            for (const auto& r : t.rows) rows.emplace_back(r.line, r.cells);
            return py::reinterpret_steal<py::typing::Tuple<py::int_, py::tuple>>(
                py::make_tuple(pickle_version, py::make_tuple(t.name, t.line_word, t.header_line, t.header, rows)).release());
        },
        [](const py::tuple& state) {
            require_state(state);
            if (!py::isinstance<py::tuple>(state[1]) || state[1].cast<py::tuple>().size() != 5)
                throw query_error(errors::query_unsupported_pickle, "unsupported pickled state");
            const auto v = state[1].cast<py::tuple>();
            return make_table(v[0].cast<std::string>(), v[3].cast<std::vector<std::string>>(),
                              v[4].cast<std::vector<row_tuple>>(), v[2].cast<std::size_t>(), v[1].cast<std::string>());
        });
    add_copy<spreadsheet_table>(table);
}

}  // namespace mandat::python
