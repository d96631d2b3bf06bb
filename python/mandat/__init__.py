"""mandat: the Trøndelag FoUI partnership mandate as executable, traceable rules.

The rules run in C++ (the compiled ``mandat._core``, which only registers the library's
types and functions); this package re-exports them and adds what is natural in Python:
loading from a path, JSON text or a dict (``_load``), and pandas frames (``_frames``, which
also gives ``Report.to_frame``).

>>> import mandat
>>> mandat.trondelag().leading_organisation(2023)
'ks'
"""

from ._core import (
    Appointment,
    Body,
    BodySeats,
    Citation,
    Clause,
    DaySeats,
    DocumentError,
    Finding,
    History,
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
    SeatHolder,
    SeatQuota,
    SecretaryOnDay,
    Severity,
    VersionSpan,
    YearSummary,
    __version__,
    check,
    pseudonym,
    renew,
    source_text,
    trondelag,
    validate,
)
from ._frames import roster_from_frames
from ._load import load_history, load_mandate, load_roster

__all__ = [
    "Appointment",
    "Body",
    "BodySeats",
    "Citation",
    "Clause",
    "DaySeats",
    "DocumentError",
    "Finding",
    "History",
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
    "SeatHolder",
    "SeatQuota",
    "SecretaryOnDay",
    "Severity",
    "VersionSpan",
    "YearSummary",
    "__version__",
    "check",
    "load_history",
    "load_mandate",
    "load_roster",
    "pseudonym",
    "renew",
    "roster_from_frames",
    "source_text",
    "trondelag",
    "validate",
]
