// RFC 6902 JSON Patch, applied within the limits of an input document (see patch.hpp).
//
// Each operation is checked before it builds anything: the size of the document written
// compactly is a running total (an operation adds what it places and subtracts what it takes
// away, measuring only those values, and a copy measures its source only up to what is left of
// the limit), and the nesting of what it places is the depth of its path plus the value's own
// (measured only up to the limit). So a patch that would build more than a document may hold
// fails with its operation's pointer, at a cost of what its operations do.
#include "history/patch.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace mandat::detail {
namespace {

using tokens = std::vector<std::string>;

// An operation that does not apply: what is wrong, for the patch's error.
struct not_applied {
    std::string what;
};

// The bytes of a string written as JSON: quotes and escapes.
std::size_t string_bytes(const std::string& s) {
    std::size_t n = s.size() + 2;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t')
            n += 1;
        else if (c < 0x20)
            n += 5;
    }
    return n;
}

// What an entry adds to its container besides its value: "key": and a comma, or a comma.
std::size_t entry_bytes(const std::string* key) { return key ? string_bytes(*key) + 2 : 1; }

// The size of `v` written compactly (a comma counted per entry), or a number over `cap` as soon
// as it is known to be over: the measure stops there.
std::size_t size_of(const json& v, std::size_t cap, std::size_t& nodes) {
    ++nodes;
    if (v.is_string()) return string_bytes(v.get_ref<const std::string&>());
    if (!v.is_structured()) return v.dump().size();
    std::size_t n = 2;
    for (auto it = v.begin(); it != v.end() && n <= cap; ++it) {
        const std::string* key = v.is_object() ? &it.key() : nullptr;
        n += entry_bytes(key) + size_of(*it, cap - std::min(cap, n), nodes);
    }
    return n;
}

// The levels of nesting of `v` (a scalar 0, [] 1, [[]] 2), or cap + 1 once it is over `cap`.
std::size_t height_of(const json& v, std::size_t cap, std::size_t& nodes) {
    ++nodes;
    if (!v.is_structured()) return 0;
    if (cap == 0) return 1;
    std::size_t h = 1;
    for (auto it = v.begin(); it != v.end() && h <= cap; ++it) h = std::max(h, 1 + height_of(*it, cap - 1, nodes));
    return h;
}

// RFC 6901: "" is the whole document; else "/"-separated tokens, "~1" for "/" and "~0" for "~".
tokens parse_pointer(const std::string& p) {
    tokens out;
    if (p.empty()) return out;
    if (p[0] != '/') throw not_applied{"\"" + p + "\" is not a JSON pointer (it starts with \"/\")"};
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] == '/') {
            out.emplace_back();
        } else if (p[i] == '~') {
            if (i + 1 >= p.size() || (p[i + 1] != '0' && p[i + 1] != '1'))
                throw not_applied{"\"" + p + "\" is not a JSON pointer (\"~\" is followed by 0 or 1)"};
            out.back() += p[++i] == '0' ? '~' : '/';
        } else {
            out.back() += p[i];
        }
    }
    return out;
}

// An array index token: "0" or digits without a leading zero, below `bound`; or nothing.
std::optional<std::size_t> array_index(const std::string& t, std::size_t bound) {
    if (t.empty() || t.size() > 18 || (t.size() > 1 && t[0] == '0')) return std::nullopt;
    std::size_t i = 0;
    for (const char c : t) {
        if (c < '0' || c > '9') return std::nullopt;
        i = i * 10 + static_cast<std::size_t>(c - '0');
    }
    return i < bound ? std::optional<std::size_t>(i) : std::nullopt;
}

std::string pointer_text(const tokens& t, std::size_t n) {
    std::string p;
    for (std::size_t i = 0; i < n; ++i) p = pointer_append(p, t[i]);
    return p;
}

// The value at the first `n` tokens of `t`.
json& locate(json& doc, const tokens& t, std::size_t n) {
    json* at = &doc;
    for (std::size_t i = 0; i < n; ++i) {
        json* next = nullptr;
        if (at->is_object()) {
            auto it = at->find(t[i]);
            if (it != at->end()) next = &*it;
        } else if (at->is_array()) {
            if (auto k = array_index(t[i], at->size())) next = &(*at)[*k];
        }
        if (!next) throw not_applied{"the path \"" + pointer_text(t, i + 1) + "\" does not exist"};
        at = next;
    }
    return *at;
}

