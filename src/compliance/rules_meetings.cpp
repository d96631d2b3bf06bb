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
// meeting counts the absent members and names the first few (in roster order; its organisation
// when they all share one); it lists their person ids, all of them only when asked
// (check_options::every_absent): docs/decisions.md, "What an attendance finding lists". Its
// cost grows with the meeting's attendees, not with the body's members: the absent are the
// seated (an ordered map) less the present, counted per first organisation, and only as many as
// are listed are walked.
void engine::members_attend(const meeting_ref& ref) {
    constexpr std::size_t named_in_message = 10;
    const meeting& mt = r_.meetings[ref.index];
    const body& at = bod(ref.body);
    for (const auto& rule : m_.attendance) {
        if (rule.attend != at.id) continue;
        const int a = body_ix_.at(rule.members_of);
        const auto& seated = seated_[static_cast<std::size_t>(a)];
        std::vector<int> present;  // seated person indices, sorted, each once
        for (const auto& id : mt.attendee_ids) {
            auto it = person_ix_.find(id);
            if (it != person_ix_.end() && seated.count(it->second)) present.push_back(it->second);
        }
        std::sort(present.begin(), present.end());
        present.erase(std::unique(present.begin(), present.end()), present.end());
        const std::size_t count = seated.size() - present.size();
        if (count == 0) continue;
        const std::size_t listed = opt_.every_absent ? count : std::min(count, named_in_message);
        std::vector<int> missing;  // the first `listed` absent persons
        missing.reserve(listed);
        for (auto it = seated.begin(); missing.size() < listed; ++it)
            if (!std::binary_search(present.begin(), present.end(), it->first)) missing.push_back(it->first);
        // They share an organisation when every absent member's first one is the first one's.
        const int org = seated.at(missing.front()).front();
        std::size_t absent_of_org = static_cast<std::size_t>(first_org_count_[static_cast<std::size_t>(a)].at(org));
        for (int p : present)
            if (seated.at(p).front() == org) --absent_of_org;
        std::vector<std::string> ids;
        ids.reserve(missing.size());
        for (int p : missing) ids.push_back(shown_.id(pid(p)));
        message_facts facts;
        const char* message_id = "attendance.missing";
        if (count == 1) {
            facts.emplace_back("who", shown_.label(pid(missing.front())));
        } else if (count <= named_in_message) {
            message_id = "attendance.missing.several";
            facts.emplace_back("count", std::to_string(count));
            for (int p : missing) facts.emplace_back("who", shown_.label(pid(p)));
        } else {
            message_id = opt_.every_absent ? "attendance.missing.many" : "attendance.missing.many_listed";
            facts.emplace_back("count", std::to_string(count));
            std::string first;
            for (std::size_t i = 0; i < named_in_message; ++i) first += (i ? ", " : "") + shown_.label(pid(missing[i]));
            facts.emplace_back("first", std::move(first));
            facts.emplace_back("more", std::to_string(count - named_in_message));
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
                 .organisation(absent_of_org == count ? oid(org) : std::string())
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
