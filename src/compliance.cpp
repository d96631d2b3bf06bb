// The compliance engine (see mandat/compliance.hpp and docs/compliance.md).
#include "mandat/compliance.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace mandat {
namespace {

using boost::gregorian::days;

date next_day(date d) { return d + days(1); }
date prev_day(date d) { return d - days(1); }
int year_of(date d) { return static_cast<int>(d.year()); }

// --- what a finding on a day depends on ---------------------------------------------
//
// Every daily rule is a "slot": one quota of one organisation in one body, one person's
// seats in one body, one holder of a leadership role, one role's vacancy. A slot's value on
// a day decides whether it has a finding and which (the count, the organisations, the
// leading organisation). Slots change only when an appointment starts or ends or a year
// begins, so the sweep re-evaluates only the slots such a change touches; a slot whose value
// is unchanged keeps its finding open, which merges adjacent days.

enum class slot_kind : std::uint8_t { quota, duplicate, role_wrong, role_missing };

struct slot {
    slot_kind kind;
    int body;    // quota, duplicate
    int org;     // quota, role_wrong
    int person;  // duplicate, role_wrong
    int role;    // role_wrong, role_missing: index into the rotation roles; roles.size() = secretary

    friend bool operator<(const slot& a, const slot& b) {
        return std::tie(a.kind, a.body, a.org, a.person, a.role) < std::tie(b.kind, b.body, b.org, b.person, b.role);
    }
    friend bool operator==(const slot& a, const slot& b) {
        return a.kind == b.kind && a.body == b.body && a.org == b.org && a.person == b.person && a.role == b.role;
    }
};

// A slot's value on a day: a number (a head count, the leading organisation) and, for a
// person seated for several organisations, their list. Equal values merge adjacent days.
struct slot_value {
    long long number = 0;
    std::vector<int> list;

    friend bool operator==(const slot_value& a, const slot_value& b) { return a.number == b.number && a.list == b.list; }
};

struct open_finding {
    date start;
    slot_value value;
};

// An appointment the sweep counts.
struct indexed_appointment {
    int person, body, org;
    int role_slot;  // -1 when the appointment fills no checked role
    bool seat;
    date first, last;  // clipped to the sweep interval
};

class engine {
public:
    engine(const mandate& m, const roster& r, const check_options& o) : m_(m), r_(r), opt_(o) {
        for (std::size_t i = 0; i < m.bodies.size(); ++i) body_ix_[m.bodies[i].id] = static_cast<int>(i);
        for (std::size_t i = 0; i < m.organisations.size(); ++i) org_ix_[m.organisations[i].id] = static_cast<int>(i);
        for (std::size_t i = 0; i < r.persons.size(); ++i) person_ix_[r.persons[i].id] = static_cast<int>(i);
        nb_ = o.lang == language::nb;
        roles_ = static_cast<int>(m.rotation.roles.size());
        role_slots_ = roles_ + (m.secretary ? 1 : 0);
        holders_.resize(static_cast<std::size_t>(role_slots_));
        holder_total_.assign(static_cast<std::size_t>(role_slots_), 0);
        body_org_count_.assign(m.bodies.size(), std::vector<int>(m.organisations.size(), 0));
        seated_.resize(m.bodies.size());
        turn_ix_.reserve(m.rotation.order.size());
        for (const auto& id : m.rotation.order) turn_ix_.push_back(org_ix_.at(id));
    }

