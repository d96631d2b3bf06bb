// Shared by the binding files: the registration functions and small helpers.
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/typing.h>

#include <nlohmann/json.hpp>

#include <string>

#include "date_caster.hpp"
#include "mandat/json.hpp"
#include "mandat/mandat.hpp"

namespace py = pybind11;

namespace mandat::python {

void register_errors(py::module_& m);
void register_values(py::module_& m);
void register_mandate(py::module_& m);
void register_roster(py::module_& m);
void register_timeline(py::module_& m);
void register_compliance(py::module_& m);
void register_analysis(py::module_& m);
void register_cli(py::module_& m);
void register_history(py::module_& m);
void register_spreadsheet(py::module_& m);

// The version of the pickled state of every class; old states stay loadable.
inline constexpr int pickle_version = 1;

// JSON values cross into Python through the standard json module, so that what a Python user
// gets is plain dicts, lists, strings and numbers.
inline py::object to_python(const nlohmann::json& j) { return py::module_::import("json").attr("loads")(j.dump()); }

// A JSON object as a typed dict (dict[str, Any] in the stubs).
using json_dict = py::typing::Dict<py::str, py::object>;
inline json_dict to_python_dict(const nlohmann::json& j) { return py::reinterpret_borrow<json_dict>(to_python(j)); }

inline nlohmann::json from_python(const py::handle& obj) {
    const std::string text = py::module_::import("json").attr("dumps")(obj, py::arg("ensure_ascii") = false).cast<std::string>();
    return nlohmann::json::parse(text);
}

inline language parse_lang(const std::string& lang) {
    auto l = parse_language(lang);
    if (!l) throw query_error("query.invalid_language", "unknown language \"" + lang + "\" (expected \"en\" or \"nb\")");
    return *l;
}

// The options of a check from Python's keyword arguments.
inline check_options make_check_options(std::optional<date> start, std::optional<date> end, const std::string& lang,
                                        bool redact) {
    check_options o;
    o.from = start;
    o.to = end;
    o.lang = parse_lang(lang);
    o.redact = redact;
    return o;
}

// __getstate__/__setstate__ as (version, JSON text), and __copy__/__deepcopy__, for a class
// with to_json/from-JSON functions.
template <class T, class Class, class Dump, class Load>
void add_state(Class& cls, Dump dump, Load load) {
    using state_t = py::typing::Tuple<py::int_, py::str>;
    cls.def(py::pickle(
        [dump](const T& v) { return py::reinterpret_steal<state_t>(py::make_tuple(pickle_version, dump(v)).release()); },
        [load](const state_t& state) {
            if (state.size() != 2 || state[0].cast<int>() != pickle_version)
                throw query_error("query.unsupported_pickle", "unsupported pickled state");
            return load(state[1].cast<std::string>());
        }));
    cls.def("__copy__", [](const T& v) { return T(v); });
    cls.def(
        "__deepcopy__", [](const T& v, const py::typing::Dict<py::int_, py::object>&) { return T(v); }, py::arg("memo"));
    // Equal values of the same class compare equal; anything else is unequal.
    cls.def(
        "__eq__", [](const T& a, const py::object& b) { return py::isinstance<T>(b) && a == b.cast<const T&>(); },
        py::arg("other"));
    cls.def(
        "__ne__", [](const T& a, const py::object& b) { return !(py::isinstance<T>(b) && a == b.cast<const T&>()); },
        py::arg("other"));
    cls.attr("__hash__") = py::none();
}

}  // namespace mandat::python
