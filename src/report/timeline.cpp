// The timeline of a report (see mandat/timeline.hpp): tenures packed into lanes, meetings,
// where each breach lies, and who held the rotation's roles each year.
#include "mandat/timeline.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "mandat/redaction.hpp"

namespace mandat {
namespace {

// The last day of an open-ended appointment, for comparisons only: never drawn or written.
const date open_end(9999, 12, 31);

// One person's continuous hold, before clipping.
struct hold {
    date first, last;  // last is open_end when open-ended
    std::vector<role_span> roles;
};

// The holds of one person in one lane: appointments merged when they overlap or follow
// each other without a day between.
std::vector<hold> merge(std::vector<const appointment*> as) {
    std::sort(as.begin(), as.end(), [](const appointment* a, const appointment* b) { return a->start_date < b->start_date; });
    std::vector<hold> out;
    for (const appointment* a : as) {
        const date last = a->end_date.value_or(open_end);
        const bool joins = !out.empty() && (a->start_date - out.back().last).days() <= 1;
        if (!joins) out.push_back({a->start_date, last, {}});
        hold& h = out.back();
        h.last = std::max(h.last, last);
        if (a->role == role::leader || a->role == role::coordinator) h.roles.push_back({a->role, a->start_date, last});
    }
    return out;
}

// Role stretches clipped to [from, to] and merged per role where they touch.
std::vector<role_span> clip_roles(std::vector<role_span> spans, date from, date to) {
    std::sort(spans.begin(), spans.end(), [](const role_span& a, const role_span& b) {
        return std::tie(a.role, a.start_date) < std::tie(b.role, b.start_date);
    });
    std::vector<role_span> out;
    for (auto s : spans) {
        s.start_date = std::max(s.start_date, from);
        s.end_date = std::min(s.end_date, to);
        if (s.start_date > s.end_date) continue;
        if (!out.empty() && out.back().role == s.role && (s.start_date - out.back().end_date).days() <= 1)
            out.back().end_date = std::max(out.back().end_date, s.end_date);
        else
            out.push_back(s);
    }
    std::sort(out.begin(), out.end(), [](const role_span& a, const role_span& b) { return a.start_date < b.start_date; });
    return out;
}

// Packs the lane's tenures into rows: each takes the first row free on its first day; a full
// lane puts the rest in its last row.
void pack(lane& l) {
    std::sort(l.tenures.begin(), l.tenures.end(), [](const tenure& a, const tenure& b) {
        return std::tie(a.start_date, a.end_date, a.person_id) < std::tie(b.start_date, b.end_date, b.person_id);
    });
    std::vector<date> row_end;
    for (auto& t : l.tenures) {
        auto free = std::find_if(row_end.begin(), row_end.end(), [&](date e) { return e < t.start_date; });
        if (free != row_end.end()) {
            t.row = static_cast<unsigned>(free - row_end.begin());
        } else if (row_end.size() < max_lane_rows) {
            t.row = static_cast<unsigned>(row_end.size());
            row_end.push_back(t.end_date);
        } else {
            t.row = max_lane_rows - 1;
            ++l.overflow;
        }
        row_end[t.row] = std::max(row_end[t.row], t.end_date);
    }
    l.rows = std::max<unsigned>(1, static_cast<unsigned>(row_end.size()));
}

bool about_secretary(const finding& f) {
    return f.code == codes::rotation_wrong_secretary_org || f.code == codes::rotation_missing_secretary;
}

bool about_meetings(const finding& f) { return f.code.rfind("meetings.", 0) == 0 || f.code.rfind("attendance.", 0) == 0; }

class builder {
public:
    builder(const mandate& m, const roster& r, const report& rep) : m_(m), r_(r), rep_(rep), shown_(r, rep.redacted, rep.lang) {}

    body_timeline body(const mandat::body& b) const {
        body_timeline out;
        out.body_id = b.id;
        out.name = b.name;
        // (secretary?, organisation, person) -> appointments, in the roster's order of organisations.
        std::map<std::tuple<bool, std::string, std::string>, std::vector<const appointment*>> groups;
        std::vector<std::string> other_orgs;
        for (const auto& a : r_.appointments) {
            if (a.body_id != b.id) continue;
            const bool secretary = a.role == role::secretary;
            groups[{secretary, a.organisation_id, a.person_id}].push_back(&a);
            if (!secretary && !b.quota_for(a.organisation_id) &&
                std::find(other_orgs.begin(), other_orgs.end(), a.organisation_id) == other_orgs.end())
                other_orgs.push_back(a.organisation_id);
        }
        for (const auto& q : b.quotas) out.lanes.push_back({lane_kind::seats, q.organisation_id, q.min, q.max, 1, 0, {}});
        for (const auto& o : other_orgs) out.lanes.push_back({lane_kind::seats, o, std::nullopt, std::nullopt, 1, 0, {}});
        lane secretaries{lane_kind::secretary, "", std::nullopt, std::nullopt, 1, 0, {}};
        for (auto& [key, as] : groups) {
            const auto& [secretary, org, person] = key;
            lane* l = &secretaries;
            if (!secretary)
                for (auto& x : out.lanes)
                    if (x.organisation_id == org) l = &x;
            for (auto& h : merge(as)) {
                tenure t;
                t.start_date = std::max(h.first, rep_.from);
                t.end_date = std::min(h.last, rep_.to);
                if (t.start_date > t.end_date) continue;
                t.person_id = shown_.id(person);
                t.name = shown_.name(person);
                t.organisation_id = org;
                t.first_day = h.first;
                if (h.last != open_end) t.last_day = h.last;
                t.roles = clip_roles(std::move(h.roles), t.start_date, t.end_date);
                l->tenures.push_back(std::move(t));
            }
        }
        // Other organisations' lanes are drawn only when a tenure falls in the interval.
        out.lanes.erase(
            std::remove_if(out.lanes.begin(), out.lanes.end(), [](const lane& l) { return !l.quota_min && l.tenures.empty(); }),
            out.lanes.end());
        if (!secretaries.tenures.empty()) out.lanes.push_back(std::move(secretaries));
        for (auto& l : out.lanes) pack(l);
        for (const auto& mt : r_.meetings)
            if (mt.body_id == b.id && rep_.from <= mt.on && mt.on <= rep_.to)
                out.meetings.push_back({mt.on, shown_.text(mt.title), mt.attendee_ids.size()});
        std::stable_sort(out.meetings.begin(), out.meetings.end(),
                         [](const meeting_mark& a, const meeting_mark& b) { return a.day < b.day; });
        place_breaches(out);
        return out;
    }

