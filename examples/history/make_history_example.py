"""Writes the example history and its roster (examples/history/), fictional from 2026 on.

    python examples/history/make_history_example.py

- trondelag.history.json: the signed 2022 mandate; an illustrative renewal for 2026-2029
  (the 2022 text carried over, as `mandat renew --from 2026-01-01 --years 4` drafts it, here
  marked adopted within the example: an example of a renewal, not an adopted text); and an
  illustrative amendment, written as a JSON Patch, giving a fifth organisation one
  steering-group seat from 2027-07-01.
- roster-2024-2027.json: a fictional roster that crosses both boundaries (2026-01-01 and
  2027-07-01) with four deliberate breaches, computed by hand in tests/test_history.cpp:
  1. the county's leader is not replaced on 1 January 2025 (2022 mandate, R7);
  2. Statsforvalteren's only steering-group seat is vacant in April 2026 (2026 version, R5);
  3. the working committee meets 9 times in 2026 (2026 version, R3);
  4. the fifth organisation's member starts 2027-06-01, a month before the amendment gives it
     a seat (2026 version, R1: an organisation the version does not name).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def renewal(m2022: dict[str, Any]) -> dict[str, Any]:
    m = copy.deepcopy(m2022)
    m["id"] = "trondelag-foui-2026"
    m["status"] = "adopted"
    m["validity"]["start_date"] = "2026-01-01"
    m["validity"]["end_date"] = "2029-12-31"
    m["provenance"] = {
        "replaces": "trondelag-foui-2022",
        "decided_on": "2025-11",
        "decided_by": ["sf", "tfk", "nfr", "ks"],
        "carried_over": [c["id"] for c in m["clauses"]],
        "note": "An example of a renewal, not an adopted text: the 2022 text carried over for 2026-2029.",
    }
    # Written as the library writes a mandate: status before provenance, after language.
    order = ["format", "id", "title", "language", "status", "provenance"]
    return {k: m[k] for k in order} | {k: v for k, v in m.items() if k not in order}


def amendment(m2026: dict[str, Any]) -> dict[str, Any]:
    clause = next(i for i, c in enumerate(m2026["clauses"]) if c["id"] == "styringsgruppen")
    return {
        "id": "trondelag-foui-2026-a1",
        "amends": "trondelag-foui-2026",
        "status": "adopted",
        "from": "2027-07-01",
        "decided_on": "2027-06",
        "decided_by": ["sf", "tfk", "nfr", "ks"],
        "note": "An example of an amendment, not an adopted text: a fifth organisation gets one steering-group seat.",
        "patch": [
            {
                "op": "add",
                "path": "/organisations/-",
                "value": {"id": "fou", "name": "Forskningsinstituttet", "party": True},
            },
            {"op": "add", "path": "/parties/organisation_ids/-", "value": "fou"},
            {"op": "add", "path": f"/clauses/{clause}/text/-", "value": "- 1 representant fra Forskningsinstituttet"},
            {
                "op": "add",
                "path": "/bodies/items/0/quotas/seats/-",
                "value": {
                    "organisation_id": "fou",
                    "min": 1,
                    "max": 1,
                    "source": "1 representant fra Forskningsinstituttet",
                },
            },
        ],
    }


def roster() -> dict[str, Any]:
    persons = [
        ("tfk1", "Tora Fylkesen"),
        ("ks1", "Kari Kommunesen"),
        ("sf1", "Stein Statsen"),
        ("sf3", "Siri Statsen"),
        ("nfr1", "Nina Forskersen"),
        ("kdu1", "Knut Direktørsen"),
        ("tfk3", "Trond Fylkesen"),
        ("ks3", "Kjell Kommunesen"),
        ("sf2", "Sunniva Statsen"),
        ("nfr2", "Nils Forskersen"),
        ("tfks", "Tuva Sekretærsen"),
        ("kss", "Kristian Sekretærsen"),
        ("fou1", "Frida Instituttsen"),
    ]
    memberships: list[dict[str, Any]] = []

    def add(person: str, body: str, org: str, role: str, start: str, end: str) -> None:
        memberships.append(
            {
                "id": f"m{len(memberships) + 1}",
                "person_id": person,
                "organization_id": body,
                "on_behalf_of_id": org,
                "role": role,
                "start_date": start,
                "end_date": end,
            }
        )

    sg, au = "styringsgruppen", "arbeidsutvalget"
    add("tfk1", sg, "tfk", "member", "2024-01-01", "2027-12-31")
    add("ks1", sg, "ks", "member", "2024-01-01", "2027-12-31")
    add("sf1", sg, "sf", "member", "2024-01-01", "2026-03-31")
    add("sf3", sg, "sf", "member", "2026-05-01", "2027-12-31")  # breach 2: April 2026 vacant
    add("nfr1", sg, "nfr", "member", "2024-01-01", "2027-12-31")
    add("kdu1", sg, "kdu", "member", "2024-01-01", "2027-12-31")
    add("fou1", sg, "fou", "member", "2027-06-01", "2027-12-31")  # breach 4: a month early
    for org, person in (("tfk", "tfk3"), ("ks", "ks3"), ("sf", "sf2"), ("nfr", "nfr2")):
        add(person, au, org, "member", "2024-01-01", "2027-12-31")
    # The leading organisation: tfk in even years, ks in odd years.
    add("tfk1", sg, "tfk", "leader", "2024-01-01", "2025-01-31")  # breach 1: not replaced on 1 January 2025
    add("ks1", sg, "ks", "leader", "2025-02-01", "2025-12-31")
    add("tfk1", sg, "tfk", "leader", "2026-01-01", "2026-12-31")
    add("ks1", sg, "ks", "leader", "2027-01-01", "2027-12-31")
    for year, org in ((2024, "tfk"), (2025, "ks"), (2026, "tfk"), (2027, "ks")):
        add(f"{org}3", au, org, "coordinator", f"{year}-01-01", f"{year}-12-31")
        add(f"{org}s", au, org, "secretary", f"{year}-01-01", f"{year}-12-31")

    sg_members = ["tfk1", "ks1", "sf1", "nfr1", "kdu1"]
    au_members = ["tfk3", "ks3", "sf2", "nfr2"]
    meetings: list[dict[str, Any]] = []

    def meet(body: str, day: str, attendees: list[str]) -> None:
        meetings.append(
            {"id": f"mt{len(meetings) + 1}", "organization_id": body, "date": day, "attendee_ids": attendees}
        )

    for year in (2024, 2025, 2026, 2027):
        for month in (3, 6, 9, 11):
            day = f"{year}-{month:02d}-10"
            members = [p for p in sg_members if not (p == "sf1" and day > "2026-03-31")]
            if day >= "2026-05-01":
                members.append("sf3")
            if year == 2027 and month >= 9:
                members.append("fou1")
            # Prepared by the working committee a week before (in 2027 the September meeting
            # is prepared on 20 June, before the amendment day: preparation crosses it).
            prep = f"{year}-06-20" if (year == 2027 and month == 9) else f"{year}-{month:02d}-03"
            if prep != f"{year}-06-20":
                meet(au, prep, au_members)
            meet(sg, day, members + au_members)
        extra = [1, 2, 4, 5, 10] if year == 2026 else [1, 2, 4, 10]  # breach 3: a 9th in 2026
        if year == 2027:
            extra = [1, 2, 4, 10]
            meet(au, "2027-06-20", au_members)
        for month in extra:
            meet(au, f"{year}-{month:02d}-15", au_members)
    meetings.sort(key=lambda m: (m["date"], m["organization_id"]))
    for i, m in enumerate(meetings):
        m["id"] = f"mt{i + 1}"
    return {
        "format": "mandat.roster/1",
        "note": "Fictional: people, appointments and meetings made up to illustrate a check across versions.",
        "persons": [{"id": i, "name": n} for i, n in persons],
        "memberships": memberships,
        "meetings": meetings,
    }


def main() -> None:
    m2022 = json.loads((ROOT / "data" / "trondelag-2022.mandate.json").read_text(encoding="utf-8"))
    m2026 = renewal(m2022)
    history = {
        "format": "mandat.history/1",
        "id": "trondelag-foui",
        "title": "Mandat for arbeidet i Trøndelag: versjoner (eksempel fra 2026)",
        "versions": [{"mandate": m2022}, {"mandate": m2026}, amendment(m2026)],
    }
    for name, doc in (("trondelag.history.json", history), ("roster-2024-2027.json", roster())):
        (HERE / name).write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
