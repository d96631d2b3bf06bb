"""Pickling and copying: versioned state, equality after the round trip, across processes."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import mandat

DATA = Path(__file__).resolve().parent / "data"


def test_pickle_and_copy_round_trips(m: mandat.Mandate, roster: mandat.Roster) -> None:
    report = mandat.check(m, roster)
    finding = report.findings[0]
    for value in (m, roster, report, finding):
        assert pickle.loads(pickle.dumps(value)) == value
        assert copy.copy(value) == value
        assert copy.deepcopy(value) == value
    assert m.__getstate__()[0] == 1  # the state's version


def test_a_pickled_mandate_and_report_load_equal_in_another_process(
    m: mandat.Mandate, roster: mandat.Roster, tmp_path: Path
) -> None:
    report = mandat.check(m, roster)
    blob = tmp_path / "objects.pickle"
    blob.write_bytes(pickle.dumps((m, report)))
    code = (
        "import pickle, sys, mandat\n"
        f"m, report = pickle.loads(open({str(blob)!r}, 'rb').read())\n"
        "again = mandat.check(m, mandat.load_roster(sys.argv[1]))\n"
        "assert m == mandat.trondelag() and report == again, 'not equal'\n"
        "print(m.leading_organisation(2023), len(report.findings))\n"
    )
    roster_path = Path(__file__).resolve().parents[2] / "examples" / "roster-2022-2025.json"
    out = subprocess.run([sys.executable, "-c", code, str(roster_path)], capture_output=True, text=True, check=True)
    assert out.stdout == "ks 6\n"


def test_old_pickles_still_load(m: mandat.Mandate) -> None:
    # Written by version 0.1.0 with state version 1; kept so that a change of format is noticed.
    assert pickle.loads((DATA / "mandate-v1.pickle").read_bytes()) == m
    finding = pickle.loads((DATA / "finding-v1.pickle").read_bytes())
    assert finding.code == "quota.above_max"


def test_unknown_state_versions_are_refused(m: mandat.Mandate) -> None:
    state = m.__getstate__()
    clone = mandat.Mandate.__new__(mandat.Mandate)
    with pytest.raises(mandat.QueryError, match="unsupported pickled state"):
        clone.__setstate__((99, state[1]))
