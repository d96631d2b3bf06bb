// The versions of a mandate on the command line: `renew`, and the history overview that
// `show` and `status` print with --history (docs/history.md).
#include "cli/commands.hpp"

namespace mandat::cli {

// A renewal continues the latest version (in time, `history::latest()`), whatever day --today
// names: a later amendment is never left out. The draft's note says which version it renews.
int cmd_renew(const context& c, const std::string& from, int years, const std::string& id) {
    const mandate& predecessor = c.h ? c.h->latest().m : *c.m;
    mandate draft = renew(predecessor, parse_date_arg(arg_name(arg_id::from), from), years, id);
    draft.provenance->note = c.h ? c.say("renew.note_history", {{"version", predecessor.id}, {"history", c.h->id()}})
                                 : c.say("renew.note", {{"version", predecessor.id}});
    *c.out << dump_mandate(draft);
    return 0;
}

std::string version_note(const context& c, const mandate& m) {
    std::string s;
    if (m.provenance)
        for (const auto& part : provenance_text(*m.provenance, c.lang)) s += "; " + part;
    return s;
}

void print_history(const context& c) {
    const history& h = *c.h;
    std::ostream& o = *c.out;
    o << c.say("history.title", {{"title", h.title()}, {"id", h.id()}}) << "\n";
    std::vector<const version_span*> span_of(h.versions().size(), nullptr);  // each version's span, if any
    for (const auto& s : h.spans()) span_of[s.version] = &s;
    for (std::size_t i = 0; i < h.versions().size(); ++i) {
        const mandate_version& v = h.versions()[i];
        std::string span;
        if (const version_span* s = span_of[i])
            span = c.say("history.span", {{"first", format_date(s->first)}, {"last", format_date(s->last)}});
        o << "  " << printable(v.m.id) << "  " << c.say(std::string("history.status.") + to_string(v.m.status)) << "  "
          << (span.empty() ? c.say("history.never_in_force") : c.say("history.in_force", {{"span", span}}))
          << version_note(c, v.m) << "\n";
    }
    if (const auto extent = h.extent())
        for (const auto& [a, b] : h.gaps(extent->first, extent->second))
            o << "  " << c.say("history.gap", {{"first", format_date(a)}, {"last", format_date(b)}}) << "\n";
    const mandate_version* today = h.version_on(c.today);
    o << c.say(today ? "history.today" : "history.today_none",
               {{"today", format_date(c.today)}, {"version", today ? today->m.id : ""}})
      << "\n\n";
}

}  // namespace mandat::cli
