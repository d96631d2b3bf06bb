// A history of mandate versions: its checks, its spans in force and the queries across
// versions (see mandat/history.hpp and docs/history.md).
#include "mandat/history.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace mandat {
namespace {

std::string version_pointer(std::size_t i) { return "/versions/" + std::to_string(i); }

[[noreturn]] void fail(const char* id, const std::string& pointer, const std::string& what) {
    throw document_error(id, pointer, what);
}

bool counts(const mandate& m) { return m.status != mandate_status::draft; }

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
    auto link = [&](const mandate& m) -> std::optional<std::string> {
        if (!m.provenance) return std::nullopt;
        return m.provenance->amends ? m.provenance->amends : m.provenance->replaces;
    };
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
    for (std::size_t i = 0; i < versions_.size(); ++i) {
        std::size_t at = i;
        for (std::size_t steps = 0; link(versions_[at].m); ++steps) {
            if (steps >= versions_.size())
                fail(errors::document_cycle, version_pointer(i) + "/mandate/provenance",
                     "the versions that \"" + versions_[i].m.id + "\" replaces or amends form a cycle");
            at = index.at(*link(versions_[at].m));
        }
    }
    // The spans: a version's period, an amendment's from its day of effect; an amended
    // version ends the day before its earliest amendment takes effect.
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
        for (const auto& other : versions_)
            if (counts(other.m) && other.m.provenance && other.m.provenance->amends == v.m.id) {
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

std::optional<history_leadership> history::leadership_on(date d, bool extrapolate) const {
    if (const auto* v = version_on(d)) return history_leadership{*v->m.leadership_on(d, true), v->m.id};
    if (!extrapolate || spans_.empty() || d.is_special()) return std::nullopt;
    // The nearest version's rotation, continued.
    const auto& nearest = d < spans_.front().first ? versions_[spans_.front().version] : versions_[spans_.back().version];
    auto l = nearest.m.leadership_on(d, true);
    l->in_force = false;
    l->extrapolated = true;
    return history_leadership{*l, nearest.m.id};
}

std::optional<history_leadership> history::leadership_in(int year, bool extrapolate) const {
    if (const auto* v = version_in(year))
        return history_leadership{leadership{year, v->m.rotation.turn(year), true, false}, v->m.id};
    if (!extrapolate || spans_.empty()) return std::nullopt;
    const date y1 = last_day_of_year(year);
    const auto& nearest = y1 < spans_.front().first ? versions_[spans_.front().version] : versions_[spans_.back().version];
    return history_leadership{leadership{year, nearest.m.rotation.turn(year), false, true}, nearest.m.id};
}

const mandate_version& history::latest() const {
    for (auto it = versions_.rbegin(); it != versions_.rend(); ++it)
        if (counts(it->m)) return *it;
    return versions_.back();
}

mandate renew(const mandate& predecessor, date from, int years, std::string new_id) {
    if (years < 1 || years > 100)
        throw query_error(errors::query_out_of_range, "a renewal runs for 1 to 100 years, not " + std::to_string(years));
    if (from.is_special()) throw query_error(errors::query_invalid_date, "a renewal needs a real first day");
    require_year(static_cast<long long>(from.year()) + years);
    const date last = boost::gregorian::date(static_cast<unsigned short>(from.year() + years), from.month(), from.day()) -
                      boost::gregorian::days(1);
    mandate m = predecessor;
    if (new_id.empty()) {
        // "trondelag-foui-2022" -> "trondelag-foui-2026"; otherwise the year is appended.
        const std::string old_year = std::to_string(predecessor.first_day().year());
        const std::string year = std::to_string(from.year());
        new_id = predecessor.id.size() > old_year.size() &&
                         predecessor.id.compare(predecessor.id.size() - old_year.size(), old_year.size(), old_year) == 0
                     ? predecessor.id.substr(0, predecessor.id.size() - old_year.size()) + year
                     : predecessor.id + "-" + year;
    }
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