    report run() {
        report rep;
        rep.mandate_id = m_.id;
        rep.from = opt_.from.value_or(m_.first_day());
        rep.to = opt_.to.value_or(m_.last_day());
        rep.lang = opt_.lang;
        rep.redacted = opt_.redact;
        if (rep.to < rep.from)
            throw query_error("query.invalid_period",
                              "the interval ends (" + format_date(rep.to) + ") before it starts (" + format_date(rep.from) + ")");
        S_ = std::max(rep.from, m_.first_day());
        E_ = std::min(rep.to, m_.last_day());
        sweep_ = S_ <= E_;
        check_appointments();
        check_meeting_records();
        if (sweep_) {
            sweep();
            yearly_meetings();
            preparation();
        }
        // Sort positions, then move each finding once: findings are large to move around.
        std::vector<std::size_t> order(out_.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t x, std::size_t y) { return report_order(out_[x], out_[y]); });
        rep.findings.reserve(out_.size());
        for (std::size_t i : order) rep.findings.push_back(std::move(out_[i]));
        out_.clear();
        if (sweep_) rep.years = summaries(rep.findings);
        return rep;
    }

private:
    // --- names and messages ---

    std::string person_label(const std::string& id) const {
        if (opt_.redact) return pseudonym(id);
        auto it = person_ix_.find(id);
        return it == person_ix_.end() ? id : r_.persons[static_cast<std::size_t>(it->second)].name + " (" + id + ")";
    }
    std::string person_id_out(const std::string& id) const { return opt_.redact ? pseudonym(id) : id; }
    const std::string& pid(int p) const { return r_.persons[static_cast<std::size_t>(p)].id; }
    const std::string& oid(int o) const { return m_.organisations[static_cast<std::size_t>(o)].id; }
    const std::string& oname(int o) const { return m_.organisations[static_cast<std::size_t>(o)].name; }
    const body& bod(int b) const { return m_.bodies[static_cast<std::size_t>(b)]; }
    std::string role_word(const std::string& role) const {
        if (!nb_) return role;
        if (role == "leader") return "leder";
        if (role == "coordinator") return "koordinator";
        if (role == "secretary") return "sekretær";
        return "medlem";
    }

    void emit(finding f) { out_.push_back(std::move(f)); }

    // A finding citing `c` (and quoting its sentence).
    finding make(const char* code, severity s, const citation& c, std::string body, std::string org,
                 std::vector<std::string> persons, std::optional<date> first, std::optional<date> last, std::string msg) const {
        return finding{code,  s,    c.clause,       c.rule,  std::move(body), std::move(org), std::move(persons),
                       first, last, std::move(msg), c.source};
    }

    // True when [a, b] (b open when nullopt) meets the explicitly asked interval.
    bool within_asked(date a, std::optional<date> b) const {
        if (opt_.to && a > *opt_.to) return false;
        if (opt_.from && b && *b < *opt_.from) return false;
        return true;
    }

    // --- records: references and the period (per appointment and meeting) ---

