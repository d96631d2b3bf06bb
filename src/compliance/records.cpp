// Every membership and meeting record on its own: its references (R1 for an organisation;
// unknown persons and bodies) and the mandate's period (R11). Nothing is dropped: what the
// sweep cannot count is a finding here.
#include <algorithm>

#include "compliance/engine.hpp"

namespace mandat::compliance {

// R1 (deltakelse): an organisation the mandate does not name; R11 (varighet): the days of a
// membership outside the period in force, as info. Also the references to persons and
// bodies, and the roles the rotation does not give a body (R6).
void engine::check_membership_records() {
    const date P0 = m_.first_day(), P1 = m_.last_day();
    live_.reserve(r_.appointments.size());
    // Outside the period, a window side that reaches the period's end is open: a window from
    // the first to the last day of the mandate (or wider) cuts nothing away, and equals no
    // window at all (docs/compliance.md).
    const std::optional<date> lo = opt_.from && *opt_.from > P0 ? opt_.from : std::nullopt;
    const std::optional<date> hi = opt_.to && *opt_.to < P1 ? opt_.to : std::nullopt;
    for (std::size_t i = 0; i < r_.appointments.size(); ++i) {
        const appointment& a = r_.appointments[i];
        const std::string where = appointment_pointer(i);
        const std::string person = shown_.id(a.person_id);
        // The days outside the mandate's period: info, never dropped.
        auto outside = [&](date first, std::optional<date> last) {
            if (lo && first < *lo) first = *lo;
            if (hi && (!last || *last > *hi)) last = *hi;
            if (last && *last < first) return;
            emit(finding_builder(codes::period_outside, severity::info)
                     .message("period.outside.membership")
                     .cite(m_.validity.cite)
                     .body(a.body_id)
                     .organisation(a.organisation_id)
                     .person(person)
                     .dates(first, last)
                     .facts({{"where", where},
                             {"who", shown_.label(a.person_id)},
                             {"period_first", format_date(P0)},
                             {"period_last", format_date(P1)}}));
        };
        if (a.start_date < P0) outside(a.start_date, std::min(a.end_date.value_or(prev_day(P0)), prev_day(P0)));
        if ((!a.end_date || *a.end_date > P1) && P1 < last_supported_day())
            outside(std::max(a.start_date, next_day(P1)), a.end_date);
        if (!within_asked(a.start_date, a.end_date)) continue;
        auto b = body_ix_.find(a.body_id);
        auto o = org_ix_.find(a.organisation_id);
        auto p = person_ix_.find(a.person_id);
        const citation& body_cite = b != body_ix_.end() ? bod(b->second).quota_cite : m_.bodies_cite;
        // The record's references, each finding on the record's days.
        auto unresolved = [&](const char* code, const char* message_id, const citation& cite) {
            finding_builder f(code, severity::error);
            f.message(message_id)
                .cite(cite)
                .body(a.body_id)
                .organisation(a.organisation_id)
                .person(person)
                .dates(a.start_date, a.end_date)
                .fact("where", where);
            return f;
        };
        if (p == person_ix_.end())
            emit(unresolved(codes::unknown_person, "unknown.person.membership", body_cite).fact("person", person));
        if (b == body_ix_.end())
            emit(unresolved(codes::unknown_body, "unknown.body.membership", m_.bodies_cite).fact("body", a.body_id));
        if (o == org_ix_.end())
            emit(unresolved(codes::unknown_organisation, "unknown.organisation.membership", m_.parties.cite)
                     .fact("organisation", a.organisation_id));
        if (p == person_ix_.end() || b == body_ix_.end() || o == org_ix_.end() || !sweep_) continue;

        // Clip to the sweep interval; the rest of the record is covered above.
        const date first = std::max(a.start_date, S_);
        const date last = a.end_date ? std::min(*a.end_date, E_) : E_;
        if (last < first) continue;
        int role_slot = role_slot_of(a);
        if (role_slot == -2) {
            emit(finding_builder(codes::roster_role_outside_body, severity::warning)
                     .cite(m_.rotation.cite)
                     .body(a.body_id)
                     .organisation(a.organisation_id)
                     .person(person)
                     .dates(first, last)
                     .facts({{"who", shown_.label(a.person_id)},
                             {"role", std::string(to_string(a.role))},
                             {"body", a.body_id},
                             {"body_name", bod(b->second).name}}));
            role_slot = -1;
        }
        live_.push_back({p->second, b->second, o->second, role_slot, holds_seat(a.role), first, last});
    }
}

// R11 (varighet) for meetings, and their references to bodies and persons.
void engine::check_meeting_records() {
    meetings_.reserve(r_.meetings.size());
    for (std::size_t i = 0; i < r_.meetings.size(); ++i) {
        const meeting& mt = r_.meetings[i];
        const std::string where = meeting_pointer(i);
        const date P0 = m_.first_day(), P1 = m_.last_day();
        const bool within_open =
            (!opt_.from || *opt_.from <= P0 || mt.on >= *opt_.from) && (!opt_.to || *opt_.to >= P1 || mt.on <= *opt_.to);
        if (!m_.in_force(mt.on) && within_open) {  // outside the period: the window's sides open as for memberships
            emit(finding_builder(codes::period_outside, severity::info)
                     .message("period.outside.meeting")
                     .cite(m_.validity.cite)
                     .body(mt.body_id)
                     .on(mt.on)
                     .facts({{"where", where}, {"date", format_date(mt.on)}}));
        }
        if (!within_asked(mt.on, mt.on)) continue;
        auto b = body_ix_.find(mt.body_id);
        if (b == body_ix_.end())
            emit(finding_builder(codes::unknown_body, severity::error)
                     .message("unknown.body.meeting")
                     .cite(m_.bodies_cite)
                     .body(mt.body_id)
                     .on(mt.on)
                     .facts({{"where", where}, {"body", mt.body_id}}));
        for (const auto& id : mt.attendee_ids)
            if (!person_ix_.count(id)) {
                const std::string person = shown_.id(id);
                emit(finding_builder(codes::unknown_person, severity::error)
                         .message("unknown.person.meeting")
                         .cite(b != body_ix_.end() ? bod(b->second).established : m_.bodies_cite)
                         .body(mt.body_id)
                         .person(person)
                         .on(mt.on)
                         .facts({{"where", where}, {"person", person}}));
            }
        if (!m_.in_force(mt.on) || b == body_ix_.end() || !sweep_ || mt.on < S_ || mt.on > E_) continue;
        meetings_.push_back({mt.on, b->second, i});
    }
    std::stable_sort(meetings_.begin(), meetings_.end(),
                     [](const auto& x, const auto& y) { return std::tie(x.on, x.body) < std::tie(y.on, y.body); });
}

}  // namespace mandat::compliance
