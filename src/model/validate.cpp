// validate(): a mandate holds together (see mandat/mandate.hpp). The loader reads shapes and
// types; everything that relates one part of a mandate to another is checked here, for
// loaded mandates and for mandates built in code alike. Each failure names the JSON pointer
// the offending value has in the document form (docs/mandate-format.md). Its cost grows with
// the document: ids are looked up in hash indexes built once, parent chains are followed once
// each, and a clause's source text is put together once however many quotes cite it.
#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "mandat/limits.hpp"
#include "mandat/mandate.hpp"
#include "model/predicates.hpp"
#include "model/text_search.hpp"

namespace mandat {
namespace {

std::string at(const std::string& base, std::size_t index) { return base + "/" + std::to_string(index); }

[[noreturn]] void fail(const char* id, const std::string& pointer, const std::string& what) {
    throw document_error(id, pointer, what);
}

class validator {
public:
    explicit validator(const mandate& m) : m_(m) {}

    void run() {
        clauses();
        organisations();
        parties();
        bodies();
        attendance_and_preparation();
        rotation();
        validity();
        provenance_refs();
        references();
        citations();
    }

private:
    // --- ids are unique, lists are not empty ---

    void clauses() {
        std::set<std::string> ids;
        for (std::size_t i = 0; i < m_.clauses.size(); ++i)
            if (!ids.insert(m_.clauses[i].id).second)
                fail(errors::document_duplicate_id, at("/clauses", i) + "/id",
                     "the clause id \"" + m_.clauses[i].id + "\" is used twice");
    }

    // A Norwegian organisation number: nine digits with a valid MOD11 check digit.
    void organisation_number(const std::string& pointer, const std::string& v) {
        const bool nine_digits = v.size() == 9 && v.find_first_not_of("0123456789") == std::string::npos;
        if (!nine_digits)
            fail(errors::document_invalid_value, pointer,
                 "\"" + (v.size() > 40 ? v.substr(0, 37) + "..." : v) +
                     "\" is not an organisation number (expected 9 digits, no spaces)");
        const int check = organisation_number_check_digit(std::string_view(v).substr(0, 8));
        if (check < 0)
            fail(errors::document_invalid_value, pointer,
                 "\"" + v + "\" is not an organisation number: no check digit fits its first eight digits (MOD11 remainder 1)");
        if (v[8] - '0' != check)
            fail(errors::document_invalid_value, pointer,
                 "\"" + v + "\" is not an organisation number: the check digit is " + v.substr(8) + ", expected " +
                     std::to_string(check) + " (MOD11)");
    }

    void organisations() {
        if (m_.organisations.empty())
            fail(errors::document_invalid_value, "/organisations", "a mandate needs at least one organisation");
        std::set<std::string> ids;
        for (std::size_t i = 0; i < m_.organisations.size(); ++i) {
            const organisation& o = m_.organisations[i];
            if (!ids.insert(o.id).second)
                fail(errors::document_duplicate_id, at("/organisations", i) + "/id",
                     "the organisation id \"" + o.id + "\" is used twice");
            if (o.parent_id) org_ref(at("/organisations", i) + "/parent_id", *o.parent_id);
            if (o.role_clause) clause_refs_.emplace_back(at("/organisations", i) + "/role_clause", *o.role_clause);
            if (o.organisation_number)
                organisation_number(at("/organisations", i) + "/organisation_number", *o.organisation_number);
        }
        // A parent chain must end. Each organisation is walked once: a walk stops at an
        // organisation already known to end, and meeting one on the current walk is a cycle.
        // The error names the first organisation (in document order) whose chain never ends.
        std::unordered_map<std::string_view, std::size_t> index;
        for (std::size_t i = 0; i < m_.organisations.size(); ++i) index.emplace(m_.organisations[i].id, i);
        enum : char { unknown, on_walk, ends };
        std::vector<char> state(m_.organisations.size(), unknown);
        std::vector<std::size_t> walk;
        for (std::size_t i = 0; i < m_.organisations.size(); ++i) {
            walk.clear();
            for (std::size_t j = i; state[j] != ends;) {
                if (state[j] == on_walk)
                    fail(errors::document_cycle, at("/organisations", i) + "/parent_id",
                         "the parents of \"" + m_.organisations[i].id +
                             "\" form a cycle (an organisation would be its own ancestor)");
                state[j] = on_walk;
                walk.push_back(j);
                const auto& parent = m_.organisations[j].parent_id;
                const auto next = parent ? index.find(*parent) : index.end();
                if (next == index.end()) break;  // no parent, or an unknown one (reported below)
                j = next->second;
            }
            for (const std::size_t j : walk) state[j] = ends;
        }
    }