    void check_appointments() {
        const date P0 = m_.first_day(), P1 = m_.last_day();
        live_.reserve(r_.appointments.size());
        for (std::size_t i = 0; i < r_.appointments.size(); ++i) {
            const appointment& a = r_.appointments[i];
            if (!within_asked(a.start_date, a.end_date)) continue;
            const std::string where = appointment_pointer(i);
            auto b = body_ix_.find(a.body_id);
            auto o = org_ix_.find(a.organisation_id);
            auto p = person_ix_.find(a.person_id);
            const citation& body_cite = b != body_ix_.end() ? bod(b->second).quota_cite : m_.bodies_cite;
            if (p == person_ix_.end())
                emit(make(codes::unknown_person, severity::error, body_cite, a.body_id, a.organisation_id,
                          {person_id_out(a.person_id)}, a.start_date, a.end_date,
                          nb_ ? "Medlemskapet " + where + " gjelder personen \"" + person_id_out(a.person_id) +
                                    "\", som ikke finnes i personlisten."
                              : "Membership " + where + " names person \"" + person_id_out(a.person_id) +
                                    "\", who is not in the roster's persons."));
            if (b == body_ix_.end())
                emit(make(codes::unknown_body, severity::error, m_.bodies_cite, a.body_id, a.organisation_id,
                          {person_id_out(a.person_id)}, a.start_date, a.end_date,
                          nb_ ? "Medlemskapet " + where + " gjelder organet \"" + a.body_id + "\", som mandatet ikke har."
                              : "Membership " + where + " names body \"" + a.body_id + "\", which the mandate does not set up."));
            if (o == org_ix_.end())
                emit(make(codes::unknown_organisation, severity::error, m_.parties.cite, a.body_id, a.organisation_id,
                          {person_id_out(a.person_id)}, a.start_date, a.end_date,
                          nb_ ? "Medlemskapet " + where + " representerer \"" + a.organisation_id +
                                    "\", som ikke er en organisasjon i mandatet."
                              : "Membership " + where + " represents \"" + a.organisation_id +
                                    "\", which is not an organisation of the mandate."));
            // The parts outside the mandate's period: info, never dropped.
            auto outside = [&](date first, std::optional<date> last) {
                if (opt_.from && first < *opt_.from) first = *opt_.from;
                if (opt_.to && (!last || *last > *opt_.to)) last = *opt_.to;
                if (last && *last < first) return;
                emit(make(codes::period_outside, severity::info, m_.validity.cite, a.body_id, a.organisation_id,
                          {person_id_out(a.person_id)}, first, last,
                          nb_ ? "Medlemskapet " + where + " (" + person_label(a.person_id) +
                                    ") gjelder dager utenfor mandatets periode (" + format_date(P0) + " til " + format_date(P1) +
                                    ")."
                              : "Membership " + where + " (" + person_label(a.person_id) +
                                    ") covers days outside the mandate's period (" + format_date(P0) + " to " + format_date(P1) +
                                    ")."));
            };
            if (a.start_date < P0) outside(a.start_date, std::min(a.end_date.value_or(prev_day(P0)), prev_day(P0)));
            if (!a.end_date || *a.end_date > P1) outside(std::max(a.start_date, next_day(P1)), a.end_date);
            if (p == person_ix_.end() || b == body_ix_.end() || o == org_ix_.end() || !sweep_) continue;

            // Clip to the sweep interval; the rest of the record is covered above.
            const date first = std::max(a.start_date, S_);
            const date last = a.end_date ? std::min(*a.end_date, E_) : E_;
            if (last < first) continue;
            int role_slot = -1;
            if (a.role == role::secretary) {
                if (m_.secretary) role_slot = roles_;
            } else if (a.role != role::member) {
                for (int k = 0; k < roles_; ++k) {
                    const auto& lr = m_.rotation.roles[static_cast<std::size_t>(k)];
                    if (lr.role == to_string(a.role) && lr.body_id == a.body_id) role_slot = k;
                }
                if (role_slot < 0)
                    emit(make(
                        codes::roster_role_outside_body, severity::warning, m_.rotation.cite, a.body_id, a.organisation_id,
                        {person_id_out(a.person_id)}, first, last,
                        nb_ ? person_label(a.person_id) + " er registrert som " + role_word(std::string(to_string(a.role))) +
                                  " i " + bod(b->second).name + ", en rolle mandatet ikke gir dette organet; telles som medlem."
                            : person_label(a.person_id) + " is recorded as " + std::string(to_string(a.role)) + " of " +
                                  bod(b->second).name + ", a role the mandate does not give that body; counted as a member."));
            }
            live_.push_back({p->second, b->second, o->second, role_slot, holds_seat(a.role), first, last});
        }
    }

