// The iCalendar export (mandat/calendar.hpp, docs/formats.md).
#include "mandat/calendar.hpp"

#include <map>
#include <utility>

namespace mandat {

namespace {

// "YYYYMMDD", the DATE form of RFC 5545 3.3.4.
std::string basic_date(date d) {
    std::string s = format_date(d);
    s.erase(7, 1);
    s.erase(4, 1);
    return s;
}

void add(std::string& out, std::string_view line) { out += ics::fold_line(line); }

// The replacement of a CONTROL character, which TEXT and parameter values cannot hold:
// U+FFFD REPLACEMENT CHARACTER, so that the reader sees that something stood there.
const char* const replacement = "\xef\xbf\xbd";

// The length of a C1 control (U+0080 to U+009F, UTF-8 C2 80 to C2 9F) at `i`, or 0.
std::size_t c1_control(std::string_view v, std::size_t i) {
    if (i + 1 >= v.size() || static_cast<unsigned char>(v[i]) != 0xc2) return 0;
    const auto next = static_cast<unsigned char>(v[i + 1]);
    return next >= 0x80 && next <= 0x9f ? 2 : 0;  // a continuation byte: C2 alone is no C1 control
}

// A C0 control other than HTAB, or DEL: RFC 5545's CONTROL (3.1).
bool ascii_control(char ch) {
    const auto u = static_cast<unsigned char>(ch);
    return (u < 0x20 && ch != '\t') || u == 0x7f;
}

// A parameter value (RFC 5545 3.2): in double quotes when it holds ':', ';' or ','. It cannot
// hold a DQUOTE, which becomes a space, nor a control character, which becomes U+FFFD as in
// escape_text; a line break is one of those, so a value never ends its line.
std::string param_value(std::string_view v) {
    std::string s;
    s.reserve(v.size() + 2);
    bool quote = false;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char ch = v[i];
        if (const std::size_t c1 = c1_control(v, i)) {
            s += replacement;
            i += c1 - 1;
        } else if (ascii_control(ch)) {
            s += replacement;
        } else {
            if (ch == ':' || ch == ';' || ch == ',') quote = true;
            if (ch == '^')
                s += "^^";  // RFC 6868: a caret is written twice, so ^n and ^' are never read as escapes
            else
                s += ch == '"' ? ' ' : ch;
        }
    }
    return quote ? "\"" + s + "\"" : s;
}

// "mailto:" and the address (RFC 6068), every octet but letters, digits and -._~@!$'*+=
// percent-encoded ("%0D%0A", "%20", "%2C", UTF-8 octets): an address that holds CR LF, spaces
// or commas stays one address on one line, and nothing of it is lost.
std::string mailto_uri(std::string_view address) {
    static const char* hex = "0123456789ABCDEF";
    std::string out = "mailto:";
    out.reserve(out.size() + address.size());
    for (char ch : address) {
        const auto u = static_cast<unsigned char>(ch);
        const bool keep = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                          std::string_view("-._~@!$'*+=").find(ch) != std::string_view::npos;
        if (keep) {
            out += ch;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out;
}

}  // namespace

namespace ics {

std::string escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        switch (ch) {
            case '\\':
                out += "\\\\";
                break;
            case ';':
                out += "\\;";
                break;
            case ',':
                out += "\\,";
                break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                out += "\\n";
                break;
            case '\n':
                out += "\\n";
                break;
            default:
                if (const std::size_t c1 = c1_control(text, i)) {
                    out += replacement;
                    i += c1 - 1;
                } else {
                    out += ascii_control(ch) ? replacement : std::string(1, ch);
                }
        }
    }
    return out;
}

std::string fold_line(std::string_view line) {
    std::string out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    std::size_t pos = 0;
    std::size_t room = 75;  // octets on the first line; 74 after the leading space of a continuation
    while (line.size() - pos > room) {
        std::size_t cut = pos + room;
        // Never cut before a continuation byte (10xxxxxx) of a UTF-8 sequence.
        while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        if (cut == pos) cut = pos + room;  // not UTF-8: cut where the octets run out
        out.append(line.substr(pos, cut - pos));
        out += "\r\n ";
        pos = cut;
        room = 74;
    }
    out.append(line.substr(pos));
    out += "\r\n";
    return out;
}

std::string utc_stamp(std::chrono::system_clock::time_point t) {
    const long long secs = std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
    long long days = secs / 86400, rest = secs % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const date d = date(1970, 1, 1) + boost::gregorian::date_duration(static_cast<long>(days));
    char hms[8];
    std::snprintf(hms, sizeof hms, "%02d%02d%02d", static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                  static_cast<int>(rest % 60));
    return basic_date(d) + "T" + hms + "Z";
}

}  // namespace ics

