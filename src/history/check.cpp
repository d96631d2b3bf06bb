// The compliance check against a history of versions (see mandat/history.hpp). The window is
// cut into segments, one per version span; each segment is checked by the engine against its
// version on the records that meet it (segments.cpp: the cost grows with the records times the
// segments each meets, not with the roster times the segments), and the results are joined:
// findings name their version, a calendar year split between versions is judged once as a
// whole (R2, R3), and activity on days under no version is period.outside (R11).
#include <algorithm>
#include <map>

#include "history/segments.hpp"
#include "mandat/finding_builder.hpp"
#include "mandat/history.hpp"
#include "mandat/messages.hpp"
#include "mandat/redaction.hpp"

namespace mandat {
namespace {

using boost::gregorian::days;
using detail::segment;

bool is_unknown(const std::string& code) { return code.rfind("unknown.", 0) == 0; }
bool is_yearly(const std::string& code) {
    return code == codes::meetings_partial_year || code == codes::meetings_above_max || code == codes::meetings_off_target;
}

class history_check {
public:
    history_check(const history& h, const roster& r, const check_options& o) : h_(h), r_(r), o_(o), shown_(r, o.redact, o.lang) {}

    report run() {
        const auto extent = h_.extent();
        report rep;
        rep.mandate_id = h_.id();
        rep.lang = o_.lang;
        rep.redacted = o_.redact;
        if ((!o_.from || !o_.to) && !extent)
            throw query_error(errors::query_invalid_period,
                              "no version of the history is in force: give the first and the last day to check");
        rep.from = o_.from.value_or(extent ? extent->first : date());
        rep.to = o_.to.value_or(extent ? extent->second : date());
        if (rep.to < rep.from)
            throw query_error(errors::query_invalid_period,
                              "the interval ends (" + format_date(rep.to) + ") before it starts (" + format_date(rep.from) + ")");
        for (const auto& s : h_.spans()) {
            const date a = std::max(s.first, rep.from), b = std::min(s.last, rep.to);
            if (a <= b) segments_.push_back({&h_.versions()[s.version].m, a, b});
        }
        // As for one mandate, a window side that reaches the history's first or last day in
        // force is open for activity under no version.
        if (extent && rep.from > extent->first) lo_ = rep.from;
        if (extent && rep.to < extent->second) hi_ = rep.to;
        if (!extent) lo_ = rep.from, hi_ = rep.to;
        // Each segment is checked on the records it meets, found once for all segments.
        const detail::segment_records records(r_, segments_);
        for (std::size_t k = 0; k < segments_.size(); ++k) check_segment(segments_[k], records.build(k));
        judge_split_years();
        outside_every_version();
        std::stable_sort(out_.begin(), out_.end(), report_order);
        rep.findings = std::move(out_);
        for (auto& [y, s] : years_) rep.years.push_back(std::move(s));
        return rep;
    }

private:
    // The segment's findings, checked on `records` (the records it meets), numbered as in the
    // whole roster.
    void check_segment(const segment& seg, const detail::sub_roster& records) {
        check_options so = o_;
        so.from = seg.first;
        so.to = seg.last;
        report sub = check_compliance(*seg.m, records.whole ? r_ : records.r, so);
        for (auto& f : sub.findings) {
            if (f.code == codes::period_outside) continue;  // relative to one version: judged below against all
            if (is_unknown(f.code) && f.start_date) {       // the part of the record this version judged
                f.start_date = std::max(*f.start_date, seg.first);
                f.end_date = f.end_date ? std::min(*f.end_date, seg.last) : seg.last;
                // A segment that is a version's whole period is no window to check_compliance,
                // which then reports a record outside it too: that part is another segment's.
                if (*f.end_date < *f.start_date) continue;
            }
            detail::segment_records::renumber(f, records, o_.lang);
            f.version = seg.m->id;
            out_.push_back(std::move(f));
        }
        for (auto& y : sub.years) {
            auto [it, fresh] = years_.emplace(y.year, y);
            year_versions_[y.year].push_back(&seg);
            if (fresh) continue;
            for (const auto& [b, n] : y.meetings) it->second.meetings[b] += n;
            for (const auto& [b, n] : y.composition_breach_days) it->second.composition_breach_days[b] += n;
        }
    }