    void check_meeting_records() {
        meetings_.reserve(r_.meetings.size());
        for (std::size_t i = 0; i < r_.meetings.size(); ++i) {
            const meeting& mt = r_.meetings[i];
            if (!within_asked(mt.on, mt.on)) continue;
            const std::string where = meeting_pointer(i);
            auto b = body_ix_.find(mt.body_id);
            if (b == body_ix_.end()) {
                emit(make(codes::unknown_body, severity::error, m_.bodies_cite, mt.body_id, {}, {}, mt.on, mt.on,
                          nb_ ? "Møtet " + where + " gjelder organet \"" + mt.body_id + "\", som mandatet ikke har."
                              : "Meeting " + where + " names body \"" + mt.body_id + "\", which the mandate does not set up."));
            }
            for (const auto& id : mt.attendee_ids)
                if (!person_ix_.count(id))
                    emit(make(
                        codes::unknown_person, severity::error, b != body_ix_.end() ? bod(b->second).established : m_.bodies_cite,
                        mt.body_id, {}, {person_id_out(id)}, mt.on, mt.on,
                        nb_ ? "Møtet " + where + " har deltakeren \"" + person_id_out(id) + "\", som ikke finnes i personlisten."
                            : "Meeting " + where + " lists attendee \"" + person_id_out(id) +
                                  "\", who is not in the roster's persons."));
            if (!m_.in_force(mt.on)) {
                emit(make(codes::period_outside, severity::info, m_.validity.cite, mt.body_id, {}, {}, mt.on, mt.on,
                          nb_ ? "Møtet " + where + " " + format_date(mt.on) + " er utenfor mandatets periode."
                              : "Meeting " + where + " on " + format_date(mt.on) + " is outside the mandate's period."));
                continue;
            }
            if (b == body_ix_.end() || !sweep_ || mt.on < S_ || mt.on > E_) continue;
            meetings_.push_back({mt.on, b->second, i});
        }
        std::stable_sort(meetings_.begin(), meetings_.end(),
                         [](const auto& x, const auto& y) { return std::tie(x.on, x.body) < std::tie(y.on, y.body); });
    }

    // --- the sweep ---

