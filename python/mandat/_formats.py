"""Data out: ``Roster.to_ics``, the roster's meetings as an iCalendar (RFC 5545) calendar.

The calendar is written by the compiled core (``mandat/calendar.hpp``); this wrapper turns
a ``datetime`` into the time stamp. The choices are in docs/formats.md.
"""

from __future__ import annotations

import datetime

from ._core import Mandate, Roster, _roster_to_ics


def roster_to_ics(
    roster: Roster,
    mandate: Mandate | None = None,
    *,
    stamp: datetime.datetime | None = None,
    uid_domain: str | None = None,
    calendar_name: str = "",
) -> str:
    """The roster's meetings as an iCalendar text (CRLF line ends), one all-day event each.

    ``stamp`` is the DTSTAMP of every event (default: now); a naive datetime counts as UTC.
    A meeting's UID is "<body id>-<YYYYMMDD>-<n>@<uid_domain>" (``n`` counting the body's
    meetings that day), as the command line writes it; ``uid_domain`` defaults to the
    mandate's, as ``mandat export --to ics`` chooses it ("<mandate id>.mandat"), or
    "mandat.roster" without a mandate. With a mandate, a meeting without a title is named after
    its body (docs/formats.md).
    """
    seconds: float | None = None
    if stamp is not None:
        if not isinstance(stamp, datetime.datetime):
            raise TypeError(f"stamp must be a datetime.datetime, not {type(stamp).__name__}")
        aware = stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=datetime.timezone.utc)
        seconds = aware.timestamp()
    return _roster_to_ics(roster, mandate, seconds, uid_domain, calendar_name)


def _to_ics(
    self: Roster,
    mandate: Mandate | None = None,
    *,
    stamp: datetime.datetime | None = None,
    uid_domain: str | None = None,
    calendar_name: str = "",
) -> str:
    """The meetings as an iCalendar (RFC 5545) text; see mandat.roster_to_ics."""
    return roster_to_ics(self, mandate, stamp=stamp, uid_domain=uid_domain, calendar_name=calendar_name)


setattr(Roster, "to_ics", _to_ics)  # noqa: B010 - a method added to the compiled class
