"""Spreadsheet rosters from Python: CSV folders (stdlib csv) and Excel workbooks (openpyxl),
judged by the same C++ core as the native reader; organisation numbers."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from conftest import EXAMPLE_ROSTER, ROOT, printed_error, workbook

import mandat

FIXTURE = ROOT / "tests" / "data" / "spreadsheet" / "semicolon-bom"

PERSONS_OK = "id,name\np1,Kari\np2,Ola\n"
MEMBERSHIP_HEADER = "person_id,organization_id,on_behalf_of_id,role,start_date,end_date\n"
MEMBERSHIPS_OK = MEMBERSHIP_HEADER + "p1,styringsgruppen,ks,member,2022-01-01,2025-12-31\n"
MEETING_HEADER = "organization_id,date,attendee_ids\n"


def _folder(tmp_path: Path, persons: str, memberships: str, meetings: str | None = None) -> Path:
    (tmp_path / "persons.csv").write_bytes(persons.encode("utf-8", errors="surrogateescape"))
    (tmp_path / "memberships.csv").write_text(memberships, encoding="utf-8", newline="")
    if meetings is not None:
        (tmp_path / "meetings.csv").write_text(meetings, encoding="utf-8", newline="")
    return tmp_path


def _error(tmp_path: Path, persons: str, memberships: str, meetings: str | None = None) -> mandat.SpreadsheetError:
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_csv_roster(_folder(tmp_path, persons, memberships, meetings))
    return info.value


def test_example_roster_to_csv_and_back_equals_the_original(tmp_path: Path) -> None:
    original = json.loads(EXAMPLE_ROSTER.read_text(encoding="utf-8"))
    roster = mandat.load_roster(original)
    mandat.write_csv_roster(roster, tmp_path)
    # The four tables, and the manifest of the folder writer (docs/hardening.md, "Writing output").
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".mandat-tree",
        "document.csv",
        "meetings.csv",
        "memberships.csv",
        "persons.csv",
    ]
    assert mandat.read_csv_roster(tmp_path).to_dict() == original
    # The header and first row of memberships.csv, written by hand from the example's m01.
    lines = (tmp_path / "memberships.csv").read_bytes().split(b"\r\n")
    assert lines[0] == b'"id","person_id","organization_id","on_behalf_of_id","role","start_date","end_date"'
    assert lines[1] == b'"m01","p-ks1","styringsgruppen","ks","member","2022-01-01","2025-12-31"'
    assert len(lines) == 1 + 25 + 1  # header, 25 memberships, the empty rest after the last CRLF


def test_example_roster_to_excel_and_back_equals_the_original(tmp_path: Path) -> None:
    original = json.loads(EXAMPLE_ROSTER.read_text(encoding="utf-8"))
    book = tmp_path / "roster.xlsx"
    mandat.write_excel_roster(mandat.load_roster(original), book)
    assert mandat.read_excel_roster(book).to_dict() == original
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["persons", "memberships", "meetings", "document"]
    assert wb["memberships"]["F2"].value == "2022-01-01"  # text, not a date cell
    assert wb["document"]["A2"].value == "description"


EXTRAS = {
    "format": "mandat.roster/1",
    "source_register": {"name": "a register", "exported": "2025-01-05"},
    "count": 3,
    "persons": [
        {
            "id": "p1",
            "name": 'Kari "K" Eksempel, KS',
            "email": "",
            "identifiers": [{"scheme": "hr", "identifier": "123"}],
            "phone": "12345678",
            "note": "line one\nline two",
            "active": True,
            "nothing": None,
            "formula": "=1+1",
        },
        {"id": "p2", "name": "Ola; Ås", "phone": "+47 99 88 77 66"},
    ],
    "memberships": [
        {
            "person_id": "p2",
            "organization_id": "arbeidsutvalget",
            "on_behalf_of_id": "tfk",
            "role": "coordinator",
            "start_date": "2022-01-01",
            "weight": 1.5,
        }
    ],
    "meetings": [
        {
            "id": "sg-1",
            "organization_id": "styringsgruppen",
            "date": "2022-03-10",
            "attendee_ids": ["p1", "p2"],
            "title": "",
            "location": "Steinkjer",
        },
        {"organization_id": "styringsgruppen", "date": "2022-06-10", "attendee_ids": []},
    ],
}


def test_unknown_members_survive_csv_and_excel(tmp_path: Path) -> None:
    roster = mandat.load_roster(EXTRAS)
    mandat.write_csv_roster(roster, tmp_path)
    assert mandat.read_csv_roster(tmp_path).to_dict() == EXTRAS
    mandat.write_excel_roster(roster, tmp_path / "r.xlsx")
    assert mandat.read_excel_roster(tmp_path / "r.xlsx").to_dict() == EXTRAS


def test_python_writes_the_committed_example_folder_byte_for_byte(tmp_path: Path) -> None:
    # The C++ writer is checked against the same files (test_spreadsheet.cpp): both write the same bytes.
    mandat.write_csv_roster(mandat.load_roster(EXAMPLE_ROSTER), tmp_path)
    for kind in ("persons", "memberships", "meetings", "document"):
        assert (tmp_path / f"{kind}.csv").read_bytes() == (
            ROOT / "examples" / "roster-csv" / f"{kind}.csv"
        ).read_bytes()
    assert (
        mandat.read_csv_roster(ROOT / "examples" / "roster-csv").to_dict()
        == mandat.load_roster(EXAMPLE_ROSTER).to_dict()
    )


def test_the_native_command_reads_a_folder_python_wrote(tmp_path: Path) -> None:
    exe = ROOT / "build" / "mandat"
    if not exe.exists():
        pytest.skip("build/mandat is not built")
    roster = mandat.load_roster(EXAMPLE_ROSTER)
    mandat.write_csv_roster(roster, tmp_path)
    # The C++ reader reads what Python wrote; the check over the folder gives the JSON file's findings.
    by_folder = subprocess.run([str(exe), "check", str(tmp_path), "--json"], capture_output=True, text=True)
    by_file = subprocess.run([str(exe), "check", str(EXAMPLE_ROSTER), "--json"], capture_output=True, text=True)
    assert by_folder.returncode == by_file.returncode == 1
    assert json.loads(by_folder.stdout)["findings"] == json.loads(by_file.stdout)["findings"]


def test_the_python_command_reads_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mandat.__main__ import main

    mandat.write_csv_roster(mandat.load_roster(EXAMPLE_ROSTER), tmp_path)
    assert main(["check", str(tmp_path), "--json"]) == 1
    by_folder = json.loads(capsys.readouterr().out)
    assert main(["check", str(EXAMPLE_ROSTER), "--json"]) == 1
    assert by_folder == json.loads(capsys.readouterr().out)
    with (tmp_path / "memberships.csv").open("a", encoding="utf-8", newline="") as f:
        f.write('"m99","p-ks1","styringsgruppen","ks","member","2023-02-30",""\r\n')
    assert main(["check", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        "mandat: memberships.csv line 27, start_date: 2023-02-30 is not a date (expected YYYY-MM-DD or DD.MM.YYYY) "
        "[spreadsheet.invalid_date]\n"
    )


def test_semicolons_bom_crlf_quoted_line_breaks_and_unknown_columns() -> None:
    roster = mandat.read_csv_roster(FIXTURE)
    assert roster.to_dict() == {
        "format": "mandat.roster/1",
        "description": "Hand-written test roster",
        "source": {"exported": "2025-01-05", "rows": 5},
        "persons": [
            {"id": "p1", "name": "Kari Nordmann; KS", "email": "kari@example.org", "phone": "+47 12 34 56 78"},
            {"id": "p2", "name": "Ola Ås"},
        ],
        "memberships": [
            {
                "id": "m1",
                "person_id": "p1",
                "organization_id": "styringsgruppen",
                "on_behalf_of_id": "ks",
                "role": "leader",
                "start_date": "2022-01-01",
                "end_date": "2025-12-31",
                "weight": 2,
            },
            {
                "id": "m2",
                "person_id": "p2",
                "organization_id": "arbeidsutvalget",
                "on_behalf_of_id": "tfk",
                "role": "member",
                "start_date": "2022-01-01",
            },
        ],
        "meetings": [
            {
                "id": "sg-1",
                "organization_id": "styringsgruppen",
                "date": "2022-03-10",
                "attendee_ids": ["p1", "p2"],
                "title": "Oppstart\r\ni Steinkjer",
            },
            {"id": "au-1", "organization_id": "arbeidsutvalget", "date": "2022-03-03", "attendee_ids": ["p2"]},
        ],
    }


def test_each_record_knows_the_line_where_it_starts(tmp_path: Path) -> None:
    from mandat._spreadsheet import parse_csv_table

    t = parse_csv_table(b'a,b\r\n1,"x\r\ny\r\nz"\r\n\r\n\r\n2,w\n3,""\n', "t.csv")
    assert t.rows == [(2, ["1", "x\r\ny\r\nz"]), (7, ["2", "w"]), (8, ["3", ""])]
    assert parse_csv_table(b"a,b\n x , y\n", "t.csv").rows == [(2, [" x ", " y"])]
    e = _error(
        tmp_path,
        PERSONS_OK,
        MEMBERSHIP_HEADER + 'p1,sg,"k\ns",member,2022-01-01,\np1,sg,ks,member,2022-01-01,2023-02-30\n',
    )
    assert str(e) == "memberships.csv line 4, end_date: 2023-02-30 is not a date (expected YYYY-MM-DD or DD.MM.YYYY)"
    assert (e.file, e.line, e.column, e.id) == ("memberships.csv", 4, "end_date", "spreadsheet.invalid_date")


BAD = [
    (
        PERSONS_OK,
        MEMBERSHIP_HEADER + "p1,sg,ks,member,2022-01-01,\np1,sg,ks,member,2022-01-01,2023-02-30\n",
        None,
        "memberships.csv line 3, end_date: 2023-02-30 is not a date (expected YYYY-MM-DD or DD.MM.YYYY)",
    ),
    (
        PERSONS_OK,
        MEMBERSHIP_HEADER + "p1,sg,ks,member,,\n",
        None,
        "memberships.csv line 2, start_date: empty (expected a date, YYYY-MM-DD or DD.MM.YYYY)",
    ),
    (
        PERSONS_OK,
        MEMBERSHIP_HEADER + "p1,sg,ks,boss,2022-01-01,\n",
        None,
        'memberships.csv line 2, role: "boss" is not a role (expected member, leader, coordinator or secretary)',
    ),
    (
        PERSONS_OK,
        MEMBERSHIP_HEADER + "p1,sg,ks,member,2022-01-01,2021-12-31\n",
        None,
        "memberships.csv line 2, end_date: the end date 2021-12-31 is before the start date 2022-01-01",
    ),
    (
        PERSONS_OK,
        "person_id,organization_id,on_behalf_of_id,role\np1,sg,ks,member\n",
        None,
        "memberships.csv line 1: the required column start_date is missing",
    ),
    (
        "id,name,name\np1,Kari,Kari\n",
        MEMBERSHIPS_OK,
        None,
        "persons.csv line 1, name: the column appears twice (columns 2 and 3)",
    ),
    (
        "id,name,\np1,Kari,x\n",
        MEMBERSHIPS_OK,
        None,
        "persons.csv line 1, column 3: a column without a name (expected a name in the header line)",
    ),
    (
        "id,name\np1,Kari,extra\n",
        MEMBERSHIPS_OK,
        None,
        "persons.csv line 2: 3 cells, expected 2 (one per column of the header line)",
    ),
    ("id,name\np1,\n", MEMBERSHIPS_OK, None, "persons.csv line 2, name: empty (expected a name)"),
    (
        "id,name\np1,Kari\np1,Ola\n",
        MEMBERSHIPS_OK,
        None,
        'persons.csv line 3, id: the person id "p1" is used twice (first on line 2)',
    ),
    (
        "id,name\n" + "x" * 257 + ",Kari\n",
        MEMBERSHIPS_OK,
        None,
        "persons.csv line 2, id: 257 bytes, longer than the limit of 256 for an id",
    ),
    (
        "id,name\np1,K\udcc3\n",
        MEMBERSHIPS_OK,
        None,
        "persons.csv line 2, name: the text is not valid UTF-8 (the byte 0xC3 at byte 2 of the cell); the file is "
        'saved as Windows-1252 (Latin-1), where the byte 0xC3 is "Ã"; mandat reads UTF-8 only: save the file again '
        'as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8 (Comma delimited); LibreOffice: Save As, Character set '
        "Unicode (UTF-8))",
    ),
    (
        PERSONS_OK,
        MEMBERSHIPS_OK,
        MEETING_HEADER + "sg,2022-03-10,p1;p9\n",
        'meetings.csv line 2, attendee_ids: "p9" is not a person of persons.csv',
    ),
    (
        PERSONS_OK,
        MEMBERSHIPS_OK,
        MEETING_HEADER + "sg,2022-03-10,p1; p2 ;p1\n",
        'meetings.csv line 2, attendee_ids: the attendee "p1" is listed twice',
    ),
    (
        PERSONS_OK,
        MEMBERSHIPS_OK,
        MEETING_HEADER + "sg,2022-03-10,p1;;p2\n",
        'meetings.csv line 2, attendee_ids: an empty attendee (expected person ids separated by ";")',
    ),
    (
        PERSONS_OK,
        MEMBERSHIPS_OK,
        MEETING_HEADER + 'sg,2022-03-10,p1\n"sg",2022-03-10,"p1\n',
        "meetings.csv line 3: not well-formed CSV: the file ends inside a quoted field (expected a closing quote)",
    ),
    ("\ufeff\r\n", MEMBERSHIPS_OK, None, "persons.csv: the file is empty (expected a header line)"),
]


@pytest.mark.parametrize(("persons", "memberships", "meetings", "message"), BAD)
def test_each_bad_cell_names_the_file_the_line_and_the_column(
    tmp_path: Path, persons: str, memberships: str, meetings: str | None, message: str
) -> None:
    assert str(_error(tmp_path, persons, memberships, meetings)) == message


@pytest.mark.parametrize(("persons", "memberships", "meetings", "message"), BAD)
def test_the_native_reader_gives_the_same_messages(
    tmp_path: Path, persons: str, memberships: str, meetings: str | None, message: str
) -> None:
    exe = ROOT / "build" / "mandat"
    if not exe.exists():
        pytest.skip("build/mandat is not built")
    folder = _folder(tmp_path, persons, memberships, meetings)
    out = subprocess.run([str(exe), "check", str(folder)], capture_output=True, text=True)
    assert out.returncode == 2
    assert message in out.stderr


def test_malformed_csv_names_its_line(tmp_path: Path) -> None:
    e = _error(tmp_path, 'id,name\np1,"Kari"x\n', MEMBERSHIPS_OK)
    assert (e.id, e.line) == ("spreadsheet.malformed", 2)
    assert str(e).startswith("persons.csv line 2: not well-formed CSV (")


def test_blank_rows_are_ignored_and_optional_files_may_be_absent(tmp_path: Path) -> None:
    roster = mandat.read_csv_roster(_folder(tmp_path, "id,name\n,\np1,Kari\n,\n", MEMBERSHIPS_OK))
    assert [p.id for p in roster.persons] == ["p1"]
    assert roster.meetings == []
    shutil.rmtree(tmp_path)
    tmp_path.mkdir()
    with pytest.raises(mandat.MandateIOError) as info:
        mandat.read_csv_roster(tmp_path)
    assert isinstance(info.value, OSError)
    assert "persons.csv" in str(info.value)


def test_what_a_cell_cannot_carry_is_refused(tmp_path: Path) -> None:
    roster = mandat.load_roster(
        {
            "format": "mandat.roster/1",
            "persons": [{"id": "p;1", "name": "Kari"}],
            "memberships": [],
            "meetings": [{"organization_id": "sg", "date": "2022-03-10", "attendee_ids": ["p;1"]}],
        }
    )
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.write_csv_roster(roster, tmp_path)
    assert str(info.value) == (
        'meetings attendee_ids: meeting 1: the attendee id "p;1" is empty, contains ";" or starts or ends with a space'
    )
    assert list(tmp_path.iterdir()) == []  # nothing half-written
    bell = mandat.load_roster(
        {"format": "mandat.roster/1", "persons": [{"id": "p1", "name": "Kari\x07"}], "memberships": []}
    )
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.write_excel_roster(bell, tmp_path / "r.xlsx")
    assert str(info.value) == "r.xlsx sheet persons row 2, name: a control character that a workbook cell cannot hold"
    assert list(tmp_path.iterdir()) == []


def test_excel_cells_typed_by_hand_and_errors_name_sheet_row_and_column(tmp_path: Path) -> None:
    import datetime as dt

    persons: list[list[object]] = [["id", "name", "age"], ["p1", "Kari", 41], ["p2", "Ola", None]]
    memberships: list[list[object]] = [
        ["person_id", "organization_id", "on_behalf_of_id", "role", "start_date", "end_date"],
        ["p1", "styringsgruppen", "ks", "member", dt.datetime(2022, 1, 1), None],
        [None, None, None, None, None, None],
    ]
    book = workbook(tmp_path / "r.xlsx", {"persons": persons, "memberships": memberships})
    roster = mandat.read_excel_roster(book)
    assert roster.to_dict()["persons"] == [{"id": "p1", "name": "Kari", "age": 41}, {"id": "p2", "name": "Ola"}]
    assert roster.to_dict()["memberships"] == [
        {
            "person_id": "p1",
            "organization_id": "styringsgruppen",
            "on_behalf_of_id": "ks",
            "role": "member",
            "start_date": "2022-01-01",
        }
    ]
    memberships.append(["p2", "styringsgruppen", "ks", "member", "2023-02-30", None])
    book = workbook(tmp_path / "bad.xlsx", {"persons": persons, "memberships": memberships})
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_excel_roster(book)
    assert str(info.value) == (
        "bad.xlsx sheet memberships row 4, start_date: 2023-02-30 is not a date (expected YYYY-MM-DD or DD.MM.YYYY)"
    )
    assert (info.value.file, info.value.line, info.value.column) == ("bad.xlsx sheet memberships", 4, "start_date")
    persons.append(["p3", "Per", None, "stray"])
    book = workbook(tmp_path / "wide.xlsx", {"persons": persons, "memberships": memberships[:2]})
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_excel_roster(book)
    assert str(info.value) == "wide.xlsx sheet persons row 4: 4 cells, expected 3 (one per column of the header row)"
    book = workbook(tmp_path / "none.xlsx", {"memberships": memberships[:2]})
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_excel_roster(book)
    assert str(info.value) == (
        "none.xlsx: no sheet persons (expected the sheets persons and memberships, "
        "and optionally meetings and document)"
    )


# --- organisation numbers -------------------------------------------------------------------------


def test_valid_organisation_numbers_computed_by_hand() -> None:
    # 974760673: 9*3+7*2+4*7+7*6+6*5+0*4+6*3+7*2 = 173; 173 mod 11 = 8; 11-8 = 3.
    assert mandat.valid_organisation_number("974760673")
    # 900100000: 9*3+1*6 = 33; 33 mod 11 = 0; 11 becomes 0.
    assert mandat.valid_organisation_number("900100000")
    # 90100000x: 9*3+1*7 = 34; 34 mod 11 = 1; 11-1 = 10: no digit fits.
    assert not any(mandat.valid_organisation_number(f"90100000{d}") for d in range(10))
    for bad in ["974760672", "97476067", "9747606730", "97476067A", "974 760 673", ""]:
        assert not mandat.valid_organisation_number(bad)


def test_the_loader_checks_organisation_numbers_and_the_writer_keeps_them() -> None:
    doc = json.loads(mandat.trondelag().to_json())
    assert all("organisation_number" not in o for o in doc["organisations"])
    doc["organisations"][0]["organisation_number"] = "974760673"
    m = mandat.load_mandate(doc)
    assert m.organisations[0].organisation_number == "974760673"
    assert json.loads(m.to_json())["organisations"][0]["organisation_number"] == "974760673"
    doc["organisations"][0]["organisation_number"] = "974760672"
    with pytest.raises(mandat.DocumentError) as info:
        mandat.load_mandate(doc)
    assert info.value.pointer == "/organisations/0/organisation_number"
    assert str(info.value) == (
        'at /organisations/0/organisation_number: "974760672" is not an organisation number: '
        "the check digit is 2, expected 3 (MOD11)"
    )


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mandat import _spreadsheet

    monkeypatch.setattr(_spreadsheet, "MAX_FILE_BYTES", 10)
    folder = _folder(tmp_path, PERSONS_OK, MEMBERSHIPS_OK)
    with pytest.raises(mandat.MandateIOError) as info:
        mandat.read_csv_roster(folder)
    assert info.value.id == "io.too_large"
    assert (
        str(info.value) == f"cannot read {folder / 'persons.csv'}: {len(PERSONS_OK)} bytes, more than the limit of 10"
    )


# --- one tokeniser: Python reads CSV with the core's (docs/spreadsheets.md, "One tokeniser") --------

# Hostile persons.csv files (the memberships are fine): quotes, CR/LF, a BOM, separators, empty lines.
HOSTILE_CSV = [
    b'\xef\xbb\xbfid;name\r\np1;"Kari; K"\r\n',  # BOM, ';', CRLF, a separator inside quotes
    b'id,name\np1,"Kari\nNord"\np2,"Ola\r\nSyd"\r\n',  # line breaks inside quotes
    b'id,name\np1,"Kari ""K"""\n',  # doubled quotes
    b"id,name\rp1,Kari\rp2,Ola",  # lone CRs, no final line end
    b"\n\nid,name\n\np1,Kari\n\n\n",  # empty lines before, between and after
    b'id,name\n"",""\n,\np1,Kari\n',  # rows of empty cells
    b"id,name\n",  # a header alone
    b"id;name,x\np1;Kari,Nord\n",  # more ';' than ',' in the header: ',' is data
    b'id,name\np1,Ka"ri\n',  # a quote inside an unquoted field
    b'id,name\np1,"Kari"x\n',  # text after the closing quote
    b'id,name\np1, "Kari"\n',  # a space before the opening quote
    b'id,name\np1,"Kari\n\n',  # a quote never closed
    b"\xef\xbb\xbf\r\n\r\n",  # nothing but a BOM and line ends
    b"id,name,\np1,Kari,\n",  # a trailing separator: a column without a name
    b"id,name\np1,K\xc3\n",  # not UTF-8
    b"id,name\np1,Kari,\n",  # one cell too many
    b"id,name\np1,Bj\xf8rn\np2,\xc6sa\n",  # Windows-1252: two cells, said so
    b"id,name\np1,Bj\xc3\xb8rn\np2,\x81\n",  # UTF-8 and a stray byte: not certainly Windows-1252
    b"id,name\np1,\np2,\n,Ola\n",  # three bad cells, one error listing them
]


