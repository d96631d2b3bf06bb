"""The Popolo and OParl exports, checked against this project's own rules for them
(tests/data/popolo/rules.schema.json and tests/data/oparl/rules.schema.json, written from the
two specifications) and for their links; Popolo read back gives the roster (docs/formats.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import mandat

DATA = Path(__file__).resolve().parents[1] / "data"
BASE = "https://example.org/oparl/"


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((DATA / name / "rules.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_popolo_export_follows_the_rules(m: mandat.Mandate, roster: mandat.Roster) -> None:
    doc = roster.to_popolo(m)
    _validator("popolo").validate(doc)
    orgs = {o["id"]: o for o in doc["organizations"]}
    persons = {p["id"] for p in doc["persons"]}
    posts = {p["id"]: p for p in doc["posts"]}
    assert len(orgs) == len(doc["organizations"])  # ids unique
    for o in doc["organizations"]:
        assert o.get("parent_id") is None or o["parent_id"] in orgs
    assert {o["id"] for o in doc["organizations"] if o["classification"] == "body"} == {b.id for b in m.bodies}
    assert orgs["kdu"]["parent_id"] == "ks"
    for ms in doc["memberships"]:
        assert ms["person_id"] in persons
        assert ms["organization_id"] in orgs and ms["on_behalf_of_id"] in orgs
        if "post_id" in ms:
            post = posts[ms["post_id"]]
            assert (post["organization_id"], post["on_behalf_of_id"]) == (ms["organization_id"], ms["on_behalf_of_id"])
    # a post per quota: 5 in the steering group, 4 in the working committee (rules.md, R5 and R9)
    quotas = sorted(
        (p["organization_id"], p["on_behalf_of_id"], p["seats_min"], p["seats_max"]) for p in posts.values()
    )
    assert quotas == [
        ("arbeidsutvalget", "ks", 1, 2),
        ("arbeidsutvalget", "nfr", 1, 1),
        ("arbeidsutvalget", "sf", 1, 2),
        ("arbeidsutvalget", "tfk", 1, 2),
        ("styringsgruppen", "kdu", 1, 1),
        ("styringsgruppen", "ks", 1, 2),
        ("styringsgruppen", "nfr", 1, 1),
        ("styringsgruppen", "sf", 1, 2),
        ("styringsgruppen", "tfk", 1, 2),
    ]
    assert len(doc["events"]) == len(roster.meetings)
    for ev, mt in zip(doc["events"], roster.meetings):
        assert ev["organization_id"] in orgs
        assert all(a["id"] in persons for a in ev["attendees"])
        assert (ev["id"], ev["start_date"], ev["organization_id"]) == (mt.id, mt.date.isoformat(), mt.body_id)
        assert [a["id"] for a in ev["attendees"]] == mt.attendee_ids


def test_popolo_import_of_the_export_is_the_roster(m: mandat.Mandate, roster: mandat.Roster) -> None:
    doc = roster.to_popolo(m)
    assert mandat.roster_from_popolo(doc) == roster
    assert mandat.roster_from_popolo(json.loads(json.dumps(doc))) == roster


def test_popolo_import_names_the_place_of_a_bad_value(m: mandat.Mandate, roster: mandat.Roster) -> None:
    doc = roster.to_popolo(m)
    doc["events"][0]["start_date"] = "2023-02-30"
    with pytest.raises(mandat.DocumentError) as info:
        mandat.roster_from_popolo(doc)
    assert info.value.pointer == "/events/0/start_date"


def _links(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.startswith(BASE) else []
    if isinstance(value, list):
        return [u for v in value for u in _links(v)]
    if isinstance(value, dict):
        return [u for k, v in value.items() if k != "id" for u in _links(v)]
    return []


def test_the_oparl_tree_follows_the_rules_and_every_link_resolves(
    m: mandat.Mandate, roster: mandat.Roster, tmp_path: Path
) -> None:
    mandat.write_oparl(m, roster, str(tmp_path), BASE)
    files = {
        p.relative_to(tmp_path).as_posix(): json.loads(p.read_text(encoding="utf-8")) for p in tmp_path.rglob("*.json")
    }
    assert files == mandat.oparl_tree(m, roster, BASE)
    validator = _validator("oparl")
    by_type: dict[str, int] = {}
    for path, obj in files.items():
        validator.validate(obj)
        if "type" in obj:
            assert obj["id"] == BASE + path  # every object is served at its id
            kind = obj["type"].rsplit("/", 1)[1]
            by_type[kind] = by_type.get(kind, 0) + 1
        for url in _links(obj):
            assert url[len(BASE) :] in files, (path, url)
    # Counted by hand: the mandate's 5 organisations and 2 bodies are Organizations; the example
    # roster has 15 persons, 25 memberships and 48 meetings.
    assert by_type == {
        "System": 1,
        "Body": 1,
        "LegislativeTerm": 1,
        "Organization": 5 + 2,
        "Person": 15,
        "Membership": 25,
        "Meeting": 48,
    }
    body = files[f"body/{m.id}.json"]
    term = body["legislativeTerm"][0]
    assert (term["startDate"], term["endDate"]) == ("2022-01-01", "2025-12-31")
    system = files["system.json"]
    assert system["oparlVersion"] == "https://schema.oparl.org/1.1/"
    assert files["bodies.json"]["data"][0]["id"] == body["id"]


def test_oparl_meetings_are_whole_days_in_oslo_time(m: mandat.Mandate) -> None:
    roster = mandat.load_roster(
        {
            "format": "mandat.roster/1",
            "persons": [],
            "memberships": [],
            "meetings": [
                {"id": "winter", "organization_id": "styringsgruppen", "date": "2025-03-29"},
                {"id": "switch", "organization_id": "styringsgruppen", "date": "2025-03-30"},
                {"id": "autumn", "organization_id": "styringsgruppen", "date": "2025-10-26", "attendee_ids": ["ghost"]},
                {"id": "a b/ø", "organization_id": "elsewhere", "date": "2025-06-01"},
            ],
        }
    )
    tree = mandat.oparl_tree(m, roster, "https://example.org/o")
    # summer time starts on 30 March 2025 at 02:00 and ends on 26 October at 03:00
    assert (tree["meeting/winter.json"]["start"], tree["meeting/winter.json"]["end"]) == (
        "2025-03-29T00:00:00+01:00",
        "2025-03-30T00:00:00+01:00",
    )
    assert tree["meeting/switch.json"]["end"] == "2025-03-31T00:00:00+02:00"
    assert (tree["meeting/autumn.json"]["start"], tree["meeting/autumn.json"]["end"]) == (
        "2025-10-26T00:00:00+02:00",
        "2025-10-27T00:00:00+01:00",
    )
    # an odd id becomes "~" and its UTF-8 octets in hexadecimal; unknown ids still get objects
    assert "meeting/~6120622fc3b8.json" in tree
    assert tree["person/ghost.json"]["name"] == "ghost"
    assert tree["organization/elsewhere.json"]["classification"] == "unknown"
    with pytest.raises(mandat.QueryError):
        mandat.oparl_tree(m, roster, "")
