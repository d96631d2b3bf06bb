"""An attendance finding counts the absent members and names the first ten; every_absent=True
names every one (docs/decisions.md, "What an attendance finding lists")."""

from __future__ import annotations

import datetime as dt

import mandat


def _roster() -> mandat.Roster:
    # 12 working-committee members for sf in 2022; nobody is recorded at one steering-group meeting.
    ids = [f"x{i:02d}" for i in range(12)]
    return mandat.load_roster(
        {
            "format": "mandat.roster/1",
            "persons": [{"id": i, "name": f"Person {i}"} for i in ids],
            "memberships": [
                {
                    "person_id": i,
                    "organization_id": "arbeidsutvalget",
                    "on_behalf_of_id": "sf",
                    "role": "member",
                    "start_date": "2022-01-01",
                    "end_date": "2022-12-31",
                }
                for i in ids
            ],
            "meetings": [{"organization_id": "styringsgruppen", "date": "2022-03-10", "attendee_ids": []}],
        }
    )


def _absent(every_absent: bool = False) -> list[str]:
    report = mandat.check(
        mandat.trondelag(),
        _roster(),
        start_date=dt.date(2022, 1, 1),
        end_date=dt.date(2022, 12, 31),
        every_absent=every_absent,
    )
    (finding,) = [f for f in report.findings if f.code == "attendance.missing"]
    return list(finding.person_ids)


def test_the_first_ten_are_named_by_default() -> None:
    assert _absent() == [f"x{i:02d}" for i in range(10)]


def test_every_absent_names_all_twelve() -> None:
    assert _absent(every_absent=True) == [f"x{i:02d}" for i in range(12)]
