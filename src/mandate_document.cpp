// Reading and writing mandate documents (see mandat/document.hpp).
#include "mandat/document.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "mandat/io.hpp"

namespace mandat {
namespace {

using detail::json;
using detail::node;

// Reads the citation members ("clause", "rule", "source") of an object whose other members
// the caller has already allowed.
citation read_citation(const node& n) {
    citation c;
    c.clause = n["clause"].as_id();
    if (auto r = n.optional("rule")) {
        c.rule = r->as_string();
        if (!c.rule.empty()) c.rule = r->as_id();
    }
    c.source = n["source"].as_text();
    return c;
}

void write_citation(json& j, const citation& c) {
    j["clause"] = c.clause;
    if (!c.rule.empty()) j["rule"] = c.rule;
    j["source"] = c.source;
}

std::vector<std::string> read_string_list(const node& n) {
    std::vector<std::string> out;
    n.for_each([&](const node& item, std::size_t) { out.push_back(item.as_id()); });
    return out;
}

unsigned read_count(const node& n, long long max) { return static_cast<unsigned>(n.as_integer(0, max)); }

// Cross-references are checked after everything is read, each against the pointer where it
// was written.
struct reference {
    std::string pointer;
    std::string id;
};

class mandate_reader {
public:
    mandate read(const node& root) {
        root.expect_object({"format", "id", "title", "language", "organisations", "parties", "bodies", "attendance",
                            "preparation", "rotation", "secretary", "validity", "signature", "clauses"});
        const std::string format = root["format"].as_string();
        if (format != mandate_format)
            root["format"].fail("document.unsupported_format",
                                "unsupported format \"" + format + "\" (expected \"" + mandate_format + "\")");
        m_.id = root["id"].as_id();
        m_.title = root["title"].as_name();
        m_.language = root["language"].as_id();
        read_clauses(root["clauses"]);
        read_organisations(root["organisations"]);
        read_parties(root["parties"]);
        read_bodies(root["bodies"]);
        if (auto a = root.optional("attendance")) read_attendance(*a);
        if (auto p = root.optional("preparation")) read_preparation(*p);
        read_rotation(root["rotation"]);
        if (auto s = root.optional("secretary")) {
            s->expect_object({"provided_by", "clause", "rule", "source"});
            const std::string by = (*s)["provided_by"].as_string();
            if (by != "leading_organisation")
                (*s)["provided_by"].fail("document.invalid_value",
                                         "\"" + by + "\" is not supported (expected \"leading_organisation\")");
            m_.secretary = secretary_rule{cite(*s)};
        }
        read_validity(root["validity"]);
        read_signature(root["signature"]);
        check_references();
        return std::move(m_);
    }

private:
    citation cite(const node& n) {
        citation c = read_citation(n);
        citations_.push_back({n.pointer(), c});
        return c;
    }

    void read_clauses(const node& n) {
        std::set<std::string> ids;
        n.for_each([&](const node& c, std::size_t) {
            c.expect_object({"id", "heading", "kind", "rules", "summary_en", "text", "target_year"});
            clause cl;
            cl.id = c["id"].as_id();
            if (!ids.insert(cl.id).second) c["id"].fail("document.duplicate_id", "the clause id \"" + cl.id + "\" is used twice");
            if (auto h = c.optional("heading")) cl.heading = h->as_text();
            const std::string kind = c["kind"].as_string();
            if (kind == "rule")
                cl.kind = clause_kind::rule;
            else if (kind == "information")
                cl.kind = clause_kind::information;
            else
                c["kind"].fail("document.invalid_value",
                               "\"" + kind + "\" is not a clause kind (expected \"rule\" or \"information\")");
            cl.rules = read_string_list(c["rules"]);
            cl.summary_en = c["summary_en"].as_string();
            if (!cl.summary_en.empty()) cl.summary_en = c["summary_en"].as_text();
            c["text"].for_each([&](const node& line, std::size_t) {
                cl.text.push_back(line.as_string());
                if (!cl.text.back().empty()) cl.text.back() = line.as_text();
            });
            if (auto y = c.optional("target_year")) cl.target_year = static_cast<int>(y->as_integer(min_year, max_year));
            m_.clauses.push_back(std::move(cl));
        });
    }

