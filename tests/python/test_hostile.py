"""Every public callable of the package with hostile arguments, in a child process: no signal,
only the documented exceptions (docs/bad-input.md). The calls are found by introspection
(hostile_calls.py), so that a new function, method or property is covered without a change here.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

import mandat

WORKER = Path(__file__).resolve().parent / "hostile_calls.py"


def run_all(tmp_path: Path) -> tuple[list[str], list[str], int]:
    """(crashes, undocumented exceptions, calls made). A crash is reported by the call that made
    it, and the run goes on after it, so that one crash does not hide another."""
    crashes: list[str] = []
    bad: list[str] = []
    first = 0
    total = 0
    while True:
        proc = subprocess.run(
            [sys.executable, str(WORKER), str(first), str(tmp_path)], capture_output=True, text=True, timeout=1800
        )
        lines = proc.stdout.splitlines()
        bad += [line for line in lines if line.startswith("BAD ")]
        done = [line for line in lines if line.startswith("DONE ")]
        if proc.returncode == 0 and done:
            total = int(done[0].split()[1])
            return crashes, bad, total
        made = [line for line in lines if line.startswith("CALL ")]
        assert made, f"the worker failed before its first call: {proc.returncode}\n{proc.stderr[-3000:]}"
        last = made[-1]
        how = f"signal {signal.Signals(-proc.returncode).name}" if proc.returncode < 0 else f"exit {proc.returncode}"
        crashes.append(f"{last} -> {how}: {proc.stderr[-500:]}")
        first = int(last.split()[1]) + 1


@pytest.mark.slow
def test_no_public_callable_crashes_or_raises_an_undocumented_type(tmp_path: Path) -> None:
    crashes, bad, total = run_all(tmp_path)
    assert total > 5000  # every class, method, property and function, each with many arguments
    assert crashes == []
    assert bad == []


def test_the_enumeration_finds_every_kind_of_callable() -> None:
    sys.path.insert(0, str(WORKER.parent))
    try:
        import hostile_calls
    finally:
        sys.path.pop(0)
    classes = {c.__name__ for c in hostile_calls.public_classes()}
    # Classes from the compiled module and the exceptions; pickling and copying are methods of each.
    assert {"Mandate", "Roster", "Report", "Timeline", "WordOp", "MandateError", "MandateIOError"} <= classes
    functions = {name for name, _ in hostile_calls.public_functions()}
    assert {"mandat.check", "mandat._core.check", "mandat.roster_from_frames", "mandat.load_roster"} <= functions
    # The signature of an overloaded, keyword-only pybind11 function is read from its docstring.
    params = hostile_calls.parameters(mandat._core.check)
    assert [(n, kw) for n, _, kw in params] == [
        ("mandate", False),
        ("roster", False),
        ("start_date", True),
        ("end_date", True),
        ("lang", True),
        ("redact", True),
        ("every_absent", True),
    ]