namespace {

// The one form of a meeting key (ics_meeting_key): `n` is the meeting's place among its body's
// meetings on its day.
std::string meeting_key(const meeting& mt, std::size_t n) {
    return mt.body_id + "-" + basic_date(mt.on) + "-" + std::to_string(n);
}

}  // namespace

std::string ics_meeting_key(const roster& r, std::size_t index) {
    const meeting& mt = r.meetings.at(index);
    std::size_t n = 0;
    for (std::size_t i = 0; i <= index; ++i)
        if (r.meetings[i].body_id == mt.body_id && r.meetings[i].on == mt.on) ++n;
    return meeting_key(mt, n);
}

std::string ics_uid_domain(std::string_view id) { return std::string(id) + ".mandat"; }

std::string to_ics(const roster& r, const mandate* m, const ics_options& options) {
    const std::string stamp = ics::utc_stamp(options.stamp.value_or(std::chrono::system_clock::now()));
    std::map<std::pair<std::string, date>, std::size_t> seen;  // meetings per body and day so far
    std::string out;
    add(out, "BEGIN:VCALENDAR");
    add(out, "VERSION:2.0");
    add(out, "PRODID:-//mandat//mandat meeting calendar//EN");
    add(out, "CALSCALE:GREGORIAN");
    add(out, "METHOD:PUBLISH");
    if (!options.calendar_name.empty()) add(out, "X-WR-CALNAME:" + ics::escape_text(options.calendar_name));
    for (const auto& mt : r.meetings) {
        if (mt.on.is_special()) throw query_error(errors::query_invalid_date, "a meeting without a real date cannot be exported");
        const std::string key = meeting_key(mt, ++seen[{mt.body_id, mt.on}]);  // ics_meeting_key in one pass
        const body* b = m ? m->find_body(mt.body_id) : nullptr;
        const std::string summary = mt.title ? *mt.title : b ? b->name : mt.body_id;
        add(out, "BEGIN:VEVENT");
        add(out, "UID:" + ics::escape_text(key + "@" + options.uid_domain));
        add(out, "DTSTAMP:" + stamp);
        add(out, "DTSTART;VALUE=DATE:" + basic_date(mt.on));
        // The end is the next day, exclusive; the last day a date can hold (9999-12-31) has no
        // next day in the DATE form, so its event says one day long instead (RFC 5545 3.8.2.5).
        if (mt.on < last_supported_day())
            add(out, "DTEND;VALUE=DATE:" + basic_date(mt.on + boost::gregorian::date_duration(1)));
        else
            add(out, "DURATION:P1D");
        add(out, "SUMMARY:" + ics::escape_text(summary));
        add(out, "CATEGORIES:" + ics::escape_text(mt.body_id));
        add(out, "TRANSP:OPAQUE");
        std::string names;
        for (const auto& id : mt.attendee_ids) {
            const person* p = r.find_person(id);
            const std::string name = p ? p->name : id;
            names += (names.empty() ? "" : "\n") + name;
            if (p && p->email && !p->email->empty())
                add(out, "ATTENDEE;CN=" + param_value(name) + ";ROLE=REQ-PARTICIPANT:" + mailto_uri(*p->email));
        }
        if (!mt.attendee_ids.empty()) add(out, "DESCRIPTION:" + ics::escape_text(names));
        add(out, "END:VEVENT");
    }
    add(out, "END:VCALENDAR");
    return out;
}

}  // namespace mandat
