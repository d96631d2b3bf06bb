// The meeting planner (mandat/planner.hpp, docs/planner.md): R2 and R3 (how many meetings a
// year), R4 (who attends), R8 (each meeting prepared in its window).
#include "mandat/planner.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "mandat/compliance_text.hpp"
#include "mandat/holidays.hpp"

namespace mandat {

namespace {

using days = boost::gregorian::date_duration;

[[noreturn]] void unplannable(const std::string& what) { throw query_error(errors::query_unplannable, what); }

struct planner {
    const mandate& m;
    const plan_options& o;
    date first, last;
    std::set<unsigned> blocked;
    std::set<date> taken;                              // days with a meeting, booked or planned
    std::map<std::string, std::vector<date>> by_body;  // body id -> its meetings in [first, last], sorted
    std::vector<planned_meeting> out;

    // A day a new meeting may have: in force, a working day, not in a blocked week, free.
    bool allowed(date d) const {
        return d >= first && d <= last && is_working_day(d) && blocked.count(static_cast<unsigned>(d.week_number())) == 0 &&
               taken.count(d) == 0;
    }

    void add(planned_meeting pm) {
        taken.insert(pm.on);
        auto& v = by_body[pm.body_id];
        v.insert(std::upper_bound(v.begin(), v.end(), pm.on), pm.on);
        out.push_back(std::move(pm));
    }

