"""Tests written against one-line mutations of python/mandat/_spreadsheet.py that the other
tests let through (docs/hardening.md, "Tests that catch what they guard"). Each names the
mutation it catches; every value is worked out by hand from the workbook built here."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from conftest import workbook

import mandat

MEMBERSHIPS: list[list[object]] = [
    ["person_id", "organization_id", "on_behalf_of_id", "role", "start_date"],
    ["p1", "styringsgruppen", "ks", "member", "2022-01-01"],
]


def test_a_whole_float_cell_is_an_integer_and_a_fraction_stays(tmp_path: Path) -> None:
    # Mutation: _cell_text() writes every float as Python does, so a whole number stored in
    # exponent form ("1e+16", as openpyxl stores the float 1e16) came back as the float 1e16,
    # not the integer 10000000000000000.
    persons: list[list[object]] = [["id", "name", "big", "share"], ["p1", "Kari", 1e16, 2.5]]
    roster = mandat.read_excel_roster(workbook(tmp_path / "r.xlsx", {"persons": persons, "memberships": MEMBERSHIPS}))
    person = roster.to_dict()["persons"][0]
    assert json.dumps(person, sort_keys=True) == '{"big": 10000000000000000, "id": "p1", "name": "Kari", "share": 2.5}'
    assert type(person["big"]) is int


def test_a_date_and_time_cell_keeps_its_time(tmp_path: Path) -> None:
    # Mutation: _cell_text() writes a date and time as its date alone, so 12:30 was lost and the
    # cell read as a date in a date column.
    persons: list[list[object]] = [
        ["id", "name", "at", "on"],
        ["p1", "Kari", dt.datetime(2022, 1, 1, 12, 30), dt.datetime(2022, 1, 2)],
    ]
    roster = mandat.read_excel_roster(workbook(tmp_path / "r.xlsx", {"persons": persons, "memberships": MEMBERSHIPS}))
    person = roster.to_dict()["persons"][0]
    assert (person["at"], person["on"]) == ("2022-01-01T12:30:00", "2022-01-02")
    memberships = [MEMBERSHIPS[0], ["p1", "styringsgruppen", "ks", "member", dt.datetime(2022, 1, 1, 12, 30)]]
    book = workbook(tmp_path / "t.xlsx", {"persons": persons, "memberships": memberships})
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_excel_roster(book)
    assert str(info.value) == (
        "t.xlsx sheet memberships row 2, start_date: 2022-01-01T12:30:00 is not a date "
        "(expected YYYY-MM-DD or DD.MM.YYYY)"
    )


def test_a_workbook_unpacking_to_exactly_the_limit_is_read_one_byte_less_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Mutation: _check_unpacked_size() refuses only above the limit plus one byte.
    from mandat import _spreadsheet

    book = workbook(tmp_path / "r.xlsx", {"persons": [["id", "name"], ["p1", "Kari"]], "memberships": MEMBERSHIPS})
    with zipfile.ZipFile(book) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    assert book.stat().st_size < unpacked
    monkeypatch.setattr(_spreadsheet, "MAX_FILE_BYTES", unpacked)
    assert [p.id for p in mandat.read_excel_roster(book).persons] == ["p1"]
    monkeypatch.setattr(_spreadsheet, "MAX_FILE_BYTES", unpacked - 1)
    with pytest.raises(mandat.MandateIOError) as info:
        mandat.read_excel_roster(book)
    assert info.value.id == "io.too_large"
    assert (
        str(info.value) == f"cannot read {book}: {unpacked} bytes once unpacked, more than the limit of {unpacked - 1}"
    )


def test_the_header_is_row_1_and_a_sheet_starting_lower_is_refused(tmp_path: Path) -> None:
    # Mutation: _sheet_table() takes the first stored row as the header wherever it is.
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    persons = wb.create_sheet("persons")
    for column, text in enumerate(["id", "name"], start=1):
        persons.cell(row=2, column=column, value=text)
    for column, text in enumerate(["p1", "Kari"], start=1):
        persons.cell(row=3, column=column, value=text)
    memberships = wb.create_sheet("memberships")
    for row in MEMBERSHIPS:
        memberships.append(row)
    book = tmp_path / "low.xlsx"
    wb.save(book)
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_excel_roster(book)
    assert info.value.id == "spreadsheet.empty_file"
    assert str(info.value) == "low.xlsx sheet persons: the sheet is empty (expected a header row)"
