// A roster as spreadsheet tables: writing the tables (docs/spreadsheets.md; reading them and
// the cell rules are src/formats/spreadsheet.cpp).
#include "mandat/spreadsheet.hpp"

#include <set>
#include <utility>

#include "formats/spreadsheet_cells.hpp"
#include "mandat/error.hpp"
#include "mandat/json.hpp"

namespace mandat {
namespace {

using json = nlohmann::json;
using detail::cell_as_json;
using detail::empty_text_cell;

[[noreturn]] void unrepresentable(const char* table, const std::string& record, const std::string& column,
                                  const std::string& what) {
    throw spreadsheet_error(errors::spreadsheet_unrepresentable, table, "record", 0, column, record + ": " + what);
}

// A required text: a spreadsheet cannot hold an empty one (it reads as missing).
std::string required_cell(const char* table, const std::string& record, const char* column, const std::string& v) {
    if (v.empty()) unrepresentable(table, record, column, "an empty value cannot be written (it would read as missing)");
    return v;
}

std::string optional_cell(const char* table, const std::string& record, const char* column, const std::optional<std::string>& v) {
    if (!v) return {};
    if (v->empty()) return empty_text_cell;
    if (*v == empty_text_cell)
        unrepresentable(table, record, column, "the text \"\" (two quotation marks) cannot be told from an empty text");
    return *v;
}

// A JSON value as a cell: a string as itself unless it would read back as another value.
std::string json_cell(const json& v) {
    if (v.is_string()) {
        const auto& s = v.get_ref<const std::string&>();
        if (!s.empty() && !cell_as_json(s)) return s;
    }
    return v.dump();
}

// The union of the extra members' names, in name order, and a row's cells for them.
template <class Records>
std::vector<std::string> extra_columns(const Records& records) {
    std::set<std::string> names;
    for (const auto& rec : records)
        for (const auto& item : to_json(rec.extra).items()) names.insert(item.key());
    return {names.begin(), names.end()};
}

void append_extra(std::vector<std::string>& cells, const extra_members& members, const std::vector<std::string>& columns) {
    const json& extra = to_json(members);
    for (const auto& c : columns) {
        auto it = extra.find(c);
        cells.push_back(it == extra.end() ? std::string() : json_cell(*it));
    }
}

spreadsheet_table make_table(const char* name, std::vector<std::string> header, const std::vector<std::string>& extra) {
    spreadsheet_table t;
    t.name = name;
    t.header = std::move(header);
    t.header.insert(t.header.end(), extra.begin(), extra.end());
    return t;
}

}  // namespace

roster_tables roster_to_tables(const roster& r) {
    roster_tables out;
    std::size_t line = 2;
    {
        const auto extra = extra_columns(r.persons);
        out.persons = make_table("persons", {"id", "name", "email", "gender", "employer"}, extra);
        for (const auto& p : r.persons) {
            const std::string rec = "person \"" + p.id + "\"";
            std::vector<std::string> cells{
                required_cell("persons", rec, "id", p.id), required_cell("persons", rec, "name", p.name),
                optional_cell("persons", rec, "email", p.email), optional_cell("persons", rec, "gender", p.gender),
                optional_cell("persons", rec, "employer", p.employer)};
            append_extra(cells, p.extra, extra);
            out.persons.rows.push_back({line++, std::move(cells)});
        }
    }
    line = 2;
    {
        const auto extra = extra_columns(r.appointments);
        out.memberships = make_table(
            "memberships", {"id", "person_id", "organization_id", "on_behalf_of_id", "role", "start_date", "end_date"}, extra);
        for (std::size_t i = 0; i < r.appointments.size(); ++i) {
            const auto& a = r.appointments[i];
            const std::string rec = "membership " + std::to_string(i + 1);
            std::vector<std::string> cells{a.id ? required_cell("memberships", rec, "id", *a.id) : std::string(),
                                           required_cell("memberships", rec, "person_id", a.person_id),
                                           required_cell("memberships", rec, "organization_id", a.body_id),
                                           required_cell("memberships", rec, "on_behalf_of_id", a.organisation_id),
                                           std::string(to_string(a.role)),
                                           format_date(a.start_date),
                                           a.end_date ? format_date(*a.end_date) : std::string()};
            append_extra(cells, a.extra, extra);
            out.memberships.rows.push_back({line++, std::move(cells)});
        }
    }
    line = 2;
    {
        const auto extra = extra_columns(r.meetings);
        out.meetings = make_table("meetings", {"id", "organization_id", "date", "attendee_ids", "title"}, extra);
        for (std::size_t i = 0; i < r.meetings.size(); ++i) {
            const auto& m = r.meetings[i];
            const std::string rec = "meeting " + std::to_string(i + 1);
            std::string attendees;
            for (const auto& id : m.attendee_ids) {
                if (id.empty() || id.find(attendee_separator) != std::string::npos || id.front() == ' ' || id.back() == ' ')
                    unrepresentable("meetings", rec, "attendee_ids",
                                    "the attendee id \"" + id + "\" is empty, contains \";\" or starts or ends with a space");
                if (!attendees.empty()) attendees += attendee_separator;
                attendees += id;
            }
            std::vector<std::string> cells{m.id ? required_cell("meetings", rec, "id", *m.id) : std::string(),
                                           required_cell("meetings", rec, "organization_id", m.body_id), format_date(m.on),
                                           attendees, optional_cell("meetings", rec, "title", m.title)};
            append_extra(cells, m.extra, extra);
            out.meetings->rows.push_back({line++, std::move(cells)});
        }
    }
    out.document = make_table("document", {"member", "value"}, {});
    line = 2;
    for (const auto& item : to_json(r.extra).items())
        out.document->rows.push_back({line++, {item.key(), json_cell(item.value())}});
    return out;
}

}  // namespace mandat
