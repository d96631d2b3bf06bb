// The Mandate class: loading, queries, composition checks (scalar and NumPy batch, in
// composition.cpp).
#include <memory>
#include <string>
#include <vector>

#include "common.hpp"
#include "composition.hpp"

namespace mandat::python {

namespace {

using mandate_ptr = std::shared_ptr<mandate>;

mandate_ptr embedded() {
    static const mandate_ptr m = std::make_shared<mandate>(trondelag_2022());
    return m;
}

}  // namespace

void register_mandate(py::module_& mod) {  // NOLINT(readability-function-size): a table of definitions
    py::class_<mandate, mandate_ptr> c(mod, "Mandate",
                                       "A mandate as data, and the queries it answers. Immutable; load one with "
                                       "mandat.trondelag() or mandat.load_mandate().");
    c.def_static(
         "from_json", [](const std::string& text) { return std::make_shared<mandate>(load_mandate(text)); }, py::arg("text"),
         "A mandate from a JSON document (raises DocumentError with the JSON pointer).")
        .def_static(
            "from_file", [](const std::string& path) { return std::make_shared<mandate>(load_mandate_file(path)); },
            py::arg("path"), "A mandate from a JSON file.")
        .def(
            "to_json", [](const mandate& m) { return dump_mandate(m); }, "The mandate document as JSON text.")
        .def(
            "to_dict", [](const mandate& m) { return to_python_dict(to_json(m)); }, "The mandate document as a dict.")
        .def(
            "to_html",
            [](const mandate& m, const std::string& lang, bool standalone) {
                return to_html(m, parse_lang(lang), html_options{standalone, false});
            },
            py::arg("lang") = "en", py::kw_only(), py::arg("standalone") = true,
            "The mandate at a glance as HTML: the organisation chart, the bodies and quotas, the rotation. "
            "standalone=False gives a fragment to embed.")
        .def(
            "save", [](const mandate& m, const std::string& path) { save_mandate_file(m, path); }, py::arg("path"),
            "Writes the document atomically (a temporary file, then a rename).")
        .def_readonly("id", &mandate::id, "The mandate's id.")
        .def_readonly("title", &mandate::title, "The title in the source text.")
        .def_readonly("organisations", &mandate::organisations, "Every organisation the mandate names.")
        .def_property_readonly(
            "parties", [](const mandate& m) { return m.parties.organisation_ids; }, "The parties' organisation ids (R1).")
        .def_readonly("bodies", &mandate::bodies, "The bodies it sets up.")
        .def_readonly("clauses", &mandate::clauses, "Every clause, verbatim, in the order of the text.")
        .def_property_readonly(
            "status", [](const mandate& m) { return std::string(to_string(m.status)); }, "'draft', 'adopted' or 'superseded'.")
        .def_property_readonly(
            "replaces", [](const mandate& m) { return m.provenance ? m.provenance->replaces : std::nullopt; },
            "The id of the version this one succeeds, or None.")
        .def_property_readonly(
            "amends", [](const mandate& m) { return m.provenance ? m.provenance->amends : std::nullopt; },
            "The id of the version this one amends, or None.")
        .def_property_readonly(
            "carried_over",
            [](const mandate& m) { return m.provenance ? m.provenance->carried_over : std::vector<std::string>(); },
            "The clause ids whose text is the predecessor's, not yet signed for this version.")
        .def_property_readonly(
            "period", [](const mandate& m) { return m.validity.in_force; }, "The period in force (R11).")
        .def_property_readonly("start_date", &mandate::first_day, "The first day in force.")
        .def_property_readonly("end_date", &mandate::last_day, "The last day in force (inclusive).")
        .def_property_readonly(
            "signed", [](const mandate& m) { return m.signature.signed_on.to_string(); },
            "The signing date as written: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' ('2022-02').")
        .def_property_readonly(
            "rotation", [](const mandate& m) { return m.rotation.order; }, "The organisations taking turns (R6).")
        .def(
            "in_force", [](const mandate& m, date d) { return m.in_force(d); }, py::arg("day"),
            "Is the mandate in force on this day? (R11)")
        .def(
            "leading_organisation", [](const mandate& m, date day) { return m.leading_organisation(day); }, py::arg("when"),
            "The leading organisation on a day, or None when the mandate is not in force that day (R6). It provides the "
            "steering-group leader, the working-committee coordinator and the secretary.")
        .def(
            "leading_organisation",
            [](const mandate& m, long long year) {
                require_year(year);
                return m.leading_organisation(static_cast<int>(year));
            },
            py::arg("when"), "The leading organisation in a year, or None when no day of the year is in force (R6).")
        .def(
            "leadership", [](const mandate& m, date day, bool extrapolate) { return m.leadership_on(day, extrapolate); },
            py::arg("day"), py::arg("extrapolate") = false,
            "The leadership on a day, or None when the mandate is not in force that day; with extrapolate=True the rotation "
            "continued, marked extrapolated.")
        .def(
            "leadership",
            [](const mandate& m, long long year, bool extrapolate) {
                require_year(year);
                return m.leadership_in(static_cast<int>(year), extrapolate);
            },
            py::arg("year"), py::arg("extrapolate") = false,
            "The leadership of a year, or None outside the mandate; with extrapolate=True the rotation continued, marked "
            "extrapolated.")
        .def(
            "seats_on",
            [](const mandate& m, const roster& r, date day, const std::string& lang, bool redact) {
                check_options o;
                o.lang = parse_lang(lang);
                o.redact = redact;
                py::gil_scoped_release release;
                return seats_on(m, r, day, o);
            },
            py::arg("roster"), py::arg("day"), py::kw_only(), py::arg("lang") = "en", py::arg("redact") = false,
            "Who holds which seat on a day, the secretaries, who leads, and that day's findings (the CLI's `roster`).")
        .def(
            "body", [](const mandate& m, const std::string& id) { return m.get_body(id); }, py::arg("body_id"), "A body by id.")
        .def(
            "clause", [](const mandate& m, const std::string& id) { return m.get_clause(id); }, py::arg("clause_id"),
            "A clause by id.")
        .def(
            "quotas", [](const mandate& m, const std::string& id) { return m.quotas(id); }, py::arg("body_id"),
            "The seat quotas of a body.")
        .def(
            "meeting_rule", [](const mandate& m, const std::string& id) { return m.meeting_rule(id); }, py::arg("body_id"),
            "The meeting rule of a body, or None.")
        .def(
            "check_composition", &check_composition, py::arg("body_id"), py::arg("counts"), py::arg("lang") = "en",
            "Findings for head counts per organisation ({'ks': 2, ...}) against the body's quotas (R5, R9). An organisation left "
            "out counts as 0.")
        .def("check_compositions", &check_batch, py::arg("body_id"), py::arg("counts"), py::arg("organisations"),
             "Many compositions at once: `counts` is a 2-D integer array, a row per scenario and a column per organisation of "
             "`organisations`. Returns a boolean array: True where the row gives no error finding, exactly as check_composition "
             "would. Runs in C++ without the GIL.")
        .def("__repr__", [](const mandate& m) {
            return "<Mandate " + m.id + " " + format_date(m.first_day()) + ".." + format_date(m.last_day()) + ">";
        });
    install_fast_check_composition(c);
    add_state<mandate>(
        c, [](const mandate& m) { return dump_mandate(m); },
        [](const std::string& s) { return std::make_shared<mandate>(load_mandate(s, pickle_limits())); });

    mod.def("validate", &validate, py::arg("mandate"),
            "Checks that a mandate holds together (references, quotas, rotation, quotes); raises DocumentError with the JSON "
            "pointer of the offending value. Every loaded mandate has passed it.");
    mod.def("trondelag", &embedded, "The embedded Trøndelag FoUI partnership mandate 2022-2025.");
    mod.def(
        "source_text", [] { return std::string(trondelag_2022_source_text()); },
        "The authoritative Norwegian source text of the embedded mandate.");
}

}  // namespace mandat::python
