"""Mandate.check_composition answers a dict of str to int from a per-call path that keeps each
finding it built (per body, organisation, count and language); any other mapping goes the
general way (the counts converted, every finding built anew). Both must give the same findings,
field for field, in the same order, in every language; the expected values below are read off
the mandate text by hand."""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import pytest
from conftest import ROOT

import mandat

# Every test here checks the seat quotas of the two bodies.
pytestmark = [pytest.mark.R5, pytest.mark.R9]

DOCUMENT = ROOT / "data" / "trondelag-2022.mandate.json"
LANGS = ("en", "nb")


def full_path(m: mandat.Mandate, body: str, counts: Mapping[str, int], lang: str) -> list[mandat.Finding]:
    """The general path: a mapping that is not a dict is converted and checked in C++."""
    return m.check_composition(body, MappingProxyType(dict(counts)), lang)


def fast_paths(m: mandat.Mandate, body: str, counts: dict[str, int], lang: str) -> list[list[mandat.Finding]]:
    """The per-call path as a plain call makes it (twice: the second answer comes from what the
    first kept), and through the pybind11 function (a keyword argument)."""
    return [
        m.check_composition(body, counts, lang),
        m.check_composition(body, counts, lang),
        m.check_composition(body, counts, lang=lang),
    ]


# Read off the mandate text by hand. Styringsgruppen (R5): "1-2 representanter fra KS", "1-2
# representanter fra Fylkeskommunen", "1-2 representanter fra Statsforvalteren", "1 representant
# fra Forskningsrådet", "1 representant fra kommunedirektørutvalget i KS Trøndelag".
# Arbeidsutvalget (R9): 1-2 from Trøndelag fylkeskommune, KS Trøndelag and Statsforvalteren i
# Trøndelag, 1 from Forskningsrådet region Trøndelag; kommunedirektørutvalget has no seat there.
QUOTAS = {
    "styringsgruppen": {"ks": (1, 2), "tfk": (1, 2), "sf": (1, 2), "nfr": (1, 1), "kdu": (1, 1)},
    "arbeidsutvalget": {"tfk": (1, 2), "ks": (1, 2), "sf": (1, 2), "nfr": (1, 1)},
}
RULES = {"styringsgruppen": "R5", "arbeidsutvalget": "R9"}
BODY_NAMES = {"styringsgruppen": "Styringsgruppen", "arbeidsutvalget": "Arbeidsutvalget"}
NAMES = {
    "tfk": "Trøndelag fylkeskommune",
    "sf": "Statsforvalteren i Trøndelag",
    "nfr": "Forskningsrådet region Trøndelag",
    "ks": "KS Trøndelag",
    "kdu": "kommunedirektørutvalget i KS Trøndelag",
}
CODES = {"below": "quota.below_min", "above": "quota.above_max", "no_seat": "quota.no_seat"}


def cases() -> list[tuple[str, str, str, int]]:
    """Every body x organisation x (below, above, no_seat): (body, organisation, case, count)."""
    out = []
    for body, quotas in QUOTAS.items():
        for org in NAMES:
            if org not in quotas:
                out += [(body, org, "no_seat", 1), (body, org, "no_seat", 3)]
            else:
                lo, hi = quotas[org]
                out += [(body, org, "below", lo - 1), (body, org, "above", hi + 1), (body, org, "above", hi + 7)]
    return out


def within_quotas(body: str) -> dict[str, int]:
    return {org: lo for org, (lo, _) in QUOTAS[body].items()}


def expected_message(body: str, org: str, case: str, n: int, lang: str) -> str:
    """The catalogue's sentence for the case, filled in by hand."""
    who, where = NAMES[org], BODY_NAMES[body]
    lo, hi = QUOTAS[body].get(org, (0, 0))
    if lang == "en":
        has = f"{who} has {n} {'representative' if n == 1 else 'representatives'} in {where}"
        return {
            "below": f"{has}; the mandate requires at least {lo}.",
            "above": f"{has}; the mandate allows at most {hi}.",
            "no_seat": f"{has} but holds no seat there under the mandate.",
        }[case]
    has = f"{who} har {n} {'representant' if n == 1 else 'representanter'} i {where}"
    return {
        "below": f"{has}; mandatet krever minst {lo}.",
        "above": f"{has}; mandatet tillater høyst {hi}.",
        "no_seat": f"{has}, men ingen plass der etter mandatet.",
    }[case]


