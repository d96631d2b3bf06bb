"""
The Trøndelag FoUI partnership mandate as executable rules (compiled core of the mandat package).
"""
from __future__ import annotations
import collections.abc
import datetime
import enum
import typing
__all__: list[str] = ['ATTENDEE_SEPARATOR', 'Appointment', 'Body', 'BodySeats', 'BodyTimeline', 'Breach', 'Change', 'Citation', 'Clause', 'DEFAULT_MAX_DOCUMENT_BYTES', 'DaySeats', 'DocumentError', 'Finding', 'History', 'Holiday', 'Lane', 'Leadership', 'Mandate', 'MandateDiff', 'MandateError', 'MandateIOError', 'Meeting', 'MeetingMark', 'MeetingPlan', 'MeetingRule', 'Organisation', 'Period', 'Person', 'PlannedMeeting', 'QueryError', 'Report', 'Role', 'RoleSpan', 'Roster', 'SeatHolder', 'SeatQuota', 'SecretaryOnDay', 'Severity', 'SpreadsheetError', 'SpreadsheetTable', 'Tenure', 'Timeline', 'VersionSpan', 'WordOp', 'YearSummary', 'check', 'cli_spec', 'diff', 'dispatch', 'easter_sunday', 'error_ids', 'finding_codes', 'is_norwegian_holiday', 'is_working_day', 'lint', 'lint_codes', 'norwegian_holidays', 'oparl_tree', 'plan_meetings', 'pseudonym', 'renew', 'roster_from_popolo', 'roster_from_tables', 'roster_to_tables', 'source_text', 'terminal_text', 'trondelag', 'valid_organisation_number', 'validate', 'write_oparl']
class MandateError(ValueError):
    """
    Base of every mandat error. `id` is a stable identifier such as "document.invalid_date".
    """
    id: str
    pointer: str | None
class DocumentError(MandateError):
    """
    A mandate or roster document was rejected. `pointer` is the JSON pointer of the offending value.
    """
class QueryError(MandateError):
    """
    A query cannot be answered as asked (an unknown body, a negative count, an invalid interval).
    """
class SpreadsheetError(MandateError):
    """
    A spreadsheet roster was rejected, or a roster cannot be written as one. `file`, `line` and `column` say where (`line` 0 and `column` '' when the error is about the whole file or line). `problems` lists every problem the reading found (at most 100), each a SpreadsheetError with its own `id`, `file`, `line` and `column`, this one first; the message names each.
    """
    file: str
    line: int
    column: str
    problems: list[SpreadsheetError]
class MandateIOError(MandateError, OSError):
    """
    A file could not be read or written.
    """
class Severity(enum.IntEnum):
    """
    How serious a finding is; ordered: info < warning < error.
    """
    error = 2
    info = 0
    warning = 1
class Role(enum.Enum):
    """
    The role of an appointment.
    """
    coordinator = 2
    leader = 1
    member = 0
    secretary = 3
class Finding:
    """
    A departure from the mandate: what, how serious, which clause, whom, when.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> Finding:
        """
        A finding from the dict that to_dict gives.
        """
    def __copy__(self) -> Finding:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Finding:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        The finding, for a notebook, in the language its message was worded in.
        """
    def message_in(self, lang: str) -> str:
        """
        The message in another language: 'en' or 'nb'.
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        The finding as a dict, as in the JSON output.
        """
    def to_html(self, lang: str = 'en', *, standalone: bool = True) -> str:
        """
        The finding as HTML in 'en' or 'nb'; standalone=False gives a fragment to embed.
        """
    @property
    def body(self) -> str | None:
        """
        The body id, or None.
        """
    @property
    def clause(self) -> str:
        """
        The clause id, e.g. 'styringsgruppen'.
        """
    @property
    def code(self) -> str:
        """
        Stable code, e.g. 'quota.above_max'.
        """
    @property
    def end_date(self) -> datetime.date | None:
        """
        The last day concerned (inclusive), or None when undated or open-ended.
        """
    @property
    def facts(self) -> list[tuple[str, str]]:
        """
        The named facts the message is rendered from, as (name, value) pairs.
        """
    @property
    def message(self) -> str:
        """
        A message in the language asked for.
        """
    @property
    def message_id(self) -> str:
        """
        The message catalogue's entry the message is rendered from ('' for a finding read without one).
        """
    @property
    def organisation(self) -> str | None:
        """
        The organisation id, or None.
        """
    @property
    def person_ids(self) -> list[str]:
        """
        Ids (or pseudonyms) of the persons concerned.
        """
    @property
    def rule(self) -> str | None:
        """
        The rule number, e.g. 'R5', or None.
        """
    @property
    def severity(self) -> Severity:
        """
        Severity.info, .warning or .error.
        """
    @property
    def source(self) -> str:
        """
        The verbatim Norwegian sentence of the rule.
        """
    @property
    def start_date(self) -> datetime.date | None:
        """
        The first day concerned, or None when undated.
        """
    @property
    def version(self) -> str | None:
        """
        The id of the version that judged the day (a check against a history), or None.
        """
class Period:
    """
    A period of days: start_date to end_date, both inclusive. Supports `day in period`.
    """
    def __contains__(self, day: datetime.date) -> bool:
        ...
    def __copy__(self) -> Period:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Period:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, start_date: datetime.date, end_date: datetime.date) -> None:
        ...
    def __len__(self) -> int:
        """
        The number of days.
        """
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def end_date(self) -> datetime.date:
        """
        The last day (inclusive).
        """
    @property
    def start_date(self) -> datetime.date:
        """
        The first day.
        """
class Citation:
    """
    Where a rule comes from: clause id, rule number and the verbatim sentence.
    """
    def __copy__(self) -> Citation:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Citation:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def clause(self) -> str:
        """
        The clause id.
        """
    @property
    def rule(self) -> str:
        """
        The rule number, e.g. 'R5' ('' for none).
        """
    @property
    def source(self) -> str:
        """
        The verbatim Norwegian sentence.
        """
