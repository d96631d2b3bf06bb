"""Decisions made once, in the core, and asked by Python and the command line alike: which
version of a history applies (docs/history.md, "Which version applies"), dates at the end of
the supported range, and how a person is shown, redacted or not (mandat/redaction.hpp). Expected
values are worked out by hand; for the versions, from the example history's spans:
trondelag-foui-2022 2022-01-01..2025-12-31, trondelag-foui-2026 2026-01-01..2027-06-30,
trondelag-foui-2026-a1 2027-07-01..2029-12-31."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

import mandat
from mandat.__main__ import run

ROOT = Path(__file__).resolve().parents[2]
HISTORY = ROOT / "examples" / "history" / "trondelag.history.json"
HISTORY_ROSTER = ROOT / "examples" / "history" / "roster-2024-2027.json"
REDACTION_ROSTER = ROOT / "tests" / "data" / "redaction-roster.json"


def in_force_on(day: dt.date) -> str | None:
    if day < dt.date(2022, 1, 1) or day > dt.date(2029, 12, 31):
        return None
    if day <= dt.date(2025, 12, 31):
        return "trondelag-foui-2022"
    if day <= dt.date(2027, 6, 30):
        return "trondelag-foui-2026"
    return "trondelag-foui-2026-a1"


def of_year(year: int) -> str | None:
    if year < 2022 or year > 2029:
        return None
    return (
        "trondelag-foui-2022" if year <= 2025 else "trondelag-foui-2026" if year <= 2027 else "trondelag-foui-2026-a1"
    )


def cli_json(*args: str) -> Any:
    code, out, err = run(["--history", str(HISTORY), "--json", *args])
    assert code <= 1, err
    return json.loads(out)


def test_the_history_names_one_version_for_each_day_and_year() -> None:
    h = mandat.load_history(HISTORY)
    day = dt.date(2021, 12, 30)
    while day <= dt.date(2030, 1, 2):
        want = in_force_on(day)
        on = h.version_on(day)
        assert (on.id if on else None) == want, day
        assert h.version_for(day).id == (want or "trondelag-foui-2026-a1"), day
        day += dt.timedelta(days=1)
    for year in range(2020, 2032):
        v = h.version_in(year)
        assert (v.id if v else None) == of_year(year), year


# The first and last day of each span and year, and a day inside each span.
DAYS = [
    dt.date(*d)
    for d in [
        (2021, 12, 31), (2022, 1, 1), (2024, 6, 1), (2025, 12, 31), (2026, 1, 1), (2027, 1, 1), (2027, 6, 30),
        (2027, 7, 1), (2027, 12, 31), (2028, 3, 1), (2029, 12, 31), (2030, 1, 1),
    ]
]  # fmt: skip


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_status_leader_and_roster_name_the_version_python_names(day: dt.date) -> None:
    h = mandat.load_history(HISTORY)
    on = h.version_on(day)
    want = on.id if on else None
    assert want == in_force_on(day)
    assert cli_json("status", "--date", day.isoformat())["version"] == want
    assert cli_json("leader", "--date", day.isoformat())["version"] == want
    assert cli_json("roster", str(HISTORY_ROSTER), "--date", day.isoformat())["version"] == want
    lead = h.leadership(day)
    assert (lead[1] if lead else None) == want


@pytest.mark.parametrize("year", range(2022, 2030))
def test_plan_and_leader_take_the_version_of_the_year(year: int) -> None:
    h = mandat.load_history(HISTORY)
    v = h.version_in(year)
    assert v is not None and v.id == of_year(year)
    assert cli_json("plan", str(year))["mandate_id"] == v.id
    assert cli_json("leader", "--year", str(year))["version"] == v.id
    lead = h.leadership(year)
    assert lead is not None and lead[1] == v.id


def to_the_end() -> tuple[mandat.Mandate, mandat.Roster]:
    doc = json.loads((ROOT / "data" / "trondelag-2022.mandate.json").read_text(encoding="utf-8"))
    doc["validity"]["end_date"] = "9999-12-31"
    roster = {
        "format": "mandat.roster/1",
        "persons": [{"id": "p1", "name": "Kari Nordmann"}],
        "memberships": [
            {
                "id": "m1",
                "person_id": "p1",
                "organization_id": "styringsgruppen",
                "on_behalf_of_id": "ks",
                "role": "member",
                "start_date": "2022-01-01",
            }
        ],
        "meetings": [],
    }
    return mandat.load_mandate(doc), mandat.load_roster(roster)


@pytest.mark.R11
def test_a_period_ending_on_9999_12_31_with_an_open_ended_membership() -> None:
    m, r = to_the_end()
    report = mandat.check(m, r, start_date=dt.date(9998, 1, 1))
    assert report.end_date == dt.date(9999, 12, 31)
    # By hand, as in the C++ test: 4 + 4 quota errors, no leader, no coordinator; no secretary
    # and two years of steering-group meetings off target: warnings. Nothing after 9999-12-31.
    assert report.counts == {"error": 10, "warning": 3, "info": 0}
    assert all(f.code != "period.outside" for f in report.findings)
    assert "9998-01-01 .. 9999-12-31" in report.text(m)
    assert json.loads(report.to_json())["to"] == "9999-12-31"
    assert "9999-12-31" in report.to_html(m, r)
    assert pickle.loads(pickle.dumps(report)) == report
    across = mandat.check(mandat.History.of(m), r, start_date=dt.date(9998, 1, 1))
    assert across.counts == {"error": 10, "warning": 3, "info": 0}


@pytest.mark.parametrize(
    "day",
    [
        dt.date(*d)
        for d in [(2022, 6, 30), (2025, 12, 31), (2026, 1, 1), (2027, 6, 30), (2027, 7, 1), (2028, 3, 1), (2030, 6, 30)]
    ],
    ids=str,
)
def test_check_html_draws_the_version_of_the_reports_last_day(day: dt.date) -> None:
    # Only the amendment (in force from 2027-07-01, and the latest) seats Forskningsinstituttet
    # in the steering group; the page draws the bodies of the version of its last day.
    want = in_force_on(day) or "trondelag-foui-2026-a1"
    h = mandat.load_history(HISTORY)
    assert h.version_for(day).id == want
    code, out, err = run(
        ["--history", str(HISTORY), "check", str(HISTORY_ROSTER), "--format", "html", "--to", day.isoformat()]
    )
    assert code <= 1, err
    assert ("Forskningsinstituttet" in out) == (want == "trondelag-foui-2026-a1")


# tests/data/redaction-roster.json, as in tests/test_decide_once.cpp: Kari leads the steering
# group for tfk in 2023 (rotation.wrong_leader_org), Ola sits past the period in 2026
# (period.outside), id-ghost is not in the roster's persons (unknown.person). By hand: "Name (id)",
# the id alone without a name; redacted, the pseudonym alone (FNV-1a 64 and MurmurHash3's
# finaliser, computed apart).
PSEUDONYMS = {"id-kari": "P-b5da99686e041399", "id-ola": "P-ffd0cde7ade13725", "id-ghost": "P-aae538766c048b8e"}
NAMES = {"id-kari": "Kari Nordmann", "id-ola": "Ola Nordmann"}


def shown(person_id: str, redacted: bool) -> tuple[str, str | None, str]:
    """(id, name, label) of a person, as every front end must show it."""
    if redacted:
        return PSEUDONYMS[person_id], None, PSEUDONYMS[person_id]
    name = NAMES.get(person_id)
    return person_id, name, f"{name} ({person_id})" if name else person_id


def the_finding(report: mandat.Report, code: str) -> mandat.Finding:
    found = [f for f in report.findings if f.code == code]
    assert len(found) == 1, code
    return found[0]


@pytest.mark.parametrize("redact", [False, True])
def test_every_front_end_shows_a_person_as_the_core_redactor_does(redact: bool) -> None:
    m = mandat.trondelag()
    r = mandat.load_roster(REDACTION_ROSTER)
    kari, ola, ghost = (shown(i, redact) for i in ("id-kari", "id-ola", "id-ghost"))
    assert all(mandat.pseudonym(i) == p for i, p in PSEUDONYMS.items())

    report = mandat.check(m, r, redact=redact)
    assert report.redacted is redact
    leads = the_finding(report, "rotation.wrong_leader_org")
    assert (leads.person_ids, dict(leads.facts)["who"]) == ([kari[0]], kari[2])
    unknown = the_finding(report, "unknown.person")
    assert (unknown.person_ids, dict(unknown.facts)["person"]) == ([ghost[0]], ghost[0])
    outside = the_finding(report, "period.outside")
    assert (outside.person_ids, dict(outside.facts)["who"]) == ([ola[0]], ola[2])
    across = mandat.check(mandat.History.of(m), r, redact=redact)
    no_version = the_finding(across, "period.outside")
    assert (no_version.message_id, no_version.person_ids) == ("period.outside.no_version", [ola[0]])
    assert dict(no_version.facts)["who"] == ola[2]

    # The text and the JSON are the command line's, byte for byte.
    flag = ["--redact"] if redact else []
    code, out, _ = run(["check", str(REDACTION_ROSTER), *flag])
    assert code == 1 and out == report.text(m)
    assert f"{kari[2]}, leader of Styringsgruppen" in out
    code, out, _ = run(["--json", "check", str(REDACTION_ROSTER), *flag])
    assert json.loads(out) == json.loads(report.to_json())

    # The timeline Python plots, the HTML page and the seats on a day.
    labels: dict[str, int] = {}
    for body in report.timeline(m, r).bodies:
        for lane in body.lanes:
            for t in lane.tenures:
                want = {kari[0]: kari, ola[0]: ola, ghost[0]: ghost}[t.person_id]
                assert (t.person_id, t.name, t.label) == want
                labels[t.label] = labels.get(t.label, 0) + 1
    assert labels == {kari[2]: 1, ola[2]: 2, ghost[2]: 1}
    page = report.to_html(m, r)
    assert f'data-person="{kari[0]}"' in page
    assert f"{kari[2]}, Trøndelag fylkeskommune: 2023-01-01 to 2023-12-31" in page
    if redact:
        assert not any(s in page for s in ("Nordmann", "id-kari", "id-ola", "id-ghost", "Møte hos"))
    day = m.seats_on(r, dt.date(2023, 6, 1), lang="nb", redact=redact)
    seats = [(b.body_id, s.organisation_id, s.person_id, s.name) for b in day.bodies for s in b.seats]
    assert seats == [
        ("styringsgruppen", "ks", ola[0], ola[1]),
        ("styringsgruppen", "tfk", kari[0], kari[1]),
        ("arbeidsutvalget", "ks", ghost[0], ghost[1]),
    ]
