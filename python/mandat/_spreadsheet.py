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
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Union

from . import _core
from ._core import Roster, SpreadsheetError, SpreadsheetTable, roster_from_tables, roster_to_tables
from ._errors import io_error, spreadsheet_error

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
    separators, quotes and line breaks. Each row knows the line where it starts. A cell that
    starts with ``'`` followed by ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or ``'``
    loses that first ``'``, the one ``format_csv_table`` adds (docs/spreadsheets.md,
    "Formula-looking cells"). Raises SpreadsheetError for an empty file or malformed CSV.
    """
    return _core._parse_csv_table(data, name)


def format_csv_table(table: SpreadsheetTable) -> bytes:
    """One table as CSV: every field quoted, ',' separated, CRLF line ends, UTF-8 without BOM,
    a ``'`` in front of each cell that starts with ``=``, ``+``, ``-``, ``@``, a tab, a carriage
    return or ``'`` so that no spreadsheet program runs it as a formula (the core's writer,
    ``mandat::format_csv_table``; ``parse_csv_table`` gives every cell back). Raises
    SpreadsheetError for a text longer than the size limit of a document read."""
    return _core._format_csv_table(table)


def read_csv_roster(folder: PathLike) -> Roster:
    """The roster in a folder of CSV files: persons.csv, memberships.csv and, optionally,
    meetings.csv and document.csv (docs/spreadsheets.md), each at most ``MAX_FILE_BYTES``.

    A date cell is ``YYYY-MM-DD`` or ``DD.MM.YYYY`` (as Norwegian Excel writes it); a file that
    is not UTF-8 is refused with how to save it as CSV UTF-8, never transcoded. Raises
    SpreadsheetError naming the file, the line and the column of the first bad cell, with every
    bad cell of the tables in its ``problems`` (at most 100), and MandateIOError (an OSError)
    when persons.csv or memberships.csv cannot be read or a file is over the limit: the C++
    reader's errors (``mandat::read_csv_roster``).
    """
    return _core._read_csv_roster(os.fspath(folder), MAX_FILE_BYTES)


def write_csv_roster(roster: Roster, folder: PathLike) -> None:
    """Writes persons.csv, memberships.csv, meetings.csv and document.csv as the folder
    ``folder``, made or replaced whole through the core's folder writer (``mandat::write_csv_roster``,
    ``write_tree_atomic``): never through a link, never over a folder holding files mandat did
    not write (``MandateIOError`` ``io.folder_not_ours``); read_csv_roster gives back an equal
    roster.

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


def _stored_rows(sheet: Any) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """The rows of a read-only worksheet as stored: (row number, its cells), each cell a dict
    with ``column``, ``value`` and ``data_type``, formulas as formulas (``data_type`` "f").

    openpyxl's own parser of the sheet's XML, as its ``ReadOnlyWorksheet`` uses it, but
    without the padding that ``iter_rows`` adds: that fills every row to the widest column
    and every missing row up to the last, from the sheet's claimed dimension, so that one cell
    at XFD1048576 made 17 billion empty cells. Here the cost is the cells stored."""
    from openpyxl.worksheet._reader import WorkSheetParser

    book = sheet.parent
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=False,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        yield from parser.parse()


def _sheet_table(sheet: Any, where: str) -> SpreadsheetTable:
    """The table of one worksheet: row 1 is the header; trailing empty cells are dropped, and so
    are rows without a filled cell (the core skips them). A row with a filled cell to the right
    of the header ends the reading: the core refuses it (spreadsheet.cell_count), and no cell
    after it is read. A formula is refused, naming its cell (docs/spreadsheets.md)."""
    from openpyxl.utils import get_column_letter

    header: list[str] | None = None
    out: list[tuple[int, list[str]]] = []
    previous = 0
    for number, stored in _stored_rows(sheet):
        if number <= previous:
            raise spreadsheet_error(
                "spreadsheet.not_a_workbook",
                where,
                number,
                "",
                f"row {number} is stored after row {previous} (expected rows in increasing order)",
                "row",
            )
        previous = number
        texts: dict[int, str] = {}
        for cell in stored:
            column = int(cell["column"])
            if column in texts:
                raise spreadsheet_error(
                    "spreadsheet.not_a_workbook",
                    where,
                    number,
                    "",
                    f"the cell {get_column_letter(column)}{number} is stored twice",
                    "row",
                )
            if cell["data_type"] == "f":
                name = header[column - 1] if header is not None and column <= len(header) else f"column {column}"
                raise spreadsheet_error(
                    "spreadsheet.invalid_value",
                    where,
                    number,
                    name,
                    f"the cell {get_column_letter(column)}{number} holds a formula (expected a value: its stored "
                    "result may be out of date; paste the cells as values)",
                    "row",
                )
            texts[column] = _cell_text(cell["value"])
        last = max((c for c, t in texts.items() if t != ""), default=0)
        if header is None:
            if number != 1 or last == 0:
                break
            header = [texts.get(c, "") for c in range(1, last + 1)]
            continue
        if last == 0:
            continue
        out.append((number, [texts.get(c, "") for c in range(1, max(len(header), last) + 1)]))
        if last > len(header):
            break
    if header is None:
        raise spreadsheet_error("spreadsheet.empty_file", where, 0, "", "the sheet is empty (expected a header row)")
    return SpreadsheetTable(where, header, out, 1, "row")


def _check_unpacked_size(path: str, data: bytes) -> None:
    """Refuses a workbook whose parts unpack to more than ``MAX_FILE_BYTES`` together (io.too_large),
    the limit of every document read: a few kilobytes of zip can unpack to gigabytes. The sizes are
    those the zip declares, which zipfile holds each part to when reading it (never more bytes)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip: openpyxl says "not an Excel workbook" below
    if unpacked > MAX_FILE_BYTES:
        raise io_error(
            "io.too_large",
            f"cannot read {path}: {unpacked} bytes once unpacked, more than the limit of {MAX_FILE_BYTES}",
        )


def read_excel_roster(path: PathLike) -> Roster:
    """The roster in an Excel workbook (.xlsx): sheets persons, memberships and, optionally,
    meetings and document, each with a header row (docs/spreadsheets.md). Needs openpyxl
    (``pip install mandat[excel]``).

    A sheet costs what it stores, whatever dimension it claims; a formula cell is refused
    (its stored result may be out of date). A date is a date cell, or a text cell holding
    ``YYYY-MM-DD`` or ``DD.MM.YYYY``. Raises SpreadsheetError naming the workbook, the sheet, the
    row and the column of the first bad cell, with every bad cell of the sheets in its
    ``problems`` (at most 100), and MandateIOError when the file cannot be read, is not a
    regular file, or is (or unpacks to) more than ``MAX_FILE_BYTES``.
    """
    import openpyxl

    name = Path(path).name
    data = _core._read_file(os.fspath(path), MAX_FILE_BYTES)  # the limit and errors of every document
    _check_unpacked_size(os.fspath(path), data)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
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
            where = f"{name} sheet {kind}"
            try:
                tables[kind] = _sheet_table(workbook[kind], where)
            except SpreadsheetError:
                raise
            except Exception as e:  # the sheet's XML, a cell reference, a value of the wrong type
                raise spreadsheet_error(
                    "spreadsheet.not_a_workbook", where, 0, "", f"not a well-formed sheet: {type(e).__name__}: {e}"
                ) from None
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
