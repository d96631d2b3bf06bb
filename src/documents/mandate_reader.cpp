// Reading mandate documents (see mandat/document.hpp): shapes and types here, with the JSON
// pointer of every value; how the parts relate to each other is validate()'s (validate.cpp).
#include "documents/json_reader.hpp"
#include "mandat/document.hpp"
#include "mandat/io.hpp"
#include "mandat/json.hpp"

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

std::vector<std::string> read_string_list(const node& n) {
    std::vector<std::string> out;
    n.for_each([&](const node& item, std::size_t) { out.push_back(item.as_id()); });
    return out;
}

mandate_status read_status(const node& n) {
    const std::string s = n.as_string();
    if (s == "draft") return mandate_status::draft;
    if (s == "adopted") return mandate_status::adopted;
    if (s == "superseded") return mandate_status::superseded;
    n.fail(errors::document_invalid_value, "\"" + s + "\" is not a status (expected draft, adopted or superseded)");
}

provenance read_provenance(const node& n) {
    n.expect_object({"replaces", "amends", "decided_on", "decided_by", "carried_over", "note"});
    provenance p;
    if (auto r = n.optional("replaces")) p.replaces = r->as_id();
    if (auto a = n.optional("amends")) p.amends = a->as_id();
    if (auto d = n.optional("decided_on")) p.decided_on = d->as_partial_date();
    if (auto b = n.optional("decided_by")) p.decided_by = read_string_list(*b);
    if (auto c = n.optional("carried_over")) p.carried_over = read_string_list(*c);
    if (auto t = n.optional("note")) p.note = t->as_text();
    return p;
}

unsigned read_count(const node& n, long long max) { return static_cast<unsigned>(n.as_integer(0, max)); }

class mandate_reader {
public:
    mandate read(const node& root) {
        root.expect_object({"format", "id", "title", "language", "status", "provenance", "organisations", "parties", "bodies",
                            "attendance", "preparation", "rotation", "secretary", "validity", "signature", "clauses"});
        const std::string format = root["format"].as_string();
        if (format != mandate_format)
            root["format"].fail(errors::document_unsupported_format,
                                "unsupported format \"" + format + "\" (expected \"" + mandate_format + "\")");
        m_.id = root["id"].as_id();
        m_.title = root["title"].as_name();
        m_.language = root["language"].as_id();
        if (auto st = root.optional("status")) m_.status = read_status(*st);
        if (auto p = root.optional("provenance")) m_.provenance = read_provenance(*p);
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
                (*s)["provided_by"].fail(errors::document_invalid_value,
                                         "\"" + by + "\" is not supported (expected \"leading_organisation\")");
            m_.secretary = secretary_rule{read_citation(*s)};
        }
        read_validity(root["validity"]);
        read_signature(root["signature"]);
        validate(m_);
        return std::move(m_);
    }

