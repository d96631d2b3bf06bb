"""The Python package's mandat command (argparse over the C++ table of commands) and the
native mandat executable (CLI11 over the same table) answer every command line alike: the
same standard output and exit code, and for errors found after parsing the same message."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE_ROSTER, ROOT

NATIVE = ROOT / "build" / "mandat"
EXAMPLE = str(EXAMPLE_ROSTER)
HISTORY = str(ROOT / "examples" / "history" / "trondelag.history.json")
HISTORY_ROSTER = str(ROOT / "examples" / "history" / "roster-2024-2027.json")
MANDATE = str(ROOT / "data" / "trondelag-2022.mandate.json")

pytestmark = pytest.mark.skipif(not NATIVE.exists(), reason="the native build/mandat is not built")

# Every command, with --json, --lang nb and global options before and after the command.
SAME = [
    ["--version"],
    ["--today", "2024-03-01", "show"],
    ["show", "--json", "--today", "2024-03-01"],
    ["show", "--lang", "nb", "--today", "2024-03-01"],
    ["--history", HISTORY, "show", "--today", "2027-08-01"],
    ["--today", "2023-06-01", "leader"],
    ["leader", "--year", "2026", "--json"],
    ["leader", "--date", "2022-12-31", "--json"],
    ["leader", "--year", "2027", "--extrapolate", "--lang", "nb"],
    ["status", "--date", "2025-12-31"],
    ["--json", "status", "--date", "2025-12-31", "--lang", "nb"],
    ["composition", "styringsgruppen", "ks=2", "tfk=1"],
    ["composition", "arbeidsutvalget", "--json", "ks=1"],
    ["composition", "styringsgruppen"],
    ["explain", "R5"],
    ["explain", "styringsgruppen", "--lang", "nb", "--json"],
    ["check", EXAMPLE],
    ["check", EXAMPLE, "--json", "--lang", "nb", "--redact"],
    ["check", str(ROOT / "examples" / "roster-csv"), "--json"],  # a folder of CSV files
    ["roster", str(ROOT / "examples" / "roster-csv"), "--date", "2023-01-15"],
    ["check", str(ROOT / "tests" / "data" / "spreadsheet" / "semicolon-bom")],
    ["check", str(ROOT / "tests" / "data" / "spreadsheet" / "bad-date")],  # exit code 2, the cell named
    ["check", EXAMPLE, "--format", "html", "--from", "2023-01-01", "--to", "2023-12-31"],
    ["check", HISTORY_ROSTER, "--history", HISTORY, "--from", "2024-01-01", "--to", "2027-12-31", "--json"],
    ["roster", EXAMPLE, "--date", "2023-06-01"],
    ["roster", EXAMPLE, "--date", "2023-06-01", "--json", "--redact"],
    ["renew", "--from", "2026-01-01", "--years", "3"],
    ["--mandate", MANDATE, "renew", "--from", "2026-01-01", "--id", "neste"],
    ["lint"],
    ["lint", MANDATE, "--json"],
    ["diff", MANDATE, MANDATE],
    ["--history", HISTORY, "diff", "trondelag-foui-2022", "trondelag-foui-2026", "--json"],
    ["export", EXAMPLE, "--to", "ics", "--stamp", "2026-01-01T00:00:00Z"],
    ["export", EXAMPLE, "--to", "popolo"],
    ["plan", "2025", "--block-week", "27-32,40", "--roster", EXAMPLE, "--json"],
    # errors found after parsing, by the shared C++ code: the same message too
    ["status", "--date", "2023-02-30"],
    ["composition", "styret", "ks=1"],
    ["composition", "styringsgruppen", "ks=two"],
    ["explain", "R99"],
    ["show", "--mandate", "/nonexistent.json"],
    ["check", EXAMPLE, "--json", "--format", "html"],
    ["check", EXAMPLE, "--from", "2024-01-01", "--to", "2023-01-01"],
    ["plan", "2027"],
    ["plan", "2025", "--block-week", "0"],
    ["export", EXAMPLE, "--to", "oparl"],
    ["export", EXAMPLE, "--to", "csv"],
]

# Usage errors found by each parser (the messages are the parsers' own): exit code 2.
USAGE = [
    [],
    ["frobnicate"],
    ["leader", "--year", "abc"],
    ["show", "--lang", "de"],
    ["check", EXAMPLE, "--format", "pdf"],
    ["composition"],
    ["check"],
    ["renew"],
    ["show", "--no-such-option"],
    ["show", "--jso"],
    ["leader", "--year", "2022", "--date", "2022-01-01"],
    ["--mandate", MANDATE, "--history", HISTORY, "show"],
    ["export", EXAMPLE, "--to", "xml"],
    ["plan"],
]


def _python_mandat() -> str:
    exe = shutil.which("mandat", path=str(Path(sys.executable).parent))
    assert exe is not None, "the mandat command is not installed next to this Python"
    return exe


def _both(args: list[str]) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    native = subprocess.run([str(NATIVE), *args], capture_output=True, text=True, cwd=ROOT)
    python = subprocess.run([_python_mandat(), *args], capture_output=True, text=True, cwd=ROOT)
    return native, python


@pytest.mark.parametrize("args", SAME, ids=" ".join)
def test_the_same_output_and_exit_code(args: list[str]) -> None:
    native, python = _both(args)
    assert (python.returncode, python.stdout, python.stderr) == (native.returncode, native.stdout, native.stderr)


def test_the_expected_exit_codes() -> None:
    # Computed by hand: the example roster has deliberate errors (1); diff of a mandate with
    # itself finds nothing (0); an unknown body is bad input (2).
    assert _both(["check", EXAMPLE])[1].returncode == 1
    assert _both(["diff", MANDATE, MANDATE])[1].returncode == 0
    assert _both(["composition", "styret", "ks=1"])[1].returncode == 2
    assert _both(["--version"])[1].stdout.startswith("mandat ")


def test_hand_computed_answers_of_compared_commands() -> None:
    # The parity test compares the two programs with each other; here some of the same command
    # lines against answers worked out by hand from the mandate (docs/rules.md), the example
    # roster and the output formats of docs/cli.md. Both programs must give them.
    # R5: ks 2 and tfk 1 are within their 1-2; sf, nfr and kdu have 0 of at least 1, in the
    # mandate's order of the quotas.
    native, python = _both(["composition", "styringsgruppen", "ks=2", "tfk=1"])
    expected = "".join(
        f"  error  quota.below_min  [styringsgruppen R5]\n"
        f"      {name} has 0 representatives in Styringsgruppen; the mandate requires at least 1.\n"
        f"      «{quote}»\n"
        for name, quote in (
            ("Statsforvalteren i Trøndelag", "1-2 representanter fra Statsforvalteren"),
            ("Forskningsrådet region Trøndelag", "1 representant fra Forskningsrådet"),
            ("kommunedirektørutvalget i KS Trøndelag", "1 representant fra kommunedirektørutvalget i KS Trøndelag"),
        )
    )
    assert (native.returncode, native.stdout) == (python.returncode, python.stdout) == (1, expected)
    for out in _both(["leader", "--date", "2022-12-31", "--json"]):
        # R6: 2022 is Trøndelag fylkeskommune's year; it provides leader, coordinator and secretary.
        leader = json.loads(out.stdout)
        assert (leader["year"], leader["in_force"], leader["leading_organisation"]) == (2022, True, "tfk")
        assert [(r["role"], r["body"], r["organisation_id"]) for r in leader["roles"]] == [
            ("leader", "styringsgruppen", "tfk"),
            ("coordinator", "arbeidsutvalget", "tfk"),
            ("secretary", None, "tfk"),
        ]
    for out in _both(["leader", "--year", "2026", "--json"]):
        # R11: 2026 is after the period (1.1.2022 til 1.1.2026), so no one leads.
        assert json.loads(out.stdout)["leading_organisation"] is None
    for out in _both(["--json", "status", "--date", "2025-12-31", "--lang", "nb"]):
        # R11: the last day in force; 2025 is KS's year (R6).
        status = json.loads(out.stdout)
        assert (status["in_force"], status["leading_organisation"]) == (True, "ks")
        assert status["period"] == {"start_date": "2022-01-01", "end_date": "2025-12-31"}
    for out in _both(["composition", "arbeidsutvalget", "--json", "ks=1"]):
        # R9: with only ks, tfk, sf and nfr each have 0 of at least 1 (the quotas' order: tfk, ks, sf, nfr).
        comp = json.loads(out.stdout)
        assert (out.returncode, comp["valid"]) == (1, False)
        assert [(f["code"], f["organisation"], f["rule"]) for f in comp["findings"]] == [
            ("quota.below_min", "tfk", "R9"),
            ("quota.below_min", "sf", "R9"),
            ("quota.below_min", "nfr", "R9"),
        ]
    for out in _both(["check", EXAMPLE, "--json", "--lang", "nb", "--redact"]):
        # The example roster's six findings (tests/test_compliance.cpp): 3 errors, 1 warning, 2 info.
        assert (out.returncode, json.loads(out.stdout)["counts"]) == (1, {"error": 3, "warning": 1, "info": 2})
    for out in _both(["diff", MANDATE, MANDATE]):
        # A mandate compared with itself has no change: exit code 0 (docs/cli.md).
        assert out.returncode == 0


@pytest.mark.parametrize("args", USAGE, ids=lambda a: " ".join(a) or "(nothing)")
def test_usage_errors_exit_2_without_a_traceback(args: list[str]) -> None:
    native, python = _both(args)
    assert native.returncode == 2
    assert python.returncode == 2
    assert (python.stdout, native.stdout) == ("", "")
    assert python.stderr.strip() != ""
    assert "Traceback" not in python.stderr


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"]])
def test_help_exits_0(args: list[str]) -> None:
    native, python = _both(args)
    assert (native.returncode, python.returncode) == (0, 0)
    for word in (
        ("--history", "--json", "--lang", "--output") if args == ["--help"] else ("ROSTER", "--redact", "--format")
    ):
        assert word in python.stdout
        assert word in native.stdout


def test_output_writes_the_same_file(tmp_path: Path) -> None:
    a, b = tmp_path / "native.html", tmp_path / "python.html"
    native = subprocess.run(
        [str(NATIVE), "check", EXAMPLE, "--format", "html", "--output", str(a)], capture_output=True
    )
    python = subprocess.run(
        [_python_mandat(), "check", EXAMPLE, "--format", "html", "--output", str(b)], capture_output=True
    )
    assert (native.returncode, python.returncode) == (1, 1)
    assert (native.stdout, python.stdout) == (b"", b"")
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes().startswith(b"<!DOCTYPE html>")


def test_export_csv_writes_the_same_folder(tmp_path: Path) -> None:
    """Both commands write the committed example folder byte for byte, from a JSON roster or
    from a folder, and neither writes over its own input."""
    expected = ROOT / "examples" / "roster-csv"
    for source in (EXAMPLE, str(expected)):
        for name, command in (("native", str(NATIVE)), ("python", _python_mandat())):
            out = tmp_path / f"{name}-{Path(source).name}"
            done = subprocess.run([command, "export", "--to", "csv", source, "--output", str(out)], capture_output=True)
            assert (done.returncode, done.stdout, done.stderr) == (0, b"", b"")
            for kind in ("persons", "memberships", "meetings", "document"):
                assert (out / f"{kind}.csv").read_bytes() == (expected / f"{kind}.csv").read_bytes()
    for name, command in (("native", str(NATIVE)), ("python", _python_mandat())):
        folder = tmp_path / f"{name}-{expected.name}"
        done = subprocess.run(
            [command, "export", "--to", "csv", str(folder), "--output", str(folder)], capture_output=True
        )
        assert done.returncode == 2
        assert done.stderr.decode().endswith("write the output to another file [io.overwrites_input]\n")