def test_the_quotas_are_those_of_the_text(m: mandat.Mandate) -> None:
    assert {b.id: {q.organisation_id: (q.min, q.max) for q in b.quotas} for b in m.bodies} == QUOTAS
    assert {o.id: o.name for o in m.organisations} == NAMES


def test_every_case_gives_the_same_finding_on_both_paths(m: mandat.Mandate) -> None:
    seen = set()
    for body, org, case, n in cases():
        counts = within_quotas(body)
        counts[org] = n
        for lang in LANGS:
            expected = full_path(m, body, counts, lang)
            assert len(expected) == 1, (body, org, case, n)
            (f,) = expected
            assert (f.code, f.clause, f.rule, f.body, f.organisation) == (CODES[case], body, RULES[body], body, org)
            assert f.message == expected_message(body, org, case, n, lang)
            assert dict(f.facts)["count"] == str(n)
            for answer in fast_paths(m, body, counts, lang):
                assert answer == expected
                assert [x.to_dict() for x in answer] == [x.to_dict() for x in expected]
                assert [x.message for x in answer] == [expected_message(body, org, case, n, lang)]
            seen.add((body, case))
    # Both bodies have quotas to fall below and to exceed; in arbeidsutvalget kdu has no seat.
    assert seen == {
        ("styringsgruppen", "below"),
        ("styringsgruppen", "above"),
        ("arbeidsutvalget", "below"),
        ("arbeidsutvalget", "above"),
        ("arbeidsutvalget", "no_seat"),
    }


def test_hand_computed_findings(m: mandat.Mandate) -> None:
    # Styringsgruppen (R5): "1-2 representanter fra KS", so 3 from KS is one above the maximum.
    (f,) = m.check_composition("styringsgruppen", {"ks": 3, "tfk": 1, "sf": 1, "nfr": 1, "kdu": 1})
    assert (f.code, f.severity, f.clause, f.rule, f.body, f.organisation) == (
        "quota.above_max",
        mandat.Severity.error,
        "styringsgruppen",
        "R5",
        "styringsgruppen",
        "ks",
    )
    assert f.message == "KS Trøndelag has 3 representatives in Styringsgruppen; the mandate allows at most 2."
    assert f.source == "1-2 representanter fra KS"
    assert f.message_id == "quota.above_max"
    assert f.facts == [
        ("organisation", "ks"),
        ("organisation_name", "KS Trøndelag"),
        ("count", "3"),
        ("body", "styringsgruppen"),
        ("body_name", "Styringsgruppen"),
        ("min", "1"),
        ("max", "2"),
    ]
    assert f.person_ids == [] and f.start_date is None and f.end_date is None and f.version is None
    assert f == full_path(m, "styringsgruppen", {"ks": 3, "tfk": 1, "sf": 1, "nfr": 1, "kdu": 1}, "en")[0]

    # Arbeidsutvalget (R9): "1 representant fra Forskningsrådet region Trøndelag"; left out, it
    # has 0, one below the minimum. In Norwegian.
    (f,) = m.check_composition("arbeidsutvalget", {"tfk": 2, "ks": 2, "sf": 2}, "nb")
    assert (f.code, f.clause, f.rule, f.organisation) == ("quota.below_min", "arbeidsutvalget", "R9", "nfr")
    assert f.message == (
        "Forskningsrådet region Trøndelag har 0 representanter i Arbeidsutvalget; mandatet krever minst 1."
    )
    assert f.source == "1 representant fra Forskningsrådet region Trøndelag"
    assert dict(f.facts)["min"] == "1" and dict(f.facts)["max"] == "1"

    # Kommunedirektørutvalget sits in styringsgruppen only: no seat in arbeidsutvalget (R9); the
    # finding quotes the sentence introducing the quota list.
    (f,) = m.check_composition("arbeidsutvalget", {"tfk": 1, "ks": 1, "sf": 1, "nfr": 1, "kdu": 1})
    assert (f.code, f.clause, f.rule, f.organisation) == ("quota.no_seat", "arbeidsutvalget", "R9", "kdu")
    assert f.message == (
        "kommunedirektørutvalget i KS Trøndelag has 1 representative in Arbeidsutvalget but holds no seat there "
        "under the mandate."
    )
    assert f.source == "Arbeidsutvalget består av:"
    assert "min" not in dict(f.facts)

    # Every quota of styringsgruppen broken at once: the findings follow the mandate's order of
    # the quotas (ks, tfk, sf, nfr, kdu), whatever the order of the dict.
    counts = {"kdu": 0, "nfr": 2, "sf": 3, "tfk": 0, "ks": 5}
    for lang in LANGS:
        answer = m.check_composition("styringsgruppen", counts, lang)
        assert [(x.code, x.organisation, dict(x.facts)["count"]) for x in answer] == [
            ("quota.above_max", "ks", "5"),
            ("quota.below_min", "tfk", "0"),
            ("quota.above_max", "sf", "3"),
            ("quota.above_max", "nfr", "2"),
            ("quota.below_min", "kdu", "0"),
        ]
        assert answer == full_path(m, "styringsgruppen", counts, lang)


