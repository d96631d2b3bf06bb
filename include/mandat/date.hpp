// mandat/date.hpp - calendar dates, partial dates and periods.
//
// Inside the library a period is a half-open boost::gregorian::date_period. Documents and
// outputs write a period as its first and its last day, both inclusive (Popolo, OParl).
// make_period() and last_day() are the one place where the two conventions meet.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "mandat/error.hpp"

namespace mandat {

using date = boost::gregorian::date;
using period = boost::gregorian::date_period;

// The smallest and largest year the library accepts in documents and queries.
inline constexpr int min_year = 1400;
inline constexpr int max_year = 9999;
// The last day the library can represent (9999-12-31): no day comes after it, so a period
// that ends on it has nothing after it (docs/mandate-format.md).
inline date last_supported_day() { return date(max_year, 12, 31); }

// --- declarations -------------------------------------------------------------------

// The period from `first` to `last`, both inclusive. Throws query_error if last < first.
period make_period(date first, date last);
// The last day of a (non-empty) period, i.e. the inclusive end_date written in documents.
date last_day(const period& p);
// True for a year the calendar supports (min_year..max_year).
constexpr bool valid_year(long long year) noexcept { return year >= min_year && year <= max_year; }
// Throws query_error naming the year when it is outside min_year..max_year.
void require_year(long long year);
// 1 January of `year`; throws query_error outside min_year..max_year.
date first_day_of_year(int year);
// 31 December of `year`; throws query_error outside min_year..max_year.
date last_day_of_year(int year);

// Strict ISO 8601 calendar date "YYYY-MM-DD"; nullopt for anything else, including
// impossible days such as 2023-02-30.
std::optional<date> parse_date(std::string_view text) noexcept;
// "YYYY-MM-DD".
std::string format_date(date d);

// A date known to the year, the month or the day, such as "februar 2022" (2022-02).
class partial_date {
public:
    enum class precision { year, month, day };

    partial_date() = default;
    explicit partial_date(int year) : year_(year) {}
    partial_date(int year, unsigned month) : year_(year), month_(month) {}
    partial_date(int year, unsigned month, unsigned day) : year_(year), month_(month), day_(day) {}

    int year() const noexcept { return year_; }
    // 0 when the precision is the year.
    unsigned month() const noexcept { return month_; }
    // 0 when the precision is the year or the month.
    unsigned day() const noexcept { return day_; }
    precision get_precision() const noexcept;
    // True when the fields name a real year, month or day.
    bool ok() const noexcept;
    // The first and the last day the partial date may stand for.
    date earliest() const;
    date latest() const;
    // "YYYY", "YYYY-MM" or "YYYY-MM-DD".
    std::string to_string() const;
    // Parses those three forms; nullopt for anything else or an impossible date.
    static std::optional<partial_date> parse(std::string_view text) noexcept;

    friend bool operator==(const partial_date& a, const partial_date& b) noexcept {
        return a.year_ == b.year_ && a.month_ == b.month_ && a.day_ == b.day_;
    }
    friend bool operator!=(const partial_date& a, const partial_date& b) noexcept { return !(a == b); }

private:
    int year_ = 0;
    unsigned month_ = 0;
    unsigned day_ = 0;
};

// --- implementation -----------------------------------------------------------------

namespace detail {

// Reads exactly `n` decimal digits at `pos`; -1 if they are not all digits.
inline int read_digits(std::string_view s, std::size_t pos, std::size_t n) noexcept {
    if (pos + n > s.size()) return -1;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

inline bool leap_year(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

inline unsigned days_in_month(int y, unsigned m) noexcept {
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && leap_year(y) ? 29u : days[m - 1];
}

}  // namespace detail

inline period make_period(date first, date last) {
    if (first.is_special() || last.is_special()) throw query_error(errors::query_invalid_date, "a period needs two real dates");
    if (last < first)
        throw query_error(errors::query_invalid_period,
                          "the period ends (" + format_date(last) + ") before it starts (" + format_date(first) + ")");
    return period(first, last + boost::gregorian::days(1));
}

inline date last_day(const period& p) { return p.last(); }

inline void require_year(long long year) {
    if (!valid_year(year))
        throw query_error(errors::query_invalid_year, "year " + std::to_string(year) + " is outside " + std::to_string(min_year) +
                                                          ".." + std::to_string(max_year));
}

inline date first_day_of_year(int year) {
    require_year(year);
    return date(static_cast<unsigned short>(year), 1, 1);
}

inline date last_day_of_year(int year) {
    return first_day_of_year(year) + boost::gregorian::days(detail::leap_year(year) ? 365 : 364);
}

inline std::optional<date> parse_date(std::string_view text) noexcept {
    auto p = partial_date::parse(text);
    if (!p || p->get_precision() != partial_date::precision::day) return std::nullopt;
    return date(static_cast<unsigned short>(p->year()), static_cast<unsigned short>(p->month()),
                static_cast<unsigned short>(p->day()));
}

inline std::string format_date(date d) {
    if (d.is_special()) return d.is_not_a_date() ? "not-a-date" : (d.is_neg_infinity() ? "-infinity" : "+infinity");
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                  static_cast<unsigned>(d.day()));
    return buf;
}

inline partial_date::precision partial_date::get_precision() const noexcept {
    if (month_ == 0) return precision::year;
    if (day_ == 0) return precision::month;
    return precision::day;
}

inline bool partial_date::ok() const noexcept {
    if (!valid_year(year_)) return false;
    if (month_ == 0) return day_ == 0;
    if (month_ > 12) return false;
    return day_ == 0 || day_ <= detail::days_in_month(year_, month_);
}

inline date partial_date::earliest() const {
    if (!ok()) throw query_error(errors::query_invalid_date, "not a valid partial date: " + to_string());
    return date(static_cast<unsigned short>(year_), static_cast<unsigned short>(month_ ? month_ : 1),
                static_cast<unsigned short>(day_ ? day_ : 1));
}

inline date partial_date::latest() const {
    if (!ok()) throw query_error(errors::query_invalid_date, "not a valid partial date: " + to_string());
    const unsigned m = month_ ? month_ : 12;
    const unsigned d = day_ ? day_ : detail::days_in_month(year_, m);
    return date(static_cast<unsigned short>(year_), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

inline std::string partial_date::to_string() const {
    char buf[32];
    if (month_ == 0)
        std::snprintf(buf, sizeof buf, "%04d", year_);
    else if (day_ == 0)
        std::snprintf(buf, sizeof buf, "%04d-%02u", year_, month_);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year_, month_, day_);
    return buf;
}

inline std::optional<partial_date> partial_date::parse(std::string_view s) noexcept {
    if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
    const int y = detail::read_digits(s, 0, 4);
    if (y < 0) return std::nullopt;
    partial_date result(y);
    if (s.size() >= 7) {
        if (s[4] != '-') return std::nullopt;
        const int m = detail::read_digits(s, 5, 2);
        if (m < 0) return std::nullopt;
        result.month_ = static_cast<unsigned>(m);
    }
    if (s.size() == 10) {
        if (s[7] != '-') return std::nullopt;
        const int d = detail::read_digits(s, 8, 2);
        if (d <= 0) return std::nullopt;
        result.day_ = static_cast<unsigned>(d);
    }
    if (!result.ok() || (s.size() >= 7 && result.month_ == 0)) return std::nullopt;
    return result;
}

}  // namespace mandat
