// `check` (the compliance report over an interval) and `roster` (who sits where on a day).
#include <iomanip>

#include "cli/commands.hpp"

namespace mandat::cli {

int cmd_check(const context& c, const roster& r, const std::string& from, const std::string& to, check_options o,
              const std::string& format) {
    const std::string as = format.empty() ? (c.as_json ? "json" : "text") : format;
    if (!from.empty()) o.from = parse_date_arg(arg_name(arg_id::from), from);
    if (!to.empty()) o.to = parse_date_arg(arg_name(arg_id::to), to);
    if (o.from && o.to && *o.to < *o.from)
        throw usage_error(arg_name(arg_id::to, to) + " is before " + arg_name(arg_id::from, from));
    o.lang = c.lang;
    const report rep = c.h ? check_compliance(*c.h, r, o) : check_compliance(*c.m, r, o);
    if (as == "json")
        print_json(*c.out, to_json(rep));
    else if (as == "html" && c.h) {
        // Across versions the page draws the version the library names (drawn_version).
        *c.out << to_html(drawn_version(*c.h, rep), r, rep);
    } else if (as == "html")
        *c.out << to_html(*c.m, r, rep);
    else
        *c.out << format_report(*c.m, rep);
    return rep.has_errors() ? 1 : 0;
}

int cmd_roster(const context& c, const roster& r, const std::string& date_arg, bool redact) {
    const date d = date_arg.empty() ? c.today : parse_date_arg(arg_name(arg_id::date), date_arg);
    const mandate& m = c.h ? c.h->version_for(d).m : *c.m;  // with a history: the version of the day
    check_options o;
    o.lang = c.lang;
    o.redact = redact;
    const day_seats day = seats_on(m, r, d, o);
    if (c.as_json) {
        nlohmann::json j = to_json(day);
        if (c.h) {
            const mandate_version* in_force = c.h->version_on(d);
            j["version"] = in_force ? nlohmann::json(in_force->m.id) : nlohmann::json();
        }
        print_json(*c.out, j);
        return day.has_errors() ? 1 : 0;
    }
    // As every output shows a person ("Name (id)", a pseudonym alone when redacted); a person
    // the roster lacks is said to be unknown.
    auto label = [&](const std::string& id, const std::optional<std::string>& name) {
        if (!name && !redact) return c.say("roster.unknown_person", {{"person", id}});
        return redactor::label_of(id, name, c.lang);
    };
    std::ostream& out = *c.out;
    out << format_date(d) << ": ";
    if (day.leading_organisation)
        out << c.say("roster.in_force", {{"organisation", *day.leading_organisation},
                                         {"organisation_name", m.organisation_name(*day.leading_organisation)}})
            << "\n";
    else
        out << c.say("roster.not_in_force") << "\n";
    for (const auto& b : day.bodies) {
        out << "\n" << printable(b.name.value_or(b.body_id)) << " (" << printable(b.body_id) << "):\n";
        for (const auto& s : b.seats) {
            out << "  " << std::left << std::setw(6) << printable(s.organisation_id) << printable(label(s.person_id, s.name));
            for (role rl : s.roles)
                if (rl != role::member) out << " [" << to_string(rl) << "]";
            out << "\n";
        }
    }
    for (const auto& s : day.secretaries)
        out << "\n"
            << c.say("roster.secretary") << " " << printable(label(s.person_id, s.name)) << ", " << printable(s.organisation_id)
            << "\n";
    if (!day.findings.empty()) out << "\n" << c.say("roster.findings_on_day") << "\n";
    for (const auto& f : day.findings) out << format_finding(f, c.lang);
    return day.has_errors() ? 1 : 0;
}

}  // namespace mandat::cli
