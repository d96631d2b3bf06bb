// mandat/calendar.hpp - a roster's meetings as an iCalendar (RFC 5545) calendar.
//
// One all-day VEVENT per meeting (no time of day in a roster): DTSTART;VALUE=DATE and the
// exclusive DTEND;VALUE=DATE of the next day, or DURATION:P1D on 9999-12-31. Lines end in CRLF,
// folded at 75 octets, never inside a UTF-8 sequence. Each value passes the one escaper of its
// kind in src/formats/ics.cpp: TEXT (escape_text), parameter values, the mailto: address
// (percent-encoded), so no document text ends a line or carries a control character. No
// iCalendar library is packaged both by Debian and on PyPI. The choices: docs/formats.md.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "mandat/mandate.hpp"
#include "mandat/roster.hpp"

namespace mandat {

struct ics_options {
    // DTSTAMP of every event: when the calendar was written. None: now. Pass a fixed time for
    // output that does not change from one run to the next.
    std::optional<std::chrono::system_clock::time_point> stamp;
    // The right-hand side of every UID, "<meeting key>@<uid_domain>". Give each partnership its
    // own, the same for its planned and its recorded meetings: ics_uid_domain of the mandate's
    // (or the history's) id, as the command line does. Never a file's name: the UID of a
    // meeting must not depend on where, or in which format, its roster was kept.
    std::string uid_domain = "mandat.roster";
    // X-WR-CALNAME, the calendar's display name; empty: none.
    std::string calendar_name;
};

// The calendar of the roster's meetings, in roster order. With a mandate, a meeting without a
// title is summarised by its body's name; without one, by the body id. Attendees become
// ATTENDEE properties (with their e-mail address when the roster has one) and the attendee
// names are listed in DESCRIPTION.
std::string to_ics(const roster& r, const mandate* m = nullptr, const ics_options& options = {});

// The meeting key of meeting `index` of the roster, what a plan and a roster both know of a
// meeting: "<body id>-<YYYYMMDD>-<n>", n counting that body's meetings on that day in roster
// order from 1 (the meeting's id, which a planned meeting lacks, is not part of it). The UID
// is "<key>@<uid_domain>": a meeting planned with `plan` and recorded later in the roster
// keeps its UID, so a calendar imported twice updates its events instead of doubling them.
std::string ics_meeting_key(const roster& r, std::size_t index);

// The UID domain of a partnership's calendars: "<id>.mandat", `id` the mandate's id or, with a
// history, the history's id (one domain for all its versions).
std::string ics_uid_domain(std::string_view id);

namespace ics {

// RFC 5545 3.3.11: a TEXT value with backslash, semicolon, comma and newline (CR LF, lone CR
// or LF) escaped; each control character but HTAB (C0, DEL, C1) becomes U+FFFD.
std::string escape_text(std::string_view text);
// RFC 5545 3.1: one content line folded into lines of at most 75 octets (continuations start
// with one space), never inside a UTF-8 sequence, each ending in CRLF.
std::string fold_line(std::string_view line);
// "YYYYMMDDTHHMMSSZ" of a time in UTC (whole seconds, rounded down).
std::string utc_stamp(std::chrono::system_clock::time_point t);

}  // namespace ics

}  // namespace mandat
