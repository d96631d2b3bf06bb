// A history of mandate versions: its checks, its spans in force and the queries across
// versions (see mandat/history.hpp and docs/history.md).
#include "mandat/history.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace mandat {
namespace {

std::string version_pointer(std::size_t i) { return "/versions/" + std::to_string(i); }

[[noreturn]] void fail(const char* id, const std::string& pointer, const std::string& what) {
    throw document_error(id, pointer, what);
}

bool counts(const mandate& m) { return m.status != mandate_status::draft; }

// The version `m` replaces or amends, if any.
std::optional<std::string> link(const mandate& m) {
    if (!m.provenance) return std::nullopt;
    return m.provenance->amends ? m.provenance->amends : m.provenance->replaces;
}

// Following replaces and amends from any version never comes back to it. Each version is
// walked once: a walk ends at a version already known to end (state 2), or comes back to one
// on its own path (state 1), which names the version the walk started from.
void check_no_cycle(const std::vector<mandate_version>& versions, const std::map<std::string, std::size_t>& index) {
    std::vector<char> state(versions.size(), 0);
    for (std::size_t i = 0; i < versions.size(); ++i) {
        std::vector<std::size_t> walk;
        for (std::size_t at = i; state[at] != 2;) {
            if (state[at] == 1)
                fail(errors::document_cycle, version_pointer(i) + "/mandate/provenance",
                     "the versions that \"" + versions[i].m.id + "\" replaces or amends form a cycle");
            state[at] = 1;
            walk.push_back(at);
            const auto next = link(versions[at].m);
            if (!next) break;
            at = index.at(*next);
        }
        for (const std::size_t w : walk) state[w] = 2;
    }
}

}  // namespace

history::history(std::string id, std::string title, std::vector<mandate_version> versions)
    : id_(std::move(id)), title_(std::move(title)), versions_(std::move(versions)) {
    if (versions_.empty()) fail(errors::document_invalid_value, "/versions", "a history needs at least one version");
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < versions_.size(); ++i) {
        const mandate& m = versions_[i].m;
        try {
            validate(m);
        } catch (const document_error& e) {
            fail(e.id().c_str(), version_pointer(i) + "/mandate" + e.pointer(), e.detail());
        }
        if (!index.emplace(m.id, i).second)
            fail(errors::document_duplicate_id, version_pointer(i) + "/mandate/id",
                 "the version id \"" + m.id + "\" is used twice");
    }
    // replaces and amends name a known version; following them never comes back.
    for (std::size_t i = 0; i < versions_.size(); ++i) {
        const mandate& m = versions_[i].m;
        if (!m.provenance) continue;
        for (const auto* which : {&m.provenance->replaces, &m.provenance->amends})
            if (*which && !index.count(**which))
                fail(errors::document_unknown_reference,
                     version_pointer(i) + "/mandate/provenance/" + (which == &m.provenance->amends ? "amends" : "replaces"),
                     "unknown version \"" + **which + "\"");
        if (versions_[i].from && !m.provenance->amends)
            fail(errors::document_inconsistent, version_pointer(i) + "/from",
                 "only an amendment takes effect from a day of its own");
    }
    check_no_cycle(versions_, index);
    // The spans: a version's period, an amendment's from its day of effect; an amended
    // version ends the day before its earliest amendment takes effect.
    std::map<std::string, std::vector<std::size_t>> amended_by;  // a version's amendments in force
    for (std::size_t i = 0; i < versions_.size(); ++i)
        if (counts(versions_[i].m) && versions_[i].m.provenance && versions_[i].m.provenance->amends)
            amended_by[*versions_[i].m.provenance->amends].push_back(i);
    std::vector<version_span> spans;
    for (std::size_t i = 0; i < versions_.size(); ++i) {
        const mandate_version& v = versions_[i];
        if (!counts(v.m)) continue;
        date first = v.m.first_day(), last = v.m.last_day();
        if (v.from) {
            if (*v.from < first || *v.from > last)
                fail(errors::document_inconsistent, version_pointer(i) + "/from",
                     "the amendment takes effect on " + format_date(*v.from) + ", outside its period " + format_date(first) +
                         " to " + format_date(last));
            first = *v.from;
        }
        if (auto by = amended_by.find(v.m.id); by != amended_by.end())
            for (const std::size_t a : by->second) {
                const mandate_version& other = versions_[a];
                const date starts = other.from.value_or(other.m.first_day());
                if (starts > first && starts <= last) last = starts - boost::gregorian::days(1);
            }
        spans.push_back({i, first, last});
    }
    std::sort(spans.begin(), spans.end(), [](const version_span& a, const version_span& b) { return a.first < b.first; });
    for (std::size_t k = 1; k < spans.size(); ++k)
        if (spans[k].first <= spans[k - 1].last) {
            const mandate& a = versions_[spans[k - 1].version].m;
            const mandate& b = versions_[spans[k].version].m;
            fail(errors::document_inconsistent, version_pointer(spans[k].version) + "/mandate/validity",
                 "\"" + b.id + "\" in force from " + format_date(spans[k].first) + " overlaps \"" + a.id + "\", in force to " +
                     format_date(spans[k - 1].last) + " (two adopted versions cannot govern the same day)");
        }
    spans_ = std::move(spans);
}

