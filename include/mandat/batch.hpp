// mandat/batch.hpp - many compositions of one body, checked at once.
//
// composition_checker answers, for rows of head counts, the same question as
// mandate::check_composition ("is any finding an error?") without building findings: the
// quotas are resolved once to an allowed range per column. Scenario analysis over millions
// of rows (the Python package's NumPy batch) runs on it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "mandat/mandate.hpp"

namespace mandat {

class composition_checker {
public:
    static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

    // `organisations` names the columns. An organisation without a quota in the body, or
    // unknown to the mandate, may only have 0 representatives. Throws query_error for an
    // unknown body or a column named twice.
    composition_checker(const mandate& m, const std::string& body_id, std::vector<std::string> organisations);

    const std::vector<std::string>& organisations() const noexcept { return columns_; }

    // True when the counts (one per column) give no error finding.
    bool valid(const std::int64_t* counts) const noexcept {
        if (missing_required_) return false;
        for (std::size_t c = 0; c < lo_.size(); ++c)
            if (!within(counts[c], c)) return false;
        return true;
    }

    // Checks `rows` rows, row r starting at data + r * row_stride, writing 1 (valid) or 0 to
    // out[r]. Returns the first row with a negative count (whose result is then undefined),
    // or npos.
    std::size_t check(const std::int64_t* data, std::size_t rows, std::size_t row_stride, std::uint8_t* out) const noexcept {
        std::size_t first_negative = npos;
        const std::size_t k = lo_.size();
        for (std::size_t r = 0; r < rows; ++r) {
            const std::int64_t* row = data + r * row_stride;
            bool ok = !missing_required_;
            for (std::size_t c = 0; c < k; ++c) {
                const std::int64_t n = row[c];
                if (n < 0 && first_negative == npos) first_negative = r;
                ok = within(n, c) && ok;
            }
            out[r] = ok ? 1 : 0;
        }
        return first_negative;
    }

private:
    // lo <= n <= hi in one comparison: unsigned wrap-around (well defined) sends n < lo far up.
    bool within(std::int64_t n, std::size_t c) const noexcept {
        return static_cast<std::uint64_t>(n) - static_cast<std::uint64_t>(lo_[c]) <= static_cast<std::uint64_t>(hi_[c] - lo_[c]);
    }

    std::vector<std::string> columns_;
    std::vector<std::int64_t> lo_, hi_;
    bool missing_required_ = false;  // a quota with a minimum has no column: it counts as 0
};

inline composition_checker::composition_checker(const mandate& m, const std::string& body_id,
                                                std::vector<std::string> organisations)
    : columns_(std::move(organisations)) {
    const body& b = m.get_body(body_id);
    std::set<std::string> seen;
    for (const auto& org : columns_) {
        if (!seen.insert(org).second)
            throw query_error(errors::query_duplicate_column, "the organisation \"" + org + "\" is given twice");
        const seat_quota* q = b.quota_for(org);
        lo_.push_back(q ? q->min : 0);
        hi_.push_back(q ? q->max : 0);
    }
    for (const auto& q : b.quotas)
        if (q.min > 0 && !seen.count(q.organisation_id)) missing_required_ = true;
}

}  // namespace mandat
