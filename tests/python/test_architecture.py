"""The architecture's promises seen from Python: broken mandates raise MandateError, the
library answers what the CLI used to compute itself, conveniences live in Python."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import mandat

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "data" / "trondelag-2022.mandate.json"


def document() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("edit", "pointer", "says"),
    [
        (lambda d: d["rotation"].update(order=[]), "/rotation/order", "the rotation needs at least one organisation"),
        (
            lambda d: d["rotation"]["order"].__setitem__(1, "fylket"),
            "/rotation/order/1",
            'unknown organisation "fylket"',
        ),
        (
            lambda d: d["attendance"].append(dict(d["attendance"][0])),
            "/attendance/1",
            "is listed twice",
        ),
    ],
)
def test_a_broken_mandate_is_a_mandate_error_with_its_pointer(edit: Any, pointer: str, says: str) -> None:
    d = document()
    edit(d)
    with pytest.raises(mandat.MandateError) as info:
        mandat.load_mandate(d)
    assert isinstance(info.value, mandat.DocumentError)
    assert info.value.pointer == pointer
    assert says in str(info.value)


def test_validate_passes_the_embedded_mandate(m: mandat.Mandate) -> None:
    mandat.validate(m)


@pytest.mark.R6
@pytest.mark.R11
def test_leadership_on_a_day(m: mandat.Mandate) -> None:
    lead = m.leadership(dt.date(2025, 12, 31))
    assert lead is not None
    assert (lead.year, lead.organisation_id, lead.in_force, lead.extrapolated) == (2025, "ks", True, False)
    assert m.leadership(dt.date(2026, 1, 1)) is None
    later = m.leadership(dt.date(2026, 1, 1), extrapolate=True)
    assert later is not None
    assert (later.organisation_id, later.in_force, later.extrapolated) == ("tfk", False, True)


def test_seats_on_a_day(m: mandat.Mandate, roster: mandat.Roster) -> None:
    day = m.seats_on(roster, dt.date(2023, 4, 1))
    assert day.in_force and day.leading_organisation == "ks"
    assert [b.body_id for b in day.bodies] == ["styringsgruppen", "arbeidsutvalget"]
    assert day.bodies[0].counts == {"kdu": 1, "ks": 2, "sf": 1, "tfk": 1}
    assert [(f.code, f.organisation) for f in day.findings] == [("quota.below_min", "nfr")]
    assert day.has_errors
    redacted = m.seats_on(roster, dt.date(2023, 4, 1), redact=True)
    assert all(s.name is None and s.person_id.startswith("P-") for b in redacted.bodies for s in b.seats)


def test_a_finding_words_itself_in_either_language(m: mandat.Mandate, roster: mandat.Roster) -> None:
    en = mandat.check(m, roster)
    nb = mandat.check(m, roster, lang="nb")
    for a, b in zip(en.findings, nb.findings):
        assert a.message_in("en") == a.message
        assert a.message_in("nb") == b.message
    below = en.findings[2]
    assert below.message_id == "quota.below_min"
    assert ("organisation", "nfr") in below.facts


def test_conveniences_live_in_python_and_the_namespace_is_curated() -> None:
    assert mandat.Report.to_frame.__module__ == "mandat._frames"
    public = {name for name in dir(mandat) if not name.startswith("_")}
    assert public == set(mandat.__all__) - {"__version__"}
    assert "annotations" not in public


def test_one_version_everywhere() -> None:
    import importlib.metadata
    import re
    import subprocess
    import sys

    header = (ROOT / "include" / "mandat" / "version.hpp").read_text(encoding="utf-8")
    parts = [re.search(rf"#define MANDAT_VERSION_{p} (\d+)", header) for p in ("MAJOR", "MINOR", "PATCH")]
    version = ".".join(m.group(1) for m in parts if m)
    assert version.count(".") == 2
    assert mandat.__version__ == version
    assert importlib.metadata.version("mandat") == version
    out = subprocess.run([sys.executable, "-m", "mandat", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout == f"mandat {version}\n"
