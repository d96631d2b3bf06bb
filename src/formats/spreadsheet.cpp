// A roster as spreadsheet tables: the cell rules (docs/spreadsheets.md); reading the tables
// (writing them is src/formats/spreadsheet_write.cpp).
#include "mandat/spreadsheet.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <utility>

#include "documents/json_reader.hpp"
#include "formats/spreadsheet_cells.hpp"
#include "mandat/compliance_text.hpp"
#include "mandat/error.hpp"
#include "mandat/json.hpp"
#include "mandat/limits.hpp"
#include "mandat/messages.hpp"

namespace mandat {

namespace detail {

namespace {

// A number stands for itself only when it is kept exactly: not an integer beyond 64 bits
// (which JSON reads as a rounded float), not a float beyond the double range.
bool exact_numbers(const nlohmann::json& j) {
    if (j.is_number_float()) return std::isfinite(j.get<double>());
    if (j.is_structured()) return std::all_of(j.begin(), j.end(), [](const nlohmann::json& v) { return exact_numbers(v); });
    return true;
}

}  // namespace

std::optional<nlohmann::json> cell_as_json(const std::string& cell) {
    if (cell.empty()) return std::nullopt;
    try {
        nlohmann::json j = parse_document(cell);
        if (!exact_numbers(j)) return std::nullopt;
        if (j.is_number_float() && cell.find_first_of(".eE") == std::string::npos) return std::nullopt;
        return j;
    } catch (const document_error&) {
        return std::nullopt;
    }
}

}  // namespace detail

namespace {

using json = nlohmann::json;
using detail::cell_as_json;
using detail::empty_text_cell;

// What a cell that is not UTF-8 is (the CSV reader judges a file's cells before this: these are
// the tables made otherwise).
std::optional<std::string> not_utf8(const std::string& s) {
    const auto bad = detail::first_invalid_utf8(s);
    if (!bad) return std::nullopt;
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(s[*bad])));
    return render_message("sheet.not_utf8", language::en, {{"byte", byte}, {"position", std::to_string(*bad + 1)}});
}

// The columns of one table and the reading of its cells, each error naming where it is. A bad
// header throws; a bad cell is a problem of the reading (check()), recorded in the log, and the
// reading goes on with the next cell.
class table_reader {
public:
    table_reader(const spreadsheet_table& t, detail::problem_log& log, std::initializer_list<const char*> required,
                 std::initializer_list<const char*> optional)
        : t_(t), log_(log) {
        for (std::size_t c = 0; c < t.header.size(); ++c) {
            const std::string& name = t.header[c];
            const std::string column_no = "column " + std::to_string(c + 1);
            if (const auto what = not_utf8(name)) fail(errors::spreadsheet_malformed, t.header_line, column_no, *what);
            if (name.empty())
                fail(errors::spreadsheet_unnamed_column, t.header_line, column_no,
                     "a column without a name (expected a name in the header " + t.line_word + ")");
            auto [it, inserted] = index_.emplace(name, c);
            if (!inserted)
                fail(errors::spreadsheet_duplicate_column, t.header_line, name,
                     "the column appears twice (columns " + std::to_string(it->second + 1) + " and " + std::to_string(c + 1) +
                         ")");
        }
        for (const char* name : required)
            if (!index_.count(name))
                fail(errors::spreadsheet_missing_column, t.header_line, "",
                     std::string("the required column ") + name + " is missing");
        std::set<std::string> known(required.begin(), required.end());
        known.insert(optional.begin(), optional.end());
        for (std::size_t c = 0; c < t.header.size(); ++c)
            if (!known.count(t.header[c])) extra_.push_back(c);
    }

