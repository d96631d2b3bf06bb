"""Spreadsheet rosters as people keep them (docs/spreadsheets.md): dates as Norwegian Excel
writes them, files saved in Windows-1252, and every bad cell of a reading in one error; the CSV
reader, the workbook reader and the native command line agree."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, printed_error, workbook

import mandat

PERSONS_OK = "id,name\np1,Kari\np2,Ola\n"
MEMBERSHIP_HEADER = "person_id,organization_id,on_behalf_of_id,role,start_date,end_date\n"
SAVE_AS = (
    'mandat reads UTF-8 only: save the file again as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8 (Comma '
    "delimited); LibreOffice: Save As, Character set Unicode (UTF-8))"
)


def _folder(folder: Path, persons: bytes, memberships: str, meetings: str | None = None) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "persons.csv").write_bytes(persons)
    (folder / "memberships.csv").write_text(memberships, encoding="utf-8", newline="")
    if meetings is not None:
        (folder / "meetings.csv").write_text(meetings, encoding="utf-8", newline="")
    return folder


def _native(*args: str) -> subprocess.CompletedProcess[str]:
    exe = ROOT / "build" / "mandat"
    if not exe.exists():
        pytest.skip("build/mandat is not built")
    return subprocess.run([str(exe), *args], capture_output=True, text=True)


def test_dates_as_norwegian_excel_writes_them_are_read_and_written_as_iso(tmp_path: Path) -> None:
    memberships = MEMBERSHIP_HEADER + "p1,sg,ks,member,01.01.2022,31.12.2025\np2,sg,ks,leader,1.1.2022,29.02.2024\n"
    folder = _folder(tmp_path / "in", PERSONS_OK.encode(), memberships, "organization_id,date\nsg,10.03.2022\n")
    roster = mandat.read_csv_roster(folder)
    spans = [(a["start_date"], a.get("end_date")) for a in roster.to_dict()["memberships"]]
    assert spans == [("2022-01-01", "2025-12-31"), ("2022-01-01", "2024-02-29")]
    assert [m["date"] for m in roster.to_dict()["meetings"]] == ["2022-03-10"]
    # Written back: ISO dates, by Python and by the native command alike.
    mandat.write_csv_roster(roster, tmp_path / "python")
    written = (tmp_path / "python" / "memberships.csv").read_text(encoding="utf-8")
    assert '"2022-01-01","2025-12-31"' in written and "01.01.2022" not in written
    run = _native("export", str(folder), "--to", "csv", "--output", str(tmp_path / "native"))
    assert run.returncode == 0, run.stderr
    for name in ("persons.csv", "memberships.csv", "meetings.csv", "document.csv"):
        assert (tmp_path / "native" / name).read_bytes() == (tmp_path / "python" / name).read_bytes()


def test_dates_typed_as_text_in_a_workbook_are_read_and_bad_ones_named(tmp_path: Path) -> None:
    persons: list[list[object]] = [["id", "name"], ["p1", "Kari"]]
    header: list[object] = ["person_id", "organization_id", "on_behalf_of_id", "role", "start_date", "end_date"]
    memberships: list[list[object]] = [
        header,
        ["p1", "sg", "ks", "member", "01.01.2022", dt.datetime(2025, 12, 31)],
        ["p1", "sg", "ks", "member", "1.1.2026", None],
    ]
    roster = mandat.read_excel_roster(workbook(tmp_path / "ok.xlsx", {"persons": persons, "memberships": memberships}))
    assert [(a["start_date"], a.get("end_date")) for a in roster.to_dict()["memberships"]] == [
        ("2022-01-01", "2025-12-31"),
        ("2026-01-01", None),
    ]
    memberships += [["p1", "sg", "ks", "member", "31.02.2022", None], ["p1", "sg", "ks", "member", "1.1.22", None]]
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_excel_roster(workbook(tmp_path / "bad.xlsx", {"persons": persons, "memberships": memberships}))
    assert str(info.value) == (
        "bad.xlsx sheet memberships row 4, start_date: 31.02.2022 is not a date (expected YYYY-MM-DD or DD.MM.YYYY)\n"
        "1 more problem in the same reading:\n"
        "  bad.xlsx sheet memberships row 5, start_date: 1.1.22 is not a date (expected YYYY-MM-DD or DD.MM.YYYY)"
    )
    assert [(p.id, p.line, p.column) for p in info.value.problems] == [
        ("spreadsheet.invalid_date", 4, "start_date"),
        ("spreadsheet.invalid_date", 5, "start_date"),
    ]


def test_a_windows_1252_file_is_explained_not_transcoded(tmp_path: Path) -> None:
    persons = "id,name,employer\np1,Bjørn,Trøndelag\np2,Åse,KS\n".encode("cp1252")
    folder = _folder(tmp_path / "in", persons, MEMBERSHIP_HEADER + "p1,sg,ks,member,2022-01-01,\n")
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_csv_roster(folder)
    e = info.value
    assert (e.id, e.file, e.line, e.column) == ("spreadsheet.malformed", "persons.csv", 2, "name")
    assert str(e) == (
        "persons.csv line 2, name: the text is not valid UTF-8 (the byte 0xF8 at byte 3 of the cell); the file is "
        'saved as Windows-1252 (Latin-1), where the byte 0xF8 is "ø"; ' + SAVE_AS + "\n"
        "2 more problems in the same reading:\n"
        "  persons.csv line 2, employer: the text is not valid UTF-8 (the byte 0xF8 at byte 3 of the cell)\n"
        "  persons.csv line 3, name: the text is not valid UTF-8 (the byte 0xC5 at byte 1 of the cell)"
    )
    assert [(p.line, p.column) for p in e.problems] == [(2, "name"), (2, "employer"), (3, "name")]
    # The native command says the same, each problem with its id.
    run = _native("check", str(folder))
    assert (run.returncode, run.stderr) == (2, printed_error(e))
    # Saved again as CSV UTF-8 (with Excel's byte order mark), the same file is read.
    (folder / "persons.csv").write_bytes(b"\xef\xbb\xbf" + persons.decode("cp1252").encode("utf-8"))
    assert mandat.read_csv_roster(folder).to_dict()["persons"][0] == {
        "id": "p1",
        "name": "Bjørn",
        "employer": "Trøndelag",
    }


def test_every_bad_cell_is_reported_with_its_place_and_id(tmp_path: Path) -> None:
    memberships = MEMBERSHIP_HEADER + "p1,sg,ks,boss,31.02.2022,\np2,sg,ks,member,2022-01-01,2021-01-01\n"
    folder = _folder(tmp_path / "in", b"id,name\np1,Kari\np2,\n", memberships, "organization_id,date\nsg,\n")
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_csv_roster(folder)
    e = info.value
    # The error is the first problem, as when only it was reported.
    assert (e.id, e.file, e.line, e.column) == ("spreadsheet.missing_value", "persons.csv", 3, "name")
    assert [(p.id, p.file, p.line, p.column) for p in e.problems] == [
        ("spreadsheet.missing_value", "persons.csv", 3, "name"),
        ("spreadsheet.invalid_value", "memberships.csv", 2, "role"),
        ("spreadsheet.invalid_date", "memberships.csv", 2, "start_date"),
        ("spreadsheet.inconsistent", "memberships.csv", 3, "end_date"),
        ("spreadsheet.missing_value", "meetings.csv", 2, "date"),
    ]
    assert all(isinstance(p, mandat.SpreadsheetError) for p in e.problems)
    assert str(e).split("\n")[1:] == ["4 more problems in the same reading:"] + [f"  {p}" for p in e.problems[1:]]
    # One problem: a list of itself.
    (folder / "persons.csv").write_text(PERSONS_OK, encoding="utf-8")
    (folder / "memberships.csv").write_text(MEMBERSHIP_HEADER + "p1,sg,ks,member,2022-01-01,\n", encoding="utf-8")
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_csv_roster(folder)
    assert info.value.problems == [info.value]
    assert str(info.value) == "meetings.csv line 2, date: empty (expected a date, YYYY-MM-DD or DD.MM.YYYY)"


def test_the_reading_stops_at_the_limit_of_problems(tmp_path: Path) -> None:
    memberships = MEMBERSHIP_HEADER + "p1,sg,ks,member,2022-02-30,\n" * 150
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_csv_roster(_folder(tmp_path / "in", PERSONS_OK.encode(), memberships))
    assert len(info.value.problems) == 100
    assert info.value.problems[-1].line == 101
    assert str(info.value).endswith("\n(stopped at 100 problems, the limit of one reading: there may be more)")
