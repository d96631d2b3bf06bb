// mandat/validity.hpp - when a mandate is in force, and when and where it was signed.
//
// The two are kept apart (R11): the Trøndelag mandate was signed in February 2022 and is in
// force from 1 January 2022.
#pragma once

#include <string>
#include <vector>

#include "mandat/clause.hpp"
#include "mandat/date.hpp"

namespace mandat {

struct validity {
    period in_force{date(2000, 1, 1), date(2000, 1, 1)};  // half-open, as every period inside
    citation cite;

    friend bool operator==(const validity& a, const validity& b) { return a.in_force == b.in_force && a.cite == b.cite; }
};

struct signature {
    partial_date signed_on;                  // "februar 2022" is 2022-02
    std::string place;                       // "Steinkjer/Trondheim"
    std::vector<std::string> signatory_ids;  // organisation ids
    citation cite;

    friend bool operator==(const signature& a, const signature& b) {
        return a.signed_on == b.signed_on && a.place == b.place && a.signatory_ids == b.signatory_ids && a.cite == b.cite;
    }
};

}  // namespace mandat
