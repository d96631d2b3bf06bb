// lint(): the consistency proof of a mandate (see mandat/lint.hpp, docs/lint-and-diff.md).
//
// Every check reads the mandate as it is, without validate(): ids may be unknown or repeated,
// the rotation empty, the period inverted. Each check either finds a witness that the part
// can be obeyed or reports why it cannot. Quotes are read in src/lint_quotes.cpp.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analysis/lint_internal.hpp"

namespace mandat {
namespace {

using detail::lint_sink;

std::string num(unsigned long long n) { return std::to_string(n); }

// The years of the period in force, when it has any day.
struct year_span {
    bool known = false;
    int first = 0;
    int last = 0;
};

year_span period_years(const mandate& m) {
    const period& p = m.validity.in_force;
    if (!detail::period_has_days(p)) return {};
    return {true, static_cast<int>(p.begin().year()), static_cast<int>(p.last().year())};
}

// --- bodies: quotas and size (R5, R9) ----------------------------------------------------

void lint_quota(lint_sink& s, const body& b, const seat_quota& q) {
    message_facts facts{{"body", b.id},
                        {"body_name", b.name},
                        {"organisation", q.organisation_id},
                        {"organisation_name", s.organisation_name(q.organisation_id)},
                        {"min", num(q.min)},
                        {"max", num(q.max)}};
    const bool inverted = detail::quota_inverted(q);
    if (inverted || detail::quota_without_seats(q))
        s.add(finding_builder(lint_codes::quota_infeasible, severity::error)
                  .message(inverted ? "lint.quota_infeasible.inverted" : "lint.quota_infeasible.zero")
                  .cite(b.quota_cite)
                  .source(q.source)
                  .body(b.id)
                  .organisation(q.organisation_id)
                  .facts(std::move(facts)));
}

// Per organisation, the counts every one of its quotas allows: [lo, hi].
struct org_range {
    unsigned long long lo = 0, hi = 0;
    std::size_t quotas = 0;
    const seat_quota* first = nullptr;
};

std::map<std::string, org_range> ranges_per_organisation(const body& b) {
    std::map<std::string, org_range> per_org;
    for (const auto& q : b.quotas) {
        org_range& r = per_org[q.organisation_id];
        if (r.quotas == 0) {
            r.lo = q.min;
            r.hi = q.max;
            r.first = &q;
        } else {
            r.lo = std::max<unsigned long long>(r.lo, q.min);
            r.hi = std::min<unsigned long long>(r.hi, q.max);
        }
        ++r.quotas;
    }
    return per_org;
}

// Is there a composition (a count per organisation) within every quota and within the size
// bounds? The size bounds are the sums of the quotas' minimums and maximums (body::min_size,
// max_size, summed here without overflow). An organisation with several quotas (a mandate
// built in code) must satisfy all of them at once.
void lint_body(lint_sink& s, const body& b) {
    for (const auto& q : b.quotas) lint_quota(s, b, q);

    unsigned long long size_lo = 0, size_hi = 0;
    for (const auto& q : b.quotas) {
        size_lo += q.min;
        size_hi += q.max;
    }
    const citation& cite = b.quota_cite;
    if (size_lo > size_hi) {
        s.add(finding_builder(lint_codes::body_infeasible, severity::error)
                  .cite(cite)
                  .body(b.id)
                  .facts({{"body", b.id}, {"body_name", b.name}, {"min", num(size_lo)}, {"max", num(size_hi)}}));
        return;
    }
    if (size_hi == 0) {
        s.add(finding_builder(lint_codes::body_infeasible, severity::error)
                  .message("lint.body_infeasible.no_seats")
                  .cite(cite)
                  .body(b.id)
                  .facts({{"body", b.id}, {"body_name", b.name}}));
        return;
    }

    bool every_org_possible = true;
    unsigned long long reach_lo = 0, reach_hi = 0;
    for (const auto& [org, r] : ranges_per_organisation(b)) {
        if (r.lo > r.hi) {
            every_org_possible = false;
            // One quota alone already reported (inverted); a conflict needs two.
            if (r.quotas > 1)
                s.add(finding_builder(lint_codes::quota_infeasible, severity::error)
                          .message("lint.quota_infeasible.conflict")
                          .cite(cite)
                          .source(r.first->source)
                          .body(b.id)
                          .organisation(org)
                          .facts({{"body", b.id},
                                  {"body_name", b.name},
                                  {"organisation", org},
                                  {"organisation_name", s.organisation_name(org)},
                                  {"quotas", num(r.quotas)},
                                  {"min", num(r.lo)},
                                  {"max", num(r.hi)}}));
            continue;
        }
        reach_lo += r.lo;
        reach_hi += r.hi;
    }
    // The sums the organisations can reach form an interval; it must meet the size bounds.
    if (every_org_possible && (reach_lo > size_hi || reach_hi < size_lo))
        s.add(finding_builder(lint_codes::body_infeasible, severity::error)
                  .message("lint.body_infeasible.counts")
                  .cite(cite)
                  .body(b.id)
                  .facts({{"body", b.id},
                          {"body_name", b.name},
                          {"low", num(reach_lo)},
                          {"high", num(reach_hi)},
                          {"min", num(size_lo)},
                          {"max", num(size_hi)}}));
}

// --- meeting rules (R2, R3) -------------------------------------------------------------

void lint_meetings(lint_sink& s, const body& b) {
    if (!b.meetings) return;
    const meeting_frequency& f = *b.meetings;
    if (detail::meetings_target_above_maximum(f))
        s.add(finding_builder(lint_codes::meetings_target_above_max, severity::error)
                  .cite(f.cite)
                  .body(b.id)
                  .facts({{"body", b.id}, {"body_name", b.name}, {"target", num(*f.target)}, {"maximum", num(*f.maximum)}}));
}

// --- the rotation, its roles and the secretary (R6, R7, R10), and the period (R11) ---------

// The first year of the domain in which each organisation of the rotation leads: the years of
// the period (at most one full turn of the rotation is needed), or, without a period, one turn
// from the rotation's first year.
std::map<std::string, int> first_turns(const rotation& r, const year_span& years) {
    std::map<std::string, int> out;
    const long long n = static_cast<long long>(r.order.size());
    if (n == 0) return out;
    const long long from = years.known ? years.first : r.first_year;
    const long long to = years.known ? std::min<long long>(years.last, from + n - 1) : from + n - 1;
    for (long long y = from; y <= to; ++y) {
        long long k = (y - r.first_year) % n;
        if (k < 0) k += n;
        out.emplace(r.order[static_cast<std::size_t>(k)], static_cast<int>(y));
    }
    return out;
}

void lint_period(lint_sink& s) {
    const mandate& m = s.m();
    const period& p = m.validity.in_force;
    if (detail::period_has_days(p)) return;
    const std::string last = p.end().is_special() ? format_date(p.end()) : format_date(p.last());
    s.add(finding_builder(lint_codes::period_invalid, severity::error)
              .cite(m.validity.cite)
              .facts({{"first", format_date(p.begin())}, {"last", last}}));
}

void lint_rotation(lint_sink& s, const year_span& years) {
    const mandate& m = s.m();
    const rotation& r = m.rotation;
    if (!detail::rotation_year_supported(r))
        s.add(finding_builder(lint_codes::year_unsupported, severity::error)
                  .cite(r.cite)
                  .facts({{"year", std::to_string(r.first_year)}, {"min_year", num(min_year)}, {"max_year", num(max_year)}}));
    if (detail::rotation_empty(r)) {
        finding_builder f(lint_codes::rotation_empty, severity::error);
        f.message(years.known ? "lint.rotation_empty" : "lint.rotation_empty.no_period").cite(r.cite);
        if (years.known) f.fact("year", std::to_string(years.first));
        s.add(f);
    }

    std::set<std::string> seen;
    std::vector<std::string> unknown;
    for (const auto& id : r.order)
        if (seen.insert(id).second && !s.ids().knows_organisation(id)) unknown.push_back(id);
    for (const auto& id : unknown)
        s.add(finding_builder(lint_codes::rotation_unknown_organisation, severity::error)
                  .cite(r.cite)
                  .organisation(id)
                  .fact("organisation", id));
    if (m.secretary)
        for (const auto& id : unknown)
            s.add(finding_builder(lint_codes::secretary_unknown_organisation, severity::error)
                      .cite(m.secretary->cite)
                      .organisation(id)
                      .fact("organisation", id));

    // Every organisation that leads in a year of the domain holds a seat in the body of each role.
    const std::map<std::string, int> turns = first_turns(r, years);
    for (const auto& lr : r.roles) {
        const body* b = s.ids().find_body(lr.body_id);
        if (!b) {
            s.add(finding_builder(lint_codes::role_unknown_body, severity::error)
                      .cite(lr.cite)
                      .body(lr.body_id)
                      .facts({{"role", lr.role}, {"body", lr.body_id}}));
            continue;
        }
        for (const auto& id : r.order) {
            const auto turn = turns.find(id);
            if (turn == turns.end() || !s.ids().knows_organisation(id)) continue;  // no turn in the period, or reported above
            bool seat = false;
            for (const auto& q : b->quotas) seat = seat || (q.organisation_id == id && !detail::quota_without_seats(q));
            if (seat) continue;
            s.add(finding_builder(lint_codes::role_without_seat, severity::error)
                      .cite(lr.cite)
                      .body(b->id)
                      .organisation(id)
                      .facts({{"organisation", id},
                              {"organisation_name", s.organisation_name(id)},
                              {"role", lr.role},
                              {"body", b->id},
                              {"body_name", b->name},
                              {"year", std::to_string(turn->second)}}));
        }
    }
}

}  // namespace

std::vector<finding> lint(const mandate& m, language lang) {
    lint_sink sink(m, lang);
    for (const auto& b : m.bodies) {
        lint_body(sink, b);
        lint_meetings(sink, b);
    }
    const year_span years = period_years(m);
    lint_period(sink);
    lint_rotation(sink, years);
    detail::lint_quotes(sink);
    std::vector<finding> out = sink.take();
    std::stable_sort(out.begin(), out.end(), report_order);
    return out;
}

}  // namespace mandat
