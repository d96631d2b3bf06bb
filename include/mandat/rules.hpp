// mandat/rules.hpp - which code evaluates which rule.
//
// The rule table maps each rule id of a mandate (R1..R11 for the Trøndelag mandate) to the
// functions of the compliance engine (src/compliance/) that evaluate it and the finding
// codes it can yield. Each evaluator carries its rule ids in the comment above it, so
// `grep -rn R5 src/` finds it; a test keeps the table, the code and docs/clauses.md in step.
// A rule id is the mandate's own; a mandate with other rule numbers needs its own table.
#pragma once

#include <string_view>
#include <vector>

namespace mandat {

struct rule_evaluator {
    std::string_view rule;                     // "R5"
    std::string_view checks;                   // what is checked, in a sentence
    std::vector<std::string_view> evaluators;  // "file:function", e.g. "src/compliance/rules_composition.cpp:seats_within_quota"
    std::vector<std::string_view> codes;       // the finding codes it yields (empty: a query, no finding)
};

// Every rule, in order of its id.
const std::vector<rule_evaluator>& rule_table();
// The entry for `rule`, or nullptr.
const rule_evaluator* find_rule_evaluator(std::string_view rule);

}  // namespace mandat
