// mandat/batch.hpp - many compositions of one body, checked at once.
//
// composition_checker answers, for rows of head counts, the same question as
// mandate::check_composition ("is any finding an error?"): the quotas are resolved once to an
// allowed range per column (body::seats_for), judged by seat_range::contains. Scenario analysis
// over millions of rows (the Python package's NumPy batch) runs on its yes/no form; its
// findings form (for_each_breach, findings) serves Python's per-call check_composition.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "mandat/mandate.hpp"

namespace mandat {

class composition_checker {
public:
    static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

    // `organisations` names the columns. An organisation without a quota in the body, or
    // unknown to the mandate, may only have 0 representatives. Throws query_error for an
    // unknown body or a column named twice. The checker refers to `m`, which must outlive it.
    composition_checker(const mandate& m, const std::string& body_id, std::vector<std::string> organisations);

    const std::vector<std::string>& organisations() const noexcept { return columns_; }

    // True when the counts (one per column) give no error finding.
    bool valid(const std::int64_t* counts) const noexcept {
        if (never_) return false;
        for (std::size_t c = 0; c < ranges_.size(); ++c)
            if (!ranges_[c].contains_ordered(counts[c])) return false;
        return true;
    }

    // Checks `rows` rows, row r starting at data + r * row_stride, writing 1 (valid) or 0 to
    // out[r]. Returns the first row with a negative count (whose result is then undefined),
    // or npos.
    std::size_t check(const std::int64_t* data, std::size_t rows, std::size_t row_stride, std::uint8_t* out) const noexcept {
        std::size_t first_negative = npos;
        const std::size_t k = ranges_.size();
        for (std::size_t r = 0; r < rows; ++r) {
            const std::int64_t* row = data + r * row_stride;
            bool ok = !never_;
            for (std::size_t c = 0; c < k; ++c) {
                const std::int64_t n = row[c];
                if (n < 0 && first_negative == npos) first_negative = r;
                ok = ranges_[c].contains_ordered(n) & ok;
            }
            out[r] = ok ? 1 : 0;
        }
        return first_negative;
    }

    // Calls breach(organisation, count, column) for every column whose count is outside its
    // range, in column order, then breach(organisation, 0, npos) for every quota with a minimum
    // that no column names (it counts as 0), in the mandate's order (R5, R9).
    template <class Breach>
    void for_each_breach(const std::int64_t* counts, Breach&& breach) const {
        for (std::size_t c = 0; c < ranges_.size(); ++c)
            if (!ranges_[c].contains(counts[c])) breach(columns_[c], counts[c], c);
        for (const seat_quota* q : missing_) breach(q->organisation_id, std::int64_t{0}, npos);
    }

    // The findings of the counts (one per column), in the order of for_each_breach, each built
    // by detail::quota_finding as mandate::check_composition builds it (R5, R9; R1 for a column
    // the mandate does not know).
    std::vector<finding> findings(const std::int64_t* counts, mandat::language lang) const {
        std::vector<finding> out;
        for_each_breach(counts, [&](const std::string& org, std::int64_t n, std::size_t) {
            if (auto f = finding_of(org, n, lang)) out.push_back(std::move(*f));
        });
        return out;
    }

    // The finding, if any, for `n` representatives of `org` in the checker's body.
    std::optional<finding> finding_of(const std::string& org, std::int64_t n, mandat::language lang) const {
        return detail::quota_finding(*mandate_, *body_, org, n, lang);
    }

private:
    const mandate* mandate_ = nullptr;
    const body* body_ = nullptr;
    std::vector<std::string> columns_;
    std::vector<seat_range> ranges_;          // one per column
    std::vector<const seat_quota*> missing_;  // quotas with a minimum that no column names
    bool never_ = false;                      // no row is valid: a quota with a minimum has no column, or a range is inverted
};

inline composition_checker::composition_checker(const mandate& m, const std::string& body_id,
                                                std::vector<std::string> organisations)
    : mandate_(&m), body_(&m.get_body(body_id)), columns_(std::move(organisations)) {
    std::unordered_set<std::string> seen;
    ranges_.reserve(columns_.size());
    for (const auto& org : columns_) {
        if (!seen.insert(org).second)
            throw query_error(errors::query_duplicate_column, "the organisation \"" + org + "\" is given twice");
        ranges_.push_back(body_->seats_for(org));
        never_ = never_ || !ranges_.back().ordered();
    }
    for (const auto& q : body_->quotas)
        if (q.min > 0 && !seen.count(q.organisation_id)) missing_.push_back(&q);
    never_ = never_ || !missing_.empty();
}

}  // namespace mandat