    void parties() {
        cite("/parties", m_.parties.cite);
        if (m_.parties.organisation_ids.empty())
            fail(errors::document_invalid_value, "/parties/organisation_ids", "a mandate needs at least one party");
        std::set<std::string> seen;
        for (std::size_t i = 0; i < m_.parties.organisation_ids.size(); ++i) {
            const std::string& id = m_.parties.organisation_ids[i];
            const std::string p = at("/parties/organisation_ids", i);
            if (!seen.insert(id).second) fail(errors::document_duplicate_id, p, "the party \"" + id + "\" is listed twice");
            org_ref(p, id);
        }
    }

    void bodies() {
        cite("/bodies", m_.bodies_cite);
        if (m_.bodies.empty()) fail(errors::document_invalid_value, "/bodies/items", "a mandate needs at least one body");
        std::set<std::string> ids;
        for (std::size_t i = 0; i < m_.bodies.size(); ++i) {
            const body& b = m_.bodies[i];
            const std::string p = at("/bodies/items", i);
            if (!ids.insert(b.id).second)
                fail(errors::document_duplicate_id, p + "/id", "the body id \"" + b.id + "\" is used twice");
            cite(p + "/established", b.established);
            cite(p + "/quotas", b.quota_cite);
            std::set<std::string> orgs;
            for (std::size_t k = 0; k < b.quotas.size(); ++k) {
                const seat_quota& q = b.quotas[k];
                const std::string s = at(p + "/quotas/seats", k);
                if (!orgs.insert(q.organisation_id).second)
                    fail(errors::document_duplicate_id, s + "/organisation_id",
                         "\"" + q.organisation_id + "\" has two quotas in body \"" + b.id + "\"");
                org_ref(s + "/organisation_id", q.organisation_id);
                if (detail::quota_without_seats(q))
                    fail(errors::document_invalid_value, s + "/max", "a quota of at most 0 seats is no seat; leave it out");
                if (q.max > 1000)
                    fail(errors::document_out_of_range, s + "/max",
                         std::to_string(q.max) + " is outside the allowed range 0..1000");
                if (detail::quota_inverted(q))
                    fail(errors::document_inconsistent, s + "/min",
                         "min (" + std::to_string(q.min) + ") is greater than max (" + std::to_string(q.max) + ")");
                quotes_.push_back({s + "/source", b.quota_cite.clause, q.source});
            }
            if (b.meetings) {
                const meeting_frequency& f = *b.meetings;
                if (!f.target && !f.maximum)
                    fail(errors::document_invalid_value, p + "/meetings",
                         "a meeting rule needs a \"target\", a \"maximum\" or both");
                if (detail::meetings_target_above_maximum(f))
                    fail(errors::document_inconsistent, p + "/meetings/target",
                         "the target (" + std::to_string(*f.target) + ") is above the maximum (" + std::to_string(*f.maximum) +
                             ")");
                cite(p + "/meetings", f.cite);
            }
        }
    }

    // A rule between two bodies (attendance: members_of -> attend; preparation: body_id ->
    // prepares): both bodies exist, they differ, and the pair is stated once.
    struct body_pair {
        const char* first_member;
        const char* second_member;
        const char* self_message;
        const char* what;
    };
    template <class Rule, class First, class Second>
    void body_pairs(const std::vector<Rule>& rules, const char* base, const body_pair& names, First first, Second second) {
        std::set<std::pair<std::string, std::string>> seen;
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const std::string& a = rules[i].*first;
            const std::string& b = rules[i].*second;
            const std::string p = at(base, i);
            body_ref(p + "/" + names.first_member, a);
            body_ref(p + "/" + names.second_member, b);
            if (a == b) fail(errors::document_inconsistent, p + "/" + names.second_member, names.self_message);
            if (!seen.insert({a, b}).second)
                fail(errors::document_duplicate_id, p,
                     std::string("the ") + names.what + " rule \"" + a + "\" -> \"" + b + "\" is listed twice");
            cite(p, rules[i].cite);
        }
    }