class patcher {
public:
    // The document may grow to the input limit, or by what is left of the history's budget
    // when that is less (then the message names the budget).
    patcher(json& doc, const load_limits& limits, const patch_budget& budget)
        : doc_(doc),
          limits_(limits),
          budget_total_(budget.total),
          work_left_(budget.work_left),
          work_total_(budget.work_total),
          size_(whole_size(doc)),
          start_(size_) {
        const std::size_t by_budget = size_ > max_size - budget.left ? max_size : size_ + budget.left;
        cap_ = std::min(limits.max_bytes, by_budget);
        by_budget_ = by_budget < limits.max_bytes;
    }

    // The values the operations measured, copied or took away: their work.
    std::size_t work() const noexcept { return nodes_; }
    // What the document has grown by since the patch began (nothing when it shrank).
    std::size_t growth() const noexcept { return size_ > start_ ? size_ - start_ : 0; }
    // The error for a document over what it may hold; `what` says what would be over.
    [[noreturn]] void too_large(const std::string& where, const std::string& what) const {
        if (by_budget_)
            throw document_error(
                errors::document_too_large, where,
                what + " would take what this history's patches add past their budget of " + std::to_string(budget_total_) +
                    " bytes (" + std::to_string(field_limits::patched_bytes_per_input_byte) +
                    " times the history document, at least " + std::to_string(field_limits::patched_bytes_floor) +
                    "); write a large version out in full instead of as a patch");
        throw document_error(
            errors::document_too_large, where,
            what + " would make the amended document larger than the limit of " + std::to_string(limits_.max_bytes) + " bytes");
    }

    void apply(const node& op) {
        here_ = op.pointer();  // an operation's other members are ignored, as RFC 6902 says
        const std::string name = op["op"].as_string();
        const tokens path = parse_pointer(op["path"].as_string());
        if (name == "add" || name == "replace") {
            const json& v = op["value"].value();
            const std::size_t bytes = measure(v, max_size);
            check_depth(path.size(), v);
            if (name == "replace") {
                json& at = locate(doc_, path, path.size());
                grow(bytes, measure(at, max_size));
                at = v;
            } else {
                add(path, json(v), bytes);
            }
        } else if (name == "remove") {
            remove(path);
        } else if (name == "copy" || name == "move") {
            const tokens from = parse_pointer(op["from"].as_string());
            const json& v = locate(doc_, from, from.size());
            if (name == "move") return move(from, path);
            check_depth(path.size(), v);
            const std::size_t bytes = measure(v, cap_ - std::min(cap_, size_));
            fits(bytes, 0);  // before the copy is made
            add(path, json(v), bytes);
        } else if (name == "test") {
            if (locate(doc_, path, path.size()) != op["value"].value())
                throw not_applied{"the test of \"" + op["path"].as_string() + "\" failed (the value there differs)"};
        } else {
            throw not_applied{"\"" + name + "\" is not an operation (add, remove, replace, move, copy or test)"};
        }
    }

private:
    static constexpr std::size_t max_size = std::numeric_limits<std::size_t>::max();

    static std::size_t whole_size(const json& doc) {
        std::size_t uncounted = 0;  // the amended version as it was loaded: not the patch's work
        return size_of(doc, max_size, uncounted);
    }
    // Each value visited counts towards the history's budget of work; past it the operation
    // fails (a patch whose operations move and copy a large value again and again).
    std::size_t measure(const json& v, std::size_t cap) {
        const std::size_t n = size_of(v, cap, nodes_);
        check_work();
        return n;
    }
    std::size_t height(const json& v, std::size_t cap) {
        const std::size_t h = height_of(v, cap, nodes_);
        check_work();
        return h;
    }
    void check_work() const {
        if (nodes_ > work_left_)
            throw document_error(
                errors::document_too_complex, here_,
                "the operation would take the values this history's patches measure, copy or move "
                "past their budget of " +
                    std::to_string(work_total_) + " (" + std::to_string(field_limits::patch_work_per_input_byte) +
                    " per byte of the history document, at least " + std::to_string(field_limits::patch_work_floor) + ")");
    }

    // The total with `added` bytes more and `removed` fewer, or the error when it is over the limit.
    std::size_t fits(std::size_t added, std::size_t removed) const {
        const std::size_t rest = size_ - std::min(size_, removed);
        if (added > cap_ || rest > cap_ - added) too_large(here_, "the operation");
        return rest + added;
    }
    void grow(std::size_t added, std::size_t removed) { size_ = fits(added, removed); }

