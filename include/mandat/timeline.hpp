// mandat/timeline.hpp - who held which seat when: what a report's timeline draws.
//
// A report holds findings, not tenures; the timeline joins it with the roster it was made
// from. Per body of the mandate: one lane per organisation's seats (and one for the
// secretaries recorded in the body), one tenure per person's continuous hold of a seat, the
// meetings, and where each breach (a finding of severity error or warning) lies. Per year
// of the report: who held the rotation's roles and the secretary's post. Everything is
// clipped to the report's interval, and persons are pseudonymised when the report is
// redacted. The HTML report (mandat/html.hpp) and Python's Report.plot_timeline draw it, with
// the colours and labels defined at the end of this header.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mandat/compliance.hpp"
#include "mandat/redaction.hpp"

namespace mandat {

// A lane shows at most this many rows; the tenures beyond share the last row (lane::overflow).
inline constexpr unsigned max_lane_rows = 6;

// A stretch of a tenure in a leading role (leader, coordinator), within the tenure's days.
struct role_span {
    mandat::role role = mandat::role::leader;
    date start_date;
    date end_date;  // inclusive
};

// One person's continuous hold of a seat in a body for an organisation (or of the
// secretary's post): appointments of the same person, body and organisation that overlap
// or follow each other without a day between are one tenure, whatever their roles.
struct tenure {
    std::string person_id;            // a pseudonym when the report is redacted
    std::optional<std::string> name;  // none when redacted or not in the roster's persons
    std::string organisation_id;
    date start_date;               // the first day drawn (clipped to the report's interval)
    date end_date;                 // the last day drawn, inclusive (clipped)
    date first_day;                // the tenure's real first day
    std::optional<date> last_day;  // its real last day; none when open-ended
    std::vector<role_span> roles;  // leader and coordinator stretches, clipped, by date
    unsigned row = 0;              // the lane's row it is drawn in

    // "Name (id)", or the id alone when there is no name (redacted, or an unknown person), as
    // every output shows a person (redactor::label_of, mandat/redaction.hpp).
    std::string label(language lang = language::en) const { return redactor::label_of(person_id, name, lang); }
};

enum class lane_kind {
    seats,      // the seats of one organisation
    secretary,  // the secretaries recorded in the body (not seats)
};
// "seats", "secretary": the word the HTML report and Python spell a lane kind with.
constexpr std::string_view to_string(lane_kind k) noexcept { return k == lane_kind::seats ? "seats" : "secretary"; }

struct lane {
    lane_kind kind = lane_kind::seats;
    std::string organisation_id;        // the organisation whose seats; empty for the secretary lane
    std::optional<unsigned> quota_min;  // the organisation's quota in the body; none without one
    std::optional<unsigned> quota_max;
    unsigned rows = 1;            // rows drawn: the most tenures at once, at most max_lane_rows
    unsigned overflow = 0;        // tenures put in the last row because the lane was full
    std::vector<tenure> tenures;  // by first day drawn, then person
};

// Where a breach is drawn on its body's timeline.
enum class breach_place {
    lane,      // across one lane: a finding about one organisation's seats, or the secretary
    body,      // across every lane of the body: e.g. a missing leader
    meetings,  // across the meetings row: meeting counts, attendance, preparation
};
// "lane", "body", "meetings": the word the HTML report and Python spell a place with.
constexpr std::string_view to_string(breach_place p) noexcept {
    return p == breach_place::lane ? "lane" : p == breach_place::body ? "body" : "meetings";
}

struct breach {
    std::size_t finding = 0;  // the index of the finding in report::findings
    breach_place place = breach_place::body;
    std::size_t lane = 0;  // the lane's index, when place is lane
    date start_date;       // clipped to the report's interval
    date end_date;         // inclusive
};

struct meeting_mark {
    date day;
    std::optional<std::string> title;  // none when untitled or when the report is redacted
    std::size_t attendees = 0;
};

struct body_timeline {
    std::string body_id;
    std::string name;
    std::vector<lane> lanes;             // the quota's organisations in the mandate's order, then others, then the secretary
    std::vector<meeting_mark> meetings;  // by date
    std::vector<breach> breaches;        // in the report's order
};

// Who held a rotation role or the secretary's post in a year (clipped to the year and interval).
struct role_holder {
    std::string role;     // "leader", "coordinator" or "secretary"
    std::string body_id;  // the body of the role (for a secretary: the body recorded)
    std::string person_id;
    std::optional<std::string> name;
    std::string organisation_id;
    date start_date;
    date end_date;
};

struct year_people {
    int year = 0;
    std::string leading_organisation;
    std::vector<role_holder> holders;  // the rotation's roles in the mandate's order, then secretaries; by date
};

struct timeline {
    date from;  // the report's interval, inclusive
    date to;
    std::vector<body_timeline> bodies;  // the mandate's bodies, in its order
    std::vector<year_people> years;     // one per year of report::years
};

// The timeline of `rep`, drawn from `r`, under `m`. Throws query_error when the report was
// made against another mandate (query.wrong_mandate). Cost: linear in the roster and the
// findings, plus sorting.
timeline make_timeline(const mandate& m, const roster& r, const report& rep);

// --- Drawing a timeline: its colours and labels, defined once ---------------------------------
// The HTML report's SVG (src/report/html/timeline_svg.cpp) and Python's Report.plot_timeline
// both draw with these, so the two pictures colour and label the same things alike.

// A fill colour, and whether text on it reads better in white.
struct timeline_colour {
    std::string_view fill;
    bool dark = false;
};

// A colour per organisation by its place in the mandate, the first again after the seventh:
// the Okabe-Ito palette, told apart with the common colour-vision deficiencies.
inline constexpr timeline_colour organisation_palette[] = {{"#0072B2", true},  {"#E69F00", false}, {"#009E73", true},
                                                           {"#CC79A7", false}, {"#56B4E9", false}, {"#F0E442", false},
                                                           {"#D55E00", true}};
// The colour of an organisation the mandate does not name.
inline constexpr timeline_colour unlisted_organisation_colour{"#999999", false};

// The colour of an organisation's bars and of the bands of the years it leads.
timeline_colour organisation_colour(const mandate& m, std::string_view organisation_id);

// The shading of a breach: red for an error, orange for a warning.
constexpr std::string_view breach_colour(severity s) noexcept { return s == severity::error ? "#d62728" : "#ff9f1c"; }

// The label beside a lane, in `lang`: the organisation's name (shortened to 24 characters) and
// its quota in the body ("KS · 1-2"; "· 0" without one), or the catalogue's word for the
// secretaries' lane; then "(+2 at once)" when tenures share the lane's last row.
std::string lane_label(const mandate& m, const lane& l, language lang);

// The label of a body's meetings row, in `lang` ("Meetings").
std::string meetings_label(language lang);

// The label of the band of a year's leading organisation: "2023 · ks".
std::string band_label(int year, const std::string& organisation_id);

}  // namespace mandat
