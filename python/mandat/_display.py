"""Notebook display and figures: ``_repr_html_`` for Mandate, Report, Finding and History, and
``Report.plot_timeline`` (matplotlib, the optional ``plot`` extra).

The HTML comes from the C++ library (``to_html``: the same templates as ``mandat check
--format html``, every value escaped), a history's too. ``plot_timeline`` draws with the
colours and labels of the HTML timeline, which the core defines once (``mandat/timeline.hpp``).
A report does not hold tenures, so ``mandat.check`` (``_check``) remembers the mandate and the
roster of each report it makes, for as long as the report lives: a report then shows its
timeline in a notebook, and ``plot_timeline()`` needs no arguments. A report read back
(``Report.from_json``, a pickle, a copy) has no roster: it shows itself without the timeline,
and ``plot_timeline`` asks for them.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from . import _core
from ._check import _CONTEXT as _CONTEXT  # the reports check made, by id (re-exported)
from ._check import context_of as context_of
from ._core import Finding, History, Mandate, Report, Roster
from ._errors import query_error

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# The colours of the HTML timeline (Okabe-Ito), by the organisation's place in the mandate: the
# core's (mandat::organisation_palette).
PALETTE = _core._timeline_palette()


def _require(value: object, cls: type) -> None:
    """A TypeError unless value is a cls (a method added to a compiled class, called unbound)."""
    if not isinstance(value, cls):
        raise TypeError(f"expected a {cls.__name__}, got {type(value).__name__}")


def _report_html(self: Report) -> str:
    """Compact HTML for a notebook: the header, the timeline (when the report knows its
    roster) and the findings."""
    _require(self, Report)
    known = context_of(self)
    if known is None:
        return self.to_html(standalone=False, compact=True)
    return self.to_html(known[0], known[1], standalone=False, compact=True)


def _mandate_html(self: Mandate) -> str:
    """The mandate at a glance, for a notebook."""
    _require(self, Mandate)
    return self.to_html("en", standalone=False)


def _finding_html(self: Finding) -> str:
    """The finding, for a notebook, in the language its message was worded in."""
    _require(self, Finding)
    lang = "nb" if self.message_id and self.message_in("nb") == self.message else "en"
    return self.to_html(lang, standalone=False)


def _history_html(self: History) -> str:
    """The versions of a history, for a notebook: id, status, the span in force and where each
    comes from, then the gaps (the core's ``History.to_html``; every value escaped)."""
    _require(self, History)
    return self.to_html("en", standalone=False)


def plot_timeline(
    report: Report,
    mandate: Mandate | History | None = None,
    roster: Roster | None = None,
    *,
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """The report's timeline as a matplotlib figure (needs matplotlib: the ``plot`` extra).

    One axes per body: a lane per organisation's seats with a bar per person's tenure, the
    leader and coordinator stretches as dark stripes, the breaches shaded over their lanes
    with their codes, the meetings as ticks and the leading organisation of each year as a
    band, exactly as the HTML page draws them (``Report.timeline``). The mandate and the
    roster default to those ``mandat.check`` made the report from; a report across versions
    takes its History and draws the version in force on its last day (or the latest), as its
    HTML page does. Returns the figure, to style or save (``fig.savefig("timeline.png")``)."""
    if not isinstance(report, Report):
        raise TypeError(f"expected a Report, got {type(report).__name__}")
    if figsize is not None and not (
        isinstance(figsize, tuple)
        and len(figsize) == 2
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v < 1000 for v in figsize)
    ):
        raise TypeError(f"figsize must be (width, height) in inches, each above 0 and below 1000, got {figsize!r}")
    if mandate is None or roster is None:
        known = context_of(report)
        if known is None:
            raise query_error(
                "query.missing_roster", "this report does not know its roster: plot_timeline(mandate, roster)"
            )
        mandate, roster = mandate or known[0], roster or known[1]
    drawn = report._drawn_mandate(mandate)  # a History's version of the report's last day
    try:
        import matplotlib.dates
        import matplotlib.pyplot as plt
        from matplotlib.patches import Rectangle
    except ImportError as exc:  # pragma: no cover - exercised only without matplotlib
        raise ImportError("this needs matplotlib: pip install 'mandat[plot]'") from exc

    mdates: Any = matplotlib.dates  # untyped
    tl = report.timeline(drawn, roster)
    lang = report.lang  # the labels in the report's language, as on its HTML page

    def colour(organisation_id: str) -> str:
        return _core._organisation_colour(drawn, organisation_id)

    def x(day: _dt.date) -> float:
        """Where the day begins; it ends 1 further (date2num counts days)."""
        return float(mdates.date2num(day))

    heights = [1.5 + sum(lane.rows for lane in body.lanes) + 1.2 for body in tl.bodies]
    fig, axes = plt.subplots(
        len(tl.bodies),
        1,
        figsize=figsize or (11, 0.32 * sum(heights) + 1.2 * len(tl.bodies)),
        sharex=True,
        squeeze=False,
        gridspec_kw={"height_ratios": heights},
    )
    for ax, body, height in zip(axes[:, 0], tl.bodies, heights):
        y = 1.5  # below the band of the leading organisation; rows go downwards
        ticks, labels = [], []
        lane_span: list[tuple[float, float]] = []
        for lane in body.lanes:
            top = y
            for t in lane.tenures:
                row_y = top + t.row
                start, end = x(t.start_date), x(t.end_date) + 1
                ax.add_patch(
                    Rectangle(
                        (start, row_y + 0.1),
                        end - start,
                        0.8,
                        facecolor=colour(t.organisation_id),
                        edgecolor="white",
                        lw=0.8,
                    )
                )
                if end - start > 150:  # days: the person's label where it fits
                    ax.text(start + 4, row_y + 0.35, t.label, fontsize=6, va="center", clip_on=True)
                for span in t.roles:
                    start, end = x(span.start_date), x(span.end_date) + 1
                    ax.add_patch(Rectangle((start, row_y + 0.62), end - start, 0.28, color="#1a1a1a", alpha=0.6))
            ticks.append(top + lane.rows / 2)
            labels.append(_core._lane_label(drawn, lane, lang))
            lane_span.append((top, lane.rows))
            y += lane.rows
        lanes_top, lanes_bottom = 1.5, y
        meetings_y = y + 0.2
        ax.vlines([x(m.date) + 0.5 for m in body.meetings], meetings_y + 0.15, meetings_y + 0.85, color="#2b2b2b", lw=1)
        ticks.append(meetings_y + 0.5)
        labels.append(_core._meetings_label(lang))
        for b in body.breaches:
            f = report.findings[b.finding]
            if b.place == "lane" and b.lane is not None:
                top, rows = lane_span[b.lane]
            elif b.place == "meetings":
                top, rows = meetings_y, 1
            else:
                top, rows = lanes_top, int(lanes_bottom - lanes_top)
            start, end = x(b.start_date), x(b.end_date) + 1
            shade = _core._breach_colour(f.severity)
            ax.add_patch(Rectangle((start, top), end - start, rows, color=shade, alpha=0.3, lw=0))
            ax.text(start, top + 0.35, f.code, fontsize=7, color="#7f0000", va="center")
        for summary in report.years:
            first = max(_dt.date(summary.year, 1, 1), tl.start_date)
            last = min(_dt.date(summary.year, 12, 31), tl.end_date)
            band = colour(summary.leading_organisation)
            ax.add_patch(Rectangle((x(first), 0.2), x(last) + 1 - x(first), 1.0, color=band, alpha=0.35, lw=0))
            ax.text(
                (x(first) + x(last) + 1) / 2,
                0.7,
                _core._band_label(summary.year, summary.leading_organisation),
                ha="center",
                va="center",
                fontsize=8,
            )
        ax.set_xlim(x(tl.start_date), x(tl.end_date) + 1)
        ax.set_ylim(height, 0)
        ax.set_yticks(ticks)
        ax.set_yticklabels(labels, fontsize=8)
        ax.tick_params(axis="y", length=0)
        ax.set_title(body.name, loc="left", fontsize=10)
        ax.xaxis.set_major_locator(mdates.YearLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax.grid(axis="x", color="#888888", lw=0.6)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        ax.set_facecolor("#fafafa")
    period = _core._render_message("html.period", lang, [("first", str(tl.start_date)), ("last", str(tl.end_date))])
    fig.suptitle(f"{report.mandate_id}: {period}", fontsize=10)
    fig.tight_layout()
    return fig


def _plot_timeline(
    self: Report,
    mandate: Mandate | History | None = None,
    roster: Roster | None = None,
    *,
    figsize: tuple[float, float] | None = None,
) -> Any:
    """The timeline as a matplotlib figure (needs matplotlib); see plot_timeline."""
    return plot_timeline(self, mandate, roster, figsize=figsize)


# Methods added to the compiled classes (as _frames adds Report.to_frame).
setattr(Report, "_repr_html_", _report_html)  # noqa: B010
setattr(Report, "plot_timeline", _plot_timeline)  # noqa: B010
setattr(Mandate, "_repr_html_", _mandate_html)  # noqa: B010
setattr(Finding, "_repr_html_", _finding_html)  # noqa: B010
setattr(History, "_repr_html_", _history_html)  # noqa: B010
