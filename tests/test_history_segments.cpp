// The check across versions judges each record by the segments (version spans within the
// window) it meets: each segment is checked on a roster of only those records. Here it is held
// to the straightforward method, each segment checked on the whole roster, finding for finding,
// on generated rosters whose records cross the versions' boundaries.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "mandat/mandat.hpp"
#include "support.hpp"

using mandat::date;

namespace {

using mandat::testing::M;
date D(const char* s) { return *mandat::parse_date(s); }
date plus(date d, long n) { return d + boost::gregorian::days(n); }
int year(date d) { return static_cast<int>(d.year()); }

bool yearly(const std::string& code) {
    return code == mandat::codes::meetings_partial_year || code == mandat::codes::meetings_above_max ||
           code == mandat::codes::meetings_off_target;
}

// An amendment of `of` from `from`, with the first quota of the steering group at most `ks_max`
// seats and the working committee's meetings at most `au_max` a year.
mandat::mandate_version amendment(const mandat::mandate& of, const std::string& id, const char* from, unsigned ks_max,
                                  unsigned au_max) {
    mandat::mandate m = of;
    m.id = id;
    m.provenance = mandat::provenance{};
    m.provenance->amends = of.id;
    m.bodies[0].quotas[0].max = ks_max;
    m.bodies[1].meetings->maximum = au_max;
    return {m, D(from), {}};
}

// Five versions: the mandate of 2022, three amendments taking effect mid-year (chained), and
// a renewal from 2026.
const mandat::history& five_versions() {
    static const mandat::history h = [] {
        std::vector<mandat::mandate_version> v{{M(), std::nullopt, {}}};
        v.push_back(amendment(v.back().m, "a1", "2022-08-15", 1, 6));
        v.push_back(amendment(v.back().m, "a2", "2023-05-10", 2, 10));
        v.push_back(amendment(v.back().m, "a3", "2024-11-30", 1, 8));
        auto later = mandat::renew(M(), D("2026-01-01"), 4);
        later.status = mandat::mandate_status::adopted;
        v.push_back({later, std::nullopt, {}});
        return mandat::history("h", "t", std::move(v));
    }();
    return h;
}

// A roster from `seed`: memberships and meetings on random days and on the days around each
// boundary, open-ended memberships, unknown persons, bodies and organisations, every role,
// a person listed twice.
mandat::roster generated(unsigned seed) {
    std::mt19937 g(seed);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(g() % n); };
    const std::vector<date> bounds{D("2022-08-15"), D("2023-05-10"), D("2024-11-30"), D("2026-01-01")};
    auto day = [&] {
        if (pick(10) < 3) return plus(bounds[pick(bounds.size())], static_cast<long>(pick(3)) - 1);
        return plus(D("2021-11-01"), static_cast<long>(pick(2000)));
    };
    const std::vector<std::string> bodies{"styringsgruppen", "arbeidsutvalget"}, orgs{"tfk", "ks", "sf", "nfr", "kdu"};
    const std::vector<mandat::role> roles{mandat::role::member, mandat::role::member,      mandat::role::member,
                                          mandat::role::leader, mandat::role::coordinator, mandat::role::secretary};
    mandat::roster r;
    const std::size_t persons = 30;
    for (std::size_t i = 0; i < persons; ++i)
        r.persons.push_back({"p" + std::to_string(i), "P " + std::to_string(i), {}, {}, {}, {}});
    // A person id twice: the name shown is the first's, the roster order the last's.
    r.persons.push_back({"p3", "P 3 again", {}, {}, {}, {}});
    for (int i = 0; i < 140; ++i) {
        mandat::appointment a;
        a.person_id = pick(20) ? "p" + std::to_string(pick(persons)) : "ghost";
        a.body_id = pick(25) ? bodies[pick(2)] : "nobody";
        a.organisation_id = pick(25) ? orgs[pick(orgs.size())] : "nowhere";
        a.role = roles[pick(roles.size())];
        a.start_date = day();
        if (pick(7)) a.end_date = plus(a.start_date, static_cast<long>(pick(600)));
        r.appointments.push_back(a);
    }
    for (int i = 0; i < 90; ++i) {
        mandat::meeting mt;
        mt.body_id = pick(20) ? bodies[pick(2)] : "nobody";
        mt.on = day();
        for (std::size_t k = pick(8); k > 0; --k) mt.attendee_ids.push_back("p" + std::to_string(pick(persons)));
        if (!pick(10)) mt.attendee_ids.push_back("stranger");
        r.meetings.push_back(mt);
    }
    return r;
}

