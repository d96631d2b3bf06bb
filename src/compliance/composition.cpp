// Composition checks (R5, R9): head counts per organisation against a body's quotas.
#include <array>

#include "mandat/finding_builder.hpp"
#include "mandat/mandate.hpp"
#include "mandat/messages.hpp"

namespace mandat {

namespace detail {

// R5 (styringsgruppen), R9 (arbeidsutvalget); R1 (deltakelse) for an unknown organisation.
std::optional<finding> quota_finding(const mandate& m, const body& b, const std::string& org, long long n,
                                     mandat::language lang) {
    // Messages are built only for a finding: a composition within its quotas allocates nothing.
    if (b.seats_for(org).contains(n)) return std::nullopt;
    const seat_quota* q = b.quota_for(org);
    auto make = [&](const char* code, const citation& c, const std::string& source, message_facts facts) {
        return finding_builder(code, severity::error)
            .cite(c)
            .source(source)
            .body(b.id)
            .organisation(org)
            .facts(std::move(facts))
            .build(lang);
    };
    message_facts facts{{"organisation", org},
                        {"organisation_name", m.organisation_name(org)},
                        {"count", std::to_string(n)},
                        {"body", b.id},
                        {"body_name", b.name}};
    if (q) {
        facts.emplace_back("min", std::to_string(q->min));
        facts.emplace_back("max", std::to_string(q->max));
        return make(n < static_cast<long long>(q->min) ? codes::quota_below_min : codes::quota_above_max, b.quota_cite, q->source,
                    std::move(facts));
    }
    if (!m.find_organisation(org))
        return make(codes::unknown_organisation, m.parties.cite, m.parties.cite.source, std::move(facts));
    return make(codes::quota_no_seat, b.quota_cite, b.quota_cite.source, std::move(facts));
}

}  // namespace detail

std::vector<finding> mandate::check_composition(const std::string& body_id, const composition& counts,
                                                mandat::language lang) const {
    const body& b = get_body(body_id);
    // One pass over the counts: each is matched to its quota once; a count without a quota is
    // kept aside. Nothing is allocated unless there is a finding (or more than 32 quotas).
    constexpr std::size_t small = 32;
    std::array<long long, small> fixed{};
    std::vector<long long> grown;
    long long* per_quota = fixed.data();
    if (b.quotas.size() > small) {
        grown.assign(b.quotas.size(), 0);
        per_quota = grown.data();
    }
    std::vector<const composition::value_type*> without_quota;
    for (const auto& entry : counts) {
        if (entry.second < 0)
            throw query_error(errors::query_negative_count,
                              "the count for \"" + entry.first + "\" is negative (" + std::to_string(entry.second) + ")");
        std::size_t i = 0;
        while (i < b.quotas.size() && b.quotas[i].organisation_id != entry.first) ++i;
        if (i < b.quotas.size())
            per_quota[i] = entry.second;
        else if (entry.second != 0)
            without_quota.push_back(&entry);
    }
    std::vector<finding> out;
    // Quotas in the mandate's order first, then the organisations without a quota.
    for (std::size_t i = 0; i < b.quotas.size(); ++i) {
        if (b.quotas[i].allows(per_quota[i])) continue;
        if (auto f = detail::quota_finding(*this, b, b.quotas[i].organisation_id, per_quota[i], lang))
            out.push_back(std::move(*f));
    }
    for (const auto* entry : without_quota)
        if (auto f = detail::quota_finding(*this, b, entry->first, entry->second, lang)) out.push_back(std::move(*f));
    return out;
}

}  // namespace mandat
