// Words: every count in the message catalogue reads right for one and for two, in English and in
// Norwegian bokmål ("held 1 meeting", "hadde 2 møter"), through the catalogue's one plural rule
// (src/messages/render.cpp).
#include <catch2/catch.hpp>

#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "mandat/mandat.hpp"
#include "support.hpp"

namespace {

// The facts of the catalogue that hold a count.
const std::set<std::string> count_facts = {"count", "errors", "warnings", "infos",   "more",   "quotas", "min", "max",
                                           "low",   "high",   "target",   "maximum", "quoted", "quota",  "data"};

// Words that read right after any count, one or many: prepositions, and nouns without a plural
// form ("1 info", "2 feil").
const std::set<std::string> after_any_count = {"a",    "at", "of",   "per", "present",  "more", "to",  "without",
                                               "info", "av", "feil", "i",   "samtidig", "til",  "uten"};

struct placeholder {
    std::string name;
    std::string filter;  // "" for {name}, "one|other" for a plural, "word"/"list" after ':'
    bool plural = false;
    std::size_t begin = 0;  // the opening brace
    std::size_t end = 0;    // just past the closing brace
};

std::vector<placeholder> placeholders(const std::string& raw) {
    std::vector<placeholder> all;
    for (std::size_t open = raw.find('{'); open != std::string::npos; open = raw.find('{', open + 1)) {
        const std::size_t close = raw.find('}', open);
        REQUIRE(close != std::string::npos);
        const std::string spec = raw.substr(open + 1, close - open - 1);
        const std::size_t cut = spec.find_first_of("|:");
        placeholder p{spec.substr(0, cut), cut == std::string::npos ? "" : spec.substr(cut + 1), false, open, close + 1};
        p.plural = cut != std::string::npos && spec[cut] == '|';
        all.push_back(p);
    }
    return all;
}

// A byte of a word: a letter, or a byte of a multi-byte UTF-8 letter (æ, ø, å).
bool word_byte(char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// The word after position `at` when a single space and a word follow, else "".
std::string next_word(const std::string& raw, std::size_t at) {
    if (at + 1 >= raw.size() || raw[at] != ' ' || raw[at + 1] == '{') return "";
    std::size_t end = raw.find_first_of(" ;,:.)", at + 1);
    return raw.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1);
}

}  // namespace

TEST_CASE("words: every counted message of the catalogue, with 1 and with 2, in both languages", "[words]") {
    std::size_t counted = 0;
    for (const auto& id : mandat::message_ids()) {
        for (const auto lang : {mandat::language::en, mandat::language::nb}) {
            const std::string raw = mandat::render_message(id, lang);  // no facts: the template itself
            const auto all = placeholders(raw);
            for (const auto& p : all) {
                if (!count_facts.count(p.name) || !p.filter.empty()) continue;
                const std::string word = next_word(raw, p.end);
                INFO(id << " (" << (lang == mandat::language::nb ? "nb" : "en") << "): {" << p.name << "} " << word);
                const bool followed_by_form = raw.compare(p.end, p.name.size() + 3, " {" + p.name + "|") == 0;
                // A noun after a count is the plural rule's choice, never a fixed plural.
                if (!followed_by_form && !word.empty() && std::islower(static_cast<unsigned char>(word[0])))
                    CHECK(after_any_count.count(word) == 1);
            }
            for (const auto& p : all) {
                if (!p.plural) continue;
                ++counted;
                const std::size_t bar = p.filter.find('|');
                REQUIRE(bar != std::string::npos);
                const std::string one = p.filter.substr(0, bar), other = p.filter.substr(bar + 1);
                INFO(id << " (" << (lang == mandat::language::nb ? "nb" : "en") << "): {" << p.name << '|' << p.filter << '}');
                CHECK(one != other);
                for (const char* n : {"1", "2"}) {
                    mandat::message_facts facts;
                    for (const auto& q : all)
                        if (q.name != p.name) facts.emplace_back(q.name, "F");
                    facts.emplace_back(p.name, n);
                    const std::string out = mandat::render_message(id, lang, facts);
                    const std::string& form = std::string(n) == "1" ? one : other;
                    INFO(out);
                    CHECK(out.find('{') == std::string::npos);
                    CHECK(out.find(form) != std::string::npos);
                    // "{count} {count|a|b}" reads "1 a" and "2 b", the whole word.
                    const std::string before = "{" + p.name + "} ";
                    if (p.begin >= before.size() && raw.compare(p.begin - before.size(), before.size(), before) == 0) {
                        const std::string said = std::string(n) + " " + form;
                        const std::size_t at = out.find(said);
                        REQUIRE(at != std::string::npos);
                        const std::size_t after = at + said.size();
                        CHECK((after == out.size() || !word_byte(out[after])));
                    }
                }
            }
        }
    }
    CHECK(counted >= 30);
}

