// The judgements that validate() (src/model/validate.cpp) and lint() (src/analysis/) both make
// about a mandate, each decided here once (docs/lint-and-diff.md, "What lint proves"). validate()
// refuses a mandate on the first one that fails, with its error id and JSON pointer; lint()
// reports every one that fails as a finding. Neither assumes the other ran, so each predicate
// answers for any content of a mandate built in code, and none throws.
#pragma once

#include <string_view>
#include <unordered_map>

#include "mandat/mandate.hpp"

namespace mandat::detail {

// A quota no count satisfies: its minimum is above its maximum.
inline bool quota_inverted(const seat_quota& q) noexcept { return q.min > q.max; }

// A quota of at most 0 seats, which gives its organisation no seat.
inline bool quota_without_seats(const seat_quota& q) noexcept { return q.max == 0; }

// A meeting rule that expects more meetings (its target) than it allows (its maximum).
inline bool meetings_target_above_maximum(const meeting_frequency& f) noexcept {
    return f.target && f.maximum && *f.target > *f.maximum;
}

// The period in force has a first and a last day, in that order.
inline bool period_has_days(const period& p) { return !p.begin().is_special() && !p.end().is_special() && !p.is_null(); }

// The rotation names no organisation: no year has a leading organisation.
inline bool rotation_empty(const rotation& r) noexcept { return r.order.empty(); }

// The rotation starts in a year of the supported range (min_year..max_year).
inline bool rotation_year_supported(const rotation& r) noexcept { return valid_year(r.first_year); }

// Whether an id names an organisation or a body of the mandate: hash indexes built once (the
// first of each id, as mandate::find_organisation and find_body answer), so that asking once
// per reference costs no search through the lists.
class mandate_ids {
public:
    explicit mandate_ids(const mandate& m) {
        for (const auto& o : m.organisations) organisations_.emplace(o.id, &o);
        for (const auto& b : m.bodies) bodies_.emplace(b.id, &b);
    }

    const organisation* find_organisation(std::string_view id) const {
        const auto it = organisations_.find(id);
        return it == organisations_.end() ? nullptr : it->second;
    }
    const body* find_body(std::string_view id) const {
        const auto it = bodies_.find(id);
        return it == bodies_.end() ? nullptr : it->second;
    }
    bool knows_organisation(std::string_view id) const { return find_organisation(id) != nullptr; }
    bool knows_body(std::string_view id) const { return find_body(id) != nullptr; }

private:
    std::unordered_map<std::string_view, const organisation*> organisations_;
    std::unordered_map<std::string_view, const body*> bodies_;
};

}  // namespace mandat::detail