history history::of(const mandate& m) { return history(m.id, m.title, {mandate_version{m, std::nullopt, {}}}); }

const mandate_version* history::find_version(std::string_view id) const noexcept {
    for (const auto& v : versions_)
        if (v.m.id == id) return &v;
    return nullptr;
}

const mandate_version& history::get_version(std::string_view id) const {
    if (const auto* v = find_version(id)) return *v;
    std::string known;
    for (const auto& v : versions_) known += (known.empty() ? "" : ", ") + v.m.id;
    throw query_error(errors::query_unknown_version, "unknown version \"" + std::string(id) + "\" (known: " + known + ")");
}

std::vector<std::pair<date, date>> history::gaps(date first, date last) const {
    std::vector<std::pair<date, date>> out;
    date at = first;
    for (const auto& s : spans_) {
        if (s.last < at) continue;
        if (s.first > last) break;
        if (s.first > at) out.emplace_back(at, s.first - boost::gregorian::days(1));
        if (s.last >= last) return out;
        at = s.last + boost::gregorian::days(1);
    }
    if (at <= last) out.emplace_back(at, last);
    return out;
}

std::optional<std::pair<date, date>> history::extent() const {
    if (spans_.empty()) return std::nullopt;
    return std::make_pair(spans_.front().first, spans_.back().last);
}

const mandate_version* history::version_on(date d) const {
    if (d.is_special()) return nullptr;
    // Spans are sorted and disjoint: the last span starting on or before d.
    auto it = std::upper_bound(spans_.begin(), spans_.end(), d, [](date x, const version_span& s) { return x < s.first; });
    if (it == spans_.begin()) return nullptr;
    --it;
    return d <= it->last ? &versions_[it->version] : nullptr;
}

const mandate_version* history::version_in(int year) const {
    require_year(year);
    const date y0 = first_day_of_year(year), y1 = last_day_of_year(year);
    // Spans are sorted by their first day: the first one that meets the year.
    for (const auto& s : spans_)
        if (s.first <= y1 && s.last >= y0) return &versions_[s.version];
    return nullptr;
}

const mandate_version& history::version_for(date d) const {
    if (const auto* v = version_on(d)) return *v;
    return latest();
}

const mandate_version& history::nearest(date d) const {
    // Spans are sorted and disjoint: the last span starting on or before d ends before it.
    auto it = std::upper_bound(spans_.begin(), spans_.end(), d, [](date x, const version_span& s) { return x < s.first; });
    return versions_[it == spans_.begin() ? spans_.front().version : std::prev(it)->version];
}

