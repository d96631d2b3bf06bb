// Strict reading of untrusted JSON text (private to the library's sources; json_reader.hpp
// includes it).
//
// parse_document() checks size, nesting depth, duplicate keys and UTF-8 before anything is
// built, so every error names the exact place and what was expected there.
#pragma once

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "mandat/error.hpp"
#include "mandat/limits.hpp"

namespace mandat {

namespace detail {

using json = nlohmann::json;

// Appends one reference token, escaped as RFC 6901 requires (~ as ~0, / as ~1).
inline std::string pointer_append(const std::string& base, std::string_view key) {
    std::string out = base;
    out += '/';
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

inline std::string pointer_append(const std::string& base, std::size_t index) { return base + "/" + std::to_string(index); }

// Quotes a value for an error message, cut short if it is long.
inline std::string describe(const json& j) {
    std::string s = j.dump(-1, ' ', true, json::error_handler_t::replace);
    if (s.size() > 60) s = s.substr(0, 57) + "...";
    return s;
}

inline const char* type_name(const json& j) {
    switch (j.type()) {
        case json::value_t::null:
            return "null";
        case json::value_t::object:
            return "an object";
        case json::value_t::array:
            return "an array";
        case json::value_t::string:
            return "a string";
        case json::value_t::boolean:
            return "a boolean";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
            return "an integer";
        case json::value_t::number_float:
            return "a number with a fraction";
        default:
            return "an unsupported value";
    }
}

// A SAX pass that rejects what nlohmann::json would accept silently or without a location:
// duplicate keys (the last one would win), excessive nesting, over-long strings.
class strict_checker : public nlohmann::json_sax<json> {
public:
    explicit strict_checker(const load_limits& limits) : limits_(limits) {}

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t v, const string_t& text) override {
        check_number(v, text);
        return value();
    }
    bool string(string_t& s) override {
        check_string(s);
        return value();
    }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(true); }
    bool key(string_t& k) override {
        check_string(k);
        auto& f = stack_.back();
        if (!f.keys.insert(k).second)
            fail(errors::document_duplicate_key, pointer_append(here_container(), k),
                 "the key \"" + k + "\" appears twice in one object (a later value would silently replace an earlier one)");
        f.key = k;
        f.key_pending = true;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
        std::string what = ex.what();
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line..."
        if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
        fail(errors::document_malformed_json, here_value(), "malformed JSON (byte " + std::to_string(position) + "): " + what);
        return false;
    }

    [[noreturn]] static void fail(const std::string& id, const std::string& pointer, const std::string& what) {
        throw document_error(id, pointer, what);
    }

private:
    struct frame {
        bool object;
        std::string key;
        std::size_t index = 0;
        bool key_pending = false;  // a key was read and its value not yet
        std::set<std::string> keys;
    };

