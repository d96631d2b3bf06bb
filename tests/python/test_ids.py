"""One registry of ids, seen from Python.

- ``mandat.error_ids()`` is the table of error ids of docs/bad-input.md, ``finding_codes()`` the
  table of docs/findings.md and ``lint_codes()`` that of docs/lint-and-diff.md, each id once;
- every error id the package raises from Python code is one of ``error_ids()``: the helpers of
  ``mandat._errors`` refuse any other, every call of them names its id as a literal that is in
  the list, and so does every other id-like literal of the package;
- the errors raised from Python carry their documented ids.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from conftest import ROOT

import mandat
from mandat import _errors

PACKAGE = Path(mandat.__file__).resolve().parent

ROW = re.compile(r"^\| `([^`]+)` \|")
ID_LIKE = re.compile(r"^(document|query|io|spreadsheet|internal)\.[a-z_]+$")
FILE_NAME = re.compile(r"\.(csv|json|xlsx|txt|png|html|ics)$")
HELPERS = {"io_error", "query_error", "document_error", "spreadsheet_error", "known"}


def table(doc: str, heading: str) -> list[str]:
    """The ids in the first column of the one table of the section ``heading`` of docs/``doc``,
    up to the next heading of the same or a higher level."""
    level = len(heading) - len(heading.lstrip("#"))
    lines = (ROOT / "docs" / doc).read_text(encoding="utf-8").splitlines()
    assert heading in lines, f"{doc} has no heading {heading!r}"
    ids: list[str] = []
    tables = 0
    for line in lines[lines.index(heading) + 1 :]:
        if line.startswith("#") and len(line) - len(line.lstrip("#")) <= level:
            break
        tables += line.startswith("|---")
        m = ROW.match(line)
        if m:
            ids.append(m.group(1))
    assert tables == 1, f"{doc}, {heading}: {tables} tables, expected the one"
    return ids


@pytest.mark.parametrize(
    ("listed", "doc", "heading"),
    [
        (mandat.error_ids, "bad-input.md", "## Error ids"),
        (mandat.finding_codes, "findings.md", "# Finding codes"),
        (mandat.lint_codes, "lint-and-diff.md", "### Codes"),
    ],
    ids=["error_ids", "finding_codes", "lint_codes"],
)
def test_the_lists_are_the_tables_of_the_docs(listed: object, doc: str, heading: str) -> None:
    assert callable(listed)
    ids = listed()
    assert isinstance(ids, list) and all(isinstance(i, str) for i in ids)
    documented = table(doc, heading)
    assert len(set(ids)) == len(ids), "an id listed twice"
    assert len(set(documented)) == len(documented), f"an id twice in {doc}"
    assert set(ids) - set(documented) == set(), f"listed, not in {doc}"
    assert set(documented) - set(ids) == set(), f"in {doc}, not listed"


def test_each_call_gives_a_new_list() -> None:
    ids = mandat.error_ids()
    ids.clear()
    assert mandat.error_ids()
    assert "internal.error" in mandat.error_ids()


def test_finding_codes_and_lint_codes_are_apart() -> None:
    assert set(mandat.finding_codes()).isdisjoint(mandat.lint_codes())
    assert all(code.startswith("lint.") for code in mandat.lint_codes())
    assert set(mandat.error_ids()).isdisjoint(mandat.finding_codes())


def test_the_lint_and_check_codes_are_listed(m: mandat.Mandate, roster: mandat.Roster) -> None:
    assert {f.code for f in mandat.check(m, roster).findings} <= set(mandat.finding_codes())
    assert {f.code for f in mandat.lint(m)} <= set(mandat.lint_codes())


def test_the_helpers_refuse_an_id_that_is_not_listed() -> None:
    with pytest.raises(RuntimeError, match="not an error id"):
        _errors.query_error("query.made_up", "never raised")
    with pytest.raises(RuntimeError, match="not an error id"):
        _errors.spreadsheet_error("spreadsheet.made_up", "persons.csv", 1, "", "never raised")
    assert _errors.ERROR_IDS == frozenset(mandat.error_ids())


def _python_sources() -> list[Path]:
    sources = sorted(PACKAGE.glob("*.py"))
    assert sources
    return sources


@pytest.mark.parametrize("path", _python_sources(), ids=lambda p: p.name)
def test_every_id_the_package_raises_is_listed(path: Path) -> None:
    known = set(mandat.error_ids())
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    problems = []
    for node in ast.walk(tree):
        # A call of a helper of _errors names its id as a literal of the list.
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in HELPERS and node.args:
            first = node.args[0]
            if path.name == "_errors.py" and isinstance(first, ast.Name):
                continue  # the helpers hand their own argument on
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                problems.append(f"line {node.lineno}: {node.func.id} without a literal id")
            elif first.value not in known:
                problems.append(f"line {node.lineno}: {first.value!r} is not in error_ids()")
        # No id set by hand on an error: the helpers do it.
        if isinstance(node, ast.Assign) and path.name != "_errors.py":
            for target in node.targets:
                if isinstance(target, ast.Attribute) and target.attr == "id":
                    problems.append(f"line {node.lineno}: an id set by hand (use a helper of mandat._errors)")
        # Any other literal that looks like an id (and is no file name) is one of the list.
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if ID_LIKE.match(node.value) and not FILE_NAME.search(node.value) and node.value not in known:
                problems.append(f"line {node.lineno}: {node.value!r} looks like an error id but is not in error_ids()")
    assert not problems, f"{path.name}:\n" + "\n".join(problems)


def test_the_errors_raised_from_python_carry_listed_ids(
    m: mandat.Mandate, roster: mandat.Roster, tmp_path: Path
) -> None:
    known = set(mandat.error_ids())
    again = mandat.Report.from_json(mandat.check(m, roster).to_json())
    with pytest.raises(mandat.QueryError) as query:
        again.plot_timeline()
    assert query.value.id == "query.missing_roster" and query.value.id in known

    folder = tmp_path / "empty"
    folder.mkdir()
    with pytest.raises(mandat.MandateIOError) as io:
        mandat.read_csv_roster(folder)
    assert io.value.id == "io.read_failed" and io.value.id in known
    assert isinstance(io.value, OSError)

    (folder / "persons.csv").write_bytes(b"")
    (folder / "memberships.csv").write_bytes(b"id\n")
    with pytest.raises(mandat.SpreadsheetError) as sheet:
        mandat.read_csv_roster(folder)
    assert (sheet.value.id, str(sheet.value)) == (
        "spreadsheet.empty_file",
        "persons.csv: the file is empty (expected a header line)",
    )


def test_a_file_that_is_no_workbook_is_a_listed_id(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"hello")
    with pytest.raises(mandat.SpreadsheetError) as info:
        mandat.read_excel_roster(path)
    assert info.value.id == "spreadsheet.not_a_workbook" and info.value.id in mandat.error_ids()
    assert str(info.value) == "roster.xlsx: not an Excel workbook (.xlsx): BadZipFile: File is not a zip file"
    assert (info.value.file, info.value.line, info.value.column) == ("roster.xlsx", 0, "")
