// mandat/compliance.hpp - was the roster composed, led and run as the mandate requires?
//
// check_compliance() evaluates every rule (R1-R11) on every day of an interval without
// iterating day by day: it sweeps the change points (appointment starts and ends,
// 1 January of each year, the interval's bounds, meeting days), so its cost grows with the
// number of appointments and meetings, not with the number of days. A finding that holds on
// adjacent days is one finding with an inclusive date interval. See docs/compliance.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mandat/finding.hpp"
#include "mandat/mandate.hpp"
#include "mandat/roster.hpp"

namespace mandat {

struct check_options {
    std::optional<date> from;  // first day checked; default: the mandate's first day
    std::optional<date> to;    // last day checked (inclusive); default: the mandate's last day
    mandat::language lang = mandat::language::en;
    bool redact = false;  // person ids and names become stable pseudonyms (pseudonym())
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

// Checks `r` against `m` over the interval of `options`. Throws query_error when the
// interval ends before it starts. References the roster cannot resolve are findings
// (unknown.person, unknown.body, unknown.organisation), never errors, and never dropped.
report check_compliance(const mandate& m, const roster& r, const check_options& options = {});

// A stable pseudonym for a person id ("P-" and sixteen hex digits of a 64-bit hash): the same
// id gives the same pseudonym in every run and on every machine.
std::string pseudonym(const std::string& person_id);

// The report as readable text in the report's language. Its JSON form: mandat/json.hpp.
std::string format_report(const mandate& m, const report& rep);
// One finding as the text report shows it: its dates, severity, code, clause and rule on
// one line; its message in `lang`; the quoted Norwegian source. Ends in a newline.
std::string format_finding(const finding& f, language lang);
// The days a finding covers as the reports write them: "2023-03-01 .. 2023-05-14", one date
// for one day, "2026-01-01 .." when open-ended, "" when undated.
std::string format_date_range(const finding& f);
// `text` safe to print on a terminal: control characters (C0, DEL, C1) and the bidirectional
// overrides and isolates are shown as escapes ("\n", "\x1b", "\u{202e}") instead of acting;
// malformed UTF-8 bytes as "\xff". Every text output of names, ids and messages goes through it.
std::string printable(std::string_view text);

}  // namespace mandat
