// A mandate diff as JSON ("mandat.diff/1", docs/lint-and-diff.md), and back.
#include "documents/json_reader.hpp"
#include "mandat/diff.hpp"
#include "mandat/json.hpp"

namespace mandat {

using json = nlohmann::json;

namespace {

constexpr const char* diff_format = "mandat.diff/1";

json optional_text(const std::optional<std::string>& s) { return s ? json(*s) : json(); }

}  // namespace

json to_json(const mandate_diff& d) {
    json j;
    j["format"] = diff_format;
    j["before"] = d.before_id;
    j["after"] = d.after_id;
    j["same"] = d.empty();
    j["changes"] = json::array();
    for (const auto& c : d.changes) {
        json jc;
        jc["kind"] = c.kind;
        jc["clause"] = c.clause.empty() ? json() : json(c.clause);
        jc["pointer"] = c.pointer;
        jc["before"] = optional_text(c.before);
        jc["after"] = optional_text(c.after);
        if (c.words.empty()) {
            jc["words"] = json();
        } else {
            jc["words"] = json::array();
            for (const auto& w : c.words) jc["words"].push_back({{"op", to_string(w.op)}, {"text", w.text}});
        }
        j["changes"].push_back(std::move(jc));
    }
    return j;
}

mandate_diff mandate_diff_from_json(const json& document) {
    using detail::node;
    const node root(document, "");
    root.expect_object({"format", "before", "after", "same", "changes"});
    if (root["format"].as_string() != diff_format)
        root["format"].fail(errors::document_unsupported_format, std::string("expected \"") + diff_format + "\"");
    mandate_diff d;
    d.before_id = root["before"].as_string();
    d.after_id = root["after"].as_string();
    const bool same = root["same"].as_bool();
    auto text = [](const node& n, const char* key) {
        auto v = n.optional(key);
        return v ? std::optional<std::string>(v->as_string()) : std::nullopt;
    };
    root["changes"].for_each(
        [&](const node& c, std::size_t) {
            c.expect_object({"kind", "clause", "pointer", "before", "after", "words"});
            mandate_change x;
            x.kind = c["kind"].as_nonempty_string();
            x.clause = text(c, "clause").value_or("");
            x.pointer = c["pointer"].as_string();
            x.before = text(c, "before");
            x.after = text(c, "after");
            if (auto words = c.optional("words"))
                words->for_each([&](const node& w, std::size_t) {
                    w.expect_object({"op", "text"});
                    const std::string op = w["op"].as_string();
                    word_op o;
                    if (op == "same")
                        o.op = word_op_kind::same;
                    else if (op == "added")
                        o.op = word_op_kind::added;
                    else if (op == "removed")
                        o.op = word_op_kind::removed;
                    else
                        w["op"].fail(errors::document_invalid_value, "expected \"same\", \"added\" or \"removed\"");
                    o.text = w["text"].as_string();
                    x.words.push_back(std::move(o));
                });
            d.changes.push_back(std::move(x));
        },
        field_limits::record_items);
    if (same != d.changes.empty())
        root["same"].fail(errors::document_inconsistent,
                          same ? "\"same\" is true but changes are listed" : "\"same\" is false but no change is listed");
    return d;
}

}  // namespace mandat