class Organisation:
    """
    An organisation named by the mandate.
    """
    def __copy__(self) -> Organisation:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Organisation:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def id(self) -> str:
        """
        The organisation id, e.g. 'ks'.
        """
    @property
    def name(self) -> str:
        """
        The name as the text gives it.
        """
    @property
    def organisation_number(self) -> str | None:
        """
        The Norwegian organisation number (9 digits, a valid MOD11 check digit), or None.
        """
    @property
    def parent_id(self) -> str | None:
        """
        The parent organisation's id (e.g. 'ks' for 'kdu'), or None.
        """
    @property
    def party(self) -> bool:
        """
        True for a party of the mandate (R1).
        """
    @property
    def role_clause(self) -> str | None:
        """
        The clause describing its role, or None.
        """
class SeatQuota:
    """
    An organisation's seats in a body: min to max, inclusive.
    """
    def __copy__(self) -> SeatQuota:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> SeatQuota:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def max(self) -> int:
        """
        The most representatives.
        """
    @property
    def min(self) -> int:
        """
        The fewest representatives.
        """
    @property
    def organisation_id(self) -> str:
        """
        The organisation holding the seats.
        """
    @property
    def source(self) -> str:
        """
        The verbatim list item.
        """
class MeetingRule:
    """
    How often a body meets per calendar year.
    """
    def __copy__(self) -> MeetingRule:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> MeetingRule:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def cite(self) -> Citation:
        """
        Where the rule comes from.
        """
    @property
    def maximum(self) -> int | None:
        """
        At most this many (R3), or None.
        """
    @property
    def target(self) -> int | None:
        """
        About this many (R2), or None.
        """
    @property
    def tolerance(self) -> int:
        """
        Off the target by this much is info, further a warning.
        """
class Body:
    """
    A body the mandate sets up.
    """
    def __copy__(self) -> Body:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Body:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def id(self) -> str:
        """
        The body id, e.g. 'styringsgruppen'.
        """
    @property
    def max_size(self) -> int:
        """
        The sum of the quotas' maximums.
        """
    @property
    def meetings(self) -> MeetingRule | None:
        """
        The meeting rule, or None.
        """
    @property
    def min_size(self) -> int:
        """
        The sum of the quotas' minimums.
        """
    @property
    def name(self) -> str:
        """
        The name in the text, e.g. 'Styringsgruppen'.
        """
    @property
    def name_en(self) -> str:
        """
        The English name.
        """
    @property
    def quota_cite(self) -> Citation:
        """
        The clause and sentence introducing the quotas.
        """
    @property
    def quotas(self) -> list[SeatQuota]:
        """
        The seat quotas (R5, R9).
        """
class Clause:
    """
    A clause of the mandate, verbatim.
    """
    def __copy__(self) -> Clause:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Clause:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def heading(self) -> str | None:
        """
        The verbatim heading, or None.
        """
    @property
    def id(self) -> str:
        """
        The clause id.
        """
    @property
    def kind(self) -> str:
        """
        'rule' or 'information'.
        """
    @property
    def rules(self) -> list[str]:
        """
        The rule numbers the clause carries.
        """
    @property
    def source_text(self) -> str:
        """
        Heading and lines joined by newlines.
        """
    @property
    def summary_en(self) -> str:
        """
        An English gist.
        """
    @property
    def target_year(self) -> int | None:
        """
        A year the clause sets goals for, or None.
        """
    @property
    def text(self) -> list[str]:
        """
        The verbatim lines.
        """
class Leadership:
    """
    Who leads in a year; extrapolated when the mandate is not in force then.
    """
    def __copy__(self) -> Leadership:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Leadership:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def extrapolated(self) -> bool:
        """
        True when the year is outside the mandate and the rotation was continued on request.
        """
    @property
    def in_force(self) -> bool:
        """
        True when the mandate is in force on a day of the year.
        """
    @property
    def organisation_id(self) -> str:
        """
        The leading organisation.
        """
    @property
    def year(self) -> int:
        """
        The calendar year.
        """
class Person:
    """
    A person of a roster.
    """
    def __copy__(self) -> Person:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Person:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def email(self) -> str | None:
        """
        The e-mail address, or None.
        """
    @property
    def employer(self) -> str | None:
        """
        The employer, informative only, or None.
        """
    @property
    def extra(self) -> dict[str, typing.Any]:
        """
        Members beyond the known ones, kept as read.
        """
    @property
    def gender(self) -> str | None:
        """
        The gender as recorded, or None.
        """
    @property
    def id(self) -> str:
        """
        The person id.
        """
    @property
    def name(self) -> str:
        """
        The name.
        """
class Appointment:
    """
    A person's seat or role in a body on behalf of an organisation (a Popolo membership).
    """
    def __copy__(self) -> Appointment:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Appointment:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    def covers(self, day: datetime.date) -> bool:
        """
        True when the appointment covers the day.
        """
    @property
    def body_id(self) -> str:
        """
        Popolo organization_id.
        """
    @property
    def end_date(self) -> datetime.date | None:
        """
        The last day (inclusive), or None when open-ended.
        """
    @property
    def extra(self) -> dict[str, typing.Any]:
        """
        Members beyond the known ones, kept as read.
        """
    @property
    def id(self) -> str | None:
        """
        The membership id, or None.
        """
    @property
    def organisation_id(self) -> str:
        """
        Popolo on_behalf_of_id: the organisation represented.
        """
    @property
    def person_id(self) -> str:
        """
        The person.
        """
    @property
    def role(self) -> Role:
        """
        Role.member, .leader, .coordinator or .secretary.
        """
    @property
    def start_date(self) -> datetime.date:
        """
        The first day.
        """
class Meeting:
    """
    A meeting held by a body.
    """
    def __copy__(self) -> Meeting:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Meeting:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def attendee_ids(self) -> list[str]:
        """
        The persons recorded as present.
        """
    @property
    def body_id(self) -> str:
        """
        The body that met (Popolo organization_id).
        """
    @property
    def date(self) -> datetime.date:
        """
        The day of the meeting.
        """
    @property
    def extra(self) -> dict[str, typing.Any]:
        """
        Members beyond the known ones, kept as read.
        """
    @property
    def id(self) -> str | None:
        """
        The meeting id, or None.
        """
    @property
    def title(self) -> str | None:
        """
        The title, or None.
        """
