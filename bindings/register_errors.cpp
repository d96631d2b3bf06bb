// C++ errors become a small Python hierarchy rooted in MandateError(ValueError).
#include "common.hpp"

namespace mandat::python {

void register_errors(py::module_& m) {
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

    py::register_exception_translator([](std::exception_ptr p) {
        auto raise = [](const py::handle& type, const mandat::error& e, const char* pointer) {
            py::object instance = type(e.what());
            instance.attr("id") = e.id();
            instance.attr("pointer") = pointer ? py::object(py::str(pointer)) : py::object(py::none());
            PyErr_SetObject(type.ptr(), instance.ptr());
        };
        try {
            if (p) std::rethrow_exception(p);
        } catch (const document_error& e) {
            raise(doc, e, e.pointer().c_str());
        } catch (const spreadsheet_error& e) {
            py::object instance = sheet(e.what());
            instance.attr("id") = e.id();
            instance.attr("pointer") = py::none();
            instance.attr("file") = e.file();
            instance.attr("line") = e.line();
            instance.attr("column") = e.column();
            PyErr_SetObject(sheet.ptr(), instance.ptr());
        } catch (const query_error& e) {
            raise(query, e, nullptr);
        } catch (const io_error& e) {
            raise(io, e, nullptr);
        } catch (const mandat::error& e) {
            raise(base, e, nullptr);
        }
    });
}

}  // namespace mandat::python