def _python_side(folder: Path, out: Path) -> tuple[int, object]:
    """The roster the package reads, as the canonical CSV its writer writes; or the error."""
    try:
        roster = mandat.read_csv_roster(folder)
    except mandat.MandateError as e:
        return 2, printed_error(e)
    out.mkdir()
    mandat.write_csv_roster(roster, out)
    return 0, {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def _native_side(exe: Path, folder: Path, out: Path) -> tuple[int, object]:
    run = subprocess.run(
        [str(exe), "export", str(folder), "--to", "csv", "--output", str(out)], capture_output=True, text=True
    )
    if run.returncode != 0:
        return run.returncode, run.stderr
    return 0, {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.mark.parametrize("persons", HOSTILE_CSV)
def test_the_same_bytes_give_the_same_roster_or_error_in_python_and_the_native_reader(
    tmp_path: Path, persons: bytes
) -> None:
    exe = ROOT / "build" / "mandat"
    if not exe.exists():
        pytest.skip("build/mandat is not built")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "persons.csv").write_bytes(persons)
    (folder / "memberships.csv").write_text(MEMBERSHIPS_OK, encoding="utf-8")
    python = _python_side(folder, tmp_path / "python")
    assert python == _native_side(exe, folder, tmp_path / "native")


def test_the_python_tokeniser_is_the_cores() -> None:
    """Tables worked out by hand; the cases where Python's csv module read otherwise are refused
    or read as the C++ reader always did."""
    from mandat._spreadsheet import parse_csv_table

    t = parse_csv_table(b'a,b\r1,x\r"2\r",y', "t.csv")  # lone CRs end lines
    assert t.rows == [(2, ["1", "x"]), (3, ["2\r", "y"])]
    assert parse_csv_table(b"a;b;c,d\nx,y;z;w\n", "t.csv").rows == [(2, ["x,y", "z", "w"])]
    for data, line, detail in [
        (b'a,b\np1,Ka"ri\n', 2, "a quote inside a field that does not start with one"),
        (b'a,b\n1,2\n"x"y,z\n', 3, "text after the closing quote of a field"),
    ]:
        with pytest.raises(mandat.SpreadsheetError) as info:
            parse_csv_table(data, "t.csv")
        assert (info.value.id, info.value.line) == ("spreadsheet.malformed", line)
        assert str(info.value).startswith(f"t.csv line {line}: not well-formed CSV ({detail}; expected fields")
    with pytest.raises(mandat.SpreadsheetError) as info:
        parse_csv_table(b'a,b\n1,2\n\n\n3,"x\ny\n', "t.csv")
    assert str(info.value) == (
        "t.csv line 5: not well-formed CSV: the file ends inside a quoted field (expected a closing quote)"
    )


def test_the_size_limit_is_the_cores_with_its_message(tmp_path: Path) -> None:
    from mandat import _core, _spreadsheet

    assert _spreadsheet.MAX_FILE_BYTES == _core.DEFAULT_MAX_DOCUMENT_BYTES == 256 << 20
    folder = _folder(tmp_path, PERSONS_OK, MEMBERSHIPS_OK)
    with open(folder / "memberships.csv", "r+b") as f:  # sparse: one byte over the limit, no disk used
        f.truncate(_core.DEFAULT_MAX_DOCUMENT_BYTES + 1)
    with pytest.raises(mandat.MandateIOError) as info:
        mandat.read_csv_roster(folder)
    message = f"cannot read {folder / 'memberships.csv'}: 268435457 bytes, more than the limit of 268435456"
    assert (str(info.value), info.value.id) == (message, "io.too_large")
    exe = ROOT / "build" / "mandat"
    if exe.exists():
        native = subprocess.run([str(exe), "check", str(folder)], capture_output=True, text=True)
        assert (native.returncode, native.stderr) == (2, f"mandat: {message} [io.too_large]\n")


def test_errors_raised_from_python_are_made_and_worded_by_the_core(tmp_path: Path) -> None:
    from mandat._errors import document_error, io_error, spreadsheet_error

    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_csv_roster(_folder(tmp_path, PERSONS_OK, MEMBERSHIP_HEADER + "p1,sg,ks,member,2022-13-01,\n"))
    core = info.value
    detail = "2022-13-01 is not a date (expected YYYY-MM-DD or DD.MM.YYYY)"
    made = spreadsheet_error(core.id, core.file, core.line, core.column, detail)
    assert (type(made), str(made), made.id, made.pointer, made.file, made.line, made.column) == (
        type(core),
        str(core),
        core.id,
        None,
        "memberships.csv",
        2,
        "start_date",
    )
    assert str(spreadsheet_error("spreadsheet.empty_file", "r.xlsx sheet persons", 0, "", "x", "row")) == (
        "r.xlsx sheet persons: x"
    )
    root = document_error("document.wrong_type", "", "expected an object")
    assert (str(root), root.pointer) == ("at the document root: expected an object", "")
    assert str(document_error("document.wrong_type", "/persons/0", "x")) == "at /persons/0: x"
    assert isinstance(io_error("io.read_failed", "cannot read x"), OSError)
    with pytest.raises(RuntimeError):
        io_error("io.nonsense", "x")


def test_a_workbook_is_read_within_the_cores_limit_and_errors(tmp_path: Path) -> None:
    from mandat import _core

    for path, message in [
        (tmp_path / "missing.xlsx", f"cannot read {tmp_path / 'missing.xlsx'}: No such file or directory"),
        (tmp_path, f"cannot read {tmp_path}: it is a directory"),
    ]:
        with pytest.raises(mandat.MandateIOError) as info:
            mandat.read_excel_roster(path)
        with pytest.raises(mandat.MandateIOError) as core:
            _core._read_file(str(path), 1 << 20)
        assert (str(info.value), info.value.id) == (str(core.value), core.value.id) == (message, "io.read_failed")
    big = tmp_path / "big.xlsx"
    with open(big, "wb") as f:
        f.truncate(_core.DEFAULT_MAX_DOCUMENT_BYTES + 1)
    with pytest.raises(mandat.MandateIOError) as info:
        mandat.read_excel_roster(big)
    assert info.value.id == "io.too_large"
