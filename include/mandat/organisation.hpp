// mandat/organisation.hpp - the organisations a mandate names.
#pragma once

#include <optional>
#include <string>
#include <string_view>

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
    // The Norwegian organisation number (organisasjonsnummer): 9 digits, no spaces, with a
    // valid MOD11 check digit (valid_organisation_number); none when the document gives none.
    std::optional<std::string> organisation_number;

    friend bool operator==(const organisation& a, const organisation& b) {
        return a.id == b.id && a.name == b.name && a.parent_id == b.parent_id && a.party == b.party &&
               a.role_clause == b.role_clause && a.organisation_number == b.organisation_number;
    }
};

// The MOD11 check digit of an organisation number whose first eight digits are `first8`
// (eight ASCII digits): the weights 3 2 7 6 5 4 3 2, r = the weighted sum mod 11, the check
// digit 11 - r, where 11 becomes 0; -1 when 11 - r is 10 (no number starts with these
// digits) or `first8` is not eight digits.
constexpr int organisation_number_check_digit(std::string_view first8) noexcept {
    if (first8.size() != 8) return -1;
    constexpr int weights[8] = {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        if (first8[i] < '0' || first8[i] > '9') return -1;
        sum += weights[i] * (first8[i] - '0');
    }
    const int check = 11 - sum % 11;
    if (check == 11) return 0;
    return check == 10 ? -1 : check;
}

// True for nine ASCII digits whose last is the MOD11 check digit of the first eight.
constexpr bool valid_organisation_number(std::string_view number) noexcept {
    if (number.size() != 9 || number[8] < '0' || number[8] > '9') return false;
    const int check = organisation_number_check_digit(number.substr(0, 8));
    return check >= 0 && check == number[8] - '0';
}

}  // namespace mandat
