// mandat/holidays.hpp - Norwegian public holidays and working days, for the meeting planner.
//
// The public holidays (helligdager and the two statutory days of 1 and 17 May) of Norway:
// New Year's Day, Maundy Thursday, Good Friday, Easter Sunday, Easter Monday, 1 May (since
// 1947), 17 May (since 1947), Ascension Day, Whit Sunday, Whit Monday, Christmas Day and
// Boxing Day. The Easter-based days follow Easter Sunday of the Gregorian calendar. A working
// day is Monday to Friday and no public holiday. Ordinary Sundays are not holidays here; they
// are weekend days anyway. Header-only: the values need no library source.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "mandat/date.hpp"

namespace mandat {

struct holiday {
    date on;
    std::string id;       // e.g. "easter_monday"
    std::string name;     // the Norwegian name, e.g. "Andre påskedag"
    std::string name_en;  // e.g. "Easter Monday"

    friend bool operator==(const holiday& a, const holiday& b) {
        return a.on == b.on && a.id == b.id && a.name == b.name && a.name_en == b.name_en;
    }
};

// The first year from which 1 May and 17 May are public holidays (the act of 26 April 1947).
inline constexpr int norwegian_may_holidays_since = 1947;

// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus, as
// Meeus/Jones/Butcher give it). Throws query_error outside min_year..max_year.
inline date easter_sunday(int year) {
    require_year(year);
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), static_cast<unsigned short>(day));
}

// The Norwegian public holidays of `year`, in date order. Throws query_error outside
// min_year..max_year.
inline std::vector<holiday> norwegian_holidays(int year) {
    const date easter = easter_sunday(year);
    const auto y = static_cast<unsigned short>(year);
    const auto from_easter = [&easter](long days) { return easter + boost::gregorian::date_duration(days); };
    std::vector<holiday> out;
    out.push_back({date(y, 1, 1), "new_year", "Første nyttårsdag", "New Year's Day"});
    out.push_back({from_easter(-3), "maundy_thursday", "Skjærtorsdag", "Maundy Thursday"});
    out.push_back({from_easter(-2), "good_friday", "Langfredag", "Good Friday"});
    out.push_back({easter, "easter_sunday", "Første påskedag", "Easter Sunday"});
    out.push_back({from_easter(1), "easter_monday", "Andre påskedag", "Easter Monday"});
    if (year >= norwegian_may_holidays_since) {
        out.push_back({date(y, 5, 1), "labour_day", "Arbeidernes dag", "Labour Day"});
        out.push_back({date(y, 5, 17), "constitution_day", "Grunnlovsdag", "Constitution Day"});
    }
    out.push_back({from_easter(39), "ascension_day", "Kristi himmelfartsdag", "Ascension Day"});
    out.push_back({from_easter(49), "whit_sunday", "Første pinsedag", "Whit Sunday"});
    out.push_back({from_easter(50), "whit_monday", "Andre pinsedag", "Whit Monday"});
    out.push_back({date(y, 12, 25), "christmas_day", "Første juledag", "Christmas Day"});
    out.push_back({date(y, 12, 26), "boxing_day", "Andre juledag", "Boxing Day"});
    // Ascension Day can fall on 1 or 17 May (e.g. 2008: 1 May); both entries are kept, the
    // order is by date and then as listed above.
    std::stable_sort(out.begin(), out.end(), [](const holiday& a, const holiday& b) { return a.on < b.on; });
    return out;
}

// True when `d` is a Norwegian public holiday.
inline bool is_norwegian_holiday(date d) {
    if (d.is_special()) throw query_error(errors::query_invalid_date, "a holiday query needs a real date");
    for (const auto& h : norwegian_holidays(static_cast<int>(d.year())))
        if (h.on == d) return true;
    return false;
}

// True for Monday to Friday when the day is no Norwegian public holiday.
inline bool is_working_day(date d) {
    if (d.is_special()) throw query_error(errors::query_invalid_date, "a working-day query needs a real date");
    const auto wd = d.day_of_week().as_number();  // 0 = Sunday
    return wd != 0 && wd != 6 && !is_norwegian_holiday(d);
}

}  // namespace mandat