    // The pointer of the container at the top of the stack.
    std::string here_container() const {
        std::string p;
        for (std::size_t i = 0; i + 1 < stack_.size(); ++i) {
            const auto& f = stack_[i];
            p = f.object ? pointer_append(p, f.key) : pointer_append(p, f.index);
        }
        return p;
    }
    // The pointer of the value being read now (of the container, between its members).
    std::string here_value() const {
        std::string p;
        for (const auto& f : stack_) {
            if (f.object && f.key_pending)
                p = pointer_append(p, f.key);
            else if (!f.object)
                p = pointer_append(p, f.index);
        }
        return p;
    }
    // A number is kept exactly or refused: an integer beyond 64 bits reaches here as a double,
    // and a decimal with more digits than a double holds, or one that over- or underflows, would
    // be written back as another number. Such a number is refused with its pointer.
    void check_number(double v, const std::string& text) const {
        const bool integer_literal = text.find_first_of(".eE") == std::string::npos;
        if (integer_literal)
            fail(errors::document_out_of_range, here_value(),
                 "the integer " + excerpt(text) +
                     " is outside the 64-bit range and could not be kept exactly (write it as a string)");
        nlohmann::json written = v;
        if (!std::isfinite(v) || decimal_digits(text) != decimal_digits(written.dump()))
            fail(errors::document_out_of_range, here_value(),
                 "the number " + excerpt(text) +
                     " cannot be kept exactly: a double holds about 17 significant digits and exponents up to about "
                     "308 (write it as a string)");
    }
    // The decimal value of a JSON number's text as (significant digits, exponent of the last
    // digit), e.g. "1.50e2" -> ("15", 1), "-0.0" -> ("-", 0): equal exactly when the values are.
    static std::pair<std::string, long long> decimal_digits(const std::string& text) {
        std::string digits;
        long long exponent = 0;
        bool negative = false, in_fraction = false;
        std::size_t i = 0;
        if (i < text.size() && text[i] == '-') negative = (++i, true);
        for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
            if (text[i] == '.') {
                in_fraction = true;
            } else {
                if (!(digits.empty() && text[i] == '0')) digits += text[i];
                if (in_fraction) --exponent;
            }
        }
        if (i < text.size()) {
            const std::string e = text.substr(i + 1);
            // Exponents beyond what a double holds were refused as not finite or as 0 digits.
            exponent += e.size() > 6 ? 0 : std::stoll(e);
        }
        while (!digits.empty() && digits.back() == '0') {
            digits.pop_back();
            ++exponent;
        }
        if (digits.empty()) return {negative ? "-" : "", 0};
        return {(negative ? "-" : "") + digits, exponent};
    }
    static std::string excerpt(const std::string& text) { return text.size() <= 40 ? text : text.substr(0, 37) + "..."; }
    void check_string(const std::string& s) const {
        if (s.size() > limits_.max_string_bytes)
            fail(errors::document_too_large, here_value(),
                 "a string of " + std::to_string(s.size()) + " bytes is longer than the limit of " +
                     std::to_string(limits_.max_string_bytes) + " bytes");
    }
    bool value() {
        if (stack_.empty()) return true;
        if (stack_.back().object)
            stack_.back().key_pending = false;
        else
            ++stack_.back().index;
        return true;
    }
    bool open(bool object) {
        if (stack_.size() >= limits_.max_depth)
            fail(errors::document_too_deep, here_value(),
                 "nesting deeper than the limit of " + std::to_string(limits_.max_depth) + " levels");
        stack_.push_back(frame{object, {}, 0, false, {}});
        return true;
    }
    bool close() {
        stack_.pop_back();
        return value();
    }

    load_limits limits_;
    std::vector<frame> stack_;
};

// Refuses a text over the size limit, and a NUL byte anywhere (before any other fault, with the
// pointer of where it stands), or throws document_error naming what and where.
inline void check_document_text(std::string_view text, const load_limits& limits) {
    if (text.size() > limits.max_bytes)
        throw document_error(errors::document_too_large, "",
                             "the document has " + std::to_string(text.size()) + " bytes, more than the limit of " +
                                 std::to_string(limits.max_bytes));
    // nlohmann/json reads a NUL byte as the end of the input, so that "{...}\0junk" would pass:
    // a NUL anywhere is malformed JSON, named with the pointer of where it stands.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        std::string pointer;
        try {
            strict_checker before(limits);
            const auto head = text.substr(0, nul);
            json::sax_parse(head.begin(), head.end(), &before);
        } catch (const document_error& e) {
            pointer = e.pointer();
        }
        throw document_error(errors::document_malformed_json, pointer,
                             "malformed JSON (byte " + std::to_string(nul) +
                                 "): a NUL byte, which JSON text never holds (inside a string it is written \\u0000)");
    }
}

// Parses untrusted text into JSON, or throws document_error naming what and where.
inline json parse_document(std::string_view text, const load_limits& limits = {}) {
    check_document_text(text, limits);
    strict_checker checker(limits);
    json::sax_parse(text.begin(), text.end(), &checker);
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::exception& ex) {  // not expected after the SAX pass; never escape as non-mandat
        throw document_error(errors::document_malformed_json, "", ex.what());
    }
}

}  // namespace detail

}  // namespace mandat
