// The sweep: the day-by-day rules evaluated only on the days something changes (see
// engine.hpp for slots). Its cost grows with the appointments and meetings, not the days.
#include <algorithm>

#include "compliance/engine.hpp"

namespace mandat::compliance {
namespace {

std::uint64_t key3(int a, int b, int c) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) << 42) ^
           (static_cast<std::uint64_t>(static_cast<std::uint32_t>(b)) << 21) ^
           static_cast<std::uint64_t>(static_cast<std::uint32_t>(c));
}

}  // namespace

void engine::apply(const seat_event& a) {
    const int delta = a.starts ? 1 : -1;
    if (a.seat) {
        int& c = seat_count_[key3(a.body, a.person, a.org)];
        const bool was = c > 0;
        c += delta;
        const bool is = c > 0;
        if (was != is) {
            body_org_count_[static_cast<std::size_t>(a.body)][static_cast<std::size_t>(a.org)] += is ? 1 : -1;
            auto& orgs = seated_[static_cast<std::size_t>(a.body)][a.person];
            auto& first_count = first_org_count_[static_cast<std::size_t>(a.body)];
            if (!orgs.empty() && --first_count[orgs.front()] == 0) first_count.erase(orgs.front());
            if (is) {
                orgs.insert(std::upper_bound(orgs.begin(), orgs.end(), a.org), a.org);
            } else {
                orgs.erase(std::find(orgs.begin(), orgs.end(), a.org));
            }
            if (!orgs.empty()) ++first_count[orgs.front()];
            if (orgs.empty()) seated_[static_cast<std::size_t>(a.body)].erase(a.person);
            touch({slot_kind::quota, a.body, a.org, -1, -1});
            touch({slot_kind::duplicate, a.body, -1, a.person, -1});
        }
        if (c == 0) seat_count_.erase(key3(a.body, a.person, a.org));
    }
    if (a.role_slot >= 0) {
        auto& h = holders_[static_cast<std::size_t>(a.role_slot)];
        int& c = h[{a.person, a.org}];
        c += delta;
        if (c == 0) h.erase({a.person, a.org});
        holder_total_[static_cast<std::size_t>(a.role_slot)] += delta;
        touch({slot_kind::role_wrong, -1, a.org, a.person, a.role_slot});
        touch({slot_kind::role_missing, -1, -1, -1, a.role_slot});
    }
}

// The slot's value on day d, or nullopt when it has no finding that day.
std::optional<slot_value> engine::value(const slot& s, date d) const {
    switch (s.kind) {
        case slot_kind::quota:
            return seats_within_quota(s);
        case slot_kind::duplicate:
            return one_organisation_per_person(s);
        case slot_kind::role_wrong:
            return role_from_leading_organisation(s, d);
        case slot_kind::role_missing:
            return role_filled(s);
    }
    return std::nullopt;
}

// Emits the finding of slot `s`, open since f.start, up to `last`.
void engine::close(const slot& s, const open_finding& f, date last) {
    switch (s.kind) {
        case slot_kind::quota:
            return close_seats_within_quota(s, f, last);
        case slot_kind::duplicate:
            return close_one_organisation_per_person(s, f, last);
        case slot_kind::role_wrong:
            return close_role_from_leading_organisation(s, f, last);
        case slot_kind::role_missing:
            return close_role_filled(s, f, last);
    }
}

void engine::evaluate_touched(date d) {
    std::sort(touched_.begin(), touched_.end());
    touched_.erase(std::unique(touched_.begin(), touched_.end()), touched_.end());
    for (const slot& s : touched_) {
        auto v = value(s, d);
        auto it = open_.find(s);
        if (it != open_.end()) {
            if (v && *v == it->second.value) continue;  // unchanged: the finding runs on
            close(s, it->second, prev_day(d));
            open_.erase(it);
        }
        if (v) open_.emplace(s, open_finding{d, std::move(*v)});
    }
    touched_.clear();
}

void engine::sweep() {
    // Events bucketed by day (a counting sort: days are bounded by the interval), so the
    // sweep stays linear in the number of appointments and meetings.
    const std::size_t span = static_cast<std::size_t>((E_ - S_).days()) + 1;
    auto offset = [&](date d) { return static_cast<std::size_t>((d - S_).days()); };
    std::vector<std::uint32_t> start(span + 1, 0);  // CSR: events of day k are [start[k], start[k+1])
    std::vector<char> change(span, 0);
    change[0] = 1;
    for (const auto& a : live_) {
        ++start[offset(a.first) + 1];
        change[offset(a.first)] = 1;
        if (a.last < E_) {
            ++start[offset(a.last) + 2];
            change[offset(a.last) + 1] = 1;
        }
    }
    for (std::size_t k = 0; k < span; ++k) start[k + 1] += start[k];
    // Each event carries what apply() needs, so the sweep reads it in order, without
    // jumping around the appointments.
    std::vector<seat_event> events(start[span]);
    {
        std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
        for (const auto& a : live_) {
            const seat_event e{a.person, a.body, a.org, a.role_slot, a.seat, true};
            events[fill[offset(a.first)]++] = e;
            if (a.last < E_) {
                seat_event end = e;
                end.starts = false;
                events[fill[offset(a.last) + 1]++] = end;
            }
        }
    }
    // Each 1 January and each meeting day is a change point too.
    for (int y = year_of(S_) + 1; y <= year_of(E_); ++y) change[offset(first_day_of_year(y))] = 1;
    for (const auto& mt : meetings_) change[offset(mt.on)] = 1;

    std::size_t mi = 0;
    for (std::size_t k = 0; k < span; ++k) {
        if (!change[k]) continue;
        const date d = S_ + boost::gregorian::days(static_cast<long>(k));
        if (k == 0) {
            for (std::size_t b = 0; b < m_.bodies.size(); ++b)
                for (const auto& q : m_.bodies[b].quotas)
                    touch({slot_kind::quota, static_cast<int>(b), org_ix_.at(q.organisation_id), -1, -1});
            for (int r = 0; r < role_slots_; ++r) touch({slot_kind::role_missing, -1, -1, -1, r});
        }
        for (std::uint32_t e = start[k]; e < start[k + 1]; ++e) apply(events[e]);
        if (d.month() == 1 && d.day() == 1 && k != 0) {
            // A new year: the leading organisation may change for every role holder.
            for (int r = 0; r < role_slots_; ++r)
                for (const auto& [po, n] : holders_[static_cast<std::size_t>(r)])
                    touch({slot_kind::role_wrong, -1, po.second, po.first, r});
        }
        evaluate_touched(d);
        for (; mi < meetings_.size() && meetings_[mi].on == d; ++mi) members_attend(meetings_[mi]);
    }
    for (const auto& [s, f] : open_) close(s, f, E_);
    open_.clear();
}

}  // namespace mandat::compliance
