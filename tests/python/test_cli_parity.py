"""The Python package's mandat command (argparse over the C++ table of commands) and the
native mandat executable (CLI11 over the same table) answer every command line alike: the
same standard output and exit code, and for errors found after parsing the same message."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NATIVE = ROOT / "build" / "mandat"
EXAMPLE = str(ROOT / "examples" / "roster-2022-2025.json")
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
