// C++ errors become a small Python hierarchy rooted in MandateError(ValueError).
#include <cstring>
#include <iterator>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "common.hpp"

namespace mandat::python {

namespace {

// C++ text as a Python str; bytes that are not UTF-8 are kept visible as \xNN, never a
// UnicodeDecodeError in place of the real error.
py::object text(const char* s) {
    PyObject* o = PyUnicode_DecodeUTF8(s, static_cast<Py_ssize_t>(std::strlen(s)), "backslashreplace");
    if (!o) throw py::error_already_set();
    return py::reinterpret_steal<py::object>(o);
}

// The Python types, made by register_errors; they live as long as the interpreter: plain
// handles, never destroyed after it.
py::handle base_type, doc_type, query_type, io_type, sheet_type;

// The Python exception for a C++ error of the library: its type, message, id and the
// attributes of its kind (pointer; file, line and column). The one place a MandateError is
// made, for errors thrown in C++ and for those python/mandat/_errors.py raises.
py::object python_error(const mandat::error& e) {
    const auto* document = dynamic_cast<const document_error*>(&e);
    const auto* spreadsheet = dynamic_cast<const spreadsheet_error*>(&e);
    const py::handle type = document                                          ? doc_type
                            : spreadsheet                                     ? sheet_type
                            : dynamic_cast<const query_error*>(&e) != nullptr ? query_type
                            : dynamic_cast<const io_error*>(&e) != nullptr    ? io_type
                                                                              : base_type;
    py::object instance = type(text(e.what()));
    instance.attr("id") = text(e.id().c_str());
    instance.attr("pointer") = document ? text(document->pointer().c_str()) : py::object(py::none());
    if (spreadsheet) {
        instance.attr("file") = text(spreadsheet->file().c_str());
        instance.attr("line") = spreadsheet->line();
        instance.attr("column") = text(spreadsheet->column().c_str());
        // Every problem of the reading, this one first: each a SpreadsheetError of its own.
        py::list problems;
        if (const auto* list = dynamic_cast<const spreadsheet_error_list*>(spreadsheet))
            for (const auto& p : list->problems()) problems.append(python_error(p));
        else
            problems.append(instance);
        instance.attr("problems") = problems;
    }
    return instance;
}

void raise(const mandat::error& e) {
    const py::object instance = python_error(e);
    PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(instance.ptr())), instance.ptr());
}

// An error id of errors::all, or a std::logic_error: python/mandat/_errors.py makes errors
// only with the ids the core lists.
std::string known(const std::string& id) {
    for (const char* k : errors::all)
        if (id == k) return id;
    throw std::logic_error("'" + id + "' is not an error id of mandat.error_ids() (docs/bad-input.md)");
}

}  // namespace

void register_errors(py::module_& m) {  // NOLINT(readability-function-size): a table of definitions
    // The types live as long as the interpreter: plain handles, never destroyed after it.
    base_type = py::exception<mandat::error>(m, "MandateError", PyExc_ValueError).inc_ref();
    base_type.attr("__doc__") = "Base of every mandat error. `id` is a stable identifier such as \"document.invalid_date\".";
    doc_type = py::exception<document_error>(m, "DocumentError", base_type.ptr()).inc_ref();
    doc_type.attr("__doc__") = "A mandate or roster document was rejected. `pointer` is the JSON pointer of the offending value.";
    query_type = py::exception<query_error>(m, "QueryError", base_type.ptr()).inc_ref();
    query_type.attr("__doc__") = "A query cannot be answered as asked (an unknown body, a negative count, an invalid interval).";
    sheet_type = py::exception<spreadsheet_error>(m, "SpreadsheetError", base_type.ptr()).inc_ref();
    sheet_type.attr("__doc__") =
        "A spreadsheet roster was rejected, or a roster cannot be written as one. `file`, `line` and `column` say where "
        "(`line` 0 and `column` '' when the error is about the whole file or line). `problems` lists every problem "
        "the reading found (at most 100), each a SpreadsheetError with its own `id`, `file`, `line` and `column`, "
        "this one first; the message names each.";
    // An I/O error is both a MandateError and an OSError.
    io_type = PyErr_NewExceptionWithDoc("mandat._core.MandateIOError", "A file could not be read or written.",
                                        py::make_tuple(base_type, py::handle(PyExc_OSError)).ptr(), nullptr);
    if (!io_type) throw py::error_already_set();
    m.attr("MandateIOError") = io_type;
    m.def(
        "error_ids", [] { return std::vector<std::string>(std::begin(errors::all), std::end(errors::all)); },
        "Every error id a MandateError may carry as `id` (mandat::errors::all), as a new list: the table of "
        "docs/bad-input.md.");

    // The errors python/mandat/_errors.py raises, made and worded by the core's error types.
    m.def(
        "_document_error",
        [](const std::string& id, const std::string& pointer, const std::string& detail) {
            return python_error(document_error(known(id), pointer, detail));
        },
        py::arg("id"), py::arg("pointer"), py::arg("detail"),
        "A DocumentError worded as the core words it ('at POINTER: DETAIL'), to raise.");
    m.def(
        "_spreadsheet_error",
        [](const std::string& id, const std::string& file, std::size_t line, const std::string& column, const std::string& detail,
           const std::string& line_word) {
            return python_error(spreadsheet_error(known(id), file, line_word, line, column, detail));
        },
        py::arg("id"), py::arg("file"), py::arg("line"), py::arg("column"), py::arg("detail"), py::arg("line_word") = "line",
        "A SpreadsheetError worded as the core words it ('FILE LINE_WORD LINE, COLUMN: DETAIL'), to raise.");
    m.def(
        "_io_error", [](const std::string& id, const std::string& message) { return python_error(io_error(known(id), message)); },
        py::arg("id"), py::arg("message"), "A MandateIOError (a MandateError and an OSError) with its id, to raise.");
    m.def(
        "_query_error",
        [](const std::string& id, const std::string& message) { return python_error(query_error(known(id), message)); },
        py::arg("id"), py::arg("message"), "A QueryError with its id, to raise.");

    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const mandat::error& e) {
            raise(e);
        } catch (const py::reference_cast_error&) {
            // A None where an object is taken by reference, or an instance whose C++ value was never
            // constructed (Cls.__new__(Cls) without __init__): a wrong type, not a crash.
            PyErr_SetString(PyExc_TypeError,
                            "expected a mandat object, got None or an instance that was never initialised "
                            "(made with __new__ and no __init__)");
        } catch (const py::cast_error& e) {
            PyErr_SetObject(PyExc_TypeError, text(e.what()).ptr());
        } catch (const py::builtin_exception&) {
            throw;  // type_error, value_error, ... raised on purpose: pybind11 translates them
        } catch (const py::error_already_set&) {
            throw;  // a Python exception passing through
        } catch (const std::bad_alloc&) {
            throw;  // MemoryError
        } catch (const std::length_error& e) {
            // e.g. "vector::reserve": a size asked for that no container can hold
            raise(query_error(errors::query_too_large, "too large: " + std::string(e.what())));
        } catch (const std::out_of_range& e) {
            // e.g. a date Boost's calendar cannot hold (years 1400-9999)
            raise(query_error(errors::query_out_of_range,
                              "out of range: " + std::string(e.what()) + " (dates are supported from 1400-01-01 to 9999-12-31)"));
        } catch (const std::exception& e) {
            raise(mandat::error(errors::internal_error, "unexpected failure: " + std::string(e.what())));
        }
    });
}

}  // namespace mandat::python
