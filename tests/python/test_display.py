"""HTML and figures from Python: Report.to_html is the CLI's page, the notebook display
(_repr_html_) of a mandate, a report and a finding, a hostile name rendered as text, the
timeline's values, and plot_timeline drawing what the report says."""

from __future__ import annotations

import copy
import datetime as dt
import gc
import json
from typing import Any

import pytest
from conftest import EXAMPLE_ROSTER

import mandat
import mandat.__main__
from mandat import _display

EXAMPLE = EXAMPLE_ROSTER
HOSTILE = "<script>alert(1)</script>"


def hostile_roster() -> mandat.Roster:
    doc: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["persons"][0]["name"] = HOSTILE
    doc["meetings"][0]["title"] = '<img src=x onerror="alert(2)">'
    return mandat.load_roster(doc)


def test_report_to_html_is_the_pages_of_the_command_line(m: mandat.Mandate, roster: mandat.Roster) -> None:
    report = mandat.check(m, roster, lang="nb", redact=True)
    code, out, err = mandat.__main__.run(["check", str(EXAMPLE), "--format", "html", "--lang", "nb", "--redact"])
    assert (code, err) == (1, "")
    assert report.to_html(m, roster) == out
    assert report.to_html().count('<tr class="finding-row"') == 6
    assert '<svg class="timeline"' not in report.to_html()
    with pytest.raises(TypeError, match="together"):
        report.to_html(m)


def test_the_notebook_display_of_a_report_a_mandate_and_a_finding(m: mandat.Mandate, roster: mandat.Roster) -> None:
    report = mandat.check(m, roster)
    html = report._repr_html_()
    assert html.startswith('<div class="mandat compact"')
    assert html.count('<svg class="timeline"') == 2
    assert "<!DOCTYPE" not in html and 'id="' not in html
    # A report read back does not know its roster: no timeline, still the findings.
    again = mandat.Report.from_json(report.to_json())
    assert '<svg class="timeline"' not in again._repr_html_()
    assert 'data-code="quota.below_min"' in again._repr_html_()
    assert '<svg class="orgchart"' in m._repr_html_()
    assert 'data-code="quota.below_min"' in report.findings[2]._repr_html_()
    nb = mandat.check(m, roster, lang="nb")
    assert "mandatet krever minst 1" in nb.findings[2]._repr_html_()  # the language it was worded in


def test_a_report_forgets_its_roster_when_it_goes(m: mandat.Mandate, roster: mandat.Roster) -> None:
    before = len(_display._CONTEXT)
    report = mandat.check(m, roster)
    assert _display.context_of(report) == (m, roster)
    assert _display.context_of(copy.copy(report)) is None
    del report
    gc.collect()
    assert len(_display._CONTEXT) == before


def test_a_hostile_name_renders_as_text_in_the_page_and_the_notebook(m: mandat.Mandate) -> None:
    roster = hostile_roster()
    report = mandat.check(m, roster)
    for html in (report.to_html(m, roster), report._repr_html_()):
        assert "<script" not in html and "<img" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in report.to_html(m, roster)
    finding = next(f for f in report.findings if f.code == "rotation.wrong_leader_org")
    document: dict[str, Any] = json.loads(m.to_json())
    document["organisations"][0]["name"] = "<b>County</b>"
    hostile_mandate = mandat.load_mandate(document)
    assert "&lt;b&gt;County&lt;/b&gt;" in hostile_mandate._repr_html_()
    assert "<b>" not in hostile_mandate._repr_html_()
    assert "<script" not in finding._repr_html_()


def test_the_timeline_values(m: mandat.Mandate, roster: mandat.Roster) -> None:
    report = mandat.check(m, roster)
    tl = report.timeline(m, roster)
    assert (tl.start_date, tl.end_date) == (dt.date(2022, 1, 1), dt.date(2025, 12, 31))
    sg, au = tl.bodies
    assert [lane.organisation_id for lane in sg.lanes] == ["ks", "tfk", "sf", "nfr", "kdu"]
    assert [len(lane.tenures) for lane in sg.lanes] == [2, 1, 2, 2, 2]
    assert [lane.kind for lane in au.lanes] == ["seats"] * 4 + ["secretary"]
    assert sum(len(lane.tenures) for b in tl.bodies for lane in b.lanes) == 17
    below = next(b for b in sg.breaches if report.findings[b.finding].code == "quota.below_min")
    assert (below.place, below.lane, below.start_date, below.end_date) == (
        "lane",
        3,
        dt.date(2023, 3, 1),
        dt.date(2023, 5, 14),
    )
    tfk1 = sg.lanes[1].tenures[0]
    assert (tfk1.label, [r.role for r in tfk1.roles]) == ("Astrid Demoland (p-tfk1)", [mandat.Role.leader] * 2)
    redacted = mandat.check(m, roster, redact=True).timeline(m, roster)
    assert all(
        t.name is None and t.person_id.startswith("P-") for b in redacted.bodies for la in b.lanes for t in la.tenures
    )


