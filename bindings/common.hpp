// Shared by the binding files: the registration functions and small helpers.
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/typing.h>

#include <nlohmann/json.hpp>

#include <limits>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "date_caster.hpp"
#include "mandat/json.hpp"
#include "mandat/mandat.hpp"

namespace py = pybind11;

namespace pybind11::detail {

// Text crosses as str only: a bytes object is a wrong type (pybind11 would take it, bytes that
// are not UTF-8 included, and hand them back later as a UnicodeDecodeError). Text from C++ that
// is not UTF-8 shows its bytes as \xNN instead of raising.
template <>
struct type_caster<std::string> : string_caster<std::string> {
    bool load(handle src, bool convert) {
        if (!src || !PyUnicode_Check(src.ptr())) return false;
        return string_caster<std::string>::load(src, convert);
    }
    static handle cast(const std::string& s, return_value_policy, handle) {
        PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "backslashreplace");
        if (!o) throw error_already_set();
        return o;
    }
};

// An instance made with Cls.__new__(Cls) and never initialised has no C++ value: pybind11
// would hand out uninitialised memory for it (it allocates the value lazily, for __init__).
// Every class of the module is taken through this caster, which refuses such an instance
// with a TypeError before pybind11 looks at its value, and None as a wrong type.
template <class T>
struct constructed_caster : type_caster_base<T> {
    bool load(handle src, bool convert) {
        // None is not an object: pybind11 would make it a null pointer, which a method bound
        // from a member function (a property such as Body.min_size) then calls through.
        if (!src || src.is_none()) return false;
        static const type_info* tinfo = get_type_info(typeid(T));
        if (tinfo && PyObject_TypeCheck(src.ptr(), tinfo->type)) {
            auto v_h = reinterpret_cast<instance*>(src.ptr())->get_value_and_holder(tinfo, false);
            // No value yet (an instance returned by reference has a value but no holder).
            if (v_h.inst != nullptr && v_h.value_ptr() == nullptr)
                throw type_error(std::string("this ") + tinfo->type->tp_name +
                                 " was never initialised (made with __new__ and no __init__ or __setstate__)");
        }
        return type_caster_base<T>::load(src, convert);
    }
};

}  // namespace pybind11::detail

// Every class the module registers, taken through constructed_caster.
#define MANDAT_CONSTRUCTED_CASTER(T) \
    template <>                      \
    struct pybind11::detail::type_caster<T> : constructed_caster<T> {};
MANDAT_CONSTRUCTED_CASTER(mandat::mandate)
MANDAT_CONSTRUCTED_CASTER(mandat::roster)
MANDAT_CONSTRUCTED_CASTER(mandat::history)
MANDAT_CONSTRUCTED_CASTER(mandat::report)
MANDAT_CONSTRUCTED_CASTER(mandat::finding)
MANDAT_CONSTRUCTED_CASTER(mandat::year_summary)
MANDAT_CONSTRUCTED_CASTER(mandat::period)
MANDAT_CONSTRUCTED_CASTER(mandat::citation)
MANDAT_CONSTRUCTED_CASTER(mandat::organisation)
MANDAT_CONSTRUCTED_CASTER(mandat::seat_quota)
MANDAT_CONSTRUCTED_CASTER(mandat::meeting_frequency)
MANDAT_CONSTRUCTED_CASTER(mandat::body)
MANDAT_CONSTRUCTED_CASTER(mandat::clause)
MANDAT_CONSTRUCTED_CASTER(mandat::leadership)
MANDAT_CONSTRUCTED_CASTER(mandat::person)
MANDAT_CONSTRUCTED_CASTER(mandat::appointment)
MANDAT_CONSTRUCTED_CASTER(mandat::meeting)
MANDAT_CONSTRUCTED_CASTER(mandat::seat_holder)
MANDAT_CONSTRUCTED_CASTER(mandat::body_seats)
MANDAT_CONSTRUCTED_CASTER(mandat::secretary_on_day)
MANDAT_CONSTRUCTED_CASTER(mandat::day_seats)
MANDAT_CONSTRUCTED_CASTER(mandat::role_span)
MANDAT_CONSTRUCTED_CASTER(mandat::tenure)
MANDAT_CONSTRUCTED_CASTER(mandat::lane)
MANDAT_CONSTRUCTED_CASTER(mandat::breach)
MANDAT_CONSTRUCTED_CASTER(mandat::meeting_mark)
MANDAT_CONSTRUCTED_CASTER(mandat::body_timeline)
MANDAT_CONSTRUCTED_CASTER(mandat::timeline)
MANDAT_CONSTRUCTED_CASTER(mandat::word_op)
MANDAT_CONSTRUCTED_CASTER(mandat::mandate_change)
MANDAT_CONSTRUCTED_CASTER(mandat::mandate_diff)
MANDAT_CONSTRUCTED_CASTER(mandat::version_span)
MANDAT_CONSTRUCTED_CASTER(mandat::spreadsheet_table)
MANDAT_CONSTRUCTED_CASTER(mandat::holiday)
MANDAT_CONSTRUCTED_CASTER(mandat::planned_meeting)
MANDAT_CONSTRUCTED_CASTER(mandat::meeting_plan)
#undef MANDAT_CONSTRUCTED_CASTER

