// The leadership, day by day: R6 (the rotation), R7 (leader and coordinator) and R10 (the
// secretary). Role slots 0..roles-1 are the rotation's roles; slot `roles` is the secretary.
#include "compliance/engine.hpp"

namespace mandat::compliance {

// The role slot an appointment fills: -1 for none (a member, or a secretary where the
// mandate has no secretary rule), -2 for a leader or coordinator in a body the rotation
// gives no such role (R6, roster.role_outside_body).
int engine::role_slot_of(const appointment& a) const {
    if (a.role == role::secretary) return m_.secretary ? roles_ : -1;
    if (a.role == role::member) return -1;
    for (int k = 0; k < roles_; ++k) {
        const auto& lr = m_.rotation.roles[static_cast<std::size_t>(k)];
        if (lr.role == to_string(a.role) && lr.body_id == a.body_id) return k;
    }
    return -2;
}

const citation& engine::role_cite(int r) const {
    return r < roles_ ? m_.rotation.roles[static_cast<std::size_t>(r)].cite : m_.secretary->cite;
}
std::string engine::role_name(int r) const {
    return r < roles_ ? m_.rotation.roles[static_cast<std::size_t>(r)].role : "secretary";
}
std::string engine::role_body(int r) const {
    return r < roles_ ? m_.rotation.roles[static_cast<std::size_t>(r)].body_id : std::string();
}

// R6, R7, R10 - "Trøndelag fylkeskommune har ansvaret i 2022, KS i 2023 osv." with "Ledelsen
// ... alternerer": a holder of the leader, coordinator or secretary role represents the
// year's leading organisation (rotation::turn_index, the one rotation lookup).
std::optional<slot_value> engine::role_from_leading_organisation(const slot& s, date d) const {
    const auto& h = holders_[static_cast<std::size_t>(s.role)];
    const int lead = turn_ix_[m_.rotation.turn_index(year_of(d))];
    if (s.org != lead && h.count({s.person, s.org})) return slot_value{lead, {}};
    return std::nullopt;
}

void engine::close_role_from_leading_organisation(const slot& s, const open_finding& f, date last) {
    const int r = s.role;
    const char* code = r == roles_                ? codes::rotation_wrong_secretary_org
                       : role_name(r) == "leader" ? codes::rotation_wrong_leader_org
                                                  : codes::rotation_wrong_coordinator_org;
    message_facts facts{{"who", shown_.label(pid(s.person))},
                        {"role", role_name(r)},
                        {"organisation", oid(s.org)},
                        {"organisation_name", oname(s.org)},
                        {"lead", oid(static_cast<int>(f.value.number))},
                        {"lead_name", oname(static_cast<int>(f.value.number))}};
    if (r < roles_) {
        facts.emplace_back("body", role_body(r));
        facts.emplace_back("body_name", bod(body_ix_.at(role_body(r))).name);
    }
    emit(finding_builder(code, severity::error)
             .cite(role_cite(r))
             .body(role_body(r))
             .organisation(oid(s.org))
             .person(shown_.id(pid(s.person)))
             .dates(f.start, last)
             .facts(std::move(facts)));
}

// R7, R10 - every day in force has a leader, a coordinator (errors when missing) and a
// secretary (a warning when missing: the text names who provides one, not a seat).
std::optional<slot_value> engine::role_filled(const slot& s) const {
    if (holder_total_[static_cast<std::size_t>(s.role)] == 0) return slot_value{};
    return std::nullopt;
}

void engine::close_role_filled(const slot& s, const open_finding& f, date last) {
    const int r = s.role;
    if (r == roles_) {
        emit(finding_builder(codes::rotation_missing_secretary, severity::warning).cite(role_cite(r)).dates(f.start, last));
        return;
    }
    const body& b = bod(body_ix_.at(role_body(r)));
    const char* code = role_name(r) == "leader" ? codes::rotation_missing_leader : codes::rotation_missing_coordinator;
    emit(finding_builder(code, severity::error)
             .cite(role_cite(r))
             .body(b.id)
             .dates(f.start, last)
             .facts({{"body", b.id}, {"body_name", b.name}, {"role", role_name(r)}}));
}

}  // namespace mandat::compliance
