// mandat/organisation.hpp - the organisations a mandate names.
#pragma once

#include <optional>
#include <string>

namespace mandat {

// An organisation that may hold seats. A party signs and carries the mandate (R1); a unit
// such as kommunedirektørutvalget i KS Trøndelag names its parent and may hold seats of
// its own without being a party.
struct organisation {
    std::string id;                        // e.g. "ks"
    std::string name;                      // as the text names it, e.g. "KS Trøndelag"
    std::optional<std::string> parent_id;  // e.g. "ks" for "kdu"
    bool party = false;
    std::optional<std::string> role_clause;  // the clause describing its role, e.g. "roller.ks"

    friend bool operator==(const organisation& a, const organisation& b) {
        return a.id == b.id && a.name == b.name && a.parent_id == b.parent_id && a.party == b.party &&
               a.role_clause == b.role_clause;
    }
};

}  // namespace mandat
