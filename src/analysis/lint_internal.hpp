// Private to src/lint*.cpp: how a lint finding is made, and the quote reader.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "mandat/finding_builder.hpp"
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

    // The finding `b` describes, its message in the sink's language.
    void add(finding_builder& b) { out_.push_back(b.build(lang_)); }

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
