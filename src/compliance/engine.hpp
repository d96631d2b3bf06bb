// The compliance engine's state, shared by the files of src/compliance/ (private).
//
// check_compliance() runs, in order:
//   records.cpp            every membership and meeting record: references (R1 and unknown
//                          persons and bodies) and the mandate's period (R11);
//   sweep.cpp              the day-by-day rules without iterating days: a sweep over the
//                          change points re-evaluates only the slots a change touched;
//   rules_composition.cpp  slots of R5/R9: seats within quota, one organisation per person;
//   rules_leadership.cpp   slots of R6/R7/R10: roles filled, and from the leading organisation;
//   rules_meetings.cpp     R2/R3 meetings per year, R4 attendance, R8 preparation;
//   summary.cpp            the summary of each year.
// rule_table.cpp lists which function evaluates which rule. See docs/architecture.md.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "mandat/compliance.hpp"
#include "mandat/finding_builder.hpp"
#include "mandat/messages.hpp"
#include "mandat/redaction.hpp"

namespace mandat::compliance {

inline date next_day(date d) { return d + boost::gregorian::days(1); }
inline date prev_day(date d) { return d - boost::gregorian::days(1); }
inline int year_of(date d) { return static_cast<int>(d.year()); }

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

// One appointment starting or ending.
struct seat_event {
    int person, body, org, role_slot;
    bool seat;
    bool starts;  // false: the appointment ends (the day after its last day)
};

struct meeting_ref {
    date on;
    int body;
    std::size_t index;
};

class engine {
public:
    engine(const mandate& m, const roster& r, const check_options& o);
    report run();

private:
    // --- names, facts and findings (engine.cpp) ---
    const std::string& pid(int p) const { return r_.persons[static_cast<std::size_t>(p)].id; }
    const std::string& oid(int o) const { return m_.organisations[static_cast<std::size_t>(o)].id; }
    const std::string& oname(int o) const { return m_.organisations[static_cast<std::size_t>(o)].name; }
    const body& bod(int b) const { return m_.bodies[static_cast<std::size_t>(b)]; }
    // The finding `b` describes, its message in the report's language.
    void emit(finding_builder& b) { out_.push_back(b.build(opt_.lang)); }
    // True when [a, b] (b open when nullopt) meets the explicitly asked interval, whose sides
    // are open where they reach the period's ends.
    bool within_asked(date a, std::optional<date> b) const;

    // --- records: references and the period (records.cpp) ---
    void check_membership_records();
    void check_meeting_records();

    // --- the sweep (sweep.cpp) ---
    void sweep();
    void apply(const seat_event& e);
    void touch(const slot& s) { touched_.push_back(s); }
    void evaluate_touched(date d);
    std::optional<slot_value> value(const slot& s, date d) const;
    void close(const slot& s, const open_finding& f, date last);

    // --- R5, R9 (rules_composition.cpp) ---
    std::optional<slot_value> seats_within_quota(const slot& s) const;
    void close_seats_within_quota(const slot& s, const open_finding& f, date last);
    std::optional<slot_value> one_organisation_per_person(const slot& s) const;
    void close_one_organisation_per_person(const slot& s, const open_finding& f, date last);

    // --- R6, R7, R10 (rules_leadership.cpp) ---
    std::optional<slot_value> role_from_leading_organisation(const slot& s, date d) const;
    void close_role_from_leading_organisation(const slot& s, const open_finding& f, date last);
    std::optional<slot_value> role_filled(const slot& s) const;
    void close_role_filled(const slot& s, const open_finding& f, date last);
    int role_slot_of(const appointment& a) const;
    const citation& role_cite(int r) const;
    std::string role_name(int r) const;
    std::string role_body(int r) const;

    // --- R2, R3, R4, R8 (rules_meetings.cpp) ---
    void meetings_per_year();
    void members_attend(const meeting_ref& ref);
    void meetings_prepared();

    // --- the summary of each year (summary.cpp) ---
    std::vector<year_summary> summaries(const std::vector<finding>& fs) const;

    const mandate& m_;
    const roster& r_;
    const check_options& opt_;
    redactor shown_;  // how a person is shown: ids and labels in findings, redacted or not
    int roles_ = 0, role_slots_ = 0;
    date S_, E_;  // the sweep interval: the checked interval within the mandate's period
    bool sweep_ = false;
    std::unordered_map<std::string, int> body_ix_, org_ix_, person_ix_;
    std::vector<int> turn_ix_;  // rotation position -> organisation index
    std::vector<indexed_appointment> live_;
    std::vector<meeting_ref> meetings_;
    std::vector<finding> out_;
    // State on the current day of the sweep.
    std::unordered_map<std::uint64_t, int> seat_count_;          // (body, person, org) -> appointments
    std::vector<std::vector<int>> body_org_count_;               // body, org -> persons seated
    std::vector<std::map<int, std::vector<int>>> seated_;        // body -> person (roster order) -> orgs (sorted)
    std::vector<std::unordered_map<int, int>> first_org_count_;  // body -> org -> persons whose first org it is
    std::vector<std::map<std::pair<int, int>, int>> holders_;    // role slot -> (person, org) -> appointments
    std::vector<int> holder_total_;                              // role slot -> appointments
    std::vector<slot> touched_;
    std::map<slot, open_finding> open_;
};

}  // namespace mandat::compliance
