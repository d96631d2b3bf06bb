"""Lint and diff from Python: findings, changes and their word ops, text, dicts, frames, pickling."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pandas as pd
import pytest
from conftest import ROOT

import mandat
from mandat import Severity

DOCUMENT = ROOT / "data" / "trondelag-2022.mandate.json"


def document() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    return data


def clause(d: dict[str, Any], clause_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(c for c in d["clauses"] if c["id"] == clause_id)
    return found


def renewal_draft() -> mandat.Mandate:
    """The renewal of the issue: a new id, a draft, 2026-2029, the text carried over."""
    d = document()
    d["id"] = "trondelag-foui-2026"
    d["status"] = "draft"
    d["validity"].update(start_date="2026-01-01", end_date="2029-12-31")
    d["provenance"] = {"replaces": "trondelag-foui-2022", "carried_over": [c["id"] for c in d["clauses"]]}
    return mandat.load_mandate(d)


def test_the_embedded_mandate_lints_clean(m: mandat.Mandate) -> None:
    assert mandat.lint(m) == []
    assert mandat.lint(m, lang="nb") == []
    with pytest.raises(mandat.QueryError):
        mandat.lint(m, lang="de")


@pytest.mark.R11
def test_a_period_its_quote_does_not_state_and_the_same_carried_over() -> None:
    d = document()
    d["validity"]["end_date"] = "2026-12-31"
    findings = mandat.lint(mandat.load_mandate(d))
    assert [(f.code, f.severity, f.clause, f.rule, f.body) for f in findings] == [
        ("lint.quote_disagrees", Severity.error, "varighet", "R11", None)
    ]
    f = findings[0]
    assert "1.1.2022 til 1.1.2026" in f.message and "2026-12-31" in f.message
    assert f.source == "1.1.2022 til 1.1.2026."
    assert f.message_id == "lint.quote_disagrees.period"
    assert ("last", "2026-12-31") in f.facts
    nb = mandat.lint(mandat.load_mandate(d), lang="nb")
    assert nb[0].message.startswith("Sitatet «1.1.2022 til 1.1.2026.» gir perioden 2022-01-01 til 2025-12-31")
    assert f.message_in("nb") == nb[0].message

    d["provenance"] = {"carried_over": ["varighet"]}
    kept = mandat.lint(mandat.load_mandate(d))
    assert [(k.code, k.severity) for k in kept] == [("lint.quote_carried_over", Severity.info)]
    assert "carried over from the predecessor, not yet signed for this version" in kept[0].message


@pytest.mark.R5
def test_a_quota_its_quote_does_not_state() -> None:
    d = document()
    d["bodies"]["items"][0]["quotas"]["seats"][0]["max"] = 3  # ks in styringsgruppen
    findings = mandat.lint(mandat.load_mandate(d))
    assert [(f.code, f.body, f.organisation) for f in findings] == [("lint.quote_disagrees", "styringsgruppen", "ks")]
    assert findings[0].message == (
        "styringsgruppen: the quote «1-2 representanter fra KS» gives ks 1-2 seats, but the data says 1-3."
    )


def test_a_mandate_diffed_with_itself_is_empty(m: mandat.Mandate) -> None:
    d = mandat.diff(m, m)
    assert d.empty and len(d) == 0 and d.changes == []
    assert (d.before_id, d.after_id) == ("trondelag-foui-2022", "trondelag-foui-2022")
    assert d.text() == "trondelag-foui-2022 and trondelag-foui-2022 are the same.\n"
    assert d.text("nb") == "trondelag-foui-2022 og trondelag-foui-2022 er like.\n"
    assert d.to_dict() == {
        "format": "mandat.diff/1",
        "before": "trondelag-foui-2022",
        "after": "trondelag-foui-2022",
        "same": True,
        "changes": [],
    }


def test_the_renewal_draft_differs_in_id_status_period_and_provenance(m: mandat.Mandate) -> None:
    d = mandat.diff(m, renewal_draft())
    assert not d.empty and len(d) == 5
    assert [c.kind for c in d.changes] == ["id", "status", "provenance", "provenance", "period"]
    first = d.changes[0]
    assert (first.kind, first.clause, first.pointer, first.before, first.after, first.words) == (
        "id",
        None,
        "/id",
        "trondelag-foui-2022",
        "trondelag-foui-2026",
        [],
    )
    period = d.changes[-1]
    assert (period.clause, period.pointer, period.before, period.after) == (
        "varighet",
        "/validity",
        "2022-01-01..2025-12-31",
        "2026-01-01..2029-12-31",
    )
    assert (d.changes[2].pointer, d.changes[2].before, d.changes[2].after) == (
        "/provenance/replaces",
        None,
        "trondelag-foui-2022",
    )
    assert d.text().startswith("Changes from trondelag-foui-2022 to trondelag-foui-2026: 5 changes\n")
    assert "  status [/status]: adopted -> draft\n" in d.text()
    assert "  periode i kraft [varighet /validity]: 2022-01-01..2025-12-31 -> 2026-01-01..2029-12-31\n" in d.text("nb")
    as_dict = d.to_dict()
    assert as_dict["same"] is False
    assert as_dict["changes"][1] == {
        "kind": "status",
        "clause": None,
        "pointer": "/status",
        "before": "adopted",
        "after": "draft",
        "words": None,
    }
    assert [c.to_dict() for c in d.changes] == as_dict["changes"]
    with pytest.raises(mandat.QueryError):
        d.text("de")


def test_a_changed_clause_text_gives_its_word_ops(m: mandat.Mandate) -> None:
    doc = document()
    clause(doc, "varighet")["text"] = ["1.1.2026 til 1.1.2030."]
    doc["validity"]["source"] = "1.1.2026 til 1.1.2030."
    d = mandat.diff(m, mandat.load_mandate(doc))
    assert [c.kind for c in d.changes] == ["citation.changed", "clause.text"]
    text = d.changes[1]
    assert (text.clause, text.pointer) == ("varighet", "/clauses/14/text")
    assert [(w.op, w.text) for w in text.words] == [
        ("removed", "1.1.2022"),
        ("added", "1.1.2026"),
        ("same", "til"),
        ("removed", "1.1.2026."),
        ("added", "1.1.2030."),
    ]
    assert text.to_dict()["words"][0] == {"op": "removed", "text": "1.1.2022"}
    assert "[-1.1.2022-] {+1.1.2026+} til [-1.1.2026.-] {+1.1.2030.+}" in d.text()


def test_a_diff_as_a_data_frame(m: mandat.Mandate) -> None:
    doc = document()
    clause(doc, "innledning")["text"][0] += " Ny setning."
    doc["id"] = "neste"
    d = mandat.diff(m, mandat.load_mandate(doc))
    frame = d.to_frame()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["kind", "clause", "pointer", "before", "after", "words"]
    assert list(frame["kind"]) == ["id", "clause.text"]
    assert frame.loc[0, "clause"] is None and frame.loc[0, "words"] is None
    assert frame.loc[1, "clause"] == "innledning"
    words: list[tuple[str, str]] = frame["words"].iloc[1]
    assert words[-1] == ("added", "Ny setning.")
    assert words[0][0] == "same"
    assert mandat.MandateDiff.to_frame.__module__ == "mandat._frames"
    assert list(mandat.diff(m, m).to_frame().columns) == list(frame.columns)


def test_a_diff_pickles_copies_and_round_trips_through_json(m: mandat.Mandate) -> None:
    d = mandat.diff(m, renewal_draft())
    assert pickle.loads(pickle.dumps(d)) == d
    assert copy.copy(d) == d and copy.deepcopy(d) == d
    assert d.__getstate__()[0] == 1
    assert mandat.MandateDiff.from_json(d.to_json()) == d
    assert d != mandat.diff(m, m)
    assert d.changes[0] == mandat.diff(m, renewal_draft()).changes[0]
    broken = d.to_dict()
    broken["same"] = True
    with pytest.raises(mandat.DocumentError) as info:
        mandat.MandateDiff.from_json(json.dumps(broken))
    assert info.value.pointer == "/same"
    clone = mandat.MandateDiff.__new__(mandat.MandateDiff)
    with pytest.raises(mandat.QueryError, match="unsupported pickled state"):
        clone.__setstate__((99, d.__getstate__()[1]))
