// Python days <-> boost::gregorian::date, so that Python users never see a Boost type.
// Taken as a day (docs/python.md, "Dates"):
//  - datetime.date, years 1400-9999 (Boost's calendar); an earlier year is a QueryError
//    (query.invalid_date) that names the supported range, not a failed overload;
//  - datetime.datetime, pandas.Timestamp included, only at midnight and without a time zone:
//    anything else would lose its time of day, and is a TypeError that says so;
//  - numpy.datetime64 of any unit, when it falls on a midnight; NaT is a TypeError.
// Given back: datetime.date.
#pragma once

#include <pybind11/pybind11.h>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <datetime.h>

#include <string>
#include <string_view>

#include "mandat/date.hpp"
#include "mandat/error.hpp"

namespace pybind11::detail {

template <>
struct type_caster<boost::gregorian::date> {
    PYBIND11_TYPE_CASTER(boost::gregorian::date, const_name("datetime.date"));

    static std::string supported_range() {
        return "the supported range is " + std::to_string(mandat::min_year) + "-01-01 to " + std::to_string(mandat::max_year) +
               "-12-31";
    }
    [[noreturn]] static void outside(const handle& src) {
        throw mandat::query_error(mandat::errors::query_invalid_date,
                                  std::string(str(src)) + " is outside the dates mandat supports: " + supported_range());
    }
    [[noreturn]] static void not_a_day(const handle& src, const char* why) {
        throw type_error(std::string(str(repr(src))) + " " + why +
                         "; a day is expected (a datetime.date, or a datetime at midnight without tzinfo)");
    }

    bool set(const handle& src, int y, int m, int d) {
        if (y < mandat::min_year || y > mandat::max_year) outside(src);
        value = boost::gregorian::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                                       static_cast<unsigned short>(d));
        return true;
    }

    bool load_datetime64(const handle& src) {
        const object numpy = module_::import("numpy");
        if (numpy.attr("isnat")(src).cast<bool>()) not_a_day(src, "is NaT");
        const object day = src.attr("astype")("datetime64[D]");
        if (!day.equal(src)) not_a_day(src, "has a time of day");
        // Days since 1970-01-01; checked against the range before Boost sees them.
        const long long days = day.attr("astype")("int64").attr("item")().cast<long long>();
        static const boost::gregorian::date epoch(1970, 1, 1);
        static const long long first = (boost::gregorian::date(mandat::min_year, 1, 1) - epoch).days();
        static const long long last = (boost::gregorian::date(mandat::max_year, 12, 31) - epoch).days();
        if (days < first || days > last) outside(src);
        value = epoch + boost::gregorian::days(days);
        return true;
    }

    bool load(handle src, bool) {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        if (!src) return false;
        PyObject* p = src.ptr();
        if (PyDateTime_Check(p)) {
            const std::string type_name = Py_TYPE(p)->tp_name;
            if (type_name.find("NaT") != std::string::npos) not_a_day(src, "is NaT");
            const bool midnight = PyDateTime_DATE_GET_HOUR(p) == 0 && PyDateTime_DATE_GET_MINUTE(p) == 0 &&
                                  PyDateTime_DATE_GET_SECOND(p) == 0 && PyDateTime_DATE_GET_MICROSECOND(p) == 0 &&
                                  (!hasattr(src, "nanosecond") || src.attr("nanosecond").cast<long long>() == 0);
            if (!midnight) not_a_day(src, "has a time of day");
            if (!src.attr("tzinfo").is_none()) not_a_day(src, "has a time zone");
            return set(src, PyDateTime_GET_YEAR(p), PyDateTime_GET_MONTH(p), PyDateTime_GET_DAY(p));
        }
        if (PyDate_Check(p)) return set(src, PyDateTime_GET_YEAR(p), PyDateTime_GET_MONTH(p), PyDateTime_GET_DAY(p));
        // The type's name is compared first: an int (a year, in the overloads that take a day or
        // a year) is turned away without looking up an attribute.
        const std::string_view name = Py_TYPE(p)->tp_name;
        if (name == "numpy.datetime64") return load_datetime64(src);
        if (name != "datetime64") return false;
        const handle type = reinterpret_cast<PyObject*>(Py_TYPE(p));
        if (hasattr(type, "__module__") && std::string(str(type.attr("__module__"))) == "numpy") return load_datetime64(src);
        return false;
    }

    static handle cast(const boost::gregorian::date& d, return_value_policy, handle) {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        if (d.is_special()) return none().release();
        return PyDate_FromDate(static_cast<int>(d.year()), static_cast<int>(d.month()), static_cast<int>(d.day()));
    }
};

}  // namespace pybind11::detail