// The straightforward method: each segment checked on the whole roster, its findings named by
// its version and the records' unknown references cut to the segment's days. Without what the
// check across versions adds itself (period.outside under no version, a year split between
// versions judged whole), which depends on no segment's records: left out on both sides.
std::vector<mandat::finding> segment_by_segment(const mandat::history& h, const mandat::roster& r, const mandat::check_options& o,
                                                std::map<int, int>& segments_in_year) {
    std::vector<mandat::finding> out;
    for (const auto& s : h.spans()) {
        const date a = std::max(s.first, *o.from), b = std::min(s.last, *o.to);
        if (b < a) continue;
        for (int y = year(a); y <= year(b); ++y) ++segments_in_year[y];
        const mandat::mandate& m = h.versions()[s.version].m;
        mandat::check_options so = o;
        so.from = a;
        so.to = b;
        for (auto& f : mandat::check_compliance(m, r, so).findings) {
            if (f.code == mandat::codes::period_outside) continue;
            if (f.code.rfind("unknown.", 0) == 0) {
                f.start_date = std::max(*f.start_date, a);
                f.end_date = f.end_date ? std::min(*f.end_date, b) : b;
                if (*f.end_date < *f.start_date) continue;
            }
            f.version = m.id;
            out.push_back(std::move(f));
        }
    }
    std::stable_sort(out.begin(), out.end(), mandat::report_order);
    return out;
}

std::vector<mandat::finding> without_joined(std::vector<mandat::finding> fs, const std::map<int, int>& segments_in_year) {
    fs.erase(std::remove_if(fs.begin(), fs.end(),
                            [&](const mandat::finding& f) {
                                return f.code == mandat::codes::period_outside ||
                                       (yearly(f.code) && segments_in_year.at(year(*f.start_date)) > 1);
                            }),
             fs.end());
    return fs;
}

}  // namespace

TEST_CASE("check across versions: each segment on the records it meets agrees with each segment on the whole roster",
          "[history]") {
    const auto& h = five_versions();
    REQUIRE(h.spans().size() == 5);
    const std::vector<std::pair<const char*, const char*>> windows{{"2022-01-01", "2029-12-31"},
                                                                   {"2022-03-17", "2026-02-01"},
                                                                   {"2021-06-01", "2023-05-10"},
                                                                   {"2023-05-11", "2025-01-05"},
                                                                   {"2024-02-29", "2024-11-30"}};
    std::map<std::string, int> seen;  // what the comparisons covered, by code
    for (unsigned seed : {1u, 2u, 3u, 4u}) {
        const mandat::roster r = generated(seed);
        for (const auto& [from, to] : windows) {
            mandat::check_options o;
            o.from = D(from);
            o.to = D(to);
            o.lang = seed % 2 ? mandat::language::en : mandat::language::nb;
            o.redact = seed == 3;
            std::map<int, int> segments_in_year;
            const auto expected = without_joined(segment_by_segment(h, r, o, segments_in_year), segments_in_year);
            const auto got = without_joined(mandat::check_compliance(h, r, o).findings, segments_in_year);
            CAPTURE(seed, from, to);
            REQUIRE(got.size() == expected.size());
            for (std::size_t i = 0; i < got.size(); ++i) {
                CAPTURE(i);
                CHECK(mandat::to_json(got[i]).dump() == mandat::to_json(expected[i]).dump());
                ++seen[got[i].code];
            }
        }
    }
    // The rosters reach every kind of finding a segment's records decide.
    for (const char* code : {"unknown.person", "unknown.body", "unknown.organisation", "quota.above_max", "quota.below_min",
                             "roster.duplicate_seat", "roster.role_outside_body", "rotation.wrong_leader_org",
                             "attendance.missing", "meetings.unprepared", "meetings.partial_year", "meetings.above_max"}) {
        CAPTURE(code);
        CHECK(seen[code] > 0);
    }
}
