"""Spreadsheet rosters: a folder of CSV files and an Excel workbook (docs/spreadsheets.md).

CSV files are read and written by the C++ core (``mandat/csv.hpp``): the same tokeniser,
writer, size limit and errors as the C++ reader and the command line. openpyxl reads and
writes workbooks; their cells are judged by the same core (``roster_from_tables``), so a bad
cell gets the same error, naming the file (or workbook and sheet), the line (or row) and the
column, in C++ and Python.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from . import _core
from ._core import Roster, SpreadsheetTable, roster_from_tables, roster_to_tables
from ._errors import spreadsheet_error

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

PathLike = Union[str, "os.PathLike[str]"]

#: The tables of a spreadsheet roster, in the order they are written and read.
KINDS = ("persons", "memberships", "meetings", "document")
#: The tables a roster cannot do without; meetings and document may be absent.
REQUIRED_KINDS = ("persons", "memberships")

#: The largest file read: the C++ reader's default (mandat/limits.hpp, load_limits::max_bytes).
MAX_FILE_BYTES: int = _core.DEFAULT_MAX_DOCUMENT_BYTES


def parse_csv_table(data: bytes, name: str) -> SpreadsheetTable:
    """The table of one CSV file's bytes; ``name`` is how errors name it (the file name).

    The core's tokeniser (``mandat::parse_csv_table``): UTF-8 with or without a byte order
    mark; ',' or ';' (whichever the header line has more of); quoted fields may hold
    separators, quotes and line breaks. Each row knows the line where it starts. Raises
    SpreadsheetError for an empty file or malformed CSV.
    """
    return _core._parse_csv_table(data, name)


def format_csv_table(table: SpreadsheetTable) -> bytes:
    """One table as CSV: every field quoted, ',' separated, CRLF line ends, UTF-8 without BOM
    (the core's writer, ``mandat::format_csv_table``)."""
    return _core._format_csv_table(table)


def read_csv_roster(folder: PathLike) -> Roster:
    """The roster in a folder of CSV files: persons.csv, memberships.csv and, optionally,
    meetings.csv and document.csv (docs/spreadsheets.md), each at most ``MAX_FILE_BYTES``.

    Raises SpreadsheetError naming the file, the line and the column of a bad cell, and
    MandateIOError (an OSError) when persons.csv or memberships.csv cannot be read or a file
    is over the limit: the C++ reader's errors (``mandat::read_csv_roster``).
    """
    return _core._read_csv_roster(os.fspath(folder), MAX_FILE_BYTES)


def write_csv_roster(roster: Roster, folder: PathLike) -> None:
    """Writes persons.csv, memberships.csv, meetings.csv and document.csv into ``folder``
    (which must exist), each through a temporary file and a rename; read_csv_roster gives
    back an equal roster (the core's writer, ``mandat::write_csv_roster``).

    Raises SpreadsheetError for a value a cell cannot carry (docs/spreadsheets.md).
    """
    _core._write_csv_roster(roster, os.fspath(folder))


def _write_atomic(path: Path, data: bytes) -> None:
    """Writes through the core's writer (docs/hardening.md, "Writing output"): a temporary file
    in the same folder, fsync and a rename; it never replaces what is not a regular file, and an
    existing file keeps its mode and owner."""
    _core._write_file_atomic(os.fspath(path), data)


def _cell_text(value: Any) -> str:
    """A workbook cell's value as the text the core reads (docs/spreadsheets.md)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _sheet_table(sheet: Worksheet, where: str) -> SpreadsheetTable:
    """The table of one worksheet: row 1 is the header; trailing empty cells are dropped."""
    rows = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    if not rows or all(c == "" for c in rows[0]):
        raise spreadsheet_error("spreadsheet.empty_file", where, 0, "", "the sheet is empty (expected a header row)")
    header = rows[0]
    while header and header[-1] == "":
        header = header[:-1]
    width = len(header)
    out: list[tuple[int, list[str]]] = []
    for number, cells in enumerate(rows[1:], start=2):
        last = max((i for i, c in enumerate(cells) if c != ""), default=-1)
        out.append((number, cells[: max(width, last + 1)] if last >= width else cells[:width]))
    return SpreadsheetTable(where, header, out, 1, "row")


def read_excel_roster(path: PathLike) -> Roster:
    """The roster in an Excel workbook (.xlsx): sheets persons, memberships and, optionally,
    meetings and document, each with a header row (docs/spreadsheets.md). Needs openpyxl
    (``pip install mandat[excel]``).

    Raises SpreadsheetError naming the workbook, the sheet, the row and the column, and
    MandateIOError when the file cannot be read or is over ``MAX_FILE_BYTES``.
    """
    import openpyxl

    name = Path(path).name
    data = _core._read_file(os.fspath(path), MAX_FILE_BYTES)  # the limit and errors of every document
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # openpyxl's own, zipfile's, XML parsers': all say "not a workbook"
        raise spreadsheet_error(
            "spreadsheet.not_a_workbook", name, 0, "", f"not an Excel workbook (.xlsx): {type(e).__name__}: {e}"
        ) from None
    try:
        tables: dict[str, SpreadsheetTable | None] = {}
        for kind in KINDS:
            if kind not in workbook.sheetnames:
                if kind in REQUIRED_KINDS:
                    raise spreadsheet_error(
                        "spreadsheet.missing_sheet",
                        name,
                        0,
                        "",
                        f"no sheet {kind} (expected the sheets persons and memberships, and optionally meetings and "
                        "document)",
                    )
                tables[kind] = None
                continue
            tables[kind] = _sheet_table(workbook[kind], f"{name} sheet {kind}")
    finally:
        workbook.close()
    persons, memberships = tables["persons"], tables["memberships"]
    assert persons is not None and memberships is not None
    return roster_from_tables(persons, memberships, tables["meetings"], tables["document"])


def write_excel_roster(roster: Roster, path: PathLike) -> None:
    """Writes the roster as an Excel workbook (.xlsx) with the sheets persons, memberships,
    meetings and document, every cell as text; read_excel_roster gives back an equal roster.
    Needs openpyxl (``pip install mandat[excel]``).

    Raises SpreadsheetError for a value a cell cannot carry.
    """
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    tables = roster_to_tables(roster)
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for kind in KINDS:
        table = tables[kind]
        sheet = workbook.create_sheet(kind)
        for number, cells in enumerate([table.header, *(c for _, c in table.rows)], start=1):
            for column, text in enumerate(cells, start=1):
                if ILLEGAL_CHARACTERS_RE.search(text):
                    raise spreadsheet_error(
                        "spreadsheet.unrepresentable",
                        f"{Path(path).name} sheet {kind}",
                        number,
                        table.header[column - 1],
                        "a control character that a workbook cell cannot hold",
                        "row",
                    )
                cell = sheet.cell(row=number, column=column)
                cell.value = text
                cell.data_type = "s"  # text, never a formula or a number
    data = io.BytesIO()
    workbook.save(data)
    _write_atomic(Path(path), data.getvalue())
