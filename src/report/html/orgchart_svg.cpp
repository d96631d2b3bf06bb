// The organisation chart as SVG (orgchart.mustache): the parties in a row, the organisations
// that are part of another below their parent, the bodies below with their quotas and
// meeting rules; a line joins an organisation to each body where it holds seats. And the
// mandate at a glance (mandate.mustache), which shows the chart.
#include <algorithm>
#include <map>

#include "report/html/engine.hpp"

namespace mandat {
namespace html {
namespace {

constexpr double margin = 10, org_width = 230, org_height = 42, body_width = 290, line_height = 15;

struct box {
    std::string kind, id;
    double x = 0, y = 0, w = 0, h = 0;
    std::string title;
    std::vector<std::pair<std::string, std::string>> lines;  // (class, text)
};

data box_data(const box& b) {
    data d;
    d["kind"] = data(b.kind);
    d["id"] = data(b.id);
    d["x"] = data(num(b.x));
    d["y"] = data(num(b.y));
    d["w"] = data(num(b.w));
    d["h"] = data(num(b.h));
    d["title"] = data(b.title);
    data lines = list();
    for (std::size_t i = 0; i < b.lines.size(); ++i) {
        data l;
        l["cls"] = data(b.lines[i].first);
        l["text"] = data(b.lines[i].second);
        l["x"] = data(num(b.x + 8));
        l["y"] = data(num(b.y + 16 + line_height * static_cast<double>(i)));
        append(lines, std::move(l));
    }
    d["lines"] = std::move(lines);
    return d;
}

data edge(const std::string& kind, const std::string& from, const std::string& to, double x1, double y1, double x2, double y2,
          const std::string& title) {
    data d;
    d["kind"] = data(kind);
    d["from"] = data(from);
    d["to"] = data(to);
    d["x1"] = data(num(x1));
    d["y1"] = data(num(y1));
    d["x2"] = data(num(x2));
    d["y2"] = data(num(y2));
    d["ym"] = data(num((y1 + y2) / 2));
    d["title"] = data(title);
    return d;
}

// One chart as it is laid out: the parties in a row, the other organisations below, the edges.
struct chart {
    const mandate& m;
    language lang;
    std::vector<const organisation*> others;  // the organisations that are not parties
    double width = 0, inner = 0;
    std::map<std::string, box> orgs;  // by id
    data edges = list();

    chart(const mandate& m_, language lang_) : m(m_), lang(lang_) {
        const auto& parties = m.parties.organisation_ids;
        for (const auto& o : m.organisations)
            if (std::find(parties.begin(), parties.end(), o.id) == parties.end()) others.push_back(&o);
        const double n = static_cast<double>(std::max({parties.size(), others.size(), m.bodies.size(), std::size_t{1}}));
        width = std::max(n * (org_width + 20), static_cast<double>(m.bodies.size()) * (body_width + 30)) + 2 * margin;
        inner = width - 2 * margin;
    }

    std::string say(std::string_view id, const message_facts& facts = {}) const { return render_message(id, lang, facts); }
    double centre(std::size_t i, std::size_t count) const {
        return margin + (static_cast<double>(i) + 0.5) * inner / static_cast<double>(std::max<std::size_t>(count, 1));
    }

    // The parties in the first row, the other organisations in the second (one that is part of
    // another below its parent); the top of the bodies' row.
    double place_organisations() {
        const auto& parties = m.parties.organisation_ids;
        for (std::size_t i = 0; i < parties.size(); ++i) {
            const std::string& id = parties[i];
            box b{"party", id, centre(i, parties.size()) - org_width / 2, margin, org_width, org_height, m.organisation_name(id),
                  {}};
            b.lines = {{"box-title", shorten(m.organisation_name(id), 32)}, {"box-sub", id + " \u00b7 " + say("html.party")}};
            orgs[id] = b;
        }
        const double row1 = margin + org_height + 36;
        std::map<std::string, int> children;  // parent id -> children placed so far
        for (std::size_t i = 0; i < others.size(); ++i) {
            const organisation& o = *others[i];
            double cx = centre(i, others.size());
            if (o.parent_id && orgs.count(*o.parent_id)) {
                const box& p = orgs[*o.parent_id];
                cx = p.x + p.w / 2 + (org_width + 16) * children[*o.parent_id]++;
            }
            box b{"organisation", o.id, cx - org_width / 2, row1, org_width, org_height, o.name, {}};
            b.lines = {{"box-title", shorten(o.name, 32)},
                       {"box-sub", o.id + (o.parent_id ? " \u00b7 " + say("show.part_of", {{"parent", *o.parent_id}}) : "")}};
            orgs[o.id] = b;
        }
        return (others.empty() ? margin + org_height : row1 + org_height) + 48;
    }

    void add_part_of_edges() {
        for (const auto* o : others)
            if (o->parent_id && orgs.count(*o->parent_id)) {
                const box &p = orgs[*o->parent_id], &c = orgs[o->id];
                append(edges, edge("part-of", p.id, c.id, p.x + p.w / 2, p.y + p.h, c.x + c.w / 2, c.y,
                                   o->name + ": " + say("show.part_of", {{"parent", m.organisation_name(*o->parent_id)}})));
            }
    }

