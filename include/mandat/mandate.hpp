// mandat/mandate.hpp - a mandate as data, and the queries it answers.
//
// A mandate is a plain value: its organisations, bodies, quotas, meeting rules, rotation,
// validity and clauses, each rule with its citation. The queries below read that data and
// never name Trøndelag; they are pure and cheap.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mandat/body.hpp"
#include "mandat/clause.hpp"
#include "mandat/date.hpp"
#include "mandat/error.hpp"
#include "mandat/finding.hpp"
#include "mandat/organisation.hpp"
#include "mandat/rotation.hpp"
#include "mandat/validity.hpp"

namespace mandat {

// "Representanter fra organisasjonene ..." (R1): the parties of the mandate.
struct parties_rule {
    std::vector<std::string> organisation_ids;
    citation cite;

    friend bool operator==(const parties_rule& a, const parties_rule& b) {
        return a.organisation_ids == b.organisation_ids && a.cite == b.cite;
    }
};

// Who leads in a year: the organisation of the steering-group leader, the working-committee
// coordinator and the secretary.
struct leadership {
    int year = 0;
    std::string organisation_id;
    bool in_force = false;      // the mandate is in force on at least one day of the year
    bool extrapolated = false;  // true when the year is outside the mandate: the rotation
                                // arithmetic continued on request, not a rule in force
};

// Number of representatives per organisation id.
using composition = std::map<std::string, long long>;

struct mandate {
    std::string id;
    std::string title;
    std::string language = "nb";  // the language of the source text
    std::vector<organisation> organisations;
    parties_rule parties;
    std::vector<body> bodies;
    citation bodies_cite;  // "En styringsgruppe og et arbeidsutvalg."
    mandat::rotation rotation;
    std::optional<secretary_rule> secretary;  // R10, when the mandate has one
    std::vector<attendance_rule> attendance;
    std::vector<preparation_rule> preparation;
    mandat::validity validity;
    mandat::signature signature;
    std::vector<clause> clauses;
    mandate_status status = mandate_status::adopted;  // a document without "status" is adopted
    std::optional<mandat::provenance> provenance;     // where this version comes from, when known

    bool is_draft() const noexcept { return status == mandate_status::draft; }

    // --- validity (R11) ---
    bool in_force(date d) const noexcept { return validity.in_force.contains(d); }
    date first_day() const { return validity.in_force.begin(); }
    date last_day() const { return mandat::last_day(validity.in_force); }
    // True when at least one day of `year` is in force.
    bool in_force_in_year(int year) const noexcept {
        return valid_year(year) && year >= static_cast<int>(first_day().year()) && year <= static_cast<int>(last_day().year());
    }

    // --- rotation (R6, R7, R10) ---
    // (Every query below answers from the data; a mandate built in code should pass
    // validate() first, as every loaded one has.)
    // The leading organisation in `year`, or nullopt when no day of the year is in force.
    std::optional<std::string> leading_organisation(int year) const {
        if (!in_force_in_year(year)) return std::nullopt;
        return rotation.turn(year);
    }
    // The leading organisation on `d`, or nullopt when the mandate is not in force that day.
    std::optional<std::string> leading_organisation(date d) const {
        if (d.is_special() || !in_force(d)) return std::nullopt;
        return rotation.turn(static_cast<int>(d.year()));
    }
    // The leadership of `year`. Outside the mandate's years: nullopt, or, when asked with
    // extrapolate = true, the rotation continued and marked extrapolated.
    std::optional<leadership> leadership_in(int year, bool extrapolate = false) const {
        require_year(year);
        const bool inside = in_force_in_year(year);
        if (!inside && !extrapolate) return std::nullopt;
        return leadership{year, rotation.turn(year), inside, !inside};
    }
    // The leadership on day `d`: the mandate must be in force that very day. Outside it:
    // nullopt, or, when asked with extrapolate = true, the rotation continued and marked.
    std::optional<leadership> leadership_on(date d, bool extrapolate = false) const {
        if (d.is_special()) throw query_error(errors::query_invalid_date, "a leadership query needs a real date");
        const int year = static_cast<int>(d.year());
        const bool inside = in_force(d);
        if (!inside && !extrapolate) return std::nullopt;
        return leadership{year, rotation.turn(year), inside, !inside};
    }