    void attendance_and_preparation() {
        body_pairs(m_.attendance, "/attendance", {"members_of", "attend", "a body cannot be told to attend itself", "attendance"},
                   &attendance_rule::members_of, &attendance_rule::attend);
        body_pairs(m_.preparation, "/preparation",
                   {"body_id", "prepares", "a body cannot prepare its own meetings", "preparation"}, &preparation_rule::body_id,
                   &preparation_rule::prepares);
    }

    void rotation() {
        const mandat::rotation& r = m_.rotation;
        if (detail::rotation_empty(r))
            fail(errors::document_invalid_value, "/rotation/order", "the rotation needs at least one organisation");
        for (std::size_t i = 0; i < r.order.size(); ++i) org_ref(at("/rotation/order", i), r.order[i]);
        if (!detail::rotation_year_supported(r))
            fail(errors::document_out_of_range, "/rotation/first_year",
                 std::to_string(r.first_year) + " is outside the allowed range " + std::to_string(min_year) + ".." +
                     std::to_string(max_year));
        std::set<std::pair<std::string, std::string>> seen;
        for (std::size_t i = 0; i < r.roles.size(); ++i) {
            const leadership_role& lr = r.roles[i];
            const std::string p = at("/rotation/roles", i);
            if (lr.role != "leader" && lr.role != "coordinator")
                fail(errors::document_invalid_value, p + "/role",
                     "\"" + lr.role + "\" is not a leadership role (expected \"leader\" or \"coordinator\")");
            if (!seen.insert({lr.role, lr.body_id}).second)
                fail(errors::document_duplicate_id, p, "the role \"" + lr.role + "\" in \"" + lr.body_id + "\" is listed twice");
            body_ref(p + "/body_id", lr.body_id);
            cite(p, lr.cite);
        }
        cite("/rotation", r.cite);
        if (m_.secretary) cite("/secretary", m_.secretary->cite);
    }

    void validity() {
        const period& p = m_.validity.in_force;
        if (!detail::period_has_days(p))
            fail(errors::document_inconsistent, "/validity", "the period in force needs a first and a last day, in that order");
        cite("/validity", m_.validity.cite);
        for (std::size_t i = 0; i < m_.signature.signatory_ids.size(); ++i)
            org_ref(at("/signature/signatory_ids", i), m_.signature.signatory_ids[i]);
        cite("/signature", m_.signature.cite);
    }

    void provenance_refs() {
        if (!m_.provenance) return;
        const auto& kept = m_.provenance->carried_over;
        for (std::size_t i = 0; i < kept.size(); ++i) clause_refs_.emplace_back(at("/provenance/carried_over", i), kept[i]);
        if (m_.provenance->decided_on && !m_.provenance->decided_on->ok())
            fail(errors::document_invalid_date, "/provenance/decided_on", "not a valid date");
    }

    // --- references and quotes, checked once everything is known ---

    void org_ref(std::string pointer, const std::string& id) { org_refs_.emplace_back(std::move(pointer), id); }
    void body_ref(std::string pointer, const std::string& id) { body_refs_.emplace_back(std::move(pointer), id); }
    void cite(std::string pointer, const citation& c) { citations_.emplace_back(std::move(pointer), &c); }

    void references() {
        const detail::mandate_ids ids(m_);
        for (const auto& c : m_.clauses) clauses_.emplace(c.id, &c);
        for (const auto& [pointer, id] : org_refs_)
            if (!ids.knows_organisation(id))
                fail(errors::document_unknown_reference, pointer, "unknown organisation \"" + id + "\"");
        for (const auto& [pointer, id] : body_refs_)
            if (!ids.knows_body(id)) fail(errors::document_unknown_reference, pointer, "unknown body \"" + id + "\"");
        for (const auto& [pointer, id] : clause_refs_)
            if (!clauses_.count(id)) fail(errors::document_unknown_reference, pointer, "unknown clause \"" + id + "\"");
    }

