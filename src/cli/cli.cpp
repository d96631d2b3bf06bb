// The mandat command-line interface (docs/cli.md). Arguments are parsed by CLI11.
#include "cli/cli.hpp"

#include <CLI/CLI.hpp>
#include <boost/date_time/gregorian/gregorian.hpp>

#include <iomanip>
#include <ostream>
#include <sstream>

#include "mandat/mandat.hpp"

namespace mandat::cli {
namespace {

using json = nlohmann::json;

// Options every command takes.
struct common_options {
    std::string mandate_file;  // empty: the embedded Trøndelag mandate
    bool as_json = false;
    std::string lang = "en";
    std::string today;   // empty: the system's local date
    std::string output;  // empty: standard output
};

struct context {
    const mandate* m = nullptr;
    mandate loaded;
    language lang = language::en;
    date today;
    bool as_json = false;
    std::ostream* out = nullptr;
};

// A command-line mistake found after parsing: reported like a parse error, exit code 2.
struct usage_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

date parse_date_arg(const std::string& what, const std::string& text) {
    auto d = parse_date(text);
    if (!d) throw usage_error(what + ": \"" + text + "\" is not a valid date (expected YYYY-MM-DD)");
    return *d;
}

json citation_json(const citation& c) {
    return {{"clause", c.clause}, {"rule", c.rule.empty() ? json() : json(c.rule)}, {"source", c.source}};
}

json period_json(const mandate& m) {
    return {{"start_date", format_date(m.first_day())}, {"end_date", format_date(m.last_day())}};
}

std::string quota_text(const seat_quota& q) {
    return q.min == q.max ? std::to_string(q.min) : std::to_string(q.min) + "-" + std::to_string(q.max);
}

std::string meetings_text(const meeting_frequency& f) {
    std::string s;
    if (f.target) {
        s = "about " + std::to_string(*f.target) + " per calendar year";
        if (f.tolerance)
            s += " (" + std::to_string(*f.target > f.tolerance ? *f.target - f.tolerance : 0) + "-" +
                 std::to_string(*f.target + f.tolerance) + " without a warning)";
    }
    if (f.maximum) s += std::string(s.empty() ? "" : "; ") + "at most " + std::to_string(*f.maximum) + " per calendar year";
    return s;
}

json meetings_json(const meeting_frequency& f) {
    json j = citation_json(f.cite);
    j["per"] = "calendar_year";
    j["target"] = f.target ? json(*f.target) : json();
    j["tolerance"] = f.target ? json(f.tolerance) : json();
    j["maximum"] = f.maximum ? json(*f.maximum) : json();
    return j;
}

// The roles the leading organisation fills in a year, in the document's order.
json roles_json(const mandate& m, const std::string& org) {
    json roles = json::array();
    for (const auto& r : m.rotation.roles) roles.push_back({{"role", r.role}, {"body", r.body_id}, {"organisation_id", org}});
    if (m.secretary) roles.push_back({{"role", "secretary"}, {"body", json()}, {"organisation_id", org}});
    return roles;
}

std::vector<int> years_in_force(const mandate& m) {
    std::vector<int> ys;
    for (int y = m.first_day().year(); y <= static_cast<int>(m.last_day().year()); ++y) ys.push_back(y);
    return ys;
}

void print_json(std::ostream& out, const json& j) { out << j.dump(2) << '\n'; }

// --- show ---------------------------------------------------------------------------

int cmd_show(const context& c) {
    const mandate& m = *c.m;
    const bool today_in = m.in_force(c.today);
    if (c.as_json) {
        json j;
        j["mandate"] = {{"id", m.id}, {"title", m.title}, {"language", m.language}};
        j["period"] = period_json(m);
        j["period"]["cite"] = citation_json(m.validity.cite);
        j["signature"] = {{"date", m.signature.signed_on.to_string()},
                          {"place", m.signature.place},
                          {"signatory_ids", m.signature.signatory_ids}};
        j["parties"] = json::array();
        for (const auto& id : m.parties.organisation_ids) j["parties"].push_back({{"id", id}, {"name", m.organisation_name(id)}});
        j["organisations"] = json::array();
        for (const auto& o : m.organisations)
            j["organisations"].push_back(
                {{"id", o.id}, {"name", o.name}, {"party", o.party}, {"parent_id", o.parent_id ? json(*o.parent_id) : json()}});
        j["bodies"] = json::array();
        for (const auto& b : m.bodies) {
            json jb{
                {"id", b.id}, {"name", b.name}, {"name_en", b.name_en}, {"min_size", b.min_size()}, {"max_size", b.max_size()}};
            jb["quotas"] = json::array();
            for (const auto& q : b.quotas)
                jb["quotas"].push_back(
                    {{"organisation_id", q.organisation_id}, {"min", q.min}, {"max", q.max}, {"source", q.source}});
            jb["quota_cite"] = citation_json(b.quota_cite);
            jb["meetings"] = b.meetings ? meetings_json(*b.meetings) : json();
            j["bodies"].push_back(std::move(jb));
        }
        j["rotation"] = json::array();
        for (int y : years_in_force(m))
            j["rotation"].push_back(
                {{"year", y}, {"organisation_id", m.rotation.turn(y)}, {"roles", roles_json(m, m.rotation.turn(y))}});
        j["rotation_cite"] = citation_json(m.rotation.cite);
        j["today"] = format_date(c.today);
        j["in_force_today"] = today_in;
        print_json(*c.out, j);
        return exit_ok;
    }
    std::ostream& o = *c.out;
    o << m.title << " (" << m.id << ")\n";
    o << "Period in force: " << format_date(m.first_day()) << " to " << format_date(m.last_day()) << " inclusive ["
      << m.validity.cite.clause << ", " << m.validity.cite.rule << ": \"" << m.validity.cite.source << "\"]\n";
    o << "Signed: " << m.signature.place << ", " << m.signature.signed_on.to_string() << "\n";
    if (today_in)
        o << "Today (" << format_date(c.today) << "): in force.\n";
    else if (c.today < m.first_day())
        o << "Today (" << format_date(c.today) << "): not yet in force; the first day in force is " << format_date(m.first_day())
          << ".\n";
    else
        o << "Today (" << format_date(c.today) << "): no longer in force; the last day in force was " << format_date(m.last_day())
          << ".\n";
    o << "\nParties [" << m.parties.cite.clause << ", " << m.parties.cite.rule << "]:\n";
    for (const auto& id : m.parties.organisation_ids)
        o << "  " << std::left << std::setw(6) << id << m.organisation_name(id) << "\n";
    bool others = false;
    for (const auto& org : m.organisations) {
        if (org.party) continue;
        if (!others) o << "Other organisations holding seats:\n";
        others = true;
        o << "  " << std::left << std::setw(6) << org.id << org.name;
        if (org.parent_id) o << " (part of " << *org.parent_id << ")";
        o << "\n";
    }
    o << "\nBodies:\n";
    for (const auto& b : m.bodies) {
        o << "  " << b.id << " - " << b.name << " (" << b.name_en << ") [" << b.quota_cite.clause << ", " << b.quota_cite.rule
          << "]\n    seats:";
        for (const auto& q : b.quotas)
            o << " " << q.organisation_id << " " << quota_text(q) << (&q == &b.quotas.back() ? "" : ",");
        o << " (size " << b.min_size() << "-" << b.max_size() << ")\n";
        if (b.meetings)
            o << "    meetings: " << meetings_text(*b.meetings) << " [" << b.meetings->cite.clause << ", "
              << b.meetings->cite.rule << "]\n";
    }
    o << "\nRotation [" << m.rotation.cite.clause << ", " << m.rotation.cite.rule << "]: the leading organisation provides";
    for (const auto& r : m.rotation.roles) o << " the " << r.role << " of " << r.body_id << ",";
    o << (m.secretary ? " and the secretary" : "") << "\n";
    for (int y : years_in_force(m))
        o << "  " << y << "  " << std::left << std::setw(6) << m.rotation.turn(y) << m.organisation_name(m.rotation.turn(y))
          << "\n";
    return exit_ok;
}

// --- status -------------------------------------------------------------------------

int cmd_status(const context& c, const std::string& date_arg) {
    const mandate& m = *c.m;
    const date d = date_arg.empty() ? c.today : parse_date_arg("--date", date_arg);
    const bool in = m.in_force(d);
    const auto lead = m.leading_organisation(d);
    if (c.as_json) {
        json j{{"date", format_date(d)}, {"in_force", in}, {"period", period_json(m)}};
        j["leading_organisation"] = lead ? json(*lead) : json();
        j["cite"] = citation_json(m.validity.cite);
        print_json(*c.out, j);
        return exit_ok;
    }
    std::ostream& o = *c.out;
    o << format_date(d) << ": ";
    if (in)
        o << "in force (" << format_date(m.first_day()) << " to " << format_date(m.last_day())
          << "); leading organisation: " << *lead << " (" << m.organisation_name(*lead) << ")\n";
    else
        o << "not in force; the mandate is in force from " << format_date(m.first_day()) << " to " << format_date(m.last_day())
          << " inclusive\n";
    o << "  [" << m.validity.cite.clause << ", " << m.validity.cite.rule << "] \"" << m.validity.cite.source << "\"\n";
    return exit_ok;
}

// --- leader -------------------------------------------------------------------------

int cmd_leader(const context& c, std::optional<int> year, const std::string& date_arg, bool extrapolate) {
    const mandate& m = *c.m;
    std::optional<date> d;
    if (!date_arg.empty()) d = parse_date_arg("--date", date_arg);
    if (!year && !d) d = c.today;
    const int y = year ? *year : static_cast<int>(d->year());
    require_year(y);
    // With a date, the mandate must be in force on that very day.
    const bool in = d ? m.in_force(*d) : m.in_force_in_year(y);
    std::optional<leadership> l;
    if (in)
        l = leadership{y, m.rotation.turn(y), true, false};
    else if (extrapolate)
        l = leadership{y, m.rotation.turn(y), false, true};
    if (c.as_json) {
        json j{{"year", y}, {"date", d ? json(format_date(*d)) : json()}, {"in_force", in}};
        j["leading_organisation"] = l ? json(l->organisation_id) : json();
        j["extrapolated"] = l ? l->extrapolated : false;
        j["roles"] = l ? roles_json(m, l->organisation_id) : json::array();
        j["period"] = period_json(m);
        j["cite"] = citation_json(m.rotation.cite);
        if (!in) j["message"] = "no mandate is in force " + (d ? "on " + format_date(*d) : "in " + std::to_string(y));
        print_json(*c.out, j);
        return exit_ok;
    }
    std::ostream& o = *c.out;
    const std::string when = d ? format_date(*d) : std::to_string(y);
    if (!in && !extrapolate) {
        o << "No mandate is in force " << (d ? "on " : "in ") << when << " (the mandate is in force from "
          << format_date(m.first_day()) << " to " << format_date(m.last_day()) << ").\n";
        return exit_ok;
    }
    o << when << ": " << l->organisation_id << " (" << m.organisation_name(l->organisation_id) << ") leads";
    if (l->extrapolated) o << " - EXTRAPOLATED: the mandate is not in force then; this only continues the rotation";
    o << "\n";
    for (const auto& r : m.rotation.roles) o << "  " << r.role << " of " << r.body_id << ": " << l->organisation_id << "\n";
    if (m.secretary) o << "  secretary: " << l->organisation_id << "\n";
    o << "  [" << m.rotation.cite.clause << ", " << m.rotation.cite.rule << "] \"" << m.rotation.cite.source << "\"\n";
    return exit_ok;
}

// --- composition --------------------------------------------------------------------

int cmd_composition(const context& c, const std::string& body_id, const std::vector<std::string>& pairs) {
    const mandate& m = *c.m;
    composition counts;
    for (const auto& p : pairs) {
        const auto eq = p.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == p.size())
            throw usage_error("\"" + p + "\": expected ORG=N, for example ks=2");
        const std::string org = p.substr(0, eq);
        const std::string num = p.substr(eq + 1);
        long long n = 0;
        std::size_t used = 0;
        try {
            n = std::stoll(num, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != num.size() || num.empty()) throw usage_error("\"" + p + "\": N must be a whole number");
        if (n < 0) throw usage_error("\"" + p + "\": N must not be negative");
        if (!counts.emplace(org, n).second) throw usage_error("\"" + org + "\" is given twice");
    }
    const auto findings = m.check_composition(body_id, counts, c.lang);
    bool errors = false;
    for (const auto& f : findings) errors = errors || f.severity == severity::error;
    if (c.as_json) {
        json j{{"body", body_id}, {"composition", counts}, {"valid", !errors}, {"findings", to_json(findings)}};
        print_json(*c.out, j);
    } else {
        std::ostream& o = *c.out;
        if (findings.empty())
            o << (c.lang == language::nb ? "Sammensetningen er i samsvar med mandatet.\n"
                                         : "The composition complies with the mandate.\n");
        for (const auto& f : findings)
            o << to_string(f.severity) << " " << f.code << " [" << f.clause << (f.rule.empty() ? "" : ", " + f.rule) << "] "
              << f.message << "\n    \"" << f.source << "\"\n";
    }
    return errors ? exit_findings : exit_ok;
}

// --- explain ------------------------------------------------------------------------

int cmd_explain(const context& c, const std::string& what) {
    const mandate& m = *c.m;
    const clause* cl = m.find_clause(what);
    if (!cl)  // a rule number such as R5 names the clause that carries it
        for (const auto& x : m.clauses)
            for (const auto& r : x.rules)
                if (r == what) cl = &x;
    if (!cl) m.get_clause(what);  // throws query_error listing the known ids
    if (c.as_json) {
        json j{{"id", cl->id},
               {"heading", cl->heading ? json(*cl->heading) : json()},
               {"kind", cl->kind == clause_kind::rule ? "rule" : "information"},
               {"rules", cl->rules},
               {"summary_en", cl->summary_en},
               {"text", cl->text},
               {"source_text", cl->source_text()}};
        print_json(*c.out, j);
        return exit_ok;
    }
    std::ostream& o = *c.out;
    o << "[" << cl->id << "]";
    if (!cl->rules.empty()) {
        o << " rules:";
        for (const auto& r : cl->rules) o << " " << r;
    }
    o << " (" << (cl->kind == clause_kind::rule ? "rule" : "information") << ")\n";
    o << cl->source_text() << "\n";
    if (!cl->summary_en.empty()) o << "\nIn English: " << cl->summary_en << "\n";
    return exit_ok;
}

// --- check --------------------------------------------------------------------------

int cmd_check(const context& c, const std::string& roster_file, const std::string& from, const std::string& to, bool redact) {
    const roster r = load_roster_file(roster_file);
    check_options o;
    if (!from.empty()) o.from = parse_date_arg("--from", from);
    if (!to.empty()) o.to = parse_date_arg("--to", to);
    if (o.from && o.to && *o.to < *o.from) throw usage_error("--to " + to + " is before --from " + from);
    o.lang = c.lang;
    o.redact = redact;
    const report rep = check_compliance(*c.m, r, o);
    if (c.as_json)
        print_json(*c.out, to_json(rep));
    else
        *c.out << format_report(*c.m, rep);
    return rep.has_errors() ? exit_findings : exit_ok;
}

// --- roster -------------------------------------------------------------------------

int cmd_roster(const context& c, const std::string& roster_file, const std::string& date_arg, bool redact) {
    const mandate& m = *c.m;
    const roster r = load_roster_file(roster_file);
    const date d = date_arg.empty() ? c.today : parse_date_arg("--date", date_arg);
    const bool nb = c.lang == language::nb;
    auto label = [&](const std::string& id) {
        if (redact) return pseudonym(id);
        const person* p = r.find_person(id);
        return p ? p->name + " (" + id + ")" : id + (nb ? " (ukjent person)" : " (unknown person)");
    };
    auto pid = [&](const std::string& id) { return redact ? pseudonym(id) : id; };
    // The day's findings come from the compliance engine over that one day; a one-day
    // interval is no year, so its meeting counts say nothing and are left out.
    check_options o;
    o.from = d;
    o.to = d;
    o.lang = c.lang;
    o.redact = redact;
    std::vector<finding> findings;
    for (auto& f : check_compliance(m, r, o).findings)
        if (f.code != codes::meetings_partial_year) findings.push_back(std::move(f));
    const auto lead = m.leading_organisation(d);
    json j{{"date", format_date(d)}, {"in_force", m.in_force(d)}, {"leading_organisation", lead ? json(*lead) : json()}};
    j["bodies"] = json::array();
    std::ostream& out = *c.out;
    if (!c.as_json) {
        out << format_date(d) << ": ";
        if (lead)
            out << (nb ? "i kraft; ledelse: " : "in force; leading: ") << *lead << " (" << m.organisation_name(*lead) << ")\n";
        else
            out << (nb ? "ingen mandat i kraft\n" : "no mandate in force\n");
    }
    std::vector<std::string> bodies;
    for (const auto& b : m.bodies) bodies.push_back(b.id);
    for (const auto& a : r.appointments)  // bodies the mandate does not know are shown too
        if (a.covers(d) && std::find(bodies.begin(), bodies.end(), a.body_id) == bodies.end()) bodies.push_back(a.body_id);
    for (const auto& body_id : bodies) {
        // A person counts once per body and organisation, whatever the number of appointments.
        std::map<std::pair<std::string, std::string>, std::vector<std::string>> seats;  // (org, person) -> roles
        for (const auto& a : r.appointments)
            if (a.body_id == body_id && holds_seat(a.role) && a.covers(d))
                seats[{a.organisation_id, a.person_id}].push_back(std::string(to_string(a.role)));
        const body* b = m.find_body(body_id);
        json jb{{"id", body_id}, {"seats", json::array()}, {"counts", json::object()}};
        if (!c.as_json) out << "\n" << (b ? b->name : body_id) << " (" << body_id << "):\n";
        for (const auto& [key, roles] : seats) {
            jb["counts"][key.first] = jb["counts"].value(key.first, 0) + 1;
            jb["seats"].push_back({{"organisation_id", key.first}, {"person_id", pid(key.second)}, {"roles", roles}});
            if (!c.as_json) {
                out << "  " << std::left << std::setw(6) << key.first << label(key.second);
                for (const auto& rl : roles)
                    if (rl != "member") out << " [" << rl << "]";
                out << "\n";
            }
        }
        j["bodies"].push_back(std::move(jb));
    }
    j["secretaries"] = json::array();
    for (const auto& a : r.appointments)
        if (a.role == role::secretary && a.covers(d)) {
            j["secretaries"].push_back({{"person_id", pid(a.person_id)}, {"organisation_id", a.organisation_id}});
            if (!c.as_json)
                out << (nb ? "\nSekretær: " : "\nSecretary: ") << label(a.person_id) << ", " << a.organisation_id << "\n";
        }
    bool errors = false;
    for (const auto& f : findings) errors = errors || f.severity == severity::error;
    j["findings"] = to_json(findings);
    if (c.as_json) {
        print_json(out, j);
    } else {
        if (!findings.empty()) out << (nb ? "\nFunn denne dagen:\n" : "\nFindings on this day:\n");
        for (const auto& f : findings)
            out << "  " << to_string(f.severity) << "  " << f.code << "  [" << f.clause << (f.rule.empty() ? "" : " " + f.rule)
                << "]\n      " << f.message << "\n";
    }
    return errors ? exit_findings : exit_ok;
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CLI::App app{"mandat - the Trøndelag FoUI partnership mandate as executable rules", "mandat"};
    app.require_subcommand(1);
    app.fallthrough();
    common_options opt;
    app.add_option("--mandate", opt.mandate_file, "Mandate document (JSON); default: the embedded Trøndelag mandate 2022");
    app.add_flag("--json", opt.as_json, "Machine-readable JSON output (docs/json-output.md)");
    app.add_option("--lang", opt.lang, "Language of messages: en or nb")->check(CLI::IsMember({"en", "nb"}));
    app.add_option("--today", opt.today, "Take this date (YYYY-MM-DD) as today, for reproducible output");
    app.add_option("--output", opt.output,
                   "Write the output to FILE (through a temporary file and an atomic rename) instead of standard output");
    app.set_version_flag("--version", std::string("mandat ") + version);

    auto* show = app.add_subcommand("show", "The mandate at a glance: parties, bodies, quotas, meetings, rotation, period");
    std::string status_date;
    auto* status = app.add_subcommand("status", "Whether the mandate is in force on a date");
    status->add_option("--date", status_date, "The date (YYYY-MM-DD); default: today");
    std::optional<int> leader_year;
    std::string leader_date;
    bool extrapolate = false;
    auto* leader = app.add_subcommand("leader", "The leading organisation in a year or on a date");
    auto* year_opt = leader->add_option("--year", leader_year, "The calendar year");
    leader->add_option("--date", leader_date, "The date (YYYY-MM-DD)")->excludes(year_opt);
    leader->add_flag("--extrapolate", extrapolate,
                     "Outside the mandate's period, continue the rotation and mark the answer as extrapolated");
    std::string body_id;
    std::vector<std::string> pairs;
    auto* comp = app.add_subcommand("composition", "Check head counts per organisation against a body's quotas");
    comp->add_option("BODY", body_id, "Body id, e.g. styringsgruppen")->required();
    comp->add_option("COUNTS", pairs, "ORG=N pairs, e.g. ks=2 tfk=1; an organisation left out counts as 0");
    std::string clause_id;
    auto* explain = app.add_subcommand("explain", "Print the source text of a clause (by clause id or rule number)");
    explain->add_option("CLAUSE", clause_id, "Clause id (e.g. styringsgruppen) or rule number (e.g. R5)")->required();

    std::string roster_file, check_from, check_to, roster_date;
    bool redact = false;
    auto* check = app.add_subcommand("check", "Check a roster (people, appointments, meetings) against the mandate over time");
    check->add_option("ROSTER", roster_file, "Roster document (JSON, docs/roster-format.md)")->required();
    check->add_option("--from", check_from, "First day to check (YYYY-MM-DD); default: the mandate's first day");
    check->add_option("--to", check_to, "Last day to check, inclusive (YYYY-MM-DD); default: the mandate's last day");
    check->add_flag("--redact", redact, "Replace person ids and names by stable pseudonyms");
    auto* rost = app.add_subcommand("roster", "Who holds which seat on a given day");
    rost->add_option("ROSTER", roster_file, "Roster document (JSON)")->required();
    rost->add_option("--date", roster_date, "The day (YYYY-MM-DD); default: today");
    rost->add_flag("--redact", redact, "Replace person ids and names by stable pseudonyms");

    std::vector<const char*> argv;
    argv.reserve(args.size());
    for (const auto& a : args) argv.push_back(a.c_str());
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& e) {
        // CLI11 reports an unknown command as a missing one; name it instead.
        if (app.get_subcommands().empty()) {
            for (std::size_t i = 1; i < args.size(); ++i) {
                const std::string& prev = args[i - 1];
                if (args[i].empty() || args[i][0] == '-' || prev == "--mandate" || prev == "--lang" || prev == "--today" ||
                    prev == "--output")
                    continue;
                std::string known;
                for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
                    known += (known.empty() ? "" : ", ") + sub->get_name();
                err << "mandat: unknown command \"" << args[i] << "\" (expected one of: " << known
                    << ")\nRun with --help for more information.\n";
                return exit_usage;
            }
        }
        const int code = app.exit(e, out, err);
        return code == 0 ? exit_ok : exit_usage;
    }

