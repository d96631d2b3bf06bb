// The HTML output's template engine and shared pieces (private to src/report/html/).
//
// The engine is kainjow/mustache (Debian: libkainjow-mustache-dev), a header-only Mustache
// implementation: logic-less templates kept as files in src/report/html/templates/ and compiled
// into the library (templates.cpp.in). Every {{name}} a template writes is HTML-escaped
// (& < > " '); the templates never use the unescaped forms, and a test checks that. Values
// are never parsed as templates, so a name such as "{{>style}}" stays text.
#pragma once

#include <kainjow/mustache.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "mandat/compliance.hpp"
#include "mandat/html.hpp"
#include "mandat/messages.hpp"
#include "mandat/timeline.hpp"

namespace mandat::html {

using data = kainjow::mustache::data;

// The embedded templates (generated from src/report/html/templates/ by CMake): their names, and
// the text of one; an unknown name throws std::logic_error.
std::vector<std::string_view> template_names();
std::string_view template_text(std::string_view name);

// Renders template `name` with `d`; the other templates are its partials ({{>timeline}}).
// A template that does not parse is a bug: std::logic_error.
std::string render(std::string_view name, const data& d);

// An empty list; a string, or false when it is empty (a Mustache section skips false).
inline data list() { return data(data::type::list); }

// Appends `item` to `list` without copying it: the engine's own push_back copies the whole
// tree, which a timeline of thousands of bars would pay at every level. The element is
// appended as a cheap placeholder and then moved into; the list owns it (not const).
inline void append(data& list, data item) {
    list.push_back(data(false));
    const_cast<data&>(list.list_value().back()) = std::move(item);  // NOLINT(cppcoreguidelines-pro-type-const-cast)
}
inline data text_or_false(const std::string& s) { return s.empty() ? data(false) : data(s); }

// A coordinate in SVG user units: at most three decimals, no trailing zeros.
std::string num(double v);

// An id usable as an HTML id or fragment: letters, digits, '-' and '_' kept, anything else
// written as '.' and its hex code.
std::string anchor(const std::string& prefix, const std::string& id);

// At most `n` characters (code points) of `s`, with an ellipsis when cut.
std::string shorten(const std::string& s, std::size_t n);
// The number of characters (code points) of UTF-8 text.
std::size_t length(const std::string& s);

// The root of a page: the shell's values (standalone, compact, lang, version, page title)
// and "t", the catalogue's texts without facts ("html.<name>" as t.<name>).
data page_root(language lang, const std::string& page_title, const html_options& options);

// The colours of organisations and breaches, and the labels of lanes, rows and bands, are
// mandat::organisation_colour, breach_colour, lane_label, meetings_label and band_label
// (mandat/timeline.hpp): Python's Report.plot_timeline draws with the same.

// A quota's bounds and a meeting rule are worded by mandat::quota_range_text and
// mandat::meeting_rule_text (mandat/messages.hpp), as on the command line.

// The text with its first letter in upper case (ASCII letters only; "leder" -> "Leder").
std::string capitalised(std::string s);

// The parts of a page (each in its own file).
data timeline_data(const mandate& m, const report& rep, const body_timeline& bt, language lang);  // timeline_svg.cpp
data orgchart_data(const mandate& m, language lang);                                              // orgchart_svg.cpp
data finding_data(const finding& f, language lang, const mandate* m);                             // report_page.cpp

}  // namespace mandat::html