    year_people year(const year_summary& y, const std::vector<body_timeline>& bodies) const {
        year_people out{y.year, y.leading_organisation, {}};
        const date first = std::max(first_day_of_year(y.year), rep_.from);
        const date last = std::min(last_day_of_year(y.year), rep_.to);
        auto add = [&](std::vector<role_holder>& into, const std::string& role_name, const std::string& body_id, const tenure& t,
                       date s, date e) {
            s = std::max(s, first);
            e = std::min(e, last);
            if (s <= e) into.push_back({role_name, body_id, t.person_id, t.name, t.organisation_id, s, e});
        };
        auto by_date = [](const role_holder& a, const role_holder& b) {
            return std::tie(a.start_date, a.person_id) < std::tie(b.start_date, b.person_id);
        };
        for (const auto& lr : m_.rotation.roles) {
            std::vector<role_holder> holders;
            for (const auto& bt : bodies) {
                if (bt.body_id != lr.body_id) continue;
                for (const auto& l : bt.lanes)
                    for (const auto& t : l.tenures)
                        for (const auto& s : t.roles)
                            if (to_string(s.role) == lr.role) add(holders, lr.role, bt.body_id, t, s.start_date, s.end_date);
            }
            std::sort(holders.begin(), holders.end(), by_date);
            out.holders.insert(out.holders.end(), holders.begin(), holders.end());
        }
        std::vector<role_holder> secretaries;
        for (const auto& bt : bodies)
            for (const auto& l : bt.lanes)
                if (l.kind == lane_kind::secretary)
                    for (const auto& t : l.tenures) add(secretaries, "secretary", bt.body_id, t, t.start_date, t.end_date);
        std::sort(secretaries.begin(), secretaries.end(), by_date);
        out.holders.insert(out.holders.end(), secretaries.begin(), secretaries.end());
        return out;
    }

private:
    // Errors and warnings with dates, on the body they concern, clipped to the interval.
    void place_breaches(body_timeline& bt) const {
        std::optional<std::size_t> secretary_lane;
        for (std::size_t i = 0; i < bt.lanes.size(); ++i)
            if (bt.lanes[i].kind == lane_kind::secretary) secretary_lane = i;
        for (std::size_t i = 0; i < rep_.findings.size(); ++i) {
            const finding& f = rep_.findings[i];
            if (f.severity == severity::info || !f.start_date) continue;
            breach b;
            b.finding = i;
            if (about_secretary(f)) {
                if (!secretary_lane) continue;
                b.place = breach_place::lane;
                b.lane = *secretary_lane;
            } else if (f.body != bt.body_id) {
                continue;
            } else if (about_meetings(f)) {
                b.place = breach_place::meetings;
            } else {
                b.place = breach_place::body;
                for (std::size_t l = 0; l < bt.lanes.size(); ++l)
                    if (!f.organisation.empty() && bt.lanes[l].kind == lane_kind::seats &&
                        bt.lanes[l].organisation_id == f.organisation) {
                        b.place = breach_place::lane;
                        b.lane = l;
                    }
            }
            b.start_date = std::max(*f.start_date, rep_.from);
            b.end_date = std::min(f.end_date.value_or(rep_.to), rep_.to);
            if (b.start_date <= b.end_date) bt.breaches.push_back(b);
        }
    }

    const mandate& m_;
    const roster& r_;
    const report& rep_;
    redactor shown_;  // the report decides: persons redacted as in its findings
};

}  // namespace

timeline make_timeline(const mandate& m, const roster& r, const report& rep) {
    if (rep.mandate_id != m.id)
        throw query_error(errors::query_wrong_mandate,
                          "the report was made against mandate \"" + rep.mandate_id + "\", not \"" + m.id + "\"");
    const builder b(m, r, rep);
    timeline out;
    out.from = rep.from;
    out.to = rep.to;
    for (const auto& body : m.bodies) out.bodies.push_back(b.body(body));
    for (const auto& y : rep.years) out.years.push_back(b.year(y, out.bodies));
    return out;
}

}  // namespace mandat
