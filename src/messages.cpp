// The message catalogue (see mandat/messages.hpp): every sentence in English and Norwegian
// bokmål, and the renderer that fills in the facts.
#include "mandat/messages.hpp"

#include <algorithm>
#include <unordered_map>

namespace mandat {
namespace {

struct entry {
    const char* id;
    const char* en;
    const char* nb;
};

// Sorted by id within each group. Findings first (by code, then variant), then the texts of
// the report and of the command line, then single words.
constexpr entry catalogue[] = {
    // --- findings: composition (R5, R9; R1 for an unknown organisation) ---
    {"quota.below_min",
     "{organisation_name} has {count} {count|representative|representatives} in {body_name}; the mandate requires at least "
     "{min}.",
     "{organisation_name} har {count} {count|representant|representanter} i {body_name}; mandatet krever minst {min}."},
    {"quota.above_max",
     "{organisation_name} has {count} {count|representative|representatives} in {body_name}; the mandate allows at most {max}.",
     "{organisation_name} har {count} {count|representant|representanter} i {body_name}; mandatet tillater høyst {max}."},
    {"quota.no_seat",
     "{organisation_name} has {count} {count|representative|representatives} in {body_name} but holds no seat there under the "
     "mandate.",
     "{organisation_name} har {count} {count|representant|representanter} i {body_name}, men ingen plass der etter mandatet."},
    {"unknown.organisation", "\"{organisation}\" is not an organisation of the mandate.",
     "\"{organisation}\" er ikke en organisasjon i mandatet."},
    {"roster.duplicate_seat",
     "{who} holds seats in {body_name} for {organisation:list} at the same time; a person counts for one organisation.",
     "{who} har samtidig plass i {body_name} for {organisation:list}; en person teller for én organisasjon."},
    // --- findings: records and references ---
    {"unknown.person.membership", "Membership {where} names person \"{person}\", who is not in the roster's persons.",
     "Medlemskapet {where} gjelder personen \"{person}\", som ikke finnes i personlisten."},
    {"unknown.person.meeting", "Meeting {where} lists attendee \"{person}\", who is not in the roster's persons.",
     "Møtet {where} har deltakeren \"{person}\", som ikke finnes i personlisten."},
    {"unknown.body.membership", "Membership {where} names body \"{body}\", which the mandate does not set up.",
     "Medlemskapet {where} gjelder organet \"{body}\", som mandatet ikke har."},
    {"unknown.body.meeting", "Meeting {where} names body \"{body}\", which the mandate does not set up.",
     "Møtet {where} gjelder organet \"{body}\", som mandatet ikke har."},
    {"unknown.organisation.membership",
     "Membership {where} represents \"{organisation}\", which is not an organisation of the mandate.",
     "Medlemskapet {where} representerer \"{organisation}\", som ikke er en organisasjon i mandatet."},
    {"period.outside.membership",
     "Membership {where} ({who}) covers days outside the mandate's period ({period_first} to {period_last}).",
     "Medlemskapet {where} ({who}) gjelder dager utenfor mandatets periode ({period_first} til {period_last})."},
    {"period.outside.meeting", "Meeting {where} on {date} is outside the mandate's period.",
     "Møtet {where} {date} er utenfor mandatets periode."},
    {"roster.role_outside_body",
     "{who} is recorded as {role:word} of {body_name}, a role the mandate does not give that body; counted as a member.",
     "{who} er registrert som {role:word} i {body_name}, en rolle mandatet ikke gir dette organet; telles som medlem."},
    // --- findings: leadership (R7, R10) ---
    {"rotation.wrong_leader_org",
     "{who}, {role:word} of {body_name}, represents {organisation_name}, but the leadership belongs to {lead_name}.",
     "{who}, {role:word} i {body_name}, representerer {organisation_name}, men det er {lead_name} som har ledelsen."},
    {"rotation.wrong_coordinator_org",
     "{who}, {role:word} of {body_name}, represents {organisation_name}, but the leadership belongs to {lead_name}.",
     "{who}, {role:word} i {body_name}, representerer {organisation_name}, men det er {lead_name} som har ledelsen."},
    {"rotation.wrong_secretary_org",
     "{who}, {role:word}, represents {organisation_name}, but the leadership belongs to {lead_name}.",
     "{who}, {role:word}, representerer {organisation_name}, men det er {lead_name} som har ledelsen."},
    {"rotation.missing_leader", "{body_name} has no {role:word}.", "{body_name} har ingen {role:word}."},
    {"rotation.missing_coordinator", "{body_name} has no {role:word}.", "{body_name} har ingen {role:word}."},
    {"rotation.missing_secretary", "The partnership has no secretary.", "Partnerskapet har ingen sekretær."},
    // --- findings: meetings (R2, R3, R4, R8) ---
    {"meetings.above_max", "{body_name} held {count} meetings in {year}; the mandate allows at most {maximum}.",
     "{body_name} hadde {count} møter i {year}; mandatet tillater inntil {maximum}."},
    {"meetings.off_target", "{body_name} held {count} meetings in {year}; the mandate expects about {target}.",
     "{body_name} hadde {count} møter i {year}; mandatet forventer ca. {target}."},
    {"meetings.partial_year.target",
     "{body_name} held {count} meetings from {first} to {last} ({count} of about {target} a year so far); a partial year is "
     "not judged.",
     "{body_name} hadde {count} møter fra {first} til {last} ({count} av ca. {target} i året så langt); et delvis år "
     "vurderes ikke."},
    {"meetings.partial_year.maximum",
     "{body_name} held {count} meetings from {first} to {last} ({count} of at most {maximum} a year so far); a partial year "
     "is not judged.",
     "{body_name} hadde {count} møter fra {first} til {last} ({count} av inntil {maximum} i året så langt); et delvis år "
     "vurderes ikke."},
    {"meetings.unprepared.after_previous",
     "The {body_name} meeting on {date} was not prepared by any {preparing_body_name} meeting after the previous one on "
     "{since}.",
     "Møtet i {body_name} {date} var ikke forberedt av noe møte i {preparing_body_name} etter forrige møte {since}."},
    {"meetings.unprepared.since_new_year",
     "The {body_name} meeting on {date} was not prepared by any {preparing_body_name} meeting since 1 January.",
     "Møtet i {body_name} {date} var ikke forberedt av noe møte i {preparing_body_name} siden 1. januar."},
    {"attendance.missing", "{who}, a member of {members_body_name}, is not recorded at the {body_name} meeting on {date}.",
     "{who}, medlem av {members_body_name}, er ikke registrert på møtet i {body_name} {date}."},

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

    // --- the consistency proof (lint) ---
    {"lint.body_infeasible", "{body}: the quotas need at least {min} seats but the size is at most {max}.",
     "{body}: kvotene krever minst {min} plasser, men størrelsen er høyst {max}."},
    {"lint.body_infeasible.counts", "{body}: the organisations can fill {low} to {high} seats but the size is {min} to {max}.",
     "{body}: organisasjonene kan fylle {low} til {high} plasser, men størrelsen er {min} til {max}."},
    {"lint.body_infeasible.no_seats", "{body}: no organisation holds a seat, so {body_name} can have no members.",
     "{body}: ingen organisasjon har plass, så {body_name} kan ikke ha medlemmer."},
    {"lint.meetings_target_above_max", "{body}: the target of about {target} meetings a year is above the maximum of {maximum}.",
     "{body}: målet om ca. {target} møter i året er over maksimum på {maximum}."},
    {"lint.period_invalid", "The period in force ({first} to {last}) has no day: it needs a first and a last day, in that order.",
     "Perioden i kraft ({first} til {last}) har ingen dager: den trenger en første og en siste dag, i den rekkefølgen."},
    {"lint.quota_infeasible.conflict",
     "{body}: {organisation_name} has {quotas} quotas that no count satisfies together (at least {min}, at most {max}).",
     "{body}: {organisation_name} har {quotas} kvoter som intet antall oppfyller samtidig (minst {min}, høyst {max})."},
    {"lint.quota_infeasible.inverted",
     "{body}: the quota of {organisation_name} needs at least {min} {min|seat|seats} but allows at most {max}.",
     "{body}: kvoten for {organisation_name} krever minst {min} {min|plass|plasser}, men tillater høyst {max}."},
    {"lint.quota_infeasible.zero", "{body}: the quota of {organisation_name} allows at most 0 seats, so it is no seat.",
     "{body}: kvoten for {organisation_name} tillater høyst 0 plasser og er dermed ingen plass."},
    {"lint.quote_carried_over.meetings_maximum",
     "{body}: the quote «{quote}» allows at most {quoted} meetings a year, but the data says {data}; {clause} is carried over "
     "from the predecessor, not yet signed for this version.",
     "{body}: sitatet «{quote}» tillater inntil {quoted} møter i året, men dataene sier {data}; {clause} er overført fra "
     "forgjengeren og ennå ikke signert for denne versjonen."},
    {"lint.quote_carried_over.meetings_maximum_missing",
     "{body}: the quote «{quote}» allows at most {quoted} meetings a year, but the data sets no maximum; {clause} is carried "
     "over from the predecessor, not yet signed for this version.",
     "{body}: sitatet «{quote}» tillater inntil {quoted} møter i året, men dataene har ikke noe maksimum; {clause} er overført "
     "fra forgjengeren og ennå ikke signert for denne versjonen."},
    {"lint.quote_carried_over.meetings_target",
     "{body}: the quote «{quote}» gives about {quoted} meetings a year, but the data says {data}; {clause} is carried over from "
     "the predecessor, not yet signed for this version.",
     "{body}: sitatet «{quote}» gir ca. {quoted} møter i året, men dataene sier {data}; {clause} er overført fra forgjengeren "
     "og ennå ikke signert for denne versjonen."},
    {"lint.quote_carried_over.meetings_target_missing",
     "{body}: the quote «{quote}» gives about {quoted} meetings a year, but the data sets no target; {clause} is carried over "
     "from the predecessor, not yet signed for this version.",
     "{body}: sitatet «{quote}» gir ca. {quoted} møter i året, men dataene har ikke noe mål; {clause} er overført fra "
     "forgjengeren og ennå ikke signert for denne versjonen."},
    {"lint.quote_carried_over.period",
     "The quote «{quote}» gives the period {quoted_first} to {quoted_last}, but the data says {first} to {last}; {clause} is "
     "carried over from the predecessor, not yet signed for this version.",
     "Sitatet «{quote}» gir perioden {quoted_first} til {quoted_last}, men dataene sier {first} til {last}; {clause} er "
     "overført fra forgjengeren og ennå ikke signert for denne versjonen."},
    {"lint.quote_carried_over.quota",
     "{body}: the quote «{quote}» gives {organisation} {quoted} {quoted|seat|seats}, but the data says {data}; {clause} is "
     "carried over from the predecessor, not yet signed for this version.",
     "{body}: sitatet «{quote}» gir {organisation} {quoted} {quoted|plass|plasser}, men dataene sier {data}; {clause} er "
     "overført fra forgjengeren og ennå ikke signert for denne versjonen."},
    {"lint.quote_disagrees.meetings_maximum",
     "{body}: the quote «{quote}» allows at most {quoted} meetings a year, but the data says {data}.",
     "{body}: sitatet «{quote}» tillater inntil {quoted} møter i året, men dataene sier {data}."},
    {"lint.quote_disagrees.meetings_maximum_missing",
     "{body}: the quote «{quote}» allows at most {quoted} meetings a year, but the data sets no maximum.",
     "{body}: sitatet «{quote}» tillater inntil {quoted} møter i året, men dataene har ikke noe maksimum."},
    {"lint.quote_disagrees.meetings_target",
     "{body}: the quote «{quote}» gives about {quoted} meetings a year, but the data says {data}.",
     "{body}: sitatet «{quote}» gir ca. {quoted} møter i året, men dataene sier {data}."},
    {"lint.quote_disagrees.meetings_target_missing",
     "{body}: the quote «{quote}» gives about {quoted} meetings a year, but the data sets no target.",
     "{body}: sitatet «{quote}» gir ca. {quoted} møter i året, men dataene har ikke noe mål."},
    {"lint.quote_disagrees.period",
     "The quote «{quote}» gives the period {quoted_first} to {quoted_last}, but the data says {first} to {last}.",
     "Sitatet «{quote}» gir perioden {quoted_first} til {quoted_last}, men dataene sier {first} til {last}."},
    {"lint.quote_disagrees.quota",
     "{body}: the quote «{quote}» gives {organisation} {quoted} {quoted|seat|seats}, but the data says {data}.",
     "{body}: sitatet «{quote}» gir {organisation} {quoted} {quoted|plass|plasser}, men dataene sier {data}."},
    {"lint.role_unknown_body", "The rotation gives a {role:word} to \"{body}\", a body the mandate does not set up.",
     "Rotasjonen gir en {role:word} til \"{body}\", et organ mandatet ikke har."},
    {"lint.role_without_seat",
     "{body}: in {year} the rotation makes {organisation_name} ({organisation}) {role:word}, but it holds no seat there.",
     "{body}: i {year} gjør rotasjonen {organisation_name} ({organisation}) til {role:word}, men den har ingen plass der."},
    {"lint.rotation_empty", "The rotation names no organisation, so no organisation leads in {year}.",
     "Rotasjonen nevner ingen organisasjon, så ingen organisasjon har ledelsen i {year}."},
    {"lint.rotation_empty.no_period", "The rotation names no organisation, so no year has a leading organisation.",
     "Rotasjonen nevner ingen organisasjon, så ingen år har en organisasjon med ledelsen."},
    {"lint.rotation_unknown_organisation", "The rotation names \"{organisation}\", which is not an organisation of the mandate.",
     "Rotasjonen nevner \"{organisation}\", som ikke er en organisasjon i mandatet."},
    {"lint.secretary_unknown_organisation",
     "The leading organisation provides the secretary, but \"{organisation}\" of the rotation is not an organisation of the "
     "mandate.",
     "Organisasjonen som har ledelsen, stiller med sekretær, men \"{organisation}\" i rotasjonen er ikke en organisasjon i "
     "mandatet."},
    {"lint.year_unsupported", "The rotation starts in {year}, outside the supported years {min_year} to {max_year}.",
     "Rotasjonen starter i {year}, utenfor de støttede årene {min_year} til {max_year}."},

    {"lint.clean", "No finding: the mandate can be obeyed, and its quotes agree with its data.",
     "Ingen funn: mandatet kan etterleves, og sitatene stemmer med dataene."},

    // --- differences between two mandates (diff) ---
    {"diff.line.added", "{what} [{where}], added: {new}", "{what} [{where}], lagt til: {new}"},
    {"diff.line.changed", "{what} [{where}]: {old} -> {new}", "{what} [{where}]: {old} -> {new}"},
    {"diff.line.removed", "{what} [{where}], removed: {old}", "{what} [{where}], fjernet: {old}"},
    {"diff.line.words", "{what} [{where}], changed words:", "{what} [{where}], endrede ord:"},
    {"diff.same", "{before} and {after} are the same.", "{before} og {after} er like."},
    {"diff.title", "Changes from {before} to {after}: {count} {count|change|changes}",
     "Endringer fra {before} til {after}: {count} {count|endring|endringer}"},
    {"diff.what.attendance", "attendance rule", "møteplikt"},
    {"diff.what.body", "body", "organ"},
    {"diff.what.citation", "citation", "sitat"},
    {"diff.what.clause", "clause", "punkt"},
    {"diff.what.clause.heading", "clause heading", "overskrift"},
    {"diff.what.clause.text", "clause text", "tekst"},
    {"diff.what.id", "id", "id"},
    {"diff.what.language", "language", "språk"},
    {"diff.what.meetings", "meeting rule", "møteregel"},
    {"diff.what.order", "order", "rekkefølge"},
    {"diff.what.organisation", "organisation", "organisasjon"},
    {"diff.what.organisation.renamed", "organisation name", "organisasjonsnavn"},
    {"diff.what.party", "party", "part"},
    {"diff.what.period", "period in force", "periode i kraft"},
    {"diff.what.preparation", "preparation rule", "forberedelse"},
    {"diff.what.provenance", "provenance", "opphav"},
    {"diff.what.quota", "seat quota", "plasskvote"},
    {"diff.what.rotation.first_year", "rotation's first year", "rotasjonens første år"},
    {"diff.what.rotation.order", "rotation order", "rotasjonsrekkefølge"},
    {"diff.what.rotation.role", "leadership role", "lederrolle"},
    {"diff.what.secretary", "secretary rule", "sekretærregel"},
    {"diff.what.signature", "signature", "signatur"},
    {"diff.what.status", "status", "status"},
    {"diff.what.title", "title", "tittel"},

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
    {"history.never_in_force", "never in force (a draft)", "aldri i kraft (et utkast)"},
    {"history.replaces", "; replaces {version}", "; erstatter {version}"},
    {"history.amends", "; amends {version}", "; endrer {version}"},
    {"history.carried_over", "; {count} clauses carried over unsigned", "; {count} punkter videreført uten ny signatur"},
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
    {"leader.version", "  decided by version {version}", "  avgjort av versjon {version}"},
    // --- the HTML report (mandat/html.hpp): texts without facts appear in templates as t.<name> ---
    {"html.band_title", "{year}: {organisation_name} leads", "{year}: {organisation_name} har ledelsen"},
    {"html.bar_title", "{who}, {organisation_name}: {first} to {last}", "{who}, {organisation_name}: {first} til {last}"},
    {"html.bar_title_open", "{who}, {organisation_name}: from {first}, open-ended",
     "{who}, {organisation_name}: fra {first}, uten sluttdato"},
    {"html.breach_title", "{code} ({severity}), {first} to {last}: {message}",
     "{code} ({severity}), {first} til {last}: {message}"},
    {"html.breach_title_open", "{code} ({severity}), from {first}: {message}", "{code} ({severity}), fra {first}: {message}"},
    {"html.clause_rules", "{count|Rule|Rules} {rules:list}", "{count|Regel|Regler} {rules:list}"},
    {"html.clauses", "The clauses", "Punktene i mandatet"},
    {"html.clauses_intro",
     "The verbatim Norwegian text of every clause with a rule and of every clause a finding cites; a finding's clause "
     "links here.",
     "Den ordrette teksten i hvert punkt med en regel og i hvert punkt et funn viser til; punktet i et funn lenker hit."},
    {"html.col_body", "Body", "Organ"},
    {"html.col_clause", "Clause", "Punkt"},
    {"html.col_code", "Code", "Kode"},
    {"html.col_dates", "Dates", "Datoer"},
    {"html.col_leading", "Leading organisation", "Ledelse"},
    {"html.col_meetings", "Meetings, {body_name}", "Møter, {body_name}"},
    {"html.col_meetings_rule", "Meetings", "Møter"},
    {"html.col_message", "Message", "Melding"},
    {"html.col_organisation", "Organisation", "Organisasjon"},
    {"html.col_quotas", "Seats", "Plasser"},
    {"html.col_role", "{role:word}, {body_name}", "{role:word}, {body_name}"},
    {"html.col_secretary", "Secretary", "Sekretær"},
    {"html.col_severity", "Severity", "Alvorlighet"},
    {"html.col_year", "Year", "År"},
    {"html.contents", "Contents", "Innhold"},
    {"html.count_error", "{count} {count|error|errors}", "{count} feil"},
    {"html.count_info", "{count} info", "{count} info"},
    {"html.count_warning", "{count} {count|warning|warnings}", "{count} {count|advarsel|advarsler}"},
    {"html.findings", "Findings", "Funn"},
    {"html.footer", "Made with mandat {version}: one file, no script, nothing fetched.",
     "Laget med mandat {version}: én fil, uten skript, ingenting hentes."},
    {"html.heading_id", "Compliance report: {id}", "Etterlevelsesrapport: {id}"},
    {"html.holder", "{who} ({organisation})", "{who} ({organisation})"},
    {"html.holder_dates", "{who} ({organisation}), {first} to {last}", "{who} ({organisation}), {first} til {last}"},
    {"html.label_checked", "Checked", "Kontrollert"},
    {"html.label_findings", "Findings", "Funn"},
    {"html.label_mandate", "Mandate", "Mandat"},
    {"html.label_period", "In force", "I kraft"},
    {"html.label_signed", "Signed", "Signert"},
    {"html.label_version", "Version", "Versjon"},
    {"html.lane_overflow", "(+{count} at once)", "(+{count} samtidig)"},
    {"html.lane_secretary", "Secretary", "Sekretær"},
    {"html.lane_title_no_quota", "{organisation_name}: no seat in {body_name} under the mandate",
     "{organisation_name}: ingen plass i {body_name} etter mandatet"},
    {"html.lane_title_quota", "{organisation_name}: {quota} {max|seat|seats} in {body_name}",
     "{organisation_name}: {quota} {max|plass|plasser} i {body_name}"},
    {"html.lane_title_secretary", "The secretaries recorded in {body_name} (not a seat)",
     "Sekretærene registrert i {body_name} (ikke en plass)"},
    {"html.legend_band", "band: the leading organisation of the year", "bånd: organisasjonen som har ledelsen det året"},
    {"html.legend_bar", "bar: a person's tenure in a seat", "stolpe: en persons tid i en plass"},
    {"html.legend_breach", "shaded: a breach (error or warning), with its code",
     "skravert: et brudd (feil eller advarsel), med koden"},
    {"html.legend_meeting", "tick: a meeting", "strek: et møte"},
    {"html.legend_role", "dark stripe: leader or coordinator", "mørk stripe: leder eller koordinator"},
    {"html.meeting_title", "{body_name} meeting on {date}: {title} ({count} present)",
     "Møte i {body_name} {date}: {title} ({count} til stede)"},
    {"html.meeting_title_plain", "{body_name} meeting on {date} ({count} present)",
     "Møte i {body_name} {date} ({count} til stede)"},
    {"html.meetings_lane", "Meetings", "Møter"},
    {"html.meetings_row_title", "{count} {count|meeting|meetings} of {body_name} from {from} to {to}",
     "{count} {count|møte|møter} i {body_name} fra {from} til {to}"},
    {"html.no_findings", "No findings.", "Ingen funn."},
    {"html.nobody", "none", "ingen"},
    {"html.organisation", "Organisation chart", "Organisasjonskart"},
    {"html.organisation_intro",
     "The parties, the other organisations holding seats, the bodies and their quotas; a line joins an organisation to "
     "each body where it holds seats.",
     "Partene, de andre organisasjonene med plass, organene og kvotene; en linje forbinder en organisasjon med hvert organ "
     "der den har plass."},
    {"html.partial_year", "partial", "delvis"},
    {"html.party", "party", "part"},
    {"html.period", "{first} to {last} inclusive", "{first} til og med {last}"},
    {"html.redacted",
     "Persons are pseudonymised: every person id and name is replaced by a stable pseudonym, and meeting titles are left out.",
     "Personer er pseudonymisert: hver person-id og hvert navn er erstattet med et stabilt pseudonym, og møtetitler er "
     "utelatt."},
    {"html.report_only",
     "The timeline, the organisation chart, the persons and the clause texts need the mandate and the roster the report "
     "was made from.",
     "Tidslinjen, organisasjonskartet, personene og punktenes tekst krever mandatet og bemanningslisten rapporten ble laget "
     "fra."},
    {"html.role_title", "{role:word} of {body_name}: {first} to {last}", "{role:word} i {body_name}: {first} til {last}"},
    {"html.signed", "{date} in {place}", "{date} i {place}"},
    {"html.timeline", "Timeline", "Tidslinje"},
    {"html.timeline_intro",
     "Per body, from {from} to {to}: one lane per organisation's seats, one bar per person's continuous tenure.",
     "Per organ, fra {from} til {to}: én rad per organisasjons plasser, én stolpe per persons sammenhengende tid."},
    {"html.timeline_title", "{body_name}: seats, meetings and breaches from {from} to {to}",
     "{body_name}: plasser, møter og brudd fra {from} til {to}"},
    {"html.version_only", "checked with mandat {version}", "kontrollert med mandat {version}"},
    {"html.version_text", "signed {date} in {place}; checked with mandat {version}",
     "signert {date} i {place}; kontrollert med mandat {version}"},
    {"html.years", "Year by year", "År for år"},

    // --- words ---
    {"word.and", "and", "og"},
    {"word.coordinator", "coordinator", "koordinator"},
    {"word.error", "error", "feil"},
    {"word.info", "info", "info"},
    {"word.leader", "leader", "leder"},
    {"word.member", "member", "medlem"},
    {"word.secretary", "secretary", "sekretær"},
    {"word.warning", "warning", "advarsel"},
};

const std::unordered_map<std::string_view, const entry*>& index() {
    static const std::unordered_map<std::string_view, const entry*> map = [] {
        std::unordered_map<std::string_view, const entry*> m;
        for (const auto& e : catalogue) m.emplace(e.id, &e);
        return m;
    }();
    return map;
}

const char* lookup(std::string_view id, language lang) {
    const auto& map = index();
    auto it = map.find(id);
    if (it == map.end()) return nullptr;
    return lang == language::nb ? it->second->nb : it->second->en;
}

const std::string* first_fact(const message_facts& facts, std::string_view name) {
    for (const auto& [k, v] : facts)
        if (k == name) return &v;
    return nullptr;
}

// One placeholder, without its braces: "name", "name|one|other", "name:word" or "name:list".
void substitute(std::string& out, std::string_view spec, language lang, const message_facts& facts) {
    const std::size_t bar = spec.find('|');
    const std::size_t colon = spec.find(':');
    const std::string_view name = spec.substr(0, std::min(bar, colon));
    const std::string* value = first_fact(facts, name);
    if (!value) {
        out.append("{").append(spec).append("}");
        return;
    }
    if (bar != std::string_view::npos) {
        const std::string_view forms = spec.substr(bar + 1);
        const std::size_t second = forms.find('|');
        out.append(*value == "1" ? forms.substr(0, second) : forms.substr(second == std::string_view::npos ? 0 : second + 1));
        return;
    }
    const std::string_view filter = colon == std::string_view::npos ? std::string_view() : spec.substr(colon + 1);
    if (filter == "word") {
        const char* w = lookup("word." + *value, lang);
        out.append(w ? w : *value);
    } else if (filter == "list") {
        std::vector<const std::string*> all;
        for (const auto& [k, v] : facts)
            if (k == name) all.push_back(&v);
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (i > 0) out.append(i + 1 == all.size() ? std::string(" ") + lookup("word.and", lang) + " " : std::string(", "));
            out.append(*all[i]);
        }
    } else {
        out.append(*value);
    }
}

}  // namespace

std::string render_message(std::string_view id, language lang, const message_facts& facts) {
    const char* tmpl = lookup(id, lang);
    if (!tmpl) return std::string(id);
    const std::string_view t(tmpl);
    std::string out;
    out.reserve(t.size() + 32);
    std::size_t i = 0;
    while (i < t.size()) {
        const std::size_t open = t.find('{', i);
        if (open == std::string_view::npos) {
            out.append(t.substr(i));
            break;
        }
        const std::size_t close = t.find('}', open);
        out.append(t.substr(i, open - i));
        if (close == std::string_view::npos) {
            out.append(t.substr(open));
            break;
        }
        substitute(out, t.substr(open + 1, close - open - 1), lang, facts);
        i = close + 1;
    }
    return out;
}

std::string render_message(const finding& f, language lang) {
    if (f.message_id.empty()) return f.message;
    return render_message(f.message_id, lang, f.facts);
}

std::string severity_word(severity s, language lang) { return render_message("word." + std::string(to_string(s)), lang); }

std::vector<std::string> message_ids() {
    std::vector<std::string> ids;
    for (const auto& e : catalogue) ids.emplace_back(e.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace mandat
