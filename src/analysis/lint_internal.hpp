// Private to src/lint*.cpp: how a lint finding is made, and the quote reader.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "mandat/lint.hpp"
#include "mandat/messages.hpp"
#include "model/predicates.hpp"

namespace mandat::detail {

// Collects lint findings in one language.
class lint_sink {
public:
    lint_sink(const mandate& m, language lang) : m_(m), lang_(lang), ids_(m) {}

    const mandate& m() const noexcept { return m_; }
    // An organisation's name (the id itself for an unknown one), from a hash index: the checks
    // ask once per quota, so a linear search each time would cost quotas times organisations.
    const std::string& organisation_name(const std::string& id) const {
        const organisation* o = ids_.find_organisation(id);
        return o ? o->name : id;
    }
    // Which ids the mandate knows (model/predicates.hpp), as validate() judges them.
    const mandate_ids& ids() const noexcept { return ids_; }

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
    mandate_ids ids_;
};

// Reads the numbers and dates of the quoted sentences and compares them with the data
// (src/analysis/lint_quotes.cpp).
void lint_quotes(lint_sink& sink);

}  // namespace mandat::detail
