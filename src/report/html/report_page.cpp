// The report as HTML (mandat/html.hpp): the header, the findings, the years and the clause
// texts (report.mustache); the timeline and the chart come from timeline_svg.cpp and
// orgchart_svg.cpp. One finding alone (finding.mustache) is here too.
#include <algorithm>
#include <set>

#include "mandat/redaction.hpp"
#include "mandat/version.hpp"
#include "report/html/engine.hpp"

namespace mandat {
namespace html {

data finding_data(const finding& f, language lang, const mandate* m) {
    data d;
    d["code"] = data(f.code);
    d["severity"] = data(std::string(to_string(f.severity)));
    d["severity_word"] = data(severity_word(f.severity, lang));
    d["dates"] = text_or_false(format_date_range(f));
    d["clause"] = data(f.clause);
    d["rule"] = data(f.rule);
    const body* b = m ? m->find_body(f.body) : nullptr;
    d["body"] = text_or_false(b ? b->name : f.body);
    d["organisation"] = text_or_false(f.organisation.empty() || !m ? f.organisation : m->organisation_name(f.organisation));
    d["message"] = data(render_message(f, lang));
    d["source"] = data(f.source);
    d["anchor"] = data(false);
    return d;
}

namespace {

class page {
public:
    page(const report& rep, const mandate* m, const timeline* tl, const html_options& o)
        : rep_(rep), m_(m), tl_(tl), o_(o), lang_(rep.lang) {}

    std::string render_page() {
        const std::string heading =
            m_ ? say("report.title", {{"title", m_->title}, {"id", m_->id}}) : say("html.heading_id", {{"id", rep_.mandate_id}});
        data root = page_root(lang_, heading, o_);
        data d;
        d["heading"] = data(heading);
        d["mandate_title"] = m_ ? data(m_->title) : data(false);
        d["mandate_id"] = data(rep_.mandate_id);
        d.set("period",
              m_ ? data(say("html.period", {{"first", format_date(m_->first_day())}, {"last", format_date(m_->last_day())}}))
                 : data(false));
        d.set("version_text",
              data(m_ ? say("html.version_text",
                            {{"date", m_->signature.signed_on.to_string()}, {"place", m_->signature.place}, {"version", version}})
                      : say("html.version_only", {{"version", version}})));
        d["checked"] = data(say("report.checked", {{"from", format_date(rep_.from)}, {"to", format_date(rep_.to)}}));
        d["counts"] = counts();
        d["redacted"] = data(rep_.redacted);
        d["has_timeline"] = data(tl_ != nullptr);
        d.set("timeline_intro",
              data(say("html.timeline_intro", {{"from", format_date(rep_.from)}, {"to", format_date(rep_.to)}})));
        data timelines = list();
        if (tl_)
            for (const auto& bt : tl_->bodies) append(timelines, timeline_data(*m_, rep_, bt, lang_));
        d["timelines"] = std::move(timelines);
        d["orgchart_view"] = tl_ && !o_.compact ? orgchart_data(*m_, lang_) : data(false);
        const std::set<std::string> cited = clause_ids();
        data findings = list();
        for (const auto& f : rep_.findings) {
            data x = finding_data(f, lang_, m_);
            if (tl_ && !o_.compact && cited.count(f.clause)) x.set("anchor", data(anchor("clause-", f.clause)));
            append(findings, std::move(x));
        }
        d["has_findings"] = data(!rep_.findings.empty());
        d["findings"] = std::move(findings);
        years(d);
        data clauses = list();
        if (tl_ && !o_.compact)
            for (const auto& c : m_->clauses)
                if (cited.count(c.id)) append(clauses, clause_data(c));
        d["has_clauses"] = data(tl_ && !o_.compact);
        d["clauses"] = std::move(clauses);
        d["footer"] = data(say("html.footer", {{"version", version}}));
        root["report_view"] = std::move(d);
        return render("page", root);
    }

private:
    std::string say(std::string_view id, const message_facts& facts = {}) const { return render_message(id, lang_, facts); }

    data counts() const {
        data out = list();
        for (severity s : {severity::error, severity::warning, severity::info}) {
            data c;
            const std::string n = std::to_string(rep_.count(s));
            c["severity"] = data(std::string(to_string(s)));
            c["count"] = data(n);
            c["text"] = data(say("html.count_" + std::string(to_string(s)), {{"count", n}}));
            append(out, std::move(c));
        }
        return out;
    }

    // The clauses whose text the page shows: every clause with a rule and every clause a
    // finding cites (only with the mandate).
    std::set<std::string> clause_ids() const {
        std::set<std::string> ids;
        if (!m_) return ids;
        for (const auto& c : m_->clauses)
            if (c.kind == clause_kind::rule) ids.insert(c.id);
        for (const auto& f : rep_.findings)
            if (m_->find_clause(f.clause)) ids.insert(f.clause);
        return ids;
    }