    // Calls `read(row)` for each row that has a non-empty cell, after checking its shape; a row
    // of the wrong shape or with text that is not UTF-8 is a problem, and not read further.
    template <class Read>
    void for_each_row(Read read) {
        for (const auto& row : t_.rows) {
            row_ = &row;
            row_ok_ = true;
            if (std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) { return c.empty(); })) continue;
            if (row.cells.size() != t_.header.size()) {
                check([&] {
                    fail(errors::spreadsheet_cell_count, row.line, "",
                         std::to_string(row.cells.size()) + " cells, expected " + std::to_string(t_.header.size()) +
                             " (one per column of the header " + t_.line_word + ")");
                });
                continue;
            }
            for (std::size_t c = 0; c < row.cells.size(); ++c)
                if (const auto what = not_utf8(row.cells[c]))
                    check([&] { fail_cell(t_.header[c], errors::spreadsheet_malformed, *what); });
            if (row_ok_) check([&] { read(row); });
        }
        row_ = nullptr;
    }

    // Runs `f`, the reading of a cell: a spreadsheet_error it throws is recorded as a problem of
    // the reading and the current row as bad (not kept). Whether it read without a problem.
    template <class F>
    bool check(F f) const {
        try {
            f();
            return true;
        } catch (const spreadsheet_error_list&) {
            throw;  // the limit of problems is reached
        } catch (const spreadsheet_error& e) {
            row_ok_ = false;
            log_.add(e);
            return false;
        }
    }
    // Whether the current row has had no problem so far.
    bool row_ok() const { return row_ok_; }

    bool has(const char* column) const { return index_.count(column) > 0; }
    const std::string& cell(const char* column) const { return row_->cells[index_.at(column)]; }
    std::size_t line() const { return row_->line; }

    std::string required(const char* column, std::size_t max_bytes, const char* what) const {
        const std::string& v = cell(column);
        if (v.empty()) fail_cell(column, errors::spreadsheet_missing_value, std::string("empty (expected ") + what + ")");
        check_length(column, v, max_bytes, what);
        return v;
    }
    std::string id(const char* column) const { return required(column, field_limits::id_bytes, "an id"); }

    std::optional<std::string> optional_text(const char* column, std::size_t max_bytes, const char* what) const {
        if (!has(column) || cell(column).empty()) return std::nullopt;
        const std::string& v = cell(column);
        if (v == empty_text_cell) return std::string();
        check_length(column, v, max_bytes, what);
        return v;
    }

    date required_date(const char* column) const {
        const std::string& v = cell(column);
        if (v.empty())
            fail_cell(column, errors::spreadsheet_missing_value,
                      std::string("empty (expected a date, ") + detail::date_forms + ")");
        return as_date(column, v);
    }
    std::optional<date> optional_date(const char* column) const {
        if (!has(column) || cell(column).empty()) return std::nullopt;
        return as_date(column, cell(column));
    }

    // The unknown columns of the current row: an empty cell is an absent member.
    json extra() const {
        json out = json::object();
        for (std::size_t c : extra_) {
            const std::string& v = row_->cells[c];
            if (v.empty()) continue;
            auto j = cell_as_json(v);
            out[t_.header[c]] = j ? std::move(*j) : json(v);
        }
        return out;
    }

    [[noreturn]] void fail_cell(const std::string& column, const char* id, const std::string& what) const {
        fail(id, row_ ? row_->line : 0, column, what);
    }
    [[noreturn]] void fail(const char* id, std::size_t line, const std::string& column, const std::string& what) const {
        throw spreadsheet_error(id, t_.name, t_.line_word, line, column, what);
    }
    const spreadsheet_table& table() const { return t_; }

private:
    void check_length(const char* column, const std::string& v, std::size_t max_bytes, const char* what) const {
        if (v.size() > max_bytes)
            fail_cell(
                column, errors::spreadsheet_too_long,
                std::to_string(v.size()) + " bytes, longer than the limit of " + std::to_string(max_bytes) + " for " + what);
    }
    date as_date(const char* column, const std::string& v) const {
        auto d = detail::parse_cell_date(v);
        if (!d)
            fail_cell(column, errors::spreadsheet_invalid_date,
                      shortened(v) + " is not a date (expected " + detail::date_forms + ")");
        return *d;
    }

    const spreadsheet_table& t_;
    detail::problem_log& log_;
    mutable bool row_ok_ = true;
    std::map<std::string, std::size_t> index_;
    std::vector<std::size_t> extra_;
    const spreadsheet_row* row_ = nullptr;
};

