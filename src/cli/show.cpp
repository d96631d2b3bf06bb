// `show` (the mandate at a glance) and `explain` (a clause's verbatim text).
#include <algorithm>
#include <iomanip>

#include "cli/commands.hpp"

namespace mandat::cli {
namespace {

using json = nlohmann::json;

json period_json(const mandate& m) {
    return {{"start_date", format_date(m.first_day())}, {"end_date", format_date(m.last_day())}};
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

int show_json(const context& c) {
    const mandate& m = *c.m;
    json j;
    j["mandate"] = {{"id", m.id}, {"title", m.title}, {"language", m.language}, {"status", to_string(m.status)}};
    if (m.provenance) j["mandate"]["provenance"] = to_json(m)["provenance"];
    if (c.h) j["history"] = {{"id", c.h->id()}, {"title", c.h->title()}};
    j["period"] = period_json(m);
    j["period"]["cite"] = citation_json(m.validity.cite);
    j["signature"] = {
        {"date", m.signature.signed_on.to_string()}, {"place", m.signature.place}, {"signatory_ids", m.signature.signatory_ids}};
    j["parties"] = json::array();
    for (const auto& id : m.parties.organisation_ids) j["parties"].push_back({{"id", id}, {"name", m.organisation_name(id)}});
    j["organisations"] = json::array();
    for (const auto& o : m.organisations)
        j["organisations"].push_back(
            {{"id", o.id}, {"name", o.name}, {"party", o.party}, {"parent_id", o.parent_id ? json(*o.parent_id) : json()}});
    j["bodies"] = json::array();
    for (const auto& b : m.bodies) {
        json jb{{"id", b.id}, {"name", b.name}, {"name_en", b.name_en}, {"min_size", b.min_size()}, {"max_size", b.max_size()}};
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
    j["in_force_today"] = m.in_force(c.today);
    print_json(*c.out, j);
    return 0;
}

}  // namespace

json period_of(const mandate& m) { return period_json(m); }

json leader_roles_json(const mandate& m, const std::string& org) { return roles_json(m, org); }

int cmd_show(const context& c) {
    if (c.as_json) return show_json(c);
    const mandate& m = *c.m;
    std::ostream& o = *c.out;
    const std::string first = format_date(m.first_day()), last = format_date(m.last_day()), today = format_date(c.today);
    if (c.h) print_history(c);
    if (m.is_draft())
        o << c.say("show.draft", {{"title", m.title}, {"id", m.id}}) << "\n";
    else
        o << printable(m.title) << " (" << printable(m.id) << ")\n";
    if (m.provenance || m.status != mandate_status::adopted)
        o << c.say("show.provenance", {{"id", m.id},
                                       {"status", c.say(std::string("history.status.") + to_string(m.status))},
                                       {"note", version_note(c, m)}})
          << "\n";
    o << c.say("show.period", {{"first", first}, {"last", last}}) << " [" << printable(m.validity.cite.clause) << ", "
      << printable(m.validity.cite.rule) << ": \"" << printable(m.validity.cite.source) << "\"]\n";
    const bool signature_carried = m.provenance && std::find(m.provenance->carried_over.begin(), m.provenance->carried_over.end(),
                                                             m.signature.cite.clause) != m.provenance->carried_over.end();
    o << c.say(signature_carried ? "show.signed_carried" : "show.signed",
               {{"place", m.signature.place}, {"date", m.signature.signed_on.to_string()}})
      << "\n";
    if (m.is_draft())
        o << c.say("show.today_draft", {{"today", today}, {"first", first}, {"last", last}}) << "\n";
    else if (m.in_force(c.today))
        o << c.say("show.today_in_force", {{"today", today}}) << "\n";
    else if (c.today < m.first_day())
        o << c.say("show.today_not_yet", {{"today", today}, {"first", first}}) << "\n";
    else
        o << c.say("show.today_expired", {{"today", today}, {"last", last}}) << "\n";
    o << "\n"
      << c.say("show.parties") << " [" << printable(m.parties.cite.clause) << ", " << printable(m.parties.cite.rule) << "]:\n";
    for (const auto& id : m.parties.organisation_ids)
        o << "  " << std::left << std::setw(6) << printable(id) << printable(m.organisation_name(id)) << "\n";
    bool others = false;
    for (const auto& org : m.organisations) {
        if (org.party) continue;
        if (!others) o << c.say("show.other_organisations") << "\n";
        others = true;
        o << "  " << std::left << std::setw(6) << printable(org.id) << printable(org.name);
        if (org.parent_id) o << " (" << c.say("show.part_of", {{"parent", *org.parent_id}}) << ")";
        o << "\n";
    }
    o << "\n" << c.say("show.bodies") << "\n";
    for (const auto& b : m.bodies) {
        o << "  " << printable(b.id) << " - " << printable(b.name) << " (" << printable(b.name_en) << ") ["
          << printable(b.quota_cite.clause) << ", " << printable(b.quota_cite.rule) << "]\n    " << c.say("show.seats");
        for (const auto& q : b.quotas)
            o << " " << printable(q.organisation_id) << " " << quota_range_text(q.min, q.max, c.lang)
              << (&q == &b.quotas.back() ? "" : ",");
        o << " (" << c.say("show.size", {{"min", std::to_string(b.min_size())}, {"max", std::to_string(b.max_size())}}) << ")\n";
        if (b.meetings)
            o << "    " << c.say("show.meetings") << " " << meeting_rule_text(*b.meetings, c.lang) << " ["
              << printable(b.meetings->cite.clause) << ", " << printable(b.meetings->cite.rule) << "]\n";
    }
    o << "\n"
      << c.say("show.rotation") << " [" << printable(m.rotation.cite.clause) << ", " << printable(m.rotation.cite.rule)
      << "]: " << c.say("show.rotation_provides");
    for (const auto& r : m.rotation.roles)
        o << " " << c.say("show.rotation_role", {{"role", r.role}, {"body", r.body_id}}) << ",";
    if (m.secretary) o << " " << c.say("show.rotation_secretary");
    o << "\n";
    for (int y : years_in_force(m))
        o << "  " << y << "  " << std::left << std::setw(6) << printable(m.rotation.turn(y))
          << printable(m.organisation_name(m.rotation.turn(y))) << "\n";
    return 0;
}

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
               {"kind", to_string(cl->kind)},
               {"rules", cl->rules},
               {"summary_en", cl->summary_en},
               {"text", cl->text},
               {"source_text", cl->source_text()}};
        print_json(*c.out, j);
        return 0;
    }
    std::ostream& o = *c.out;
    o << "[" << printable(cl->id) << "]";
    if (!cl->rules.empty()) {
        o << " rules:";
        for (const auto& r : cl->rules) o << " " << printable(r);
    }
    o << " (" << to_string(cl->kind) << ")\n";
    // The clause's source text (clause::source_text), each line escaped as a field: a line break
    // inside a line is shown, not made.
    std::string text = cl->heading ? printable(*cl->heading) : std::string();
    for (const auto& line : cl->text) {
        if (!text.empty()) text += '\n';
        text += printable(line);
    }
    o << text << "\n";
    if (!cl->summary_en.empty()) o << "\nIn English: " << printable(cl->summary_en) << "\n";
    return 0;
}

}  // namespace mandat::cli