private:
    void read_clauses(const node& n) {
        n.for_each([&](const node& c, std::size_t) {
            c.expect_object({"id", "heading", "kind", "rules", "summary_en", "text", "target_year"});
            clause cl;
            cl.id = c["id"].as_id();
            if (auto h = c.optional("heading")) cl.heading = h->as_text();
            const std::string kind = c["kind"].as_string();
            if (const auto k = parse_clause_kind(kind))
                cl.kind = *k;
            else
                c["kind"].fail(errors::document_invalid_value,
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
        n.for_each([&](const node& o, std::size_t) {
            o.expect_object({"id", "name", "parent_id", "party", "role_clause", "organisation_number"});
            organisation org;
            org.id = o["id"].as_id();
            org.name = o["name"].as_name();
            if (auto p = o.optional("parent_id")) org.parent_id = p->as_id();
            if (auto p = o.optional("party")) org.party = p->as_bool();
            if (auto r = o.optional("role_clause")) org.role_clause = r->as_id();
            if (auto n = o.optional("organisation_number")) org.organisation_number = n->as_string();  // checked by validate()
            m_.organisations.push_back(std::move(org));
        });
    }

    void read_parties(const node& n) {
        n.expect_object({"organisation_ids", "clause", "rule", "source"});
        m_.parties.cite = read_citation(n);
        const node ids = n["organisation_ids"];
        ids.for_each([&](const node& id, std::size_t) { m_.parties.organisation_ids.push_back(id.as_id()); });
    }

    void read_bodies(const node& n) {
        n.expect_object({"clause", "rule", "source", "items"});
        m_.bodies_cite = read_citation(n);
        const node items = n["items"];
        items.for_each([&](const node& b, std::size_t) {
            b.expect_object({"id", "name", "name_en", "established", "quotas", "meetings"});
            body bd;
            bd.id = b["id"].as_id();
            bd.name = b["name"].as_name();
            bd.name_en = b["name_en"].as_string();
            if (!bd.name_en.empty()) bd.name_en = b["name_en"].as_name();
            const node est = b["established"];
            est.expect_object({"clause", "rule", "source"});
            bd.established = read_citation(est);
            const node q = b["quotas"];
            q.expect_object({"clause", "rule", "source", "seats"});
            bd.quota_cite = read_citation(q);
            q["seats"].for_each([&](const node& s, std::size_t) {
                s.expect_object({"organisation_id", "min", "max", "source"});
                seat_quota sq;
                sq.organisation_id = s["organisation_id"].as_id();
                sq.min = read_count(s["min"], 1000);
                sq.max = read_count(s["max"], 1000);
                sq.source = s["source"].as_text();
                bd.quotas.push_back(std::move(sq));
            });
            if (auto mt = b.optional("meetings")) {
                mt->expect_object({"per", "target", "tolerance", "maximum", "clause", "rule", "source"});
                const std::string per = (*mt)["per"].as_string();
                if (per != "calendar_year")
                    (*mt)["per"].fail(errors::document_invalid_value,
                                      "\"" + per + "\" is not supported (expected \"calendar_year\")");
                meeting_frequency f;
                if (auto t = mt->optional("target")) f.target = read_count(*t, 366);
                if (auto t = mt->optional("tolerance")) f.tolerance = read_count(*t, 366);
                if (auto t = mt->optional("maximum")) f.maximum = read_count(*t, 366);
                if (mt->has("tolerance") && !f.target)
                    (*mt)["tolerance"].fail(errors::document_inconsistent, "a tolerance needs a target");
                f.cite = read_citation(*mt);
                bd.meetings = f;
            }
            m_.bodies.push_back(std::move(bd));
        });
    }

    void read_attendance(const node& n) {
        n.for_each([&](const node& a, std::size_t) {
            a.expect_object({"members_of", "attend", "clause", "rule", "source"});
            attendance_rule r{a["members_of"].as_id(), a["attend"].as_id(), read_citation(a)};
            m_.attendance.push_back(std::move(r));
        });
    }

    void read_preparation(const node& n) {
        n.for_each([&](const node& a, std::size_t) {
            a.expect_object({"body_id", "prepares", "clause", "rule", "source"});
            preparation_rule r{a["body_id"].as_id(), a["prepares"].as_id(), read_citation(a)};
            m_.preparation.push_back(std::move(r));
        });
    }

    void read_rotation(const node& n) {
        n.expect_object({"order", "first_year", "changes_on", "roles", "clause", "rule", "source"});
        rotation& r = m_.rotation;
        const node order = n["order"];
        order.for_each([&](const node& o, std::size_t) { r.order.push_back(o.as_id()); });
        r.first_year = static_cast<int>(n["first_year"].as_integer(min_year, max_year));
        if (auto c = n.optional("changes_on")) {
            if (c->as_string() != "01-01")
                c->fail(errors::document_invalid_value,
                        "\"" + c->as_string() + "\" is not supported (expected \"01-01\": the turn changes on 1 January)");
        }
        n["roles"].for_each([&](const node& ro, std::size_t) {
            ro.expect_object({"role", "body_id", "clause", "rule", "source"});
            leadership_role lr{ro["role"].as_id(), ro["body_id"].as_id(), read_citation(ro)};
            r.roles.push_back(std::move(lr));
        });
        r.cite = read_citation(n);
    }

    void read_validity(const node& n) {
        n.expect_object({"start_date", "end_date", "clause", "rule", "source"});
        const date first = n["start_date"].as_date();
        const date last = n["end_date"].as_date();
        if (last < first)
            n["end_date"].fail(errors::document_inconsistent,
                               "the end date " + format_date(last) + " is before the start date " + format_date(first));
        m_.validity.in_force = make_period(first, last);
        m_.validity.cite = read_citation(n);
    }

    void read_signature(const node& n) {
        n.expect_object({"date", "place", "signatory_ids", "clause", "rule", "source"});
        m_.signature.signed_on = n["date"].as_partial_date();
        m_.signature.place = n["place"].as_string();
        if (!m_.signature.place.empty()) m_.signature.place = n["place"].as_name();
        n["signatory_ids"].for_each([&](const node& s, std::size_t) { m_.signature.signatory_ids.push_back(s.as_id()); });
        m_.signature.cite = read_citation(n);
    }

    mandate m_;
};

}  // namespace

mandate mandate_from_json(const nlohmann::json& document) { return mandate_reader().read(node(document, "")); }

mandate load_mandate(std::string_view json_text, const load_limits& limits) {
    return mandate_from_json(detail::parse_document(json_text, limits));
}

mandate load_mandate_file(const std::string& path, const load_limits& limits) {
    return detail::load_document_file(path, limits, [&](std::string_view text) { return load_mandate(text, limits); });
}

}  // namespace mandat
