// mandat/redaction.hpp - how a person is shown: by id and name, or, redacted, by a pseudonym.
//
// The one home of `--redact` (check_options::redact, report::redacted): the check, the check
// across versions, the seats on a day, the timeline, the HTML report and the command line ask
// a redactor how to show a person, and Python asks the same through the bindings
// (mandat.pseudonym, Tenure.label). Redacted, a person is its pseudonym alone: no id, no name,
// and no free text that may name one (a meeting's title). See docs/compliance.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mandat/finding.hpp"
#include "mandat/roster_values.hpp"

namespace mandat {

// A stable pseudonym for a person id ("P-" and sixteen hex digits of a 64-bit hash): the same
// id gives the same pseudonym in every run and on every machine.
std::string pseudonym(const std::string& person_id);

// Shows the persons of a roster, redacted or not. It refers to the roster's names, so the
// roster must outlive it.
class redactor {
public:
    redactor(const roster& r, bool redact, language lang);

    bool redacts() const noexcept { return redact_; }

    // The id shown: the id itself, or its pseudonym when redacting.
    std::string id(const std::string& person_id) const;
    // The name shown: the roster's name of the person (the first person of that id); none when
    // redacting or when the roster lacks the person.
    std::optional<std::string> name(const std::string& person_id) const;
    // The person in a sentence: label_of(id(person_id), name(person_id)).
    std::string label(const std::string& person_id) const;
    // Free text that may name persons (a meeting's title): none when redacting.
    std::optional<std::string> text(const std::optional<std::string>& free_text) const;

    // A person already shown (a tenure, a seat holder, a role holder) in a sentence: "Name (id)"
    // (catalogue entry "person.label"), or the shown id alone without a name (redacted, or a
    // person the roster lacks).
    static std::string label_of(const std::string& shown_id, const std::optional<std::string>& shown_name, language lang);

private:
    bool redact_;
    language lang_;
    // Person id -> name, sorted by id (of one id, the roster's first person first); empty when
    // redacting. A sorted vector, not a hash map: this header stays as light as the values.
    std::vector<std::pair<std::string_view, const std::string*>> names_;
};

}  // namespace mandat
