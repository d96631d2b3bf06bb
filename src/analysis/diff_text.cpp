// format_diff(): a mandate diff as readable text, through the message catalogue.
#include <string>
#include <vector>

#include "mandat/compliance_text.hpp"
#include "mandat/diff.hpp"
#include "mandat/messages.hpp"

namespace mandat {
namespace {

// The catalogue's name for what a change is about: its kind without ".added", ".removed" or
// ".changed" (the line says which).
std::string what_of(const std::string& kind, language lang) {
    std::string subject = kind;
    for (const char* suffix : {".added", ".removed", ".changed"}) {
        const std::string s(suffix);
        if (subject.size() > s.size() && subject.compare(subject.size() - s.size(), s.size(), s) == 0) {
            subject.resize(subject.size() - s.size());
            break;
        }
    }
    const std::string id = "diff.what." + subject;
    const std::string label = render_message(id, lang);
    return label == id ? kind : label;
}

// A run of unchanged words longer than this is shortened to its first and last words.
constexpr std::size_t keep_words = 5;

std::string shorten_same(const std::string& text) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find(' ', start);
        words.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    if (words.size() <= 2 * keep_words + 2) return text;
    std::string out;
    for (std::size_t i = 0; i < keep_words; ++i) out += words[i] + " ";
    out += "\xE2\x80\xA6";
    for (std::size_t i = words.size() - keep_words; i < words.size(); ++i) out += " " + words[i];
    return out;
}

// "same [-removed-] {+added+} same", a line break shown as ¶.
std::string words_line(const std::vector<word_op>& ops) {
    std::string out;
    for (const auto& op : ops) {
        std::string text;
        // A line break shows as the pilcrow; every other control character is escaped as a
        // field of the check report is (printable), so that no document text forges a line.
        for (char c : op.text) text += c == '\n' ? std::string(" \xC2\xB6 ") : std::string(1, c);
        text = printable(text);
        if (!out.empty()) out += ' ';
        if (op.op == word_op_kind::same)
            out += shorten_same(text);
        else if (op.op == word_op_kind::removed)
            out += "[-" + text + "-]";
        else
            out += "{+" + text + "+}";
    }
    return out;
}

}  // namespace

std::string format_diff(const mandate_diff& d, language lang) {
    if (d.empty())
        return render_message("diff.same", lang, {{"before", printable(d.before_id)}, {"after", printable(d.after_id)}}) + "\n";
    std::string out =
        render_message(
            "diff.title", lang,
            {{"before", printable(d.before_id)}, {"after", printable(d.after_id)}, {"count", std::to_string(d.changes.size())}}) +
        "\n";
    for (const auto& c : d.changes) {
        message_facts facts{{"what", what_of(c.kind, lang)},
                            {"where", printable(c.clause.empty() ? c.pointer : c.clause + " " + c.pointer)},
                            {"old", printable(c.before.value_or("-"))},
                            {"new", printable(c.after.value_or("-"))}};
        if (!c.words.empty()) {
            out += "  " + render_message("diff.line.words", lang, facts) + "\n      " + words_line(c.words) + "\n";
            continue;
        }
        const char* id = c.before && !c.after   ? "diff.line.removed"
                         : c.after && !c.before ? "diff.line.added"
                                                : "diff.line.changed";
        out += "  " + render_message(id, lang, facts) + "\n";
    }
    return out;
}

}  // namespace mandat
