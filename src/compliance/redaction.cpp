// How a person is shown, redacted or not (see mandat/redaction.hpp).
#include "mandat/redaction.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "mandat/messages.hpp"

namespace mandat {

// FNV-1a over the id's bytes, 64 bits, then MurmurHash3's 64-bit finaliser (a bijection, so it
// adds no collision; it spreads ids that differ in one byte over all the digits). All 64 bits
// are shown: among a million ids the chance of any two sharing a pseudonym is about 3e-8
// (a 24-bit hash, as before 0.3, collides among a few thousand).
std::string pseudonym(const std::string& person_id) {
    std::uint64_t h = 0xcbf29ce484222325u;
    for (unsigned char c : person_id) {
        h ^= c;
        h *= 0x100000001b3u;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdu;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53u;
    h ^= h >> 33;
    char buf[24];
    std::snprintf(buf, sizeof buf, "P-%016llx", static_cast<unsigned long long>(h));
    return buf;
}

redactor::redactor(const roster& r, bool redact, language lang) : redact_(redact), lang_(lang) {
    if (redact) return;  // no name is shown
    names_.reserve(r.persons.size());
    for (const auto& p : r.persons) names_.emplace_back(p.id, &p.name);
    std::stable_sort(names_.begin(), names_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
}

std::string redactor::id(const std::string& person_id) const { return redact_ ? pseudonym(person_id) : person_id; }

std::optional<std::string> redactor::name(const std::string& person_id) const {
    const std::string_view id(person_id);
    const auto it =
        std::lower_bound(names_.begin(), names_.end(), id, [](const auto& e, std::string_view x) { return e.first < x; });
    if (it == names_.end() || it->first != id) return std::nullopt;
    return *it->second;
}

std::string redactor::label(const std::string& person_id) const { return label_of(id(person_id), name(person_id), lang_); }

std::optional<std::string> redactor::text(const std::optional<std::string>& free_text) const {
    return redact_ ? std::nullopt : free_text;
}

std::string redactor::label_of(const std::string& shown_id, const std::optional<std::string>& shown_name, language lang) {
    if (!shown_name) return shown_id;
    return render_message("person.label", lang, {{"name", *shown_name}, {"id", shown_id}});
}

}  // namespace mandat
