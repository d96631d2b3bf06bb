// The message catalogue's texts of the consistency proof (lint) and the diff (see mandat/messages.hpp and
// src/messages/catalogue.hpp).
#include "messages/catalogue.hpp"

namespace mandat::messages {
namespace {

constexpr entry entries[] = {
    // --- the consistency proof (lint) ---
    {"lint.body_infeasible", "{body}: the quotas need at least {min} {min|seat|seats} but the size is at most {max}.",
     "{body}: kvotene krever minst {min} {min|plass|plasser}, men størrelsen er høyst {max}."},
    {"lint.body_infeasible.counts",
     "{body}: the organisations can fill {low} to {high} {high|seat|seats} but the size is {min} to {max}.",
     "{body}: organisasjonene kan fylle {low} til {high} {high|plass|plasser}, men størrelsen er {min} til {max}."},
    {"lint.body_infeasible.no_seats", "{body}: no organisation holds a seat, so {body_name} can have no members.",
     "{body}: ingen organisasjon har plass, så {body_name} kan ikke ha medlemmer."},
    {"lint.meetings_target_above_max",
     "{body}: the target of about {target} {target|meeting|meetings} a year is above the maximum of {maximum}.",
     "{body}: målet om ca. {target} {target|møte|møter} i året er over maksimum på {maximum}."},
    {"lint.period_invalid", "The period in force ({first} to {last}) has no day: it needs a first and a last day, in that order.",
     "Perioden i kraft ({first} til {last}) har ingen dager: den trenger en første og en siste dag, i den rekkefølgen."},
    {"lint.quota_infeasible.conflict",
     "{body}: {organisation_name} has {quotas} {quotas|quota|quotas} that no count satisfies together (at least {min}, at most "
     "{max}).",
     "{body}: {organisation_name} har {quotas} {quotas|kvote|kvoter} som intet antall oppfyller samtidig (minst {min}, høyst "
     "{max})."},
    {"lint.quota_infeasible.inverted",
     "{body}: the quota of {organisation_name} needs at least {min} {min|seat|seats} but allows at most {max}.",
     "{body}: kvoten for {organisation_name} krever minst {min} {min|plass|plasser}, men tillater høyst {max}."},
    {"lint.quota_infeasible.zero", "{body}: the quota of {organisation_name} allows at most 0 seats, so it is no seat.",
     "{body}: kvoten for {organisation_name} tillater høyst 0 plasser og er dermed ingen plass."},
    {"lint.quote_carried_over.meetings_maximum",
     "{body}: the quote «{quote}» allows at most {quoted} {quoted|meeting|meetings} a year, but the data says {data}; {clause} "
     "is carried over "
     "from the predecessor, not yet signed for this version.",
     "{body}: sitatet «{quote}» tillater inntil {quoted} {quoted|møte|møter} i året, men dataene sier {data}; {clause} er "
     "overført fra "
     "forgjengeren og ennå ikke signert for denne versjonen."},
    {"lint.quote_carried_over.meetings_maximum_missing",
     "{body}: the quote «{quote}» allows at most {quoted} {quoted|meeting|meetings} a year, but the data sets no maximum; "
     "{clause} is carried "
     "over from the predecessor, not yet signed for this version.",
     "{body}: sitatet «{quote}» tillater inntil {quoted} {quoted|møte|møter} i året, men dataene har ikke noe maksimum; {clause} "
     "er overført "
     "fra forgjengeren og ennå ikke signert for denne versjonen."},
    {"lint.quote_carried_over.meetings_target",
     "{body}: the quote «{quote}» gives about {quoted} {quoted|meeting|meetings} a year, but the data says {data}; {clause} is "
     "carried over from "
     "the predecessor, not yet signed for this version.",
     "{body}: sitatet «{quote}» gir ca. {quoted} {quoted|møte|møter} i året, men dataene sier {data}; {clause} er overført fra "
     "forgjengeren "
     "og ennå ikke signert for denne versjonen."},
    {"lint.quote_carried_over.meetings_target_missing",
     "{body}: the quote «{quote}» gives about {quoted} {quoted|meeting|meetings} a year, but the data sets no target; {clause} "
     "is carried over "
     "from the predecessor, not yet signed for this version.",
     "{body}: sitatet «{quote}» gir ca. {quoted} {quoted|møte|møter} i året, men dataene har ikke noe mål; {clause} er overført "
     "fra "
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
     "{body}: the quote «{quote}» allows at most {quoted} {quoted|meeting|meetings} a year, but the data says {data}.",
     "{body}: sitatet «{quote}» tillater inntil {quoted} {quoted|møte|møter} i året, men dataene sier {data}."},
    {"lint.quote_disagrees.meetings_maximum_missing",
     "{body}: the quote «{quote}» allows at most {quoted} {quoted|meeting|meetings} a year, but the data sets no maximum.",
     "{body}: sitatet «{quote}» tillater inntil {quoted} {quoted|møte|møter} i året, men dataene har ikke noe maksimum."},
    {"lint.quote_disagrees.meetings_target",
     "{body}: the quote «{quote}» gives about {quoted} {quoted|meeting|meetings} a year, but the data says {data}.",
     "{body}: sitatet «{quote}» gir ca. {quoted} {quoted|møte|møter} i året, men dataene sier {data}."},
    {"lint.quote_disagrees.meetings_target_missing",
     "{body}: the quote «{quote}» gives about {quoted} {quoted|meeting|meetings} a year, but the data sets no target.",
     "{body}: sitatet «{quote}» gir ca. {quoted} {quoted|møte|møter} i året, men dataene har ikke noe mål."},
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
};

}  // namespace

catalogue_part analysis_part() { return {entries, sizeof entries / sizeof entries[0]}; }

}  // namespace mandat::messages
