// Strict reading of untrusted JSON documents (private to the library's sources).
//
// parse_document() checks size, nesting depth, duplicate keys and UTF-8 before anything is
// built; node walks the parsed value keeping the JSON pointer of where it stands, so every
// error names the exact place and what was expected there.
#pragma once

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "mandat/date.hpp"
#include "mandat/error.hpp"
#include "mandat/io.hpp"
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

// Builds one JSON value from SAX events, as json::parse builds it; used to read a document
// piece by piece (see load_roster) instead of as one tree.
class value_builder {
public:
    bool active() const noexcept { return !open_.empty(); }
    // A value where the builder stands: true when it completes the value (a scalar alone).
    bool add(json v) {
        if (open_.empty()) {
            value_ = std::move(v);
            return true;
        }
        place(std::move(v));
        return false;
    }
    void start(bool object) {
        json v = object ? json::object() : json::array();
        open_.push_back(open_.empty() ? &(value_ = std::move(v)) : place(std::move(v)));
    }
    void key(std::string k) { key_ = std::move(k); }
    // Closes the innermost container: true when that completes the value.
    bool end() {
        open_.pop_back();
        return open_.empty();
    }
    json take() { return std::move(value_); }

private:
    json* place(json v) {
        json& top = *open_.back();
        if (top.is_object()) return &(top[key_] = std::move(v));
        top.push_back(std::move(v));
        return &top.back();
    }

    json value_;
    std::vector<json*> open_;  // the containers not yet closed, outermost first
    std::string key_;
};

// The error for a list of `size` items, over the limit of `max_items` for its field.
[[noreturn]] inline void too_long_list(const std::string& pointer, std::size_t size, std::size_t max_items) {
    throw document_error(errors::document_too_long, pointer,
                         "an array of " + std::to_string(size) + " items is longer than the limit of " +
                             std::to_string(max_items) + " for this field");
}

// Reads a document file and loads it with `load(text)`; a document_error also names the file.
template <class Load>
auto load_document_file(const std::string& path, const load_limits& limits, Load load) {
    const std::string text = read_file(path, limits.max_bytes);
    try {
        return load(text);
    } catch (const document_error& e) {
        throw document_error(e.id(), e.pointer(), e.detail() + " (in " + path + ")");
    }
}

// A position in a parsed document: the value and its JSON pointer.
class node {
public:
    node(const json& value, std::string pointer) : value_(&value), pointer_(std::move(pointer)) {}

    const json& value() const noexcept { return *value_; }
    const std::string& pointer() const noexcept { return pointer_; }

    [[noreturn]] void fail(const std::string& id, const std::string& what) const { throw document_error(id, pointer_, what); }
    [[noreturn]] void wrong_type(const char* expected) const {
        fail(errors::document_wrong_type, std::string("expected ") + expected + ", found " + type_name(*value_));
    }

    // An object, every key of which is one of `allowed`.
    const node& expect_object(std::initializer_list<const char*> allowed) const {
        if (!value_->is_object()) wrong_type("an object");
        for (const auto& item : value_->items()) {
            bool known = false;
            for (const char* a : allowed) known = known || item.key() == a;
            if (!known) {
                std::string list;
                for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
                throw document_error(errors::document_unknown_member, pointer_append(pointer_, item.key()),
                                     "unknown member \"" + item.key() + "\" (expected one of: " + list + ")");
            }
        }
        return *this;
    }
    bool is_object() const noexcept { return value_->is_object(); }
    bool has(const char* key) const { return value_->is_object() && value_->contains(key); }

    // A required member.
    node operator[](const char* key) const {
        if (!value_->is_object()) wrong_type("an object");
        auto it = value_->find(key);
        if (it == value_->end())
            fail(errors::document_missing_member, std::string("the required member \"") + key + "\" is missing");
        return node(*it, pointer_append(pointer_, key));
    }
    // An optional member; an explicit null counts as absent.
    std::optional<node> optional(const char* key) const {
        if (!value_->is_object()) wrong_type("an object");
        auto it = value_->find(key);
        if (it == value_->end() || it->is_null()) return std::nullopt;
        return node(*it, pointer_append(pointer_, key));
    }

    std::size_t array_size(std::size_t max_items = field_limits::list_items) const {
        if (!value_->is_array()) wrong_type("an array");
        if (value_->size() > max_items) too_long_list(pointer_, value_->size(), max_items);
        return value_->size();
    }
    node at(std::size_t i) const { return node((*value_)[i], pointer_append(pointer_, i)); }
    template <class F>
    void for_each(F&& f, std::size_t max_items = field_limits::list_items) const {
        const std::size_t n = array_size(max_items);
        for (std::size_t i = 0; i < n; ++i) f(at(i), i);
    }

    std::string as_string() const {
        if (!value_->is_string()) wrong_type("a string");
        return value_->get<std::string>();
    }
    std::string as_nonempty_string() const {
        std::string s = as_string();
        if (s.empty()) fail(errors::document_invalid_value, "expected a non-empty string");
        return s;
    }
    // A non-empty string of at most `max_bytes`.
    std::string as_bounded(std::size_t max_bytes, const char* what) const {
        std::string s = as_nonempty_string();
        if (s.size() > max_bytes)
            fail(errors::document_too_long, "a string of " + std::to_string(s.size()) + " bytes is longer than the limit of " +
                                                std::to_string(max_bytes) + " for " + what);
        return s;
    }
    std::string as_id() const { return as_bounded(field_limits::id_bytes, "an id"); }
    std::string as_name() const { return as_bounded(field_limits::name_bytes, "a name"); }
    std::string as_text() const { return as_bounded(field_limits::text_bytes, "a text"); }

    bool as_bool() const {
        if (!value_->is_boolean()) wrong_type("true or false");
        return value_->get<bool>();
    }
    long long as_integer(long long min, long long max) const {
        long long v = 0;
        if (value_->is_number_unsigned()) {
            const auto u = value_->get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(max)) out_of_range(min, max);
            v = static_cast<long long>(u);
        } else if (value_->is_number_integer()) {
            v = value_->get<std::int64_t>();
        } else {
            wrong_type("an integer");
        }
        if (v < min || v > max) out_of_range(min, max);
        return v;
    }
    date as_date() const {
        const std::string s = as_string();
        auto d = parse_date(s);
        if (!d)
            fail(errors::document_invalid_date, "\"" + s +
                                                    "\" is not a valid calendar date (expected YYYY-MM-DD, a real day, years " +
                                                    std::to_string(min_year) + "-" + std::to_string(max_year) + ")");
        return *d;
    }
    partial_date as_partial_date() const {
        const std::string s = as_string();
        auto d = partial_date::parse(s);
        if (!d) fail(errors::document_invalid_date, "\"" + s + "\" is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        return *d;
    }

private:
    [[noreturn]] void out_of_range(long long min, long long max) const {
        fail(errors::document_out_of_range,
             describe(*value_) + " is outside the allowed range " + std::to_string(min) + ".." + std::to_string(max));
    }

    const json* value_;
    std::string pointer_;
};

}  // namespace detail
}  // namespace mandat
