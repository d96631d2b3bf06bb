// The message catalogue's texts of the report, the command line and histories, and single words (see mandat/messages.hpp and
// src/messages/catalogue.hpp).
#include "messages/catalogue.hpp"

namespace mandat::messages {
namespace {

constexpr entry entries[] = {
    // --- the compliance report as text ---
    {"report.title", "Compliance report: {title} ({id})", "Etterlevelsesrapport: {title} ({id})"},
    {"report.checked", "Checked {from} to {to}", "Kontrollert {from} til {to}"},
    {"report.counts", "Findings: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} info",
     "Funn: {errors} feil, {warnings} {warnings|advarsel|advarsler}, {infos} info"},
    {"report.year", "{year}  leading: {organisation} ({organisation_name})",
     "{year}  ledelse: {organisation} ({organisation_name})"},
    {"report.year_partial", "{year} (partial)  leading: {organisation} ({organisation_name})",
     "{year} (delvis)  ledelse: {organisation} ({organisation_name})"},
    {"report.meetings", "      meetings:", "      møter:"},
    {"report.breach_days", "      days with a composition breach:", "      dager med brudd på sammensetningen:"},
    {"report.findings_by_date", "Findings by date:", "Funn etter dato:"},
    {"report.none", "  (none)", "  (ingen)"},

    // --- the command line ---
    {"show.period", "Period in force: {first} to {last} inclusive", "Periode i kraft: {first} til og med {last}"},
    {"show.signed", "Signed: {place}, {date}", "Signert: {place}, {date}"},
    {"show.today_in_force", "Today ({today}): in force.", "I dag ({today}): i kraft."},
    {"show.today_not_yet", "Today ({today}): not yet in force; the first day in force is {first}.",
     "I dag ({today}): ikke i kraft ennå; første dag i kraft er {first}."},
    {"show.today_expired", "Today ({today}): no longer in force; the last day in force was {last}.",
     "I dag ({today}): ikke lenger i kraft; siste dag i kraft var {last}."},
    {"show.parties", "Parties", "Parter"},
    {"show.other_organisations", "Other organisations holding seats:", "Andre organisasjoner med plass:"},
    {"show.part_of", "part of {parent}", "del av {parent}"},
    {"show.bodies", "Bodies:", "Organer:"},
    {"show.seats", "seats:", "plasser:"},
    {"show.size", "size {min}-{max}", "størrelse {min}-{max}"},
    {"show.meetings", "meetings:", "møter:"},
    {"show.quota_range", "{min}-{max}", "{min}-{max}"},
    {"show.meetings_target", "about {target} per calendar year", "ca. {target} per kalenderår"},
    {"show.meetings_tolerance", "{low}-{high} without a warning", "{low}-{high} uten advarsel"},
    {"show.meetings_maximum", "at most {maximum} per calendar year", "inntil {maximum} per kalenderår"},
    {"show.rotation", "Rotation", "Rotasjon"},
    {"show.rotation_provides", "the leading organisation provides", "organisasjonen som har ledelsen, stiller med"},
    {"show.rotation_role", "the {role:word} of {body}", "{role:word} i {body}"},
    {"show.rotation_secretary", "and the secretary", "og sekretæren"},
    {"status.in_force", "{date}: in force ({first} to {last}); leading organisation: {organisation} ({organisation_name})",
     "{date}: i kraft ({first} til {last}); organisasjonen som har ledelsen: {organisation} ({organisation_name})"},
    {"status.not_in_force", "{date}: not in force; the mandate is in force from {first} to {last} inclusive",
     "{date}: ikke i kraft; mandatet er i kraft fra {first} til og med {last}"},
    {"leader.none_on_date", "No mandate is in force on {when} (the mandate is in force from {first} to {last}).",
     "Ingen mandat er i kraft {when} (mandatet er i kraft fra {first} til {last})."},
    {"leader.none_in_year", "No mandate is in force in {when} (the mandate is in force from {first} to {last}).",
     "Ingen mandat er i kraft i {when} (mandatet er i kraft fra {first} til {last})."},
    {"leader.none_short_on_date", "no mandate is in force on {when}", "ingen mandat er i kraft {when}"},
    {"leader.none_short_in_year", "no mandate is in force in {when}", "ingen mandat er i kraft i {when}"},
    {"leader.leads", "{when}: {organisation} ({organisation_name}) leads",
     "{when}: {organisation} ({organisation_name}) har ledelsen"},
    {"leader.extrapolated", " - EXTRAPOLATED: the mandate is not in force then; this only continues the rotation",
     " - EKSTRAPOLERT: mandatet er ikke i kraft da; dette viderefører bare rotasjonen"},
    {"leader.role", "{role:word} of {body}: {organisation}", "{role:word} i {body}: {organisation}"},
    {"leader.secretary", "secretary: {organisation}", "sekretær: {organisation}"},
    {"composition.complies", "The composition complies with the mandate.", "Sammensetningen er i samsvar med mandatet."},
    {"roster.in_force", "in force; leading: {organisation} ({organisation_name})",
     "i kraft; ledelse: {organisation} ({organisation_name})"},
    {"roster.not_in_force", "no mandate in force", "ingen mandat i kraft"},
    {"roster.unknown_person", "{person} (unknown person)", "{person} (ukjent person)"},
    {"roster.secretary", "Secretary:", "Sekretær:"},
    {"roster.findings_on_day", "Findings on this day:", "Funn denne dagen:"},

    // --- versions of a mandate (history) ---
    {"period.outside.no_version",
     "Membership {where} ({who}) covers days when no version of the mandate is in force ({first} to {last}).",
     "Medlemskapet {where} ({who}) gjelder dager da ingen versjon av mandatet er i kraft ({first} til {last})."},
    {"period.outside.no_version_open",
     "Membership {where} ({who}) covers days when no version of the mandate is in force (from {first}).",
     "Medlemskapet {where} ({who}) gjelder dager da ingen versjon av mandatet er i kraft (fra {first})."},
    {"period.outside.meeting_no_version", "Meeting {where} on {date} is on a day when no version of the mandate is in force.",
     "Møtet {where} {date} er på en dag da ingen versjon av mandatet er i kraft."},

    {"history.title", "History {id}: {title}", "Historikk {id}: {title}"},
    {"history.status.draft", "draft", "utkast"},
    {"history.status.adopted", "adopted", "vedtatt"},
    {"history.status.superseded", "superseded", "erstattet"},
    {"history.in_force", "in force {span}", "i kraft {span}"},
    {"history.span", "{first} .. {last}", "{first} .. {last}"},
    {"history.never_in_force", "never in force (a draft)", "aldri i kraft (et utkast)"},
    // A version's provenance: the command line writes each after "; ", the HTML view joins them with "; ".
    {"history.replaces", "replaces {version}", "erstatter {version}"},
    {"history.amends", "amends {version}", "endrer {version}"},
    {"history.carried_over", "{count} {count|clause|clauses} carried over unsigned",
     "{count} {count|punkt|punkter} videreført uten ny signatur"},
    {"history.gap", "no mandate in force {first} .. {last}", "ingen mandat i kraft {first} .. {last}"},
    {"history.today", "Today ({today}) the version in force is {version}.", "I dag ({today}) er {version} i kraft."},
    {"history.today_none", "Today ({today}) no version is in force; shown below: the latest.",
     "I dag ({today}) er ingen versjon i kraft; nedenfor vises den siste."},
    {"show.signed_carried", "Signed: {place}, {date} (the predecessor's signature, carried over: this version is not signed)",
     "Signert: {place}, {date} (forgjengerens signatur, videreført: denne versjonen er ikke signert)"},
    {"show.today_draft", "Today ({today}): a draft is not in force; its period would be {first} to {last}.",
     "I dag ({today}): et utkast er ikke i kraft; perioden ville vært {first} til {last}."},
    {"show.draft", "DRAFT, not adopted: {title} ({id})", "UTKAST, ikke vedtatt: {title} ({id})"},
    {"show.provenance", "Version {id} ({status}){note}", "Versjon {id} ({status}){note}"},
    {"status.version", "  version in force: {version}", "  versjon i kraft: {version}"},
    {"renew.note", "A draft renewal of {version}, not adopted.", "Et utkast til fornyelse av {version}, ikke vedtatt."},
    {"renew.note_history", "A draft renewal of {version}, the latest version of the history {history}, not adopted.",
     "Et utkast til fornyelse av {version}, den siste versjonen i historikken {history}, ikke vedtatt."},
    {"leader.version", "  decided by version {version}", "  avgjort av versjon {version}"},
    // --- a person in any output, unless redacted (mandat/redaction.hpp) ---
    {"person.label", "{name} ({id})", "{name} ({id})"},
    // --- words ---
    {"word.and", "and", "og"},
    {"word.coordinator", "coordinator", "koordinator"},
    {"word.error", "error", "feil"},
    {"word.info", "info", "info"},
    {"word.leader", "leader", "leder"},
    {"word.member", "member", "medlem"},
    {"word.secretary", "secretary", "sekretær"},
    {"word.warning", "warning", "advarsel"},

    // --- spreadsheet rosters: errors (src/formats/spreadsheet_text.cpp, docs/spreadsheets.md) ---
    {"sheet.not_utf8", "the text is not valid UTF-8 (the byte {byte} at byte {position} of the cell)",
     "teksten er ikke gyldig UTF-8 (byten {byte} ved byte {position} i cellen)"},
    {"sheet.windows_1252",
     "the file is saved as Windows-1252 (Latin-1), where the byte {byte} is \"{letter}\"; mandat reads UTF-8 only: save "
     "the file again as \"CSV UTF-8\" (Excel: File > Save As > CSV UTF-8 (Comma delimited); LibreOffice: Save As, "
     "Character set Unicode (UTF-8))",
     "filen er lagret som Windows-1252 (Latin-1), der byten {byte} er «{letter}»; mandat leser bare UTF-8: lagre filen "
     "på nytt som «CSV UTF-8» (Excel: Fil > Lagre som > CSV UTF-8 (kommadelt); LibreOffice: Lagre som, Tegnsett "
     "Unicode (UTF-8))"},
    {"sheet.utf16",
     "the file is saved as UTF-16 (\"Unicode text\"); mandat reads UTF-8 only: save the file again as \"CSV UTF-8\" "
     "(Excel: File > Save As > CSV UTF-8 (Comma delimited); LibreOffice: Save As, Character set Unicode (UTF-8))",
     "filen er lagret som UTF-16 («Unicode-tekst»); mandat leser bare UTF-8: lagre filen på nytt som «CSV UTF-8» "
     "(Excel: Fil > Lagre som > CSV UTF-8 (kommadelt); LibreOffice: Lagre som, Tegnsett Unicode (UTF-8))"},
    {"sheet.save_as_utf8",
     "mandat reads UTF-8 only: save the file again as \"CSV UTF-8\" (Excel: File > Save As > CSV UTF-8 (Comma "
     "delimited); LibreOffice: Save As, Character set Unicode (UTF-8))",
     "mandat leser bare UTF-8: lagre filen på nytt som «CSV UTF-8» (Excel: Fil > Lagre som > CSV UTF-8 (kommadelt); "
     "LibreOffice: Lagre som, Tegnsett Unicode (UTF-8))"},
    {"sheet.more_problems",
     "{count} more {count|problem|problems} in the same reading:", "{count} {count|problem|problemer} til i samme lesing:"},
    {"sheet.stopped", "(stopped at {limit} problems, the limit of one reading: there may be more)",
     "(stanset ved {limit} problemer, grensen for én lesing: det kan finnes flere)"},
};

}  // namespace

catalogue_part texts_part() { return {entries, sizeof entries / sizeof entries[0]}; }

}  // namespace mandat::messages