std::optional<history_leadership> history::leadership_on(date d, bool extrapolate) const {
    if (const auto* v = version_on(d)) return history_leadership{*v->m.leadership_on(d, true), v->m.id};
    if (!extrapolate || spans_.empty() || d.is_special()) return std::nullopt;
    const auto& near = nearest(d);
    auto l = near.m.leadership_on(d, true);
    l->in_force = false;
    l->extrapolated = true;
    return history_leadership{*l, near.m.id};
}

std::optional<history_leadership> history::leadership_in(int year, bool extrapolate) const {
    if (const auto* v = version_in(year))
        return history_leadership{leadership{year, v->m.rotation.turn(year), true, false}, v->m.id};
    if (!extrapolate || spans_.empty()) return std::nullopt;
    const auto& near = nearest(first_day_of_year(year));
    return history_leadership{leadership{year, near.m.rotation.turn(year), false, true}, near.m.id};
}

const mandate_version& history::latest() const {
    if (!spans_.empty()) return versions_[spans_.back().version];
    // Only drafts: the one whose period starts last (of those, the last listed).
    std::size_t best = 0;
    for (std::size_t i = 1; i < versions_.size(); ++i)
        if (versions_[i].m.first_day() >= versions_[best].m.first_day()) best = i;
    return versions_[best];
}

namespace {

// The day after `years` years from `from`: the same day and month, except that 29 February
// of a common year is 1 March (docs/decisions.md, "Renewal from 29 February").
date anniversary(date from, int years) {
    const auto year = static_cast<unsigned short>(from.year() + years);
    if (from.month() == 2 && from.day() == 29 && !boost::gregorian::gregorian_calendar::is_leap_year(year))
        return date(year, 3, 1);
    return date(year, from.month(), from.day());
}

// "trondelag-foui-2022" -> "trondelag-foui-2026"; otherwise the year is appended.
std::string successor_id(const mandate& predecessor, date from) {
    const std::string old_year = std::to_string(predecessor.first_day().year());
    const std::string year = std::to_string(from.year());
    const std::string& id = predecessor.id;
    return id.size() > old_year.size() && id.compare(id.size() - old_year.size(), old_year.size(), old_year) == 0
               ? id.substr(0, id.size() - old_year.size()) + year
               : id + "-" + year;
}

}  // namespace

mandate renew(const mandate& predecessor, date from, int years, std::string new_id) {
    if (years < 1 || years > 100)
        throw query_error(errors::query_out_of_range, "a renewal runs for 1 to 100 years, not " + std::to_string(years));
    if (from.is_special()) throw query_error(errors::query_invalid_date, "a renewal needs a real first day");
    // The term ends the day before the anniversary. From 1 January that is the last day of the
    // year before, so a term may end on 9999-12-31 although its anniversary has no date.
    const long long end_year = static_cast<long long>(from.year()) + years;
    const bool from_new_year = from.month() == 1 && from.day() == 1;
    require_year(from_new_year ? end_year - 1 : end_year);
    const date last =
        from_new_year ? date(static_cast<int>(end_year - 1), 12, 31) : anniversary(from, years) - boost::gregorian::days(1);
    mandate m = predecessor;
    const bool derived = new_id.empty();
    if (derived) new_id = successor_id(predecessor, from);
    // The draft must load as it is written: its id within the limit of an id, never cut short.
    if (new_id.size() > field_limits::id_bytes)
        throw query_error(errors::query_out_of_range,
                          (derived ? "the id \"" + excerpt(new_id) + "\" derived from the predecessor's"
                                   : "the new id \"" + excerpt(new_id) + "\"") +
                              " has " + std::to_string(new_id.size()) + " bytes, more than the limit of " +
                              std::to_string(field_limits::id_bytes) + " for an id (give a shorter new id)");
    m.id = std::move(new_id);
    m.status = mandate_status::draft;
    m.validity.in_force = make_period(from, last);
    provenance p;
    p.replaces = predecessor.id;
    for (const auto& c : predecessor.clauses) p.carried_over.push_back(c.id);
    m.provenance = std::move(p);
    validate(m);
    return m;
}

}  // namespace mandat
