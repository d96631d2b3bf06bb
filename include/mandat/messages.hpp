// mandat/messages.hpp - the message catalogue: every sentence the library writes, in each
// language, rendered from named facts.
//
// Wording is data: a catalogue entry has an id (a finding code, a code and a variant such as
// "unknown.person.meeting", or a text of the command line such as "show.today_in_force") and
// one template per language. A template names its facts in braces:
//   {name}            the fact's value
//   {name|one|other}  "one" when the value is 1, otherwise "other" (plurals)
//   {name:word}       the catalogue's word for the value ("word.leader" is "leder" in nb)
//   {name:list}       every value of a repeated fact: "a, b and c" ("a, b og c" in nb)
// A finding keeps its message id and facts, so render_message(f, language::nb) shows it in
// Norwegian whatever language it was made in. See docs/architecture.md for adding a language.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mandat/body.hpp"
#include "mandat/finding.hpp"
#include "mandat/validity.hpp"

namespace mandat {

// Named values a template fills in; a name may repeat (a list).
using message_facts = std::vector<std::pair<std::string, std::string>>;

// The entry `id` rendered in `lang`. An unknown id renders as the id itself (it is a bug,
// caught by the catalogue's tests, never a crash); a fact the template names but `facts`
// lacks stays visible as "{name}".
std::string render_message(std::string_view id, language lang, const message_facts& facts = {});

// The finding's message in `lang`: rendered from its message id and facts, or its stored
// message when it carries none (a finding read from an older document).
std::string render_message(const finding& f, language lang);

// "error", "warning", "info" in `lang` ("feil", "advarsel", "info" in nb).
std::string severity_word(severity s, language lang);

// The sentences that state a body's rules, the one home of their wording for every output
// (the command line's `show`, the HTML report's chart, timeline and tables):
// a quota's bounds, "1-2" or "1" (catalogue entry "show.quota_range");
std::string quota_range_text(unsigned min, unsigned max, language lang);
// a meeting rule, "about 4 per calendar year (3-5 without a warning); at most 8 per calendar
// year", the part in brackets only with `with_tolerance`.
std::string meeting_rule_text(const meeting_frequency& f, language lang, bool with_tolerance = true);

// Where a version of a mandate comes from, a part each: "replaces X", "amends X", "N clauses
// carried over unsigned" (catalogue entries "history.replaces", ...), for the command line's
// history overview and the HTML view of a history.
std::vector<std::string> provenance_text(const provenance& p, language lang);

// Every id of the catalogue, sorted (for tests and documentation).
std::vector<std::string> message_ids();

}  // namespace mandat
