// diff_words(): a word-level diff by longest common subsequence (see mandat/diff.hpp).
//
// The common first and last words are set aside; the LCS table of what is left costs
// (n+1)·(m+1) cells of 4 bytes. Above max_word_diff_cells the middle is reported as one
// removal and one addition: correct, though not minimal.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mandat/diff.hpp"

namespace mandat {
namespace {

// Words split at spaces, tabs and carriage returns; each line break is a word "\n".
std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') {
            out.push_back(text.substr(i, 1));
            ++i;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            ++i;
        } else {
            const std::size_t start = i;
            while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\r' && text[i] != '\n') ++i;
            out.push_back(text.substr(start, i - start));
        }
    }
    return out;
}

// Appends a word to the runs, merging it into the last run when that has the same fate.
void push(std::vector<word_op>& ops, word_op_kind kind, std::string_view word) {
    if (ops.empty() || ops.back().op != kind) {
        ops.push_back(word_op{kind, std::string(word)});
        return;
    }
    std::string& text = ops.back().text;
    if (word != "\n" && (text.empty() || text.back() != '\n')) text += ' ';
    text.append(word);
}

}  // namespace

std::vector<word_op> diff_words(std::string_view before, std::string_view after) {
    const std::vector<std::string_view> a = words_of(before), b = words_of(after);
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    std::vector<word_op> ops;
    for (std::size_t i = 0; i < prefix; ++i) push(ops, word_op_kind::same, a[i]);

    const std::size_t n = a.size() - prefix - suffix, m = b.size() - prefix - suffix;
    auto A = [&](std::size_t i) { return a[prefix + i]; };
    auto B = [&](std::size_t j) { return b[prefix + j]; };
    if (n > 0 && m > 0 && (n + 1) > max_word_diff_cells / (m + 1)) {
        for (std::size_t i = 0; i < n; ++i) push(ops, word_op_kind::removed, A(i));
        for (std::size_t j = 0; j < m; ++j) push(ops, word_op_kind::added, B(j));
    } else {
        // lcs[i][j]: the length of a longest common subsequence of A[i..] and B[j..].
        const std::size_t w = m + 1;
        std::vector<std::uint32_t> lcs((n + 1) * w, 0);
        for (std::size_t i = n; i-- > 0;)
            for (std::size_t j = m; j-- > 0;)
                lcs[i * w + j] = A(i) == B(j) ? lcs[(i + 1) * w + j + 1] + 1 : std::max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
        std::size_t i = 0, j = 0;
        while (i < n && j < m) {
            if (A(i) == B(j)) {
                push(ops, word_op_kind::same, A(i));
                ++i;
                ++j;
            } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
                push(ops, word_op_kind::removed, A(i++));
            } else {
                push(ops, word_op_kind::added, B(j++));
            }
        }
        for (; i < n; ++i) push(ops, word_op_kind::removed, A(i));
        for (; j < m; ++j) push(ops, word_op_kind::added, B(j));
    }

    for (std::size_t k = a.size() - suffix; k < a.size(); ++k) push(ops, word_op_kind::same, a[k]);
    return ops;
}

}  // namespace mandat