    static std::uint64_t key3(int a, int b, int c) {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) << 42) ^
               (static_cast<std::uint64_t>(static_cast<std::uint32_t>(b)) << 21) ^
               static_cast<std::uint64_t>(static_cast<std::uint32_t>(c));
    }

    // One appointment starting or ending.
    struct seat_event {
        int person, body, org, role_slot;
        bool seat;
        bool starts;  // false: the appointment ends (the day after its last day)
    };

    void apply(const seat_event& a) {
        const int delta = a.starts ? 1 : -1;
        if (a.seat) {
            int& c = seat_count_[key3(a.body, a.person, a.org)];
            const bool was = c > 0;
            c += delta;
            const bool is = c > 0;
            if (was != is) {
                body_org_count_[static_cast<std::size_t>(a.body)][static_cast<std::size_t>(a.org)] += is ? 1 : -1;
                auto& orgs = seated_[static_cast<std::size_t>(a.body)][a.person];
                if (is) {
                    orgs.insert(std::upper_bound(orgs.begin(), orgs.end(), a.org), a.org);
                } else {
                    orgs.erase(std::find(orgs.begin(), orgs.end(), a.org));
                    if (orgs.empty()) seated_[static_cast<std::size_t>(a.body)].erase(a.person);
                }
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

    void touch(const slot& s) { touched_.push_back(s); }

    // The slot's value on day d, or nullopt when it has no finding that day.
    std::optional<slot_value> value(const slot& s, date d) const {
        switch (s.kind) {
            case slot_kind::quota: {
                const int n = body_org_count_[static_cast<std::size_t>(s.body)][static_cast<std::size_t>(s.org)];
                const seat_quota* q = bod(s.body).quota_for(oid(s.org));
                if (q ? (n < static_cast<int>(q->min) || n > static_cast<int>(q->max)) : n > 0) return slot_value{n, {}};
                return std::nullopt;
            }
            case slot_kind::duplicate: {
                const auto& seated = seated_[static_cast<std::size_t>(s.body)];
                auto it = seated.find(s.person);
                if (it != seated.end() && it->second.size() >= 2) return slot_value{0, it->second};
                return std::nullopt;
            }
            case slot_kind::role_wrong: {
                const auto& h = holders_[static_cast<std::size_t>(s.role)];
                const int lead = turn_ix_[turn_index(year_of(d))];
                if (s.org != lead && h.count({s.person, s.org})) return slot_value{lead, {}};
                return std::nullopt;
            }
            case slot_kind::role_missing:
                if (holder_total_[static_cast<std::size_t>(s.role)] == 0) return slot_value{};
                return std::nullopt;
        }
        return std::nullopt;
    }

    std::size_t turn_index(int year) const {
        const long long n = static_cast<long long>(turn_ix_.size());
        long long k = (static_cast<long long>(year) - m_.rotation.first_year) % n;
        if (k < 0) k += n;
        return static_cast<std::size_t>(k);
    }

    void evaluate_touched(date d) {
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

    const citation& role_cite(int r) const {
        return r < roles_ ? m_.rotation.roles[static_cast<std::size_t>(r)].cite : m_.secretary->cite;
    }
    std::string role_name(int r) const { return r < roles_ ? m_.rotation.roles[static_cast<std::size_t>(r)].role : "secretary"; }
    std::string role_body(int r) const {
        return r < roles_ ? m_.rotation.roles[static_cast<std::size_t>(r)].body_id : std::string();
    }

    void close(const slot& s, const open_finding& f, date last) {
        switch (s.kind) {
            case slot_kind::quota: {
                auto q = detail::quota_finding(m_, bod(s.body), oid(s.org), f.value.number, opt_.lang);
                q->start_date = f.start;
                q->end_date = last;
                emit(std::move(*q));
                return;
            }
            case slot_kind::duplicate: {
                std::string orgs;
                const auto& list = f.value.list;
                for (std::size_t i = 0; i < list.size(); ++i)
                    orgs += (i == 0 ? "" : (i + 1 == list.size() ? (nb_ ? " og " : " and ") : ", ")) + oid(list[i]);
                const body& b = bod(s.body);
                emit(make(codes::roster_duplicate_seat, severity::error, b.quota_cite, b.id, {}, {person_id_out(pid(s.person))},
                          f.start, last,
                          nb_ ? person_label(pid(s.person)) + " har samtidig plass i " + b.name + " for " + orgs +
                                    "; en person teller for én organisasjon."
                              : person_label(pid(s.person)) + " holds seats in " + b.name + " for " + orgs +
                                    " at the same time; a person counts for one organisation."));
                return;
            }
            case slot_kind::role_wrong: {
                const int r = s.role;
                const char* code = r == roles_                ? codes::rotation_wrong_secretary_org
                                   : role_name(r) == "leader" ? codes::rotation_wrong_leader_org
                                                              : codes::rotation_wrong_coordinator_org;
                const std::string where = r < roles_ ? (nb_ ? " i " : " of ") + bod(body_ix_.at(role_body(r))).name : "";
                emit(make(
                    code, severity::error, role_cite(r), role_body(r), oid(s.org), {person_id_out(pid(s.person))}, f.start, last,
                    nb_ ? person_label(pid(s.person)) + ", " + role_word(role_name(r)) + where + ", representerer " +
                              oname(s.org) + ", men det er " + oname(static_cast<int>(f.value.number)) + " som har ledelsen."
                        : person_label(pid(s.person)) + ", " + role_name(r) + where + ", represents " + oname(s.org) +
                              ", but the leadership belongs to " + oname(static_cast<int>(f.value.number)) + "."));
                return;
            }
            case slot_kind::role_missing: {
                const int r = s.role;
                if (r == roles_) {
                    emit(make(codes::rotation_missing_secretary, severity::warning, role_cite(r), {}, {}, {}, f.start, last,
                              nb_ ? "Partnerskapet har ingen sekretær." : "The partnership has no secretary."));
                } else {
                    const body& b = bod(body_ix_.at(role_body(r)));
                    const char* code =
                        role_name(r) == "leader" ? codes::rotation_missing_leader : codes::rotation_missing_coordinator;
                    emit(make(
                        code, severity::error, role_cite(r), b.id, {}, {}, f.start, last,
                        nb_ ? b.name + " har ingen " + role_word(role_name(r)) + "." : b.name + " has no " + role_name(r) + "."));
                }
                return;
            }
        }
    }

    struct meeting_ref {
        date on;
        int body;
        std::size_t index;
    };

    void sweep() {
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
            for (; mi < meetings_.size() && meetings_[mi].on == d; ++mi) attendance(meetings_[mi]);
        }
        for (const auto& [s, f] : open_) close(s, f, E_);
        open_.clear();
    }

    // R4: those holding a seat in `members_of` are expected at every meeting of `attend`.
    void attendance(const meeting_ref& ref) {
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
            std::sort(missing.begin(), missing.end());
            for (const auto& [p, o] : missing)
                emit(make(codes::attendance_missing, severity::warning, rule.cite, at.id, oid(o), {person_id_out(pid(p))}, mt.on,
                          mt.on,
                          nb_ ? person_label(pid(p)) + ", medlem av " + bod(a).name + ", er ikke registrert på møtet i " +
                                    at.name + " " + format_date(mt.on) + "."
                              : person_label(pid(p)) + ", a member of " + bod(a).name + ", is not recorded at the " + at.name +
                                    " meeting on " + format_date(mt.on) + "."));
        }
    }

    // R2, R3: meetings per calendar year, judged only for years wholly inside the interval.
    void yearly_meetings() {
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
                const std::string expect = f.target ? (nb_ ? "ca. " : "about ") + std::to_string(*f.target)
                                                    : (nb_ ? "inntil " : "at most ") + std::to_string(*f.maximum);
                if (!whole) {
                    emit(make(codes::meetings_partial_year, severity::info, f.cite, bd.id, {}, {}, y0, y1,
                              nb_ ? bd.name + " hadde " + std::to_string(n) + " møter fra " + format_date(y0) + " til " +
                                        format_date(y1) + " (" + std::to_string(n) + " av " + expect +
                                        " i året så langt); et delvis år vurderes ikke."
                                  : bd.name + " held " + std::to_string(n) + " meetings from " + format_date(y0) + " to " +
                                        format_date(y1) + " (" + std::to_string(n) + " of " + expect +
                                        " a year so far); a partial year is not judged."));
                    continue;
                }
                if (f.maximum && n > *f.maximum) {
                    emit(make(codes::meetings_above_max, severity::error, f.cite, bd.id, {}, {}, y0, y1,
                              nb_ ? bd.name + " hadde " + std::to_string(n) + " møter i " + std::to_string(y) +
                                        "; mandatet tillater inntil " + std::to_string(*f.maximum) + "."
                                  : bd.name + " held " + std::to_string(n) + " meetings in " + std::to_string(y) +
                                        "; the mandate allows at most " + std::to_string(*f.maximum) + "."));
                }
                if (f.target && n != *f.target) {
                    const unsigned off = n > *f.target ? n - *f.target : *f.target - n;
                    emit(make(codes::meetings_off_target, off <= f.tolerance ? severity::info : severity::warning, f.cite, bd.id,
                              {}, {}, y0, y1,
                              nb_ ? bd.name + " hadde " + std::to_string(n) + " møter i " + std::to_string(y) +
                                        "; mandatet forventer ca. " + std::to_string(*f.target) + "."
                                  : bd.name + " held " + std::to_string(n) + " meetings in " + std::to_string(y) +
                                        "; the mandate expects about " + std::to_string(*f.target) + "."));
                }
            }
        }
    }

    // R8: each meeting of `prepares` follows a meeting of `body_id` since the previous one
    // that year (or since 1 January). A preparing meeting on the same day counts.
    void preparation() {
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
                auto lo = exclusive ? std::upper_bound(prep.begin(), prep.end(), since)
                                    : std::lower_bound(prep.begin(), prep.end(), since);
                const bool prepared = lo != prep.end() && *lo <= d;
                if (prepared) continue;
                emit(make(codes::meetings_unprepared, severity::warning, rule.cite, q.id, {}, {}, d, d,
                          nb_ ? "Møtet i " + q.name + " " + format_date(d) + " var ikke forberedt av noe møte i " + p.name +
                                    (exclusive ? " etter forrige møte " + format_date(since) : " siden 1. januar") + "."
                              : "The " + q.name + " meeting on " + format_date(d) + " was not prepared by any " + p.name +
                                    " meeting " +
                                    (exclusive ? "after the previous one on " + format_date(since) : "since 1 January") + "."));
            }
        }
    }

    std::vector<year_summary> summaries(const std::vector<finding>& fs) const {
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

    const mandate& m_;
    const roster& r_;
    const check_options& opt_;
    bool nb_ = false;
    int roles_ = 0, role_slots_ = 0;
    date S_, E_;
    bool sweep_ = false;
    std::unordered_map<std::string, int> body_ix_, org_ix_, person_ix_;
    std::vector<int> turn_ix_;
    std::vector<indexed_appointment> live_;
    std::vector<meeting_ref> meetings_;
    std::vector<finding> out_;
    // State on the current day of the sweep.
    std::unordered_map<std::uint64_t, int> seat_count_;              // (body, person, org) -> appointments
    std::vector<std::vector<int>> body_org_count_;                   // body, org -> persons seated
    std::vector<std::unordered_map<int, std::vector<int>>> seated_;  // body -> person -> orgs (sorted)
    std::vector<std::map<std::pair<int, int>, int>> holders_;        // role slot -> (person, org) -> appointments
    std::vector<int> holder_total_;                                  // role slot -> appointments
    std::vector<slot> touched_;
    std::map<slot, open_finding> open_;
};