class Roster:
    """
    People, appointments and meetings. Load one with mandat.load_roster().
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def from_file(path: str) -> Roster:
        ...
    @staticmethod
    def from_json(text: str) -> Roster:
        """
        A roster from a JSON document (raises DocumentError with the JSON pointer).
        """
    def __copy__(self) -> Roster:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Roster:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    def save(self, path: str) -> None:
        """
        Writes the document atomically (a temporary file, then a rename).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        The roster document as a dict.
        """
    def to_ics(self, mandate: Mandate | None = None, *, stamp: datetime.datetime | None = None, uid_domain: str | None = None, calendar_name: str = '') -> str:
        """
        The meetings as an iCalendar (RFC 5545) text; see mandat.roster_to_ics.
        """
    def to_json(self) -> str:
        """
        The roster document as JSON text; unknown members kept.
        """
    def to_popolo(self, mandate: Mandate) -> dict[str, typing.Any]:
        """
        The mandate and this roster as one Popolo document (organizations, persons, memberships, posts, events).
        """
    @property
    def appointments(self) -> list[Appointment]:
        """
        The appointments (Popolo memberships).
        """
    @property
    def meetings(self) -> list[Meeting]:
        """
        The meetings held.
        """
    @property
    def persons(self) -> list[Person]:
        """
        The persons.
        """
class SeatHolder:
    """
    A person seated in a body for an organisation on a day.
    """
    def __copy__(self) -> SeatHolder:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> SeatHolder:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def name(self) -> str | None:
        """
        The person's name, or None when redacted or not in the roster.
        """
    @property
    def organisation_id(self) -> str:
        """
        The organisation represented.
        """
    @property
    def person_id(self) -> str:
        """
        The person (a pseudonym when redacted).
        """
    @property
    def roles(self) -> list[Role]:
        """
        The seat-holding roles of the day.
        """
class BodySeats:
    """
    The seats of one body on a day.
    """
    def __copy__(self) -> BodySeats:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> BodySeats:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def body_id(self) -> str:
        """
        The body.
        """
    @property
    def counts(self) -> dict[str, int]:
        """
        Persons seated per organisation.
        """
    @property
    def name(self) -> str | None:
        """
        The body's name, or None for a body the mandate does not set up.
        """
    @property
    def seats(self) -> list[SeatHolder]:
        """
        The persons seated, by organisation then person.
        """
class SecretaryOnDay:
    """
    A secretary serving on a day.
    """
    def __copy__(self) -> SecretaryOnDay:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> SecretaryOnDay:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def name(self) -> str | None:
        """
        The person's name, or None when redacted or not in the roster.
        """
    @property
    def organisation_id(self) -> str:
        """
        The organisation that provides the secretary.
        """
    @property
    def person_id(self) -> str:
        """
        The person (a pseudonym when redacted).
        """
class DaySeats:
    """
    Who sits where on a day: the answer of Mandate.seats_on().
    """
    def __copy__(self) -> DaySeats:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> DaySeats:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    def to_dict(self) -> dict[str, typing.Any]:
        """
        The CLI's `roster --json` document.
        """
    @property
    def bodies(self) -> list[BodySeats]:
        """
        The seats per body: the mandate's bodies, then any other the roster names.
        """
    @property
    def day(self) -> datetime.date:
        """
        The day.
        """
    @property
    def findings(self) -> list[Finding]:
        """
        The day's findings.
        """
    @property
    def has_errors(self) -> bool:
        """
        True when any finding of the day is an error.
        """
    @property
    def in_force(self) -> bool:
        """
        True when the mandate is in force that day.
        """
    @property
    def leading_organisation(self) -> str | None:
        """
        The leading organisation, or None.
        """
    @property
    def secretaries(self) -> list[SecretaryOnDay]:
        """
        The secretaries serving that day.
        """
class Mandate:
    """
    A mandate as data, and the queries it answers. Immutable; load one with mandat.trondelag() or mandat.load_mandate().
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def from_file(path: str) -> Mandate:
        """
        A mandate from a JSON file.
        """
    @staticmethod
    def from_json(text: str) -> Mandate:
        """
        A mandate from a JSON document (raises DocumentError with the JSON pointer).
        """
    def __copy__(self) -> Mandate:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Mandate:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        The mandate at a glance, for a notebook.
        """
    def body(self, body_id: str) -> Body:
        """
        A body by id.
        """
    def check_composition(self, body_id: str, counts: collections.abc.Mapping[str, typing.SupportsInt | typing.SupportsIndex], lang: str = 'en') -> list[Finding]:
        """
        Findings for head counts per organisation ({'ks': 2, ...}) against the body's quotas (R5, R9). An organisation left out counts as 0.
        """
    def check_compositions(self, body_id: str, counts: typing.Any, organisations: typing.Sequence[str] | None = None, *, lang: str = 'en') -> typing.Any:
        """
        Many compositions of a body at once, judged as check_composition judges one (R5, R9).
        
            - ``counts`` a 2-D integer NumPy array, a row per composition and a column per organisation
              of ``organisations``: a boolean array, True where the row gives no error finding. Runs
              in C++ without the GIL.
            - ``counts`` a pandas DataFrame, a column per organisation (named by its id: every
              organisation with seats in the body, others as you like; ``organisations`` picks
              columns), a row per composition: a DataFrame with the same index and the columns
              ``valid`` (bool) and ``reason`` (the row's error messages in ``lang``, None when valid).
              A missing column, a cell that is not a whole number (None, NaN, a float, a string; a
              column of True and False) or a
              negative count is refused by its column and row (QueryError or DocumentError).
        """
    def clause(self, clause_id: str) -> Clause:
        """
        A clause by id.
        """
    def in_force(self, day: datetime.date) -> bool:
        """
        Is the mandate in force on this day? (R11)
        """
    @typing.overload
    def leadership(self, day: datetime.date, extrapolate: bool = False) -> Leadership | None:
        """
        The leadership on a day, or None when the mandate is not in force that day; with extrapolate=True the rotation continued, marked extrapolated.
        """
    @typing.overload
    def leadership(self, year: typing.SupportsInt | typing.SupportsIndex, extrapolate: bool = False) -> Leadership | None:
        """
        The leadership of a year, or None outside the mandate; with extrapolate=True the rotation continued, marked extrapolated.
        """
    @typing.overload
    def leading_organisation(self, when: datetime.date) -> str | None:
        """
        The leading organisation on a day, or None when the mandate is not in force that day (R6). It provides the steering-group leader, the working-committee coordinator and the secretary.
        """
    @typing.overload
    def leading_organisation(self, when: typing.SupportsInt | typing.SupportsIndex) -> str | None:
        """
        The leading organisation in a year, or None when no day of the year is in force (R6).
        """
    def meeting_rule(self, body_id: str) -> MeetingRule | None:
        """
        The meeting rule of a body, or None.
        """
    def quotas(self, body_id: str) -> list[SeatQuota]:
        """
        The seat quotas of a body.
        """
    def save(self, path: str) -> None:
        """
        Writes the document atomically (a temporary file, then a rename).
        """
    def seats_on(self, roster: Roster, day: datetime.date, *, lang: str = 'en', redact: bool = False) -> DaySeats:
        """
        Who holds which seat on a day, the secretaries, who leads, and that day's findings (the CLI's `roster`).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        The mandate document as a dict.
        """
    def to_html(self, lang: str = 'en', *, standalone: bool = True) -> str:
        """
        The mandate at a glance as HTML: the organisation chart, the bodies and quotas, the rotation. standalone=False gives a fragment to embed.
        """
    def to_json(self) -> str:
        """
        The mandate document as JSON text.
        """
    @property
    def amends(self) -> str | None:
        """
        The id of the version this one amends, or None.
        """
    @property
    def bodies(self) -> list[Body]:
        """
        The bodies it sets up.
        """
    @property
    def carried_over(self) -> list[str]:
        """
        The clause ids whose text is the predecessor's, not yet signed for this version.
        """
    @property
    def clauses(self) -> list[Clause]:
        """
        Every clause, verbatim, in the order of the text.
        """
    @property
    def end_date(self) -> datetime.date:
        """
        The last day in force (inclusive).
        """
    @property
    def id(self) -> str:
        """
        The mandate's id.
        """
    @property
    def organisations(self) -> list[Organisation]:
        """
        Every organisation the mandate names.
        """
    @property
    def parties(self) -> list[str]:
        """
        The parties' organisation ids (R1).
        """
    @property
    def period(self) -> Period:
        """
        The period in force (R11).
        """
    @property
    def replaces(self) -> str | None:
        """
        The id of the version this one succeeds, or None.
        """
    @property
    def rotation(self) -> list[str]:
        """
        The organisations taking turns (R6).
        """
    @property
    def signed(self) -> str:
        """
        The signing date as written: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' ('2022-02').
        """
    @property
    def start_date(self) -> datetime.date:
        """
        The first day in force.
        """
    @property
    def status(self) -> str:
        """
        'draft', 'adopted' or 'superseded'.
        """
    @property
    def title(self) -> str:
        """
        The title in the source text.
        """
class SpreadsheetTable:
    """
    One table of a spreadsheet roster: a header of column names and rows of text cells, each row with the line (or row) where it starts.
    """
    def __copy__(self) -> SpreadsheetTable:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> SpreadsheetTable:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __init__(self, name: str, header: collections.abc.Sequence[str], rows: collections.abc.Sequence[tuple[typing.SupportsInt | typing.SupportsIndex, collections.abc.Sequence[str]]], header_line: typing.SupportsInt | typing.SupportsIndex = 1, line_word: str = 'line') -> None:
        """
        A table named as errors name it ('memberships.csv', 'roster.xlsx sheet memberships'); rows are (line, cells) pairs; line_word is 'line' for text files and 'row' for workbook sheets.
        """
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def header(self) -> list[str]:
        """
        The column names.
        """
    @property
    def header_line(self) -> int:
        """
        The line (or row) of the header.
        """
    @property
    def line_word(self) -> str:
        """
        'line' or 'row'.
        """
    @property
    def name(self) -> str:
        """
        How errors name the table.
        """
    @property
    def rows(self) -> list[tuple[int, list[str]]]:
        """
        The rows as (line, cells) pairs.
        """
class RoleSpan:
    """
    A stretch of a tenure in a leading role (leader, coordinator).
    """
    def __copy__(self) -> RoleSpan:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> RoleSpan:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def end_date(self) -> datetime.date:
        """
        The last day (inclusive).
        """
    @property
    def role(self) -> Role:
        """
        Role.leader or Role.coordinator.
        """
    @property
    def start_date(self) -> datetime.date:
        """
        The first day.
        """
class Tenure:
    """
    One person's continuous hold of a seat (or of the secretary's post): appointments of the same person, body and organisation without a day between.
    """
    def __copy__(self) -> Tenure:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Tenure:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def end_date(self) -> datetime.date:
        """
        The last day drawn (inclusive, clipped).
        """
    @property
    def first_day(self) -> datetime.date:
        """
        The tenure's real first day.
        """
    @property
    def label(self) -> str:
        """
        'Name (id)', or the id alone without a name.
        """
    @property
    def last_day(self) -> datetime.date | None:
        """
        Its real last day, or None when open-ended.
        """
    @property
    def name(self) -> str | None:
        """
        The person's name, or None when redacted or not in the roster.
        """
    @property
    def organisation_id(self) -> str:
        """
        The organisation represented.
        """
    @property
    def person_id(self) -> str:
        """
        The person (a pseudonym when the report is redacted).
        """
    @property
    def roles(self) -> list[RoleSpan]:
        """
        Its leader and coordinator stretches.
        """
    @property
    def row(self) -> int:
        """
        The row of its lane (0 is the top).
        """
    @property
    def start_date(self) -> datetime.date:
        """
        The first day drawn (clipped to the report's interval).
        """
class Lane:
    """
    The seats of one organisation in a body (or the secretaries recorded in it).
    """
    def __copy__(self) -> Lane:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Lane:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def kind(self) -> str:
        """
        'seats' or 'secretary'.
        """
    @property
    def organisation_id(self) -> str:
        """
        The organisation whose seats ('' for the secretaries).
        """
    @property
    def overflow(self) -> int:
        """
        Tenures put in the last row because the lane was full.
        """
    @property
    def quota_max(self) -> int | None:
        """
        The quota's maximum, or None.
        """
    @property
    def quota_min(self) -> int | None:
        """
        The organisation's quota in the body, or None without one.
        """
    @property
    def rows(self) -> int:
        """
        Rows drawn: the most tenures at once, at most 6.
        """
    @property
    def tenures(self) -> list[Tenure]:
        """
        The tenures, by first day.
        """
class Breach:
    """
    Where a finding (an error or a warning) is drawn on a body's timeline.
    """
    def __copy__(self) -> Breach:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Breach:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def end_date(self) -> datetime.date:
        """
        The last day (inclusive, clipped).
        """
    @property
    def finding(self) -> int:
        """
        The index of the finding in Report.findings.
        """
    @property
    def lane(self) -> int | None:
        """
        The lane's index when place is 'lane', else None.
        """
    @property
    def place(self) -> str:
        """
        'lane' (one organisation's lane), 'body' (every lane) or 'meetings' (the meetings row).
        """
    @property
    def start_date(self) -> datetime.date:
        """
        The first day (clipped to the report's interval).
        """
class MeetingMark:
    """
    A meeting on a body's timeline.
    """
    def __copy__(self) -> MeetingMark:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> MeetingMark:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def attendees(self) -> int:
        """
        The number of persons recorded as present.
        """
    @property
    def date(self) -> datetime.date:
        """
        The day.
        """
    @property
    def title(self) -> str | None:
        """
        The title, or None (untitled, or the report is redacted).
        """
class BodyTimeline:
    """
    One body's lanes, meetings and breaches.
    """
    def __copy__(self) -> BodyTimeline:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> BodyTimeline:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def body_id(self) -> str:
        """
        The body.
        """
    @property
    def breaches(self) -> list[Breach]:
        """
        The breaches, in the report's order.
        """
    @property
    def lanes(self) -> list[Lane]:
        """
        The quota's organisations in the mandate's order, then others, then the secretary.
        """
    @property
    def meetings(self) -> list[MeetingMark]:
        """
        The meetings, by date.
        """
    @property
    def name(self) -> str:
        """
        The body's name.
        """
class Timeline:
    """
    Who held which seat when, per body: the answer of Report.timeline().
    """
    def __copy__(self) -> Timeline:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Timeline:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def bodies(self) -> list[BodyTimeline]:
        """
        A BodyTimeline per body of the mandate, in its order.
        """
    @property
    def end_date(self) -> datetime.date:
        """
        The report's last day (inclusive).
        """
    @property
    def start_date(self) -> datetime.date:
        """
        The report's first day.
        """
class History:
    """
    The versions of a mandate over time: renewals and amendments, the span each is in force, the gaps. Load one with mandat.load_history().
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def from_file(path: str) -> History:
        """
        A history from a JSON file.
        """
    @staticmethod
    def from_json(text: str) -> History:
        """
        A history from a JSON document (raises DocumentError with the JSON pointer).
        """
    @staticmethod
    def of(mandate: Mandate) -> History:
        """
        The history of one mandate.
        """
    def __copy__(self) -> History:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> History:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        The versions of a history, for a notebook: id, status, the span in force and where each
            comes from, then the gaps (the core's ``History.to_html``; every value escaped).
        """
    def check(self, roster: Roster, *, start_date: datetime.date | None = None, end_date: datetime.date | None = None, lang: str = 'en', redact: bool = False, every_absent: bool = False) -> Report:
        """
        Checks a roster across the versions: each day by the version in force that day; findings name their version.
        """
    def gaps(self, start_date: datetime.date, end_date: datetime.date) -> list[tuple[datetime.date, datetime.date]]:
        """
        The days from start_date to end_date under no version, as (first, last) pairs.
        """
    def in_force(self, day: datetime.date) -> bool:
        """
        Is any version in force on the day?
        """
    def latest(self) -> Mandate:
        """
        The latest version in time (a Mandate): the one in force on the last day any version is in force, whatever its place in the list; when all are drafts, the one whose period starts last. The CLI's `renew --history` renews it.
        """
    @typing.overload
    def leadership(self, day: datetime.date, extrapolate: bool = False) -> tuple[Leadership, str] | None:
        """
        (Leadership, version id) on a day, decided by the version in force that day; None when none is.
        """
    @typing.overload
    def leadership(self, year: typing.SupportsInt | typing.SupportsIndex, extrapolate: bool = False) -> tuple[Leadership, str] | None:
        """
        (Leadership, version id) in a year, decided by the version in force on its first day in force.
        """
    def save(self, path: str) -> None:
        """
        Writes the document atomically.
        """
    def to_html(self, lang: str = 'en', *, standalone: bool = True) -> str:
        """
        The versions as HTML in 'en' or 'nb': id, status, the days in force and the provenance of each, then the gaps. standalone=False gives a fragment to embed.
        """
    def to_json(self) -> str:
        """
        The history document as JSON text.
        """
    def version_for(self, day: datetime.date) -> Mandate:
        """
        The version a question about the day is answered by: the one in force that day, else the latest.
        """
    def version_in(self, year: typing.SupportsInt | typing.SupportsIndex) -> Mandate | None:
        """
        The version (a Mandate) in force on the year's first day in force, or None: the one that decides the year's leadership and plan.
        """
    def version_on(self, day: datetime.date) -> Mandate | None:
        """
        The version (a Mandate) in force on the day, or None.
        """
    @property
    def id(self) -> str:
        """
        The history's id.
        """
    @property
    def spans(self) -> list[VersionSpan]:
        """
        The spans in force, by date.
        """
    @property
    def title(self) -> str:
        """
        The title.
        """
    @property
    def versions(self) -> list[Mandate]:
        """
        Every version, as a Mandate, in the document's order (status and provenance on each).
        """
class YearSummary:
    """
    One calendar year in force of a report.
    """
    def __copy__(self) -> YearSummary:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> YearSummary:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def composition_breach_days(self) -> dict[str, int]:
        """
        Days with a composition breach per body.
        """
    @property
    def leading_organisation(self) -> str:
        """
        The year's leading organisation.
        """
    @property
    def meetings(self) -> dict[str, int]:
        """
        Meetings held per body.
        """
    @property
    def whole_year(self) -> bool:
        """
        The whole year lies inside the checked interval.
        """
    @property
    def year(self) -> int:
        """
        The calendar year.
        """
class Report:
    """
    The result of a compliance check: findings by date and a summary per year.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def from_json(text: str) -> Report:
        """
        A report from the JSON text that to_json gives (raises DocumentError with the JSON pointer).
        """
    def __copy__(self) -> Report:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Report:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    def _drawn_mandate(self, mandate: Mandate | History) -> Mandate:
        """
        The mandate the report is drawn with: a Mandate as given; for a History, the version in force on the report's last day (or the latest) under the report's id.
        """
    def _repr_html_(self) -> str:
        """
        Compact HTML for a notebook: the header, the timeline (when the report knows its
            roster) and the findings.
        """
    def plot_timeline(self, mandate: Mandate | History | None = None, roster: Roster | None = None, *, figsize: tuple[float, float] | None = None) -> typing.Any:
        """
        The timeline as a matplotlib figure (needs matplotlib); see plot_timeline.
        """
    def text(self, mandate: Mandate) -> str:
        """
        The report as readable text in its language.
        """
    def timeline(self, mandate: Mandate | History, roster: Roster) -> Timeline:
        """
        Who held which seat when, per body, with the breaches placed: what the HTML timeline and plot_timeline draw. A report across versions takes its History and draws the version in force on its last day (or the latest).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        The report as a dict (the CLI's JSON).
        """
    def to_frame(self) -> typing.Any:
        """
        The findings as a pandas DataFrame, a row per finding (needs pandas); see report_to_frame.
        """
    def to_html(self, mandate: Mandate | History | None = None, roster: Roster | None = None, *, standalone: bool = True, compact: bool = False) -> str:
        """
        The report as one self-contained HTML page (docs/report.md). With the mandate and the roster it was made from: the timeline per body, the organisation chart, the persons and the clause texts; without them the report alone. A report across versions takes its History: the page draws the version in force on the report's last day (or the latest). standalone=False gives a fragment to embed; compact=True only the header, the timeline and the findings.
        """
    def to_json(self) -> str:
        """
        The report as JSON text.
        """
    @property
    def counts(self) -> dict[str, int]:
        """
        Findings per severity: {'error': n, 'warning': n, 'info': n}.
        """
    @property
    def end_date(self) -> datetime.date:
        """
        The last day checked (inclusive).
        """
    @property
    def findings(self) -> list[Finding]:
        """
        The findings, by date, then severity (errors first), code, body, organisation.
        """
    @property
    def has_errors(self) -> bool:
        """
        True when any finding is an error.
        """
    @property
    def lang(self) -> str:
        """
        The language of the messages: 'en' or 'nb'.
        """
    @property
    def mandate_id(self) -> str:
        """
        The id of the mandate checked against.
        """
    @property
    def redacted(self) -> bool:
        """
        True when persons are pseudonymised.
        """
    @property
    def start_date(self) -> datetime.date:
        """
        The first day checked.
        """
    @property
    def years(self) -> list[YearSummary]:
        """
        A summary per calendar year in force.
        """
class VersionSpan:
    """
    The days one version governs.
    """
    def __copy__(self) -> VersionSpan:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> VersionSpan:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def end_date(self) -> datetime.date:
        """
        The last day (inclusive).
        """
    @property
    def start_date(self) -> datetime.date:
        """
        The first day.
        """
    @property
    def version(self) -> int:
        """
        The index of the version in History.versions.
        """
class WordOp:
    """
    A run of consecutive words of a text diff that were kept, added or removed.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __copy__(self) -> WordOp:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> WordOp:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def op(self) -> str:
        """
        'same', 'added' or 'removed'.
        """
    @property
    def text(self) -> str:
        """
        The words, joined by one space; a line break of the text is '\\n'.
        """
class Change:
    """
    One difference between two mandates.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __copy__(self) -> Change:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Change:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    def to_dict(self) -> dict[str, typing.Any]:
        """
        The change as a dict, as in the diff's JSON.
        """
    @property
    def after(self) -> str | None:
        """
        The value after, as short text; None for a removal.
        """
    @property
    def before(self) -> str | None:
        """
        The value before, as short text; None for an addition.
        """
    @property
    def clause(self) -> str | None:
        """
        The clause id the change belongs to, or None (id, status, provenance).
        """
    @property
    def kind(self) -> str:
        """
        What changed, e.g. 'quota.changed', 'clause.text', 'period'.
        """
    @property
    def pointer(self) -> str:
        """
        A JSON pointer into the document form: of the mandate after, or before for a removal.
        """
    @property
    def words(self) -> list[WordOp]:
        """
        For 'clause.text' and 'clause.heading': the word diff of the Norwegian text; empty otherwise.
        """
class MandateDiff:
    """
    The changes from one mandate to another, clause by clause.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def from_json(text: str) -> MandateDiff:
        """
        A diff from the JSON text that to_json gives (raises DocumentError with the JSON pointer).
        """
    def __copy__(self) -> MandateDiff:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> MandateDiff:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    def text(self, lang: str = 'en') -> str:
        """
        The diff as readable text: 'en' or 'nb'.
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        The diff as a dict (mandat.diff/1, the JSON of `mandat diff --json`).
        """
    def to_frame(self) -> typing.Any:
        """
        The changes as a pandas DataFrame, a row per change (needs pandas); see diff_to_frame.
        """
    def to_json(self) -> str:
        """
        The diff as JSON text (mandat.diff/1).
        """
    @property
    def after_id(self) -> str:
        """
        The id of the mandate after.
        """
    @property
    def before_id(self) -> str:
        """
        The id of the mandate before.
        """
    @property
    def changes(self) -> list[Change]:
        """
        The changes, grouped by clause in the order of the clauses after.
        """
    @property
    def empty(self) -> bool:
        """
        True when the two mandates are equal.
        """
class Holiday:
    """
    A Norwegian public holiday.
    """
    def __copy__(self) -> Holiday:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> Holiday:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def date(self) -> datetime.date:
        """
        The day.
        """
    @property
    def id(self) -> str:
        """
        A stable id, e.g. 'easter_monday'.
        """
    @property
    def name(self) -> str:
        """
        The Norwegian name, e.g. 'Andre påskedag'.
        """
    @property
    def name_en(self) -> str:
        """
        The English name, e.g. 'Easter Monday'.
        """
class PlannedMeeting:
    """
    A meeting of a plan: booked in the roster or proposed.
    """
    def __copy__(self) -> PlannedMeeting:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> PlannedMeeting:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    @property
    def attendee_ids(self) -> list[str]:
        """
        The expected attendees.
        """
    @property
    def body_id(self) -> str:
        """
        The body.
        """
    @property
    def booked(self) -> bool:
        """
        True when it was booked in the roster already.
        """
    @property
    def date(self) -> datetime.date:
        """
        The day.
        """
    @property
    def id(self) -> str:
        """
        The id ('plan-<body>-<date>' when proposed; a booked one's own, or '').
        """
    @property
    def prepares(self) -> str | None:
        """
        The id of the meeting it prepares (R8), or None.
        """
    @property
    def rule(self) -> str:
        """
        Why it is there: the rule id of the target or the preparation, or 'booked'.
        """
    @property
    def title(self) -> str | None:
        """
        The title, or None.
        """
class MeetingPlan:
    """
    The meetings proposed for a year (docs/planner.md).
    """
    def __copy__(self) -> MeetingPlan:
        ...
    def __deepcopy__(self, memo: dict[int, typing.Any]) -> MeetingPlan:
        ...
    def __getstate__(self) -> tuple[int, tuple[typing.Any, ...]]:
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[typing.Any, ...]:
        """
        (copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[int, typing.Any]) -> None:
        ...
    def to_dict(self) -> dict[str, typing.Any]:
        """
        The plan as a dict (the JSON of `mandat plan --json`).
        """
    def to_roster(self, booked: Roster | None = None) -> Roster:
        """
        The booked roster with the proposed meetings added, to check the plan.
        """
    def to_text(self, mandate: Mandate) -> str:
        """
        The plan as text, a line per meeting.
        """
    @property
    def blocked_weeks(self) -> list[int]:
        """
        The ISO weeks kept free.
        """
    @property
    def end_date(self) -> datetime.date:
        """
        The last planned day, inclusive.
        """
    @property
    def mandate_id(self) -> str:
        """
        The mandate planned for.
        """
    @property
    def meetings(self) -> list[PlannedMeeting]:
        """
        Booked and proposed meetings, by date.
        """
    @property
    def start_date(self) -> datetime.date:
        """
        The first planned day (the year's first day in force).
        """
    @property
    def year(self) -> int:
        """
        The year.
        """
def _band_label(year: typing.SupportsInt | typing.SupportsIndex, organisation_id: str) -> str:
    """
    The label of a year's band (mandat::band_label).
    """
def _breach_colour(severity: Severity) -> str:
    """
    The shading of a breach of this severity (mandat::breach_colour).
    """
def _document_error(id: str, pointer: str, detail: str) -> typing.Any:
    """
    A DocumentError worded as the core words it ('at POINTER: DETAIL'), to raise.
    """
def _format_csv_table(table: SpreadsheetTable) -> bytes:
    """
    One table as CSV bytes (mandat::format_csv_table): every field quoted, ',' separated, CRLF line ends, a formula-looking cell behind a quote.
    """
def _io_error(id: str, message: str) -> typing.Any:
    """
    A MandateIOError (a MandateError and an OSError) with its id, to raise.
    """
def _lane_label(mandate: Mandate, lane: Lane, lang: str = 'en') -> str:
    """
    The label beside a lane (mandat::lane_label).
    """
def _meetings_label(lang: str = 'en') -> str:
    """
    The label of a body's meetings row (mandat::meetings_label).
    """
def _organisation_colour(mandate: Mandate, organisation_id: str) -> str:
    """
    The colour of an organisation's bars and bands (mandat::organisation_colour).
    """
def _parse_csv_table(data: bytes, name: str) -> SpreadsheetTable:
    """
    The table of one CSV file's bytes (mandat::parse_csv_table); raises SpreadsheetError for an empty file or malformed CSV.
    """
def _query_error(id: str, message: str) -> typing.Any:
    """
    A QueryError with its id, to raise.
    """
def _read_csv_roster(folder: str, max_bytes: typing.SupportsInt | typing.SupportsIndex) -> Roster:
    """
    The roster in a folder of CSV files (mandat::read_csv_roster), each file at most max_bytes.
    """
def _read_file(path: str, max_bytes: typing.SupportsInt | typing.SupportsIndex) -> bytes:
    """
    The bytes of a regular file of at most max_bytes (mandat::read_file): a workbook is read as the loaders read a document, with the same errors.
    """
def _render_message(id: str, lang: str = 'en', facts: collections.abc.Sequence[tuple[str, str]] = []) -> str:
    """
    The catalogue's entry `id` in 'en' or 'nb', filled with the (name, value) facts (mandat::render_message).
    """
def _roster_to_ics(roster: Roster, mandate: Mandate | None, stamp: typing.SupportsFloat | typing.SupportsIndex | None, uid_domain: str | None, calendar_name: str) -> str:
    """
    The calendar text behind Roster.to_ics (stamp in POSIX seconds).
    """
def _spreadsheet_error(id: str, file: str, line: typing.SupportsInt | typing.SupportsIndex, column: str, detail: str, line_word: str = 'line') -> typing.Any:
    """
    A SpreadsheetError worded as the core words it ('FILE LINE_WORD LINE, COLUMN: DETAIL'), to raise.
    """
def _timeline_palette() -> list[str]:
    """
    The colours of the organisations by their place in the mandate (mandat::organisation_palette).
    """
def _write_csv_roster(roster: Roster, folder: str) -> None:
    """
    Writes the four CSV files into folder (mandat::write_csv_roster).
    """
def _write_file_atomic(path: str, data: bytes) -> None:
    """
    Writes data to path through a temporary file in the same folder and a rename (mandat::write_file_atomic).
    """
@typing.overload
def check(mandate: Mandate, roster: Roster, *, start_date: datetime.date | None = None, end_date: datetime.date | None = None, lang: str = 'en', redact: bool = False, every_absent: bool = False) -> Report:
    """
    Checks a roster against a mandate over start_date..end_date (inclusive; default: the mandate's period). Runs in C++ without the GIL.
    """
@typing.overload
def check(mandate: History, roster: Roster, *, start_date: datetime.date | None = None, end_date: datetime.date | None = None, lang: str = 'en', redact: bool = False, every_absent: bool = False) -> Report:
    """
    Checks a roster against a History: each day by the version in force that day.
    """
def cli_spec() -> dict[str, typing.Any]:
    """
    The command line as data: the program (name, help, version, the option that prints the version, the argument that names a roster), its global options and its commands with their arguments (name, kind flag/text/integer/list, help, required, choices, excludes).
    """
def diff(before: Mandate, after: Mandate) -> MandateDiff:
    """
    The changes from one mandate to another, clause by clause.
    """
def dispatch(command: str, values: collections.abc.Mapping[str, collections.abc.Sequence[str]], roster: Roster | None = None, roster_name: str = '') -> tuple[int, str, str]:
    """
    Runs a parsed command line, the same C++ function as the mandat executable: `values` maps each given argument ("--date", "BODY") to its values (none for a flag); `roster`, when given, stands in for the ROSTER file under `roster_name`; a ROSTER that is a folder of CSV files is read, and `export --to csv` written, by the core. Returns (exit code, stdout, stderr).
    """
def easter_sunday(year: typing.SupportsInt | typing.SupportsIndex) -> datetime.date:
    """
    Easter Sunday of a year (Gregorian computus).
    """
def error_ids() -> list[str]:
    """
    Every error id a MandateError may carry as `id` (mandat::errors::all), as a new list: the table of docs/bad-input.md.
    """
def finding_codes() -> list[str]:
    """
    Every code a finding of the compliance check may carry (mandat::codes::all), as a new list: the table of docs/findings.md. The codes of lint are lint_codes().
    """
def is_norwegian_holiday(day: datetime.date) -> bool:
    """
    True when the day is a Norwegian public holiday.
    """
def is_working_day(day: datetime.date) -> bool:
    """
    True for Monday to Friday when the day is no Norwegian public holiday.
    """
def lint(mandate: Mandate, lang: str = 'en') -> list[Finding]:
    """
    Proves that the mandate can be obeyed and that its quotes agree with its data: the findings (lint.* codes; errors, and info for quotes carried over from the predecessor), none for a sound mandate. Never raises for the mandate's content.
    """
def lint_codes() -> list[str]:
    """
    Every code a finding of lint may carry (mandat::lint_codes::all), as a new list: the table of docs/lint-and-diff.md.
    """
def norwegian_holidays(year: typing.SupportsInt | typing.SupportsIndex) -> list[Holiday]:
    """
    The Norwegian public holidays of a year in date order (1 and 17 May from 1947).
    """
def oparl_tree(mandate: Mandate, roster: Roster, base_url: str) -> dict[str, dict[str, typing.Any]]:
    """
    The OParl 1.1 objects and lists as a dict: relative file path -> JSON object.
    """
def plan_meetings(mandate: Mandate, year: typing.SupportsInt | typing.SupportsIndex, *, blocked_weeks: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] = [], booked: Roster | None = None, lead_days: typing.SupportsInt | typing.SupportsIndex = 7) -> MeetingPlan:
    """
    Proposes the year's meetings: each body's target (R2) spread over the year, each prepared (R8) about lead_days before, within every maximum (R3), on working days, outside blocked ISO weeks and around the booked roster's meetings (docs/planner.md). Raises QueryError (query.unplannable) when the rules cannot be met.
    """
def pseudonym(person_id: str) -> str:
    """
    The stable pseudonym a redacted report gives a person id.
    """
def renew(mandate: Mandate, start_date: datetime.date, years: typing.SupportsInt | typing.SupportsIndex = 4, id: str = '') -> Mandate:
    """
    A draft successor: a new id, status draft, the new period, everything else carried over, replacing the predecessor.
    """
def roster_from_popolo(document: dict[str, typing.Any]) -> Roster:
    """
    The roster in a Popolo document (persons, memberships, events); raises DocumentError with the JSON pointer.
    """
def roster_from_tables(persons: SpreadsheetTable, memberships: SpreadsheetTable, meetings: SpreadsheetTable | None = None, document: SpreadsheetTable | None = None) -> Roster:
    """
    The roster the tables hold. Raises SpreadsheetError naming the table, the line and the column of the first bad cell; unknown columns are kept in each record's extra (docs/spreadsheets.md).
    """
def roster_to_tables(roster: Roster) -> dict[str, SpreadsheetTable]:
    """
    The tables of a roster by kind ('persons', 'memberships', 'meetings', 'document'); roster_from_tables gives back an equal roster. Raises SpreadsheetError for a value a cell cannot carry.
    """
def source_text() -> str:
    """
    The authoritative Norwegian source text of the embedded mandate.
    """
def terminal_text(text: str) -> str:
    """
    `text` as the command prints it (mandat/terminal.hpp's lines mode, the escaper behind dispatch's output): LF, TAB and CR LF kept, every other control character shown as its JSON escape ("\\u001b").
    """
def trondelag() -> Mandate:
    """
    The embedded Trøndelag FoUI partnership mandate 2022-2025.
    """
def valid_organisation_number(number: str) -> bool:
    """
    True for a Norwegian organisation number: 9 digits whose last is the MOD11 check digit of the first eight (weights 3 2 7 6 5 4 3 2).
    """
def validate(mandate: Mandate) -> None:
    """
    Checks that a mandate holds together (references, quotas, rotation, quotes); raises DocumentError with the JSON pointer of the offending value. Every loaded mandate has passed it.
    """
def write_oparl(mandate: Mandate, roster: Roster, folder: str, base_url: str) -> None:
    """
    Writes the OParl 1.1 tree under folder, to be served at base_url (every id is base_url + file path).
    """
ATTENDEE_SEPARATOR: str = ';'
DEFAULT_MAX_DOCUMENT_BYTES: int = 268435456
__version__: str = '0.2.0'
