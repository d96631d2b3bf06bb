"""mandat: the Trøndelag FoUI partnership mandate as executable, traceable rules.

The rules run in C++ (the compiled ``mandat._core``, which only registers the library's
types and functions); this package re-exports them and adds what is natural in Python:
loading from a path, JSON text or a dict (``_load``), and pandas frames (``_frames``, which
also gives ``Report.to_frame`` and ``MandateDiff.to_frame``).

>>> import mandat
>>> mandat.trondelag().leading_organisation(2023)
'ks'
"""

from ._core import (
    Appointment,
    Body,
    BodySeats,
    Change,
    Citation,
    Clause,
    DaySeats,
    DocumentError,
    Finding,
    Leadership,
    Mandate,
    MandateDiff,
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
    WordOp,
    YearSummary,
    __version__,
    check,
    diff,
    lint,
    pseudonym,
    source_text,
    trondelag,
    validate,
)
from ._frames import roster_from_frames
from ._load import load_mandate, load_roster

__all__ = [
    "Appointment",
    "Body",
    "BodySeats",
    "Change",
    "Citation",
    "Clause",
    "DaySeats",
    "DocumentError",
    "Finding",
    "Leadership",
    "Mandate",
    "MandateDiff",
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
    "WordOp",
    "YearSummary",
    "__version__",
    "check",
    "diff",
    "load_mandate",
    "lint",
    "load_roster",
    "pseudonym",
    "roster_from_frames",
    "source_text",
    "trondelag",
    "validate",
]
