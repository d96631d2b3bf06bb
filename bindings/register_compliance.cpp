// The compliance check and its report.
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "common.hpp"

namespace mandat::python {

namespace {

// The mandate a report is drawn with: a Mandate as given, or for a History (a report across
// versions) the version in force on the report's last day (or the latest), under the report's
// id, as `mandat check --history --format html` draws it (docs/history.md).
struct drawn_mandate {
    std::optional<mandate> own;      // the version drawn for a History
    const mandate* given = nullptr;  // the Mandate given
    const mandate& get() const { return own ? *own : *given; }
};

drawn_mandate drawn(const report& r, const py::handle& arg, const char* method) {
    drawn_mandate d;
    if (py::isinstance<mandate>(arg)) {
        d.given = &arg.cast<const mandate&>();
        return d;
    }
    if (!py::isinstance<history>(arg))
        throw py::type_error(std::string(method) + ": mandate must be a Mandate or a History, not " +
                             py::type::of(arg).attr("__name__").cast<std::string>());
    d.own = drawn_version(arg.cast<const history&>(), r);
    return d;
}

using mandate_or_history = py::typing::Union<mandate, history>;

}  // namespace

void register_compliance(py::module_& mod) {  // NOLINT(readability-function-size): a table of definitions
    py::class_<year_summary> ys(mod, "YearSummary", "One calendar year in force of a report.");
    ys.def_readonly("year", &year_summary::year, "The calendar year.")
        .def_readonly("leading_organisation", &year_summary::leading_organisation, "The year's leading organisation.")
        .def_readonly("whole_year", &year_summary::whole_year, "The whole year lies inside the checked interval.")
        .def_readonly("meetings", &year_summary::meetings, "Meetings held per body.")
        .def_readonly("composition_breach_days", &year_summary::composition_breach_days,
                      "Days with a composition breach per body.")
        .def("__repr__",
             [](const year_summary& y) { return "<YearSummary " + std::to_string(y.year) + " " + y.leading_organisation + ">"; });
    add_value_state<year_summary>(ys, member(&year_summary::year), member(&year_summary::leading_organisation),
                                  member(&year_summary::whole_year), member(&year_summary::meetings),
                                  member(&year_summary::composition_breach_days));

    py::class_<report> c(mod, "Report", "The result of a compliance check: findings by date and a summary per year.");
    c.def_readonly("mandate_id", &report::mandate_id, "The id of the mandate checked against.")
        .def_readonly("start_date", &report::from, "The first day checked.")
        .def_readonly("end_date", &report::to, "The last day checked (inclusive).")
        .def_property_readonly(
            "lang", [](const report& r) { return std::string(to_string(r.lang)); }, "The language of the messages: 'en' or 'nb'.")
        .def_readonly("redacted", &report::redacted, "True when persons are pseudonymised.")
        .def_readonly("findings", &report::findings,
                      "The findings, by date, then severity (errors first), code, body, organisation.")
        .def_readonly("years", &report::years, "A summary per calendar year in force.")
        .def_property_readonly(
            "counts",
            [](const report& r) {
                return std::map<std::string, std::size_t>{{"error", r.count(severity::error)},
                                                          {"warning", r.count(severity::warning)},
                                                          {"info", r.count(severity::info)}};
            },
            "Findings per severity: {'error': n, 'warning': n, 'info': n}.")
        .def_property_readonly("has_errors", &report::has_errors, "True when any finding is an error.")
        .def(
            "to_dict", [](const report& r) { return to_python_dict(to_json(r)); }, "The report as a dict (the CLI's JSON).")
        .def(
            "to_json", [](const report& r) { return to_json(r).dump(2); }, "The report as JSON text.")
        .def_static(
            "from_json", [](const std::string& s) { return report_from_json(parse_json(s)); }, py::arg("text"),
            "A report from the JSON text that to_json gives (raises DocumentError with the JSON pointer).")
        .def(
            "text", [](const report& r, const mandate& m) { return format_report(m, r); }, py::arg("mandate"),
            "The report as readable text in its language.")
        .def(
            "to_html",
            [](const report& r, const py::typing::Optional<mandate_or_history>& m, const py::typing::Optional<roster>& ro,
               bool standalone, bool compact) {
                if (m.is_none() != ro.is_none())
                    throw py::type_error("to_html takes the mandate and the roster together, or neither");
                const html_options o{standalone, compact};
                if (m.is_none()) {
                    py::gil_scoped_release release;
                    return to_html(r, o);
                }
                const drawn_mandate md = drawn(r, m, "to_html");
                if (!py::isinstance<roster>(ro))
                    throw py::type_error("to_html: roster must be a Roster, not " +
                                         std::string(py::type::of(ro).attr("__name__").cast<std::string>()));
                const roster& rd = ro.cast<const roster&>();
                py::gil_scoped_release release;
                return to_html(md.get(), rd, r, o);
            },
            py::arg("mandate") = py::none(), py::arg("roster") = py::none(), py::kw_only(), py::arg("standalone") = true,
            py::arg("compact") = false,
            "The report as one self-contained HTML page (docs/report.md). With the mandate and the roster it was made "
            "from: the timeline per body, the organisation chart, the persons and the clause texts; without them the "
            "report alone. A report across versions takes its History: the page draws the version in force on the "
            "report's last day (or the latest). standalone=False gives a fragment to embed; compact=True only the header, the "
            "timeline and "
            "the findings.")
        .def(
            "timeline",
            [](const report& r, const mandate_or_history& m, const roster& ro) {
                const drawn_mandate md = drawn(r, m, "timeline");
                py::gil_scoped_release release;
                return make_timeline(md.get(), ro, r);
            },
            py::arg("mandate"), py::arg("roster"),
            "Who held which seat when, per body, with the breaches placed: what the HTML timeline and plot_timeline draw. "
            "A report across versions takes its History and draws the version in force on its last day (or the latest).")
        .def(
            "_drawn_mandate", [](const report& r, const mandate_or_history& m) { return drawn(r, m, "plot_timeline").get(); },
            py::arg("mandate"),
            "The mandate the report is drawn with: a Mandate as given; for a History, the version in force on the "
            "report's last day (or the latest) under the report's id.")
        .def("__len__", [](const report& r) { return r.findings.size(); })
        .def("__repr__", [](const report& r) {
            return "<Report " + r.mandate_id + " " + format_date(r.from) + ".." + format_date(r.to) + ": " + "error " +
                   std::to_string(r.count(severity::error)) + ", warning " + std::to_string(r.count(severity::warning)) +
                   ", info " + std::to_string(r.count(severity::info)) + ">";
        });
    add_state<report>(
        c, [](const report& r) { return to_json(r).dump(); },
        [](const std::string& s) { return report_from_json(parse_json(s, pickle_limits())); });

    mod.def(
        "check",
        [](const mandate& m, const roster& r, std::optional<date> start, std::optional<date> end, const std::string& lang,
           bool redact, bool every_absent) {
            const check_options o = make_check_options(start, end, lang, redact, every_absent);
            py::gil_scoped_release release;
            return check_compliance(m, r, o);
        },
        py::arg("mandate"), py::arg("roster"), py::kw_only(), py::arg("start_date") = py::none(),
        py::arg("end_date") = py::none(), py::arg("lang") = "en", py::arg("redact") = false, py::arg("every_absent") = false,
        "Checks a roster against a mandate over start_date..end_date (inclusive; default: the mandate's period). "
        "Runs in C++ without the GIL.");
    mod.def("pseudonym", &pseudonym, py::arg("person_id"), "The stable pseudonym a redacted report gives a person id.");
    mod.def(
        "finding_codes", [] { return std::vector<std::string>(std::begin(codes::all), std::end(codes::all)); },
        "Every code a finding of the compliance check may carry (mandat::codes::all), as a new list: the table of "
        "docs/findings.md. The codes of lint are lint_codes().");
}

}  // namespace mandat::python
