// `export`: a roster as an iCalendar calendar, a Popolo document, an OParl tree or a folder of
// CSV files (docs/formats.md, docs/spreadsheets.md).
#include <iterator>
#include <map>

#include "cli/commands.hpp"
#include "mandat/calendar.hpp"
#include "mandat/oparl.hpp"
#include "mandat/popolo.hpp"

namespace mandat::cli {

namespace {

// Why `--to oparl` and `--to csv` need --output: they write a folder.
std::string writes_a_folder(const std::string& to) {
    return arg_name(arg_id::to, to) + " writes a folder: give it with " + arg_name(arg_id::output) + " DIR";
}

// "YYYY-MM-DDTHH:MM:SSZ" as a time point; a usage error otherwise.
std::chrono::system_clock::time_point parse_stamp(const std::string& text) {
    const auto day = text.size() == 20 ? parse_date(std::string_view(text).substr(0, 10)) : std::nullopt;
    const auto num = [&text](std::size_t pos) { return detail::read_digits(text, pos, 2); };
    const long long h = num(11), mi = num(14), s = num(17);
    if (!day || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z' || h < 0 || h > 23 || mi < 0 ||
        mi > 59 || s < 0 || s > 59)
        throw usage_error(arg_name(arg_id::stamp, text) + " is not a UTC time such as 2026-01-01T09:00:00Z");
    const long long days = (*day - date(1970, 1, 1)).days();
    return std::chrono::system_clock::time_point(std::chrono::seconds(days * 86400 + h * 3600 + mi * 60 + s));
}

}  // namespace

ics_options calendar_options(const context& c, const mandate& m, const std::string& stamp, const std::string& uid_domain) {
    ics_options o;
    if (!stamp.empty()) o.stamp = parse_stamp(stamp);
    o.uid_domain = uid_domain.empty() ? ics_uid_domain(c.h ? c.h->id() : m.id) : uid_domain;
    o.calendar_name = m.title;
    return o;
}

int cmd_export(const context& c, const roster& r, const export_args& a) {
    if (a.to == "ics") {
        *c.out << to_ics(r, c.m, calendar_options(c, *c.m, a.stamp, a.uid_domain));
        return 0;
    }
    if (a.to == "popolo") {
        *c.out << to_popolo(*c.m, r).dump(2) << '\n';
        return 0;
    }
    if (a.to == "oparl" || a.to == "csv") {
        // A folder, written as a whole through write_tree_atomic (mandat/io.hpp): the whole
        // tree or nothing, never through a link, never over an input or a folder of other files.
        if (c.output.empty() || !c.output_taken) throw usage_error(writes_a_folder(a.to));
        if (a.to == "oparl" && a.base_url.empty())
            throw usage_error(arg_name(arg_id::to, a.to) + " needs " + arg_name(arg_id::base_url) +
                              ", the URL the folder will be served at");
        *c.output_taken = true;
        if (a.to == "oparl") {
            write_oparl(*c.m, r, c.output, a.base_url, a.inputs);
            return 0;
        }
        // The tables of spreadsheets.md, one file each; read back (`check DIR`,
        // read_csv_roster) they give an equal roster.
        write_csv_roster(r, c.output, a.inputs);
        return 0;
    }
    throw usage_error(arg_name(arg_id::to, a.to) + " is not a format (expected ics, popolo, oparl or csv)");
}

}  // namespace mandat::cli
