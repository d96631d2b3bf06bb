// diff_mandates(): every difference between two mandates (see mandat/diff.hpp and
// docs/lint-and-diff.md for the kinds of change).
//
// Lists are matched by their ids (organisations, bodies, quotas by organisation, clauses,
// roles by role and body, attendance and preparation by their pair of bodies); a repeated id
// matches the next unmatched one of the same id, so that a mandate built in code with
// duplicates is compared without failing. A list whose common items stand in another order
// gets one "order" change.
#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "mandat/compliance_text.hpp"
#include "mandat/diff.hpp"

namespace mandat {
namespace {

using opt = std::optional<std::string>;

// At most 120 bytes, cut before a character and marked with "…" (shortened, the one place).
std::string shorten(const std::string& s) { return shortened(s); }

// A long before and after that differ only late: both start a little before their first
// difference, marked with "…", so that the cut never hides what changed.
void from_first_difference(std::string& a, std::string& b) {
    constexpr std::size_t context = 30;
    std::size_t same = 0;
    while (same < a.size() && same < b.size() && a[same] == b[same]) ++same;
    if (same <= 2 * context) return;
    std::size_t start = same - context;
    while (start > 0 && (static_cast<unsigned char>(a[start]) & 0xC0) == 0x80) --start;
    a = "\xE2\x80\xA6" + a.substr(start);
    b = "\xE2\x80\xA6" + b.substr(start);
}

std::string join(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
    return out;
}

opt unless_empty(const std::string& s) { return s.empty() ? opt() : opt(s); }

std::string seats(const seat_quota& q) {
    return q.organisation_id + " " +
           (q.min == q.max ? std::to_string(q.min) : std::to_string(q.min) + "-" + std::to_string(q.max));
}

std::string cite_text(const citation& c) {
    return c.clause + (c.rule.empty() ? "" : " " + c.rule) + " \xC2\xAB" + shorten(c.source) + "\xC2\xBB";
}

std::string period_text(const period& p) {
    const std::string last = p.end().is_special() ? format_date(p.end()) : format_date(p.last());
    return format_date(p.begin()) + ".." + last;
}

// The counts of a meeting rule, written as in the document.
std::string meetings_text(const meeting_frequency& f) {
    std::string out;
    auto field = [&](const char* k, unsigned v) {
        out += std::string(out.empty() ? "" : ", ") + "\"" + k + "\": " + std::to_string(v);
    };
    if (f.target) field("target", *f.target);
    if (f.target || f.tolerance) field("tolerance", f.tolerance);
    if (f.maximum) field("maximum", *f.maximum);
    return "{" + out + "}";
}

std::string at(const std::string& base, std::size_t i) { return base + "/" + std::to_string(i); }

// Items of two lists paired by key.
struct matching {
    std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (index before, index after), by index before
    std::vector<std::size_t> removed, added;
    bool reordered = false;  // the paired items stand in another order after
};

template <class T, class Key>
matching match(const std::vector<T>& a, const std::vector<T>& b, Key key) {
    using K = decltype(key(a.front()));
    std::map<K, std::vector<std::size_t>> free;  // unmatched indexes of b per key, in order
    for (std::size_t j = b.size(); j-- > 0;) free[key(b[j])].push_back(j);
    matching out;
    std::vector<bool> used(b.size(), false);
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto it = free.find(key(a[i]));
        if (it == free.end() || it->second.empty()) {
            out.removed.push_back(i);
            continue;
        }
        const std::size_t j = it->second.back();
        it->second.pop_back();
        used[j] = true;
        if (!out.pairs.empty() && j < out.pairs.back().second) out.reordered = true;
        out.pairs.emplace_back(i, j);
    }
    for (std::size_t j = 0; j < b.size(); ++j)
        if (!used[j]) out.added.push_back(j);
    return out;
}

class differ {
public:
    differ(const mandate& a, const mandate& b) : a_(a), b_(b) {}