    void read_organisations(const node& n) {
        if (n.array_size() == 0) n.fail("document.invalid_value", "a mandate needs at least one organisation");
        std::map<std::string, std::string> pointers;
        n.for_each([&](const node& o, std::size_t) {
            o.expect_object({"id", "name", "parent_id", "party", "role_clause"});
            organisation org;
            org.id = o["id"].as_id();
            if (!pointers.emplace(org.id, o["id"].pointer()).second)
                o["id"].fail("document.duplicate_id", "the organisation id \"" + org.id + "\" is used twice");
            org.name = o["name"].as_name();
            if (auto p = o.optional("parent_id")) {
                org.parent_id = p->as_id();
                org_refs_.push_back({p->pointer(), *org.parent_id});
            }
            if (auto p = o.optional("party")) org.party = p->as_bool();
            if (auto r = o.optional("role_clause")) {
                org.role_clause = r->as_id();
                clause_refs_.push_back({r->pointer(), *org.role_clause});
            }
            m_.organisations.push_back(std::move(org));
        });
        // A parent chain must end: follow each chain at most n steps.
        for (std::size_t i = 0; i < m_.organisations.size(); ++i) {
            const organisation* o = &m_.organisations[i];
            for (std::size_t steps = 0; o && o->parent_id; ++steps) {
                if (steps >= m_.organisations.size())
                    n.at(i)["parent_id"].fail("document.cycle",
                                              "the parents of \"" + m_.organisations[i].id +
                                                  "\" form a cycle (an organisation would be its own ancestor)");
                o = m_.find_organisation(*o->parent_id);
            }
        }
    }

    void read_parties(const node& n) {
        n.expect_object({"organisation_ids", "clause", "rule", "source"});
        m_.parties.cite = cite(n);
        const node ids = n["organisation_ids"];
        if (ids.array_size() == 0) ids.fail("document.invalid_value", "a mandate needs at least one party");
        std::set<std::string> seen;
        ids.for_each([&](const node& id, std::size_t) {
            const std::string s = id.as_id();
            if (!seen.insert(s).second) id.fail("document.duplicate_id", "the party \"" + s + "\" is listed twice");
            org_refs_.push_back({id.pointer(), s});
            m_.parties.organisation_ids.push_back(s);
        });
    }

    void read_bodies(const node& n) {
        n.expect_object({"clause", "rule", "source", "items"});
        m_.bodies_cite = cite(n);
        const node items = n["items"];
        if (items.array_size() == 0) items.fail("document.invalid_value", "a mandate needs at least one body");
        std::set<std::string> ids;
        items.for_each([&](const node& b, std::size_t) {
            b.expect_object({"id", "name", "name_en", "established", "quotas", "meetings"});
            body bd;
            bd.id = b["id"].as_id();
            if (!ids.insert(bd.id).second) b["id"].fail("document.duplicate_id", "the body id \"" + bd.id + "\" is used twice");
            bd.name = b["name"].as_name();
            bd.name_en = b["name_en"].as_string();
            if (!bd.name_en.empty()) bd.name_en = b["name_en"].as_name();
            const node est = b["established"];
            est.expect_object({"clause", "rule", "source"});
            bd.established = cite(est);
            const node q = b["quotas"];
            q.expect_object({"clause", "rule", "source", "seats"});
            bd.quota_cite = cite(q);
            std::set<std::string> orgs;
            q["seats"].for_each([&](const node& s, std::size_t) {
                s.expect_object({"organisation_id", "min", "max", "source"});
                seat_quota sq;
                sq.organisation_id = s["organisation_id"].as_id();
                if (!orgs.insert(sq.organisation_id).second)
                    s["organisation_id"].fail("document.duplicate_id",
                                              "\"" + sq.organisation_id + "\" has two quotas in body \"" + bd.id + "\"");
                org_refs_.push_back({s["organisation_id"].pointer(), sq.organisation_id});
                sq.min = read_count(s["min"], 1000);
                sq.max = read_count(s["max"], 1000);
                if (sq.max == 0) s["max"].fail("document.invalid_value", "a quota of at most 0 seats is no seat; leave it out");
                if (sq.min > sq.max)
                    s["min"].fail("document.inconsistent",
                                  "min (" + std::to_string(sq.min) + ") is greater than max (" + std::to_string(sq.max) + ")");
                sq.source = s["source"].as_text();
                quotes_.push_back({s["source"].pointer(), bd.quota_cite.clause, sq.source});
                bd.quotas.push_back(std::move(sq));
            });
            if (auto mt = b.optional("meetings")) {
                mt->expect_object({"per", "target", "tolerance", "maximum", "clause", "rule", "source"});
                const std::string per = (*mt)["per"].as_string();
                if (per != "calendar_year")
                    (*mt)["per"].fail("document.invalid_value", "\"" + per + "\" is not supported (expected \"calendar_year\")");
                meeting_frequency f;
                if (auto t = mt->optional("target")) f.target = read_count(*t, 366);
                if (auto t = mt->optional("tolerance")) f.tolerance = read_count(*t, 366);
                if (auto t = mt->optional("maximum")) f.maximum = read_count(*t, 366);
                if (!f.target && !f.maximum)
                    mt->fail("document.invalid_value", "a meeting rule needs a \"target\", a \"maximum\" or both");
                if (mt->has("tolerance") && !f.target)
                    (*mt)["tolerance"].fail("document.inconsistent", "a tolerance needs a target");
                if (f.target && f.maximum && *f.target > *f.maximum)
                    (*mt)["target"].fail("document.inconsistent", "the target (" + std::to_string(*f.target) +
                                                                      ") is above the maximum (" + std::to_string(*f.maximum) +
                                                                      ")");
                f.cite = cite(*mt);
                bd.meetings = f;
            }
            body_pointers_[bd.id] = b.pointer();
            m_.bodies.push_back(std::move(bd));
        });
    }