// Remembers the line of each id, so that a second use names the first.
class id_register {
public:
    explicit id_register(const char* what) : what_(what) {}
    void add(const table_reader& r, const char* column, const std::string& id) {
        auto [it, inserted] = lines_.emplace(id, r.line());
        if (!inserted)
            r.fail_cell(column, errors::spreadsheet_duplicate_id,
                        std::string("the ") + what_ + " id \"" + id + "\" is used twice (first on " + r.table().line_word + " " +
                            std::to_string(it->second) + ")");
    }
    bool contains(const std::string& id) const { return lines_.count(id) > 0; }
    // The row's optional `id` column: none when the column is absent or the cell empty, else
    // the id, registered.
    std::optional<std::string> optional_id(const table_reader& r) {
        if (!r.has("id") || r.cell("id").empty()) return std::nullopt;
        std::string id = r.id("id");
        add(r, "id", id);
        return id;
    }

private:
    const char* what_;
    std::map<std::string, std::size_t> lines_;
};

std::string trim_spaces(const std::string& s) {
    const auto first = s.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

void read_persons(const spreadsheet_table& table, id_register& person_ids, detail::problem_log& log, roster& r) {
    table_reader t(table, log, {"id", "name"}, {"email", "gender", "employer"});
    t.for_each_row([&](const spreadsheet_row&) {
        person p;
        t.check([&] {
            p.id = t.id("id");
            person_ids.add(t, "id", p.id);
        });
        t.check([&] { p.name = t.required("name", field_limits::name_bytes, "a name"); });
        t.check([&] { p.email = t.optional_text("email", field_limits::name_bytes, "a name"); });
        t.check([&] { p.gender = t.optional_text("gender", field_limits::name_bytes, "a name"); });
        t.check([&] { p.employer = t.optional_text("employer", field_limits::name_bytes, "a name"); });
        p.extra = extra_members_from_json(t.extra());
        if (t.row_ok()) r.persons.push_back(std::move(p));
    });
}

void read_memberships(const spreadsheet_table& table, detail::problem_log& log, roster& r) {
    id_register ids("membership");
    table_reader t(table, log, {"person_id", "organization_id", "on_behalf_of_id", "role", "start_date"}, {"id", "end_date"});
    t.for_each_row([&](const spreadsheet_row&) {
        appointment a;
        t.check([&] { a.id = ids.optional_id(t); });
        t.check([&] { a.person_id = t.id("person_id"); });
        t.check([&] { a.body_id = t.id("organization_id"); });
        t.check([&] { a.organisation_id = t.id("on_behalf_of_id"); });
        t.check([&] {
            const std::string rs = t.required("role", field_limits::id_bytes, "a role");
            auto parsed = parse_role(rs);
            if (!parsed)
                t.fail_cell("role", errors::spreadsheet_invalid_value,
                            "\"" + shortened(rs) + "\" is not a role (expected member, leader, coordinator or secretary)");
            a.role = *parsed;
        });
        const bool start_read = t.check([&] { a.start_date = t.required_date("start_date"); });
        const bool end_read = t.check([&] { a.end_date = t.optional_date("end_date"); });
        if (start_read && end_read && a.end_date && *a.end_date < a.start_date)
            t.check([&] {
                t.fail_cell(
                    "end_date", errors::spreadsheet_inconsistent,
                    "the end date " + format_date(*a.end_date) + " is before the start date " + format_date(a.start_date));
            });
        a.extra = extra_members_from_json(t.extra());
        if (t.row_ok()) r.appointments.push_back(std::move(a));
    });
}

// The current row's attendee_ids cell: person ids separated by ";", each a known person, none twice.
std::vector<std::string> read_attendees(const table_reader& t, const id_register& person_ids, const std::string& persons_name) {
    std::vector<std::string> out;
    const std::string& cell = t.cell("attendee_ids");
    std::set<std::string> seen;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = cell.find(attendee_separator, start);
        const std::string id = trim_spaces(cell.substr(start, end == std::string::npos ? end : end - start));
        if (id.empty())
            t.fail_cell("attendee_ids", errors::spreadsheet_missing_value,
                        "an empty attendee (expected person ids separated by \";\")");
        if (id.size() > field_limits::id_bytes)
            t.fail_cell("attendee_ids", errors::spreadsheet_too_long,
                        "the attendee id has " + std::to_string(id.size()) + " bytes, longer than the limit of " +
                            std::to_string(field_limits::id_bytes));
        if (!person_ids.contains(id))
            t.fail_cell("attendee_ids", errors::spreadsheet_unknown_reference,
                        "\"" + shortened(id) + "\" is not a person of " + persons_name);
        if (!seen.insert(id).second)
            t.fail_cell("attendee_ids", errors::spreadsheet_duplicate_id, "the attendee \"" + id + "\" is listed twice");
        if (out.size() == field_limits::list_items)  // the limit of the document's attendee_ids array
            t.fail_cell("attendee_ids", errors::spreadsheet_too_long,
                        "more than " + std::to_string(field_limits::list_items) + " attendees, the limit of a meeting");
        out.push_back(id);
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

void read_meetings(const spreadsheet_table& table, const id_register& person_ids, const std::string& persons_name,
                   detail::problem_log& log, roster& r) {
    id_register ids("meeting");
    table_reader t(table, log, {"organization_id", "date"}, {"id", "attendee_ids", "title"});
    t.for_each_row([&](const spreadsheet_row&) {
        meeting m;
        t.check([&] { m.id = ids.optional_id(t); });
        t.check([&] { m.body_id = t.id("organization_id"); });
        t.check([&] { m.on = t.required_date("date"); });
        if (t.has("attendee_ids") && !t.cell("attendee_ids").empty())
            t.check([&] { m.attendee_ids = read_attendees(t, person_ids, persons_name); });
        t.check([&] { m.title = t.optional_text("title", field_limits::name_bytes, "a name"); });
        m.extra = extra_members_from_json(t.extra());
        if (t.row_ok()) r.meetings.push_back(std::move(m));
    });
}

void read_document(const spreadsheet_table& table, detail::problem_log& log, roster& r) {
    table_reader t(table, log, {"member", "value"}, {});
    std::map<std::string, std::size_t> lines;
    json members = json::object();
    t.for_each_row([&](const spreadsheet_row&) {
        std::string name;
        t.check([&] {
            name = t.required("member", field_limits::id_bytes, "a member name");
            if (name == "format" || name == "persons" || name == "memberships" || name == "meetings")
                t.fail_cell(
                    "member", errors::spreadsheet_invalid_value,
                    "\"" + name + "\" is not allowed here (the format and the three tables are not members of this table)");
            auto [it, inserted] = lines.emplace(name, t.line());
            if (!inserted)
                t.fail_cell("member", errors::spreadsheet_duplicate_id,
                            "the member \"" + name + "\" is given twice (first on " + t.table().line_word + " " +
                                std::to_string(it->second) + ")");
        });
        const std::string& v = t.cell("value");
        if (v.empty())
            t.check([&] { t.fail_cell("value", errors::spreadsheet_missing_value, "empty (expected a text or a JSON value)"); });
        if (!t.row_ok()) return;
        auto j = cell_as_json(v);
        members[name] = j ? std::move(*j) : json(v);
    });
    r.extra = extra_members_from_json(std::move(members));
}

}  // namespace

roster roster_from_tables(const roster_tables& tables) {
    roster r;
    detail::problem_log log;  // every bad cell of every table, reported together at the end
    try {
        id_register person_ids("person");
        read_persons(tables.persons, person_ids, log, r);
        read_memberships(tables.memberships, log, r);
        if (tables.meetings) read_meetings(*tables.meetings, person_ids, tables.persons.name, log, r);
        if (tables.document) read_document(*tables.document, log, r);
    } catch (const spreadsheet_error_list&) {
        throw;  // the limit of problems is reached
    } catch (const spreadsheet_error& e) {
        log.add(e);  // a header that cannot be read ends the reading, with the problems found before it
    }
    log.throw_if_any();
    return r;
}

}  // namespace mandat
