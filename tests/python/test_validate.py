"""A broken mandate raises MandateError (a DocumentError with its JSON pointer); the embedded
mandate holds together."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import ROOT

import mandat

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
