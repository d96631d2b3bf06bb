// mandat/error.hpp - the library's exception types.
//
// Every error derives from mandat::error (itself a std::runtime_error) and carries a
// stable id that integrators may rely on. A document_error also knows where in the
// input the problem is, as a JSON pointer (RFC 6901).
#pragma once

#include <stdexcept>
#include <string>

namespace mandat {

class error : public std::runtime_error {
public:
    error(std::string id, const std::string& message) : std::runtime_error(message), id_(std::move(id)) {}
    // A stable, dotted identifier such as "document.invalid_value".
    const std::string& id() const noexcept { return id_; }

private:
    std::string id_;
};

// A mandate or roster document that cannot be accepted: malformed JSON, a wrong type,
// an unknown reference, an impossible date, an inconsistent rule.
class document_error : public error {
public:
    document_error(std::string id, std::string pointer, const std::string& what)
        : error(std::move(id), (pointer.empty() ? std::string("at the document root") : "at " + pointer) + ": " + what),
          pointer_(std::move(pointer)),
          detail_(what) {}
    // The JSON pointer of the offending value ("" is the whole document).
    const std::string& pointer() const noexcept { return pointer_; }
    // The message without the location prefix.
    const std::string& detail() const noexcept { return detail_; }

private:
    std::string pointer_;
    std::string detail_;
};

// A query that cannot be answered as asked: an unknown body or organisation id, a
// negative head count, a date outside what the calendar supports.
class query_error : public error {
public:
    query_error(std::string id, const std::string& what) : error(std::move(id), what) {}
};

// Reading or writing a file failed.
class io_error : public error {
public:
    io_error(std::string id, const std::string& what) : error(std::move(id), what) {}
};

}  // namespace mandat
