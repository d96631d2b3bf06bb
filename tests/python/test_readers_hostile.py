"""Python's spreadsheet readers and writers on hostile input (docs/spreadsheets.md): files that are
not regular files, workbooks whose claimed size is not their real one, formulas, and cells that
look like formulas in CSV. Whatever could hang or exhaust memory runs in a subprocess with a
timeout, so that a regression fails instead of stopping the suite."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import openpyxl
import pytest

import mandat

MEMBERSHIPS = "person_id,organization_id,on_behalf_of_id,role,start_date\r\np1,styringsgruppen,ks,member,2022-01-01\r\n"

TRICKY = ["=1+1", "'", "''=", "-", "+47 123", "@", "", "'abc", '=HYPERLINK("http://x")', "\tx", "\rx", "''", "-5"]


def _in_subprocess(code: str, timeout: float = 30) -> dict[str, str]:
    """Runs `code` (which sets `call`, a function of no argument) in a fresh interpreter; the
    error it raises, as {"type", "id", "message"}, or {"type": "none"}."""
    script = textwrap.dedent(code) + textwrap.dedent(
        """
        import json
        try:
            call()
            print(json.dumps({"type": "none"}))
        except Exception as e:
            print(json.dumps({"type": type(e).__name__, "id": getattr(e, "id", ""), "message": str(e)}))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, str] = json.loads(done.stdout)
    return result


def _csv_folder(folder: Path) -> Path:
    (folder / "memberships.csv").write_text(MEMBERSHIPS, encoding="utf-8", newline="")
    return folder


def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    folder = _csv_folder(tmp_path)
    os.mkfifo(folder / "persons.csv")
    got = _in_subprocess(f"import mandat\ncall = lambda: mandat.read_csv_roster({str(folder)!r})\n", timeout=20)
    assert got == {
        "type": "MandateIOError",
        "id": "io.read_failed",
        "message": f"cannot read {folder / 'persons.csv'}: not a regular file",
    }
    got = _in_subprocess(
        f"import mandat\ncall = lambda: mandat.read_excel_roster({str(folder / 'persons.csv')!r})\n", timeout=20
    )
    assert got["type"] == "MandateIOError" and got["id"] == "io.read_failed"
    assert got["message"].endswith("persons.csv: not a regular file")


def test_dev_zero_is_refused_not_read_until_memory_runs_out(tmp_path: Path) -> None:
    folder = _csv_folder(tmp_path)
    (folder / "persons.csv").symlink_to("/dev/zero")
    got = _in_subprocess(f"import mandat\ncall = lambda: mandat.read_csv_roster({str(folder)!r})\n", timeout=20)
    assert got == {
        "type": "MandateIOError",
        "id": "io.read_failed",
        "message": f"cannot read {folder / 'persons.csv'}: not a regular file",
    }


def test_the_csv_reader_reads_the_long_cells_its_writer_writes(tmp_path: Path) -> None:
    long = "x" * 200_000  # over the 131,072 characters of Python's csv module
    roster = mandat.load_roster(
        {"format": "mandat.roster/1", "persons": [{"id": "p1", "name": "Kari", "note": long}], "memberships": []}
    )
    mandat.write_csv_roster(roster, tmp_path)
    assert mandat.read_csv_roster(tmp_path).to_dict() == roster.to_dict()


def test_formula_looking_csv_cells_are_guarded_and_read_back(tmp_path: Path) -> None:
    from mandat._spreadsheet import format_csv_table, parse_csv_table

    table = mandat.SpreadsheetTable("t.csv", ["c", "x"], [(i + 2, [c, "x"]) for i, c in enumerate(TRICKY)])
    data = format_csv_table(table)
    assert data.split(b"\r\n")[1:5] == [b'"\'=1+1","x"', b'"\'\'","x"', b'"\'\'\'=","x"', b'"\'-","x"']
    assert [cells[0] for _, cells in parse_csv_table(data, "t.csv").rows] == TRICKY
    roster = mandat.load_roster(
        {
            "format": "mandat.roster/1",
            "persons": [{"id": "p1", "name": '=HYPERLINK("http://x")', "email": "@x", "phone": "+47 123", "n": -5}],
            "memberships": [],
        }
    )
    mandat.write_csv_roster(roster, tmp_path)
    lines = (tmp_path / "persons.csv").read_bytes().split(b"\r\n")
    assert lines[1] == b'"p1","\'=HYPERLINK(""http://x"")","\'@x","","","\'-5","\'+47 123"'
    assert mandat.read_csv_roster(tmp_path).to_dict() == roster.to_dict()


