// mandat/clause.hpp - the clauses of a mandate and citations into them.
//
// A clause keeps its heading and its paragraphs verbatim, in the order of the source text,
// so that any answer can quote the sentence it rests on. A citation ties one rule of the
// library to its clause id, its rule number (R1..R11 for the Trøndelag mandate) and the
// verbatim sentence it implements.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mandat {

enum class clause_kind {
    rule,         // the clause states rules the library enforces
    information,  // goals, focus areas, role texts, signature: kept, not enforced
};

// The word documents spell a kind with ("rule", "information"), and back.
constexpr std::string_view to_string(clause_kind k) noexcept { return k == clause_kind::rule ? "rule" : "information"; }
inline std::optional<clause_kind> parse_clause_kind(std::string_view s) noexcept {
    if (s == "rule") return clause_kind::rule;
    if (s == "information") return clause_kind::information;
    return std::nullopt;
}

struct clause {
    std::string id;                      // e.g. "styringsgruppen"
    std::optional<std::string> heading;  // verbatim, e.g. "Styringsgruppen består av:"
    clause_kind kind = clause_kind::information;
    std::vector<std::string> rules;  // rule numbers the clause carries, e.g. {"R5"}
    std::string summary_en;          // an English gist, for readers without Norwegian
    std::vector<std::string> text;   // verbatim lines, list items with their "- " or "1. "
    std::optional<int> target_year;  // a year the clause sets goals for ("I 2025 har ...")

    // The heading and the text, one line each, as they stand in the source.
    std::string source_text() const {
        std::string out;
        if (heading) out += *heading;
        for (const auto& line : text) {
            if (!out.empty()) out += '\n';
            out += line;
        }
        return out;
    }
};

// Where in the text a rule comes from.
struct citation {
    std::string clause;  // clause id
    std::string rule;    // rule number, e.g. "R5"; empty for information
    std::string source;  // the verbatim Norwegian sentence

    friend bool operator==(const citation& a, const citation& b) {
        return a.clause == b.clause && a.rule == b.rule && a.source == b.source;
    }
};

inline bool operator==(const clause& a, const clause& b) {
    return a.id == b.id && a.heading == b.heading && a.kind == b.kind && a.rules == b.rules && a.summary_en == b.summary_en &&
           a.text == b.text && a.target_year == b.target_year;
}

}  // namespace mandat