namespace mandat::python {

void register_errors(py::module_& m);
void register_values(py::module_& m);
void register_mandate(py::module_& m);
void register_roster(py::module_& m);
void register_timeline(py::module_& m);
void register_compliance(py::module_& m);
void register_analysis(py::module_& m);
void register_cli(py::module_& m);
void declare_history(py::module_& m);  // the History class alone, before Report, whose methods name it
void register_history(py::module_& m);
void register_formats(py::module_& m);
void register_spreadsheet(py::module_& m);

// The version of the pickled state of every class; old states stay loadable.
inline constexpr int pickle_version = 1;

// JSON values cross into Python through the standard json module, so that what a Python user
// gets is plain dicts, lists, strings and numbers.
inline py::object to_python(const nlohmann::json& j) { return py::module_::import("json").attr("loads")(j.dump()); }

// A JSON object as a typed dict (dict[str, Any] in the stubs).
using json_dict = py::typing::Dict<py::str, py::object>;
inline json_dict to_python_dict(const nlohmann::json& j) { return py::reinterpret_borrow<json_dict>(to_python(j)); }

// Read through the library's JSON reader (mandat/json.hpp), as a document file is: a whole number
// too large for 64 bits is refused with its pointer (document.out_of_range), never turned into a
// float, and the depth and string limits hold. A value built in Python has no file to bound, so
// the size limit is lifted (a pickle of a large roster must come back).
// A value Python cannot write as JSON is a DocumentError too: nested past Python's recursion
// limit (document.too_deep), or holding itself, a text with a lone surrogate or a number that is
// not finite (document.invalid_value); a value of a type JSON has no form for stays a TypeError.
inline nlohmann::json from_python(const py::handle& obj) {
    std::string text;
    try {
        text = py::bytes(py::module_::import("json")
                             .attr("dumps")(obj, py::arg("ensure_ascii") = false, py::arg("allow_nan") = false)
                             .attr("encode")("utf-8"));
    } catch (py::error_already_set& e) {
        if (e.matches(PyExc_RecursionError))
            throw document_error(errors::document_too_deep, "", "the value is nested deeper than Python can write as JSON");
        if (e.matches(PyExc_ValueError))
            throw document_error(errors::document_invalid_value, "", std::string("the value has no JSON form: ") + e.what());
        throw;
    }
    load_limits limits;
    limits.max_bytes = std::numeric_limits<std::size_t>::max();
    return parse_json(text, limits);
}

inline language parse_lang(const std::string& lang) {
    auto l = parse_language(lang);
    if (!l) throw query_error(errors::query_invalid_language, "unknown language \"" + lang + "\" (expected \"en\" or \"nb\")");
    return *l;
}

// The options of a check from Python's keyword arguments.
inline check_options make_check_options(std::optional<date> start, std::optional<date> end, const std::string& lang, bool redact,
                                        bool every_absent = false) {
    check_options o;
    o.every_absent = every_absent;
    o.from = start;
    o.to = end;
    o.lang = parse_lang(lang);
    o.redact = redact;
    return o;
}

// The limits of a document read back from a pickle: the size of whatever could be pickled.
inline load_limits pickle_limits() {
    load_limits l;
    l.max_bytes = std::numeric_limits<std::size_t>::max();
    return l;
}

// Refuses a pickled state that is not (version, payload) with a known version.
inline void require_state(const py::tuple& state) {
    if (state.size() != 2 || !py::isinstance<py::int_>(state[0]) || state[0].cast<py::int_>().not_equal(py::int_(pickle_version)))
        throw query_error(errors::query_unsupported_pickle, "unsupported pickled state");
}

// The pickled form of one member of a value class: what pybind11's casters give, except for
// the types Python does not know by themselves (enums without a Python class, JSON members).
template <class M>
struct state_io {
    static py::object get(const M& v) { return py::cast(v); }
    static M set(const py::handle& h) { return h.cast<M>(); }
};
template <>
struct state_io<extra_members> {
    static py::object get(const extra_members& v) { return to_python(to_json(v)); }
    static extra_members set(const py::handle& h) {
        nlohmann::json j = from_python(h);
        if (!j.is_object()) throw py::type_error("a pickled 'extra' member must be a dict");
        return extra_members_from_json(std::move(j));
    }
};
// An enum without a Python class: pickled as the word its to_string gives (the library's
// spelling, the one home of each word).
template <class E>
struct enum_values;
template <>
struct enum_values<clause_kind> {
    static constexpr clause_kind values[] = {clause_kind::rule, clause_kind::information};
};
template <>
struct enum_values<lane_kind> {
    static constexpr lane_kind values[] = {lane_kind::seats, lane_kind::secretary};
};
template <>
struct enum_values<breach_place> {
    static constexpr breach_place values[] = {breach_place::lane, breach_place::body, breach_place::meetings};
};
template <>
struct enum_values<word_op_kind> {
    static constexpr word_op_kind values[] = {word_op_kind::same, word_op_kind::added, word_op_kind::removed};
};
template <class E>
struct enum_state_io {
    static py::object get(E v) { return py::str(std::string(to_string(v))); }
    static E set(const py::handle& h) {
        const auto word = h.cast<std::string>();
        for (const E e : enum_values<E>::values)
            if (word == to_string(e)) return e;
        throw query_error(errors::query_unsupported_pickle, "unsupported pickled state: \"" + word + "\" is not a known value");
    }
};
template <>
struct state_io<clause_kind> : enum_state_io<clause_kind> {};
template <>
struct state_io<lane_kind> : enum_state_io<lane_kind> {};
template <>
struct state_io<breach_place> : enum_state_io<breach_place> {};
template <>
struct state_io<word_op_kind> : enum_state_io<word_op_kind> {};

// A member of T in its pickled state.
template <class T, class M>
struct member_state {
    M T::*ptr;
    py::object get(const T& v) const { return state_io<M>::get(v.*ptr); }
    void set(T& v, const py::handle& h) const { v.*ptr = state_io<M>::set(h); }
};
template <class T, class M>
member_state<T, M> member(M T::*ptr) {
    return {ptr};
}

// __getstate__ and __setstate__. __setstate__ makes the value of an instance that has none
// (as pickle does, after __new__); on an instance already made it changes nothing (pybind11
// ignores a second initialisation of a registered instance; the check here covers the rest).
template <class Class, class Get, class Set>
void add_pickle(Class& cls, Get get, Set set) {
    using T = typename Class::type;
    cls.def("__getstate__", [get](const T& v) { return get(v); });
    cls.def(
        "__setstate__",
        [set](py::detail::value_and_holder& v_h, const py::typing::Tuple<py::int_, py::object>& state) {
            if (v_h.value_ptr() != nullptr)
                throw py::type_error("__setstate__ gives a value to a new instance; this one already has one");
            py::detail::initimpl::setstate<Class>(v_h, set(state), Py_TYPE(v_h.inst) != v_h.type->type);
        },
        py::detail::is_new_style_constructor());
}

// __copy__ and __deepcopy__ for a class whose C++ value is copied as a whole (the value holds
// no Python objects, so a copy is already deep).
template <class T, class Class>
void add_copy(Class& cls) {
    cls.def("__copy__", [](const T& v) { return T(v); });
    cls.def(
        "__deepcopy__", [](const T& v, const py::typing::Dict<py::int_, py::object>&) { return T(v); }, py::arg("memo"));
}

// __getstate__/__setstate__ as (version, tuple of the members), and copying, for a plain value
// class: every member is listed, so that nothing is lost in a pickle.
template <class T, class Class, class... Members>
void add_value_state(Class& cls, Members... members) {
    using state_t = py::typing::Tuple<py::int_, py::tuple>;
    add_pickle(
        cls,
        [members...](const T& v) {
            return py::reinterpret_steal<state_t>(py::make_tuple(pickle_version, py::make_tuple(members.get(v)...)).release());
        },
        [members...](const py::tuple& state) {
            require_state(state);
            if (!py::isinstance<py::tuple>(state[1]))
                throw query_error(errors::query_unsupported_pickle, "unsupported pickled state");
            const auto values = state[1].cast<py::tuple>();
            if (values.size() != sizeof...(Members))
                throw query_error(errors::query_unsupported_pickle,
                                  "unsupported pickled state: " + std::to_string(values.size()) + " members instead of " +
                                      std::to_string(sizeof...(Members)));
            T v;
            std::size_t i = 0;
            (members.set(v, values[i++]), ...);
            return v;
        });
    add_copy<T>(cls);
}

// __getstate__/__setstate__ as (version, JSON text), and __copy__/__deepcopy__, for a class
// with to_json/from-JSON functions.
template <class T, class Class, class Dump, class Load>
void add_state(Class& cls, Dump dump, Load load) {
    using state_t = py::typing::Tuple<py::int_, py::str>;
    add_pickle(
        cls, [dump](const T& v) { return py::reinterpret_steal<state_t>(py::make_tuple(pickle_version, dump(v)).release()); },
        [load](const py::tuple& state) {
            require_state(state);
            if (!py::isinstance<py::str>(state[1]))
                throw query_error(errors::query_unsupported_pickle, "unsupported pickled state");
            return load(state[1].cast<std::string>());
        });
    add_copy<T>(cls);
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
