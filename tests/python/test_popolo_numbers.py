"""A value built in Python reaches the library through its JSON reader: numbers keep their value.

A whole number too large for 64 bits is refused with its pointer (document.out_of_range), as
Roster.from_json refuses it in a file; before, a Popolo import made it a float.
"""

from __future__ import annotations

import json

import pytest

import mandat

BIG = 12345678901234567890123


def popolo(count: object) -> dict[str, object]:
    return {"persons": [{"id": "p1", "name": "Kari", "count": count}], "memberships": []}


@pytest.mark.parametrize("value", [BIG, -BIG, 2**64])
def test_a_number_beyond_64_bits_is_refused_as_load_roster_refuses_it(value: int) -> None:
    with pytest.raises(mandat.DocumentError) as imported:
        mandat.roster_from_popolo(popolo(value))
    assert imported.value.id == "document.out_of_range"
    assert imported.value.pointer == "/persons/0/count"
    document = {"format": "mandat.roster/1", **popolo(value)}
    with pytest.raises(mandat.DocumentError) as loaded:
        mandat.Roster.from_json(json.dumps(document))
    assert (loaded.value.id, loaded.value.pointer, str(loaded.value)) == (
        imported.value.id,
        imported.value.pointer,
        str(imported.value),
    )


@pytest.mark.parametrize("value", [2**63 - 1, -(2**63), 2**64 - 1, 0.5, 1e300])
def test_a_number_within_range_is_kept_exactly(value: object) -> None:
    imported = mandat.roster_from_popolo(popolo(value))
    document = {"format": "mandat.roster/1", **popolo(value)}
    assert imported == mandat.Roster.from_json(json.dumps(document))
    assert json.loads(imported.to_json())["persons"][0]["count"] == value


def _deep(levels: int) -> dict[str, object]:
    value: dict[str, object] = {}
    for _ in range(levels):
        value = {"a": value}
    return value


def _circular() -> dict[str, object]:
    person: dict[str, object] = {"id": "p1", "name": "Kari"}
    person["self"] = person
    return {"persons": [person], "memberships": []}


@pytest.mark.parametrize(
    ("document", "error_id"),
    [
        ({"persons": [{"id": "p1", "name": "Kari", "x": _deep(200_000)}], "memberships": []}, "document.too_deep"),
        (_circular(), "document.invalid_value"),
        ({"persons": [{"id": "p1", "name": "Kari\ud800"}], "memberships": []}, "document.invalid_value"),
        ({"persons": [{"id": "p1", "name": "Kari", "x": float("nan")}], "memberships": []}, "document.invalid_value"),
    ],
    ids=["deep", "circular", "lone surrogate", "nan"],
)
def test_a_value_python_cannot_write_as_json_is_a_document_error(document: dict[str, object], error_id: str) -> None:
    with pytest.raises(mandat.DocumentError) as info:
        mandat.roster_from_popolo(document)
    assert info.value.id == error_id