    mandate_diff run() {
        header();
        provenance();
        organisations();
        parties();
        bodies();
        pair_rules(a_.attendance, b_.attendance, "/attendance", "attendance", &attendance_rule::members_of,
                   &attendance_rule::attend);
        pair_rules(a_.preparation, b_.preparation, "/preparation", "preparation", &preparation_rule::body_id,
                   &preparation_rule::prepares);
        rotation();
        secretary();
        validity_and_signature();
        clauses();
        sort_by_clause();
        return mandate_diff{a_.id, b_.id, std::move(out_)};
    }

private:
    void add(const char* kind, const std::string& clause, const std::string& pointer, opt before, opt after,
             std::vector<word_op> words = {}) {
        // Every value is cut here, where a change is made, so that no kind of change is left whole.
        if (before && after && (before->size() > 120 || after->size() > 120)) from_first_difference(*before, *after);
        if (before) before = shorten(*before);
        if (after) after = shorten(*after);
        out_.push_back(mandate_change{kind, clause, pointer, std::move(before), std::move(after), std::move(words)});
    }
    void changed(const char* kind, const std::string& clause, const std::string& pointer, const opt& before, const opt& after) {
        if (before != after) add(kind, clause, pointer, before, after);
    }
    void cite(const std::string& pointer, const citation& x, const citation& y) {
        if (!(x == y)) add("citation.changed", y.clause, pointer, cite_text(x), cite_text(y));
    }
    template <class T, class Key, class Text>
    void order(const matching& mt, const std::vector<T>& x, const std::vector<T>& y, const std::string& clause,
               const std::string& pointer, Key key, Text text) {
        if (!mt.reordered) return;
        std::vector<std::string> kx, ky;
        for (const auto& v : x) kx.push_back(text(key(v)));
        for (const auto& v : y) ky.push_back(text(key(v)));
        add("order", clause, pointer, shorten(join(kx, ", ")), shorten(join(ky, ", ")));
    }

    // The first clause (after, else before) whose text quotes `s`; empty if none does.
    std::string clause_quoting(const std::string& s) const {
        if (s.empty()) return {};
        for (const mandate* m : {&b_, &a_})
            for (const auto& c : m->clauses)
                if (c.source_text().find(s) != std::string::npos) return c.id;
        return {};
    }

    void header() {
        changed("id", "", "/id", a_.id, b_.id);
        if (a_.title != b_.title) {
            const std::string c = clause_quoting(b_.title);
            add("title", c.empty() ? clause_quoting(a_.title) : c, "/title", a_.title, b_.title);
        }
        changed("language", "", "/language", a_.language, b_.language);
        changed("status", "", "/status", std::string(to_string(a_.status)), std::string(to_string(b_.status)));
    }

    void provenance() {
        if (a_.provenance == b_.provenance) return;
        const mandat::provenance none;
        const mandat::provenance& x = a_.provenance ? *a_.provenance : none;
        const mandat::provenance& y = b_.provenance ? *b_.provenance : none;
        if (x == y) {  // one of them is present and empty: "provenance": {}
            add("provenance", "", "/provenance", a_.provenance ? opt("{}") : opt(), b_.provenance ? opt("{}") : opt());
            return;
        }
        auto date_text = [](const std::optional<partial_date>& d) { return d ? opt(d->to_string()) : opt(); };
        changed("provenance", "", "/provenance/replaces", x.replaces, y.replaces);
        changed("provenance", "", "/provenance/amends", x.amends, y.amends);
        changed("provenance", "", "/provenance/decided_on", date_text(x.decided_on), date_text(y.decided_on));
        changed("provenance", "", "/provenance/decided_by", unless_empty(join(x.decided_by, ", ")),
                unless_empty(join(y.decided_by, ", ")));
        changed("provenance", "", "/provenance/carried_over", unless_empty(join(x.carried_over, ", ")),
                unless_empty(join(y.carried_over, ", ")));
        if (x.note != y.note)
            add("provenance", "", "/provenance/note", unless_empty(shorten(x.note)), unless_empty(shorten(y.note)));
    }

