"""Pickling and copying: versioned state, equality after the round trip, across processes."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE_ROSTER
from hostile_calls import deep_state

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
    roster_path = EXAMPLE_ROSTER
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


def _samples(tmp_path: Path) -> dict[type, Any]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        import hostile_calls
    finally:
        sys.path.pop(0)
    samples: dict[type, Any] = hostile_calls.samples(tmp_path)
    return samples


def _public_value_classes() -> list[type]:
    found = {}
    for name in dir(mandat):
        value = getattr(mandat, name)
        if not name.startswith("_") and isinstance(value, type) and not issubclass(value, BaseException):
            found[name] = value
    return [found[k] for k in sorted(found)]


def _state(value: Any) -> Any:
    return deep_state(value)


def test_every_public_class_pickles_at_every_protocol_and_copies(tmp_path: Path) -> None:
    samples = _samples(tmp_path)
    classes = _public_value_classes()
    samples[mandat.Role] = mandat.Role.leader
    samples[mandat.Severity] = mandat.Severity.warning
    # A class without a sample would go untested: the list of samples must follow the classes.
    assert [c.__name__ for c in classes if c not in samples] == []
    assert len(classes) >= 34  # every class of _core but the four exceptions
    for cls in classes:
        value = samples[cls]
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            again = pickle.loads(pickle.dumps(value, protocol))
            assert type(again) is cls
            assert _state(again) == _state(value), (cls.__name__, protocol)
            if " at 0x" not in repr(value):  # a class with its own repr
                assert repr(again) == repr(value)
        for clone in (copy.copy(value), copy.deepcopy(value)):
            assert type(clone) is cls and _state(clone) == _state(value), cls.__name__


def test_value_states_keep_what_the_properties_show(m: mandat.Mandate, roster: mandat.Roster) -> None:
    appointment = next(a for a in roster.appointments if a.end_date is not None)
    again = pickle.loads(pickle.dumps(appointment))
    assert (again.person_id, again.role, again.start_date, again.end_date, again.extra) == (
        appointment.person_id,
        appointment.role,
        appointment.start_date,
        appointment.end_date,
        appointment.extra,
    )
    clause = m.clause("styringsgruppen")
    copied = copy.deepcopy(clause)
    assert (copied.kind, copied.text, copied.rules) == ("rule", clause.text, ["R5"])


def test_setstate_on_a_live_value_changes_nothing(m: mandat.Mandate) -> None:
    other = mandat.renew(m, dt.date(2026, 1, 1), 4, "trondelag-2026")
    m.__setstate__(other.__getstate__())
    assert m.id == "trondelag-foui-2022" and mandat.trondelag() == m
    body, other_body = m.bodies
    body.__setstate__(other_body.__getstate__())
    assert body.id == "styringsgruppen"


def test_bad_states_are_refused_with_an_id(m: mandat.Mandate) -> None:
    body = m.bodies[0]
    version, members = body.__getstate__()
    for state in ((2, members), (version, members[:-1]), (version, "text")):
        clone = mandat.Body.__new__(mandat.Body)
        with pytest.raises(mandat.QueryError) as info:
            clone.__setstate__(state)
        assert info.value.id == "query.unsupported_pickle"
    lane_state: tuple[int, tuple[Any, ...]] = (1, ("diagonal", "ks", None, None, 1, 0, []))
    with pytest.raises(mandat.QueryError, match='"diagonal" is not a known value'):
        mandat.Lane.__new__(mandat.Lane).__setstate__(lane_state)


@pytest.mark.slow
def test_a_pickled_report_of_100000_findings_unpickles(m: mandat.Mandate, roster: mandat.Roster) -> None:
    report = mandat.check(m, roster)
    doc = json.loads(report.to_json())
    finding = doc["findings"][0]
    doc["findings"] = [finding] * 100_000
    counts = {"error": 0, "warning": 0, "info": 0}
    counts[finding["severity"]] = 100_000
    doc["counts"] = counts
    big = mandat.Report.from_json(json.dumps(doc))
    again = pickle.loads(pickle.dumps(big, pickle.HIGHEST_PROTOCOL))
    assert len(again) == 100_000 and again == big
