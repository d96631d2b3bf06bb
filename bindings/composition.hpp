// Mandate.check_composition and Mandate.check_compositions: the Python front of the quota
// judgement (composition_checker, mandat/batch.hpp), per call and per NumPy batch.
#pragma once

#include <pybind11/numpy.h>

#include <memory>
#include <string>

#include "common.hpp"

namespace mandat::python {

// The counts of check_composition, taken as the Python object they are: a dict is read in
// place (the per-call path), anything else is converted as pybind11 converts a mapping.
struct counts_arg {
    py::object value;
};

}  // namespace mandat::python

namespace pybind11::detail {

template <>
struct type_caster<mandat::python::counts_arg> {
    PYBIND11_TYPE_CASTER(mandat::python::counts_arg,
                         io_name("collections.abc.Mapping[str, typing.SupportsInt | typing.SupportsIndex]", "dict[str, int]"));
    bool load(handle src, bool convert) {
        if (!src) return false;
        if (!PyDict_Check(src.ptr()) && !(convert && PyMapping_Check(src.ptr()) && hasattr(src, "items"))) return false;
        value.value = reinterpret_borrow<object>(src);
        return true;
    }
    static handle cast(const mandat::python::counts_arg& v, return_value_policy, handle) { return v.value.inc_ref(); }
};

}  // namespace pybind11::detail

namespace mandat::python {

// Findings for head counts per organisation (R5, R9): the usual call is answered by
// composition_checker's findings form over a per-thread cache; anything else by
// mandate::check_composition, so that the answers and errors are the same.
py::typing::List<finding> check_composition(const std::shared_ptr<mandate>& m, const py::str& body_id, const counts_arg& counts,
                                            const py::str& lang);

// Many compositions at once (composition_checker::check without the GIL).
py::array_t<bool> check_batch(const mandate& m, const std::string& body_id, const py::array& counts,
                              const std::vector<std::string>& organisations);

// Puts a plain CPython method (vectorcall) in front of the pybind11 check_composition of `cls`.
void install_fast_check_composition(py::class_<mandate, std::shared_ptr<mandate>>& cls);

}  // namespace mandat::python
