// The message catalogue's renderer (see mandat/messages.hpp): it finds an entry among the
// catalogue's parts (src/messages/) and fills in the facts.
#include "mandat/messages.hpp"

#include "messages/catalogue.hpp"

#include <algorithm>
#include <unordered_map>

namespace mandat {
namespace {

using messages::entry;

const std::unordered_map<std::string_view, const entry*>& index() {
    static const std::unordered_map<std::string_view, const entry*> map = [] {
        std::unordered_map<std::string_view, const entry*> m;
        for (const auto& part : messages::all_parts())
            for (std::size_t i = 0; i < part.size; ++i) m.emplace(part.entries[i].id, &part.entries[i]);
        return m;
    }();
    return map;
}

const char* lookup(std::string_view id, language lang) {
    const auto& map = index();
    auto it = map.find(id);
    if (it == map.end()) return nullptr;
    return lang == language::nb ? it->second->nb : it->second->en;
}

const std::string* first_fact(const message_facts& facts, std::string_view name) {
    for (const auto& [k, v] : facts)
        if (k == name) return &v;
    return nullptr;
}

// The plural rule of every counted message, the one home of the choice between a word's forms
// ("{count|meeting|meetings}", "{count|møte|møter}"): English and Norwegian bokmål both take the
// first form for exactly one and the second for every other count, zero included. `forms` is
// "one|other"; a single form serves both.
std::string_view plural_form(std::string_view count, std::string_view forms) {
    const std::size_t second = forms.find('|');
    if (count == "1" || second == std::string_view::npos) return forms.substr(0, second);
    return forms.substr(second + 1);
}

// One placeholder, without its braces: "name", "name|one|other", "name:word" or "name:list".
void substitute(std::string& out, std::string_view spec, language lang, const message_facts& facts) {
    const std::size_t bar = spec.find('|');
    const std::size_t colon = spec.find(':');
    const std::string_view name = spec.substr(0, std::min(bar, colon));
    const std::string* value = first_fact(facts, name);
    if (!value) {
        out.append("{").append(spec).append("}");
        return;
    }
    if (bar != std::string_view::npos) {
        out.append(plural_form(*value, spec.substr(bar + 1)));
        return;
    }
    const std::string_view filter = colon == std::string_view::npos ? std::string_view() : spec.substr(colon + 1);
    if (filter == "word") {
        const char* w = lookup("word." + *value, lang);
        out.append(w ? w : *value);
    } else if (filter == "list") {
        std::vector<const std::string*> all;
        for (const auto& [k, v] : facts)
            if (k == name) all.push_back(&v);
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (i > 0) out.append(i + 1 == all.size() ? std::string(" ") + lookup("word.and", lang) + " " : std::string(", "));
            out.append(*all[i]);
        }
    } else {
        out.append(*value);
    }
}

}  // namespace

std::string render_message(std::string_view id, language lang, const message_facts& facts) {
    const char* tmpl = lookup(id, lang);
    if (!tmpl) return std::string(id);
    const std::string_view t(tmpl);
    std::string out;
    out.reserve(t.size() + 32);
    std::size_t i = 0;
    while (i < t.size()) {
        const std::size_t open = t.find('{', i);
        if (open == std::string_view::npos) {
            out.append(t.substr(i));
            break;
        }
        const std::size_t close = t.find('}', open);
        out.append(t.substr(i, open - i));
        if (close == std::string_view::npos) {
            out.append(t.substr(open));
            break;
        }
        substitute(out, t.substr(open + 1, close - open - 1), lang, facts);
        i = close + 1;
    }
    return out;
}

std::string render_message(const finding& f, language lang) {
    if (f.message_id.empty()) return f.message;
    return render_message(f.message_id, lang, f.facts);
}

std::string severity_word(severity s, language lang) { return render_message("word." + std::string(to_string(s)), lang); }

std::string quota_range_text(unsigned min, unsigned max, language lang) {
    if (min == max) return std::to_string(min);
    return render_message("show.quota_range", lang, {{"min", std::to_string(min)}, {"max", std::to_string(max)}});
}

std::string meeting_rule_text(const meeting_frequency& f, language lang, bool with_tolerance) {
    std::string s;
    if (f.target) {
        s = render_message("show.meetings_target", lang, {{"target", std::to_string(*f.target)}});
        if (f.tolerance && with_tolerance)
            s += " (" +
                 render_message("show.meetings_tolerance", lang,
                                {{"low", std::to_string(*f.target > f.tolerance ? *f.target - f.tolerance : 0)},
                                 {"high", std::to_string(*f.target + f.tolerance)}}) +
                 ")";
    }
    if (f.maximum)
        s += (s.empty() ? "" : "; ") + render_message("show.meetings_maximum", lang, {{"maximum", std::to_string(*f.maximum)}});
    return s;
}

std::vector<std::string> provenance_text(const provenance& p, language lang) {
    std::vector<std::string> parts;
    if (p.replaces) parts.push_back(render_message("history.replaces", lang, {{"version", *p.replaces}}));
    if (p.amends) parts.push_back(render_message("history.amends", lang, {{"version", *p.amends}}));
    if (!p.carried_over.empty())
        parts.push_back(render_message("history.carried_over", lang, {{"count", std::to_string(p.carried_over.size())}}));
    return parts;
}

std::vector<std::string> message_ids() {
    std::vector<std::string> ids;
    for (const auto& part : messages::all_parts())
        for (std::size_t i = 0; i < part.size; ++i) ids.emplace_back(part.entries[i].id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace mandat
