// The Popolo export and import (mandat/popolo.hpp, docs/formats.md).
#include "mandat/popolo.hpp"

#include <set>

#include "mandat/json.hpp"

namespace mandat {

namespace {

using nlohmann::json;

// The members of a Popolo event that stand for a meeting's own fields.
const std::set<std::string>& event_members() {
    static const std::set<std::string> s{"id", "name", "start_date", "organization_id", "attendees", "classification"};
    return s;
}

// The pointer of a roster document rewritten to the Popolo document it was read from.
std::string popolo_pointer(const std::string& p) {
    const std::string meetings = "/meetings/";
    if (p.rfind(meetings, 0) != 0) return p;
    const std::size_t end = p.find('/', meetings.size());
    const std::string index = p.substr(meetings.size(), end == std::string::npos ? std::string::npos : end - meetings.size());
    std::string rest = end == std::string::npos ? "" : p.substr(end);
    if (rest.rfind("/date", 0) == 0)
        rest = "/start_date" + rest.substr(5);
    else if (rest.rfind("/title", 0) == 0)
        rest = "/name" + rest.substr(6);
    else if (rest.rfind("/attendee_ids/", 0) == 0)
        rest = "/attendees/" + rest.substr(14) + "/id";
    else if (rest.rfind("/attendee_ids", 0) == 0)
        rest = "/attendees" + rest.substr(13);
    return "/events/" + index + rest;
}

}  // namespace

json to_popolo(const mandate& m, const roster& r) {
    validate(m);
    const json doc = to_json(r);  // the roster document: Popolo names already
    json orgs = json::array();
    orgs.push_back({{"id", m.id},
                    {"name", m.title},
                    {"classification", "partnership"},
                    {"founding_date", format_date(m.first_day())},
                    {"dissolution_date", format_date(m.last_day())}});
    for (const auto& o : m.organisations) {
        json j{{"id", o.id}, {"name", o.name}, {"classification", o.party ? "party" : "organisation"}};
        if (o.parent_id) j["parent_id"] = *o.parent_id;
        orgs.push_back(std::move(j));
    }
    json posts = json::array();
    for (const auto& b : m.bodies) {
        json j{{"id", b.id}, {"name", b.name}, {"classification", "body"}, {"parent_id", m.id}};
        if (!b.name_en.empty()) j["other_names"] = json::array({{{"name", b.name_en}, {"note", "en"}}});
        orgs.push_back(std::move(j));
        for (const auto& q : b.quotas)
            posts.push_back({{"id", popolo_post_id(b.id, q.organisation_id)},
                             {"label", q.source.empty() ? q.organisation_id : q.source},
                             {"role", "member"},
                             {"organization_id", b.id},
                             {"on_behalf_of_id", q.organisation_id},
                             {"seats_min", q.min},
                             {"seats_max", q.max}});
    }
    json memberships = doc.value("memberships", json::array());
    for (std::size_t i = 0; i < r.appointments.size(); ++i) {
        const appointment& a = r.appointments[i];
        const body* b = m.find_body(a.body_id);
        if (holds_seat(a.role) && b && b->quota_for(a.organisation_id) && !a.extra.contains("post_id"))
            memberships[i]["post_id"] = popolo_post_id(a.body_id, a.organisation_id);
    }
    json events = json::array();
    for (const auto& mt : r.meetings) {
        json e = to_json(mt.extra);
        if (mt.id) e["id"] = *mt.id;
        if (mt.title) e["name"] = *mt.title;
        e["start_date"] = format_date(mt.on);
        e["organization_id"] = mt.body_id;
        e["classification"] = "meeting";
        json att = json::array();
        for (const auto& pid : mt.attendee_ids) att.push_back({{"id", pid}});
        e["attendees"] = std::move(att);
        events.push_back(std::move(e));
    }
    json out = to_json(r.extra);  // unknown top-level members of the roster
    out["organizations"] = std::move(orgs);
    out["persons"] = doc.value("persons", json::array());
    out["memberships"] = std::move(memberships);
    out["posts"] = std::move(posts);
    out["events"] = std::move(events);
    return out;
}

roster roster_from_popolo(const json& d) {
    if (!d.is_object()) throw document_error(errors::document_wrong_type, "", "a Popolo document is a JSON object");
    json doc = json::object();
    for (const auto& [k, v] : d.items())
        if (k != "organizations" && k != "posts" && k != "events") doc[k] = v;
    doc["format"] = roster_format;
    if (!doc.contains("persons")) doc["persons"] = json::array();
    if (!doc.contains("memberships")) doc["memberships"] = json::array();
    // A membership's post_id is ours when it names the post of its body and organisation.
    if (doc["memberships"].is_array())
        for (auto& ms : doc["memberships"])
            if (ms.is_object() && ms.contains("post_id") && ms["organization_id"].is_string() &&
                ms["on_behalf_of_id"].is_string() &&
                ms["post_id"] ==
                    popolo_post_id(ms["organization_id"].get<std::string>(), ms["on_behalf_of_id"].get<std::string>()))
                ms.erase("post_id");
    if (d.contains("events")) {
        const json& evs = d["events"];
        if (!evs.is_array()) throw document_error(errors::document_wrong_type, "/events", "expected an array of events");
        json meetings = json::array();
        for (std::size_t i = 0; i < evs.size(); ++i) {
            const json& e = evs[i];
            const std::string at = "/events/" + std::to_string(i);
            if (!e.is_object()) throw document_error(errors::document_wrong_type, at, "expected an event object");
            json mt = json::object();
            for (const auto& [k, v] : e.items())
                if (!event_members().count(k)) mt[k] = v;
            if (e.contains("classification") && e["classification"] != "meeting") mt["classification"] = e["classification"];
            if (e.contains("id")) mt["id"] = e["id"];
            if (e.contains("name")) mt["title"] = e["name"];
            if (e.contains("organization_id")) mt["organization_id"] = e["organization_id"];
            if (e.contains("start_date")) mt["date"] = e["start_date"];
            if (e.contains("attendees")) {
                const json& as = e["attendees"];
                if (!as.is_array())
                    throw document_error(errors::document_wrong_type, at + "/attendees", "expected an array of persons");
                json ids = json::array();
                for (std::size_t k = 0; k < as.size(); ++k) {
                    if (!as[k].is_object() || !as[k].contains("id"))
                        throw document_error(errors::document_missing_member, at + "/attendees/" + std::to_string(k),
                                             "an attendee is a person object with an id");
                    ids.push_back(as[k]["id"]);
                }
                mt["attendee_ids"] = std::move(ids);
            }
            meetings.push_back(std::move(mt));
        }
        doc["meetings"] = std::move(meetings);
    }
    try {
        return roster_from_json(doc);
    } catch (const document_error& e) {
        throw document_error(e.id(), popolo_pointer(e.pointer()), e.detail());
    }
}

}  // namespace mandat
