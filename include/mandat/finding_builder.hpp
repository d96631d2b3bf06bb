// mandat/finding_builder.hpp - the one way a finding is made: its fields by name, and its
// message rendered from the catalogue in one place.
//
//   finding f = finding_builder(codes::quota_above_max, severity::error)
//                   .cite(b.quota_cite)  // clause, rule and the quoted sentence
//                   .body(b.id)
//                   .organisation("ks")
//                   .facts({{"organisation_name", "KS"}, {"count", "3"}, {"body_name", b.name}, {"max", "2"}})
//                   .build(language::nb);
//
// The message id is the code unless message() names a variant ("unknown.person.meeting");
// build() renders that entry of the catalogue (mandat/messages.hpp) from the facts in the
// language asked for, and the finding keeps the id and facts to be worded again. A field not
// named stays empty, as in a default finding. Every finding the library makes (the check, the
// check across versions, a composition, lint) is built here.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "mandat/clause.hpp"
#include "mandat/date.hpp"
#include "mandat/finding.hpp"
#include "mandat/messages.hpp"

namespace mandat {

class finding_builder {
public:
    finding_builder(std::string code, mandat::severity s) {
        f_.code = std::move(code);
        f_.severity = s;
        f_.message_id = f_.code;
    }

    // The catalogue entry of the message, when it is a variant of the code.
    finding_builder& message(std::string message_id) {
        f_.message_id = std::move(message_id);
        return *this;
    }
    // The clause and rule the finding comes from, and the sentence it quotes.
    finding_builder& cite(const citation& c) {
        f_.clause = c.clause;
        f_.rule = c.rule;
        f_.source = c.source;
        return *this;
    }
    // The sentence quoted, when it is not the citation's (a quota's own sentence).
    finding_builder& source(std::string sentence) {
        f_.source = std::move(sentence);
        return *this;
    }
    finding_builder& body(std::string body_id) {
        f_.body = std::move(body_id);
        return *this;
    }
    finding_builder& organisation(std::string organisation_id) {
        f_.organisation = std::move(organisation_id);
        return *this;
    }
    // A person concerned (an id, or its pseudonym when redacted: mandat/redaction.hpp).
    finding_builder& person(std::string person_id) {
        f_.person_ids.push_back(std::move(person_id));
        return *this;
    }
    finding_builder& persons(std::vector<std::string> person_ids) {
        f_.person_ids = std::move(person_ids);
        return *this;
    }
    // The days concerned, inclusive; a last day of none is open-ended.
    finding_builder& dates(std::optional<date> first, std::optional<date> last) {
        f_.start_date = first;
        f_.end_date = last;
        return *this;
    }
    // One day concerned.
    finding_builder& on(date day) { return dates(day, day); }
    // What the message is rendered from; a name given twice is a list ("{name:list}").
    finding_builder& fact(std::string name, std::string value) {
        f_.facts.emplace_back(std::move(name), std::move(value));
        return *this;
    }
    finding_builder& facts(message_facts all) {
        f_.facts = std::move(all);
        return *this;
    }
    // The version of a history that judged the days (a check across versions).
    finding_builder& version(std::string version_id) {
        f_.version = std::move(version_id);
        return *this;
    }

    // The finding, its message rendered in `lang`. The builder gives its fields away: build once.
    finding build(language lang);

private:
    finding f_;
};

}  // namespace mandat
