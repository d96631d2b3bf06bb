// The document against the source text: every quoted sentence stands verbatim in
// data/mandat-trondelag-2022.nb.txt, and no line of the text is left out of the clauses.
#include <catch2/catch.hpp>

#include <algorithm>

#include "mandat/mandat.hpp"

namespace {

std::string source_file() { return mandat::read_file(std::string(MANDAT_SOURCE_DIR) + "/data/mandat-trondelag-2022.nb.txt"); }

std::vector<std::string> all_quotes(const mandat::mandate& m) {
    std::vector<std::string> q{m.parties.cite.source, m.bodies_cite.source, m.rotation.cite.source, m.validity.cite.source,
                               m.signature.cite.source};
    if (m.secretary) q.push_back(m.secretary->cite.source);
    for (const auto& r : m.rotation.roles) q.push_back(r.cite.source);
    for (const auto& b : m.bodies) {
        q.push_back(b.established.source);
        q.push_back(b.quota_cite.source);
        for (const auto& s : b.quotas) q.push_back(s.source);
        if (b.meetings) q.push_back(b.meetings->cite.source);
    }
    for (const auto& a : m.attendance) q.push_back(a.cite.source);
    for (const auto& p : m.preparation) q.push_back(p.cite.source);
    for (const auto& c : m.clauses) {
        if (c.heading) q.push_back(*c.heading);
        for (const auto& line : c.text) q.push_back(line);
    }
    return q;
}

}  // namespace

TEST_CASE("the embedded source text is the repository's source file") {
    CHECK(std::string(mandat::trondelag_2022_source_text()) == source_file());
}

TEST_CASE("every quoted sentence of the Trøndelag document occurs verbatim in the source text") {
    const std::string text = source_file();
    const auto quotes = all_quotes(mandat::trondelag_2022());
    CHECK(quotes.size() == 76);  // 25 rule quotes, 13 headings, 38 lines of clause text
    for (const auto& q : quotes) {
        INFO(q);
        CHECK(text.find(q) != std::string::npos);
    }
}

TEST_CASE("nothing in the source text is dropped: the clauses cover every line") {
    std::string rest = source_file();
    const auto& m = mandat::trondelag_2022();
    // Remove every heading and line, longest first so that no short line eats into a longer.
    std::vector<std::string> pieces;
    for (const auto& c : m.clauses) {
        if (c.heading) pieces.push_back(*c.heading);
        pieces.insert(pieces.end(), c.text.begin(), c.text.end());
    }
    std::sort(pieces.begin(), pieces.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    for (const auto& p : pieces) {
        const auto at = rest.find(p);
        INFO(p);
        REQUIRE(at != std::string::npos);
        rest.erase(at, p.size());
    }
    for (char ch : rest) {
        INFO("left over: [" << rest << "]");
        REQUIRE((ch == ' ' || ch == '\n' || ch == '\r'));
    }
}

TEST_CASE("the clause catalogue: ids, kinds and rules as docs/rules.md lists them") {
    const auto& m = mandat::trondelag_2022();
    struct expect {
        const char* id;
        mandat::clause_kind kind;
        std::vector<std::string> rules;
    };
    using K = mandat::clause_kind;
    const std::vector<expect> catalogue = {
        {"tittel", K::information, {}},
        {"innledning", K::information, {}},
        {"mal", K::information, {}},
        {"deltakelse", K::rule, {"R1"}},
        {"organisering", K::rule, {"R2", "R3", "R4"}},
        {"satsingsomrader", K::information, {}},
        {"styringsgruppen", K::rule, {"R5"}},
        {"ledelse", K::rule, {"R6", "R7"}},
        {"arbeidsutvalget", K::rule, {"R8", "R9", "R10"}},
        {"roller", K::information, {}},
        {"roller.sf", K::information, {}},
        {"roller.tfk", K::information, {}},
        {"roller.nfr", K::information, {}},
        {"roller.ks", K::information, {}},
        {"varighet", K::rule, {"R11"}},
        {"signatur", K::information, {}},
    };
    REQUIRE(m.clauses.size() == catalogue.size());
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        INFO(catalogue[i].id);
        CHECK(m.clauses[i].id == catalogue[i].id);
        CHECK(m.clauses[i].kind == catalogue[i].kind);
        CHECK(m.clauses[i].rules == catalogue[i].rules);
    }
    // Five focus areas, each a list item.
    for (const auto& line : m.get_clause("satsingsomrader").text) CHECK(line.rfind("- ", 0) == 0);
}
