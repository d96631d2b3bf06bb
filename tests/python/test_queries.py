"""Every query of the embedded mandate from Python, with the boundary days (R1-R11)."""

from __future__ import annotations

import datetime as dt

import pytest

import mandat
from mandat import Severity


@pytest.mark.R11
def test_in_force_boundary_days(m: mandat.Mandate) -> None:  # varighet, R11
    assert not m.in_force(dt.date(2021, 12, 31))
    assert m.in_force(dt.date(2022, 1, 1))
    assert m.in_force(dt.date(2025, 12, 31))
    assert not m.in_force(dt.date(2026, 1, 1))
    assert m.start_date == dt.date(2022, 1, 1)
    assert m.end_date == dt.date(2025, 12, 31)


@pytest.mark.R11
def test_period_is_inclusive_and_supports_in(m: mandat.Mandate) -> None:
    p = m.period
    assert (p.start_date, p.end_date) == (dt.date(2022, 1, 1), dt.date(2025, 12, 31))
    assert dt.date(2025, 12, 31) in p
    assert dt.date(2026, 1, 1) not in p
    assert dt.date(2021, 12, 31) not in p
    assert len(p) == 1461  # 365 * 4 + 1 (2024 is a leap year)
    assert p == mandat.Period(dt.date(2022, 1, 1), dt.date(2025, 12, 31))
    with pytest.raises(mandat.QueryError):
        mandat.Period(dt.date(2022, 1, 2), dt.date(2022, 1, 1))


def test_signed_is_kept_apart_from_the_period(m: mandat.Mandate) -> None:  # signatur
    assert m.signed == "2022-02"


@pytest.mark.R6
@pytest.mark.parametrize(("year", "org"), [(2022, "tfk"), (2023, "ks"), (2024, "tfk"), (2025, "ks")])
def test_leading_organisation_each_year(m: mandat.Mandate, year: int, org: str) -> None:  # ledelse, R6
    assert m.leading_organisation(year) == org
    assert m.leading_organisation(dt.date(year, 1, 1)) == org
    assert m.leading_organisation(dt.date(year, 12, 31)) == org


@pytest.mark.R6
@pytest.mark.R11
def test_no_leader_outside_the_period_unless_asked(m: mandat.Mandate) -> None:  # R11
    assert m.leading_organisation(2021) is None
    assert m.leading_organisation(2026) is None
    assert m.leading_organisation(dt.date(2026, 1, 1)) is None
    assert m.leadership(2026) is None
    lead = m.leadership(2026, extrapolate=True)
    assert lead is not None
    assert (lead.organisation_id, lead.in_force, lead.extrapolated) == ("tfk", False, True)
    inside = m.leadership(2023)
    assert inside is not None
    assert (inside.organisation_id, inside.in_force, inside.extrapolated) == ("ks", True, False)


def test_leading_organisation_refuses_other_types(m: mandat.Mandate) -> None:
    with pytest.raises(TypeError):
        m.leading_organisation(dt.datetime(2023, 1, 1, 12, 0))  # a time of day would be lost
    with pytest.raises(TypeError):
        m.leading_organisation("2023")  # type: ignore[call-overload]  # a wrong type, on purpose
    with pytest.raises(mandat.QueryError):
        m.leading_organisation(10_000)


@pytest.mark.R1
def test_parties_and_organisations(m: mandat.Mandate) -> None:  # deltakelse, R1
    assert m.parties == ["sf", "tfk", "nfr", "ks"]
    kdu = next(o for o in m.organisations if o.id == "kdu")
    assert (kdu.party, kdu.parent_id) == (False, "ks")


@pytest.mark.R5
@pytest.mark.R9
def test_quotas(m: mandat.Mandate) -> None:  # styringsgruppen R5, arbeidsutvalget R9
    assert [(q.organisation_id, q.min, q.max) for q in m.quotas("styringsgruppen")] == [
        ("ks", 1, 2),
        ("tfk", 1, 2),
        ("sf", 1, 2),
        ("nfr", 1, 1),
        ("kdu", 1, 1),
    ]
    assert [(q.organisation_id, q.min, q.max) for q in m.quotas("arbeidsutvalget")] == [
        ("tfk", 1, 2),
        ("ks", 1, 2),
        ("sf", 1, 2),
        ("nfr", 1, 1),
    ]
    assert (m.body("styringsgruppen").min_size, m.body("styringsgruppen").max_size) == (5, 8)
    with pytest.raises(mandat.QueryError, match='unknown body "styret"'):
        m.quotas("styret")


