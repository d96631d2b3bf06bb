// Data out and in: the iCalendar, Popolo and OParl formats, the Norwegian public holidays and
// the meeting planner (docs/formats.md, docs/planner.md).
#include <chrono>
#include <cmath>

#include "common.hpp"

namespace mandat::python {

void register_formats(py::module_& mod) {  // NOLINT(readability-function-size): a table of definitions
    py::class_<holiday>(mod, "Holiday", "A Norwegian public holiday.")
        .def_readonly("date", &holiday::on, "The day.")
        .def_readonly("id", &holiday::id, "A stable id, e.g. 'easter_monday'.")
        .def_readonly("name", &holiday::name, "The Norwegian name, e.g. 'Andre påskedag'.")
        .def_readonly("name_en", &holiday::name_en, "The English name, e.g. 'Easter Monday'.")
        .def("__repr__", [](const holiday& h) { return "<Holiday " + format_date(h.on) + " " + h.id + ">"; });

    mod.def("norwegian_holidays", &norwegian_holidays, py::arg("year"),
            "The Norwegian public holidays of a year in date order (1 and 17 May from 1947).");
    mod.def("easter_sunday", &easter_sunday, py::arg("year"), "Easter Sunday of a year (Gregorian computus).");
    mod.def("is_norwegian_holiday", &is_norwegian_holiday, py::arg("day"), "True when the day is a Norwegian public holiday.");
    mod.def("is_working_day", &is_working_day, py::arg("day"),
            "True for Monday to Friday when the day is no Norwegian public holiday.");

    mod.def(
        "_roster_to_ics",
        [](const roster& r, const py::typing::Optional<mandate>& mandate_or_none, std::optional<double> stamp,
           const std::optional<std::string>& uid_domain, const std::string& calendar_name) {
            const mandate* m = mandate_or_none.is_none() ? nullptr : &mandate_or_none.cast<const mandate&>();
            ics_options o;
            if (stamp) {
                if (!std::isfinite(*stamp))
                    throw query_error(errors::query_out_of_range, "the time stamp is not a finite number");
                o.stamp = std::chrono::system_clock::time_point(std::chrono::seconds(static_cast<long long>(std::floor(*stamp))));
            }
            // The command line's default: the mandate's id (ics_uid_domain), so that a meeting
            // has one UID whichever front end wrote its calendar.
            o.uid_domain = uid_domain ? *uid_domain : m ? ics_uid_domain(m->id) : std::string("mandat.roster");
            o.calendar_name = calendar_name;
            if (m) validate(*m);
            return to_ics(r, m, o);
        },
        py::arg("roster"), py::arg("mandate"), py::arg("stamp"), py::arg("uid_domain"), py::arg("calendar_name"),
        "The calendar text behind Roster.to_ics (stamp in POSIX seconds).");

    // Popolo (docs/formats.md): Roster.to_popolo is a method of the Roster class registered
    // in register_roster.cpp.
    {
        py::object cls = py::type::of<roster>();
        cls.attr("to_popolo") = py::cpp_function(
            [](const roster& r, const mandate& m) { return to_python_dict(to_popolo(m, r)); }, py::name("to_popolo"),
            py::is_method(cls), py::sibling(py::getattr(cls, "to_popolo", py::none())), py::arg("mandate"),
            "The mandate and this roster as one Popolo document (organizations, persons, memberships, posts, events).");
    }
    mod.def(
        "roster_from_popolo", [](const json_dict& document) { return roster_from_popolo(from_python(document)); },
        py::arg("document"),
        "The roster in a Popolo document (persons, memberships, events); raises DocumentError with the JSON pointer.");

    // OParl 1.1 (docs/formats.md).
    mod.def(
        "oparl_tree",
        [](const mandate& m, const roster& r, const std::string& base_url) {
            py::dict out;
            for (const auto& [path, j] : oparl_tree(m, r, base_url)) out[py::str(path)] = to_python(j);
            return py::reinterpret_borrow<py::typing::Dict<py::str, json_dict>>(out);
        },
        py::arg("mandate"), py::arg("roster"), py::arg("base_url"),
        "The OParl 1.1 objects and lists as a dict: relative file path -> JSON object.");
    mod.def(
        "write_oparl",
        [](const mandate& m, const roster& r, const std::string& folder, const std::string& base_url) {
            py::gil_scoped_release release;
            write_oparl(m, r, folder, base_url);
        },
        py::arg("mandate"), py::arg("roster"), py::arg("folder"), py::arg("base_url"),
        "Writes the OParl 1.1 tree under folder, to be served at base_url (every id is base_url + file path).");

    py::class_<planned_meeting>(mod, "PlannedMeeting", "A meeting of a plan: booked in the roster or proposed.")
        .def_readonly("id", &planned_meeting::id, "The id ('plan-<body>-<date>' when proposed; a booked one's own, or '').")
        .def_readonly("body_id", &planned_meeting::body_id, "The body.")
        .def_readonly("date", &planned_meeting::on, "The day.")
        .def_readonly("booked", &planned_meeting::booked, "True when it was booked in the roster already.")
        .def_readonly("title", &planned_meeting::title, "The title, or None.")
        .def_readonly("prepares", &planned_meeting::prepares, "The id of the meeting it prepares (R8), or None.")
        .def_readonly("rule", &planned_meeting::rule,
                      "Why it is there: the rule id of the target or the preparation, or 'booked'.")
        .def_readonly("attendee_ids", &planned_meeting::attendee_ids, "The expected attendees.")
        .def("__repr__", [](const planned_meeting& p) {
            return "<PlannedMeeting " + p.body_id + " " + format_date(p.on) + (p.booked ? " booked>" : ">");
        });

    py::class_<meeting_plan>(mod, "MeetingPlan", "The meetings proposed for a year (docs/planner.md).")
        .def_readonly("mandate_id", &meeting_plan::mandate_id, "The mandate planned for.")
        .def_readonly("year", &meeting_plan::year, "The year.")
        .def_readonly("start_date", &meeting_plan::first, "The first planned day (the year's first day in force).")
        .def_readonly("end_date", &meeting_plan::last, "The last planned day, inclusive.")
        .def_readonly("blocked_weeks", &meeting_plan::blocked_weeks, "The ISO weeks kept free.")
        .def_readonly("meetings", &meeting_plan::meetings, "Booked and proposed meetings, by date.")
        .def(
            "to_dict", [](const meeting_plan& p) { return to_python_dict(to_json(p)); },
            "The plan as a dict (the JSON of `mandat plan --json`).")
        .def(
            "to_text", [](const meeting_plan& p, const mandate& m) { return format_plan(p, m); }, py::arg("mandate"),
            "The plan as text, a line per meeting.")
        .def(
            "to_roster",
            [](const meeting_plan& p, const std::optional<roster>& booked) { return plan_roster(p, booked.value_or(roster{})); },
            py::arg("booked") = py::none(), "The booked roster with the proposed meetings added, to check the plan.")
        .def("__repr__", [](const meeting_plan& p) {
            return "<MeetingPlan " + p.mandate_id + " " + std::to_string(p.year) + ", " + std::to_string(p.meetings.size()) +
                   " meetings>";
        });

    mod.def(
        "plan_meetings",
        [](const mandate& m, int year, const std::vector<unsigned>& blocked_weeks, const std::optional<roster>& booked,
           unsigned lead_days) {
            plan_options o;
            o.year = year;
            o.blocked_weeks = blocked_weeks;
            if (booked) o.booked = *booked;
            o.lead_days = lead_days;
            py::gil_scoped_release release;
            return plan_meetings(m, o);
        },
        py::arg("mandate"), py::arg("year"), py::kw_only(), py::arg("blocked_weeks") = std::vector<unsigned>{},
        py::arg("booked") = py::none(), py::arg("lead_days") = 7u,
        "Proposes the year's meetings: each body's target (R2) spread over the year, each prepared (R8) about lead_days "
        "before, within every maximum (R3), on working days, outside blocked ISO weeks and around the booked roster's "
        "meetings (docs/planner.md). Raises QueryError (query.unplannable) when the rules cannot be met.");

    // Pickling and copying, as for every value class (common.hpp).
    auto hol = py::reinterpret_borrow<py::class_<holiday>>(mod.attr("Holiday"));
    add_value_state<holiday>(hol, member(&holiday::on), member(&holiday::id), member(&holiday::name), member(&holiday::name_en));
    auto pm = py::reinterpret_borrow<py::class_<planned_meeting>>(mod.attr("PlannedMeeting"));
    add_value_state<planned_meeting>(pm, member(&planned_meeting::id), member(&planned_meeting::body_id),
                                     member(&planned_meeting::on), member(&planned_meeting::booked),
                                     member(&planned_meeting::title), member(&planned_meeting::prepares),
                                     member(&planned_meeting::rule), member(&planned_meeting::attendee_ids));
    auto mp = py::reinterpret_borrow<py::class_<meeting_plan>>(mod.attr("MeetingPlan"));
    add_value_state<meeting_plan>(mp, member(&meeting_plan::mandate_id), member(&meeting_plan::year),
                                  member(&meeting_plan::first), member(&meeting_plan::last), member(&meeting_plan::blocked_weeks),
                                  member(&meeting_plan::meetings));
}

}  // namespace mandat::python