    // The box of the i-th body, with a line from each organisation where it holds seats.
    box body_box(std::size_t i, double bodies_y) {
        const body& bd = m.bodies[i];
        box b{"body", bd.id, centre(i, m.bodies.size()) - body_width / 2, bodies_y, body_width, 0, bd.name, {}};
        b.lines.emplace_back("box-title", bd.name + (lang == language::en && !bd.name_en.empty() ? " (" + bd.name_en + ")" : ""));
        // The lines land on the body's top in the order of their organisations from left to
        // right, so that they do not cross near the body.
        std::vector<std::pair<double, std::string>> sources;
        for (const auto& sq : bd.quotas)
            if (orgs.count(sq.organisation_id)) sources.emplace_back(orgs[sq.organisation_id].x, sq.organisation_id);
        std::sort(sources.begin(), sources.end());
        for (const auto& sq : bd.quotas) {
            const std::string quota = quota_range_text(sq.min, sq.max, lang);
            b.lines.emplace_back("box-quota", shorten(m.organisation_name(sq.organisation_id), 30) + ": " + quota);
            auto from = orgs.find(sq.organisation_id);
            if (from == orgs.end()) continue;
            const box& o = from->second;
            const auto rank = static_cast<double>(
                std::find_if(sources.begin(), sources.end(), [&](const auto& s) { return s.second == sq.organisation_id; }) -
                sources.begin());
            const double x2 = b.x + (rank + 1) * b.w / (static_cast<double>(sources.size()) + 1);
            append(edges, edge("seat", o.id, bd.id, o.x + o.w / 2, o.y + o.h, x2, b.y,
                               say("html.lane_title_quota", {{"organisation_name", m.organisation_name(sq.organisation_id)},
                                                             {"quota", quota},
                                                             {"max", std::to_string(sq.max)},
                                                             {"body_name", bd.name}})));
        }
        if (bd.meetings) b.lines.emplace_back("box-sub", meeting_rule_text(*bd.meetings, lang));
        b.h = 8 + line_height * static_cast<double>(b.lines.size());
        return b;
    }
};

}  // namespace

data orgchart_data(const mandate& m, language lang) {
    chart c(m, lang);
    const double bodies_y = c.place_organisations();
    double height = bodies_y;
    c.add_part_of_edges();
    std::vector<box> body_boxes;
    for (std::size_t i = 0; i < m.bodies.size(); ++i) {
        box b = c.body_box(i, bodies_y);
        height = std::max(height, b.y + b.h + margin);
        body_boxes.push_back(std::move(b));
    }
    data boxes = list();
    for (const auto& id : m.parties.organisation_ids) append(boxes, box_data(c.orgs[id]));
    for (const auto* o : c.others) append(boxes, box_data(c.orgs[o->id]));
    for (const auto& b : body_boxes) append(boxes, box_data(b));
    double right = c.width;
    for (const auto& [id, b] : c.orgs) right = std::max(right, b.x + b.w + margin);

    data d;
    d["width"] = data(num(right));
    d["height"] = data(num(height));
    d["title"] = data(c.say("html.organisation_intro"));
    d["edges"] = std::move(c.edges);
    d["boxes"] = std::move(boxes);
    return d;
}

}  // namespace html

std::string to_html(const mandate& m, language lang, const html_options& options) {
    using html::data;
    validate(m);
    auto say = [&](std::string_view id, const message_facts& facts = {}) { return render_message(id, lang, facts); };
    data root = html::page_root(lang, m.title, options);
    data v;
    v["title"] = data(m.title);
    v["id"] = data(m.id);
    v["period"] = data(say("html.period", {{"first", format_date(m.first_day())}, {"last", format_date(m.last_day())}}));
    v["signed"] = data(say("html.signed", {{"date", m.signature.signed_on.to_string()}, {"place", m.signature.place}}));
    v["orgchart_view"] = html::orgchart_data(m, lang);
    data bodies = html::list();
    for (const auto& b : m.bodies) {
        data x;
        x["id"] = data(b.id);
        x["name"] = data(b.name);
        data quotas = html::list();
        for (const auto& q : b.quotas)
            html::append(quotas, data(m.organisation_name(q.organisation_id) + ": " + quota_range_text(q.min, q.max, lang)));
        x["quotas"] = std::move(quotas);
        x["meetings"] = data(b.meetings ? meeting_rule_text(*b.meetings, lang) : std::string());
        html::append(bodies, std::move(x));
    }
    v["bodies"] = std::move(bodies);
    data rotation = html::list();
    for (int y = static_cast<int>(m.first_day().year()); y <= static_cast<int>(m.last_day().year()); ++y) {
        data x;
        x["year"] = data(std::to_string(y));
        x["organisation"] = data(m.organisation_name(m.rotation.turn(y)) + " (" + m.rotation.turn(y) + ")");
        html::append(rotation, std::move(x));
    }
    v["rotation"] = std::move(rotation);
    root["mandate_view"] = std::move(v);
    return html::render("page", root);
}

}  // namespace mandat