def test_plot_timeline_draws_the_breach_over_its_days(m: mandat.Mandate, roster: mandat.Roster) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.dates
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    report = mandat.check(m, roster)
    fig = report.plot_timeline()
    try:
        axes = fig.get_axes()
        assert [ax.get_title(loc="left") for ax in axes] == ["Styringsgruppen", "Arbeidsutvalget"]
        codes = [t.get_text() for t in axes[0].texts]
        assert {"quota.below_min", "rotation.wrong_leader_org", "attendance.missing"} <= set(codes)
        date2num: Any = matplotlib.dates.date2num  # untyped
        start, after = date2num(dt.date(2023, 3, 1)), date2num(dt.date(2023, 5, 15))
        spans = [
            (p.get_x(), p.get_x() + p.get_width())
            for p in axes[0].patches
            if isinstance(p, Rectangle) and p.get_alpha() == pytest.approx(0.3)
        ]
        assert any(abs(a - start) < 1e-9 and abs(b - after) < 1e-9 for a, b in spans)
    finally:
        plt.close(fig)
    with pytest.raises(ValueError, match="roster"):
        mandat.Report.from_json(report.to_json()).plot_timeline()


def test_plot_timeline_colours_and_labels_are_those_of_the_svg(m: mandat.Mandate, roster: mandat.Roster) -> None:
    """The palette, the breach shading and the labels plot_timeline uses are the core's, which
    the HTML timeline writes: one definition (mandat/timeline.hpp)."""
    import html
    import re

    from mandat import _core

    report = mandat.check(m, roster, lang="nb")
    page = report.to_html(m, roster)
    # Every bar of a lane has its organisation's colour, the one the palette gives by the
    # organisation's place in the mandate.
    palette = _display.PALETTE
    assert palette == ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442", "#D55E00"]
    places = {o.id: i for i, o in enumerate(m.organisations)}
    lanes = re.findall(r'<g class="lane" data-kind="seats" data-organisation="([^"]*)".*?</g>', page, re.S)
    assert lanes and set(lanes) == set(places)
    for organisation, body in re.findall(
        r'<g class="lane" data-kind="seats" data-organisation="([^"]*)"[^>]*>(.*?)</g>', page, re.S
    ):
        fills = set(re.findall(r'<rect class="bar[^"]*"[^>]* fill="([^"]*)"', body))
        assert fills <= {palette[places[organisation] % len(palette)]} == {_core._organisation_colour(m, organisation)}
    assert _core._organisation_colour(m, "nobody") == "#999999"
    # Each breach in the shading of its severity.
    for code, fill in re.findall(r'<rect class="breach [^"]*" data-code="([^"]*)"[^>]* fill="([^"]*)"', page):
        severity = next(f.severity for f in report.findings if f.code == code)
        assert fill == _core._breach_colour(severity)
    # The lane labels, the meetings row and the bands: the SVG's words are the figure's.
    svg_labels = [html.unescape(t) for t in re.findall(r'<text class="lane-label"[^>]*>([^<]*)</text>', page)]
    timeline = report.timeline(m, roster)
    core_labels = [
        label
        for body in timeline.bodies
        for label in [*(_core._lane_label(m, lane, "nb") for lane in body.lanes), _core._meetings_label("nb")]
    ]
    assert svg_labels == core_labels
    assert "Møter" in core_labels and "Sekretær" in core_labels and "KS Trøndelag · 1-2" in core_labels
    assert "2023 · ks" in page and _core._band_label(2023, "ks") == "2023 · ks"
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = report.plot_timeline()
    try:
        plotted = [t.get_text() for ax in fig.get_axes() for t in ax.get_yticklabels()]
        assert plotted == core_labels
        bands = {t.get_text() for ax in fig.get_axes() for t in ax.texts}
        assert {"2022 · tfk", "2023 · ks"} <= bands
        assert fig.texts[0].get_text() == "trondelag-foui-2022: 2022-01-01 til og med 2025-12-31"
    finally:
        plt.close(fig)
