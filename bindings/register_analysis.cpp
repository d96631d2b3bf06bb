// Lint and diff: the consistency proof of a mandate, and the changes between two mandates.
#include <iterator>
#include <string>
#include <vector>

#include "common.hpp"

namespace mandat::python {

namespace {

// One change as its entry of the diff's JSON (docs/lint-and-diff.md).
json_dict change_dict(const mandate_change& c) {
    mandate_diff one;
    one.changes.push_back(c);
    return to_python_dict(to_json(one)["changes"][0]);
}

std::optional<std::string> unless_empty(const std::string& s) { return s.empty() ? std::nullopt : std::optional<std::string>(s); }

}  // namespace

void register_analysis(py::module_& mod) {  // NOLINT(readability-function-size): a table of definitions
    py::class_<word_op> wo(mod, "WordOp", "A run of consecutive words of a text diff that were kept, added or removed.");
    wo.def_property_readonly(
          "op", [](const word_op& w) { return std::string(to_string(w.op)); }, "'same', 'added' or 'removed'.")
        .def_readonly("text", &word_op::text, "The words, joined by one space; a line break of the text is '\\n'.")
        .def(
            "__eq__",
            [](const word_op& a, const py::object& b) { return py::isinstance<word_op>(b) && a == b.cast<const word_op&>(); },
            py::arg("other"))
        .def("__repr__", [](const word_op& w) { return std::string("<WordOp ") + to_string(w.op) + " " + w.text + ">"; })
        .attr("__hash__") = py::none();
    add_value_state<word_op>(wo, member(&word_op::op), member(&word_op::text));

    py::class_<mandate_change> ch(mod, "Change", "One difference between two mandates.");
    ch.def_readonly("kind", &mandate_change::kind, "What changed, e.g. 'quota.changed', 'clause.text', 'period'.")
        .def_property_readonly(
            "clause", [](const mandate_change& c) { return unless_empty(c.clause); },
            "The clause id the change belongs to, or None (id, status, provenance).")
        .def_readonly("pointer", &mandate_change::pointer,
                      "A JSON pointer into the document form: of the mandate after, or before for a removal.")
        .def_readonly("before", &mandate_change::before, "The value before, as short text; None for an addition.")
        .def_readonly("after", &mandate_change::after, "The value after, as short text; None for a removal.")
        .def_readonly("words", &mandate_change::words,
                      "For 'clause.text' and 'clause.heading': the word diff of the Norwegian text; empty otherwise.")
        .def("to_dict", &change_dict, "The change as a dict, as in the diff's JSON.")
        .def(
            "__eq__",
            [](const mandate_change& a, const py::object& b) {
                return py::isinstance<mandate_change>(b) && a == b.cast<const mandate_change&>();
            },
            py::arg("other"))
        .def("__repr__", [](const mandate_change& c) { return "<Change " + c.kind + " " + c.pointer + ">"; })
        .attr("__hash__") = py::none();
    add_value_state<mandate_change>(ch, member(&mandate_change::kind), member(&mandate_change::clause),
                                    member(&mandate_change::pointer), member(&mandate_change::before),
                                    member(&mandate_change::after), member(&mandate_change::words));

    py::class_<mandate_diff> d(mod, "MandateDiff", "The changes from one mandate to another, clause by clause.");
    d.def_readonly("before_id", &mandate_diff::before_id, "The id of the mandate before.")
        .def_readonly("after_id", &mandate_diff::after_id, "The id of the mandate after.")
        .def_readonly("changes", &mandate_diff::changes, "The changes, grouped by clause in the order of the clauses after.")
        .def_property_readonly("empty", &mandate_diff::empty, "True when the two mandates are equal.")
        .def(
            "text", [](const mandate_diff& x, const std::string& lang) { return format_diff(x, parse_lang(lang)); },
            py::arg("lang") = "en", "The diff as readable text: 'en' or 'nb'.")
        .def(
            "to_dict", [](const mandate_diff& x) { return to_python_dict(to_json(x)); },
            "The diff as a dict (mandat.diff/1, the JSON of `mandat diff --json`).")
        .def(
            "to_json", [](const mandate_diff& x) { return to_json(x).dump(2); }, "The diff as JSON text (mandat.diff/1).")
        .def_static(
            "from_json", [](const std::string& s) { return mandate_diff_from_json(parse_json(s)); }, py::arg("text"),
            "A diff from the JSON text that to_json gives (raises DocumentError with the JSON pointer).")
        .def("__len__", [](const mandate_diff& x) { return x.changes.size(); })
        .def("__repr__", [](const mandate_diff& x) {
            return "<MandateDiff " + x.before_id + " -> " + x.after_id + ": " + std::to_string(x.changes.size()) + " changes>";
        });
    add_state<mandate_diff>(
        d, [](const mandate_diff& x) { return to_json(x).dump(); },
        [](const std::string& s) { return mandate_diff_from_json(parse_json(s, pickle_limits())); });

    mod.def(
        "lint",
        [](const mandate& m, const std::string& lang) {
            const language l = parse_lang(lang);
            py::gil_scoped_release release;
            return lint(m, l);
        },
        py::arg("mandate"), py::arg("lang") = "en",
        "Proves that the mandate can be obeyed and that its quotes agree with its data: the findings (lint.* codes; "
        "errors, and info for quotes carried over from the predecessor), none for a sound mandate. Never raises for the "
        "mandate's content.");
    mod.def(
        "diff",
        [](const mandate& before, const mandate& after) {
            py::gil_scoped_release release;
            return diff_mandates(before, after);
        },
        py::arg("before"), py::arg("after"), "The changes from one mandate to another, clause by clause.");
    mod.def(
        "lint_codes", [] { return std::vector<std::string>(std::begin(lint_codes::all), std::end(lint_codes::all)); },
        "Every code a finding of lint may carry (mandat::lint_codes::all), as a new list: the table of "
        "docs/lint-and-diff.md.");
}

}  // namespace mandat::python
