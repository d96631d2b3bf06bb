// Fuzzes the roster-document loader and the compliance check on what it loads: an input is
// rejected with a document_error, or loaded, round-tripped, checked and drawn as HTML (the
// page, and the redacted notebook display) without failing. The loader reads as it streams;
// reading the parsed tree (roster_from_json) must give the same roster or the same error.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "mandat/mandat.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::optional<mandat::roster> from_tree;
    std::string tree_error;
    try {
        from_tree = mandat::roster_from_json(mandat::parse_json(text));
    } catch (const mandat::document_error& e) {
        tree_error = e.id() + " " + e.what();
    }
    mandat::roster r;
    try {
        r = mandat::load_roster(text);
    } catch (const mandat::document_error& e) {
        if (from_tree || tree_error != e.id() + " " + e.what()) __builtin_trap();
        return 0;
    }
    if (!from_tree || *from_tree != r) __builtin_trap();
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