    // A value placed under `depth` tokens nests depth + its own levels.
    void check_depth(std::size_t depth, const json& v) {
        const std::size_t room = limits_.max_depth - std::min(limits_.max_depth, depth);
        if (depth > limits_.max_depth || height(v, room) > room)
            throw document_error(errors::document_too_deep, here_,
                                 "the operation would nest the amended document deeper than the limit of " +
                                     std::to_string(limits_.max_depth) + " levels");
    }

    // Adds `v` (`bytes` of it counted; 0 for a value already in the document) at `path`.
    void add(const tokens& path, json&& v, std::size_t bytes) {
        if (path.empty()) {
            size_ = bytes ? bytes : measure(v, max_size);
            doc_ = std::move(v);
            return;
        }
        json& parent = locate(doc_, path, path.size() - 1);
        const std::string& last = path.back();
        if (parent.is_object()) {
            auto it = parent.find(last);
            if (it != parent.end()) {
                grow(bytes, measure(*it, max_size));
                *it = std::move(v);
            } else {
                grow(entry_bytes(&last) + bytes, 0);
                parent.emplace(last, std::move(v));
            }
        } else if (parent.is_array()) {
            const auto i = last == "-" ? std::optional<std::size_t>(parent.size()) : array_index(last, parent.size() + 1);
            if (!i) throw not_applied{"the path \"" + pointer_text(path, path.size()) + "\" is not an index of the array"};
            grow(entry_bytes(nullptr) + bytes, 0);
            parent.insert(parent.begin() + static_cast<std::ptrdiff_t>(*i), std::move(v));
        } else {
            throw not_applied{"the path \"" + pointer_text(path, path.size() - 1) + "\" is not an object or an array"};
        }
    }

    // Takes the value at `path` out of the document; with `counted` its bytes leave the total.
    json take(const tokens& path, bool counted) {
        if (path.empty()) throw not_applied{"the whole document cannot be removed"};
        json& parent = locate(doc_, path, path.size() - 1);
        json& at = locate(doc_, path, path.size());
        json out = std::move(at);
        const bool object = parent.is_object();
        size_ -= std::min(size_, entry_bytes(object ? &path.back() : nullptr) + (counted ? measure(out, max_size) : 0));
        if (object)
            parent.erase(path.back());
        else
            parent.erase(*array_index(path.back(), parent.size()));
        return out;
    }

    void remove(const tokens& path) { take(path, true); }

    // RFC 6902: a move is a remove and an add of the same value; it never builds a value, and
    // the value's levels are measured only when it goes deeper than it was.
    void move(const tokens& from, const tokens& path) {
        if (from.size() < path.size() && std::equal(from.begin(), from.end(), path.begin()))
            throw not_applied{"a value cannot be moved into itself (\"" + pointer_text(from, from.size()) + "\")"};
        if (from == path) return;
        if (path.size() > from.size()) check_depth(path.size(), locate(doc_, from, from.size()));
        json v = take(from, false);
        add(path, std::move(v), 0);
    }

    json& doc_;
    const load_limits& limits_;
    std::size_t budget_total_;
    std::size_t work_left_;
    std::size_t work_total_ = 0;
    std::size_t nodes_ = 0;
    std::size_t size_, start_;
    std::size_t cap_ = 0;
    bool by_budget_ = false;
    std::string here_;
};

}  // namespace

patch_budget patch_budget::for_input(std::size_t input_bytes) {
    const std::size_t per_byte = field_limits::patched_bytes_per_input_byte;
    const std::size_t most = std::numeric_limits<std::size_t>::max();
    const std::size_t scaled = input_bytes > most / per_byte ? most : input_bytes * per_byte;
    const std::size_t total = std::max(field_limits::patched_bytes_floor, scaled);
    const std::size_t work_per = field_limits::patch_work_per_input_byte;
    const std::size_t work =
        std::max(field_limits::patch_work_floor, input_bytes > most / work_per ? most : input_bytes * work_per);
    return {total, total, work, work};
}

void apply_patch(json& doc, const node& patch, const std::string& target, const load_limits& limits, patch_budget& budget) {
    patcher p(doc, limits, budget);
    try {
        patch.for_each([&](const node& op, std::size_t) { p.apply(op); });
    } catch (const not_applied& e) {
        patch.fail(errors::document_invalid_value, "the patch does not apply to \"" + target + "\": " + e.what);
    }
    budget.left -= std::min(budget.left, p.growth());
    budget.work_left -= std::min(budget.work_left, p.work());
}

}  // namespace mandat::detail
