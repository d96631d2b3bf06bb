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

}  // namespace

void register_errors(py::module_& m) {  // NOLINT(readability-function-size): a table of definitions
    // The types live as long as the interpreter: plain handles, never destroyed after it.
    static py::handle base, doc, query, io, sheet;
    base = py::exception<mandat::error>(m, "MandateError", PyExc_ValueError).inc_ref();
    base.attr("__doc__") = "Base of every mandat error. `id` is a stable identifier such as \"document.invalid_date\".";
    doc = py::exception<document_error>(m, "DocumentError", base.ptr()).inc_ref();
    doc.attr("__doc__") = "A mandate or roster document was rejected. `pointer` is the JSON pointer of the offending value.";
    query = py::exception<query_error>(m, "QueryError", base.ptr()).inc_ref();
    query.attr("__doc__") = "A query cannot be answered as asked (an unknown body, a negative count, an invalid interval).";
    sheet = py::exception<spreadsheet_error>(m, "SpreadsheetError", base.ptr()).inc_ref();
    sheet.attr("__doc__") =
        "A spreadsheet roster was rejected, or a roster cannot be written as one. `file`, `line` and `column` say where "
        "(`line` 0 and `column` '' when the error is about the whole file or line).";
    // An I/O error is both a MandateError and an OSError.
    io = PyErr_NewExceptionWithDoc("mandat._core.MandateIOError", "A file could not be read or written.",
                                   py::make_tuple(base, py::handle(PyExc_OSError)).ptr(), nullptr);
    if (!io) throw py::error_already_set();
    m.attr("MandateIOError") = io;
    m.def(
        "error_ids", [] { return std::vector<std::string>(std::begin(errors::all), std::end(errors::all)); },
        "Every error id a MandateError may carry as `id` (mandat::errors::all), as a new list: the table of "
        "docs/bad-input.md.");

    py::register_exception_translator([](std::exception_ptr p) {
        auto raise = [](const py::handle& type, const std::string& id, const char* what, const char* pointer) {
            py::object instance = type(text(what));
            instance.attr("id") = text(id.c_str());
            instance.attr("pointer") = pointer ? text(pointer) : py::object(py::none());
            PyErr_SetObject(type.ptr(), instance.ptr());
        };
        try {
            if (p) std::rethrow_exception(p);
        } catch (const document_error& e) {
            raise(doc, e.id(), e.what(), e.pointer().c_str());
        } catch (const spreadsheet_error& e) {
            py::object instance = sheet(text(e.what()));
            instance.attr("id") = text(e.id().c_str());
            instance.attr("pointer") = py::none();
            instance.attr("file") = text(e.file().c_str());
            instance.attr("line") = e.line();
            instance.attr("column") = text(e.column().c_str());
            PyErr_SetObject(sheet.ptr(), instance.ptr());
        } catch (const query_error& e) {
            raise(query, e.id(), e.what(), nullptr);
        } catch (const io_error& e) {
            raise(io, e.id(), e.what(), nullptr);
        } catch (const mandat::error& e) {
            raise(base, e.id(), e.what(), nullptr);
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
            raise(query, errors::query_too_large, ("too large: " + std::string(e.what())).c_str(), nullptr);
        } catch (const std::out_of_range& e) {
            // e.g. a date Boost's calendar cannot hold (years 1400-9999)
            raise(query, errors::query_out_of_range,
                  ("out of range: " + std::string(e.what()) + " (dates are supported from 1400-01-01 to 9999-12-31)").c_str(),
                  nullptr);
        } catch (const std::exception& e) {
            raise(base, errors::internal_error, ("unexpected failure: " + std::string(e.what())).c_str(), nullptr);
        }
    });
}

}  // namespace mandat::python
