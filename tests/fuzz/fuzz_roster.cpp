// Fuzzes the roster-document loader and the compliance check on what it loads: an input is
// rejected with a document_error, or loaded, round-tripped, checked and drawn as HTML (the
// page, and the redacted notebook display) without failing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mandat/mandat.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    mandat::roster r;
    try {
        r = mandat::load_roster(text);
    } catch (const mandat::document_error&) {
        return 0;
    }
    if (mandat::load_roster(mandat::dump_roster(r)) != r) __builtin_trap();
    const auto& m = mandat::trondelag_2022();
    const auto rep = mandat::check_compliance(m, r);
    (void)mandat::format_report(m, rep);
    (void)mandat::to_html(m, r, rep);
    if (mandat::report_from_json(mandat::to_json(rep)) != rep) __builtin_trap();
    mandat::check_options o;
    o.from = mandat::date(2023, 12, 1);
    o.to = mandat::date(2024, 1, 31);
    o.lang = mandat::language::nb;
    o.redact = true;
    (void)mandat::to_html(m, r, mandat::check_compliance(m, r, o), {false, true});
    return 0;
}
