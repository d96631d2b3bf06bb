// Fuzzes the CSV reader and the spreadsheet cell rules: the input is split at NUL bytes into
// persons.csv, memberships.csv and meetings.csv. It is rejected with a spreadsheet_error, or
// read; a roster read is written as CSV and read back equal (or refused as unrepresentable).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "mandat/csv.hpp"
#include "mandat/mandat.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string parts[3];
    for (auto& part : parts) {
        const std::size_t nul = text.find('\0');
        part = std::string(text.substr(0, nul));
        text = nul == std::string_view::npos ? std::string_view() : text.substr(nul + 1);
    }
    mandat::roster r;
    try {
        mandat::roster_tables t;
        t.persons = mandat::parse_csv_table(parts[0], "persons.csv");
        t.memberships = mandat::parse_csv_table(parts[1], "memberships.csv");
        if (!parts[2].empty()) t.meetings = mandat::parse_csv_table(parts[2], "meetings.csv");
        r = mandat::roster_from_tables(t);
    } catch (const mandat::spreadsheet_error&) {
        return 0;
    }
    mandat::roster_tables out;
    try {
        out = mandat::roster_to_tables(r);
    } catch (const mandat::spreadsheet_error& e) {
        if (e.id() != mandat::errors::spreadsheet_unrepresentable) __builtin_trap();
        return 0;
    }
    mandat::roster_tables back;
    back.persons = mandat::parse_csv_table(mandat::format_csv_table(out.persons), "persons.csv");
    back.memberships = mandat::parse_csv_table(mandat::format_csv_table(out.memberships), "memberships.csv");
    back.meetings = mandat::parse_csv_table(mandat::format_csv_table(*out.meetings), "meetings.csv");
    back.document = mandat::parse_csv_table(mandat::format_csv_table(*out.document), "document.csv");
    if (mandat::roster_from_tables(back) != r) __builtin_trap();
    return 0;
}
