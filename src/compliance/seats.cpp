// Who sits where on a day (see mandat/seats.hpp), and its JSON form (docs/cli.md, `roster`).
#include "mandat/seats.hpp"

#include <unordered_map>

#include "mandat/json.hpp"
#include "mandat/redaction.hpp"

namespace mandat {

day_seats seats_on(const mandate& m, const roster& r, date d, const check_options& options) {
    day_seats out;
    out.day = d;
    out.in_force = m.in_force(d);
    out.leading_organisation = m.leading_organisation(d);
    check_options day = options;
    day.from = d;
    day.to = d;
    // The day's findings: those that concern the day (one day is no year, so no meeting count).
    for (auto& f : check_compliance(m, r, day).findings) {
        const bool on_day = !f.start_date || (*f.start_date <= d && (!f.end_date || d <= *f.end_date));
        if (f.code != codes::meetings_partial_year && on_day) out.findings.push_back(std::move(f));
    }

    const redactor shown(r, options.redact, options.lang);

    // Bodies of the mandate first, then those the roster names, in the order they appear.
    std::vector<std::string> order;
    std::unordered_map<std::string, std::map<std::pair<std::string, std::string>, std::vector<role>>> seats;
    for (const auto& b : m.bodies) {
        order.push_back(b.id);
        seats[b.id];
    }
    for (const auto& a : r.appointments) {
        if (!a.covers(d)) continue;
        auto it = seats.find(a.body_id);
        if (it == seats.end()) {
            order.push_back(a.body_id);
            it = seats.emplace(a.body_id, std::map<std::pair<std::string, std::string>, std::vector<role>>()).first;
        }
        if (a.role == role::secretary)
            out.secretaries.push_back({shown.id(a.person_id), shown.name(a.person_id), a.organisation_id});
        else  // a person counts once per body and organisation, whatever the number of appointments
            it->second[{a.organisation_id, a.person_id}].push_back(a.role);
    }
    for (const auto& id : order) {
        body_seats b;
        b.body_id = id;
        if (const body* known = m.find_body(id)) b.name = known->name;
        for (auto& [key, roles] : seats[id]) {
            ++b.counts[key.first];
            b.seats.push_back({key.first, shown.id(key.second), shown.name(key.second), std::move(roles)});
        }
        out.bodies.push_back(std::move(b));
    }
    return out;
}

nlohmann::json to_json(const day_seats& s) {
    using json = nlohmann::json;
    json j{{"date", format_date(s.day)},
           {"in_force", s.in_force},
           {"leading_organisation", s.leading_organisation ? json(*s.leading_organisation) : json()}};
    j["bodies"] = json::array();
    for (const auto& b : s.bodies) {
        json jb{{"id", b.body_id}, {"seats", json::array()}, {"counts", json::object()}};
        for (const auto& [org, n] : b.counts) jb["counts"][org] = n;
        for (const auto& h : b.seats) {
            json roles = json::array();
            for (role r : h.roles) roles.push_back(std::string(to_string(r)));
            jb["seats"].push_back({{"organisation_id", h.organisation_id}, {"person_id", h.person_id}, {"roles", roles}});
        }
        j["bodies"].push_back(std::move(jb));
    }
    j["secretaries"] = json::array();
    for (const auto& x : s.secretaries)
        j["secretaries"].push_back({{"person_id", x.person_id}, {"organisation_id", x.organisation_id}});
    j["findings"] = to_json(s.findings);
    return j;
}

}  // namespace mandat
