"""The Python package's mandat command gives a meeting one UID whether it is planned
(``plan --format ics``) or exported (``export --to ics``), from a roster document or a folder
of CSV files, read with the independent ``icalendar`` parser (docs/formats.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import icalendar
from conftest import EXAMPLE_ROSTER

STAMP = "2026-01-01T08:30:00Z"


def _mandat(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "mandat", *args], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _uids(text: str, year: int) -> dict[tuple[str, str], str]:
    """The UID of each event of `year` by its body (CATEGORIES) and its day."""
    events: list[Any] = list(icalendar.Calendar.from_ical(text).events)
    out: dict[tuple[str, str], str] = {}
    for ev in events:
        day = ev.decoded("DTSTART")
        if day.year == year:
            out[(str(ev["CATEGORIES"].cats[0]), day.isoformat())] = str(ev["UID"])
    return out


def test_planned_and_exported_meetings_share_their_uids(tmp_path: Path) -> None:
    folder = str(tmp_path / "roster")
    _mandat("export", "--to", "csv", str(EXAMPLE_ROSTER), "--output", folder)
    from_json = _uids(_mandat("export", "--to", "ics", str(EXAMPLE_ROSTER), "--stamp", STAMP), 2025)
    from_csv = _uids(_mandat("export", "--to", "ics", folder, "--stamp", STAMP), 2025)
    plan = _mandat("plan", "2025", "--roster", folder, "--format", "ics", "--stamp", STAMP)
    assert plan == _mandat("plan", "2025", "--roster", folder, "--format", "ics", "--stamp", STAMP)
    planned = _uids(plan, 2025)
    assert len(from_json) == 11
    assert from_json[("styringsgruppen", "2025-03-10")] == "styringsgruppen-20250310-1@trondelag-foui-2022.mandat"
    assert from_csv == from_json
    added = planned.pop(("styringsgruppen", "2025-11-14"))
    assert added == "styringsgruppen-20251114-1@trondelag-foui-2022.mandat"
    assert planned == from_json
    other = _uids(_mandat("plan", "2025", "--format", "ics", "--stamp", STAMP, "--uid-domain", "x.example"), 2025)
    assert other[("styringsgruppen", "2025-02-14")] == "styringsgruppen-20250214-1@x.example"


def test_roster_to_ics_with_a_mandate_has_the_command_lines_uids() -> None:
    # Before: Python's default domain was "mandat.roster" whatever the mandate, so a calendar
    # written by a notebook and one written by the command line doubled every meeting.
    import datetime

    import mandat

    roster = mandat.load_roster(str(EXAMPLE_ROSTER))
    stamp = datetime.datetime(2026, 1, 1, 8, 30, tzinfo=datetime.timezone.utc)
    notebook = _uids(roster.to_ics(mandat.trondelag(), stamp=stamp), 2025)
    command = _uids(_mandat("export", "--to", "ics", str(EXAMPLE_ROSTER), "--stamp", STAMP), 2025)
    assert notebook == command
    assert notebook[("styringsgruppen", "2025-03-10")] == "styringsgruppen-20250310-1@trondelag-foui-2022.mandat"
    alone = _uids(roster.to_ics(stamp=stamp), 2025)
    assert alone[("styringsgruppen", "2025-03-10")] == "styringsgruppen-20250310-1@mandat.roster"
