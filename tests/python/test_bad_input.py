"""The Python rows of docs/bad-input.md: each class of bad input gets the documented exception,
with its id (and pointer, for documents)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

import mandat


def test_none_and_unconstructed_instances_are_type_errors(m: mandat.Mandate, roster: mandat.Roster) -> None:
    report = mandat.check(m, roster)
    for call in (
        lambda: mandat.check(None, roster),  # type: ignore[arg-type]
        lambda: mandat.check(m, None),  # type: ignore[arg-type]
        lambda: mandat.check(mandat.Mandate.__new__(mandat.Mandate), roster),
        lambda: mandat.check(m, mandat.Roster.__new__(mandat.Roster)),
        lambda: report.text(None),  # type: ignore[arg-type]
        lambda: report.timeline(m, None),  # type: ignore[arg-type]
        lambda: mandat.lint(None),  # type: ignore[arg-type]
        lambda: mandat.diff(m, None),  # type: ignore[arg-type]
        lambda: mandat.Mandate.__new__(mandat.Mandate).leading_organisation(2023),
        lambda: mandat.Roster.__new__(mandat.Roster).persons,
        lambda: mandat.Report.__new__(mandat.Report).to_json(),
        lambda: mandat.Report.__new__(mandat.Report).__getstate__(),
        lambda: report.to_html(mandat.Mandate.__new__(mandat.Mandate), roster),
        lambda: report.to_html(1, roster),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError):
            call()
    with pytest.raises(TypeError) as info:
        mandat.check(m, mandat.Roster.__new__(mandat.Roster))
    assert str(info.value) == (
        "this mandat._core.Roster was never initialised (made with __new__ and no __init__ or __setstate__)"
    )
    with pytest.raises(TypeError) as info:
        report.to_html(1, roster)  # type: ignore[arg-type]
    assert str(info.value) == "to_html: mandate must be a Mandate or a History, not int"
    with pytest.raises(TypeError) as info:
        mandat.Body.min_size.fget(None)  # type: ignore[attr-defined]
    assert str(info.value).startswith("(): incompatible function arguments")


def test_bytes_are_not_text(m: mandat.Mandate) -> None:
    # pybind11 would take bytes for a str, and bytes that are not UTF-8 came back as a
    # UnicodeDecodeError without an id; they are a wrong type.
    for call in (
        lambda: m.body(b"\xff"),  # type: ignore[arg-type]
        lambda: mandat.Mandate.from_json(b'{"format": "\xff"}'),  # type: ignore[arg-type]
        lambda: m.check_composition("styringsgruppen", {b"\xff": 1}),  # type: ignore[dict-item]
        lambda: mandat.pseudonym(b"p1"),  # type: ignore[arg-type]
        lambda: m.body("\udcff"),  # a lone surrogate has no UTF-8 form
    ):
        with pytest.raises(TypeError):
            call()


def test_a_calendar_overflow_is_a_query_error(m: mandat.Mandate) -> None:
    # The successor of a mandate would end in 10001, after the calendar's last year.
    with pytest.raises(mandat.QueryError) as info:
        mandat.renew(m, dt.date(9998, 1, 1), 4, "far")
    assert info.value.id == "query.invalid_year"
    assert str(info.value) == "year 10001 is outside 1400..9999"


def test_a_set_of_attendees_is_refused_not_turned_into_text() -> None:
    pd = pytest.importorskip("pandas")
    persons = pd.DataFrame([{"id": "p1", "name": "Kari"}, {"id": "p2", "name": "Ola"}])
    appointments = pd.DataFrame(
        [
            {
                "person_id": "p1",
                "organization_id": "styringsgruppen",
                "on_behalf_of_id": "ks",
                "role": "member",
                "start_date": dt.date(2022, 1, 1),
            }
        ]
    )
    cell: Any
    for cell, words in (({"p1", "p2"}, "a set (which has no order)"), ("p1", "expected a list, found str")):
        meetings = pd.DataFrame(
            [{"organization_id": "styringsgruppen", "date": dt.date(2023, 3, 1), "attendee_ids": cell}]
        )
        with pytest.raises(mandat.DocumentError) as info:
            mandat.roster_from_frames(persons, appointments, meetings)
        assert info.value.id == "document.wrong_type"
        assert info.value.pointer == "/meetings/0/attendee_ids"
        assert words in str(info.value)
    for frame in ("persons.csv", [{"id": "p1"}]):
        with pytest.raises(TypeError, match="expected a pandas DataFrame"):
            mandat.roster_from_frames(pd.DataFrame([{"id": "p1", "name": "Kari"}]), frame, None)  # type: ignore[arg-type]
    # A list, a tuple and an array are lists; the order is kept.
    for cell in (["p2", "p1"], ("p2", "p1")):
        meetings = pd.DataFrame(
            [{"organization_id": "styringsgruppen", "date": dt.date(2023, 3, 1), "attendee_ids": cell}]
        )
        roster = mandat.roster_from_frames(persons, appointments, meetings)
        assert roster.meetings[0].attendee_ids == ["p2", "p1"]


def _report_doc(m: mandat.Mandate, roster: mandat.Roster) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(mandat.check(m, roster).to_json())
    return doc


@pytest.mark.parametrize(
    ("change", "error_id", "pointer"),
    [
        (lambda d: d.update({"to": "2021-12-31"}), "document.inconsistent", "/to"),
        (
            lambda d: d["findings"][0].update({"start_date": "2023-01-02", "end_date": "2023-01-01"}),
            "document.inconsistent",
            "/findings/0/end_date",
        ),
        (
            lambda d: d["findings"][0].update({"start_date": None, "end_date": "2023-01-01"}),
            "document.inconsistent",
            "/findings/0/end_date",
        ),
        (
            lambda d: d["findings"][0].update({"code": "quota.above_everything"}),
            "document.invalid_value",
            "/findings/0/code",
        ),
        (lambda d: d["findings"][0].update({"severity": "fatal"}), "document.invalid_value", "/findings/0/severity"),
        (
            lambda d: d["findings"][0].update({"message_id": "no.such.message"}),
            "document.invalid_value",
            "/findings/0/message_id",
        ),
        (lambda d: d["findings"][0].update({"person_ids": "p1"}), "document.wrong_type", "/findings/0/person_ids"),
        (lambda d: d["findings"][0].update({"colour": "red"}), "document.unknown_member", "/findings/0/colour"),
        (lambda d: d.update({"extra": 1}), "document.unknown_member", "/extra"),
        (lambda d: d["years"][0].update({"meetings": [1, 2]}), "document.wrong_type", "/years/0/meetings"),
        (lambda d: d["years"][0].update({"year": 2030}), "document.out_of_range", "/years/0/year"),
        (lambda d: d["years"].reverse(), "document.inconsistent", "/years/1/year"),
        (lambda d: d["counts"].update({"warning": 99}), "document.inconsistent", "/counts/warning"),
        (lambda d: d.update({"redacted": "no"}), "document.wrong_type", "/redacted"),
    ],
)
def test_report_from_json_refuses_what_to_json_never_writes(
    m: mandat.Mandate, roster: mandat.Roster, change: Any, error_id: str, pointer: str
) -> None:
    doc = _report_doc(m, roster)
    assert mandat.Report.from_json(json.dumps(doc)) == mandat.check(m, roster)
    change(doc)
    with pytest.raises(mandat.DocumentError) as info:
        mandat.Report.from_json(json.dumps(doc))
    assert (info.value.id, info.value.pointer) == (error_id, pointer)


def test_plot_timeline_without_a_roster_is_a_query_error(m: mandat.Mandate, roster: mandat.Roster) -> None:
    pytest.importorskip("matplotlib")
    again = mandat.Report.from_json(mandat.check(m, roster).to_json())
    with pytest.raises(mandat.QueryError) as info:
        again.plot_timeline()
    assert info.value.id == "query.missing_roster"
    with pytest.raises(TypeError, match="figsize"):
        mandat.check(m, roster).plot_timeline(figsize=(0, 1))