    data clause_data(const clause& c) const {
        data d;
        d["anchor"] = data(anchor("clause-", c.id));
        d["id"] = data(c.id);
        d["heading"] = c.heading ? data(*c.heading) : data(false);
        message_facts facts{{"count", std::to_string(c.rules.size())}};
        for (const auto& r : c.rules) facts.emplace_back("rules", r);
        d["rules_text"] = c.rules.empty() ? data(false) : data(say("html.clause_rules", facts));
        data lines = list();
        for (const auto& l : c.text) append(lines, data(l));
        d["lines"] = std::move(lines);
        d["summary"] = lang_ == language::en ? text_or_false(c.summary_en) : data(false);
        return d;
    }

    // Did a meetings.* finding of warning or error judge `body` in `year`?
    bool meetings_breach(const std::string& body, int year) const {
        for (const auto& f : rep_.findings)
            if (f.body == body && f.code.rfind("meetings.", 0) == 0 && f.severity != severity::info && f.start_date &&
                static_cast<int>(f.start_date->year()) == year && f.code != codes::meetings_unprepared)
                return true;
        return false;
    }

    std::string who(const role_holder& h) const { return redactor::label_of(h.person_id, h.name, lang_); }

    // Per year: the leading organisation, the meetings per body against the rule, and with the
    // roster the holders of each rotation role and the secretaries.
    void years(data& d) const {
        std::vector<std::string> bodies;
        if (m_)
            for (const auto& b : m_->bodies) bodies.push_back(b.id);
        else
            for (const auto& y : rep_.years)
                for (const auto& [b, n] : y.meetings)
                    if (std::find(bodies.begin(), bodies.end(), b) == bodies.end()) bodies.push_back(b);
        data heads = list();
        for (const auto& b : bodies) {
            const body* known = m_ ? m_->find_body(b) : nullptr;
            append(heads, data(say("html.col_meetings", {{"body_name", known ? known->name : b}})));
        }
        std::vector<std::pair<std::string, std::string>> roles;  // (role, body)
        if (tl_) {
            for (const auto& lr : m_->rotation.roles) {
                roles.emplace_back(lr.role, lr.body_id);
                const body* known = m_->find_body(lr.body_id);
                append(heads, data(capitalised(
                                  say("html.col_role", {{"role", lr.role}, {"body_name", known ? known->name : lr.body_id}}))));
            }
            roles.emplace_back("secretary", "");
            append(heads, data(say("html.col_secretary")));
        }
        data rows = list();
        for (std::size_t i = 0; i < rep_.years.size(); ++i) {
            const year_summary& y = rep_.years[i];
            data row;
            row["year"] = data(std::to_string(y.year));
            row["partial"] = data(!y.whole_year);
            row.set("leading", data(m_ ? m_->organisation_name(y.leading_organisation) + " (" + y.leading_organisation + ")"
                                       : y.leading_organisation));
            data cells = list();
            for (const auto& b : bodies) {
                auto it = y.meetings.find(b);
                const std::string n = std::to_string(it == y.meetings.end() ? 0 : it->second);
                const body* known = m_ ? m_->find_body(b) : nullptr;
                const bool rule = known && known->meetings;
                data lines = list();
                append(lines, data(rule ? n + " (" + meeting_rule_text(*known->meetings, lang_, false) + ")" : n));
                append(cells, cell(std::move(lines), meetings_breach(b, y.year)));
            }
            if (tl_ && i < tl_->years.size())
                for (const auto& [role, body_id] : roles) {
                    data lines = list();
                    bool any = false, other = false;
                    for (const auto& h : tl_->years[i].holders) {
                        if (h.role != role || (role != "secretary" && h.body_id != body_id)) continue;
                        const message_facts facts{{"who", who(h)},
                                                  {"organisation", h.organisation_id},
                                                  {"first", format_date(h.start_date)},
                                                  {"last", format_date(h.end_date)}};
                        const bool whole = h.start_date == std::max(first_day_of_year(y.year), rep_.from) &&
                                           h.end_date == std::min(last_day_of_year(y.year), rep_.to);
                        append(lines, data(say(whole ? "html.holder" : "html.holder_dates", facts)));
                        any = true;
                        other = other || h.organisation_id != y.leading_organisation;
                    }
                    if (!any) append(lines, data(say("html.nobody")));
                    append(cells, cell(std::move(lines), !any || other));
                }
            row["cells"] = std::move(cells);
            append(rows, std::move(row));
        }
        d["year_heads"] = std::move(heads);
        d["years"] = std::move(rows);
    }

    static data cell(data lines, bool breach) {
        data c;
        c["lines"] = std::move(lines);
        c["breach"] = data(breach);
        return c;
    }

    const report& rep_;
    const mandate* m_;
    const timeline* tl_;
    html_options o_;
    language lang_;
};

}  // namespace
}  // namespace html

std::string to_html(const mandate& m, const roster& r, const report& rep, const html_options& options) {
    validate(m);
    const timeline tl = make_timeline(m, r, rep);
    return html::page(rep, &m, &tl, options).render_page();
}

std::string to_html(const report& rep, const html_options& options) {
    return html::page(rep, nullptr, nullptr, options).render_page();
}

std::string to_html(const finding& f, language lang, const html_options& options) {
    html::data root = html::page_root(lang, f.code, options);
    root["finding_view"] = html::finding_data(f, lang, nullptr);
    return html::render("page", root);
}

}  // namespace mandat
