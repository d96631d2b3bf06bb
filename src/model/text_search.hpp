// Finding one text inside another in time linear in both (private to the library's sources).
//
// std::string::find compares the pattern afresh at each position of the text, which costs
// text times pattern on input such as "aa...ab" looked for in "aa...a": a few long quotes of a
// long clause took seconds. find_text_if is Knuth-Morris-Pratt: the pattern's failure table is
// built once (at most 2m character comparisons), the text is read once (at most 2n), and
// nothing is allocated but the table.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mandat::detail {

// The first position p at or after `from` where `pattern` stands in `text` and accept(p) is
// true; npos if none. Every occurrence is offered in order (overlapping ones too) in one pass
// over the text, so that a search that refuses many occurrences is still linear. When
// `comparisons` is given, the character comparisons made are added to it.
template <class Accept>
std::size_t find_text_if(std::string_view text, std::string_view pattern, std::size_t from, Accept accept,
                         std::size_t* comparisons = nullptr) {
    constexpr std::size_t npos = std::string_view::npos;
    if (from > text.size()) return npos;
    if (pattern.empty()) return accept(from) ? from : npos;
    if (pattern.size() > text.size() - from) return npos;
    std::size_t compared = 0;
    // fail[i]: the length of the longest proper prefix of pattern[0..i] that is also its suffix.
    std::vector<std::size_t> fail(pattern.size(), 0);
    // Extends a match of length k by c: the new length. Each call makes one comparison that ends
    // it (a match, or a mismatch at k = 0) and one for each step back, and the steps back are at
    // most the matches before: at most two comparisons a character, amortised.
    auto step = [&](std::size_t k, char c) {
        while (++compared, c != pattern[k]) {
            if (k == 0) return k;
            k = fail[k - 1];
        }
        return k + 1;
    };
    for (std::size_t i = 1, k = 0; i < pattern.size(); ++i) fail[i] = k = step(k, pattern[i]);
    std::size_t found = npos;
    for (std::size_t i = from, k = 0; i < text.size(); ++i) {
        k = step(k, text[i]);
        if (k < pattern.size()) continue;
        if (accept(i + 1 - k)) {
            found = i + 1 - k;
            break;
        }
        k = fail[k - 1];  // the longest match that may go on
    }
    if (comparisons) *comparisons += compared;
    return found;
}

// The first position at or after `from` where `pattern` stands in `text`, as
// std::string_view::find answers it (an empty pattern is found at `from` when from <= size);
// npos if none.
inline std::size_t find_text(std::string_view text, std::string_view pattern, std::size_t from = 0,
                             std::size_t* comparisons = nullptr) {
    return find_text_if(
        text, pattern, from, [](std::size_t) { return true; }, comparisons);
}

}  // namespace mandat::detail
