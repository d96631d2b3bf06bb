// The meetings: R2 and R3 (how many a year), R4 (who attends), R8 (preparation).
#include <algorithm>

#include "compliance/engine.hpp"

namespace mandat::compliance {

// R2, R3 - "Styringsgruppen har ca 4 møter i året, arbeidsutvalget inntil 8 møter i året.":
// meetings per calendar year, judged only for years wholly inside the checked interval; a
// partial year is reported as info with the count so far.
void engine::meetings_per_year() {
    std::map<std::pair<int, int>, unsigned> held;  // (body, year) -> meetings in the interval
    for (const auto& mt : meetings_) ++held[{mt.body, year_of(mt.on)}];
    for (std::size_t b = 0; b < m_.bodies.size(); ++b) {
        const body& bd = m_.bodies[b];
        if (!bd.meetings) continue;
        const meeting_frequency& f = *bd.meetings;
        for (int y = year_of(S_); y <= year_of(E_); ++y) {
            const date y0 = std::max(first_day_of_year(y), S_), y1 = std::min(last_day_of_year(y), E_);
            const auto it = held.find({static_cast<int>(b), y});
            const unsigned n = it == held.end() ? 0 : it->second;
            const bool whole = y0 == first_day_of_year(y) && y1 == last_day_of_year(y);
            message_facts facts{
                {"body", bd.id}, {"body_name", bd.name}, {"count", std::to_string(n)}, {"year", std::to_string(y)}};
            if (f.target) facts.emplace_back("target", std::to_string(*f.target));
            if (f.maximum) facts.emplace_back("maximum", std::to_string(*f.maximum));
            if (!whole) {
                facts.emplace_back("first", format_date(y0));
                facts.emplace_back("last", format_date(y1));
                emit(finding_builder(codes::meetings_partial_year, severity::info)
                         .message(f.target ? "meetings.partial_year.target" : "meetings.partial_year.maximum")
                         .cite(f.cite)
                         .body(bd.id)
                         .dates(y0, y1)
                         .facts(std::move(facts)));
                continue;
            }
            if (f.maximum && n > *f.maximum)
                emit(finding_builder(codes::meetings_above_max, severity::error)
                         .cite(f.cite)
                         .body(bd.id)
                         .dates(y0, y1)
                         .facts(facts));
            if (f.target && n != *f.target) {
                const unsigned off = n > *f.target ? n - *f.target : *f.target - n;
                emit(finding_builder(codes::meetings_off_target, off <= f.tolerance ? severity::info : severity::warning)
                         .cite(f.cite)
                         .body(bd.id)
                         .dates(y0, y1)
                         .facts(facts));
            }
        }
    }
}

// R4 - "Arbeidsutvalgets medlemmer deltar i styringsgruppens møter.": those holding a seat in
// `members_of` on the meeting's day are expected at every meeting of `attend`. One finding per
// meeting names every absent member (its person ids, in roster order; its organisation when
// they share one), so that a large body absent from many meetings costs one finding a meeting,
// not one a person and meeting. Its message names the first few by name and counts the rest.
void engine::members_attend(const meeting_ref& ref) {
    constexpr std::size_t named_in_message = 10;
    const meeting& mt = r_.meetings[ref.index];
    const body& at = bod(ref.body);
    for (const auto& rule : m_.attendance) {
        if (rule.attend != at.id) continue;
        const int a = body_ix_.at(rule.members_of);
        std::vector<int> present;  // person indices, sorted
        for (const auto& id : mt.attendee_ids) {
            auto it = person_ix_.find(id);
            if (it != person_ix_.end()) present.push_back(it->second);
        }
        std::sort(present.begin(), present.end());
        std::vector<std::pair<int, int>> missing;  // person, organisation
        for (const auto& [p, orgs] : seated_[static_cast<std::size_t>(a)])
            if (!std::binary_search(present.begin(), present.end(), p)) missing.emplace_back(p, orgs.front());
        if (missing.empty()) continue;
        std::sort(missing.begin(), missing.end());
        bool one_org = true;
        std::vector<std::string> ids;
        ids.reserve(missing.size());
        for (const auto& [p, o] : missing) {
            ids.push_back(shown_.id(pid(p)));
            one_org = one_org && o == missing.front().second;
        }
        message_facts facts;
        const char* message_id = "attendance.missing";
        if (missing.size() == 1) {
            facts.emplace_back("who", shown_.label(pid(missing.front().first)));
        } else {
            message_id = missing.size() <= named_in_message ? "attendance.missing.several" : "attendance.missing.many";
            facts.emplace_back("count", std::to_string(missing.size()));
            std::string first;
            for (std::size_t i = 0; i < missing.size() && i < named_in_message; ++i) {
                if (missing.size() <= named_in_message) {
                    facts.emplace_back("who", shown_.label(pid(missing[i].first)));
                } else {
                    first += (i ? ", " : "") + shown_.label(pid(missing[i].first));
                }
            }
            if (missing.size() > named_in_message) {
                facts.emplace_back("first", std::move(first));
                facts.emplace_back("more", std::to_string(missing.size() - named_in_message));
            }
        }
        facts.emplace_back("members_body", bod(a).id);
        facts.emplace_back("members_body_name", bod(a).name);
        facts.emplace_back("body", at.id);
        facts.emplace_back("body_name", at.name);
        facts.emplace_back("date", format_date(mt.on));
        emit(finding_builder(codes::attendance_missing, severity::warning)
                 .message(message_id)
                 .cite(rule.cite)
                 .body(at.id)
                 .organisation(one_org ? oid(missing.front().second) : std::string())
                 .persons(std::move(ids))
                 .on(mt.on)
                 .facts(std::move(facts)));
    }
}

// R8 - "Forbereder møter og saker til styringsgruppa": each meeting of `prepares` follows a
// meeting of `body_id` since the previous one that year (or since 1 January). A preparing
// meeting on the same day counts.
void engine::meetings_prepared() {
    // All meetings in force count as preparation or as "the previous meeting", also those
    // before the checked interval.
    std::vector<std::vector<date>> in_force(m_.bodies.size());
    for (const auto& mt : r_.meetings) {
        auto b = body_ix_.find(mt.body_id);
        if (b != body_ix_.end() && m_.in_force(mt.on)) in_force[static_cast<std::size_t>(b->second)].push_back(mt.on);
    }
    for (auto& v : in_force) std::sort(v.begin(), v.end());
    for (const auto& rule : m_.preparation) {
        const auto& prep = in_force[static_cast<std::size_t>(body_ix_.at(rule.body_id))];
        const auto& held = in_force[static_cast<std::size_t>(body_ix_.at(rule.prepares))];
        const body& q = bod(body_ix_.at(rule.prepares));
        const body& p = bod(body_ix_.at(rule.body_id));
        for (std::size_t i = 0; i < held.size(); ++i) {
            const date d = held[i];
            if (d < S_ || d > E_ || (i > 0 && held[i - 1] == d)) continue;  // one finding per day
            // The window: after the previous meeting that year, or from 1 January.
            auto prev = std::lower_bound(held.begin(), held.end(), d);
            date since = first_day_of_year(year_of(d));
            bool exclusive = false;
            if (prev != held.begin() && year_of(*(prev - 1)) == year_of(d)) {
                since = *(prev - 1);
                exclusive = true;
            }
            auto lo =
                exclusive ? std::upper_bound(prep.begin(), prep.end(), since) : std::lower_bound(prep.begin(), prep.end(), since);
            const bool prepared = lo != prep.end() && *lo <= d;
            if (prepared) continue;
            message_facts facts{{"body", q.id},
                                {"body_name", q.name},
                                {"preparing_body", p.id},
                                {"preparing_body_name", p.name},
                                {"date", format_date(d)}};
            if (exclusive) facts.emplace_back("since", format_date(since));
            emit(finding_builder(codes::meetings_unprepared, severity::warning)
                     .message(exclusive ? "meetings.unprepared.after_previous" : "meetings.unprepared.since_new_year")
                     .cite(rule.cite)
                     .body(q.id)
                     .on(d)
                     .facts(std::move(facts)));
        }
    }
}

}  // namespace mandat::compliance
