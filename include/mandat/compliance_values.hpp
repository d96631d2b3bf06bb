// mandat/compliance_values.hpp - what a compliance check is asked and what it answers.
//
// The options of a check, the report (its findings in report order) and the summary of each
// year. The check itself is in mandat/compliance_check.hpp, the report as text in
// mandat/compliance_text.hpp, as JSON in mandat/json.hpp.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mandat/date.hpp"
#include "mandat/finding.hpp"

namespace mandat {

struct check_options {
    std::optional<date> from;  // first day checked; default: the mandate's first day
    std::optional<date> to;    // last day checked (inclusive); default: the mandate's last day
    mandat::language lang = mandat::language::en;
    bool redact = false;  // person ids and names become stable pseudonyms (mandat/redaction.hpp)
    // An attendance.missing finding lists the first absent members of its meeting (as many as
    // its message names); with every_absent, every one of them (docs/decisions.md: "What an
    // attendance finding lists").
    bool every_absent = false;
};

// One calendar year of the checked interval in which the mandate is in force.
struct year_summary {
    int year = 0;
    std::string leading_organisation;
    bool whole_year = false;                                  // the whole year lies inside the checked interval
    std::map<std::string, unsigned> meetings;                 // body id -> meetings held (in the interval)
    std::map<std::string, unsigned> composition_breach_days;  // body id -> days with a quota.* or
                                                              // roster.duplicate_seat finding

    friend bool operator==(const year_summary& a, const year_summary& b) {
        return a.year == b.year && a.leading_organisation == b.leading_organisation && a.whole_year == b.whole_year &&
               a.meetings == b.meetings && a.composition_breach_days == b.composition_breach_days;
    }
};

struct report {
    std::string mandate_id;
    date from;  // the checked interval, inclusive
    date to;
    mandat::language lang = mandat::language::en;
    bool redacted = false;
    std::vector<finding> findings;  // in report_order
    std::vector<year_summary> years;

    std::size_t count(severity s) const noexcept {
        std::size_t n = 0;
        for (const auto& f : findings) n += f.severity == s ? 1 : 0;
        return n;
    }
    bool has_errors() const noexcept { return count(severity::error) > 0; }

    friend bool operator==(const report& a, const report& b) {
        return a.mandate_id == b.mandate_id && a.from == b.from && a.to == b.to && a.lang == b.lang && a.redacted == b.redacted &&
               a.findings == b.findings && a.years == b.years;
    }
    friend bool operator!=(const report& a, const report& b) { return !(a == b); }
};

}  // namespace mandat
