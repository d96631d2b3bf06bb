// Rosters: persons, appointments (Popolo memberships) and meetings.
#include "common.hpp"

namespace mandat::python {

void register_roster(py::module_& mod) {  // NOLINT(readability-function-size): a table of definitions
    py::class_<person> pe(mod, "Person", "A person of a roster.");
    pe.def_readonly("id", &person::id, "The person id.")
        .def_readonly("name", &person::name, "The name.")
        .def_readonly("email", &person::email, "The e-mail address, or None.")
        .def_readonly("gender", &person::gender, "The gender as recorded, or None.")
        .def_readonly("employer", &person::employer, "The employer, informative only, or None.")
        .def_property_readonly(
            "extra", [](const person& p) { return to_python_dict(to_json(p.extra)); },
            "Members beyond the known ones, kept as read.")
        .def("__repr__", [](const person& p) { return "<Person " + p.id + ">"; });
    add_value_state<person>(pe, member(&person::id), member(&person::name), member(&person::email), member(&person::gender),
                            member(&person::employer), member(&person::extra));

    py::class_<appointment> ap(mod, "Appointment",
                               "A person's seat or role in a body on behalf of an organisation (a Popolo membership).");
    ap.def_readonly("id", &appointment::id, "The membership id, or None.")
        .def_readonly("person_id", &appointment::person_id, "The person.")
        .def_readonly("body_id", &appointment::body_id, "Popolo organization_id.")
        .def_readonly("organisation_id", &appointment::organisation_id, "Popolo on_behalf_of_id: the organisation represented.")
        .def_readonly("role", &appointment::role, "Role.member, .leader, .coordinator or .secretary.")
        .def_readonly("start_date", &appointment::start_date, "The first day.")
        .def_readonly("end_date", &appointment::end_date, "The last day (inclusive), or None when open-ended.")
        .def_property_readonly(
            "extra", [](const appointment& a) { return to_python_dict(to_json(a.extra)); },
            "Members beyond the known ones, kept as read.")
        .def(
            "covers", [](const appointment& a, date d) { return a.covers(d); }, py::arg("day"),
            "True when the appointment covers the day.")
        .def("__repr__", [](const appointment& a) {
            return "<Appointment " + a.person_id + " " + std::string(to_string(a.role)) + " " + a.body_id + " for " +
                   a.organisation_id + ">";
        });
    add_value_state<appointment>(ap, member(&appointment::id), member(&appointment::person_id), member(&appointment::body_id),
                                 member(&appointment::organisation_id), member(&appointment::role),
                                 member(&appointment::start_date), member(&appointment::end_date), member(&appointment::extra));

    py::class_<meeting> me(mod, "Meeting", "A meeting held by a body.");
    me.def_readonly("id", &meeting::id, "The meeting id, or None.")
        .def_readonly("body_id", &meeting::body_id, "The body that met (Popolo organization_id).")
        .def_readonly("date", &meeting::on, "The day of the meeting.")
        .def_readonly("attendee_ids", &meeting::attendee_ids, "The persons recorded as present.")
        .def_readonly("title", &meeting::title, "The title, or None.")
        .def_property_readonly(
            "extra", [](const meeting& m) { return to_python_dict(to_json(m.extra)); },
            "Members beyond the known ones, kept as read.")
        .def("__repr__", [](const meeting& m) { return "<Meeting " + m.body_id + " " + format_date(m.on) + ">"; });
    add_value_state<meeting>(me, member(&meeting::id), member(&meeting::body_id), member(&meeting::on),
                             member(&meeting::attendee_ids), member(&meeting::title), member(&meeting::extra));

    py::class_<roster> c(mod, "Roster", "People, appointments and meetings. Load one with mandat.load_roster().");
    c.def_static(
         "from_json", [](const std::string& text) { return load_roster(text); }, py::arg("text"),
         "A roster from a JSON document (raises DocumentError with the JSON pointer).")
        .def_static(
            "from_file", [](const std::string& path) { return load_roster_file(path); }, py::arg("path"))
        .def(
            "to_json", [](const roster& r) { return dump_roster(r); }, "The roster document as JSON text; unknown members kept.")
        .def(
            "to_dict", [](const roster& r) { return to_python_dict(to_json(r)); }, "The roster document as a dict.")
        .def(
            "save", [](const roster& r, const std::string& path) { save_roster_file(r, path); }, py::arg("path"),
            "Writes the document atomically (a temporary file, then a rename).")
        .def_readonly("persons", &roster::persons, "The persons.")
        .def_readonly("appointments", &roster::appointments, "The appointments (Popolo memberships).")
        .def_readonly("meetings", &roster::meetings, "The meetings held.")
        .def("__repr__", [](const roster& r) {
            return "<Roster " + std::to_string(r.persons.size()) + " persons, " + std::to_string(r.appointments.size()) +
                   " appointments, " + std::to_string(r.meetings.size()) + " meetings>";
        });
    py::class_<seat_holder> sh(mod, "SeatHolder", "A person seated in a body for an organisation on a day.");
    sh.def_readonly("organisation_id", &seat_holder::organisation_id, "The organisation represented.")
        .def_readonly("person_id", &seat_holder::person_id, "The person (a pseudonym when redacted).")
        .def_readonly("name", &seat_holder::name, "The person's name, or None when redacted or not in the roster.")
        .def_readonly("roles", &seat_holder::roles, "The seat-holding roles of the day.")
        .def("__repr__", [](const seat_holder& h) { return "<SeatHolder " + h.organisation_id + " " + h.person_id + ">"; });
    add_value_state<seat_holder>(sh, member(&seat_holder::organisation_id), member(&seat_holder::person_id),
                                 member(&seat_holder::name), member(&seat_holder::roles));
    py::class_<body_seats> bs(mod, "BodySeats", "The seats of one body on a day.");
    bs.def_readonly("body_id", &body_seats::body_id, "The body.")
        .def_readonly("name", &body_seats::name, "The body's name, or None for a body the mandate does not set up.")
        .def_readonly("seats", &body_seats::seats, "The persons seated, by organisation then person.")
        .def_readonly("counts", &body_seats::counts, "Persons seated per organisation.")
        .def("__repr__", [](const body_seats& b) { return "<BodySeats " + b.body_id + ">"; });
    add_value_state<body_seats>(bs, member(&body_seats::body_id), member(&body_seats::name), member(&body_seats::seats),
                                member(&body_seats::counts));
    py::class_<secretary_on_day> so(mod, "SecretaryOnDay", "A secretary serving on a day.");
    so.def_readonly("person_id", &secretary_on_day::person_id, "The person (a pseudonym when redacted).")
        .def_readonly("name", &secretary_on_day::name, "The person's name, or None when redacted or not in the roster.")
        .def_readonly("organisation_id", &secretary_on_day::organisation_id, "The organisation that provides the secretary.");
    add_value_state<secretary_on_day>(so, member(&secretary_on_day::person_id), member(&secretary_on_day::name),
                                      member(&secretary_on_day::organisation_id));
    py::class_<day_seats> ds(mod, "DaySeats", "Who sits where on a day: the answer of Mandate.seats_on().");
    ds.def_readonly("day", &day_seats::day, "The day.")
        .def_readonly("in_force", &day_seats::in_force, "True when the mandate is in force that day.")
        .def_readonly("leading_organisation", &day_seats::leading_organisation, "The leading organisation, or None.")
        .def_readonly("bodies", &day_seats::bodies, "The seats per body: the mandate's bodies, then any other the roster names.")
        .def_readonly("secretaries", &day_seats::secretaries, "The secretaries serving that day.")
        .def_readonly("findings", &day_seats::findings, "The day's findings.")
        .def_property_readonly("has_errors", &day_seats::has_errors, "True when any finding of the day is an error.")
        .def(
            "to_dict", [](const day_seats& d) { return to_python_dict(to_json(d)); }, "The CLI's `roster --json` document.")
        .def("__repr__", [](const day_seats& d) { return "<DaySeats " + format_date(d.day) + ">"; });
    add_value_state<day_seats>(ds, member(&day_seats::day), member(&day_seats::in_force),
                               member(&day_seats::leading_organisation), member(&day_seats::bodies),
                               member(&day_seats::secretaries), member(&day_seats::findings));

    add_state<roster>(
        c, [](const roster& r) { return to_json(r).dump(); },
        [](const std::string& s) { return load_roster(s, pickle_limits()); });
}

}  // namespace mandat::python