def _small_workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    persons = book.active
    assert persons is not None
    persons.title = "persons"
    for row in (["id", "name"], ["p1", "Kari"]):
        persons.append(row)
    memberships = book.create_sheet("memberships")
    for line in MEMBERSHIPS.strip().split("\r\n"):
        memberships.append(line.split(","))
    book.save(path)


def _patch_sheet(path: Path, sheet: str, change: dict[str, str]) -> None:
    """Rewrites the XML of one sheet part of the workbook, replacing each key by its value."""
    with zipfile.ZipFile(path) as src:
        parts = {info.filename: src.read(info) for info in src.infolist()}
    xml = parts[sheet].decode("utf-8")
    for old, new in change.items():
        assert old in xml, (old, xml)
        xml = xml.replace(old, new)
    parts[sheet] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)


def _with_a_cell_at_xfd1048576(tmp_path: Path, cell: str) -> Path:
    """A small workbook whose persons sheet claims the whole sheet and stores `cell` at its end."""
    book = tmp_path / "roster.xlsx"
    _small_workbook(book)
    _patch_sheet(
        book,
        "xl/worksheets/sheet1.xml",
        {
            '<dimension ref="A1:B2" />': '<dimension ref="A1:XFD1048576" />',
            "</sheetData>": f'<row r="1048576">{cell}</row></sheetData>',
        },
    )
    return book


def test_an_empty_cell_stored_at_xfd1048576_costs_one_cell(tmp_path: Path) -> None:
    # Spreadsheet programs store empty cells that carry a format; this one claims the whole sheet.
    book = _with_a_cell_at_xfd1048576(tmp_path, '<c r="XFD1048576" s="0" />')
    got = _in_subprocess(
        f"""
        import mandat
        def call():
            r = mandat.read_excel_roster({str(book)!r})
            assert [p.id for p in r.persons] == ["p1"], r
        """,
        timeout=10,
    )
    assert got == {"type": "none"}


def test_one_cell_at_xfd1048576_is_read_quickly_and_refused_by_the_core(tmp_path: Path) -> None:
    book = _with_a_cell_at_xfd1048576(tmp_path, '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>')
    assert book.stat().st_size < 6000
    got = _in_subprocess(f"import mandat\ncall = lambda: mandat.read_excel_roster({str(book)!r})\n", timeout=10)
    assert got == {
        "type": "SpreadsheetError",
        "id": "spreadsheet.cell_count",
        "message": "roster.xlsx sheet persons row 1048576: 16384 cells, expected 2 (one per column of the header row)",
    }


def test_a_formula_cell_is_refused_naming_sheet_and_cell(tmp_path: Path) -> None:
    book = tmp_path / "roster.xlsx"
    _small_workbook(book)
    wb = openpyxl.load_workbook(book)
    wb["persons"]["B2"] = '="Ka"&"ri"'  # a formula, with no stored result (openpyxl computes none)
    wb.save(book)
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_excel_roster(book)
    assert str(info.value) == (
        "roster.xlsx sheet persons row 2, name: the cell B2 holds a formula (expected a value: its stored result may "
        "be out of date; paste the cells as values)"
    )
    assert info.value.id == "spreadsheet.invalid_value"


