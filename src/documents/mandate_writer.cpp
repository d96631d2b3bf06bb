// Writing mandate documents (see mandat/document.hpp and mandat/json.hpp).
#include "mandat/document.hpp"
#include "mandat/io.hpp"
#include "mandat/json.hpp"

namespace mandat {
namespace {

using json = nlohmann::json;

void write_citation(json& j, const citation& c) {
    j["clause"] = c.clause;
    if (!c.rule.empty()) j["rule"] = c.rule;
    j["source"] = c.source;
}

json provenance_json(const provenance& p) {
    json jp = json::object();
    if (p.replaces) jp["replaces"] = *p.replaces;
    if (p.amends) jp["amends"] = *p.amends;
    if (p.decided_on) jp["decided_on"] = p.decided_on->to_string();
    if (!p.decided_by.empty()) jp["decided_by"] = p.decided_by;
    if (!p.carried_over.empty()) jp["carried_over"] = p.carried_over;
    if (!p.note.empty()) jp["note"] = p.note;
    return jp;
}

json organisation_json(const organisation& o) {
    json jo{{"id", o.id}, {"name", o.name}};
    if (o.parent_id) jo["parent_id"] = *o.parent_id;
    jo["party"] = o.party;
    if (o.role_clause) jo["role_clause"] = *o.role_clause;
    if (o.organisation_number) jo["organisation_number"] = *o.organisation_number;
    return jo;
}

json body_json(const body& b) {
    json jb{{"id", b.id}, {"name", b.name}, {"name_en", b.name_en}};
    write_citation(jb["established"], b.established);
    write_citation(jb["quotas"], b.quota_cite);
    jb["quotas"]["seats"] = json::array();
    for (const auto& q : b.quotas)
        jb["quotas"]["seats"].push_back(
            {{"organisation_id", q.organisation_id}, {"min", q.min}, {"max", q.max}, {"source", q.source}});
    if (b.meetings) {
        json& mt = jb["meetings"];
        mt["per"] = "calendar_year";
        if (b.meetings->target) {
            mt["target"] = *b.meetings->target;
            mt["tolerance"] = b.meetings->tolerance;
        }
        if (b.meetings->maximum) mt["maximum"] = *b.meetings->maximum;
        write_citation(mt, b.meetings->cite);
    }
    return jb;
}

json rotation_json(const rotation& rot) {
    json r;
    r["order"] = rot.order;
    r["first_year"] = rot.first_year;
    r["changes_on"] = "01-01";
    r["roles"] = json::array();
    for (const auto& lr : rot.roles) {
        json jr{{"role", lr.role}, {"body_id", lr.body_id}};
        write_citation(jr, lr.cite);
        r["roles"].push_back(std::move(jr));
    }
    write_citation(r, rot.cite);
    return r;
}

json clause_json(const clause& c) {
    json jc{{"id", c.id}};
    if (c.heading) jc["heading"] = *c.heading;
    jc["kind"] = std::string(to_string(c.kind));
    jc["rules"] = c.rules;
    jc["summary_en"] = c.summary_en;
    if (c.target_year) jc["target_year"] = *c.target_year;
    jc["text"] = c.text;
    return jc;
}

}  // namespace

nlohmann::json to_json(const mandate& m) {
    json j;
    j["format"] = mandate_format;
    j["id"] = m.id;
    j["title"] = m.title;
    j["language"] = m.language;
    if (m.status != mandate_status::adopted) j["status"] = to_string(m.status);
    if (m.provenance) j["provenance"] = provenance_json(*m.provenance);
    j["organisations"] = json::array();
    for (const auto& o : m.organisations) j["organisations"].push_back(organisation_json(o));
    j["parties"]["organisation_ids"] = m.parties.organisation_ids;
    write_citation(j["parties"], m.parties.cite);
    write_citation(j["bodies"], m.bodies_cite);
    j["bodies"]["items"] = json::array();
    for (const auto& b : m.bodies) j["bodies"]["items"].push_back(body_json(b));
    j["attendance"] = json::array();
    for (const auto& a : m.attendance) {
        json ja{{"members_of", a.members_of}, {"attend", a.attend}};
        write_citation(ja, a.cite);
        j["attendance"].push_back(std::move(ja));
    }
    j["preparation"] = json::array();
    for (const auto& p : m.preparation) {
        json jp{{"body_id", p.body_id}, {"prepares", p.prepares}};
        write_citation(jp, p.cite);
        j["preparation"].push_back(std::move(jp));
    }
    j["rotation"] = rotation_json(m.rotation);
    if (m.secretary) {
        j["secretary"]["provided_by"] = "leading_organisation";
        write_citation(j["secretary"], m.secretary->cite);
    }
    j["validity"]["start_date"] = format_date(m.first_day());
    j["validity"]["end_date"] = format_date(m.last_day());
    write_citation(j["validity"], m.validity.cite);
    j["signature"]["date"] = m.signature.signed_on.to_string();
    j["signature"]["place"] = m.signature.place;
    j["signature"]["signatory_ids"] = m.signature.signatory_ids;
    write_citation(j["signature"], m.signature.cite);
    j["clauses"] = json::array();
    for (const auto& c : m.clauses) j["clauses"].push_back(clause_json(c));
    return j;
}

std::string dump_mandate(const mandate& m) { return to_json(m).dump(2) + "\n"; }

void save_mandate_file(const mandate& m, const std::string& path) { write_file_atomic(path, dump_mandate(m)); }

}  // namespace mandat
