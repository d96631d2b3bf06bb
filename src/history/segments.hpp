// The records each segment of a check across versions meets (private to the library's sources;
// see src/history/segments.cpp and src/history/check.cpp).
#pragma once

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "mandat/finding.hpp"
#include "mandat/mandate.hpp"
#include "mandat/roster_values.hpp"

namespace mandat::detail {

// Days [first, last] of the window judged by one version.
struct segment {
    const mandate* m;
    date first, last;
};

// A roster made of the records that one segment meets, and where each came from; when the
// segment meets every record, none: the whole roster is checked (`whole`), not a copy of it.
struct sub_roster {
    bool whole = false;
    roster r;
    std::vector<std::size_t> appointment_from;  // index in r -> index in the whole roster
    std::vector<std::size_t> meeting_from;
};

// Assigns, once, each record of a roster to the segments it meets (sorted, disjoint), so that a
// segment is checked on its own records: the cost grows with the records times the segments
// each meets, not with the roster times the segments.
class segment_records {
public:
    // `r` must outlive this object.
    segment_records(const roster& r, const std::vector<segment>& segments);

    // The roster the check of segment `k` needs, in the whole roster's order: the memberships
    // whose days meet the segment; the meetings on its days and, for R8, the last meeting of
    // each body before it in the same year and the version's period (without attendees: only
    // its day counts); the persons of every id these records name (a name that is the
    // roster's first person of its id, and each id's last index, as in the whole roster).
    sub_roster build(std::size_t k) const;

    // A finding of the check of `s` with its record ("where") in the whole roster's numbering,
    // its message rendered again in `lang` when it changed.
    static void renumber(finding& f, const sub_roster& s, language lang);

private:
    void add_persons(const std::string& id, std::vector<std::size_t>& out) const;
    void add_preparation(std::size_t k, std::vector<std::size_t>& out) const;

    const roster& r_;
    const std::vector<segment>& segments_;
    std::vector<std::vector<std::size_t>> appointments_, meetings_;  // per segment, ascending
    std::unordered_map<std::string_view, std::vector<std::size_t>> persons_by_id_;
    // Body id -> its meetings' indices, by day (then roster order).
    std::unordered_map<std::string_view, std::vector<std::size_t>> meetings_by_body_;
};

}  // namespace mandat::detail
