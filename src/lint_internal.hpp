// Private to src/lint*.cpp: how a lint finding is made, and the quote reader.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "mandat/lint.hpp"
#include "mandat/messages.hpp"

namespace mandat::detail {

// Collects lint findings in one language.
class lint_sink {
public:
    lint_sink(const mandate& m, language lang) : m_(m), lang_(lang) {}

    const mandate& m() const noexcept { return m_; }

    // A finding citing `cite` (its clause and rule); `source` is the quoted sentence shown.
    void add(const char* code, severity sev, const std::string& message_id, const citation& cite, std::string body,
             std::string organisation, std::string source, message_facts facts) {
        finding f;
        f.code = code;
        f.severity = sev;
        f.clause = cite.clause;
        f.rule = cite.rule;
        f.body = std::move(body);
        f.organisation = std::move(organisation);
        f.source = std::move(source);
        f.message = render_message(message_id, lang_, facts);
        f.message_id = message_id;
        f.facts = std::move(facts);
        out_.push_back(std::move(f));
    }

    std::vector<finding> take() { return std::move(out_); }

private:
    const mandate& m_;
    language lang_;
    std::vector<finding> out_;
};

// Reads the numbers and dates of the quoted sentences and compares them with the data
// (src/lint_quotes.cpp).
void lint_quotes(lint_sink& sink);

}  // namespace mandat::detail
