// Fuzzes the history loader (versions, JSON Patch amendments, spans) and the check across
// versions: any input is rejected with a document_error or loaded; a loaded history saves and
// loads back equal, answers its queries on every span boundary, and checks an empty roster.
// The limits are lowered to 1 MiB so that a patch that copies or nests a value each operation
// (the seeds copy-doubling.json and move-deeper.json) meets them within a run.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mandat/mandat.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    mandat::load_limits limits;
    limits.max_bytes = std::size_t{1} << 20;
    std::optional<mandat::history> h;
    try {
        h.emplace(mandat::load_history(text, limits));
    } catch (const mandat::document_error&) {
        return 0;  // rejected with a location: what we want
    }
    if (mandat::load_history(mandat::dump_history(*h), limits) != *h) __builtin_trap();  // the round trip lost something
    for (const auto& s : h->spans()) {
        for (const auto d : {s.first, s.last}) {
            if (h->version_on(d) != &h->versions()[s.version]) __builtin_trap();
            (void)h->leadership_on(d, true);
        }
        (void)h->leadership_in(static_cast<int>(s.first.year()), true);
    }
    if (const auto extent = h->extent()) {
        (void)h->gaps(extent->first, extent->second);
        // A bounded window keeps each run quick whatever the periods are.
        mandat::check_options o;
        o.from = extent->first;
        o.to = std::min(extent->second, extent->first + boost::gregorian::days(3 * 366));
        (void)mandat::check_compliance(*h, mandat::roster{}, o);
    }
    return 0;
}