def test_a_workbook_that_unpacks_beyond_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mandat._spreadsheet as spreadsheet

    book = tmp_path / "roster.xlsx"
    _small_workbook(book)
    with zipfile.ZipFile(book, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/padding.bin", b"\0" * 200_000)  # compresses to a few hundred bytes
    assert book.stat().st_size < 10_000
    monkeypatch.setattr(spreadsheet, "MAX_FILE_BYTES", 100_000)
    with pytest.raises(mandat.MandateIOError) as info:
        mandat.read_excel_roster(book)
    assert info.value.id == "io.too_large"
    assert re.fullmatch(
        re.escape(f"cannot read {book}: ") + r"2\d\d\d\d\d bytes once unpacked, more than the limit of 100000",
        str(info.value),
    ), str(info.value)


def test_the_workbook_writer_writes_formula_looking_texts_as_text(tmp_path: Path) -> None:
    roster = mandat.load_roster(
        {
            "format": "mandat.roster/1",
            "persons": [{"id": "p1", "name": '=HYPERLINK("http://x")', "email": "@x", "phone": "+47 1", "q": "'"}],
            "memberships": [],
        }
    )
    book = tmp_path / "roster.xlsx"
    mandat.write_excel_roster(roster, book)
    with zipfile.ZipFile(book) as z:
        sheets = [z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    assert len(sheets) == 4
    assert not any("<f>" in s or "<f " in s for s in sheets)
    # No quote in front in a workbook: a text cell is never run, so the texts are stored as they are.
    wb = openpyxl.load_workbook(io.BytesIO(book.read_bytes()))
    assert [c.value for c in wb["persons"][2]] == ["p1", '=HYPERLINK("http://x")', "@x", None, None, "+47 1", "'"]
    assert [c.data_type for c in wb["persons"][2]][:3] == ["s", "s", "s"]
    assert mandat.read_excel_roster(book).to_dict() == roster.to_dict()


@pytest.mark.parametrize(
    ("stored", "detail"),
    [
        ('<c r="ZZZZ3" t="inlineStr"><is><t>x</t></is></c>', "ValueError: 'ZZZZ' is not a valid column name."),
        ('<c r="C3"><v>abc</v></c>', "ValueError: invalid literal for int() with base 10: 'abc'"),
        ('<c r="C3" t="s"><v>99</v></c>', "IndexError: list index out of range"),
        ('<c r="B3" t="d"><v>notadate</v></c>', "ValueError: Invalid datetime value notadate"),
    ],
)
def test_a_sheet_that_is_not_well_formed_is_a_spreadsheet_error(tmp_path: Path, stored: str, detail: str) -> None:
    book = tmp_path / "roster.xlsx"
    _small_workbook(book)
    _patch_sheet(book, "xl/worksheets/sheet1.xml", {"</sheetData>": f'<row r="3">{stored}</row></sheetData>'})
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_excel_roster(book)
    assert info.value.id == "spreadsheet.not_a_workbook"
    assert str(info.value).startswith(f"roster.xlsx sheet persons: not a well-formed sheet: {detail}"), str(info.value)


def test_rows_out_of_order_and_a_cell_stored_twice_are_refused(tmp_path: Path) -> None:
    book = tmp_path / "roster.xlsx"
    _small_workbook(book)
    _patch_sheet(book, "xl/worksheets/sheet1.xml", {"</sheetData>": '<row r="2" /></sheetData>'})
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_excel_roster(book)
    assert (
        str(info.value)
        == "roster.xlsx sheet persons row 2: row 2 is stored after row 2 (expected rows in increasing order)"
    )
    _small_workbook(book)
    twice = '<c r="B2" t="inlineStr"><is><t>Kari</t></is></c>'
    _patch_sheet(book, "xl/worksheets/sheet1.xml", {twice: twice + '<c r="B2" t="inlineStr"><is><t>Ola</t></is></c>'})
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_excel_roster(book)
    assert str(info.value) == "roster.xlsx sheet persons row 2: the cell B2 is stored twice"
    assert info.value.id == "spreadsheet.not_a_workbook"