    void read_attendance(const node& n) {
        n.for_each([&](const node& a, std::size_t) {
            a.expect_object({"members_of", "attend", "clause", "rule", "source"});
            attendance_rule r{a["members_of"].as_id(), a["attend"].as_id(), cite(a)};
            body_refs_.push_back({a["members_of"].pointer(), r.members_of});
            body_refs_.push_back({a["attend"].pointer(), r.attend});
            if (r.members_of == r.attend) a["attend"].fail("document.inconsistent", "a body cannot be told to attend itself");
            m_.attendance.push_back(std::move(r));
        });
    }

    void read_preparation(const node& n) {
        n.for_each([&](const node& a, std::size_t) {
            a.expect_object({"body_id", "prepares", "clause", "rule", "source"});
            preparation_rule r{a["body_id"].as_id(), a["prepares"].as_id(), cite(a)};
            body_refs_.push_back({a["body_id"].pointer(), r.body_id});
            body_refs_.push_back({a["prepares"].pointer(), r.prepares});
            if (r.body_id == r.prepares) a["prepares"].fail("document.inconsistent", "a body cannot prepare its own meetings");
            m_.preparation.push_back(std::move(r));
        });
    }

    void read_rotation(const node& n) {
        n.expect_object({"order", "first_year", "changes_on", "roles", "clause", "rule", "source"});
        rotation& r = m_.rotation;
        const node order = n["order"];
        if (order.array_size() == 0) order.fail("document.invalid_value", "the rotation needs at least one organisation");
        order.for_each([&](const node& o, std::size_t) {
            r.order.push_back(o.as_id());
            org_refs_.push_back({o.pointer(), r.order.back()});
        });
        r.first_year = static_cast<int>(n["first_year"].as_integer(min_year, max_year));
        if (auto c = n.optional("changes_on")) {
            if (c->as_string() != "01-01")
                c->fail("document.invalid_value",
                        "\"" + c->as_string() + "\" is not supported (expected \"01-01\": the turn changes on 1 January)");
        }
        std::set<std::pair<std::string, std::string>> seen;
        n["roles"].for_each([&](const node& ro, std::size_t) {
            ro.expect_object({"role", "body_id", "clause", "rule", "source"});
            leadership_role lr{ro["role"].as_id(), ro["body_id"].as_id(), cite(ro)};
            if (lr.role != "leader" && lr.role != "coordinator")
                ro["role"].fail("document.invalid_value",
                                "\"" + lr.role + "\" is not a leadership role (expected \"leader\" or \"coordinator\")");
            if (!seen.insert({lr.role, lr.body_id}).second)
                ro.fail("document.duplicate_id", "the role \"" + lr.role + "\" in \"" + lr.body_id + "\" is listed twice");
            body_refs_.push_back({ro["body_id"].pointer(), lr.body_id});
            r.roles.push_back(std::move(lr));
        });
        r.cite = cite(n);
    }

    void read_validity(const node& n) {
        n.expect_object({"start_date", "end_date", "clause", "rule", "source"});
        const date first = n["start_date"].as_date();
        const date last = n["end_date"].as_date();
        if (last < first)
            n["end_date"].fail("document.inconsistent",
                               "the end date " + format_date(last) + " is before the start date " + format_date(first));
        m_.validity.in_force = make_period(first, last);
        m_.validity.cite = cite(n);
    }

    void read_signature(const node& n) {
        n.expect_object({"date", "place", "signatory_ids", "clause", "rule", "source"});
        m_.signature.signed_on = n["date"].as_partial_date();
        m_.signature.place = n["place"].as_string();
        if (!m_.signature.place.empty()) m_.signature.place = n["place"].as_name();
        n["signatory_ids"].for_each([&](const node& s, std::size_t) {
            m_.signature.signatory_ids.push_back(s.as_id());
            org_refs_.push_back({s.pointer(), m_.signature.signatory_ids.back()});
        });
        m_.signature.cite = cite(n);
    }