    static std::string org_clause(const mandate& m, const organisation& o) {
        return o.role_clause ? *o.role_clause : m.parties.cite.clause;
    }

    void organisations() {
        const auto id = [](const organisation& o) { return o.id; };
        const matching mt = match(a_.organisations, b_.organisations, id);
        for (std::size_t i : mt.removed) {
            const organisation& o = a_.organisations[i];
            add("organisation.removed", org_clause(a_, o), at("/organisations", i), o.id + ": " + o.name, opt());
        }
        for (std::size_t j : mt.added) {
            const organisation& o = b_.organisations[j];
            add("organisation.added", org_clause(b_, o), at("/organisations", j), opt(), o.id + ": " + o.name);
        }
        for (const auto& [i, j] : mt.pairs) {
            const organisation& x = a_.organisations[i];
            const organisation& y = b_.organisations[j];
            const std::string p = at("/organisations", j), c = org_clause(b_, y);
            changed("organisation.renamed", c, p + "/name", x.name, y.name);
            changed("organisation.changed", c, p + "/parent_id", x.parent_id, y.parent_id);
            changed("organisation.changed", c, p + "/party", std::string(x.party ? "true" : "false"),
                    std::string(y.party ? "true" : "false"));
            changed("organisation.changed", c, p + "/role_clause", x.role_clause, y.role_clause);
            changed("organisation.changed", c, p + "/organisation_number", x.organisation_number, y.organisation_number);
        }
        order(mt, a_.organisations, b_.organisations, b_.parties.cite.clause, "/organisations", id,
              [](const std::string& s) { return s; });
    }

    void parties() {
        const auto& x = a_.parties.organisation_ids;
        const auto& y = b_.parties.organisation_ids;
        const auto self = [](const std::string& s) { return s; };
        const matching mt = match(x, y, self);
        const std::string& c = b_.parties.cite.clause;
        for (std::size_t i : mt.removed) add("party.removed", c, at("/parties/organisation_ids", i), x[i], opt());
        for (std::size_t j : mt.added) add("party.added", c, at("/parties/organisation_ids", j), opt(), y[j]);
        order(mt, x, y, c, "/parties/organisation_ids", self, self);
        cite("/parties", a_.parties.cite, b_.parties.cite);
    }

    void bodies() {
        cite("/bodies", a_.bodies_cite, b_.bodies_cite);
        const auto id = [](const body& b) { return b.id; };
        const matching mt = match(a_.bodies, b_.bodies, id);
        for (std::size_t i : mt.removed) {
            const body& b = a_.bodies[i];
            add("body.removed", b.established.clause, at("/bodies/items", i), b.id + ": " + b.name, opt());
        }
        for (std::size_t j : mt.added) {
            const body& b = b_.bodies[j];
            add("body.added", b.established.clause, at("/bodies/items", j), opt(), b.id + ": " + b.name);
        }
        for (const auto& [i, j] : mt.pairs) body_pair(a_.bodies[i], b_.bodies[j], at("/bodies/items", j));
        order(mt, a_.bodies, b_.bodies, b_.bodies_cite.clause, "/bodies/items", id, [](const std::string& s) { return s; });
    }

