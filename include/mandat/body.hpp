// mandat/body.hpp - the bodies a mandate sets up, their seat quotas and meeting rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "mandat/clause.hpp"

namespace mandat {

// The head counts an organisation may have in a body, inclusive: its quota's range, or none
// (0 to 0) for an organisation without a quota. `contains` is the one place the bounds are
// judged (R5, R9): seat_quota::allows, the compliance engine, mandate::check_composition and
// composition_checker (the NumPy batch and Python's per-call path) all ask it.
struct seat_range {
    long long min = 0;
    long long max = 0;

    constexpr bool ordered() const noexcept { return min <= max; }
    constexpr bool contains(long long n) const noexcept { return ordered() && contains_ordered(n); }
    // contains() for a range known to be ordered (min <= max; validate refuses an inverted
    // quota): min <= n <= max in one unsigned comparison (wrap-around, well defined, sends
    // n < min far up), without a branch, so that the batch loop over millions of rows stays
    // straight-line code.
    constexpr bool contains_ordered(long long n) const noexcept {
        using u = unsigned long long;
        return static_cast<u>(n) - static_cast<u>(min) <= static_cast<u>(max) - static_cast<u>(min);
    }
};

// How many representatives an organisation has in a body: from min to max, inclusive.
struct seat_quota {
    std::string organisation_id;
    unsigned min = 0;
    unsigned max = 0;
    std::string source;  // the verbatim list item, e.g. "1-2 representanter fra KS"

    constexpr seat_range range() const noexcept { return {min, max}; }
    // True when `n` representatives are within the quota (R5, R9).
    constexpr bool allows(long long n) const noexcept { return range().contains(n); }

    friend bool operator==(const seat_quota& a, const seat_quota& b) {
        return a.organisation_id == b.organisation_id && a.min == b.min && a.max == b.max && a.source == b.source;
    }
};

// How often a body meets per calendar year in force.
//  - target/tolerance ("ca 4 møter i året", R2): a count within the tolerance but off the
//    target is info; further off is a warning; never an error, the text says "about".
//  - maximum ("inntil 8 møter i året", R3): a count above it is an error.
struct meeting_frequency {
    std::optional<unsigned> target;
    unsigned tolerance = 0;
    std::optional<unsigned> maximum;
    citation cite;

    friend bool operator==(const meeting_frequency& a, const meeting_frequency& b) {
        return a.target == b.target && a.tolerance == b.tolerance && a.maximum == b.maximum && a.cite == b.cite;
    }
};

struct body {
    std::string id;        // e.g. "styringsgruppen"
    std::string name;      // e.g. "Styringsgruppen"
    std::string name_en;   // e.g. "steering group"
    citation established;  // the sentence that sets the body up
    citation quota_cite;   // the clause and sentence introducing the quota list
    std::vector<seat_quota> quotas;
    std::optional<meeting_frequency> meetings;

    // The quota of an organisation, or nullptr when it holds no seat in this body.
    const seat_quota* quota_for(const std::string& organisation_id) const noexcept {
        for (const auto& q : quotas)
            if (q.organisation_id == organisation_id) return &q;
        return nullptr;
    }
    // The head counts an organisation may have here: its quota's range, or none at all when it
    // holds no seat in this body (R5, R9).
    seat_range seats_for(const std::string& organisation_id) const noexcept {
        const seat_quota* q = quota_for(organisation_id);
        return q ? q->range() : seat_range{};
    }
    unsigned min_size() const noexcept {
        unsigned n = 0;
        for (const auto& q : quotas) n += q.min;
        return n;
    }
    unsigned max_size() const noexcept {
        unsigned n = 0;
        for (const auto& q : quotas) n += q.max;
        return n;
    }

    friend bool operator==(const body& a, const body& b) {
        return a.id == b.id && a.name == b.name && a.name_en == b.name_en && a.established == b.established &&
               a.quota_cite == b.quota_cite && a.quotas == b.quotas && a.meetings == b.meetings;
    }
};

// "Arbeidsutvalgets medlemmer deltar i styringsgruppens møter." (R4): those holding a seat in
// `members_of` are expected at every meeting of `attend`, without becoming its members.
struct attendance_rule {
    std::string members_of;
    std::string attend;
    citation cite;

    friend bool operator==(const attendance_rule& a, const attendance_rule& b) {
        return a.members_of == b.members_of && a.attend == b.attend && a.cite == b.cite;
    }
};

// "Forbereder møter og saker til styringsgruppa" (R8): every meeting of `prepares` should be
// preceded by a meeting of `body_id` since its previous meeting (or since 1 January).
struct preparation_rule {
    std::string body_id;
    std::string prepares;
    citation cite;

    friend bool operator==(const preparation_rule& a, const preparation_rule& b) {
        return a.body_id == b.body_id && a.prepares == b.prepares && a.cite == b.cite;
    }
};

}  // namespace mandat