    // R2, R3 for a year split between versions: judged as a whole when versions cover every day
    // of it inside the window, by the version in force on its last day; the segments' partial
    // years are replaced by that judgement.
    void judge_split_years() {
        for (auto& [year, summary] : years_) {
            const int y = year;  // a structured binding cannot be captured (C++17)
            const auto& segs = year_versions_[y];
            if (segs.size() < 2) continue;
            const date y0 = first_day_of_year(y), y1 = last_day_of_year(y);
            long covered = 0;
            for (const auto* s : segs) covered += (std::min(s->last, y1) - std::max(s->first, y0)).days() + 1;
            summary.whole_year = covered == (y1 - y0).days() + 1;
            if (!summary.whole_year) continue;
            out_.erase(std::remove_if(out_.begin(), out_.end(),
                                      [&](const finding& f) {
                                          return is_yearly(f.code) && f.start_date && static_cast<int>(f.start_date->year()) == y;
                                      }),
                       out_.end());
            const mandate& m = *segs.back()->m;
            for (const auto& bd : m.bodies) {
                if (!bd.meetings) continue;
                const meeting_frequency& rule = *bd.meetings;
                const unsigned n = summary.meetings[bd.id];
                message_facts facts{
                    {"body", bd.id}, {"body_name", bd.name}, {"count", std::to_string(n)}, {"year", std::to_string(y)}};
                if (rule.target) facts.emplace_back("target", std::to_string(*rule.target));
                if (rule.maximum) facts.emplace_back("maximum", std::to_string(*rule.maximum));
                if (rule.maximum && n > *rule.maximum)
                    emit(m, finding_builder(codes::meetings_above_max, severity::error)
                                .cite(rule.cite)
                                .body(bd.id)
                                .dates(y0, y1)
                                .facts(facts));
                if (rule.target && n != *rule.target) {
                    const unsigned off = n > *rule.target ? n - *rule.target : *rule.target - n;
                    emit(m,
                         finding_builder(codes::meetings_off_target, off <= rule.tolerance ? severity::info : severity::warning)
                             .cite(rule.cite)
                             .body(bd.id)
                             .dates(y0, y1)
                             .facts(facts));
                }
            }
        }
    }

    // The finding `b` describes, judged by version `m`, its message in the report's language.
    void emit(const mandate& m, finding_builder& b) { out_.push_back(b.version(m.id).build(o_.lang)); }

    // R11 across versions: the days of a record under no version, within the window (its sides
    // open where they reach the history's ends), citing the validity of the version before
    // the gap (or after).
    void outside_every_version() {
        const auto& spans = h_.spans();
        auto cite_for = [&](date d) -> const mandate& {  // the last span starting on or before d, else the first
            if (spans.empty()) return h_.versions().front().m;
            auto it = std::upper_bound(spans.begin(), spans.end(), d, [](date x, const version_span& s) { return x < s.first; });
            return h_.versions()[it == spans.begin() ? spans.front().version : std::prev(it)->version].m;
        };
        for (std::size_t i = 0; i < r_.appointments.size(); ++i) {
            const appointment& a = r_.appointments[i];
            for (auto [first, last] : uncovered(a.start_date, a.end_date)) {
                if (lo_ && first < *lo_) first = *lo_;
                if (hi_ && (!last || *last > *hi_)) last = *hi_;
                if (last && *last < first) continue;
                const mandate& m = cite_for(first);
                finding_builder f(codes::period_outside, severity::info);
                f.message(last ? "period.outside.no_version" : "period.outside.no_version_open")
                    .cite(m.validity.cite)
                    .body(a.body_id)
                    .organisation(a.organisation_id)
                    .person(shown_.id(a.person_id))
                    .dates(first, last)
                    .facts(
                        {{"where", appointment_pointer(i)}, {"who", shown_.label(a.person_id)}, {"first", format_date(first)}});
                if (last) f.fact("last", format_date(*last));
                emit(m, f);
            }
        }
        for (std::size_t i = 0; i < r_.meetings.size(); ++i) {
            const meeting& mt = r_.meetings[i];
            if (h_.in_force(mt.on) || (lo_ && mt.on < *lo_) || (hi_ && mt.on > *hi_)) continue;
            const mandate& m = cite_for(mt.on);
            emit(m, finding_builder(codes::period_outside, severity::info)
                        .message("period.outside.meeting_no_version")
                        .cite(m.validity.cite)
                        .body(mt.body_id)
                        .on(mt.on)
                        .facts({{"where", meeting_pointer(i)}, {"date", format_date(mt.on)}}));
        }
    }

    // The parts of [first, last] (open-ended when last is none) under no version.
    std::vector<std::pair<date, std::optional<date>>> uncovered(date first, std::optional<date> last) const {
        std::vector<std::pair<date, std::optional<date>>> out;
        date at = first;
        // Spans are sorted and disjoint: the first one that may meet the record, found by halving.
        const auto& spans = h_.spans();
        auto from = std::lower_bound(spans.begin(), spans.end(), first, [](const version_span& s, date x) { return s.last < x; });
        for (auto it = from; it != spans.end(); ++it) {
            const version_span& s = *it;
            if (s.last < at) continue;
            if (last && s.first > *last) break;
            if (s.first > at) out.emplace_back(at, s.first - days(1));
            if ((last && s.last >= *last) || s.last >= last_supported_day()) return out;
            at = s.last + days(1);
        }
        if (!last || at <= *last) out.emplace_back(at, last);
        return out;
    }

    const history& h_;
    const roster& r_;
    const check_options& o_;
    redactor shown_;               // how a person is shown, redacted or not
    std::optional<date> lo_, hi_;  // the window for activity under no version (none: open)
    std::vector<segment> segments_;
    std::vector<finding> out_;
    std::map<int, year_summary> years_;
    std::map<int, std::vector<const segment*>> year_versions_;
};

}  // namespace

report check_compliance(const history& h, const roster& r, const check_options& options) {
    return history_check(h, r, options).run();
}

mandate drawn_version(const history& h, const report& rep) {
    mandate shown = h.version_for(rep.to).m;
    shown.id = rep.mandate_id;
    return shown;
}

}  // namespace mandat
