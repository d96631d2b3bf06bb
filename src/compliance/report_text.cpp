// The compliance report as readable text, in the report's language (mandat/messages.hpp).
#include <cstdio>

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

std::string printable(std::string_view text) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x20 || c == 0x7f) {
            if (c == '\n')
                out += "\\n";
            else if (c == '\t')
                out += "\\t";
            else if (c == '\r')
                out += "\\r";
            else
                out += std::string("\\x") + hex[c >> 4] + hex[c & 15];
            ++i;
            continue;
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        // The length of a well-formed UTF-8 sequence starting here, or 0.
        std::size_t len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        if (len && i + len <= n) {
            for (std::size_t k = 1; k < len; ++k)
                if ((s[i + k] & 0xc0) != 0x80) len = 0;
        } else {
            len = 0;
        }
        if (!len) {
            out += std::string("\\x") + hex[c >> 4] + hex[c & 15];
            ++i;
            continue;
        }
        unsigned long cp = len == 2 ? (c & 0x1fu) : len == 3 ? (c & 0x0fu) : (c & 0x07u);
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (s[i + k] & 0x3fu);
        const bool malformed = (len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
                               (len == 4 && (cp < 0x10000 || cp > 0x10ffff));  // overlong, surrogate, too large
        if (malformed) {
            out += std::string("\\x") + hex[c >> 4] + hex[c & 15];
            ++i;
            continue;
        }
        const bool control = cp >= 0x80 && cp <= 0x9f;
        const bool bidi = (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
        if (control || bidi) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\u{%04lx}", cp);
            out += buf;
        } else {
            out.append(text.substr(i, len));
        }
        i += len;
    }
    return out;
}

}  // namespace mandat
