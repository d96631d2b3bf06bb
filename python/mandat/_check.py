"""``mandat.check``: the compliance check from Python, which remembers the mandate and the roster
of each report it makes (for as long as the report lives) so that the report can show its
timeline in a notebook and draw ``plot_timeline()`` without arguments (``_display``)."""

from __future__ import annotations

import datetime as _dt
import weakref

from . import _core
from ._core import History, Mandate, Report, Roster

# id(report) -> (mandate or history, roster); an entry goes when its report is collected.
_CONTEXT: dict[int, tuple[Mandate | History, Roster]] = {}


def check(
    mandate: Mandate | History,
    roster: Roster,
    *,
    start_date: _dt.date | None = None,
    end_date: _dt.date | None = None,
    lang: str = "en",
    redact: bool = False,
    every_absent: bool = False,
) -> Report:
    """Checks a roster against a mandate over start_date..end_date (inclusive; default: the
    mandate's period), in C++ without the GIL. Against a History, each day is judged by the
    version in force that day (docs/history.md). The report remembers the mandate (or the
    history) and the roster for its notebook display (with the timeline) and for
    ``plot_timeline()``; a report across versions draws the bodies of the version in force on
    its last day (or the latest), as ``mandat check --history --format html`` does.
    An attendance finding counts the absent members and names the first ten; with
    ``every_absent=True`` it names every one (docs/decisions.md)."""
    report = _core.check(
        mandate,
        roster,
        start_date=start_date,
        end_date=end_date,
        lang=lang,
        redact=redact,
        every_absent=every_absent,
    )
    _CONTEXT[id(report)] = (mandate, roster)
    weakref.finalize(report, _CONTEXT.pop, id(report), None)
    return report


def context_of(report: Report) -> tuple[Mandate | History, Roster] | None:
    """The mandate (or history) and roster ``check`` made the report from, or None."""
    return _CONTEXT.get(id(report))
