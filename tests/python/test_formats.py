"""The iCalendar export, the Norwegian holidays and the meeting planner, checked against
independent tools: the ``icalendar`` parser and the ``holidays`` package (docs/formats.md,
docs/planner.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import icalendar
import pytest
from holidays.countries.norway import Norway

import mandat

STAMP = dt.datetime(2026, 1, 1, 12, 30, 5, tzinfo=dt.timezone.utc)


class NorwayTo2200(Norway):
    """The holidays package's Norway calendar with its default range (1901-2100) widened, so
    that its own rules give the years up to 2150 too."""

    end_year = 2200


def _events(text: str) -> list[Any]:
    """The events of a calendar, as Any: the property values are checked by the test itself."""
    return list(icalendar.Calendar.from_ical(text).events)


def test_the_ics_export_matches_every_meeting(m: mandat.Mandate, roster: mandat.Roster) -> None:
    text = roster.to_ics(m, stamp=STAMP, uid_domain="example.roster")
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")  # every line ends in CRLF, no bare LF
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]) == "-//mandat//mandat meeting calendar//EN"
    events = _events(text)
    assert len(events) == len(roster.meetings) == 48  # the example's 48 meetings, counted by hand
    # The first, written out by hand from the example's au-2022-1.
    assert (str(events[0]["UID"]), events[0].decoded("DTSTART"), str(events[0]["SUMMARY"])) == (
        "arbeidsutvalget-20220120-1@example.roster",
        dt.date(2022, 1, 20),
        "Arbeidsutvalget 1/2022",
    )
    persons = {p.id: p for p in roster.persons}
    bodies = {b.id: b.name for b in m.bodies}
    for ev, mt in zip(events, roster.meetings):
        assert mt.id is not None  # and yet the UID is the body's and the day's (one meeting a day)
        assert str(ev["UID"]) == f"{mt.body_id}-{mt.date:%Y%m%d}-1@example.roster"
        assert ev.decoded("DTSTART") == mt.date
        assert ev.decoded("DTEND") == mt.date + dt.timedelta(days=1)
        assert ev["DTSTART"].params["VALUE"] == "DATE"
        assert ev.decoded("DTSTAMP") == STAMP
        assert str(ev["SUMMARY"]) == (mt.title if mt.title is not None else bodies[mt.body_id])
        assert [str(c) for c in ev["CATEGORIES"].cats] == [mt.body_id]
        names = [persons[a].name for a in mt.attendee_ids]
        assert (str(ev["DESCRIPTION"]).split("\n") if "DESCRIPTION" in ev else []) == names
        attendees = ev.get("ATTENDEE", [])
        attendees = attendees if isinstance(attendees, list) else [attendees]
        expected = [f"mailto:{persons[a].email}" for a in mt.attendee_ids if persons[a].email]
        assert [str(a) for a in attendees] == expected


def test_odd_text_survives_the_ics_round_trip() -> None:
    title = "Møte; plan, budsjett\\2025\nLinje to " + "æøå" * 40
    roster = mandat.load_roster(
        {
            "format": "mandat.roster/1",
            "persons": [{"id": "p1", "name": 'Kari "K" Ås, jr.', "email": "kari@example.org"}],
            "memberships": [],
            "meetings": [
                {"organization_id": "styringsgruppen", "date": "2024-02-29", "title": title, "attendee_ids": ["p1"]},
                {"organization_id": "styringsgruppen", "date": "2024-02-29"},
            ],
        }
    )
    text = roster.to_ics(stamp=dt.datetime(2026, 1, 1), uid_domain="odd")
    assert max(len(line) for line in text.encode("utf-8").split(b"\r\n")) <= 75
    events = _events(text)
    assert str(events[0]["SUMMARY"]) == title
    assert str(events[0]["UID"]) == "styringsgruppen-20240229-1@odd"
    assert str(events[1]["UID"]) == "styringsgruppen-20240229-2@odd"
    assert str(events[1]["SUMMARY"]) == "styringsgruppen"
    assert events[0]["ATTENDEE"].params["CN"] == "Kari 'K' Ås, jr.".replace("'", " ")
    assert events[1].decoded("DTEND") == dt.date(2024, 3, 1)
    assert events[0].decoded("DTSTAMP") == dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def test_the_holidays_agree_with_the_holidays_package_1950_to_2150() -> None:
    for year in range(1950, 2151):
        ours = {h.date for h in mandat.norwegian_holidays(year)}
        theirs = set(NorwayTo2200(years=year, include_sundays=False).keys())
        assert ours == theirs, year


def test_before_1947_there_is_no_1_or_17_may() -> None:
    days = {h.date for h in mandat.norwegian_holidays(1946)}
    assert dt.date(1946, 5, 1) not in days and dt.date(1946, 5, 17) not in days
    assert days == set(Norway(years=1946, include_sundays=False).keys())


def test_working_days_agree_with_the_holidays_package() -> None:
    no = Norway(years=range(2024, 2029), include_sundays=False)
    day = dt.date(2024, 1, 1)
    while day.year < 2029:
        assert mandat.is_working_day(day) == (day.weekday() < 5 and day not in no), day
        day += dt.timedelta(days=1)


def _week(day: dt.date) -> int:
    return day.isocalendar()[1]


def test_a_renewal_draft_can_be_planned_for_2027(m: mandat.Mandate) -> None:
    draft = mandat.renew(m, dt.date(2026, 1, 1), 4)
    blocked = [*range(27, 33), 40, 41]
    plan = mandat.plan_meetings(draft, 2027, blocked_weeks=blocked)
    assert plan.blocked_weeks == blocked
    no = Norway(years=2027, include_sundays=False)
    sg = [p for p in plan.meetings if p.body_id == "styringsgruppen"]
    au = [p for p in plan.meetings if p.body_id == "arbeidsutvalget"]
    assert len(sg) == 4  # the draft's target (R2)
    assert len(au) == 4 <= 8  # one preparation each, within the maximum (R3)
    for p in plan.meetings:
        assert p.date.weekday() < 5 and p.date not in no
        assert _week(p.date) not in blocked
    report = mandat.check(draft, plan.to_roster(), start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 12, 31))
    meeting_findings = [f for f in report.findings if f.code.startswith(("meetings.", "attendance."))]
    assert meeting_findings == []


def test_the_plan_goes_around_booked_meetings(m: mandat.Mandate) -> None:
    draft = mandat.renew(m, dt.date(2026, 1, 1), 4)
    booked = mandat.load_roster(
        {
            "format": "mandat.roster/1",
            "persons": [{"id": "p1", "name": "Kari"}],
            "memberships": [
                {
                    "person_id": "p1",
                    "organization_id": "arbeidsutvalget",
                    "on_behalf_of_id": "ks",
                    "role": "coordinator",
                    "start_date": "2027-01-01",
                }
            ],
            "meetings": [
                {"id": "au-x", "organization_id": "arbeidsutvalget", "date": "2027-02-11", "attendee_ids": ["p1"]},
                {"id": "sg-x", "organization_id": "styringsgruppen", "date": "2027-02-15", "attendee_ids": ["p1"]},
            ],
        }
    )
    plan = mandat.plan_meetings(draft, 2027, booked=booked)
    kept = [(p.id, p.date, p.booked) for p in plan.meetings if p.booked]
    assert kept == [("au-x", dt.date(2027, 2, 11), True), ("sg-x", dt.date(2027, 2, 15), True)]
    new_days = [p.date for p in plan.meetings if not p.booked]
    assert dt.date(2027, 2, 11) not in new_days and dt.date(2027, 2, 15) not in new_days
    assert sum(p.body_id == "styringsgruppen" for p in plan.meetings) == 4
    # the booked steering-group meeting is prepared by the booked working-committee meeting
    assert [p.prepares for p in plan.meetings if p.id == "au-x"] == ["sg-x"]
    # every proposed meeting expects the working committee's coordinator (R4)
    assert all(p.attendee_ids == ["p1"] for p in plan.meetings if not p.booked)
    report = mandat.check(draft, plan.to_roster(booked), start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 12, 31))
    assert [f for f in report.findings if f.code.startswith(("meetings.", "attendance."))] == []
    assert plan.to_dict()["format"] == "mandat.plan/1"


def test_a_year_out_of_force_cannot_be_planned(m: mandat.Mandate) -> None:
    with pytest.raises(mandat.QueryError, match="not in force on any day of 2027"):
        mandat.plan_meetings(m, 2027)