    // --- look-ups ---
    const organisation* find_organisation(const std::string& org_id) const noexcept {
        for (const auto& o : organisations)
            if (o.id == org_id) return &o;
        return nullptr;
    }
    const body* find_body(const std::string& body_id) const noexcept {
        for (const auto& b : bodies)
            if (b.id == body_id) return &b;
        return nullptr;
    }
    const clause* find_clause(const std::string& clause_id) const noexcept {
        for (const auto& c : clauses)
            if (c.id == clause_id) return &c;
        return nullptr;
    }
    // The body with this id; throws query_error naming the known ids otherwise.
    const body& get_body(const std::string& body_id) const {
        if (const body* b = find_body(body_id)) return *b;
        std::string known;
        for (const auto& b : bodies) known += (known.empty() ? "" : ", ") + b.id;
        throw query_error(errors::query_unknown_body, "unknown body \"" + excerpt(body_id) + "\" (known: " + known + ")");
    }
    const clause& get_clause(const std::string& clause_id) const {
        if (const clause* c = find_clause(clause_id)) return *c;
        std::string known;
        for (const auto& c : clauses) known += (known.empty() ? "" : ", ") + c.id;
        throw query_error(errors::query_unknown_clause, "unknown clause \"" + excerpt(clause_id) + "\" (known: " + known + ")");
    }
    // The organisation's name, or the id itself for an unknown one.
    std::string organisation_name(const std::string& org_id) const {
        const organisation* o = find_organisation(org_id);
        return o ? o->name : org_id;
    }
    const std::vector<seat_quota>& quotas(const std::string& body_id) const { return get_body(body_id).quotas; }
    const std::optional<meeting_frequency>& meeting_rule(const std::string& body_id) const { return get_body(body_id).meetings; }

    // --- composition (R5, R9) ---
    // Checks head counts per organisation against the body's quotas. An organisation left
    // out counts as 0. Throws query_error for an unknown body or a negative count.
    std::vector<finding> check_composition(const std::string& body_id, const composition& counts,
                                           mandat::language lang = mandat::language::en) const;

    friend bool operator==(const mandate& a, const mandate& b) {
        return a.id == b.id && a.title == b.title && a.language == b.language && a.organisations == b.organisations &&
               a.parties == b.parties && a.bodies == b.bodies && a.bodies_cite == b.bodies_cite && a.rotation == b.rotation &&
               a.secretary == b.secretary && a.attendance == b.attendance && a.preparation == b.preparation &&
               a.validity == b.validity && a.signature == b.signature && a.clauses == b.clauses && a.status == b.status &&
               a.provenance == b.provenance;
    }
    friend bool operator!=(const mandate& a, const mandate& b) { return !(a == b); }
};

// Checks that a mandate holds together, as the loader does for a document: every id is
// unique; every reference (parties, parents, quotas, rotation, roles, attendance,
// preparation, signatories, role clauses, citations) names an organisation, body or clause
// that exists; the parents form no cycle; quotas are 1..1000 seats with min <= max; meeting
// rules have a target or a maximum and the target is not above the maximum; the rotation
// names at least one organisation and its first year is a supported year; the period is two
// real dates in order; every citation quotes its clause verbatim. Throws document_error with
// the JSON pointer the offending value has in the mandate's document form (docs/mandate-format.md),
// so a mandate built in code fails with the same message as the same document would. Every
// library entry point that takes a mandate it did not load itself runs it (once per call).
void validate(const mandate& m);

namespace detail {

// The finding, if any, for `n` representatives of `org` in body `b` (R5, R9; R1 for an
// unknown organisation), for check_composition and the compliance engine alike.
std::optional<finding> quota_finding(const mandate& m, const body& b, const std::string& org, long long n, mandat::language lang);

}  // namespace detail

}  // namespace mandat
