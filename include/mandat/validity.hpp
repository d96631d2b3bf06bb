// mandat/validity.hpp - when a mandate is in force, and when and where it was signed.
//
// The two are kept apart (R11): the Trøndelag mandate was signed in February 2022 and is in
// force from 1 January 2022.
#pragma once

#include <optional>
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

// Where a version of a mandate stands in its life (docs/history.md).
enum class mandate_status {
    draft,       // proposed, not decided: never in force in a history
    adopted,     // decided; in force in its period
    superseded,  // decided, and later replaced: still the rule for the days it governed
};

constexpr const char* to_string(mandate_status s) noexcept {
    return s == mandate_status::draft ? "draft" : s == mandate_status::superseded ? "superseded" : "adopted";
}

// Where a version comes from: the version it succeeds or changes, when and by whom it was
// decided, and the clauses whose text it carries over from its predecessor unsigned (a
// renewal draft's, until its own text is signed).
struct provenance {
    std::optional<std::string> replaces;     // a version id: this one succeeds it
    std::optional<std::string> amends;       // a version id: this one changes it from its start
    std::optional<partial_date> decided_on;  // none for a draft
    std::vector<std::string> decided_by;     // who decided, e.g. organisation ids
    std::vector<std::string> carried_over;   // clause ids whose text is the predecessor's
    std::string note;                        // free text, e.g. "an example of a renewal, not an adopted text"

    friend bool operator==(const provenance& a, const provenance& b) {
        return a.replaces == b.replaces && a.amends == b.amends && a.decided_on == b.decided_on && a.decided_by == b.decided_by &&
               a.carried_over == b.carried_over && a.note == b.note;
    }
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