std::string date_range(const finding& f) {
    if (!f.start_date) return "";
    std::string s = format_date(*f.start_date);
    if (!f.end_date) return s + " ..";
    if (*f.end_date != *f.start_date) s += " .. " + format_date(*f.end_date);
    return s;
}

}  // namespace

report check_compliance(const mandate& m, const roster& r, const check_options& options) { return engine(m, r, options).run(); }

std::string pseudonym(const std::string& person_id) {
    std::uint32_t h = 2166136261u;  // FNV-1a, 32 bits
    for (unsigned char c : person_id) {
        h ^= c;
        h *= 16777619u;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "P-%06x", static_cast<unsigned>(h & 0xffffffu));
    return buf;
}

nlohmann::json to_json(const report& rep) {
    nlohmann::json j;
    j["format"] = "mandat.report/1";
    j["mandate_id"] = rep.mandate_id;
    j["from"] = format_date(rep.from);
    j["to"] = format_date(rep.to);
    j["lang"] = std::string(to_string(rep.lang));
    j["redacted"] = rep.redacted;
    j["counts"] = {
        {"error", rep.count(severity::error)}, {"warning", rep.count(severity::warning)}, {"info", rep.count(severity::info)}};
    j["years"] = nlohmann::json::array();
    for (const auto& y : rep.years)
        j["years"].push_back({{"year", y.year},
                              {"leading_organisation", y.leading_organisation},
                              {"whole_year", y.whole_year},
                              {"meetings", y.meetings},
                              {"composition_breach_days", y.composition_breach_days}});
    j["findings"] = to_json(rep.findings);
    return j;
}