    void body_pair(const body& x, const body& y, const std::string& p) {
        changed("body.changed", y.established.clause, p + "/name", x.name, y.name);
        changed("body.changed", y.established.clause, p + "/name_en", x.name_en, y.name_en);
        cite(p + "/established", x.established, y.established);
        cite(p + "/quotas", x.quota_cite, y.quota_cite);

        const std::string& c = y.quota_cite.clause;
        const auto org = [](const seat_quota& q) { return q.organisation_id; };
        const matching mt = match(x.quotas, y.quotas, org);
        for (std::size_t i : mt.removed) add("quota.removed", c, at(p + "/quotas/seats", i), seats(x.quotas[i]), opt());
        for (std::size_t j : mt.added) add("quota.added", c, at(p + "/quotas/seats", j), opt(), seats(y.quotas[j]));
        for (const auto& [i, j] : mt.pairs) {
            const seat_quota& qx = x.quotas[i];
            const seat_quota& qy = y.quotas[j];
            const std::string s = at(p + "/quotas/seats", j);
            if (qx.min != qy.min || qx.max != qy.max) add("quota.changed", c, s, seats(qx), seats(qy));
            if (qx.source != qy.source) add("citation.changed", c, s + "/source", shorten(qx.source), shorten(qy.source));
        }
        order(mt, x.quotas, y.quotas, c, p + "/quotas/seats", org, [](const std::string& s) { return s; });

        const std::string mp = p + "/meetings";
        if (x.meetings && !y.meetings) add("meetings.removed", x.meetings->cite.clause, mp, meetings_text(*x.meetings), opt());
        if (!x.meetings && y.meetings) add("meetings.added", y.meetings->cite.clause, mp, opt(), meetings_text(*y.meetings));
        if (x.meetings && y.meetings) {
            changed("meetings.changed", y.meetings->cite.clause, mp, meetings_text(*x.meetings), meetings_text(*y.meetings));
            cite(mp, x.meetings->cite, y.meetings->cite);
        }
    }

    // Attendance and preparation: rules between two bodies, keyed by the pair.
    template <class Rule>
    void pair_rules(const std::vector<Rule>& x, const std::vector<Rule>& y, const std::string& base, const std::string& what,
                    std::string Rule::*first, std::string Rule::*second) {
        const auto key = [&](const Rule& r) { return std::make_pair(r.*first, r.*second); };
        const auto text = [](const std::pair<std::string, std::string>& k) { return k.first + " -> " + k.second; };
        const matching mt = match(x, y, key);
        const std::string added = what + ".added", removed = what + ".removed";
        for (std::size_t i : mt.removed) add(removed.c_str(), x[i].cite.clause, at(base, i), text(key(x[i])), opt());
        for (std::size_t j : mt.added) add(added.c_str(), y[j].cite.clause, at(base, j), opt(), text(key(y[j])));
        for (const auto& [i, j] : mt.pairs) cite(at(base, j), x[i].cite, y[j].cite);
        order(mt, x, y, y.empty() ? std::string() : y.front().cite.clause, base, key, text);
    }

    void rotation() {
        const mandat::rotation& x = a_.rotation;
        const mandat::rotation& y = b_.rotation;
        const std::string& c = y.cite.clause;
        if (x.order != y.order) add("rotation.order", c, "/rotation/order", join(x.order, ", "), join(y.order, ", "));
        changed("rotation.first_year", c, "/rotation/first_year", std::to_string(x.first_year), std::to_string(y.first_year));
        const auto key = [](const leadership_role& r) { return std::make_pair(r.role, r.body_id); };
        const auto text = [](const std::pair<std::string, std::string>& k) { return k.first + ": " + k.second; };
        const matching mt = match(x.roles, y.roles, key);
        for (std::size_t i : mt.removed)
            add("rotation.role.removed", x.roles[i].cite.clause, at("/rotation/roles", i), text(key(x.roles[i])), opt());
        for (std::size_t j : mt.added)
            add("rotation.role.added", y.roles[j].cite.clause, at("/rotation/roles", j), opt(), text(key(y.roles[j])));
        for (const auto& [i, j] : mt.pairs) cite(at("/rotation/roles", j), x.roles[i].cite, y.roles[j].cite);
        order(mt, x.roles, y.roles, c, "/rotation/roles", key, text);
        cite("/rotation", x.cite, y.cite);
    }

    void secretary() {
        const auto& x = a_.secretary;
        const auto& y = b_.secretary;
        if (x && !y) add("secretary.removed", x->cite.clause, "/secretary", cite_text(x->cite), opt());
        if (!x && y) add("secretary.added", y->cite.clause, "/secretary", opt(), cite_text(y->cite));
        if (x && y) cite("/secretary", x->cite, y->cite);
    }

