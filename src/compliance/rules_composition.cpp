// The composition of each body, day by day: R5 (styringsgruppen) and R9 (arbeidsutvalget).
#include "compliance/engine.hpp"

namespace mandat::compliance {

// R5, R9 - "Styringsgruppen består av: 1-2 representanter fra KS, ..." and "Et arbeidsutvalg
// ... består av: ...": the persons seated for an organisation in a body are within its quota
// (an organisation without a quota holds no seat). The bounds are judged in one place,
// seat_range::contains (body::seats_for), which check_composition and composition_checker ask too.
std::optional<slot_value> engine::seats_within_quota(const slot& s) const {
    const int n = body_org_count_[static_cast<std::size_t>(s.body)][static_cast<std::size_t>(s.org)];
    if (bod(s.body).seats_for(oid(s.org)).contains(n)) return std::nullopt;
    return slot_value{n, {}};
}

void engine::close_seats_within_quota(const slot& s, const open_finding& f, date last) {
    auto q = detail::quota_finding(m_, bod(s.body), oid(s.org), f.value.number, opt_.lang);
    if (!q) return;  // the slot had a finding when it opened; the same count always has one
    q->start_date = f.start;
    q->end_date = last;
    out_.push_back(std::move(*q));
}

// R5, R9 - a person counts for one organisation: seated in one body for two organisations on
// the same day is roster.duplicate_seat, citing the body's quota clause.
std::optional<slot_value> engine::one_organisation_per_person(const slot& s) const {
    const auto& seated = seated_[static_cast<std::size_t>(s.body)];
    auto it = seated.find(s.person);
    if (it != seated.end() && it->second.size() >= 2) return slot_value{0, it->second};
    return std::nullopt;
}

void engine::close_one_organisation_per_person(const slot& s, const open_finding& f, date last) {
    const body& b = bod(s.body);
    finding_builder out(codes::roster_duplicate_seat, severity::error);
    out.cite(b.quota_cite)
        .body(b.id)
        .person(shown_.id(pid(s.person)))
        .dates(f.start, last)
        .facts({{"who", shown_.label(pid(s.person))}, {"body", b.id}, {"body_name", b.name}});
    for (int o : f.value.list) out.fact("organisation", oid(o));
    emit(out);
}

}  // namespace mandat::compliance
