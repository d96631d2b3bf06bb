"""mandat: the Trøndelag FoUI partnership mandate as executable, traceable rules.

The rules run in C++ (the compiled ``mandat._core``, which only registers the library's
types and functions); this package re-exports them and adds what is natural in Python:
loading from a path, JSON text or a dict (``_load``), pandas frames (``_frames``, which
also gives ``Report.to_frame``), and the notebook display and matplotlib figure
(``_display``: ``_repr_html_``, ``Report.plot_timeline``, and ``check``, which lets a report
remember the roster it was made from).

>>> import mandat
>>> mandat.trondelag().leading_organisation(2023)
'ks'
"""

from ._core import (
    Appointment,
    Body,
    BodySeats,
    BodyTimeline,
    Breach,
    Citation,
    Clause,
    DaySeats,
    DocumentError,
    Finding,
    Lane,
    Leadership,
    Mandate,
    MandateError,
    MandateIOError,
    Meeting,
    MeetingMark,
    MeetingRule,
    Organisation,
    Period,
    Person,
    QueryError,
    Report,
    Role,
    RoleSpan,
    Roster,
    SeatHolder,
    SeatQuota,
    SecretaryOnDay,
    Severity,
    Tenure,
    Timeline,
    YearSummary,
    __version__,
    pseudonym,
    source_text,
    trondelag,
    validate,
)
from ._display import check
from ._frames import roster_from_frames
from ._load import load_mandate, load_roster

__all__ = [
    "Appointment",
    "Body",
    "BodySeats",
    "BodyTimeline",
    "Breach",
    "Citation",
    "Clause",
    "DaySeats",
    "DocumentError",
    "Finding",
    "Lane",
    "Leadership",
    "Mandate",
    "MandateError",
    "MandateIOError",
    "Meeting",
    "MeetingMark",
    "MeetingRule",
    "Organisation",
    "Period",
    "Person",
    "QueryError",
    "Report",
    "Role",
    "RoleSpan",
    "Roster",
    "SeatHolder",
    "SeatQuota",
    "SecretaryOnDay",
    "Severity",
    "Tenure",
    "Timeline",
    "YearSummary",
    "__version__",
    "check",
    "load_mandate",
    "load_roster",
    "pseudonym",
    "roster_from_frames",
    "source_text",
    "trondelag",
    "validate",
]
