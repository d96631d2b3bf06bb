// History documents (mandat.history/1, see mandat/history.hpp and docs/history.md). An
// amendment may be written as an RFC 6902 JSON Patch against the version it amends; the
// patch is applied within the document's limits (patch.hpp) and the result is loaded as
// strictly as any mandate.
#include <map>

#include "documents/json_reader.hpp"
#include "history/patch.hpp"
#include "mandat/history.hpp"
#include "mandat/io.hpp"
#include "mandat/json.hpp"

namespace mandat {
namespace {

using detail::json;
using detail::node;

// A mandate error inside version `i`, re-thrown with the pointer in the history document.
[[noreturn]] void rethrow_inside(const document_error& e, const std::string& base) {
    throw document_error(e.id(), base + e.pointer(), e.detail());
}

mandate_version read_full(const node& v, const std::string& base) {
    v.expect_object({"mandate", "from"});
    mandate_version out;
    try {
        out.m = mandate_from_json(v["mandate"].value());
    } catch (const document_error& e) {
        rethrow_inside(e, base + "/mandate");
    }
    if (auto f = v.optional("from")) out.from = f->as_date();
    return out;
}

// The versions read so far and their index by id (the last one listed, for an id used twice:
// the history then refuses the duplicate).
struct earlier_versions {
    std::vector<mandate_version> list;
    std::map<std::string, std::size_t> by_id;

    const mandate_version* find(const std::string& id) const {
        auto it = by_id.find(id);
        return it == by_id.end() ? nullptr : &list[it->second];
    }
    void add(mandate_version v) {
        by_id[v.m.id] = list.size();
        list.push_back(std::move(v));
    }
};

mandate_version read_patch(const node& v, const earlier_versions& earlier, const load_limits& limits,
                           detail::patch_budget& budget) {
    v.expect_object({"id", "amends", "status", "from", "decided_on", "decided_by", "note", "patch"});
    const std::string amends = v["amends"].as_id();
    const mandate_version* target = earlier.find(amends);
    if (!target)
        v["amends"].fail(errors::document_unknown_reference,
                         "unknown version \"" + amends + "\" (an amendment names a version listed before it)");
    const node patch = v["patch"];
    json patched = to_json(target->m);
    detail::apply_patch(patched, patch, amends, limits, budget);
    mandate_version out;
    try {
        out.m = mandate_from_json(patched);
    } catch (const document_error& e) {
        patch.fail(e.id(),
                   "the amended mandate is not valid: at " + (e.pointer().empty() ? "/" : e.pointer()) + ": " + e.detail());
    }
    out.m.id = v["id"].as_id();
    out.m.status = mandate_status::adopted;
    if (auto s = v.optional("status")) {
        const std::string st = s->as_string();
        if (st == "draft")
            out.m.status = mandate_status::draft;
        else if (st == "superseded")
            out.m.status = mandate_status::superseded;
        else if (st != "adopted")
            s->fail(errors::document_invalid_value, "\"" + st + "\" is not a status (expected draft, adopted or superseded)");
    }
    provenance p;
    p.amends = amends;
    // The amended text is still the one the amended version carried over, where it did.
    if (target->m.provenance) p.carried_over = target->m.provenance->carried_over;
    if (auto d = v.optional("decided_on")) p.decided_on = d->as_partial_date();
    if (auto b = v.optional("decided_by")) b->for_each([&](const node& x, std::size_t) { p.decided_by.push_back(x.as_id()); });
    if (auto n = v.optional("note")) p.note = n->as_text();
    out.m.provenance = std::move(p);
    if (auto f = v.optional("from")) out.from = f->as_date();
    out.patch = patch.value().dump();
    return out;
}

history read_history(const json& document, const load_limits& limits, std::size_t input_bytes) {
    const node root(document, "");
    root.expect_object({"format", "id", "title", "versions"});
    const std::string format = root["format"].as_string();
    if (format != history_format)
        root["format"].fail(errors::document_unsupported_format,
                            "unsupported format \"" + format + "\" (expected \"" + history_format + "\")");
    earlier_versions versions;
    detail::patch_budget budget = detail::patch_budget::for_input(input_bytes);
    root["versions"].for_each([&](const node& v, std::size_t i) {
        const std::string base = "/versions/" + std::to_string(i);
        versions.add(v.has("patch") ? read_patch(v, versions, limits, budget) : read_full(v, base));
    });
    return history(root["id"].as_id(), root["title"].as_name(), std::move(versions.list));
}

}  // namespace

history load_history(std::string_view json_text, const load_limits& limits) {
    return read_history(detail::parse_document(json_text, limits), limits, json_text.size());
}

history load_history_file(const std::string& path, const load_limits& limits) {
    return detail::load_document_file(path, limits, [&](std::string_view text) { return load_history(text, limits); });
}

std::string dump_history(const history& h) {
    json j;
    j["format"] = history_format;
    j["id"] = h.id();
    j["title"] = h.title();
    j["versions"] = json::array();
    for (const auto& v : h.versions()) {
        json jv;
        if (!v.patch.empty()) {
            const provenance& p = *v.m.provenance;
            jv["id"] = v.m.id;
            jv["amends"] = *p.amends;
            jv["status"] = to_string(v.m.status);
            if (p.decided_on) jv["decided_on"] = p.decided_on->to_string();
            if (!p.decided_by.empty()) jv["decided_by"] = p.decided_by;
            if (!p.note.empty()) jv["note"] = p.note;
            jv["patch"] = json::parse(v.patch);
        } else {
            jv["mandate"] = to_json(v.m);
        }
        if (v.from) jv["from"] = format_date(*v.from);
        j["versions"].push_back(std::move(jv));
    }
    return j.dump(2) + "\n";
}

void save_history_file(const history& h, const std::string& path) { write_file_atomic(path, dump_history(h)); }

}  // namespace mandat