    void check_references() const {
        for (const auto& r : org_refs_)
            if (!m_.find_organisation(r.id))
                throw document_error("document.unknown_reference", r.pointer, "unknown organisation \"" + r.id + "\"");
        for (const auto& r : body_refs_)
            if (!m_.find_body(r.id))
                throw document_error("document.unknown_reference", r.pointer, "unknown body \"" + r.id + "\"");
        for (const auto& r : clause_refs_)
            if (!m_.find_clause(r.id))
                throw document_error("document.unknown_reference", r.pointer, "unknown clause \"" + r.id + "\"");
        // Every citation names a clause of the document and quotes it verbatim: the quote is
        // what a user is shown when asking why, so it must be the clause's own words.
        for (const auto& [pointer, c] : citations_) {
            const clause* cl = m_.find_clause(c.clause);
            if (!cl)
                throw document_error("document.unknown_reference", pointer + "/clause", "unknown clause \"" + c.clause + "\"");
            if (cl->source_text().find(c.source) == std::string::npos)
                throw document_error("document.misquoted", pointer + "/source",
                                     "the quoted source is not found verbatim in clause \"" + c.clause + "\"");
        }
        for (const auto& q : quotes_) {
            const clause* cl = m_.find_clause(q.clause);
            if (cl && cl->source_text().find(q.source) == std::string::npos)
                throw document_error("document.misquoted", q.pointer,
                                     "the quoted source is not found verbatim in clause \"" + q.clause + "\"");
        }
    }

    struct quote {
        std::string pointer;
        std::string clause;
        std::string source;
    };

    mandate m_;
    std::vector<reference> org_refs_, body_refs_, clause_refs_;
    std::vector<std::pair<std::string, citation>> citations_;
    std::vector<quote> quotes_;
    std::map<std::string, std::string> body_pointers_;
};

}  // namespace

mandate mandate_from_json(const nlohmann::json& document) { return mandate_reader().read(node(document, "")); }

mandate load_mandate(std::string_view json_text, const load_limits& limits) {
    return mandate_from_json(detail::parse_document(json_text, limits));
}

mandate load_mandate_file(const std::string& path, const load_limits& limits) {
    return detail::load_document_file(path, limits, [&](std::string_view text) { return load_mandate(text, limits); });
}

nlohmann::json to_json(const mandate& m) {
    json j;
    j["format"] = mandate_format;
    j["id"] = m.id;
    j["title"] = m.title;
    j["language"] = m.language;
    j["organisations"] = json::array();
    for (const auto& o : m.organisations) {
        json jo{{"id", o.id}, {"name", o.name}};
        if (o.parent_id) jo["parent_id"] = *o.parent_id;
        jo["party"] = o.party;
        if (o.role_clause) jo["role_clause"] = *o.role_clause;
        j["organisations"].push_back(std::move(jo));
    }
    j["parties"]["organisation_ids"] = m.parties.organisation_ids;
    write_citation(j["parties"], m.parties.cite);
    write_citation(j["bodies"], m.bodies_cite);
    j["bodies"]["items"] = json::array();
    for (const auto& b : m.bodies) {
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
        j["bodies"]["items"].push_back(std::move(jb));
    }
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
    json& r = j["rotation"];
    r["order"] = m.rotation.order;
    r["first_year"] = m.rotation.first_year;
    r["changes_on"] = "01-01";
    r["roles"] = json::array();
    for (const auto& lr : m.rotation.roles) {
        json jr{{"role", lr.role}, {"body_id", lr.body_id}};
        write_citation(jr, lr.cite);
        r["roles"].push_back(std::move(jr));
    }
    write_citation(r, m.rotation.cite);
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
    for (const auto& c : m.clauses) {
        json jc{{"id", c.id}};
        if (c.heading) jc["heading"] = *c.heading;
        jc["kind"] = c.kind == clause_kind::rule ? "rule" : "information";
        jc["rules"] = c.rules;
        jc["summary_en"] = c.summary_en;
        if (c.target_year) jc["target_year"] = *c.target_year;
        jc["text"] = c.text;
        j["clauses"].push_back(std::move(jc));
    }
    return j;
}

std::string dump_mandate(const mandate& m) { return to_json(m).dump(2) + "\n"; }

void save_mandate_file(const mandate& m, const std::string& path) { write_file_atomic(path, dump_mandate(m)); }

}  // namespace mandat