    // With --output the command writes into a buffer that replaces FILE in one rename, so an
    // interrupted run never leaves a truncated file.
    std::ostringstream buffer;
    auto finish = [&](int code) {
        if (opt.output.empty()) return code;
        try {
            write_file_atomic(opt.output, buffer.str());
        } catch (const mandat::error& e) {
            err << "mandat: " << e.what() << " [" << e.id() << "]\n";
            return exit_usage;
        }
        return code;
    };
    try {
        context c;
        c.as_json = opt.as_json;
        c.out = opt.output.empty() ? &out : &buffer;
        c.lang = *parse_language(opt.lang);
        c.today = opt.today.empty() ? boost::gregorian::day_clock::local_day() : parse_date_arg("--today", opt.today);
        if (opt.mandate_file.empty()) {
            c.m = &trondelag_2022();
        } else {
            c.loaded = load_mandate_file(opt.mandate_file);
            c.m = &c.loaded;
        }
        if (*show) return finish(cmd_show(c));
        if (*status) return finish(cmd_status(c, status_date));
        if (*leader) return finish(cmd_leader(c, leader_year, leader_date, extrapolate));
        if (*comp) return finish(cmd_composition(c, body_id, pairs));
        if (*explain) return finish(cmd_explain(c, clause_id));
        if (*check) return finish(cmd_check(c, roster_file, check_from, check_to, redact));
        if (*rost) return finish(cmd_roster(c, roster_file, roster_date, redact));
    } catch (const usage_error& e) {
        err << "mandat: " << e.what() << "\nRun with --help for more information.\n";
        return exit_usage;
    } catch (const mandat::error& e) {
        err << "mandat: " << e.what() << " [" << e.id() << "]\n";
        return exit_usage;
    } catch (const std::exception& e) {
        err << "mandat: unexpected failure: " << e.what() << "\n";
        return exit_usage;
    }
    return exit_usage;
}

}  // namespace mandat::cli
