// Strict reading of untrusted JSON documents (private to the library's sources).
//
// parse_document() (json_text.hpp) checks size, nesting depth, duplicate keys and UTF-8 before
// anything is built; node walks the parsed value keeping the JSON pointer of where it stands, so
// every error names the exact place and what was expected there.
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

#include "documents/json_text.hpp"
#include "mandat/date.hpp"
#include "mandat/error.hpp"
#include "mandat/io.hpp"
#include "mandat/limits.hpp"

namespace mandat {

namespace detail {

using json = nlohmann::json;

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
