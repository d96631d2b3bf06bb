// The records each segment of a check across versions meets (see segments.hpp).
#include "history/segments.hpp"

#include <algorithm>
#include <cstdlib>

#include "mandat/messages.hpp"
#include "mandat/roster_document.hpp"

namespace mandat::detail {

segment_records::segment_records(const roster& r, const std::vector<segment>& segments)
    : r_(r), segments_(segments), appointments_(segments.size()), meetings_(segments.size()) {
    // Segments are sorted and disjoint: the first one a record may meet is found by halving,
    // and the record joins each segment from there until one starts after its last day.
    auto first_meeting = [&](date d) {
        return std::lower_bound(segments.begin(), segments.end(), d, [](const segment& s, date x) { return s.last < x; });
    };
    for (std::size_t i = 0; i < r.appointments.size(); ++i) {
        const appointment& a = r.appointments[i];
        for (auto it = first_meeting(a.start_date); it != segments.end() && (!a.end_date || it->first <= *a.end_date); ++it)
            appointments_[static_cast<std::size_t>(it - segments.begin())].push_back(i);
    }
    for (std::size_t i = 0; i < r.meetings.size(); ++i) {
        const meeting& mt = r.meetings[i];
        const auto it = first_meeting(mt.on);
        if (it != segments.end() && it->first <= mt.on) meetings_[static_cast<std::size_t>(it - segments.begin())].push_back(i);
        meetings_by_body_[mt.body_id].push_back(i);
    }
    for (auto& [b, v] : meetings_by_body_)
        std::stable_sort(v.begin(), v.end(), [&](std::size_t x, std::size_t y) { return r.meetings[x].on < r.meetings[y].on; });
    for (std::size_t i = 0; i < r.persons.size(); ++i) persons_by_id_[r.persons[i].id].push_back(i);
}

void segment_records::add_persons(const std::string& id, std::vector<std::size_t>& out) const {
    const auto it = persons_by_id_.find(id);
    if (it != persons_by_id_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
}

// R8 counts every meeting in force under the version, also before the checked days: the
// meeting before a segment's first (that year) and a preparing meeting since then. The last
// meeting of each body before the segment, in its year and in force, answers both.
void segment_records::add_preparation(std::size_t k, std::vector<std::size_t>& out) const {
    const segment& s = segments_[k];
    if (s.m->preparation.empty()) return;
    const date since = std::max(first_day_of_year(static_cast<int>(s.first.year())), s.m->first_day());
    for (const auto& bd : s.m->bodies) {
        const auto it = meetings_by_body_.find(bd.id);
        if (it == meetings_by_body_.end()) continue;
        const auto& v = it->second;
        const auto after =
            std::lower_bound(v.begin(), v.end(), s.first, [&](std::size_t i, date d) { return r_.meetings[i].on < d; });
        if (after != v.begin() && r_.meetings[*std::prev(after)].on >= since) out.push_back(*std::prev(after));
    }
}

sub_roster segment_records::build(std::size_t k) const {
    sub_roster s;
    std::vector<std::size_t> earlier;  // meetings before the segment, for R8
    add_preparation(k, earlier);
    if (appointments_[k].size() == r_.appointments.size() && meetings_[k].size() + earlier.size() == r_.meetings.size()) {
        s.whole = true;
        return s;
    }
    s.appointment_from = appointments_[k];
    s.r.appointments.reserve(s.appointment_from.size());
    std::vector<std::size_t> persons;
    for (std::size_t i : s.appointment_from) {
        s.r.appointments.push_back(r_.appointments[i]);
        add_persons(r_.appointments[i].person_id, persons);
    }
    for (std::size_t i : meetings_[k])
        for (const auto& id : r_.meetings[i].attendee_ids) add_persons(id, persons);
    s.meeting_from = meetings_[k];
    s.meeting_from.insert(s.meeting_from.end(), earlier.begin(), earlier.end());
    std::sort(s.meeting_from.begin(), s.meeting_from.end());
    s.r.meetings.reserve(s.meeting_from.size());
    for (std::size_t i : s.meeting_from) {
        s.r.meetings.push_back(r_.meetings[i]);
        if (r_.meetings[i].on < segments_[k].first) s.r.meetings.back().attendee_ids.clear();
    }
    std::sort(persons.begin(), persons.end());
    persons.erase(std::unique(persons.begin(), persons.end()), persons.end());
    s.r.persons.reserve(persons.size());
    for (std::size_t i : persons) s.r.persons.push_back(r_.persons[i]);
    return s;
}

void segment_records::renumber(finding& f, const sub_roster& s, language lang) {
    if (s.whole) return;
    bool changed = false;
    for (auto& [name, value] : f.facts) {
        if (name != "where") continue;
        const auto slash = value.rfind('/');
        if (slash == std::string::npos) continue;
        char* end = nullptr;
        const unsigned long long i = std::strtoull(value.c_str() + slash + 1, &end, 10);
        if (i < s.appointment_from.size() && value == appointment_pointer(i)) {
            value = appointment_pointer(s.appointment_from[i]);
            changed = true;
        } else if (i < s.meeting_from.size() && value == meeting_pointer(i)) {
            value = meeting_pointer(s.meeting_from[i]);
            changed = true;
        }
    }
    if (changed) f.message = render_message(f, lang);
}

}  // namespace mandat::detail
