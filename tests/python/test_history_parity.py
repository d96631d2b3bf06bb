"""What the command line does with a history, Python does: a frame keeps each finding's version,
a report across versions draws its timeline and HTML page as `check --history --format html`
does, and check_compositions takes a DataFrame and gives a reason per row. Expected values
worked out from examples/history/ and the mandate's quotas (docs/rules.md, R5)."""

from __future__ import annotations

import datetime as dt
import subprocess

import numpy as np
import pandas as pd
import pytest
from conftest import ROOT

import mandat
import mandat.__main__

HISTORY = ROOT / "examples" / "history" / "trondelag.history.json"
ROSTER = ROOT / "examples" / "history" / "roster-2024-2027.json"
NATIVE = ROOT / "build" / "mandat"
FROM, TO = dt.date(2024, 1, 1), dt.date(2027, 12, 31)


@pytest.fixture(scope="module")
def history() -> mandat.History:
    return mandat.load_history(HISTORY)


@pytest.fixture(scope="module")
def report(history: mandat.History) -> mandat.Report:
    return mandat.check(history, mandat.load_roster(ROSTER), start_date=FROM, end_date=TO)


def test_the_frame_keeps_each_findings_version(report: mandat.Report, m: mandat.Mandate, roster: mandat.Roster) -> None:
    frame = report.to_frame()
    assert list(frame.columns)[-1] == "version"
    assert list(zip(frame["code"], frame["version"])) == [
        ("rotation.wrong_leader_org", "trondelag-foui-2022"),
        ("meetings.above_max", "trondelag-foui-2026"),
        ("quota.below_min", "trondelag-foui-2026"),
        ("unknown.organisation", "trondelag-foui-2026"),
    ]
    single = mandat.check(m, roster).to_frame()
    assert len(single) == 6
    assert single["version"].tolist() == [None] * 6


def test_a_report_across_versions_draws_its_timeline(history: mandat.History, report: mandat.Report) -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    fig = report.plot_timeline()
    drawn = history.version_for(TO)
    assert [ax.get_title(loc="left") for ax in fig.axes] == [b.name for b in drawn.bodies]
    # The breaches of each body are those of the report's timeline against the history.
    timeline = report.timeline(history, mandat.load_roster(ROSTER))
    assert [b.body_id for b in timeline.bodies] == [b.id for b in drawn.bodies]
    assert report._drawn_mandate(history).id == report.mandate_id == "trondelag-foui"
    with pytest.raises(TypeError, match="mandate must be a Mandate or a History, not str"):
        report.timeline("trondelag-foui", mandat.load_roster(ROSTER))  # type: ignore[arg-type]


