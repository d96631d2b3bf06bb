// mandat/history_values.hpp - the versions of a mandate over time: renewals, amendments, gaps.
//
// A history is an ordered list of versions, each a whole mandate with its status (draft,
// adopted, superseded) and provenance (the version it replaces or amends, when and by whom it
// was decided). Adopted and superseded versions are in force in their span: the version's
// period, from the day an amendment takes effect when it amends another (the amended version
// then ends the day before). Drafts are never in force in a history. Spans never overlap;
// gaps between them are allowed and said plainly. A single mandate is a history of one
// version. Format and rules: docs/history.md. The document functions are in
// mandat/history_document.hpp, the check across versions in mandat/history_check.hpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mandat/date.hpp"
#include "mandat/mandate.hpp"

namespace mandat {

// One version: a whole mandate (status and provenance are the mandate's own). `from` is the
// day an amendment takes effect (none: the start of its period). `patch` keeps the RFC 6902
// JSON Patch text it was written as, if it was, so that saving gives the document back.
struct mandate_version {
    mandate m;
    std::optional<date> from;
    std::string patch;

    friend bool operator==(const mandate_version& a, const mandate_version& b) {
        return a.m == b.m && a.from == b.from && a.patch == b.patch;
    }
};

// A stretch of days governed by one version.
struct version_span {
    std::size_t version = 0;  // index into history::versions()
    date first, last;         // inclusive

    friend bool operator==(const version_span& a, const version_span& b) {
        return a.version == b.version && a.first == b.first && a.last == b.last;
    }
};

// The leadership in a year or on a day, with the version that decides it.
struct history_leadership {
    mandat::leadership leadership;
    std::string version;  // the deciding version's id
};

class history {
public:
    // Checks the versions (each validate()d; unique ids; replaces/amends name a known version
    // and form no cycle; the spans of adopted and superseded versions do not overlap) and
    // computes the spans. Throws document_error with the JSON pointer in the history document.
    history(std::string id, std::string title, std::vector<mandate_version> versions);
    // The history of one mandate.
    static history of(const mandate& m);

    const std::string& id() const noexcept { return id_; }
    const std::string& title() const noexcept { return title_; }
    const std::vector<mandate_version>& versions() const noexcept { return versions_; }
    const mandate_version* find_version(std::string_view id) const noexcept;
    const mandate_version& get_version(std::string_view id) const;  // throws query_error naming the known ids
    // The spans in force, by date.
    const std::vector<version_span>& spans() const noexcept { return spans_; }
    // The days from `first` to `last` under no version, as inclusive intervals.
    std::vector<std::pair<date, date>> gaps(date first, date last) const;
    // The first and last day any version is in force (none when no version is adopted).
    std::optional<std::pair<date, date>> extent() const;

    // Which version applies: the one place this is decided (docs/history.md, "Which version
    // applies"). Every command, the bindings and Python ask these three.
    // The version in force on `d`, or nullptr (drafts are never in force).
    const mandate_version* version_on(date d) const;
    // The version in force on the first day of `year` that any version is in force, or nullptr
    // when no version is in force in that year. It decides the year's leadership and its plan.
    const mandate_version* version_in(int year) const;
    // The version a question about `d` is answered by: the one in force on `d`, else the
    // latest in time (as `latest()`). With `d` today, "today, else the latest".
    const mandate_version& version_for(date d) const;
    bool in_force(date d) const { return version_on(d) != nullptr; }
    // The leading organisation on `d`, decided by the version in force that day; under no
    // version, nullopt, or with extrapolate = true the nearest version's rotation (below).
    std::optional<history_leadership> leadership_on(date d, bool extrapolate = false) const;
    // The leading organisation in `year`, decided by the version in force on the year's first
    // day in force. Outside every span: nullopt, or with extrapolate = true the rotation of
    // the nearest version continued, marked extrapolated. The nearest version of a day (or a
    // year's first day) under no version is the one in force most recently before it, else,
    // before every span, the first in force (docs/decisions.md, "The nearest version").
    std::optional<history_leadership> leadership_in(int year, bool extrapolate = false) const;
    // The latest version in time: the one in force on the last day any version is in force
    // (whatever its place in the list); when all are drafts, the one whose period starts last
    // (of those, the last listed).
    const mandate_version& latest() const;

    friend bool operator==(const history& a, const history& b) {
        return a.id_ == b.id_ && a.title_ == b.title_ && a.versions_ == b.versions_;
    }
    friend bool operator!=(const history& a, const history& b) { return !(a == b); }

private:
    // The version a day under no version is extrapolated from (spans_ not empty): above.
    const mandate_version& nearest(date d) const;

    std::string id_, title_;
    std::vector<mandate_version> versions_;
    std::vector<version_span> spans_;
};

}  // namespace mandat
