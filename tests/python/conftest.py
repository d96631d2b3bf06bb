"""Shared fixtures for the Python tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import mandat

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_ROSTER = ROOT / "examples" / "roster-2022-2025.json"

# scripts/test-wheel runs this suite against a wheel installed into a fresh environment: the
# package under test must be that one, not the sources of python/mandat.
_INSTALLED_FROM = os.environ.get("MANDAT_INSTALLED_FROM")
if _INSTALLED_FROM:
    assert Path(mandat.__file__).resolve().is_relative_to(Path(_INSTALLED_FROM).resolve()), (
        f"mandat was imported from {mandat.__file__}, not from {_INSTALLED_FROM}"
    )


@pytest.fixture(scope="session")
def m() -> mandat.Mandate:
    return mandat.trondelag()


@pytest.fixture(scope="session")
def roster() -> mandat.Roster:
    return mandat.load_roster(EXAMPLE_ROSTER)


def printed_error(e: mandat.MandateError) -> str:
    """How the command line prints an error: the id after each problem, the first problem on
    the first line (a spreadsheet's list of problems: docs/spreadsheets.md)."""
    if not isinstance(e, mandat.SpreadsheetError) or len(e.problems) < 2:
        return f"mandat: {e} [{e.id}]\n"
    lines = str(e).split("\n")
    out = f"mandat: {e.problems[0]} [{e.id}]\n{lines[1]}\n"
    out += "".join(f"  {p} [{p.id}]\n" for p in e.problems[1:])
    if len(lines) > len(e.problems) + 1:  # the reading stopped at the limit, and says so
        out += lines[-1] + "\n"
    return out


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """An Excel workbook at ``path`` with these sheets and rows, written by openpyxl."""
    import openpyxl

    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path
