// The OParl 1.1 export (mandat/oparl.hpp, docs/formats.md).
#include "mandat/oparl.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "mandat/io.hpp"

namespace mandat {

namespace {

using nlohmann::json;

const std::string schema = "https://schema.oparl.org/1.1/";

// A path segment for an id: the id itself when it has only letters, digits, '-', '.' and '_';
// otherwise "~" and the hexadecimal octets of its UTF-8 (no id of the first kind has a "~").
// Either way the URL and the file name are the same string, with nothing to percent-decode.
std::string segment(const std::string& s) {
    const bool plain = !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) {
        const auto u = static_cast<unsigned char>(ch);
        return u < 0x80 && (std::isalnum(u) != 0 || ch == '-' || ch == '.' || ch == '_');
    });
    if (plain) return s;
    static const char* hex = "0123456789abcdef";
    std::string out = "~";
    for (char ch : s) {
        const auto u = static_cast<unsigned char>(ch);
        out += hex[u >> 4];
        out += hex[u & 15];
    }
    return out;
}

// `segment(s)` as a relative path whose every name fits a file system's limit of 255 bytes: cut
// into folders of segment_bytes each ("aaa…a/aaa…a/aa"). The cut is at fixed places, so two
// different ids never share a path, and a folder's name (segment_bytes long) never equals a
// file's (which ends in ".json").
std::string segment_path(const std::string& s) {
    constexpr std::size_t segment_bytes = 200;
    const std::string whole = segment(s);
    std::string out;
    for (std::size_t at = 0; at < whole.size(); at += segment_bytes) {
        if (at > 0) out += '/';
        out += whole.substr(at, segment_bytes);
    }
    return out;
}

date last_sunday(int year, unsigned short month) {
    date d = boost::gregorian::date(static_cast<unsigned short>(year), month, 1).end_of_month();
    while (d.day_of_week().as_number() != 0) d -= boost::gregorian::date_duration(1);
    return d;
}

json list_of(std::vector<json> items) {
    const auto n = items.size();
    return {{"data", std::move(items)},
            {"pagination", {{"totalElements", n}, {"elementsPerPage", n}, {"currentPage", 1}, {"totalPages", 1}}},
            {"links", json::object()}};
}

}  // namespace

std::string oslo_midnight_offset(date d) {
    const int y = static_cast<int>(d.year());
    return d > last_sunday(y, 3) && d <= last_sunday(y, 10) ? "+02:00" : "+01:00";
}

namespace {

// The objects of one OParl tree, by path, as they are built.
struct oparl_builder {
    const mandate& m;
    const roster& r;
    const std::string& base;
    std::string bid;
    std::string body_url;
    std::map<std::string, json> tree;
    std::map<std::string, std::vector<std::string>> by_org;  // organisation or body id -> membership URLs
    std::map<std::string, std::vector<json>> by_person;      // person id -> memberships (embedded, as OParl has them)
    std::set<std::string> org_ids, person_ids;               // everything referenced gets an object
    std::vector<json> memberships, meetings, orgs, persons;

    oparl_builder(const mandate& m_, const roster& r_, const std::string& base_)
        : m(m_), r(r_), base(base_), bid(segment_path(m_.id)), body_url(url("body/" + bid + ".json")) {}

    std::string url(const std::string& path) const { return base + path; }
    static std::string org_path(const std::string& id) { return "organization/" + segment_path(id) + ".json"; }
    static std::string person_path(const std::string& id) { return "person/" + segment_path(id) + ".json"; }

    // A path segment for an object: its id's, or "~n" and its position (1, 2, ...) when it has
    // none, which no id's segment can be ("~" starts only an id's hexadecimal octets).
    static std::string segment_of(const std::optional<std::string>& id, std::size_t i) {
        return id ? segment_path(*id) : "~n" + std::to_string(i + 1);
    }

