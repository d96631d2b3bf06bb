"""Days at the ends of the supported range (1400-01-01 and 9999-12-31) through every query,
the check, the report's JSON, text, HTML and frame, and pickles; and the day types a user may
hold (datetime.date, datetime.datetime, numpy.datetime64, pandas.Timestamp)."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import numpy as np
import pytest
from hostile_calls import deep_state

import mandat

FIRST = dt.date(1400, 1, 1)
LAST = dt.date(9999, 12, 31)


def mandate_over(first: dt.date, last: dt.date) -> mandat.Mandate:
    doc: dict[str, Any] = mandat.trondelag().to_dict()
    doc["validity"]["start_date"] = first.isoformat()
    doc["validity"]["end_date"] = last.isoformat()
    doc["rotation"]["first_year"] = first.year
    return mandat.load_mandate(doc)


def roster_over(first: dt.date, last: dt.date) -> mandat.Roster:
    """One person per quota seat over the whole range (the steering group complete, the
    working committee complete), and one steering-group meeting on each end."""
    m = mandat.trondelag()
    persons, memberships = [], []
    for body in m.bodies:
        for q in body.quotas:
            pid = f"{body.id}-{q.organisation_id}"
            persons.append({"id": pid, "name": pid})
            memberships.append(
                {
                    "person_id": pid,
                    "organization_id": body.id,
                    "on_behalf_of_id": q.organisation_id,
                    "role": "member",
                    "start_date": first.isoformat(),
                    "end_date": last.isoformat(),
                }
            )
    meetings = [
        {"organization_id": "styringsgruppen", "date": d.isoformat(), "attendee_ids": []} for d in (first, last)
    ]
    return mandat.load_roster(
        {"format": "mandat.roster/1", "persons": persons, "memberships": memberships, "meetings": meetings}
    )


@pytest.fixture(scope="module")
def wide() -> mandat.Mandate:
    return mandate_over(FIRST, LAST)


def test_the_ends_of_the_range_through_every_query(wide: mandat.Mandate) -> None:
    assert (wide.start_date, wide.end_date) == (FIRST, LAST)
    assert wide.in_force(FIRST) and wide.in_force(LAST)
    assert len(wide.period) == (LAST - FIRST).days + 1
    assert FIRST in wide.period and LAST in wide.period
    rotation = wide.rotation
    # order[0] leads in first_year (1400), then a year each in turn.
    assert wide.leading_organisation(FIRST) == rotation[0]
    assert wide.leading_organisation(LAST) == rotation[(9999 - 1400) % len(rotation)]
    assert wide.leading_organisation(9999) == rotation[(9999 - 1400) % len(rotation)]
    leadership = wide.leadership(LAST)
    assert leadership is not None and (leadership.year, leadership.in_force) == (9999, True)
    assert wide.leadership(1400, extrapolate=True) is not None
    history = mandat.History.of(wide)
    assert history.in_force(LAST) and history.in_force(FIRST)
    assert history.gaps(FIRST, LAST) == []
    assert [(s.start_date, s.end_date) for s in history.spans] == [(FIRST, LAST)]


def test_the_ends_of_the_range_through_the_check_and_the_report(wide: mandat.Mandate) -> None:
    roster = roster_over(FIRST, LAST)
    for start, end in ((FIRST, dt.date(1400, 12, 31)), (dt.date(9999, 1, 1), LAST)):
        report = mandat.check(wide, roster, start_date=start, end_date=end)
        assert (report.start_date, report.end_date) == (start, end)
        assert [y.year for y in report.years] == [start.year]
        # Every seat filled on every day: no composition breach; one meeting of the steering
        # group in the year, with nobody recorded present.
        assert report.years[0].composition_breach_days == {"arbeidsutvalget": 0, "styringsgruppen": 0}
        assert report.years[0].meetings["styringsgruppen"] == 1
        dated = [f for f in report.findings if f.start_date is not None]
        assert all(start <= f.start_date <= end for f in dated if f.start_date is not None)
        again = mandat.Report.from_json(report.to_json())
        assert again == report
        assert pickle.loads(pickle.dumps(report)) == report
        assert str(start) in report.text(wide)
        assert str(end) in report.to_html(wide, roster)
        timeline = report.timeline(wide, roster)
        assert (timeline.start_date, timeline.end_date) == (start, end)
        assert deep_state(pickle.loads(pickle.dumps(timeline))) == deep_state(timeline)
        day = wide.seats_on(roster, end)
        assert day.day == end and day.in_force
        assert sorted(day.bodies[0].counts.items()) == sorted((q.organisation_id, 1) for q in wide.bodies[0].quotas)


def test_a_frame_holds_both_ends(wide: mandat.Mandate) -> None:
    pd = pytest.importorskip("pandas")
    roster = roster_over(FIRST, LAST)
    report = mandat.check(wide, roster, start_date=dt.date(9999, 1, 1), end_date=LAST)
    frame = report.to_frame()
    assert str(frame["start_date"].dtype) == "datetime64[s]"
    dated = frame.dropna(subset=["start_date"])
    assert len(dated) > 0
    assert all(pd.Timestamp(dt.date(9999, 1, 1)) <= t for t in dated["start_date"])
    early = mandat.check(wide, roster, start_date=FIRST, end_date=dt.date(1400, 12, 31)).to_frame()
    assert early["start_date"].dropna().min() >= np.datetime64("1400-01-01")


def test_a_mandate_and_roster_at_the_ends_pickle_and_copy(wide: mandat.Mandate) -> None:
    roster = roster_over(FIRST, LAST)
    for value in (wide, roster, wide.period):
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(value, protocol)) == value


def test_day_types() -> None:
    m = mandat.trondelag()
    day = dt.date(2023, 6, 1)
    expected = m.leading_organisation(day)
    assert expected == "ks"
    assert m.leading_organisation(dt.datetime(2023, 6, 1)) == expected
    assert m.leading_organisation(np.datetime64("2023-06-01")) == expected
    assert m.leading_organisation(np.datetime64("2023-06-01T00:00:00.000000000")) == expected
    pd = pytest.importorskip("pandas")
    assert m.leading_organisation(pd.Timestamp("2023-06-01")) == expected
    for bad, words in (
        (dt.datetime(2023, 6, 1, 12), "has a time of day"),
        (dt.datetime(2023, 6, 1, tzinfo=dt.timezone.utc), "has a time zone"),
        (np.datetime64("2023-06-01T12:00"), "has a time of day"),
        (np.datetime64("NaT"), "is NaT"),
        (pd.Timestamp("2023-06-01 00:00:00.000000001"), "has a time of day"),
        (pd.NaT, "is NaT"),
    ):
        with pytest.raises(TypeError, match=words):
            m.in_force(bad)  # type: ignore[arg-type]


def test_a_day_outside_the_range_names_the_range() -> None:
    m = mandat.trondelag()
    for bad in (dt.date(1399, 12, 31), dt.date(1, 1, 1), np.datetime64("1399-12-31"), np.datetime64("10000-01-01")):
        with pytest.raises(mandat.QueryError) as info:
            m.in_force(bad)  # type: ignore[arg-type]
        assert info.value.id == "query.invalid_date"
        assert "the supported range is 1400-01-01 to 9999-12-31" in str(info.value)
    with pytest.raises(mandat.QueryError) as info:
        mandat.check(
            m,
            mandat.Roster.from_json('{"format": "mandat.roster/1", "persons": [], "memberships": []}'),
            start_date=dt.date(1000, 1, 1),
        )
    assert info.value.id == "query.invalid_date"
