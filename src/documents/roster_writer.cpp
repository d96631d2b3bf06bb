// Writing roster documents (see mandat/roster.hpp and mandat/json.hpp).
#include "mandat/io.hpp"
#include "mandat/json.hpp"
#include "mandat/roster.hpp"

namespace mandat {
namespace {

using json = nlohmann::json;

}  // namespace

json to_json(const roster& r) {
    json j = to_json(r.extra);
    j["format"] = roster_format;
    j["persons"] = json::array();
    for (const auto& p : r.persons) {
        json jp = to_json(p.extra);
        jp["id"] = p.id;
        jp["name"] = p.name;
        if (p.email) jp["email"] = *p.email;
        if (p.gender) jp["gender"] = *p.gender;
        if (p.employer) jp["employer"] = *p.employer;
        j["persons"].push_back(std::move(jp));
    }
    j["memberships"] = json::array();
    for (const auto& a : r.appointments) {
        json ja = to_json(a.extra);
        if (a.id) ja["id"] = *a.id;
        ja["person_id"] = a.person_id;
        ja["organization_id"] = a.body_id;
        ja["on_behalf_of_id"] = a.organisation_id;
        ja["role"] = std::string(to_string(a.role));
        ja["start_date"] = format_date(a.start_date);
        if (a.end_date) ja["end_date"] = format_date(*a.end_date);
        j["memberships"].push_back(std::move(ja));
    }
    j["meetings"] = json::array();
    for (const auto& m : r.meetings) {
        json jm = to_json(m.extra);
        if (m.id) jm["id"] = *m.id;
        jm["organization_id"] = m.body_id;
        jm["date"] = format_date(m.on);
        jm["attendee_ids"] = m.attendee_ids;
        if (m.title) jm["title"] = *m.title;
        j["meetings"].push_back(std::move(jm));
    }
    return j;
}

std::string dump_roster(const roster& r) { return to_json(r).dump(2) + "\n"; }

void save_roster_file(const roster& r, const std::string& path) { write_file_atomic(path, dump_roster(r)); }

}  // namespace mandat