def edited_mandate() -> mandat.Mandate:
    """The Trøndelag document with Statsforvalteren and Forskningsrådet taken out of
    arbeidsutvalget (so three organisations have no seat there: kdu, nfr, sf) and KS renamed."""
    doc: dict[str, Any] = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    (au,) = (b for b in doc["bodies"]["items"] if b["id"] == "arbeidsutvalget")
    au["quotas"]["seats"] = [s for s in au["quotas"]["seats"] if s["organisation_id"] not in ("sf", "nfr")]
    (ks,) = (o for o in doc["organisations"] if o["id"] == "ks")
    ks["name"] = "KS i Trøndelag"
    return mandat.load_mandate(doc)


def test_organisations_without_a_seat_come_after_the_quotas_by_id() -> None:
    m2 = edited_mandate()
    counts = {"tfk": 1, "sf": 2, "ks": 3, "kdu": 1, "nfr": 1}
    for lang in LANGS:
        answer = m2.check_composition("arbeidsutvalget", counts, lang)
        # The quotas first (tfk, ks), then the organisations without a seat by id.
        assert [(x.code, x.organisation) for x in answer] == [
            ("quota.above_max", "ks"),
            ("quota.no_seat", "kdu"),
            ("quota.no_seat", "nfr"),
            ("quota.no_seat", "sf"),
        ]
        assert answer == full_path(m2, "arbeidsutvalget", counts, lang)


def test_two_mandates_do_not_share_findings(m: mandat.Mandate) -> None:
    m2 = edited_mandate()
    counts = {"ks": 3, "tfk": 1, "sf": 1, "nfr": 1, "kdu": 1}
    for _ in range(3):
        (a,) = m.check_composition("styringsgruppen", counts)
        (b,) = m2.check_composition("styringsgruppen", counts)
        assert a.message == "KS Trøndelag has 3 representatives in Styringsgruppen; the mandate allows at most 2."
        assert b.message == "KS i Trøndelag has 3 representatives in Styringsgruppen; the mandate allows at most 2."
    # Many counts and bodies in turn: more than the findings kept at once.
    for n in range(3, 40):
        for body in ("styringsgruppen", "arbeidsutvalget"):
            counts = within_quotas(body)
            counts["ks"] = n
            assert m.check_composition(body, counts) == full_path(m, body, counts, "en")
            assert m2.check_composition(body, counts, "nb") == full_path(m2, body, counts, "nb")


