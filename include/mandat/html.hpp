// mandat/html.hpp - reports, mandates, findings and histories as HTML.
//
// A page is one self-contained file: inline CSS and SVG, no script, and nothing fetched (no
// font, image or style sheet; its Content-Security-Policy forbids it), readable offline and
// printable on A4. Every value that comes from a document (names, titles, ids, messages) is
// HTML-escaped, so a name such as "<script>" shows as text. The wording comes from the
// message catalogue (mandat/messages.hpp) in the report's language; a redacted report gives
// a redacted page. The templates (src/report/html/templates/) are compiled into the library, and
// the template engine is private to it. The page is described in docs/report.md.
#pragma once

#include <string>

#include "mandat/compliance.hpp"
#include "mandat/finding.hpp"
#include "mandat/mandate.hpp"
#include "mandat/roster.hpp"

namespace mandat {

class history;  // mandat/history_values.hpp

struct html_options {
    // A whole page (<!DOCTYPE html> ...); false: a fragment, one <div class="mandat"> with
    // its own scoped style, to embed in another page (a notebook's display).
    bool standalone = true;
    // Only the header, the timeline and the findings: the notebook's compact display.
    bool compact = false;
};

// The report page: a header (the mandate, its period and version, the checked interval,
// the counts by severity), a timeline per body drawn from the roster (mandat/timeline.hpp),
// the organisation chart, the findings (each clause links to its verbatim text, which is in
// the page), and per year the meetings against the rule, the leader and the secretary.
// Validates `m`; throws query_error (query.wrong_mandate) when `rep` was made against
// another mandate.
std::string to_html(const mandate& m, const roster& r, const report& rep, const html_options& options = {});

// The report alone: the header, the findings (with their quoted source sentences) and the
// meetings per year. Without the roster there is no timeline and no persons.
std::string to_html(const report& rep, const html_options& options = {});

// The mandate at a glance: the organisation chart, the bodies with their quotas and meeting
// rules, the rotation year by year. Validates `m`.
std::string to_html(const mandate& m, language lang, const html_options& options = {});

// One finding: severity, code, dates, clause and rule, the message in `lang`, the source.
std::string to_html(const finding& f, language lang, const html_options& options = {});

// The versions of a history: per version its id, status, the days it is in force and where it
// comes from (replaces, amends, clauses carried over), then the days no version is in force;
// every word from the catalogue in `lang`, as the command line's `show --history` says it.
std::string to_html(const history& h, language lang, const html_options& options = {});

}  // namespace mandat
