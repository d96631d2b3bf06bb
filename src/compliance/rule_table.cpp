// The rule table (see mandat/rules.hpp): each rule, the functions that evaluate it and the
// finding codes it yields.
#include "mandat/finding.hpp"
#include "mandat/rules.hpp"

namespace mandat {

const std::vector<rule_evaluator>& rule_table() {
    static const std::vector<rule_evaluator> table = {
        {"R1",
         "the parties: an organisation the mandate does not name is reported",
         {"src/compliance/records.cpp:check_membership_records", "src/compliance/composition.cpp:quota_finding"},
         {codes::unknown_organisation}},
        {"R2",
         "about 4 steering-group meetings per calendar year",
         {"src/compliance/rules_meetings.cpp:meetings_per_year"},
         {codes::meetings_off_target, codes::meetings_partial_year}},
        {"R3",
         "at most 8 working-committee meetings per calendar year",
         {"src/compliance/rules_meetings.cpp:meetings_per_year"},
         {codes::meetings_above_max, codes::meetings_partial_year}},
        {"R4",
         "working-committee members attend the steering group's meetings",
         {"src/compliance/rules_meetings.cpp:members_attend"},
         {codes::attendance_missing}},
        {"R5",
         "the steering group's seats per organisation, within the quotas; a person counts for one organisation",
         {"src/compliance/rules_composition.cpp:seats_within_quota",
          "src/compliance/rules_composition.cpp:one_organisation_per_person", "src/compliance/composition.cpp:quota_finding"},
         {codes::quota_below_min, codes::quota_above_max, codes::quota_no_seat, codes::roster_duplicate_seat}},
        {"R6",
         "the leadership rotates by calendar year between the organisations of the rotation",
         {"include/mandat/rotation.hpp:turn_index", "src/compliance/rules_leadership.cpp:role_from_leading_organisation",
          "src/compliance/rules_leadership.cpp:role_slot_of"},
         {codes::roster_role_outside_body}},
        {"R7",
         "the steering-group leader and the working-committee coordinator, present and from the leading organisation",
         {"src/compliance/rules_leadership.cpp:role_from_leading_organisation",
          "src/compliance/rules_leadership.cpp:role_filled"},
         {codes::rotation_wrong_leader_org, codes::rotation_missing_leader, codes::rotation_wrong_coordinator_org,
          codes::rotation_missing_coordinator}},
        {"R8",
         "each steering-group meeting is prepared by a working-committee meeting",
         {"src/compliance/rules_meetings.cpp:meetings_prepared"},
         {codes::meetings_unprepared}},
        {"R9",
         "the working committee's seats per organisation, within the quotas; a person counts for one organisation",
         {"src/compliance/rules_composition.cpp:seats_within_quota",
          "src/compliance/rules_composition.cpp:one_organisation_per_person", "src/compliance/composition.cpp:quota_finding"},
         {codes::quota_below_min, codes::quota_above_max, codes::quota_no_seat, codes::roster_duplicate_seat}},
        {"R10",
         "the secretary, present and from the leading organisation",
         {"src/compliance/rules_leadership.cpp:role_from_leading_organisation",
          "src/compliance/rules_leadership.cpp:role_filled"},
         {codes::rotation_wrong_secretary_org, codes::rotation_missing_secretary}},
        {"R11",
         "the period in force; activity outside it is reported as info",
         {"src/compliance/records.cpp:check_membership_records", "src/compliance/records.cpp:check_meeting_records"},
         {codes::period_outside}},
    };
    return table;
}

const rule_evaluator* find_rule_evaluator(std::string_view rule) {
    for (const auto& r : rule_table())
        if (r.rule == rule) return &r;
    return nullptr;
}

}  // namespace mandat