namespace {

finding read_finding(const detail::node& f) {
    finding x;
    auto str = [&](const char* k) { return f.optional(k) ? f.optional(k)->as_string() : std::string(); };
    x.code = f["code"].as_nonempty_string();
    auto sev = parse_severity(f["severity"].as_string());
    if (!sev) f["severity"].fail("document.invalid_value", "expected error, warning or info");
    x.severity = *sev;
    x.clause = f["clause"].as_string();
    x.rule = str("rule");
    x.body = str("body");
    x.organisation = str("organisation");
    f["person_ids"].for_each([&](const detail::node& p, std::size_t) { x.person_ids.push_back(p.as_string()); });
    if (auto d = f.optional("start_date")) x.start_date = d->as_date();
    if (auto d = f.optional("end_date")) x.end_date = d->as_date();
    x.message = f["message"].as_string();
    x.source = f["source"].as_string();
    return x;
}

}  // namespace

finding finding_from_json(const nlohmann::json& j) { return read_finding(detail::node(j, "")); }

report report_from_json(const nlohmann::json& document) {
    using detail::node;
    const node root(document, "");
    report rep;
    if (root["format"].as_string() != "mandat.report/1")
        root["format"].fail("document.unsupported_format", "expected \"mandat.report/1\"");
    rep.mandate_id = root["mandate_id"].as_string();
    rep.from = root["from"].as_date();
    rep.to = root["to"].as_date();
    auto lang = parse_language(root["lang"].as_string());
    if (!lang) root["lang"].fail("document.invalid_value", "expected \"en\" or \"nb\"");
    rep.lang = *lang;
    rep.redacted = root["redacted"].as_bool();
    root["years"].for_each([&](const node& y, std::size_t) {
        year_summary s;
        s.year = static_cast<int>(y["year"].as_integer(min_year, max_year));
        s.leading_organisation = y["leading_organisation"].as_string();
        s.whole_year = y["whole_year"].as_bool();
        for (const auto& [k, v] : y["meetings"].value().items())
            s.meetings[k] = static_cast<unsigned>(node(v, y["meetings"].pointer() + "/" + k).as_integer(0, 1 << 30));
        for (const auto& [k, v] : y["composition_breach_days"].value().items())
            s.composition_breach_days[k] =
                static_cast<unsigned>(node(v, y["composition_breach_days"].pointer() + "/" + k).as_integer(0, 1 << 30));
        rep.years.push_back(std::move(s));
    });
    root["findings"].for_each([&](const node& f, std::size_t) { rep.findings.push_back(read_finding(f)); },
                              field_limits::record_items);
    return rep;
}

