// The message catalogue's findings: every finding code and its variants (see mandat/messages.hpp and src/messages/catalogue.hpp).
#include "messages/catalogue.hpp"

namespace mandat::messages {
namespace {

constexpr entry entries[] = {
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
    {"meetings.above_max", "{body_name} held {count} {count|meeting|meetings} in {year}; the mandate allows at most {maximum}.",
     "{body_name} hadde {count} {count|møte|møter} i {year}; mandatet tillater inntil {maximum}."},
    {"meetings.off_target", "{body_name} held {count} {count|meeting|meetings} in {year}; the mandate expects about {target}.",
     "{body_name} hadde {count} {count|møte|møter} i {year}; mandatet forventer ca. {target}."},
    {"meetings.partial_year.target",
     "{body_name} held {count} {count|meeting|meetings} from {first} to {last} ({count} of about {target} a year so far); a "
     "partial year is "
     "not judged.",
     "{body_name} hadde {count} {count|møte|møter} fra {first} til {last} ({count} av ca. {target} i året så langt); et delvis "
     "år "
     "vurderes ikke."},
    {"meetings.partial_year.maximum",
     "{body_name} held {count} {count|meeting|meetings} from {first} to {last} ({count} of at most {maximum} a year so far); a "
     "partial year "
     "is not judged.",
     "{body_name} hadde {count} {count|møte|møter} fra {first} til {last} ({count} av inntil {maximum} i året så langt); et "
     "delvis år "
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
    {"attendance.missing.several",
     "{count} {count|member|members} of {members_body_name} are not recorded at the {body_name} meeting on {date}: {who:list}.",
     "{count} {count|medlem|medlemmer} av {members_body_name} er ikke registrert på møtet i {body_name} {date}: {who:list}."},
    {"attendance.missing.many",
     "{count} {count|member|members} of {members_body_name} are not recorded at the {body_name} meeting on {date}: {first} and "
     "{more} more "
     "(every one is in the finding's person ids).",
     "{count} {count|medlem|medlemmer} av {members_body_name} er ikke registrert på møtet i {body_name} {date}: {first} og "
     "{more} til "
     "(alle står i funnets person-id-er)."},
    {"attendance.missing.many_listed",
     "{count} {count|member|members} of {members_body_name} are not recorded at the {body_name} meeting on {date}: {first} and "
     "{more} more.",
     "{count} {count|medlem|medlemmer} av {members_body_name} er ikke registrert på møtet i {body_name} {date}: {first} og "
     "{more} til."},
};

}  // namespace

catalogue_part findings_part() { return {entries, sizeof entries / sizeof entries[0]}; }

}  // namespace mandat::messages
