"""Loading from a path, JSON text or a dict; round trips; the error hierarchy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE_ROSTER, ROOT

import mandat

DOCUMENT = ROOT / "data" / "trondelag-2022.mandate.json"


def test_load_mandate_from_path_text_and_dict(m: mandat.Mandate) -> None:
    assert mandat.load_mandate(DOCUMENT) == m
    assert mandat.load_mandate(str(DOCUMENT)) == m
    text = DOCUMENT.read_text(encoding="utf-8")
    assert mandat.load_mandate(text) == m
    assert mandat.load_mandate(json.loads(text)) == m


def test_mandate_round_trips_through_dict_and_json(m: mandat.Mandate) -> None:
    assert mandat.load_mandate(m.to_dict()) == m
    assert mandat.load_mandate(m.to_json()) == m
    assert m.to_dict() == json.loads(DOCUMENT.read_text(encoding="utf-8"))


def test_save_is_atomic_and_loads_back(m: mandat.Mandate, tmp_path: Path) -> None:
    target = tmp_path / "m.json"
    m.save(str(target))
    assert mandat.load_mandate(target) == m
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]


def _bad(pointer: str, value: Any) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    parts = pointer.strip("/").split("/")
    target: Any = doc
    for part in parts[:-1]:
        target = target[int(part)] if isinstance(target, list) else target[part]
    key = parts[-1]
    if isinstance(target, list):
        target[int(key)] = value
    else:
        target[key] = value
    return doc


@pytest.mark.parametrize(
    ("pointer", "value", "error_id"),
    [
        ("/bodies/items/0/quotas/seats/0/min", "1", "document.wrong_type"),
        ("/bodies/items/0/quotas/seats/0/min", -1, "document.out_of_range"),
        ("/bodies/items/1/quotas/seats/2/min", 3, "document.inconsistent"),
        ("/validity/start_date", "2023-02-30", "document.invalid_date"),
        ("/validity/end_date", "2021-12-31", "document.inconsistent"),
        ("/rotation/order", [], "document.invalid_value"),
        ("/organisations/3/parent_id", "kdu", "document.cycle"),
        ("/bodies/items/0/quotas/seats/4/organisation_id", "kdx", "document.unknown_reference"),
    ],
)
def test_bad_mandates_name_the_pointer(pointer: str, value: Any, error_id: str) -> None:
    with pytest.raises(mandat.DocumentError) as info:
        mandat.load_mandate(_bad(pointer, value))
    assert info.value.pointer == pointer
    assert info.value.id == error_id
    assert str(info.value).startswith(f"at {pointer}: ")


def test_error_hierarchy() -> None:
    assert issubclass(mandat.MandateError, ValueError)
    assert issubclass(mandat.DocumentError, mandat.MandateError)
    assert issubclass(mandat.QueryError, mandat.MandateError)
    assert issubclass(mandat.MandateIOError, mandat.MandateError)
    assert issubclass(mandat.MandateIOError, OSError)
    with pytest.raises(mandat.DocumentError) as info:
        mandat.load_mandate("{ not json")
    assert info.value.id == "document.malformed_json"
    with pytest.raises(mandat.MandateIOError, match="cannot read /nonexistent.json"):
        mandat.load_mandate("/nonexistent.json")
    with pytest.raises(TypeError):
        mandat.load_mandate(42)  # type: ignore[arg-type]


def test_roster_round_trip_keeps_unknown_members(roster: mandat.Roster) -> None:
    doc = roster.to_dict()
    assert doc["description"].startswith("Fictional example roster")
    doc["memberships"][0]["x_register"] = {"row": 17}
    doc["persons"][0]["pronouns"] = "hun"
    again = mandat.load_roster(doc)
    assert again.appointments[0].extra == {"x_register": {"row": 17}}
    assert again.persons[0].extra == {"pronouns": "hun"}
    assert again.to_dict() == doc
    assert mandat.load_roster(again.to_json()) == again
    assert mandat.load_roster(EXAMPLE_ROSTER) == roster


def test_roster_errors_name_the_pointer(roster: mandat.Roster) -> None:
    doc = roster.to_dict()
    doc["memberships"][3]["end_date"] = "2021-01-01"
    with pytest.raises(mandat.DocumentError) as info:
        mandat.load_roster(doc)
    assert info.value.pointer == "/memberships/3/end_date"
    doc = roster.to_dict()
    doc["persons"][1]["id"] = doc["persons"][0]["id"]
    with pytest.raises(mandat.DocumentError) as info:
        mandat.load_roster(doc)
    assert info.value.pointer == "/persons/1/id"


def test_report_and_finding_readers_name_the_pointer(m: mandat.Mandate) -> None:
    f = m.check_composition("styringsgruppen", {"ks": 3, "tfk": 1, "sf": 1, "nfr": 1, "kdu": 1})[0].to_dict()
    f["severity"] = "fatal"
    with pytest.raises(mandat.DocumentError) as info:
        mandat.Finding.from_dict(f)
    assert info.value.pointer == "/severity"
    with pytest.raises(mandat.DocumentError) as info:
        mandat.Report.from_json("{ not json")
    assert info.value.id == "document.malformed_json"
