// The timeline of a report (mandat/timeline.hpp): what the HTML page and Report.plot_timeline draw.
#include "common.hpp"

namespace mandat::python {

void register_timeline(py::module_& mod) {
    py::class_<role_span>(mod, "RoleSpan", "A stretch of a tenure in a leading role (leader, coordinator).")
        .def_readonly("role", &role_span::role, "Role.leader or Role.coordinator.")
        .def_readonly("start_date", &role_span::start_date, "The first day.")
        .def_readonly("end_date", &role_span::end_date, "The last day (inclusive).")
        .def("__repr__", [](const role_span& s) {
            return "<RoleSpan " + std::string(to_string(s.role)) + " " + format_date(s.start_date) + ".." +
                   format_date(s.end_date) + ">";
        });
    py::class_<tenure>(mod, "Tenure",
                       "One person's continuous hold of a seat (or of the secretary's post): appointments of the same "
                       "person, body and organisation without a day between.")
        .def_readonly("person_id", &tenure::person_id, "The person (a pseudonym when the report is redacted).")
        .def_readonly("name", &tenure::name, "The person's name, or None when redacted or not in the roster.")
        .def_property_readonly("label", &tenure::label, "'Name (id)', or the id alone without a name.")
        .def_readonly("organisation_id", &tenure::organisation_id, "The organisation represented.")
        .def_readonly("start_date", &tenure::start_date, "The first day drawn (clipped to the report's interval).")
        .def_readonly("end_date", &tenure::end_date, "The last day drawn (inclusive, clipped).")
        .def_readonly("first_day", &tenure::first_day, "The tenure's real first day.")
        .def_readonly("last_day", &tenure::last_day, "Its real last day, or None when open-ended.")
        .def_readonly("row", &tenure::row, "The row of its lane (0 is the top).")
        .def_readonly("roles", &tenure::roles, "Its leader and coordinator stretches.")
        .def("__repr__", [](const tenure& t) {
            return "<Tenure " + t.person_id + " " + t.organisation_id + " " + format_date(t.start_date) + ".." +
                   format_date(t.end_date) + ">";
        });
    py::class_<lane>(mod, "Lane", "The seats of one organisation in a body (or the secretaries recorded in it).")
        .def_property_readonly(
            "kind", [](const lane& l) { return l.kind == lane_kind::seats ? "seats" : "secretary"; }, "'seats' or 'secretary'.")
        .def_readonly("organisation_id", &lane::organisation_id, "The organisation whose seats ('' for the secretaries).")
        .def_readonly("quota_min", &lane::quota_min, "The organisation's quota in the body, or None without one.")
        .def_readonly("quota_max", &lane::quota_max, "The quota's maximum, or None.")
        .def_readonly("rows", &lane::rows, "Rows drawn: the most tenures at once, at most 6.")
        .def_readonly("overflow", &lane::overflow, "Tenures put in the last row because the lane was full.")
        .def_readonly("tenures", &lane::tenures, "The tenures, by first day.")
        .def("__repr__",
             [](const lane& l) { return "<Lane " + (l.organisation_id.empty() ? "secretary" : l.organisation_id) + ">"; });
    py::class_<breach>(mod, "Breach", "Where a finding (an error or a warning) is drawn on a body's timeline.")
        .def_readonly("finding", &breach::finding, "The index of the finding in Report.findings.")
        .def_property_readonly(
            "place",
            [](const breach& b) {
                return b.place == breach_place::lane ? "lane" : b.place == breach_place::body ? "body" : "meetings";
            },
            "'lane' (one organisation's lane), 'body' (every lane) or 'meetings' (the meetings row).")
        .def_property_readonly(
            "lane",
            [](const breach& b) { return b.place == breach_place::lane ? std::optional<std::size_t>(b.lane) : std::nullopt; },
            "The lane's index when place is 'lane', else None.")
        .def_readonly("start_date", &breach::start_date, "The first day (clipped to the report's interval).")
        .def_readonly("end_date", &breach::end_date, "The last day (inclusive, clipped).")
        .def("__repr__", [](const breach& b) {
            return "<Breach finding " + std::to_string(b.finding) + " " + format_date(b.start_date) + ".." +
                   format_date(b.end_date) + ">";
        });
    py::class_<meeting_mark>(mod, "MeetingMark", "A meeting on a body's timeline.")
        .def_readonly("date", &meeting_mark::day, "The day.")
        .def_readonly("title", &meeting_mark::title, "The title, or None (untitled, or the report is redacted).")
        .def_readonly("attendees", &meeting_mark::attendees, "The number of persons recorded as present.");
    py::class_<body_timeline>(mod, "BodyTimeline", "One body's lanes, meetings and breaches.")
        .def_readonly("body_id", &body_timeline::body_id, "The body.")
        .def_readonly("name", &body_timeline::name, "The body's name.")
        .def_readonly("lanes", &body_timeline::lanes,
                      "The quota's organisations in the mandate's order, then others, then the secretary.")
        .def_readonly("meetings", &body_timeline::meetings, "The meetings, by date.")
        .def_readonly("breaches", &body_timeline::breaches, "The breaches, in the report's order.")
        .def("__repr__", [](const body_timeline& b) { return "<BodyTimeline " + b.body_id + ">"; });
    py::class_<timeline>(mod, "Timeline", "Who held which seat when, per body: the answer of Report.timeline().")
        .def_readonly("start_date", &timeline::from, "The report's first day.")
        .def_readonly("end_date", &timeline::to, "The report's last day (inclusive).")
        .def_readonly("bodies", &timeline::bodies, "A BodyTimeline per body of the mandate, in its order.")
        .def("__repr__", [](const timeline& t) {
            return "<Timeline " + format_date(t.from) + ".." + format_date(t.to) + ", " + std::to_string(t.bodies.size()) +
                   " bodies>";
        });
}

}  // namespace mandat::python
