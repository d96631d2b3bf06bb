"""mandat: the Trøndelag FoUI partnership mandate as executable, traceable rules.

The rules run in C++ (the compiled ``mandat._core``); this package re-exports them and adds
what is natural in Python: loading from a path, JSON text or a dict, and pandas frames.

>>> import mandat
>>> mandat.trondelag().leading_organisation(2023)
'ks'
"""

from __future__ import annotations

from ._core import (
    Appointment,
    Body,
    Citation,
    Clause,
    DocumentError,
    Finding,
    Leadership,
    Mandate,
    MandateError,
    MandateIOError,
    Meeting,
    MeetingRule,
    Organisation,
    Period,
    Person,
    QueryError,
    Report,
    Role,
    Roster,
    SeatQuota,
    Severity,
    YearSummary,
    __version__,
    check,
    pseudonym,
    source_text,
    trondelag,
)
from ._frames import roster_from_frames
from ._load import load_mandate, load_roster

__all__ = [
    "Appointment",
    "Body",
    "Citation",
    "Clause",
    "DocumentError",
    "Finding",
    "Leadership",
    "Mandate",
    "MandateError",
    "MandateIOError",
    "Meeting",
    "MeetingRule",
    "Organisation",
    "Period",
    "Person",
    "QueryError",
    "Report",
    "Role",
    "Roster",
    "SeatQuota",
    "Severity",
    "YearSummary",
    "__version__",
    "check",
    "load_mandate",
    "load_roster",
    "pseudonym",
    "roster_from_frames",
    "source_text",
    "trondelag",
]
