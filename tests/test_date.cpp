// Dates, partial dates and periods (mandat/date.hpp):
//   parse_date, format_date, partial_date::{parse, ok, earliest, latest, to_string},
//   make_period, last_day, first_day_of_year, last_day_of_year.
#include <catch2/catch.hpp>

#include "mandat/date.hpp"

using mandat::date;
using mandat::parse_date;
using mandat::partial_date;

TEST_CASE("parse_date accepts real ISO days only") {
    CHECK(parse_date("2022-01-01") == date(2022, 1, 1));
    CHECK(parse_date("2024-02-29") == date(2024, 2, 29));  // leap year
    CHECK_FALSE(parse_date("2023-02-29"));
    CHECK_FALSE(parse_date("2023-02-30"));
    CHECK_FALSE(parse_date("2023-04-31"));
    CHECK_FALSE(parse_date("2023-13-01"));
    CHECK_FALSE(parse_date("2023-00-10"));
    CHECK_FALSE(parse_date("2023-01-00"));
    CHECK_FALSE(parse_date("2023-1-01"));
    CHECK_FALSE(parse_date("20230101"));
    CHECK_FALSE(parse_date("2023-01-01T00:00"));
    CHECK_FALSE(parse_date(""));
    CHECK_FALSE(parse_date("1399-12-31"));  // before the supported calendar
    CHECK_FALSE(parse_date("2022-02"));     // a partial date is not a day
}

TEST_CASE("format_date writes YYYY-MM-DD") {
    CHECK(mandat::format_date(date(2025, 12, 31)) == "2025-12-31");
    CHECK(mandat::format_date(date(2022, 2, 3)) == "2022-02-03");
}

TEST_CASE("partial_date keeps the precision of 'februar 2022'") {
    auto feb = partial_date::parse("2022-02");
    REQUIRE(feb);
    CHECK(feb->get_precision() == partial_date::precision::month);
    CHECK(feb->year() == 2022);
    CHECK(feb->month() == 2u);
    CHECK(feb->day() == 0u);
    CHECK(feb->earliest() == date(2022, 2, 1));
    CHECK(feb->latest() == date(2022, 2, 28));
    CHECK(feb->to_string() == "2022-02");

    auto year = partial_date::parse("2024");
    REQUIRE(year);
    CHECK(year->get_precision() == partial_date::precision::year);
    CHECK(year->earliest() == date(2024, 1, 1));
    CHECK(year->latest() == date(2024, 12, 31));

    auto day = partial_date::parse("2024-02-29");
    REQUIRE(day);
    CHECK(day->get_precision() == partial_date::precision::day);
    CHECK(day->latest() == date(2024, 2, 29));

    CHECK_FALSE(partial_date::parse("2022-13"));
    CHECK_FALSE(partial_date::parse("2022-00"));
    CHECK_FALSE(partial_date::parse("2023-02-30"));
    CHECK_FALSE(partial_date::parse("22"));
    CHECK_FALSE(partial_date(2022, 13).ok());
    CHECK_THROWS_AS(partial_date(2022, 13).earliest(), mandat::query_error);
}

TEST_CASE("make_period turns inclusive bounds into a half-open period") {
    auto p = mandat::make_period(date(2022, 1, 1), date(2025, 12, 31));
    CHECK(p.begin() == date(2022, 1, 1));
    CHECK(p.end() == date(2026, 1, 1));  // half-open: the first day after
    CHECK(mandat::last_day(p) == date(2025, 12, 31));
    CHECK(p.contains(date(2025, 12, 31)));
    CHECK_FALSE(p.contains(date(2026, 1, 1)));
    auto one = mandat::make_period(date(2023, 5, 1), date(2023, 5, 1));
    CHECK(one.length().days() == 1);
    CHECK_THROWS_AS(mandat::make_period(date(2023, 5, 2), date(2023, 5, 1)), mandat::query_error);
}

TEST_CASE("first and last day of a year") {
    CHECK(mandat::first_day_of_year(2024) == date(2024, 1, 1));
    CHECK(mandat::last_day_of_year(2024) == date(2024, 12, 31));
    CHECK(mandat::last_day_of_year(2023) == date(2023, 12, 31));
    CHECK_THROWS_AS(mandat::first_day_of_year(10000), mandat::query_error);
}
