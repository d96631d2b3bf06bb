"""The JSON Schema of mandate documents agrees with the shipped Trøndelag document."""

import copy
import json
from typing import Any

import jsonschema
import pytest
from conftest import EXAMPLE_ROSTER, ROOT


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    s: dict[str, Any] = json.loads((ROOT / "schema" / "mandate.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(s)
    return s


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    d: dict[str, Any] = json.loads((ROOT / "data" / "trondelag-2022.mandate.json").read_text(encoding="utf-8"))
    return d


def test_trondelag_document_is_valid(schema: dict[str, Any], document: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(schema).validate(document)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["bodies", "items", 0, "quotas", "seats", 0, "min"], "1"),
        (["bodies", "items", 0, "quotas", "seats", 0, "min"], -1),
        (["validity", "start_date"], "1.1.2022"),
        (["rotation", "order"], []),
        (["format"], "mandat.mandate/2"),
        (["bodies", "items", 0, "quotas", "seats", 0, "mx"], 2),
    ],
)
def test_schema_rejects_bad_values(
    schema: dict[str, Any], document: dict[str, Any], path: list[Any], value: object
) -> None:
    bad = copy.deepcopy(document)
    target = bad
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(bad)


def test_example_roster_is_valid() -> None:
    schema = json.loads((ROOT / "schema" / "roster.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    roster = json.loads((EXAMPLE_ROSTER).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(roster)
    bad = copy.deepcopy(roster)
    bad["memberships"][0]["role"] = "chair"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(bad)


def test_the_example_history_is_valid(schema: dict[str, Any]) -> None:
    history_schema: dict[str, Any] = json.loads((ROOT / "schema" / "history.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(history_schema)
    doc = json.loads((ROOT / "examples" / "history" / "trondelag.history.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(history_schema).validate(doc)
    for version in doc["versions"]:
        if "mandate" in version:  # each whole version is a mandate document
            jsonschema.Draft202012Validator(schema).validate(version["mandate"])
    broken = copy.deepcopy(doc)
    broken["versions"][2]["patch"][0]["op"] = "merge"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(history_schema).validate(broken)