std::string format_report(const mandate& m, const report& rep) {
    const bool nb = rep.lang == language::nb;
    std::string o;
    o += (nb ? "Etterlevelsesrapport: " : "Compliance report: ") + m.title + " (" + m.id + ")\n";
    o += (nb ? "Kontrollert " : "Checked ") + format_date(rep.from) + (nb ? " til " : " to ") + format_date(rep.to) + "\n";
    const auto e = rep.count(severity::error), w = rep.count(severity::warning), i = rep.count(severity::info);
    o += (nb ? "Funn: " : "Findings: ") + std::to_string(e) + (nb ? " feil, " : (e == 1 ? " error, " : " errors, ")) +
         std::to_string(w) + (nb ? (w == 1 ? " advarsel, " : " advarsler, ") : (w == 1 ? " warning, " : " warnings, ")) +
         std::to_string(i) + " info\n";
    for (const auto& y : rep.years) {
        o += "\n" + std::to_string(y.year) + (y.whole_year ? "" : (nb ? " (delvis)" : " (partial)")) +
             (nb ? "  ledelse: " : "  leading: ") + y.leading_organisation + " (" + m.organisation_name(y.leading_organisation) +
             ")\n";
        o += nb ? "      møter:" : "      meetings:";
        bool first = true;
        for (const auto& [b, n] : y.meetings) {
            o += (first ? " " : ", ") + b + " " + std::to_string(n);
            first = false;
        }
        o += nb ? "\n      dager med brudd på sammensetningen:" : "\n      days with a composition breach:";
        first = true;
        for (const auto& [b, n] : y.composition_breach_days) {
            o += (first ? " " : ", ") + b + " " + std::to_string(n);
            first = false;
        }
        o += "\n";
    }
    o += nb ? "\nFunn etter dato:\n" : "\nFindings by date:\n";
    if (rep.findings.empty()) o += nb ? "  (ingen)\n" : "  (none)\n";
    for (const auto& f : rep.findings) {
        std::string when = date_range(f);
        std::string sev(to_string(f.severity));
        if (nb) sev = f.severity == severity::error ? "feil" : f.severity == severity::warning ? "advarsel" : "info";
        o += "  " + when + (when.empty() ? "" : "  ") + sev + "  " + f.code + "  [" + f.clause +
             (f.rule.empty() ? "" : " " + f.rule) + "]\n      " + f.message + "\n      \u00ab" + f.source + "\u00bb\n";
    }
    return o;
}

}  // namespace mandat