@pytest.mark.R2
@pytest.mark.R3
def test_meeting_rules(m: mandat.Mandate) -> None:  # organisering R2, R3
    sg = m.meeting_rule("styringsgruppen")
    au = m.meeting_rule("arbeidsutvalget")
    assert sg is not None and au is not None
    assert (sg.target, sg.tolerance, sg.maximum) == (4, 1, None)
    assert (au.target, au.maximum) == (None, 8)
    assert au.cite.source == "Arbeidsutvalget har inntil 8 møter i året."


def test_clauses_quote_the_source(m: mandat.Mandate) -> None:
    text = mandat.source_text()
    for clause in m.clauses:
        for line in clause.text:
            assert line in text
    assert m.clause("varighet").source_text == "Mandatets varighet\n1.1.2022 til 1.1.2026."


@pytest.mark.R5
@pytest.mark.R9
def test_check_composition(m: mandat.Mandate) -> None:
    assert m.check_composition("styringsgruppen", {"ks": 2, "tfk": 2, "sf": 2, "nfr": 1, "kdu": 1}) == []
    (f,) = m.check_composition("styringsgruppen", {"ks": 3, "tfk": 1, "sf": 1, "nfr": 1, "kdu": 1})
    assert (f.code, f.severity, f.clause, f.rule, f.body, f.organisation) == (
        "quota.above_max",
        Severity.error,
        "styringsgruppen",
        "R5",
        "styringsgruppen",
        "ks",
    )
    assert f.start_date is None and f.end_date is None
    assert f.source == "1-2 representanter fra KS"
    assert f.to_dict()["severity"] == "error"
    assert mandat.Finding.from_dict(f.to_dict()) == f
    (nb,) = m.check_composition("arbeidsutvalget", {"tfk": 1, "ks": 1, "sf": 1, "nfr": 1, "kdu": 1}, lang="nb")
    assert nb.code == "quota.no_seat"
    assert nb.message == (
        "kommunedirektørutvalget i KS Trøndelag har 1 representant i Arbeidsutvalget, "
        "men ingen plass der etter mandatet."
    )
    with pytest.raises(mandat.QueryError):
        m.check_composition("styringsgruppen", {"ks": -1})
    with pytest.raises(mandat.QueryError, match="unknown language"):
        m.check_composition("styringsgruppen", {}, lang="de")


def test_severity_is_an_ordered_enum() -> None:
    assert Severity.info < Severity.warning < Severity.error
    assert Severity["error"] is Severity.error
    assert [s.name for s in Severity] == ["info", "warning", "error"]


# What the command line used to compute itself, answered by the library.


@pytest.mark.R6
@pytest.mark.R11
def test_leadership_on_a_day(m: mandat.Mandate) -> None:
    lead = m.leadership(dt.date(2025, 12, 31))
    assert lead is not None
    assert (lead.year, lead.organisation_id, lead.in_force, lead.extrapolated) == (2025, "ks", True, False)
    assert m.leadership(dt.date(2026, 1, 1)) is None
    later = m.leadership(dt.date(2026, 1, 1), extrapolate=True)
    assert later is not None
    assert (later.organisation_id, later.in_force, later.extrapolated) == ("tfk", False, True)


def test_seats_on_a_day(m: mandat.Mandate, roster: mandat.Roster) -> None:
    day = m.seats_on(roster, dt.date(2023, 4, 1))
    assert day.in_force and day.leading_organisation == "ks"
    assert [b.body_id for b in day.bodies] == ["styringsgruppen", "arbeidsutvalget"]
    assert day.bodies[0].counts == {"kdu": 1, "ks": 2, "sf": 1, "tfk": 1}
    assert [(f.code, f.organisation) for f in day.findings] == [("quota.below_min", "nfr")]
    assert day.has_errors
    redacted = m.seats_on(roster, dt.date(2023, 4, 1), redact=True)
    assert all(s.name is None and s.person_id.startswith("P-") for b in redacted.bodies for s in b.seats)


def test_a_finding_words_itself_in_either_language(m: mandat.Mandate, roster: mandat.Roster) -> None:
    en = mandat.check(m, roster)
    nb = mandat.check(m, roster, lang="nb")
    for a, b in zip(en.findings, nb.findings):
        assert a.message_in("en") == a.message
        assert a.message_in("nb") == b.message
    below = en.findings[2]
    assert below.message_id == "quota.below_min"
    assert ("organisation", "nfr") in below.facts
