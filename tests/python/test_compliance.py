"""The compliance check from Python: findings, report, languages, redaction, DataFrames."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import mandat
from mandat import Severity

EXPECTED = [
    ("attendance.missing", "warning", "styringsgruppen", "nfr", ["p-nfr3"], dt.date(2022, 6, 9), dt.date(2022, 6, 9)),
    (
        "rotation.wrong_leader_org",
        "error",
        "styringsgruppen",
        "tfk",
        ["p-tfk1"],
        dt.date(2023, 1, 1),
        dt.date(2023, 1, 31),
    ),
    ("quota.below_min", "error", "styringsgruppen", "nfr", [], dt.date(2023, 3, 1), dt.date(2023, 5, 14)),
    ("meetings.above_max", "error", "arbeidsutvalget", None, [], dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    ("meetings.off_target", "info", "styringsgruppen", None, [], dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    ("period.outside", "info", "styringsgruppen", "sf", ["p-sf2"], dt.date(2026, 1, 1), None),
]


def test_example_roster_findings(m: mandat.Mandate, roster: mandat.Roster) -> None:
    report = mandat.check(m, roster)
    got = [
        (f.code, f.severity.name, f.body, f.organisation, f.person_ids, f.start_date, f.end_date)
        for f in report.findings
    ]
    assert got == EXPECTED
    assert report.counts == {"error": 3, "warning": 1, "info": 2}
    assert report.has_errors
    assert (report.start_date, report.end_date) == (dt.date(2022, 1, 1), dt.date(2025, 12, 31))
    assert [y.leading_organisation for y in report.years] == ["tfk", "ks", "tfk", "ks"]
    assert report.years[1].composition_breach_days == {"arbeidsutvalget": 0, "styringsgruppen": 75}
    assert report.years[2].meetings == {"arbeidsutvalget": 9, "styringsgruppen": 4}


def test_interval_language_and_redaction(m: mandat.Mandate, roster: mandat.Roster) -> None:
    report = mandat.check(
        m, roster, start_date=dt.date(2023, 1, 1), end_date=dt.date(2023, 12, 31), lang="nb", redact=True
    )
    assert [f.code for f in report.findings] == ["rotation.wrong_leader_org", "quota.below_min"]
    assert report.findings[0].person_ids == [mandat.pseudonym("p-tfk1")]
    assert "Astrid" not in report.findings[0].message
    assert (
        report.findings[1].message
        == "Forskningsrådet region Trøndelag har 0 representanter i Styringsgruppen; mandatet krever minst 1."
    )
    assert "Etterlevelsesrapport" in report.text(m)
    with pytest.raises(mandat.QueryError):
        mandat.check(m, roster, start_date=dt.date(2024, 1, 1), end_date=dt.date(2023, 1, 1))


def test_report_dict_round_trip(m: mandat.Mandate, roster: mandat.Roster) -> None:
    report = mandat.check(m, roster)
    d = report.to_dict()
    assert d["counts"] == {"error": 3, "warning": 1, "info": 2}
    assert d["findings"][2]["start_date"] == "2023-03-01"
    assert mandat.Report.from_json(report.to_json()) == report


def test_report_to_frame_has_typed_columns(m: mandat.Mandate, roster: mandat.Roster) -> None:
    frame = mandat.check(m, roster).to_frame()
    assert list(frame.columns) == [
        "code",
        "severity",
        "clause",
        "rule",
        "body",
        "organisation",
        "person_ids",
        "start_date",
        "end_date",
        "message",
        "source",
        "version",
    ]
    assert len(frame) == 6
    assert isinstance(frame["severity"].dtype, pd.CategoricalDtype)
    assert frame["severity"].cat.ordered
    assert str(frame["start_date"].dtype) == "datetime64[s]"  # every supported day fits
    assert frame.loc[2, "start_date"] == pd.Timestamp("2023-03-01")
    assert pd.isna(frame.loc[5, "end_date"])
    assert (frame["severity"] >= "warning").sum() == 4


def test_roster_from_frames(m: mandat.Mandate, roster: mandat.Roster) -> None:
    persons = pd.DataFrame([{"id": p.id, "name": p.name} for p in roster.persons])
    appointments = pd.DataFrame(
        [
            {
                "person_id": a.person_id,
                "organization_id": a.body_id,
                "on_behalf_of_id": a.organisation_id,
                "role": a.role.name,
                "start_date": pd.Timestamp(a.start_date),
                "end_date": pd.Timestamp(a.end_date) if a.end_date else pd.NaT,
            }
            for a in roster.appointments
        ]
    )
    meetings = pd.DataFrame(
        [{"organization_id": mt.body_id, "date": mt.date, "attendee_ids": mt.attendee_ids} for mt in roster.meetings]
    )
    rebuilt = mandat.roster_from_frames(persons, appointments, meetings)
    assert len(rebuilt.appointments) == 25
    assert rebuilt.appointments[4].end_date is None  # NaT: open-ended
    assert [f.code for f in mandat.check(m, rebuilt).findings] == [e[0] for e in EXPECTED]
    bad = appointments.copy()
    bad["start_date"] = bad["start_date"].astype(object)  # a register export with a typo in it
    bad.loc[3, "start_date"] = "2023-02-30"
    with pytest.raises(mandat.DocumentError) as info:
        mandat.roster_from_frames(persons, bad)
    assert info.value.pointer == "/memberships/3/start_date"


def test_severities_in_findings_are_enum_members(m: mandat.Mandate, roster: mandat.Roster) -> None:
    assert {f.severity for f in mandat.check(m, roster).findings} == {Severity.error, Severity.warning, Severity.info}