    // Memberships, by the appointment's id or position.
    void add_memberships() {
        for (std::size_t i = 0; i < r.appointments.size(); ++i) {
            const appointment& a = r.appointments[i];
            const std::string path = "membership/" + segment_of(a.id, i) + ".json";
            json j{{"id", url(path)},
                   {"type", schema + "Membership"},
                   {"person", url(person_path(a.person_id))},
                   {"organization", url(org_path(a.body_id))},
                   {"onBehalfOf", url(org_path(a.organisation_id))},
                   {"role", std::string(to_string(a.role))},
                   {"votingRight", holds_seat(a.role)},
                   {"startDate", format_date(a.start_date)}};
            if (a.end_date) j["endDate"] = format_date(*a.end_date);
            by_person[a.person_id].push_back(j);
            by_org[a.body_id].push_back(url(path));
            org_ids.insert(a.body_id);
            org_ids.insert(a.organisation_id);
            person_ids.insert(a.person_id);
            tree[path] = j;
            memberships.push_back(std::move(j));
        }
    }

    void add_meetings() {
        for (std::size_t i = 0; i < r.meetings.size(); ++i) {
            const meeting& mt = r.meetings[i];
            const std::string path = "meeting/" + segment_of(mt.id, i) + ".json";
            const body* b = m.find_body(mt.body_id);
            // The meeting lasts its day: until the next midnight, or on the calendar's last day
            // (9999-12-31, which has no next day) until its last second (docs/formats.md).
            const bool last_day = mt.on == date(9999, 12, 31);
            const date next = last_day ? mt.on : mt.on + boost::gregorian::date_duration(1);
            const std::string end = format_date(next) + (last_day ? "T23:59:59" : "T00:00:00") + oslo_midnight_offset(next);
            json parts = json::array();
            for (const auto& p : mt.attendee_ids) {
                parts.push_back(url(person_path(p)));
                person_ids.insert(p);
            }
            json j{{"id", url(path)},
                   {"type", schema + "Meeting"},
                   {"name", mt.title ? *mt.title : (b ? b->name : mt.body_id) + " " + format_date(mt.on)},
                   {"start", format_date(mt.on) + "T00:00:00" + oslo_midnight_offset(mt.on)},
                   {"end", end},
                   {"organization", json::array({url(org_path(mt.body_id))})},
                   {"participant", std::move(parts)}};
            org_ids.insert(mt.body_id);
            tree[path] = j;
            meetings.push_back(std::move(j));
        }
    }

    void add_org(const std::string& id, json j) {
        j["id"] = url(org_path(id));
        j["type"] = schema + "Organization";
        j["body"] = body_url;
        if (by_org.count(id)) j["membership"] = by_org[id];
        tree[org_path(id)] = j;
        orgs.push_back(std::move(j));
    }

    // Organizations: the mandate's organisations and bodies, then any other id referenced.
    void add_orgs() {
        std::set<std::string> known;
        for (const auto& o : m.organisations) {
            json j{{"name", o.name},
                   {"shortName", o.id},
                   {"organizationType", "Institution"},
                   {"classification", o.party ? "party" : "organisation"}};
            if (o.parent_id) j["subOrganizationOf"] = url(org_path(*o.parent_id));
            add_org(o.id, std::move(j));
            known.insert(o.id);
        }
        for (const auto& b : m.bodies) {
            add_org(b.id, {{"name", b.name},
                           {"shortName", b.id},
                           {"organizationType", "Gremium"},
                           {"classification", "body"},
                           {"startDate", format_date(m.first_day())},
                           {"endDate", format_date(m.last_day())}});
            known.insert(b.id);
        }
        for (const auto& id : org_ids)
            if (!known.count(id)) add_org(id, {{"name", id}, {"organizationType", "Sonstiges"}, {"classification", "unknown"}});
    }

    void add_person(const std::string& id, const person* p) {
        json j{{"id", url(person_path(id))}, {"type", schema + "Person"}, {"body", body_url}, {"name", p ? p->name : id}};
        if (p && p->email) j["email"] = json::array({*p->email});
        if (p && p->gender) j["gender"] = *p->gender;
        if (by_person.count(id)) j["membership"] = by_person[id];
        tree[person_path(id)] = j;
        persons.push_back(std::move(j));
    }

    void add_persons() {
        for (const auto& p : r.persons) add_person(p.id, &p);
        for (const auto& id : person_ids)
            if (!r.find_person(id)) add_person(id, nullptr);
    }

