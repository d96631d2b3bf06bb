// A history of mandate versions as HTML (mandat/html.hpp, history.mustache): the versions with
// their status, the days in force and their provenance, then the gaps. The words are those of
// the command line's history overview (src/cli/history.cpp), from the same catalogue entries.
#include "mandat/history_values.hpp"
#include "report/html/engine.hpp"

namespace mandat {

std::string to_html(const history& h, language lang, const html_options& options) {
    using html::data;
    auto say = [&](std::string_view id, const message_facts& facts = {}) { return render_message(id, lang, facts); };
    auto span = [&](date first, date last) {
        return say("history.span", {{"first", format_date(first)}, {"last", format_date(last)}});
    };
    data root = html::page_root(lang, h.title(), options);
    data v;
    v["heading"] = data(say("history.title", {{"title", h.title()}, {"id", h.id()}}));
    data versions = html::list();
    for (std::size_t i = 0; i < h.versions().size(); ++i) {
        const mandate& m = h.versions()[i].m;
        std::string in_force;
        for (const auto& s : h.spans())
            if (s.version == i) in_force += (in_force.empty() ? "" : ", ") + span(s.first, s.last);
        std::string provenance;
        if (m.provenance)
            for (const auto& part : provenance_text(*m.provenance, lang)) provenance += (provenance.empty() ? "" : "; ") + part;
        data x;
        x["id"] = data(m.id);
        x["status"] = data(std::string(to_string(m.status)));
        x["status_word"] = data(say(std::string("history.status.") + to_string(m.status)));
        x["in_force"] = data(in_force.empty() ? say("history.never_in_force") : in_force);
        x["provenance"] = data(provenance);
        html::append(versions, std::move(x));
    }
    v["versions"] = std::move(versions);
    data gaps = html::list();
    if (const auto extent = h.extent())
        for (const auto& [first, last] : h.gaps(extent->first, extent->second))
            html::append(
                gaps,
                data(html::capitalised(say("history.gap", {{"first", format_date(first)}, {"last", format_date(last)}})) + "."));
    v["gaps"] = std::move(gaps);
    root["history_view"] = std::move(v);
    return html::render("page", root);
}

}  // namespace mandat
