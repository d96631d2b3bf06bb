// The summary of each year of a report: the leading organisation (R6), the meetings held
// (R2, R3) and the days with a composition breach (R5, R9).
#include <algorithm>

#include "compliance/engine.hpp"

namespace mandat::compliance {

std::vector<year_summary> engine::summaries(const std::vector<finding>& fs) const {
    std::vector<year_summary> years;
    // Days with a composition breach, per body: the union of the findings' intervals.
    std::map<std::string, std::vector<std::pair<date, date>>> breach;
    for (const auto& f : fs) {
        const bool composition = f.code == codes::quota_below_min || f.code == codes::quota_above_max ||
                                 f.code == codes::quota_no_seat || f.code == codes::roster_duplicate_seat;
        if (composition && f.start_date && f.end_date) breach[f.body].emplace_back(*f.start_date, *f.end_date);
    }
    for (auto& [b, v] : breach) {
        std::sort(v.begin(), v.end());
        std::vector<std::pair<date, date>> merged;
        for (const auto& iv : v) {
            if (!merged.empty() && iv.first <= next_day(merged.back().second))
                merged.back().second = std::max(merged.back().second, iv.second);
            else
                merged.push_back(iv);
        }
        v = std::move(merged);
    }
    std::map<std::pair<int, int>, unsigned> held;  // (year, body) -> meetings in the interval
    for (const auto& mt : meetings_) ++held[{year_of(mt.on), mt.body}];
    for (int y = year_of(S_); y <= year_of(E_); ++y) {
        year_summary s;
        s.year = y;
        s.leading_organisation = m_.rotation.turn(y);
        const date y0 = std::max(first_day_of_year(y), S_), y1 = std::min(last_day_of_year(y), E_);
        s.whole_year = y0 == first_day_of_year(y) && y1 == last_day_of_year(y);
        for (const auto& bd : m_.bodies) {
            s.meetings[bd.id] = 0;
            s.composition_breach_days[bd.id] = 0;
        }
        for (std::size_t b = 0; b < m_.bodies.size(); ++b) {
            auto it = held.find({y, static_cast<int>(b)});
            if (it != held.end()) s.meetings[m_.bodies[b].id] = it->second;
        }
        for (const auto& [b, v] : breach) {
            unsigned n = 0;
            for (const auto& [a, z] : v) {
                const date lo = std::max(a, y0), hi = std::min(z, y1);
                if (lo <= hi) n += static_cast<unsigned>((hi - lo).days() + 1);
            }
            s.composition_breach_days[b] = n;
        }
        years.push_back(std::move(s));
    }
    return years;
}

}  // namespace mandat::compliance