    // A line, the line without its list marker ("- ", "1. "), and each of its sentences (ending
    // in ". "): the pieces a quote usually is.
    static void index_line(std::unordered_set<std::string_view>& pieces, std::string_view line) {
        pieces.insert(line);
        std::size_t body = 0;
        if (line.substr(0, 2) == "- ")
            body = 2;
        else {
            while (body < line.size() && line[body] >= '0' && line[body] <= '9') ++body;
            body = body > 0 && line.substr(body, 2) == ". " ? body + 2 : 0;
        }
        line.remove_prefix(body);
        pieces.insert(line);
        for (std::size_t start = 0; start < line.size();) {
            const std::size_t stop = line.find(". ", start);
            const std::size_t end = stop == std::string_view::npos ? line.size() : stop + 1;
            pieces.insert(line.substr(start, end - start));
            start = end + (stop == std::string_view::npos ? 0 : 1);
        }
    }

    // A known clause's source text and its lines, put together once.
    struct clause_text {
        std::string text;
        std::unordered_set<std::string_view> lines;  // the heading, lines and sentences (index_line), views into `text`
    };
    const clause_text* text_of(const std::string& clause_id) {
        auto c = clauses_.find(clause_id);
        if (c == clauses_.end()) return nullptr;
        auto t = texts_.find(clause_id);
        if (t == texts_.end()) {
            t = texts_.emplace(clause_id, clause_text{c->second->source_text(), {}}).first;
            const std::string_view all = t->second.text;
            for (std::size_t start = 0; start <= all.size();) {
                const std::size_t end = std::min(all.find('\n', start), all.size());
                index_line(t->second.lines, all.substr(start, end - start));
                start = end + 1;
            }
        }
        return &t->second;
    }

    // Whether `quote` stands verbatim in the clause. A line or sentence is found in a hash set; any
    // other quote is searched for in the clause's text, and those searches together may read at
    // most quote_search_budget bytes (limits.hpp): past that the document is refused
    // (document.too_complex) rather than taking time that grows with quotes times text.
    bool quoted(const clause_text& t, const std::string& quote, const std::string& pointer) {
        if (t.lines.count(quote)) return true;
        if (t.text.size() > searched_budget_)
            fail(errors::document_too_complex, pointer,
                 "too many quotes that are not whole lines of long clauses: checking them would read more than " +
                     std::to_string(field_limits::quote_search_bytes) + " bytes of clause text");
        searched_budget_ -= t.text.size();
        return detail::find_text(t.text, quote) != std::string_view::npos;  // linear in both (text_search.hpp)
    }

    // Every citation names a clause of the mandate and quotes it verbatim: the quote is what
    // a user is shown when asking why, so it must be the clause's own words. It is looked for
    // in the cited clause only, not anywhere in the mandate.
    void citations() {
        for (const auto& [pointer, c] : citations_) {
            const clause_text* t = text_of(c->clause);
            if (!t) fail(errors::document_unknown_reference, pointer + "/clause", "unknown clause \"" + c->clause + "\"");
            if (!quoted(*t, c->source, pointer + "/source"))
                fail(errors::document_misquoted, pointer + "/source",
                     "the quoted source is not found verbatim in clause \"" + c->clause + "\"");
        }
        for (const auto& q : quotes_) {
            const clause_text* t = text_of(q.clause);
            if (t && !quoted(*t, q.source, q.pointer))
                fail(errors::document_misquoted, q.pointer,
                     "the quoted source is not found verbatim in clause \"" + q.clause + "\"");
        }
    }

    struct quote {
        std::string pointer;
        std::string clause;
        std::string source;
    };

    const mandate& m_;
    std::vector<std::pair<std::string, std::string>> org_refs_, body_refs_, clause_refs_;
    std::vector<std::pair<std::string, const citation*>> citations_;
    std::vector<quote> quotes_;
    std::unordered_map<std::string_view, const clause*> clauses_;  // by id, the first of each id
    std::unordered_map<std::string, clause_text> texts_;           // clause id -> source text and lines
    std::size_t searched_budget_ = field_limits::quote_search_bytes;
};

}  // namespace

void validate(const mandate& m) { validator(m).run(); }

}  // namespace mandat