    // The legislative term, the body with its lists, and the system.
    void add_body() {
        const std::string term_path = "legislative-term/" + bid + ".json";
        const json term{{"id", url(term_path)},
                        {"type", schema + "LegislativeTerm"},
                        {"body", body_url},
                        {"name", m.title + " " + format_date(m.first_day()) + " – " + format_date(m.last_day())},
                        {"startDate", format_date(m.first_day())},
                        {"endDate", format_date(m.last_day())}};
        tree[term_path] = term;

        const std::string lists = "body/" + bid + "/";
        const json body{{"id", body_url},
                        {"type", schema + "Body"},
                        {"system", url("system.json")},
                        {"name", m.title},
                        {"shortName", m.id},
                        {"organization", url(lists + "organizations.json")},
                        {"person", url(lists + "persons.json")},
                        {"meeting", url(lists + "meetings.json")},
                        {"paper", url(lists + "papers.json")},
                        {"membership", url(lists + "memberships.json")},
                        {"legislativeTerm", json::array({term})},
                        {"legislativeTermList", url(lists + "legislative-terms.json")},
                        {"classification", "partnership"}};
        tree["body/" + bid + ".json"] = body;
        tree[lists + "organizations.json"] = list_of(std::move(orgs));
        tree[lists + "persons.json"] = list_of(std::move(persons));
        tree[lists + "meetings.json"] = list_of(std::move(meetings));
        tree[lists + "papers.json"] = list_of({});
        tree[lists + "memberships.json"] = list_of(std::move(memberships));
        tree[lists + "legislative-terms.json"] = list_of({term});
        tree["bodies.json"] = list_of({body});
        tree["system.json"] = {{"id", url("system.json")},
                               {"type", schema + "System"},
                               {"oparlVersion", schema},
                               {"body", url("bodies.json")},
                               {"name", m.title}};
    }
};

}  // namespace

std::string web_base_url(std::string url) {
    if (url.empty()) throw query_error(errors::query_invalid_shape, "an OParl tree needs a base URL");
    const std::string said = "the base URL \"" + excerpt(url) + "\" ";
    auto refuse = [&](const std::string& why) { throw query_error(errors::query_invalid_url, said + why); };
    // The characters of RFC 3986: no space, control character, quote, angle bracket or non-ASCII byte.
    static const std::string allowed = "-._~:/?#[]@!$&'()*+,;=%";
    for (char ch : url) {
        const auto u = static_cast<unsigned char>(ch);
        if (u >= 0x80 || (std::isalnum(u) == 0 && allowed.find(ch) == std::string::npos))
            refuse("holds a character a URL cannot hold (" +
                   (u < 0x20 || u >= 0x7f ? "byte " + std::to_string(u) : "\"" + std::string(1, ch) + "\"") + ")");
    }
    std::string scheme = url.substr(0, url.find("://"));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (url.find("://") == std::string::npos || (scheme != "http" && scheme != "https"))
        refuse("is not an http or https URL (such as https://example.org/oparl/)");
    const std::size_t host_begin = scheme.size() + 3;
    const std::size_t host_end = std::min(url.find('/', host_begin), url.size());
    const std::string authority = url.substr(host_begin, host_end - host_begin);
    const std::size_t colon = authority.rfind(':');
    const bool port = colon != std::string::npos && authority.find(']', colon) == std::string::npos;
    const std::string host = port ? authority.substr(0, colon) : authority;
    const std::string digits = port ? authority.substr(colon + 1) : "";
    if (host.empty() || host.find_first_of("@/?#") != std::string::npos ||
        digits.find_first_not_of("0123456789") != std::string::npos || (port && digits.empty()))
        refuse("has no host, or one with a user name or a bad port (such as https://example.org:8080/oparl/)");
    if (url.find_first_of("?#") != std::string::npos)
        refuse("has a query or a fragment (\"?\" or \"#\"), which would swallow the file paths after it");
    if (url.back() != '/') url += '/';
    return url;
}

std::map<std::string, json> oparl_tree(const mandate& m, const roster& r, std::string base) {
    validate(m);
    base = web_base_url(std::move(base));
    oparl_builder t(m, r, base);
    t.add_memberships();
    t.add_meetings();
    t.add_orgs();
    t.add_persons();
    t.add_body();
    return std::move(t.tree);
}

void write_oparl(const mandate& m, const roster& r, const std::string& folder, const std::string& base_url,
                 const std::vector<std::string>& inputs) {
    std::map<std::string, std::string> files;
    for (const auto& [path, j] : oparl_tree(m, r, base_url)) files.emplace(path, j.dump(2) + "\n");
    write_tree_atomic(folder, files, inputs);
}

}  // namespace mandat
