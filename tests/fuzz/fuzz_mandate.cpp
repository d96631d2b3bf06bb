// Fuzzes the mandate-document loader: any input is either rejected with a document_error
// or loaded; a loaded mandate must save and load back equal, and answer its queries.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mandat/mandat.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    mandat::mandate m;
    try {
        m = mandat::load_mandate(text);
    } catch (const mandat::document_error&) {
        return 0;  // rejected with a location: what we want
    }
    if (mandat::load_mandate(mandat::dump_mandate(m)) != m) __builtin_trap();  // the round trip lost something
    for (int y = m.first_day().year() - 1; y <= static_cast<int>(m.last_day().year()) + 1 && y <= 9999; ++y) {
        (void)m.leading_organisation(y);
        (void)m.leadership_in(y, true);
    }
    for (const auto& b : m.bodies) (void)m.check_composition(b.id, {{b.quotas.empty() ? "x" : b.quotas[0].organisation_id, 3}});
    return 0;
}
