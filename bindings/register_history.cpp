// Histories of mandate versions: loading, queries across versions, the check, renewal.
#include <memory>

#include "common.hpp"

namespace mandat::python {

namespace {

report check_history(const history& h, const roster& r, std::optional<date> start, std::optional<date> end,
                     const std::string& lang, bool redact, bool every_absent) {
    const check_options o = make_check_options(start, end, lang, redact, every_absent);
    py::gil_scoped_release release;
    return check_compliance(h, r, o);
}

}  // namespace

void declare_history(py::module_& mod) {
    py::class_<history>(mod, "History",
                        "The versions of a mandate over time: renewals and amendments, the span each is in force, the gaps. "
                        "Load one with mandat.load_history().");
}

void register_history(py::module_& mod) {  // NOLINT(readability-function-size): a table of definitions
    py::class_<version_span> vs(mod, "VersionSpan", "The days one version governs.");
    vs.def_readonly("version", &version_span::version, "The index of the version in History.versions.")
        .def_readonly("start_date", &version_span::first, "The first day.")
        .def_readonly("end_date", &version_span::last, "The last day (inclusive).")
        .def("__repr__", [](const version_span& s) {
            return "<VersionSpan " + std::to_string(s.version) + " " + format_date(s.first) + ".." + format_date(s.last) + ">";
        });
    add_value_state<version_span>(vs, member(&version_span::version), member(&version_span::first), member(&version_span::last));

    auto c = py::reinterpret_borrow<py::class_<history>>(mod.attr("History"));  // declared by declare_history
    c.def_static(
         "from_json", [](const std::string& text) { return load_history(text); }, py::arg("text"),
         "A history from a JSON document (raises DocumentError with the JSON pointer).")
        .def_static(
            "from_file", [](const std::string& path) { return load_history_file(path); }, py::arg("path"),
            "A history from a JSON file.")
        .def_static(
            "of", [](const mandate& m) { return history::of(m); }, py::arg("mandate"), "The history of one mandate.")
        .def(
            "to_json", [](const history& h) { return dump_history(h); }, "The history document as JSON text.")
        .def(
            "save", [](const history& h, const std::string& path) { save_history_file(h, path); }, py::arg("path"),
            "Writes the document atomically.")
        .def(
            "to_html",
            [](const history& h, const std::string& lang, bool standalone) {
                return to_html(h, parse_lang(lang), html_options{standalone, false});
            },
            py::arg("lang") = "en", py::kw_only(), py::arg("standalone") = true,
            "The versions as HTML in 'en' or 'nb': id, status, the days in force and the provenance of each, then the "
            "gaps. standalone=False gives a fragment to embed.")
        .def_property_readonly("id", &history::id, "The history's id.")
        .def_property_readonly("title", &history::title, "The title.")
        .def_property_readonly(
            "versions",
            [](const history& h) {
                std::vector<mandate> out;
                for (const auto& v : h.versions()) out.push_back(v.m);
                return out;
            },
            "Every version, as a Mandate, in the document's order (status and provenance on each).")
        .def_property_readonly("spans", &history::spans, "The spans in force, by date.")
        .def(
            "gaps", [](const history& h, date first, date last) { return h.gaps(first, last); }, py::arg("start_date"),
            py::arg("end_date"), "The days from start_date to end_date under no version, as (first, last) pairs.")
        .def(
            "version_on",
            [](const history& h, date d) -> std::optional<mandate> {
                const auto* v = h.version_on(d);
                return v ? std::optional<mandate>(v->m) : std::nullopt;
            },
            py::arg("day"), "The version (a Mandate) in force on the day, or None.")
        .def(
            "version_in",
            [](const history& h, long long year) -> std::optional<mandate> {
                require_year(year);
                const auto* v = h.version_in(static_cast<int>(year));
                return v ? std::optional<mandate>(v->m) : std::nullopt;
            },
            py::arg("year"),
            "The version (a Mandate) in force on the year's first day in force, or None: the one that decides the "
            "year's leadership and plan.")
        .def(
            "version_for", [](const history& h, date d) { return h.version_for(d).m; }, py::arg("day"),
            "The version a question about the day is answered by: the one in force that day, else the latest.")
        .def(
            "latest", [](const history& h) { return h.latest().m; },
            "The latest version in time (a Mandate): the one in force on the last day any version is in force, "
            "whatever its place in the list; when all are drafts, the one whose period starts last. The CLI's "
            "`renew --history` renews it.")
        .def("in_force", &history::in_force, py::arg("day"), "Is any version in force on the day?")
        .def(
            "leadership",
            [](const history& h, date day, bool extrapolate) -> std::optional<std::pair<leadership, std::string>> {
                auto l = h.leadership_on(day, extrapolate);
                if (!l) return std::nullopt;
                return std::make_pair(l->leadership, l->version);
            },
            py::arg("day"), py::arg("extrapolate") = false,
            "(Leadership, version id) on a day, decided by the version in force that day; None when none is.")
        .def(
            "leadership",
            [](const history& h, long long year, bool extrapolate) -> std::optional<std::pair<leadership, std::string>> {
                require_year(year);
                auto l = h.leadership_in(static_cast<int>(year), extrapolate);
                if (!l) return std::nullopt;
                return std::make_pair(l->leadership, l->version);
            },
            py::arg("year"), py::arg("extrapolate") = false,
            "(Leadership, version id) in a year, decided by the version in force on its first day in force.")
        .def("check", &check_history, py::arg("roster"), py::kw_only(), py::arg("start_date") = py::none(),
             py::arg("end_date") = py::none(), py::arg("lang") = "en", py::arg("redact") = false, py::arg("every_absent") = false,
             "Checks a roster across the versions: each day by the version in force that day; findings name their version.")
        .def("__len__", [](const history& h) { return h.versions().size(); })
        .def("__repr__",
             [](const history& h) { return "<History " + h.id() + ": " + std::to_string(h.versions().size()) + " versions>"; });
    add_state<history>(
        c, [](const history& h) { return dump_history(h); },
        [](const std::string& s) { return load_history(s, pickle_limits()); });

    mod.def("check", &check_history, py::arg("mandate"), py::arg("roster"), py::kw_only(), py::arg("start_date") = py::none(),
            py::arg("end_date") = py::none(), py::arg("lang") = "en", py::arg("redact") = false, py::arg("every_absent") = false,
            "Checks a roster against a History: each day by the version in force that day.");
    mod.def(
        "renew",
        [](const mandate& predecessor, date start, int years, const std::string& id) {
            return renew(predecessor, start, years, id);
        },
        py::arg("mandate"), py::arg("start_date"), py::arg("years") = 4, py::arg("id") = "",
        "A draft successor: a new id, status draft, the new period, everything else carried over, replacing the predecessor.");
}

}  // namespace mandat::python
