#!/usr/bin/env python3
"""Writes examples/roster-2022-2025.json: a fictional roster for the Trøndelag mandate.

Every person is fictional. The roster has realistic turnover and six deliberate findings,
computed by hand in tests/test_compliance.cpp ("the bundled example roster"):

1. quota.below_min: the only Forskningsrådet steering-group member leaves on 2023-02-28 and
   the successor starts on 2023-05-15: a vacant seat 2023-03-01 .. 2023-05-14 (R5).
2. rotation.wrong_leader_org: the county's leader is not replaced on 1 January 2023 and
   leads until 2023-01-31 in a KS year (R7).
3. meetings.above_max: the working committee meets 9 times in 2024 (R3).
4. meetings.off_target (info): the steering group meets 3 times in 2025 (R2).
5. attendance.missing: a working-committee member is not recorded at the steering-group
   meeting of 2022-06-09 (R4).
6. period.outside (info): a Statsforvalteren appointment has no end date, so it runs on
   past the mandate's last day, from 2026-01-01 (R11).
"""

import json
from pathlib import Path

persons = [
    ("p-ks1", "Ingrid Eksempelsen", "ks"),
    ("p-ks2", "Ola Prøvestad", "ks"),
    ("p-ks3", "Marte Testvik", "ks"),
    ("p-ks4", "Nils Fiktivsen", "ks"),
    ("p-tfk1", "Astrid Demoland", "tfk"),
    ("p-tfk2", "Per Oppdiktet", "tfk"),
    ("p-tfk3", "Kari Mønsterli", "tfk"),
    ("p-sf1", "Jon Skisseberg", "sf"),
    ("p-sf2", "Liv Utkastet", "sf"),
    ("p-sf3", "Erik Plassholder", "sf"),
    ("p-nfr1", "Sigrid Tenkt", "nfr"),
    ("p-nfr2", "Hans Forestilt", "nfr"),
    ("p-nfr3", "Anne Antatt", "nfr"),
    ("p-kdu1", "Bjørn Kommunesen", "ks"),
    ("p-kdu2", "Randi Rådmannsdal", "ks"),
]

SG, AU = "styringsgruppen", "arbeidsutvalget"
memberships = [
    # Steering group (R5: ks 1-2, tfk 1-2, sf 1-2, nfr 1, kdu 1).
    ("p-ks1", SG, "ks", "member", "2022-01-01", "2025-12-31"),
    ("p-ks2", SG, "ks", "member", "2022-01-01", "2025-12-31"),
    ("p-tfk1", SG, "tfk", "member", "2022-01-01", "2025-12-31"),
    ("p-sf1", SG, "sf", "member", "2022-01-01", "2023-08-31"),
    ("p-sf2", SG, "sf", "member", "2023-09-01", None),
    ("p-nfr1", SG, "nfr", "member", "2022-01-01", "2023-02-28"),  # breach 1: vacancy ...
    ("p-nfr2", SG, "nfr", "member", "2023-05-15", "2025-12-31"),  # ... until 2023-05-15
    ("p-kdu1", SG, "kdu", "member", "2022-01-01", "2024-06-30"),
    ("p-kdu2", SG, "kdu", "member", "2024-07-01", "2025-12-31"),
    # Leaders (R6/R7): tfk 2022, ks 2023, tfk 2024, ks 2025.
    ("p-tfk1", SG, "tfk", "leader", "2022-01-01", "2023-01-31"),  # breach 2: not replaced on 1 January
    ("p-ks1", SG, "ks", "leader", "2023-02-01", "2023-12-31"),
    ("p-tfk1", SG, "tfk", "leader", "2024-01-01", "2024-12-31"),
    ("p-ks1", SG, "ks", "leader", "2025-01-01", "2025-12-31"),
    # Working committee (R9: tfk 1-2, ks 1-2, sf 1-2, nfr 1).
    ("p-tfk2", AU, "tfk", "member", "2022-01-01", "2025-12-31"),
    ("p-ks3", AU, "ks", "member", "2022-01-01", "2025-12-31"),
    ("p-sf3", AU, "sf", "member", "2022-01-01", "2025-12-31"),
    ("p-nfr3", AU, "nfr", "member", "2022-01-01", "2025-12-31"),
    ("p-tfk2", AU, "tfk", "coordinator", "2022-01-01", "2022-12-31"),
    ("p-ks3", AU, "ks", "coordinator", "2023-01-01", "2023-12-31"),
    ("p-tfk2", AU, "tfk", "coordinator", "2024-01-01", "2024-12-31"),
    ("p-ks3", AU, "ks", "coordinator", "2025-01-01", "2025-12-31"),
    # Secretary (R10), provided by the leading organisation.
    ("p-tfk3", AU, "tfk", "secretary", "2022-01-01", "2022-12-31"),
    ("p-ks4", AU, "ks", "secretary", "2023-01-01", "2023-12-31"),
    ("p-tfk3", AU, "tfk", "secretary", "2024-01-01", "2024-12-31"),
    ("p-ks4", AU, "ks", "secretary", "2025-01-01", "2025-12-31"),
]

