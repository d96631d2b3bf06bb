// Generated rosters for benchmarks: deterministic, any size, shaped like a real register.
//
// Each seat of the Trøndelag bodies is a "line" whose holder changes every `tenure_days`;
// a holder's tenure is recorded as many short, overlapping appointment records (as a
// register that renews or re-records seats does), so head counts stay near the quotas while
// the number of appointments grows. Leader, coordinator and secretary lines follow the
// rotation. Meetings are spread over the period, attended by the lines' holders, now and
// then with one absent. Breaches arise where records leave gaps or tenures overlap.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "mandat/mandat.hpp"

namespace mandat::bench {

struct line {
    std::string body;
    std::string org;  // "" for rotation lines: the year's leading organisation
    mandat::role role;
};

inline std::vector<line> trondelag_lines() {
    using mandat::role;
    return {{"styringsgruppen", "ks", role::member},  {"styringsgruppen", "ks", role::member},
            {"styringsgruppen", "tfk", role::member}, {"styringsgruppen", "sf", role::member},
            {"styringsgruppen", "nfr", role::member}, {"styringsgruppen", "kdu", role::member},
            {"arbeidsutvalget", "tfk", role::member}, {"arbeidsutvalget", "ks", role::member},
            {"arbeidsutvalget", "sf", role::member},  {"arbeidsutvalget", "nfr", role::member},
            {"styringsgruppen", "", role::leader},    {"arbeidsutvalget", "", role::coordinator},
            {"arbeidsutvalget", "", role::secretary}};
}

inline mandat::roster generate_roster(const mandat::mandate& m, std::size_t appointments, std::size_t meetings,
                                      unsigned seed = 2022, int tenure_days = 240) {
    std::mt19937_64 rng(seed);
    const auto lines = trondelag_lines();
    const date first = m.first_day(), last = m.last_day();
    const int span = static_cast<int>((last - first).days()) + 1;
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    auto holder = [&](std::size_t li, date d, const std::string& org) {
        const int tenure = static_cast<int>((d - first).days()) / tenure_days;
        return "l" + std::to_string(li) + "-" + org + "-" + std::to_string(tenure);
    };
    mandat::roster r;
    std::vector<std::string> seen;
    auto add_person = [&](const std::string& id) {
        r.persons.push_back({id, "Person " + id, std::nullopt, std::nullopt, std::nullopt, {}});
    };
    // Every holder a line can have, in a stable order.
    for (std::size_t li = 0; li < lines.size(); ++li)
        for (int t = 0; t * tenure_days < span; ++t)
            for (const auto& org : lines[li].org.empty() ? m.rotation.order : std::vector<std::string>{lines[li].org})
                add_person("l" + std::to_string(li) + "-" + org + "-" + std::to_string(t));
    r.appointments.reserve(appointments);
    // Record length: long enough that the records cover most days at small sizes.
    const int max_len = std::max(
        2, static_cast<int>(std::min<std::size_t>(120, 40 * span * lines.size() / std::max<std::size_t>(appointments, 1))));
    for (std::size_t i = 0; i < appointments; ++i) {
        const std::size_t li = i % lines.size();
        const line& l = lines[li];
        const date start = first + boost::gregorian::days(uniform(0, span - 1));
        date end = start + boost::gregorian::days(uniform(0, max_len));
        // A record stays within its holder's tenure and its year (the rotation's turn).
        const std::string org = l.org.empty() ? m.rotation.turn(static_cast<int>(start.year())) : l.org;
        const int tenure_end = ((static_cast<int>((start - first).days()) / tenure_days) + 1) * tenure_days - 1;
        end = std::min(end, first + boost::gregorian::days(tenure_end));
        if (l.org.empty()) end = std::min(end, date(start.year(), 12, 31));
        if (uniform(0, 999) == 0) end = end + boost::gregorian::days(uniform(1, 40));  // now and then: overlap
        mandat::appointment a;
        a.person_id = holder(li, start, org);
        a.body_id = l.body;
        a.organisation_id = org;
        a.role = l.role;
        a.start_date = start;
        a.end_date = std::min(end, last + boost::gregorian::days(30));
        r.appointments.push_back(std::move(a));
    }
    r.meetings.reserve(meetings);
    for (std::size_t i = 0; i < meetings; ++i) {
        mandat::meeting mt;
        mt.body_id = i % 3 == 0 ? "styringsgruppen" : "arbeidsutvalget";
        mt.on = first + boost::gregorian::days(uniform(0, span - 1));
        for (std::size_t li = 0; li < lines.size(); ++li) {
            const line& l = lines[li];
            if (l.role != mandat::role::member) continue;
            if (mt.body_id == "arbeidsutvalget" && l.body != "arbeidsutvalget") continue;
            mt.attendee_ids.push_back(holder(li, mt.on, l.org));
        }
        if (!mt.attendee_ids.empty() && uniform(0, 9) == 0)
            mt.attendee_ids.erase(mt.attendee_ids.begin() + uniform(0, static_cast<int>(mt.attendee_ids.size()) - 1));
        r.meetings.push_back(std::move(mt));
    }
    return r;
}

}  // namespace mandat::bench
