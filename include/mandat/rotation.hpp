// mandat/rotation.hpp - leadership rotating by calendar year, and the secretary it brings.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mandat/clause.hpp"
#include "mandat/error.hpp"

namespace mandat {

// A role that the leading organisation fills: the steering-group leader, the
// working-committee coordinator (R7).
struct leadership_role {
    std::string role;     // "leader" or "coordinator"
    std::string body_id;  // the body the role belongs to
    citation cite;        // "leder av styringsgruppen og koordinator for arbeidsutvalget" (R7)

    friend bool operator==(const leadership_role& a, const leadership_role& b) {
        return a.role == b.role && a.body_id == b.body_id && a.cite == b.cite;
    }
};

// "Trøndelag fylkeskommune har ansvaret i 2022, KS i 2023 osv." (R6): the organisations take
// turns in `order`, one calendar year each, starting with order[0] in first_year; the turn
// changes on 1 January.
struct rotation {
    std::vector<std::string> order;
    int first_year = 0;
    std::vector<leadership_role> roles;
    citation cite;

    // R6: the position in `order` whose turn `year` is, by the arithmetic alone, before or after
    // the mandate's period alike. Throws query_error for an empty rotation (a mandate built
    // in code; a loaded one always has an organisation).
    std::size_t turn_index(int year) const {
        if (order.empty()) throw query_error(errors::query_no_rotation, "the rotation names no organisation");
        const long long n = static_cast<long long>(order.size());
        long long k = (static_cast<long long>(year) - first_year) % n;
        if (k < 0) k += n;
        return static_cast<std::size_t>(k);
    }
    // The organisation whose turn `year` is (see turn_index). Whether the mandate is in force
    // is the mandate's question.
    const std::string& turn(int year) const { return order[turn_index(year)]; }

    friend bool operator==(const rotation& a, const rotation& b) {
        return a.order == b.order && a.first_year == b.first_year && a.roles == b.roles && a.cite == b.cite;
    }
};

// "Den organisasjonen som har ledelsen, stiller med sekretær." (R10)
struct secretary_rule {
    citation cite;

    friend bool operator==(const secretary_rule& a, const secretary_rule& b) { return a.cite == b.cite; }
};

}  // namespace mandat
