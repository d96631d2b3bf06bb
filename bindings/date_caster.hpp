// Python datetime.date <-> boost::gregorian::date, so that Python users never see a Boost
// type. A datetime.datetime is refused rather than silently losing its time of day.
#pragma once

#include <pybind11/pybind11.h>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <datetime.h>

namespace pybind11::detail {

template <>
struct type_caster<boost::gregorian::date> {
    PYBIND11_TYPE_CASTER(boost::gregorian::date, const_name("datetime.date"));

    bool load(handle src, bool) {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        if (!src || !PyDate_Check(src.ptr()) || PyDateTime_Check(src.ptr())) return false;
        const int y = PyDateTime_GET_YEAR(src.ptr());
        if (y < 1400) return false;  // Boost's calendar starts in 1400
        value =
            boost::gregorian::date(static_cast<unsigned short>(y), static_cast<unsigned short>(PyDateTime_GET_MONTH(src.ptr())),
                                   static_cast<unsigned short>(PyDateTime_GET_DAY(src.ptr())));
        return true;
    }

    static handle cast(const boost::gregorian::date& d, return_value_policy, handle) {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        if (d.is_special()) return none().release();
        return PyDate_FromDate(static_cast<int>(d.year()), static_cast<int>(d.month()), static_cast<int>(d.day()));
    }
};

}  // namespace pybind11::detail
