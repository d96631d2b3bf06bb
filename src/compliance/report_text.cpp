// The compliance report as readable text, in the report's language (mandat/messages.hpp).
#include "mandat/compliance.hpp"
#include "mandat/messages.hpp"

namespace mandat {
namespace {

// " a 1, b 2": a count per body.
std::string per_body(const std::map<std::string, unsigned>& counts) {
    std::string o;
    bool first = true;
    for (const auto& [b, n] : counts) {
        o += (first ? " " : ", ") + printable(b) + " " + std::to_string(n);
        first = false;
    }
    return o;
}

}  // namespace

std::string format_report(const mandate& m, const report& rep) {
    const language l = rep.lang;
    std::string o;
    o += printable(render_message("report.title", l, {{"title", m.title}, {"id", rep.mandate_id}})) + "\n";
    o += render_message("report.checked", l, {{"from", format_date(rep.from)}, {"to", format_date(rep.to)}}) + "\n";
    o += render_message("report.counts", l,
                        {{"errors", std::to_string(rep.count(severity::error))},
                         {"warnings", std::to_string(rep.count(severity::warning))},
                         {"infos", std::to_string(rep.count(severity::info))}}) +
         "\n";
    for (const auto& y : rep.years) {
        o += "\n" +
             printable(render_message(y.whole_year ? "report.year" : "report.year_partial", l,
                                      {{"year", std::to_string(y.year)},
                                       {"organisation", y.leading_organisation},
                                       {"organisation_name", m.organisation_name(y.leading_organisation)}})) +
             "\n";
        o += render_message("report.meetings", l) + per_body(y.meetings) + "\n";
        o += render_message("report.breach_days", l) + per_body(y.composition_breach_days) + "\n";
    }
    o += "\n" + render_message("report.findings_by_date", l) + "\n";
    if (rep.findings.empty()) o += render_message("report.none", l) + "\n";
    for (const auto& f : rep.findings) o += format_finding(f, l);
    return o;
}

std::string format_date_range(const finding& f) {
    if (!f.start_date) return "";
    std::string s = format_date(*f.start_date);
    if (!f.end_date) return s + " ..";
    if (*f.end_date != *f.start_date) s += " .. " + format_date(*f.end_date);
    return s;
}

std::string format_finding(const finding& f, language lang) {
    const std::string when = format_date_range(f);
    return "  " + when + (when.empty() ? "" : "  ") + severity_word(f.severity, lang) + "  " + printable(f.code) + "  [" +
           printable(f.clause) + (f.rule.empty() ? "" : " " + printable(f.rule)) +
           (f.version.empty() ? "" : ", " + printable(f.version)) + "]\n      " + printable(render_message(f, lang)) +
           "\n      \u00ab" + printable(f.source) + "\u00bb\n";
}

}  // namespace mandat