TEST_CASE("words: one meeting, one clause, one member, one seat in both languages", "[words]") {
    using mandat::language;
    using mandat::render_message;
    const mandat::message_facts one = {{"body_name", "AU"}, {"count", "1"}, {"year", "2024"}, {"maximum", "8"}};
    const mandat::message_facts two = {{"body_name", "AU"}, {"count", "2"}, {"year", "2024"}, {"target", "4"}};
    CHECK(render_message("meetings.above_max", language::en, one) == "AU held 1 meeting in 2024; the mandate allows at most 8.");
    CHECK(render_message("meetings.above_max", language::nb, one) == "AU hadde 1 møte i 2024; mandatet tillater inntil 8.");
    CHECK(render_message("meetings.off_target", language::en, two) == "AU held 2 meetings in 2024; the mandate expects about 4.");
    CHECK(render_message("meetings.off_target", language::nb, two) == "AU hadde 2 møter i 2024; mandatet forventer ca. 4.");
    CHECK(render_message("history.carried_over", language::en, {{"count", "1"}}) == "1 clause carried over unsigned");
    CHECK(render_message("history.carried_over", language::nb, {{"count", "1"}}) == "1 punkt videreført uten ny signatur");
    CHECK(render_message("history.carried_over", language::nb, {{"count", "16"}}) == "16 punkter videreført uten ny signatur");
    CHECK(render_message("lint.meetings_target_above_max", language::en, {{"body", "au"}, {"target", "1"}, {"maximum", "0"}}) ==
          "au: the target of about 1 meeting a year is above the maximum of 0.");
    CHECK(render_message("lint.body_infeasible", language::nb, {{"body", "au"}, {"min", "1"}, {"max", "0"}}) ==
          "au: kvotene krever minst 1 plass, men størrelsen er høyst 0.");
    CHECK(render_message("attendance.missing.several", language::nb,
                         {{"count", "2"},
                          {"members_body_name", "AU"},
                          {"body_name", "SG"},
                          {"date", "2024-03-01"},
                          {"who", "A"},
                          {"who", "B"}}) == "2 medlemmer av AU er ikke registrert på møtet i SG 2024-03-01: A og B.");
}

TEST_CASE("words: a check of a year with one steering-group meeting says \"1 meeting\"", "[words]") {
    auto r = mandat::load_roster_file(mandat::testing::example_roster_path);
    // 2023 keeps its first steering-group meeting only.
    bool kept = false;
    std::vector<mandat::meeting> meetings;
    for (const auto& mt : r.meetings) {
        const bool in_2023 = mt.body_id == "styringsgruppen" && mt.on.year() == 2023;
        if (in_2023 && kept) continue;
        kept = kept || in_2023;
        meetings.push_back(mt);
    }
    REQUIRE(kept);
    r.meetings = meetings;
    mandat::check_options opt;
    opt.from = mandat::date(2023, 1, 1);
    opt.to = mandat::date(2023, 12, 31);
    std::vector<std::string> said;
    for (const auto lang : {mandat::language::en, mandat::language::nb}) {
        opt.lang = lang;
        for (const auto& f : mandat::check_compliance(mandat::testing::M(), r, opt).findings)
            if (f.code == "meetings.off_target") said.push_back(f.message);
    }
    CHECK(said == std::vector<std::string>{"Styringsgruppen held 1 meeting in 2023; the mandate expects about 4.",
                                           "Styringsgruppen hadde 1 møte i 2023; mandatet forventer ca. 4."});
}
