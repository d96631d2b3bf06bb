// `status`, `leader` and `composition`: one question each, asked of the library.
#include <limits>

#include "cli/commands.hpp"

namespace mandat::cli {

using json = nlohmann::json;

int cmd_status(const context& c, const std::string& date_arg) {
    const date d = date_arg.empty() ? c.today : parse_date_arg(arg_name(arg_id::date), date_arg);
    // With a history, the version in force that day answers (or, on a day under none, the latest).
    const mandate_version* version = c.h ? c.h->version_on(d) : nullptr;
    const mandate& m = c.h ? c.h->version_for(d).m : *c.m;
    const bool in = m.in_force(d);
    const auto lead = m.leading_organisation(d);
    if (c.as_json) {
        json j{{"date", format_date(d)}, {"in_force", in}, {"period", period_of(m)}};
        j["leading_organisation"] = lead ? json(*lead) : json();
        j["cite"] = citation_json(m.validity.cite);
        if (c.h) j["version"] = version ? nlohmann::json(version->m.id) : nlohmann::json();
        print_json(*c.out, j);
        return 0;
    }
    const message_facts period{
        {"date", format_date(d)}, {"first", format_date(m.first_day())}, {"last", format_date(m.last_day())}};
    std::ostream& o = *c.out;
    if (in) {
        message_facts facts = period;
        facts.emplace_back("organisation", *lead);
        facts.emplace_back("organisation_name", m.organisation_name(*lead));
        o << c.say("status.in_force", facts) << "\n";
    } else {
        o << c.say("status.not_in_force", period) << "\n";
    }
    if (version) o << c.say("status.version", {{"version", version->m.id}}) << "\n";
    o << "  [" << printable(m.validity.cite.clause) << ", " << printable(m.validity.cite.rule) << "] \""
      << printable(m.validity.cite.source) << "\"\n";
    return 0;
}

int cmd_leader(const context& c, std::optional<int> year, const std::string& date_arg, bool extrapolate) {
    const mandate* decided_by = c.m;
    std::optional<date> d;
    if (!date_arg.empty()) d = parse_date_arg(arg_name(arg_id::date), date_arg);
    if (!year && !d) d = c.today;
    // With a date, the mandate must be in force on that very day; with a year, on a day of it.
    // With a history, the version in force then decides, and is named.
    std::optional<leadership> l;
    std::string version;
    if (c.h) {
        const auto hl = d ? c.h->leadership_on(*d, extrapolate) : c.h->leadership_in(*year, extrapolate);
        if (hl) l = hl->leadership, version = hl->version, decided_by = &c.h->get_version(hl->version).m;
    } else {
        l = d ? c.m->leadership_on(*d, extrapolate) : c.m->leadership_in(*year, extrapolate);
    }
    const mandate& m = *decided_by;
    const int y = d ? static_cast<int>(d->year()) : *year;
    const bool in = l ? l->in_force : false;
    const std::string when = d ? format_date(*d) : std::to_string(y);
    if (c.as_json) {
        json j{{"year", y}, {"date", d ? json(format_date(*d)) : json()}, {"in_force", in}};
        j["leading_organisation"] = l ? json(l->organisation_id) : json();
        j["extrapolated"] = l ? l->extrapolated : false;
        j["roles"] = l ? leader_roles_json(m, l->organisation_id) : json::array();
        j["period"] = period_of(m);
        j["cite"] = citation_json(m.rotation.cite);
        if (!in) j["message"] = c.say(d ? "leader.none_short_on_date" : "leader.none_short_in_year", {{"when", when}});
        if (c.h) j["version"] = version.empty() ? nlohmann::json() : nlohmann::json(version);
        print_json(*c.out, j);
        return 0;
    }
    std::ostream& o = *c.out;
    if (!l) {
        o << c.say(d ? "leader.none_on_date" : "leader.none_in_year",
                   {{"when", when}, {"first", format_date(m.first_day())}, {"last", format_date(m.last_day())}})
          << "\n";
        return 0;
    }
    const std::string& org = l->organisation_id;
    o << c.say("leader.leads", {{"when", when}, {"organisation", org}, {"organisation_name", m.organisation_name(org)}});
    if (l->extrapolated) o << c.say("leader.extrapolated");
    o << "\n";
    for (const auto& r : m.rotation.roles)
        o << "  " << c.say("leader.role", {{"role", r.role}, {"body", r.body_id}, {"organisation", org}}) << "\n";
    if (m.secretary) o << "  " << c.say("leader.secretary", {{"organisation", org}}) << "\n";
    if (!version.empty()) o << c.say("leader.version", {{"version", version}}) << "\n";
    o << "  [" << printable(m.rotation.cite.clause) << ", " << printable(m.rotation.cite.rule) << "] \""
      << printable(m.rotation.cite.source) << "\"\n";
    return 0;
}

int cmd_composition(const context& c, const std::string& body_id, const std::vector<std::string>& pairs) {
    const mandate& m = *c.m;
    composition counts;
    for (const auto& p : pairs) {
        const auto eq = p.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == p.size())
            throw usage_error("\"" + p + "\": expected ORG=N, for example ks=2");
        const std::string org = p.substr(0, eq);
        const std::string num = p.substr(eq + 1);
        const std::size_t first = !num.empty() && (num[0] == '-' || num[0] == '+') ? 1 : 0;
        if (num.size() == first || num.find_first_not_of("0123456789", first) != std::string::npos)
            throw usage_error("\"" + excerpt(p) + "\": N must be a whole number");
        long long n = 0;
        try {
            n = std::stoll(num);
        } catch (const std::out_of_range&) {
            throw usage_error("\"" + excerpt(p) + "\": N is too large (at most " +
                              std::to_string(std::numeric_limits<long long>::max()) + ")");
        }
        if (n < 0) throw usage_error("\"" + p + "\": N must not be negative");
        if (!counts.emplace(org, n).second) throw usage_error("\"" + org + "\" is given twice");
    }
    const auto findings = m.check_composition(body_id, counts, c.lang);
    bool errors = false;
    for (const auto& f : findings) errors = errors || f.severity == severity::error;
    if (c.as_json) {
        print_json(*c.out, json{{"body", body_id}, {"composition", counts}, {"valid", !errors}, {"findings", to_json(findings)}});
    } else {
        if (findings.empty()) *c.out << c.say("composition.complies") << "\n";
        for (const auto& f : findings) *c.out << format_finding(f, c.lang);
    }
    return errors ? 1 : 0;
}

}  // namespace mandat::cli