    void validity_and_signature() {
        const std::string& c = b_.validity.cite.clause.empty() ? a_.validity.cite.clause : b_.validity.cite.clause;
        if (!(a_.validity.in_force == b_.validity.in_force))
            add("period", c, "/validity", period_text(a_.validity.in_force), period_text(b_.validity.in_force));
        cite("/validity", a_.validity.cite, b_.validity.cite);

        const signature& x = a_.signature;
        const signature& y = b_.signature;
        const std::string& s = y.cite.clause;
        changed("signature.changed", s, "/signature/date", x.signed_on.to_string(), y.signed_on.to_string());
        changed("signature.changed", s, "/signature/place", x.place, y.place);
        changed("signature.changed", s, "/signature/signatory_ids", join(x.signatory_ids, ", "), join(y.signatory_ids, ", "));
        cite("/signature", x.cite, y.cite);
    }

    void clauses() {
        const auto id = [](const clause& c) { return c.id; };
        const matching mt = match(a_.clauses, b_.clauses, id);
        for (std::size_t i : mt.removed)
            add("clause.removed", a_.clauses[i].id, at("/clauses", i), shorten(a_.clauses[i].source_text()), opt());
        for (std::size_t j : mt.added)
            add("clause.added", b_.clauses[j].id, at("/clauses", j), opt(), shorten(b_.clauses[j].source_text()));
        for (const auto& [i, j] : mt.pairs) {
            const clause& x = a_.clauses[i];
            const clause& y = b_.clauses[j];
            const std::string p = at("/clauses", j);
            if (x.heading != y.heading)
                add("clause.heading", y.id, p + "/heading", x.heading, y.heading,
                    diff_words(x.heading.value_or(""), y.heading.value_or("")));
            if (x.text != y.text) {
                const std::string tx = join(x.text, "\n"), ty = join(y.text, "\n");
                add("clause.text", y.id, p + "/text", shorten(tx), shorten(ty), diff_words(tx, ty));
            }
            const auto kind = [](const clause& c) { return std::string(to_string(c.kind)); };
            const auto year = [](const clause& c) { return c.target_year ? opt(std::to_string(*c.target_year)) : opt(); };
            changed("clause.changed", y.id, p + "/kind", kind(x), kind(y));
            changed("clause.changed", y.id, p + "/rules", join(x.rules, ", "), join(y.rules, ", "));
            if (x.summary_en != y.summary_en)
                add("clause.changed", y.id, p + "/summary_en", shorten(x.summary_en), shorten(y.summary_en));
            changed("clause.changed", y.id, p + "/target_year", year(x), year(y));
        }
        order(mt, a_.clauses, b_.clauses, "", "/clauses", id, [](const std::string& s) { return s; });
    }

    // Clause by clause: changes without a clause first, then in the order of the clauses
    // after (the clauses only before follow them); the order of finding within a clause stays.
    void sort_by_clause() {
        std::map<std::string, std::size_t> rank;
        for (const auto& c : b_.clauses) rank.emplace(c.id, rank.size() + 1);
        for (const auto& c : a_.clauses) rank.emplace(c.id, rank.size() + 1);
        const auto rank_of = [&](const mandate_change& ch) {
            if (ch.clause.empty()) return std::size_t(0);
            const auto it = rank.find(ch.clause);
            return it == rank.end() ? rank.size() + 1 : it->second;
        };
        std::stable_sort(out_.begin(), out_.end(),
                         [&](const mandate_change& p, const mandate_change& q) { return rank_of(p) < rank_of(q); });
    }

    const mandate& a_;
    const mandate& b_;
    std::vector<mandate_change> out_;
};

}  // namespace

mandate_diff diff_mandates(const mandate& before, const mandate& after) { return differ(before, after).run(); }

}  // namespace mandat
