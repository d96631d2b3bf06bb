// The compiled module mandat._core. Each area registers itself from its own file.
#include "common.hpp"

PYBIND11_MODULE(_core, m, py::mod_gil_not_used()) {
    m.doc() = "The Trøndelag FoUI partnership mandate as executable rules (compiled core of the mandat package).";
    m.attr("__version__") = mandat::version;
    mandat::python::register_errors(m);
    mandat::python::register_values(m);
    mandat::python::register_roster(m);  // before Mandate, whose seats_on names Roster and DaySeats
    mandat::python::register_mandate(m);
    mandat::python::register_spreadsheet(m);  // after Roster, which its functions name
    mandat::python::register_timeline(m);     // before Report, whose timeline() returns a Timeline
    mandat::python::declare_history(m);       // before Report, whose to_html() and timeline() take a History
    mandat::python::register_compliance(m);
    mandat::python::register_history(m);
    mandat::python::register_analysis(m);  // after Finding and Mandate, which lint and diff name
    mandat::python::register_formats(m);   // after Roster and Mandate, which the planner and to_ics name
    mandat::python::register_cli(m);
}
