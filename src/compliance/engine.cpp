// The compliance check's entry point and the engine's shared helpers (see engine.hpp).
#include "compliance/engine.hpp"

#include <algorithm>

namespace mandat {
namespace compliance {

engine::engine(const mandate& m, const roster& r, const check_options& o) : m_(m), r_(r), opt_(o), shown_(r, o.redact, o.lang) {
    for (std::size_t i = 0; i < m.bodies.size(); ++i) body_ix_[m.bodies[i].id] = static_cast<int>(i);
    for (std::size_t i = 0; i < m.organisations.size(); ++i) org_ix_[m.organisations[i].id] = static_cast<int>(i);
    for (std::size_t i = 0; i < r.persons.size(); ++i) person_ix_[r.persons[i].id] = static_cast<int>(i);
    roles_ = static_cast<int>(m.rotation.roles.size());
    role_slots_ = roles_ + (m.secretary ? 1 : 0);
    holders_.resize(static_cast<std::size_t>(role_slots_));
    holder_total_.assign(static_cast<std::size_t>(role_slots_), 0);
    body_org_count_.assign(m.bodies.size(), std::vector<int>(m.organisations.size(), 0));
    seated_.resize(m.bodies.size());
    first_org_count_.resize(m.bodies.size());
    turn_ix_.reserve(m.rotation.order.size());
    for (const auto& id : m.rotation.order) turn_ix_.push_back(org_ix_.at(id));  // validate() made sure it exists
}

report engine::run() {
    report rep;
    rep.mandate_id = m_.id;
    rep.from = opt_.from.value_or(m_.first_day());
    rep.to = opt_.to.value_or(m_.last_day());
    rep.lang = opt_.lang;
    rep.redacted = opt_.redact;
    if (rep.to < rep.from && !opt_.to)
        throw query_error(errors::query_invalid_period,
                          "the interval starts on " + format_date(rep.from) + ", after the mandate's last day (" +
                              format_date(m_.last_day()) +
                              "), where it ends unless told otherwise: give an end date too to check days after the period");
    if (rep.to < rep.from)
        throw query_error(errors::query_invalid_period,
                          "the interval ends (" + format_date(rep.to) + ") before it starts (" + format_date(rep.from) + ")");
    S_ = std::max(rep.from, m_.first_day());
    E_ = std::min(rep.to, m_.last_day());
    sweep_ = S_ <= E_;
    check_membership_records();
    check_meeting_records();
    if (sweep_) {
        sweep();
        meetings_per_year();
        meetings_prepared();
    }
    // Sort positions, then move each finding once: findings are large to move around.
    std::vector<std::size_t> order(out_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return report_order(out_[x], out_[y]); });
    rep.findings.reserve(out_.size());
    for (std::size_t i : order) rep.findings.push_back(std::move(out_[i]));
    out_.clear();
    if (sweep_) rep.years = summaries(rep.findings);
    return rep;
}

bool engine::within_asked(date a, std::optional<date> b) const {
    // As for the days outside the period (records.cpp), a side of the window that reaches the
    // period's end is open: the whole period as a window equals no window (docs/compliance.md).
    if (opt_.to && *opt_.to < m_.last_day() && a > *opt_.to) return false;
    if (opt_.from && *opt_.from > m_.first_day() && b && *b < *opt_.from) return false;
    return true;
}

}  // namespace compliance

report check_compliance(const mandate& m, const roster& r, const check_options& options) {
    validate(m);  // a mandate built in code fails here with a document_error, never later
    return compliance::engine(m, r, options).run();
}

}  // namespace mandat
