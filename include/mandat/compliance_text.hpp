// mandat/compliance_text.hpp - a report and its findings as readable text.
//
// What the text report (and the command line's text output) is made of. The report's JSON
// form is in mandat/json.hpp, its HTML form in mandat/html.hpp.
#pragma once

#include <string>
#include <string_view>

#include "mandat/compliance_values.hpp"
#include "mandat/finding.hpp"
#include "mandat/mandate.hpp"

namespace mandat {

// The report as readable text in the report's language. Its JSON form: mandat/json.hpp.
std::string format_report(const mandate& m, const report& rep);
// One finding as the text report shows it: its dates, severity, code, clause and rule on
// one line; its message in `lang`; the quoted Norwegian source. Ends in a newline.
std::string format_finding(const finding& f, language lang);
// The days a finding covers as the reports write them: "2023-03-01 .. 2023-05-14", one date
// for one day, "2026-01-01 .." when open-ended, "" when undated.
std::string format_date_range(const finding& f);
// `text` safe to print on a terminal as one field: the field mode of the one terminal escaper
// (mandat/terminal.hpp): controls (C0, DEL, C1) and bidirectional overrides and isolates as
// "\n", "\x1b", "\u{202e}", malformed UTF-8 as "\xff". The text report escapes fields with it.
std::string printable(std::string_view text);

// `text` cut to at most `limit` bytes, before a character, and marked with "…" when it is
// longer: how a long value is quoted in a message (a spreadsheet's cell) or a diff. The one
// place a quoted value is cut (120 bytes unless told).
std::string shortened(std::string_view text, std::size_t limit = 120);

}  // namespace mandat
