// mandat/diff.hpp - what changed between two versions of a mandate, clause by clause.
//
// diff_mandates() compares every part of two mandates and lists each difference as a
// change: a kind (docs/lint-and-diff.md lists them), the clause it belongs to, a JSON pointer
// into the document form (docs/mandate-format.md), the value before and after as short text,
// and, for clause texts and headings, a word-level diff of the Norwegian text. Two mandates
// differ in nothing exactly when they are equal (operator==). The JSON form
// ("mandat.diff/1") is to_json(const mandate_diff&) in mandat/json.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mandat/finding.hpp"
#include "mandat/mandate.hpp"

namespace mandat {

enum class word_op_kind {
    same,     // words in both texts
    added,    // words only in the text after
    removed,  // words only in the text before
};

constexpr const char* to_string(word_op_kind k) noexcept {
    return k == word_op_kind::added ? "added" : k == word_op_kind::removed ? "removed" : "same";
}

// A run of consecutive words with the same fate. `text` is the words joined by one space; a
// line break of the clause text is kept as "\n" (with no space around it).
struct word_op {
    word_op_kind op = word_op_kind::same;
    std::string text;

    friend bool operator==(const word_op& a, const word_op& b) { return a.op == b.op && a.text == b.text; }
    friend bool operator!=(const word_op& a, const word_op& b) { return !(a == b); }
};

// One difference between two mandates.
struct mandate_change {
    std::string kind;                   // e.g. "quota.changed", "clause.text", "period"
    std::string clause;                 // the clause id it belongs to, or empty (id, status, provenance)
    std::string pointer;                // JSON pointer into the document form: of `after`, or of `before` for a removal
    std::optional<std::string> before;  // short text; none for an addition
    std::optional<std::string> after;   // short text; none for a removal
    std::vector<word_op> words;         // clause.text and clause.heading: the word diff; empty otherwise

    friend bool operator==(const mandate_change& a, const mandate_change& b) {
        return a.kind == b.kind && a.clause == b.clause && a.pointer == b.pointer && a.before == b.before && a.after == b.after &&
               a.words == b.words;
    }
    friend bool operator!=(const mandate_change& a, const mandate_change& b) { return !(a == b); }
};

struct mandate_diff {
    std::string before_id;                // the id of the mandate before
    std::string after_id;                 // the id of the mandate after
    std::vector<mandate_change> changes;  // grouped by clause, in the order of the clauses after

    bool empty() const noexcept { return changes.empty(); }

    friend bool operator==(const mandate_diff& a, const mandate_diff& b) {
        return a.before_id == b.before_id && a.after_id == b.after_id && a.changes == b.changes;
    }
    friend bool operator!=(const mandate_diff& a, const mandate_diff& b) { return !(a == b); }
};

// Every difference from `before` to `after`. Neither needs to pass validate(): ids that are
// unknown or repeated are matched as they stand. Never throws for any content (other than
// std::bad_alloc).
mandate_diff diff_mandates(const mandate& before, const mandate& after);

// The word-level diff of two texts: a longest common subsequence of their words (split at
// white space; a line break is a word of its own). After the common first and last words are
// set aside, the table costs O(n·m) time and memory for the n and m words left; above
// max_word_diff_cells cells the middle is given as one removal and one addition instead.
inline constexpr std::size_t max_word_diff_cells = 4'000'000;
std::vector<word_op> diff_words(std::string_view before, std::string_view after);

// The diff as readable text in `lang`, through the message catalogue: a title line, then a
// line per change (and the changed words of a text, with long unchanged runs shortened).
std::string format_diff(const mandate_diff& d, language lang);

}  // namespace mandat
