// Reading and writing roster documents (see mandat/roster.hpp and mandat/json.hpp).
#include <set>

#include "json_reader.hpp"
#include "mandat/io.hpp"
#include "mandat/json.hpp"
#include "mandat/roster.hpp"

namespace mandat {
namespace {

using detail::json;
using detail::node;

// The members of `n` that are not in `known`, kept verbatim.
json extra_members(const node& n, std::initializer_list<const char*> known) {
    json extra = json::object();
    for (const auto& item : n.value().items()) {
        bool k = false;
        for (const char* name : known) k = k || item.key() == name;
        if (!k) extra[item.key()] = item.value();
    }
    return extra;
}

std::optional<std::string> optional_string(const node& n, const char* key) {
    if (auto v = n.optional(key)) return v->as_string().empty() ? std::string() : v->as_name();
    return std::nullopt;
}

void check_unique_id(std::set<std::string>& seen, const node& id_node, const char* what) {
    const std::string id = id_node.as_id();
    if (!seen.insert(id).second)
        id_node.fail(errors::document_duplicate_id, std::string("the ") + what + " id \"" + id + "\" is used twice");
}

person read_person(const node& n, std::set<std::string>& ids) {
    if (!n.is_object()) n.wrong_type("an object");
    person p;
    check_unique_id(ids, n["id"], "person");
    p.id = n["id"].as_string();
    p.name = n["name"].as_name();
    p.email = optional_string(n, "email");
    p.gender = optional_string(n, "gender");
    p.employer = optional_string(n, "employer");
    p.extra = extra_members(n, {"id", "name", "email", "gender", "employer"});
    return p;
}

appointment read_appointment(const node& n, std::set<std::string>& ids) {
    if (!n.is_object()) n.wrong_type("an object");
    appointment a;
    if (auto id = n.optional("id")) {
        check_unique_id(ids, *id, "membership");
        a.id = id->as_string();
    }
    a.person_id = n["person_id"].as_id();
    a.body_id = n["organization_id"].as_id();
    a.organisation_id = n["on_behalf_of_id"].as_id();
    const node r = n["role"];
    const std::string rs = r.as_string();
    auto parsed = parse_role(rs);
    if (!parsed)
        r.fail(errors::document_invalid_value,
               "\"" + rs + "\" is not a role (expected member, leader, coordinator or secretary)");
    a.role = *parsed;
    a.start_date = n["start_date"].as_date();
    if (auto e = n.optional("end_date")) {
        a.end_date = e->as_date();
        if (*a.end_date < a.start_date)
            e->fail(errors::document_inconsistent,
                    "the end date " + format_date(*a.end_date) + " is before the start date " + format_date(a.start_date));
    }
    a.extra = extra_members(n, {"id", "person_id", "organization_id", "on_behalf_of_id", "role", "start_date", "end_date"});
    return a;
}

meeting read_meeting(const node& n, std::set<std::string>& ids) {
    if (!n.is_object()) n.wrong_type("an object");
    meeting m;
    if (auto id = n.optional("id")) {
        check_unique_id(ids, *id, "meeting");
        m.id = id->as_string();
    }
    m.body_id = n["organization_id"].as_id();
    m.on = n["date"].as_date();
    std::set<std::string> seen;
    if (auto att = n.optional("attendee_ids")) {
        att->for_each([&](const node& a, std::size_t) {
            const std::string id = a.as_id();
            if (!seen.insert(id).second) a.fail(errors::document_duplicate_id, "the attendee \"" + id + "\" is listed twice");
            m.attendee_ids.push_back(id);
        });
    }
    m.title = optional_string(n, "title");
    m.extra = extra_members(n, {"id", "organization_id", "date", "attendee_ids", "title"});
    return m;
}

}  // namespace

roster roster_from_json(const json& document) {
    const node root(document, "");
    if (!root.is_object()) root.wrong_type("an object");
    const std::string format = root["format"].as_string();
    if (format != roster_format)
        root["format"].fail(errors::document_unsupported_format,
                            "unsupported format \"" + format + "\" (expected \"" + roster_format + "\")");
    roster r;
    std::set<std::string> person_ids, appointment_ids, meeting_ids;
    root["persons"].for_each([&](const node& n, std::size_t) { r.persons.push_back(read_person(n, person_ids)); },
                             field_limits::record_items);
    root["memberships"].for_each(
        [&](const node& n, std::size_t) { r.appointments.push_back(read_appointment(n, appointment_ids)); },
        field_limits::record_items);
    if (auto ms = root.optional("meetings"))
        ms->for_each([&](const node& n, std::size_t) { r.meetings.push_back(read_meeting(n, meeting_ids)); },
                     field_limits::record_items);
    r.extra = extra_members(root, {"format", "persons", "memberships", "meetings"});
    return r;
}

roster load_roster(std::string_view json_text, const load_limits& limits) {
    return roster_from_json(detail::parse_document(json_text, limits));
}

roster load_roster_file(const std::string& path, const load_limits& limits) {
    return detail::load_document_file(path, limits, [&](std::string_view text) { return load_roster(text, limits); });
}

json to_json(const roster& r) {
    json j = r.extra;
    j["format"] = roster_format;
    j["persons"] = json::array();
    for (const auto& p : r.persons) {
        json jp = p.extra;
        jp["id"] = p.id;
        jp["name"] = p.name;
        if (p.email) jp["email"] = *p.email;
        if (p.gender) jp["gender"] = *p.gender;
        if (p.employer) jp["employer"] = *p.employer;
        j["persons"].push_back(std::move(jp));
    }
    j["memberships"] = json::array();
    for (const auto& a : r.appointments) {
        json ja = a.extra;
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
        json jm = m.extra;
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
