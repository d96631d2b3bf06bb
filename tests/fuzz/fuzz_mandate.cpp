// Fuzzes the mandate-document loader: any input is either rejected with a document_error
// or loaded; a loaded mandate must save and load back equal, answer its queries, check a
// roster made from its own bodies and quotas, and write that report as text, JSON (which
// must read back equal) and HTML. Any other exception escapes and is a crash.
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

    // A roster from the mandate itself: a member per quota line and a meeting per body in the
    // first days, so the check reaches every rule; the window is bounded to keep runs quick.
    mandat::roster r;
    const mandat::date first = m.first_day();
    for (const auto& b : m.bodies) {
        for (const auto& q : b.quotas) {
            const std::string id = "p" + std::to_string(r.persons.size());
            r.persons.push_back({id, "Person " + id, std::nullopt, std::nullopt, std::nullopt, {}});
            mandat::appointment a;
            a.person_id = id;
            a.body_id = b.id;
            a.organisation_id = q.organisation_id;
            a.start_date = first;
            r.appointments.push_back(a);
        }
        mandat::meeting mt;
        mt.body_id = b.id;
        mt.on = first;
        for (const auto& p : r.persons) mt.attendee_ids.push_back(p.id);
        r.meetings.push_back(mt);
    }
    mandat::check_options o;
    o.to = std::min(m.last_day(), first + boost::gregorian::days(2 * 366));
    const auto rep = mandat::check_compliance(m, r, o);
    (void)mandat::format_report(m, rep);
    if (mandat::report_from_json(mandat::to_json(rep)) != rep) __builtin_trap();
    (void)mandat::to_html(m, r, rep);
    return 0;
}
