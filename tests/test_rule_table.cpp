// The rule table, the code and docs/clauses.md agree: every rule of the mandate has an
// evaluator, found in the code under its rule id.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "mandat/mandat.hpp"
#include "support.hpp"

namespace {

using mandat::testing::M;

std::string read_source(const std::string& relative) {
    std::ifstream in(std::string(MANDAT_SOURCE_DIR) + "/" + relative);
    REQUIRE(in.good());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("the rule table: every rule of the mandate has an evaluator, found in the code under its rule id") {
    std::set<std::string> rules;
    for (const auto& c : M().clauses)
        for (const auto& r : c.rules) rules.insert(r);
    REQUIRE(rules.size() == 11);
    for (const auto& r : rules) {
        INFO(r);
        CHECK(mandat::find_rule_evaluator(r) != nullptr);
    }
    CHECK(mandat::rule_table().size() == rules.size());
    for (const auto& entry : mandat::rule_table()) {
        CHECK(rules.count(std::string(entry.rule)) == 1);
        for (auto evaluator : entry.evaluators) {
            INFO(std::string(entry.rule) + " " + std::string(evaluator));
            const auto colon = evaluator.find(':');
            REQUIRE(colon != std::string_view::npos);
            const std::string file(evaluator.substr(0, colon)), function(evaluator.substr(colon + 1));
            const std::string text = read_source(file);
            // The definition: the function's name followed by "(" at the start of a declaration,
            // with the comment block just above it naming the rule.
            std::istringstream lines(text);
            std::string line, comment;
            bool found = false;
            while (std::getline(lines, line)) {
                const auto first = line.find_first_not_of(' ');
                const bool is_comment = first != std::string::npos && line.compare(first, 2, "//") == 0;
                if (is_comment) {
                    comment += line + "\n";
                    continue;
                }
                if (line.find(function + "(") != std::string::npos && !comment.empty() && line.find(';') == std::string::npos) {
                    found = true;
                    CHECK_THAT(comment, Catch::Contains(std::string(entry.rule)));
                    break;
                }
                comment.clear();
            }
            CHECK(found);
        }
    }
}

TEST_CASE("the rule table agrees with docs/clauses.md") {
    const std::string doc = read_source("docs/clauses.md");
    for (const auto& entry : mandat::rule_table()) {
        // The row of the rule: "| `clause` | R5 | ..." names every evaluator function.
        const std::string marker = "| " + std::string(entry.rule) + " |";
        const auto at = doc.find(marker);
        INFO(entry.rule);
        REQUIRE(at != std::string::npos);
        const std::string row = doc.substr(at, doc.find('\n', at) - at);
        for (auto evaluator : entry.evaluators) {
            const std::string function(evaluator.substr(evaluator.find(':') + 1));
            INFO(function);
            CHECK_THAT(row, Catch::Contains(function));
        }
    }
}