@pytest.mark.skipif(not NATIVE.exists(), reason="the native build/mandat is not built")
def test_a_report_across_versions_has_the_html_page_of_the_command_line(
    history: mandat.History, report: mandat.Report
) -> None:
    page = report.to_html(history, mandat.load_roster(ROSTER))
    native = subprocess.run(
        [
            str(NATIVE),
            "--history",
            str(HISTORY),
            "check",
            str(ROSTER),
            "--format",
            "html",
            "--from",
            str(FROM),
            "--to",
            str(TO),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert native.returncode == 1
    assert page == native.stdout
    shown = report._repr_html_()
    assert shown == report.to_html(history, mandat.load_roster(ROSTER), standalone=False, compact=True)
    assert "does not know" not in shown and "<svg" in shown


# The steering group: ks and tfk 1-2, sf 1-2, nfr 1, kdu 1 (R5).
COLUMNS = ["ks", "tfk", "sf", "nfr", "kdu"]


def test_check_compositions_takes_a_dataframe_and_gives_a_reason_per_row(m: mandat.Mandate) -> None:
    frame = pd.DataFrame(
        [[2, 1, 1, 1, 1], [3, 1, 1, 1, 1], [1, 1, 1, 0, 1]], columns=COLUMNS, index=["now", "more ks", "no nfr"]
    )
    out = m.check_compositions("styringsgruppen", frame)
    assert list(out.index) == ["now", "more ks", "no nfr"]
    assert out["valid"].tolist() == [True, False, False]
    assert out["reason"].tolist() == [
        None,
        "KS Trøndelag has 3 representatives in Styringsgruppen; the mandate allows at most 2.",
        "Forskningsrådet region Trøndelag has 0 representatives in Styringsgruppen; the mandate requires at least 1.",
    ]
    nb = m.check_compositions("styringsgruppen", frame, lang="nb")
    assert nb["reason"].tolist()[1] == "KS Trøndelag har 3 representanter i Styringsgruppen; mandatet tillater høyst 2."
    # The same answers as the NumPy batch and as check_composition, row by row.
    batch = m.check_compositions("styringsgruppen", frame.to_numpy(), COLUMNS)
    assert batch.tolist() == out["valid"].tolist()
    for row, reason in zip(frame.to_numpy().tolist(), out["reason"]):
        counts = dict(zip(COLUMNS, row))
        errors = [
            f.message for f in m.check_composition("styringsgruppen", counts) if f.severity == mandat.Severity.error
        ]
        assert (" ".join(errors) or None) == reason


def test_a_bad_dataframe_is_named_by_its_column_and_row(m: mandat.Mandate) -> None:
    good = pd.DataFrame([[2, 1, 1, 1, 1], [1, 1, 1, 1, 1]], columns=COLUMNS)
    with pytest.raises(mandat.QueryError, match="the frame has no column 'kdu'") as missing:
        m.check_compositions("styringsgruppen", good.drop(columns=["kdu"]))
    assert missing.value.id == "query.invalid_shape"
    with pytest.raises(mandat.QueryError, match="the frame has no column 'nope'"):
        m.check_compositions("styringsgruppen", good, ["ks", "nope"])
    with_none = good.astype(object)
    with_none.loc[1, "sf"] = None
    with pytest.raises(mandat.DocumentError, match=r"row 1, column 'sf': no count \(None, NaN or NA\)") as none:
        m.check_compositions("styringsgruppen", with_none)
    assert (none.value.id, none.value.pointer) == ("document.wrong_type", "/1/sf")
    floats = good.astype({"nfr": float})
    floats.loc[1, "nfr"] = 0.5
    with pytest.raises(
        mandat.DocumentError, match=r"row 0, column 'nfr' \(dtype float64\): expected a whole number"
    ) as fl:
        m.check_compositions("styringsgruppen", floats)
    assert fl.value.pointer == "/0/nfr"
    text = good.astype({"tfk": str})
    with pytest.raises(
        mandat.DocumentError,
        match=r"row 0, column 'tfk' \(dtype (object|str)\): expected a whole number of representatives, found '1'",
    ):
        m.check_compositions("styringsgruppen", text)
    negative = good.copy()
    negative.loc[1, "ks"] = -1
    with pytest.raises(mandat.QueryError, match=r"row 1, column 'ks' has a negative count \(-1\)") as neg:
        m.check_compositions("styringsgruppen", negative)
    assert neg.value.id == "query.negative_count"
    with pytest.raises(mandat.QueryError, match="query.duplicate_column|two columns") as dup:
        m.check_compositions("styringsgruppen", pd.concat([good, good[["ks"]]], axis=1))
    assert dup.value.id == "query.duplicate_column"
    nullable = good.astype({"nfr": "Int64"})
    nullable.loc[0, "nfr"] = pd.NA
    with pytest.raises(mandat.DocumentError, match=r"row 0, column 'nfr': no count") as na:
        m.check_compositions("styringsgruppen", nullable)
    assert na.value.pointer == "/0/nfr"
    with pytest.raises(mandat.QueryError, match='unknown language "de"'):
        m.check_compositions("styringsgruppen", good, lang="de")  # every row valid: the language is still checked
    with pytest.raises(mandat.QueryError, match="the column 0 is not named by an organisation id"):
        m.check_compositions("styringsgruppen", pd.DataFrame([[1] * 5]))
    with pytest.raises(mandat.QueryError, match='unknown body "styret"'):
        m.check_compositions("styret", good)
    with pytest.raises(TypeError, match="needs organisations"):
        m.check_compositions("styringsgruppen", np.ones((1, 5), dtype=np.int64))


def test_a_bool_column_is_no_count_and_a_label_with_a_slash_is_escaped_in_the_pointer(m: mandat.Mandate) -> None:
    # A column of True and False is not a number of representatives (before: read as 1 and 0).
    good = pd.DataFrame([[2, 1, 1, 1, 1], [1, 1, 1, 1, 1]], columns=COLUMNS, index=["a/b", "c~d"])
    flags = good.astype({"sf": bool})
    with pytest.raises(mandat.DocumentError, match=r"column 'sf' \(dtype bool\): expected whole numbers") as b:
        m.check_compositions("styringsgruppen", flags)
    assert (b.value.id, b.value.pointer) == ("document.wrong_type", "/a~1b/sf")
    # A row label holding "/" or "~" is one token of the pointer (RFC 6901).
    with_none = good.astype(object)
    with_none.loc["c~d", "ks"] = None
    with pytest.raises(mandat.DocumentError) as none:
        m.check_compositions("styringsgruppen", with_none)
    assert none.value.pointer == "/c~0d/ks"
    # An integer column is judged as a whole, and gives what the cell-by-cell path gives.
    assert m.check_compositions("styringsgruppen", good).equals(
        m.check_compositions("styringsgruppen", good.astype(object))
    )
