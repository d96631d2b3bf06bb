"""Histories of mandate versions from Python: loading, queries across versions, the check,
renewal, pickling. Expected values computed by hand from examples/history/."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from typing import Any

import pytest
from conftest import ROOT

import mandat
import mandat.__main__

HISTORY = ROOT / "examples" / "history" / "trondelag.history.json"
ROSTER = ROOT / "examples" / "history" / "roster-2024-2027.json"


@pytest.fixture(scope="module")
def history() -> mandat.History:
    return mandat.load_history(HISTORY)


def test_versions_spans_and_boundary_days(history: mandat.History) -> None:
    assert [v.id for v in history.versions] == ["trondelag-foui-2022", "trondelag-foui-2026", "trondelag-foui-2026-a1"]
    assert [(s.version, s.start_date, s.end_date) for s in history.spans] == [
        (0, dt.date(2022, 1, 1), dt.date(2025, 12, 31)),
        (1, dt.date(2026, 1, 1), dt.date(2027, 6, 30)),
        (2, dt.date(2027, 7, 1), dt.date(2029, 12, 31)),
    ]
    for day, version in [
        (dt.date(2025, 12, 31), "trondelag-foui-2022"),
        (dt.date(2026, 1, 1), "trondelag-foui-2026"),
        (dt.date(2027, 6, 30), "trondelag-foui-2026"),
        (dt.date(2027, 7, 1), "trondelag-foui-2026-a1"),
    ]:
        v = history.version_on(day)
        assert v is not None and v.id == version
    assert history.version_on(dt.date(2030, 1, 1)) is None
    assert history.versions[1].replaces == "trondelag-foui-2022"
    assert history.versions[2].amends == "trondelag-foui-2026"
    lead = history.leadership(dt.date(2026, 1, 1))
    assert lead is not None and (lead[0].organisation_id, lead[1]) == ("tfk", "trondelag-foui-2026")
    assert history.gaps(dt.date(2022, 1, 1), dt.date(2031, 12, 31)) == [(dt.date(2030, 1, 1), dt.date(2031, 12, 31))]


def test_the_roster_across_both_boundaries(history: mandat.History) -> None:
    report = mandat.check(
        history, mandat.load_roster(ROSTER), start_date=dt.date(2024, 1, 1), end_date=dt.date(2027, 12, 31)
    )
    assert [(f.code, f.start_date, f.end_date, f.version) for f in report.findings] == [
        ("rotation.wrong_leader_org", dt.date(2025, 1, 1), dt.date(2025, 1, 31), "trondelag-foui-2022"),
        ("meetings.above_max", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "trondelag-foui-2026"),
        ("quota.below_min", dt.date(2026, 4, 1), dt.date(2026, 4, 30), "trondelag-foui-2026"),
        ("unknown.organisation", dt.date(2027, 6, 1), dt.date(2027, 6, 30), "trondelag-foui-2026"),
    ]
    assert history.check(mandat.load_roster(ROSTER), start_date=dt.date(2024, 1, 1)).counts["error"] >= 4


def test_a_bad_history_names_the_pointer() -> None:
    doc: dict[str, Any] = json.loads(HISTORY.read_text(encoding="utf-8"))
    broken = copy.deepcopy(doc)
    broken["versions"][2]["amends"] = "nowhere"
    with pytest.raises(mandat.DocumentError) as info:
        mandat.load_history(broken)
    assert info.value.pointer == "/versions/2/amends"


def test_renew_pickle_and_round_trip(history: mandat.History) -> None:
    draft = mandat.renew(mandat.trondelag(), dt.date(2026, 1, 1), 4)
    assert (draft.id, draft.status, draft.replaces) == ("trondelag-foui-2026", "draft", "trondelag-foui-2022")
    assert (draft.start_date, draft.end_date) == (dt.date(2026, 1, 1), dt.date(2029, 12, 31))
    assert len(draft.carried_over) == 16
    assert [draft.leading_organisation(y) for y in (2026, 2027, 2028, 2029)] == ["tfk", "ks", "tfk", "ks"]
    assert pickle.loads(pickle.dumps(history)) == history
    assert mandat.History.from_json(history.to_json()) == history
    assert len(mandat.History.of(mandat.trondelag())) == 1


def test_a_history_shows_itself_in_a_notebook(history: mandat.History) -> None:
    page = history._repr_html_()
    assert "trondelag-foui-2026-a1" in page
    assert "2027-07-01 .. 2029-12-31" in page and "amends trondelag-foui-2026" in page
    doc: dict[str, Any] = json.loads(HISTORY.read_text(encoding="utf-8"))
    doc["title"] = "<script>alert(1)</script>"
    hostile = mandat.load_history(doc)._repr_html_()
    assert "<script>" not in hostile and "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile


def test_the_history_view_is_the_cores_in_both_languages(history: mandat.History) -> None:
    """The notebook display is the core's History.to_html, worded by the catalogue like `show --history`."""
    assert history._repr_html_() == history.to_html("en", standalone=False)
    en, nb = history.to_html("en"), history.to_html("nb", standalone=False)
    assert '<html lang="en">' in en and "<th>Provenance</th>" in en and "<td>adopted</td>" in en
    assert nb.startswith('<div class="mandat" lang="nb">')
    # The Norwegian catalogue's words, as the command line's overview says them.
    assert "Historikk trondelag-foui:" in nb and "<th>Versjon</th>" in nb and "<th>Opphav</th>" in nb
    assert "<td>vedtatt</td><td>2027-07-01 .. 2029-12-31</td>" in nb
    assert "endrer trondelag-foui-2026; 16 punkter videreført uten ny signatur" in nb
    code, out, _ = mandat.__main__.run(["--history", str(HISTORY), "--lang", "nb", "show", "--today", "2026-06-01"])
    assert code == 0 and "endrer trondelag-foui-2026; 16 punkter videreført uten ny signatur" in out
    with pytest.raises(mandat.QueryError):
        history.to_html("de")
