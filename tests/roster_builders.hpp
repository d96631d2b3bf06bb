// Building rosters in the tests: an appointment from its fields, dates as "YYYY-MM-DD".
#pragma once

#include <string>

#include "mandat/mandat.hpp"

namespace mandat::testing {

inline appointment A(const std::string& person, const std::string& body, const std::string& org, role r, const char* start,
                     const char* end = nullptr) {
    appointment a;
    a.person_id = person;
    a.body_id = body;
    a.organisation_id = org;
    a.role = r;
    a.start_date = *parse_date(start);
    if (end) a.end_date = *parse_date(end);
    return a;
}

}  // namespace mandat::testing
