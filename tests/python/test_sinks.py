"""The Python command prints through the core's terminal escaper, as the executable does.

``python -m mandat`` runs the C++ dispatch on streams wrapped in ``terminal_streams``
(mandat/terminal.hpp): control characters from documents (ESC, BEL, CR, DEL, CSI) reach
standard output and error as escapes, and an iCalendar export keeps its CR LF line ends and
nothing else. The C++ side is tested in tests/test_sinks.cpp.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

HOSTILE = "\x1b[31m\x07\r\x7f\x9b"
SHOWN = "\\u001b[31m\\u0007\\u000d\\u007f\\u009b"
FIELD = "\\x1b[31m\\x07\\r\\x7f\\u{009b}"
REPLACED = "\N{REPLACEMENT CHARACTER}"


def _raw_controls(data: bytes, crlf: bool = False) -> list[int]:
    """The offsets of bytes a terminal would act on: C0 but LF and TAB (and CR before LF when
    ``crlf``), DEL, and the UTF-8 form of a C1 control."""
    found = []
    for i, b in enumerate(data):
        if b in (0x0A, 0x09) or (crlf and b == 0x0D and data[i + 1 : i + 2] == b"\n"):
            continue
        if b < 0x20 or b == 0x7F or (b == 0xC2 and i + 1 < len(data) and data[i + 1] <= 0x9F):
            found.append(i)
    return found


def _files(tmp_path: Path) -> tuple[str, str]:
    mandate = json.loads((ROOT / "data" / "trondelag-2022.mandate.json").read_text(encoding="utf-8"))
    mandate["title"] = "Mandat" + HOSTILE
    mandate["bodies"]["items"][0]["name"] = "Styringsgruppen" + HOSTILE
    mandate["clauses"][0]["text"].append("Tekst" + HOSTILE)
    roster = {
        "format": "mandat.roster/1",
        "persons": [{"id": "p1", "name": "Kari" + HOSTILE, "email": "kari@example.org\r\nUID:evil\r\nATTACH:x"}],
        "memberships": [
            {
                "id": "m1",
                "person_id": "p1",
                "organization_id": "styringsgruppen",
                "on_behalf_of_id": "tfk",
                "role": "leader",
                "start_date": "2023-01-01",
                "end_date": "2023-12-31",
            }
        ],
        "meetings": [
            {"id": "sg-1", "organization_id": "styringsgruppen", "date": "2023-03-01", "attendee_ids": ["p1"]},
            {"id": "last", "organization_id": "styringsgruppen", "date": "9999-12-31", "title": "Møte" + HOSTILE},
        ],
    }
    (tmp_path / "m.json").write_text(json.dumps(mandate), encoding="utf-8")
    (tmp_path / "r.json").write_text(json.dumps(roster), encoding="utf-8")
    return str(tmp_path / "m.json"), str(tmp_path / "r.json")


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "mandat", *args], capture_output=True, check=False)


def test_every_command_prints_controls_as_escapes(tmp_path: Path) -> None:
    mandate, roster = _files(tmp_path)
    original = str(ROOT / "data" / "trondelag-2022.mandate.json")
    cases = [
        # A document's value printed as text is one field, as the check report's are.
        (["show", "--mandate", mandate], "Mandat" + FIELD),
        (["roster", roster, "--mandate", mandate, "--date", "2023-03-01"], "Kari" + FIELD),
        (["plan", "2024", "--mandate", mandate], "Styringsgruppen" + FIELD),
        (["diff", original, mandate], "Styringsgruppen" + FIELD),
        (["explain", "tittel", "--mandate", mandate], "Tekst" + FIELD),
        (["check", roster, "--mandate", mandate, "--from", "2023-01-01", "--to", "2023-12-31"], "Mandat" + FIELD),
        (["explain", "R" + HOSTILE], "R" + FIELD),  # an error message quoting an argument
        (["show", "--bo" + HOSTILE], "unrecognized arguments: --bo" + SHOWN),  # argparse's own error
    ]
    for args, shown in cases:
        done = _run(*args)
        assert _raw_controls(done.stdout) == [], args
        assert _raw_controls(done.stderr) == [], args
        assert shown in (done.stdout + done.stderr).decode("utf-8"), (args, done.stdout, done.stderr)


def test_the_calendar_keeps_its_line_ends_and_one_event_per_meeting(tmp_path: Path) -> None:
    mandate, roster = _files(tmp_path)
    done = _run("export", "--to", "ics", roster, "--mandate", mandate, "--stamp", "2026-01-01T00:00:00Z")
    assert done.returncode == 0, done.stderr
    assert _raw_controls(done.stdout, crlf=True) == []
    text = done.stdout.decode("utf-8")
    lines = text.split("\r\n")
    assert lines[-1] == ""
    unfolded: list[str] = []
    for line in lines[:-1]:
        if line.startswith((" ", "\t")):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    assert [x for x in unfolded if x.startswith("BEGIN:VEVENT")] == ["BEGIN:VEVENT"] * 2
    assert [x for x in unfolded if x.startswith(("UID", "ATTACH"))] == [
        "UID:styringsgruppen-20230301-1@trondelag-foui-2022.mandat",
        "UID:styringsgruppen-99991231-1@trondelag-foui-2022.mandat",
    ]
    attendee = f"ATTENDEE;CN=Kari{REPLACED}[31m{REPLACED * 4};ROLE=REQ-PARTICIPANT:"
    assert attendee + "mailto:kari@example.org%0D%0AUID%3Aevil%0D%0AATTACH%3Ax" in unfolded
    assert f"SUMMARY:Møte{REPLACED}[31m{REPLACED}\\n{REPLACED * 2}" in unfolded
    last = unfolded.index("UID:styringsgruppen-99991231-1@trondelag-foui-2022.mandat")
    assert unfolded[last + 2 : last + 4] == ["DTSTART;VALUE=DATE:99991231", "DURATION:P1D"]