    // The preparing body's first meeting in the R8 window of a meeting of `prepares` on `d`:
    // after the previous meeting of `prepares` that year (or from 1 January) up to `d` itself.
    std::optional<date> prepared_by(const std::string& preparer, const std::string& prepares, date d) {
        const date since = window_start(prepares, d);
        const auto& v = by_body[preparer];
        auto it = std::lower_bound(v.begin(), v.end(), since);
        if (it != v.end() && *it <= d) return *it;
        return std::nullopt;
    }
    // The first day of the window (inclusive).
    date window_start(const std::string& prepares, date d) {
        const auto& v = by_body[prepares];
        auto it = std::lower_bound(v.begin(), v.end(), d);
        date since = first_day_of_year(o.year);
        if (it != v.begin()) since = std::max(since, *(it - 1) + days(1));
        return since;
    }
    // The allowed day in [lo, hi] nearest to `aim` (ties: the earlier), if any.
    std::optional<date> nearest(date lo, date hi, date aim) const {
        if (hi < lo) return std::nullopt;
        aim = std::min(std::max(aim, lo), hi);
        for (long k = 0;; ++k) {
            const date before = aim - days(k), after = aim + days(k);
            const bool in_before = before >= lo, in_after = after <= hi;
            if (!in_before && !in_after) return std::nullopt;
            if (in_before && allowed(before)) return before;
            if (k > 0 && in_after && allowed(after)) return after;
        }
    }
};

std::string planned_id(const std::string& body_id, date d) { return "plan-" + body_id + "-" + format_date(d); }

// The planner of the days of `o.year` the mandate is in force, with the blocked weeks.
planner make_planner(const mandate& m, const plan_options& o) {
    if (!m.in_force_in_year(o.year))
        throw query_error(errors::query_invalid_year, "the mandate " + m.id + " is not in force on any day of " +
                                                          std::to_string(o.year) + " (in force " + format_date(m.first_day()) +
                                                          " to " + format_date(m.last_day()) + ")");
    planner p{m,  o, std::max(first_day_of_year(o.year), m.first_day()), std::min(last_day_of_year(o.year), m.last_day()), {}, {},
              {}, {}};
    for (unsigned w : o.blocked_weeks) {
        if (w < 1 || w > 53)
            throw query_error(errors::query_out_of_range, "an ISO week number is 1 to 53, not " + std::to_string(w));
        p.blocked.insert(w);
    }
    return p;
}

// Booked meetings: every one blocks its day; those in the planned days count for their body.
void add_booked(planner& p) {
    for (std::size_t i = 0; i < p.o.booked.meetings.size(); ++i) {
        const meeting& mt = p.o.booked.meetings[i];
        p.taken.insert(mt.on);
        if (mt.on < p.first || mt.on > p.last) continue;
        planned_meeting pm;
        pm.id = mt.id.value_or("");
        pm.body_id = mt.body_id;
        pm.on = mt.on;
        pm.booked = true;
        pm.title = mt.title;
        pm.rule = "booked";
        pm.attendee_ids = mt.attendee_ids;
        p.add(std::move(pm));
    }
}

// The allowed day in [lo, hi] nearest its middle whose preparation window (when `prep` asks for
// one) still has room, if any.
std::optional<date> segment_day(planner& p, const body& b, const preparation_rule* prep, date lo, date hi) {
    const date mid = lo + days((hi - lo).days() / 2);
    const auto fits = [&](date d) {
        if (d < lo || d > hi || !p.allowed(d)) return false;
        return !prep || p.prepared_by(prep->body_id, b.id, d) ||
               p.nearest(p.window_start(b.id, d), d - days(1), d - days(1)).has_value();
    };
    std::optional<date> chosen;
    for (long k = 0; !chosen && (mid - days(k) >= lo || mid + days(k) <= hi); ++k) {
        if (fits(mid - days(k)))
            chosen = mid - days(k);
        else if (k > 0 && fits(mid + days(k)))
            chosen = mid + days(k);
    }
    return chosen;
}

// R2 for one body with a target of `n` meetings: the days in force are cut into as many equal
// segments, and each segment without a booked meeting gets one, as near its middle as an allowed
// day is (and with room for its preparation, when a rule asks for one).
void plan_target(planner& p, const body& b, unsigned n) {
    const long span = (p.last - p.first).days() + 1;
    const preparation_rule* prep = nullptr;
    for (const auto& r : p.m.preparation)
        if (r.prepares == b.id) prep = &r;
    const auto booked_here = p.by_body[b.id];  // a copy: planning adds to it
    unsigned need = booked_here.size() >= n ? 0 : n - static_cast<unsigned>(booked_here.size());
    for (unsigned s = 0; s < n && need > 0; ++s) {
        const date lo = p.first + days(span * s / n), hi = p.first + days(span * (s + 1) / n - 1);
        const bool occupied = std::any_of(booked_here.begin(), booked_here.end(), [&](date d) { return d >= lo && d <= hi; });
        if (occupied) continue;
        const std::optional<date> chosen = segment_day(p, b, prep, lo, hi);
        if (!chosen)
            unplannable("no allowed day for a meeting of " + b.id + " between " + format_date(lo) + " and " + format_date(hi) +
                        " (weekends, public holidays, blocked weeks and booked days excluded)");
        planned_meeting pm;
        pm.id = planned_id(b.id, *chosen);
        pm.body_id = b.id;
        pm.on = *chosen;
        pm.rule = b.meetings->cite.rule;
        p.add(std::move(pm));
        --need;
    }
}

// R2: a body with a target meets that many times.
void plan_targets(planner& p) {
    for (const auto& b : p.m.bodies) {
        if (!b.meetings || !b.meetings->target || *b.meetings->target == 0) continue;
        plan_target(p, b, *b.meetings->target);
    }
}

// R8: each meeting of `prepares` is prepared by a meeting of `body_id` in its window; a new
// one goes on the allowed day nearest `lead_days` before it, before its day.
void plan_preparations(planner& p) {
    for (const auto& r : p.m.preparation) {
        const std::vector<date> held = p.by_body[r.prepares];
        for (const date d : held) {
            if (p.prepared_by(r.body_id, r.prepares, d)) continue;
            const date since = p.window_start(r.prepares, d);
            const auto day = p.nearest(since, d - days(1), d - days(static_cast<long>(p.o.lead_days)));
            if (!day)
                unplannable("no allowed day for a meeting of " + r.body_id + " to prepare the meeting of " + r.prepares + " on " +
                            format_date(d) + " (its window starts " + format_date(since) + ")");
            planned_meeting pm;
            pm.id = planned_id(r.body_id, *day);
            pm.body_id = r.body_id;
            pm.on = *day;
            pm.rule = r.cite.rule;
            p.add(std::move(pm));
        }
    }
}

// R3: no body above its maximum.
void check_maximums(planner& p) {
    for (const auto& b : p.m.bodies) {
        if (!b.meetings || !b.meetings->maximum) continue;
        const std::size_t n = p.by_body[b.id].size();
        if (n > *b.meetings->maximum)
            unplannable("the plan needs " + std::to_string(n) + " meetings of " + b.id + " in " + std::to_string(p.o.year) +
                        ", more than its maximum of " + std::to_string(*b.meetings->maximum) + " (" + b.meetings->cite.rule +
                        ")");
    }
}

// The meetings by day, then in the order of their bodies in the mandate; the planned ones titled
// by their body's name and their number in the year.
void order_and_title(planner& p) {
    const mandate& m = p.m;
    std::map<std::string, std::size_t> body_order;
    for (std::size_t i = 0; i < m.bodies.size(); ++i) body_order[m.bodies[i].id] = i;
    std::stable_sort(p.out.begin(), p.out.end(), [&](const planned_meeting& a, const planned_meeting& b) {
        if (a.on != b.on) return a.on < b.on;
        const auto ia = body_order.count(a.body_id) ? body_order[a.body_id] : m.bodies.size();
        const auto ib = body_order.count(b.body_id) ? body_order[b.body_id] : m.bodies.size();
        return ia < ib;
    });
    std::map<std::string, unsigned> count;
    for (auto& pm : p.out) {
        const unsigned k = ++count[pm.body_id];
        if (pm.booked) continue;
        const body* b = m.find_body(pm.body_id);
        pm.title = (b ? b->name : pm.body_id) + " " + std::to_string(k) + "/" + std::to_string(p.o.year);
    }
}

// What each preparing meeting prepares.
void mark_prepares(planner& p) {
    for (const auto& r : p.m.preparation) {
        for (auto& pm : p.out) {
            if (pm.body_id != r.prepares) continue;
            const auto prep_day = p.prepared_by(r.body_id, r.prepares, pm.on);
            if (!prep_day) continue;
            for (auto& q : p.out)
                if (q.body_id == r.body_id && q.on == *prep_day && !q.prepares)
                    q.prepares = pm.id.empty() ? format_date(pm.on) : pm.id;
        }
    }
}

// R4: the attendees of each planned meeting: the seats of its body and of the bodies whose
// members attend it, on its day.
void add_attendees(planner& p) {
    for (auto& pm : p.out) {
        if (pm.booked) continue;
        std::vector<std::string> bodies{pm.body_id};
        for (const auto& a : p.m.attendance)
            if (a.attend == pm.body_id) bodies.push_back(a.members_of);
        std::set<std::string> seen;
        for (const auto& ap : p.o.booked.appointments)
            if (holds_seat(ap.role) && ap.covers(pm.on) && std::find(bodies.begin(), bodies.end(), ap.body_id) != bodies.end() &&
                seen.insert(ap.person_id).second)
                pm.attendee_ids.push_back(ap.person_id);
    }
}

}  // namespace

meeting_plan plan_meetings(const mandate& m, const plan_options& o) {
    validate(m);
    require_year(o.year);
    planner p = make_planner(m, o);
    add_booked(p);
    plan_targets(p);
    plan_preparations(p);
    check_maximums(p);
    order_and_title(p);
    mark_prepares(p);
    add_attendees(p);

    meeting_plan plan;
    plan.mandate_id = m.id;
    plan.year = o.year;
    plan.first = p.first;
    plan.last = p.last;
    plan.blocked_weeks.assign(p.blocked.begin(), p.blocked.end());
    plan.meetings = std::move(p.out);
    return plan;
}

meeting as_meeting(const planned_meeting& pm) {
    meeting mt;
    if (!pm.id.empty()) mt.id = pm.id;
    mt.body_id = pm.body_id;
    mt.on = pm.on;
    mt.title = pm.title;
    mt.attendee_ids = pm.attendee_ids;
    return mt;
}

roster plan_roster(const meeting_plan& plan, const roster& booked) {
    roster r = booked;
    for (const auto& pm : plan.meetings)
        if (!pm.booked) r.meetings.push_back(as_meeting(pm));
    return r;
}

nlohmann::json to_json(const meeting_plan& plan) {
    nlohmann::json ms = nlohmann::json::array();
    for (const auto& pm : plan.meetings) {
        nlohmann::json j{{"id", pm.id.empty() ? nlohmann::json() : nlohmann::json(pm.id)},
                         {"organization_id", pm.body_id},
                         {"date", format_date(pm.on)},
                         {"booked", pm.booked},
                         {"title", pm.title ? nlohmann::json(*pm.title) : nlohmann::json()},
                         {"prepares", pm.prepares ? nlohmann::json(*pm.prepares) : nlohmann::json()},
                         {"rule", pm.rule},
                         {"attendee_ids", pm.attendee_ids}};
        ms.push_back(std::move(j));
    }
    return {{"format", "mandat.plan/1"},
            {"mandate_id", plan.mandate_id},
            {"year", plan.year},
            {"start_date", format_date(plan.first)},
            {"end_date", format_date(plan.last)},
            {"blocked_weeks", plan.blocked_weeks},
            {"meetings", std::move(ms)}};
}

// Every value from a document is one field (printable): it cannot forge a line of the plan.
std::string format_plan(const meeting_plan& plan, const mandate& m) {
    std::ostringstream s;
    s << "Meeting plan " << plan.year << " for " << printable(m.id) << " (" << format_date(plan.first) << " to "
      << format_date(plan.last) << ")\n";
    if (!plan.blocked_weeks.empty()) {
        s << "Blocked ISO weeks:";
        for (unsigned w : plan.blocked_weeks) s << ' ' << w;
        s << '\n';
    }
    static const char* const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    for (const auto& pm : plan.meetings) {
        const body* b = m.find_body(pm.body_id);
        s << "  " << format_date(pm.on) << ' ' << weekdays[pm.on.day_of_week().as_number()] << "  "
          << printable(b ? b->name : pm.body_id);
        if (pm.booked)
            s << "  (booked" << (pm.id.empty() ? "" : ": " + printable(pm.id)) << ')';
        else
            s << "  " << printable(pm.id) << " [" << printable(pm.rule) << ']';
        if (pm.prepares) s << "  prepares " << printable(*pm.prepares);
        s << '\n';
    }
    return s.str();
}

}  // namespace mandat