AU_DAYS = ["01-20", "02-24", "04-21", "05-19", "08-25", "09-22", "10-27", "11-24"]
SG_DAYS = ["03-10", "06-09", "09-29", "12-08"]


def active(person_body_role_ok, day):
    out = []
    for pid, body, _org, role, start, end in memberships:
        if role == "secretary" or not person_body_role_ok(body):
            continue
        if start <= day and (end is None or day <= end) and pid not in out:
            out.append(pid)
    return out


meetings = []
for year in range(2022, 2026):
    au_days = [f"{year}-{d}" for d in AU_DAYS]
    if year == 2024:
        au_days.append("2024-12-12")  # breach 3: a 9th meeting
    sg_days = [f"{year}-{d}" for d in SG_DAYS]
    if year == 2025:
        sg_days = sg_days[:3]  # breach 4: 3 meetings, about 4 expected
    for i, day in enumerate(au_days, 1):
        meetings.append(
            {
                "id": f"au-{year}-{i}",
                "organization_id": AU,
                "date": day,
                "title": f"Arbeidsutvalget {i}/{year}",
                "attendee_ids": active(lambda b: b == AU, day),
            }
        )
    for i, day in enumerate(sg_days, 1):
        attendees = active(lambda b: b in (SG, AU), day)  # R4: AU members attend too
        if day == "2022-06-09":
            attendees.remove("p-nfr3")  # breach 5
        meetings.append(
            {
                "id": f"sg-{year}-{i}",
                "organization_id": SG,
                "date": day,
                "title": f"Styringsgruppen {i}/{year}",
                "attendee_ids": attendees,
            }
        )
meetings.sort(key=lambda m: (m["date"], m["organization_id"]))

doc = {
    "format": "mandat.roster/1",
    "description": "Fictional example roster for the Trøndelag FoUI partnership 2022-2025.",
    "persons": [
        {"id": pid, "name": name, "email": f"{pid}@example.org", "employer": employer}
        for pid, name, employer in persons
    ],
    "memberships": [
        {
            k: v
            for k, v in {
                "id": f"m{i:02d}",
                "person_id": pid,
                "organization_id": body,
                "on_behalf_of_id": org,
                "role": role,
                "start_date": start,
                "end_date": end,
            }.items()
            if v is not None
        }
        for i, (pid, body, org, role, start, end) in enumerate(memberships, 1)
    ],
    "meetings": meetings,
}
out = Path(__file__).with_name("roster-2022-2025.json")
out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

# The same roster as a folder of CSV files (docs/spreadsheets.md), when the package is installed.
try:
    import mandat
except ImportError:
    print("mandat is not installed: examples/roster-csv/ was not written")
else:
    mandat.write_csv_roster(mandat.load_roster(doc), Path(__file__).with_name("roster-csv"))