def test_answers_stay_right_past_the_findings_kept(m: mandat.Mandate) -> None:
    # A few hundred findings are kept per thread; 2 x 600 different ones go past that, and a
    # Finding still held stays whole when the cache starts again.
    held = m.check_composition("styringsgruppen", {"ks": 3, "tfk": 1, "sf": 1, "nfr": 1, "kdu": 1})
    for n in range(3, 603):
        for lang in LANGS:
            (f,) = m.check_composition("styringsgruppen", {"ks": 1, "tfk": 1, "sf": 1, "nfr": n, "kdu": 1}, lang)
            assert f.message == expected_message("styringsgruppen", "nfr", "above", n, lang)
    assert [f.message for f in held] == [expected_message("styringsgruppen", "ks", "above", 3, "en")]


def test_a_finding_stays_whole_after_its_mandate_is_gone() -> None:
    m2 = edited_mandate()
    (f,) = m2.check_composition("styringsgruppen", {"ks": 3, "tfk": 1, "sf": 1, "nfr": 1, "kdu": 1})
    del m2
    assert f.message == "KS i Trøndelag has 3 representatives in Styringsgruppen; the mandate allows at most 2."
    g = copy.copy(f)
    assert g == f and g is not f


def test_every_thread_gets_the_same_answers(m: mandat.Mandate) -> None:
    counts = {"ks": 3, "tfk": 0, "sf": 1, "nfr": 1, "kdu": 2}
    expected = {lang: full_path(m, "styringsgruppen", counts, lang) for lang in LANGS}
    results: list[bool] = []

    def work() -> None:
        ok = True
        for i in range(2000):
            lang = LANGS[i % 2]
            ok = ok and m.check_composition("styringsgruppen", counts, lang) == expected[lang]
        results.append(ok)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True] * 4


@pytest.mark.parametrize(
    ("body", "counts", "lang", "error", "says"),
    [
        ("styringsgruppen", {"ks": -1}, "en", mandat.QueryError, 'the count for "ks" is negative (-1)'),
        ("styringsgruppen", {"ks": 3}, "de", mandat.QueryError, 'unknown language "de" (expected "en" or "nb")'),
        (
            "styret",
            {"ks": 3},
            "en",
            mandat.QueryError,
            'unknown body "styret" (known: styringsgruppen, arbeidsutvalget)',
        ),
        # Not a count or not an organisation id: refused by the conversion, which names the type.
        ("styringsgruppen", {"ks": 2**63}, "en", TypeError, "Unable to cast Python instance of type <class 'dict'>"),
        ("styringsgruppen", {1: 3}, "en", TypeError, "Unable to cast Python instance of type <class 'dict'>"),
    ],
)
def test_bad_arguments_raise_the_same_error_on_both_paths(
    m: mandat.Mandate, body: str, counts: dict[Any, int], lang: str, error: type[Exception], says: str
) -> None:
    calls: list[Callable[[], object]] = [
        lambda: m.check_composition(body, counts, lang),
        lambda: m.check_composition(body, counts, lang=lang),
        lambda: m.check_composition(body, MappingProxyType(counts), lang),
    ]
    messages = []
    for call in calls:
        with pytest.raises(error) as info:
            call()
        messages.append(str(info.value).replace("<class 'mappingproxy'>", "<class 'dict'>"))
    assert messages[0] == messages[1] == messages[2]
    if error is mandat.QueryError:
        assert messages[0] == says
    else:
        assert messages[0].startswith(says)


@pytest.mark.R1
def test_an_unknown_organisation_is_answered_the_general_way(m: mandat.Mandate) -> None:
    # R1: "fylket" is no organisation of the mandate; it is worded by the general path, after the quotas.
    counts = {"ks": 3, "tfk": 1, "sf": 1, "nfr": 1, "kdu": 1, "fylket": 2}
    answer = m.check_composition("styringsgruppen", counts)
    assert [(x.code, x.organisation, x.rule) for x in answer] == [
        ("quota.above_max", "ks", "R5"),
        ("unknown.organisation", "fylket", "R1"),
    ]
    assert answer[1].message == '"fylket" is not an organisation of the mandate.'
    assert answer == full_path(m, "styringsgruppen", counts, "en")
