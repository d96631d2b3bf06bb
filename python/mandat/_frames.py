"""pandas: reports and diffs as DataFrames, rosters from DataFrames. pandas is an optional extra.

The conveniences live here, in Python, not in the compiled module: ``Report.to_frame`` is
``report_to_frame`` and ``MandateDiff.to_frame`` is ``diff_to_frame``, attached to the
compiled classes when the package is imported.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
from typing import TYPE_CHECKING, Any, cast

from ._core import MandateDiff, Report, Roster
from ._errors import document_error, query_error

if TYPE_CHECKING:
    import pandas as pd

SEVERITY_ORDER = ["info", "warning", "error"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - exercised only without pandas
        raise ImportError("this needs pandas: pip install 'mandat[pandas]'") from exc
    return pandas


def _day_column(pandas: Any, days: list[str | None]) -> Any:
    """ISO days (None for absent) as a column of second resolution: datetime64[s] holds every
    day the library supports (years 1400-9999), which nanoseconds (1677-2262) do not."""
    import numpy

    values = numpy.array(["NaT" if d is None else d for d in days], dtype="datetime64[s]")
    if int(pandas.__version__.split(".")[0]) >= 2:
        return pandas.Series(values, dtype="datetime64[s]")
    # pandas 1 holds only nanoseconds: a day outside 1677-09-22..2262-04-11 is refused by name.
    low, high = numpy.datetime64("1677-09-22", "s"), numpy.datetime64("2262-04-11", "s")
    for day, value in zip(days, values):
        if day is not None and not low <= value <= high:
            raise query_error(
                "query.out_of_range",
                f"the day {day} does not fit in a pandas 1 frame (1677-09-22 to 2262-04-11); pandas 2 holds "
                "every day mandat supports",
            )
    return pandas.Series(values.astype("datetime64[ns]"))


def report_to_frame(report: Report) -> pd.DataFrame:
    """A row per finding. Columns: code, severity (ordered category info < warning < error),
    clause, rule, body, organisation (strings, None where absent), person_ids (lists),
    start_date and end_date (datetime64[s], NaT where absent: seconds, so that every day from
    1400 to 9999 fits), message, source, version (the id of the version that judged the day in
    a report across versions; None in a report against one mandate)."""
    if not isinstance(report, Report):
        raise TypeError(f"expected a Report, got {type(report).__name__}")
    pandas = _pandas()
    rows = [f.to_dict() for f in report.findings]
    columns = [
        "code",
        "severity",
        "clause",
        "rule",
        "body",
        "organisation",
        "person_ids",
        "start_date",
        "end_date",
        "message",
        "source",
        "version",
    ]
    frame = cast("pd.DataFrame", pandas.DataFrame(rows, columns=columns))
    frame["version"] = pandas.Series([f.version for f in report.findings], dtype=object)
    frame["severity"] = pandas.Categorical(frame["severity"], categories=SEVERITY_ORDER, ordered=True)
    for col in ("start_date", "end_date"):
        frame[col] = _day_column(pandas, [row[col] for row in rows])
    for col in ("code", "clause", "rule", "body", "organisation", "message", "source"):
        frame[col] = frame[col].astype("object")
    return frame


def diff_to_frame(diff: MandateDiff) -> pd.DataFrame:
    """A row per change. Columns: kind, clause, pointer, before, after (strings, None where
    absent) and words (for clause.text and clause.heading a list of (op, text) pairs, op being
    'same', 'added' or 'removed'; None otherwise)."""
    if not isinstance(diff, MandateDiff):
        raise TypeError(f"expected a MandateDiff, got {type(diff).__name__}")
    pandas = _pandas()
    rows = [
        {
            "kind": c.kind,
            "clause": c.clause,
            "pointer": c.pointer,
            "before": c.before,
            "after": c.after,
            "words": [(w.op, w.text) for w in c.words] if c.words else None,
        }
        for c in diff.changes
    ]
    columns = ["kind", "clause", "pointer", "before", "after", "words"]
    # object columns throughout, so that an absent value stays None (pandas would infer strings with NaN)
    return cast("pd.DataFrame", pandas.DataFrame(rows, columns=columns, dtype=object))


def _missing(value: Any) -> bool:
    """A missing cell: None, NaN, NaT or pandas.NA (a nullable column's)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    pandas = _pandas()
    return value is pandas.NaT or value is pandas.NA


def _iso(value: Any, pointer: str) -> str | None:
    """A date-like cell as YYYY-MM-DD; None for a missing one."""
    if _missing(value):
        return None
    if isinstance(value, _dt.datetime):
        nanosecond = getattr(value, "nanosecond", 0)
        if (value.hour, value.minute, value.second, value.microsecond, nanosecond) != (0, 0, 0, 0, 0):
            raise document_error("document.invalid_date", pointer, f"{value!r} has a time of day; a day is expected")
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    if type(value).__name__ == "datetime64":
        text = str(value)
        day = text[:10]
        if text[10:].strip("T:0.") != "":
            raise document_error("document.invalid_date", pointer, f"{value!r} has a time of day; a day is expected")
        return day
    raise document_error(
        "document.wrong_type", pointer, f"expected a date (a datetime.date or YYYY-MM-DD), found {type(value).__name__}"
    )


def _json_value(value: Any, pointer: str) -> Any:
    """A cell as a JSON value: lists (and tuples, arrays) stay lists, a set or anything without
    an order or a JSON form is refused by its pointer rather than turned into text."""
    if isinstance(value, (str, bool, int)) or value is None:
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise document_error("document.wrong_type", pointer, f"expected a number, found {value!r}")
        return value
    if isinstance(value, (list, tuple)):
        return [_json_value(v, f"{pointer}/{i}") for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {str(k): _json_value(v, f"{pointer}/{k}") for k, v in value.items()}
    if isinstance(value, (_dt.date, _dt.datetime)) or type(value).__name__ == "datetime64":
        return _iso(value, pointer)
    if hasattr(value, "tolist") and not isinstance(value, (set, frozenset)):
        return _json_value(value.tolist(), pointer)
    kind = "a set (which has no order)" if isinstance(value, (set, frozenset)) else type(value).__name__
    raise document_error("document.wrong_type", pointer, f"expected a list, a string, a number or a date, found {kind}")


# Columns whose cells are lists: a string there is refused too (it is not a list of ids).
_LIST_COLUMNS = ("attendee_ids",)


def _records(frame: pd.DataFrame | None, name: str, date_columns: tuple[str, ...]) -> list[dict[str, Any]]:
    if frame is None:
        return []
    pandas = _pandas()
    if not isinstance(frame, pandas.DataFrame):
        raise TypeError(f"{name}: expected a pandas DataFrame, got {type(frame).__name__}")
    if not frame.columns.is_unique:
        raise document_error("document.duplicate_key", f"/{name}", "the frame has two columns of the same name")
    out = []
    for i, record in enumerate(frame.to_dict(orient="records")):
        row: dict[str, Any] = {}
        for key, value in record.items():
            pointer = f"/{name}/{i}/{key}"
            if key in date_columns:
                iso = _iso(value, pointer)
                if iso is not None:
                    row[str(key)] = iso
                continue
            if (
                not isinstance(value, (list, tuple, dict, set, frozenset))
                and not hasattr(value, "__len__")
                and _missing(value)
            ):
                continue  # a missing optional cell
            if key in _LIST_COLUMNS and (isinstance(value, str) or not hasattr(value, "__len__")):
                raise document_error("document.wrong_type", pointer, f"expected a list, found {type(value).__name__}")
            row[str(key)] = _json_value(value, pointer)
        out.append(row)
    return out


def roster_from_frames(
    persons: pd.DataFrame, appointments: pd.DataFrame, meetings: pd.DataFrame | None = None
) -> Roster:
    """A roster from DataFrames with the document's column names (docs/roster-format.md).

    persons: id, name [, email, gender, employer]; appointments: person_id, organization_id,
    on_behalf_of_id, role, start_date [, end_date, id]; meetings: organization_id, date
    [, attendee_ids (lists), title, id]. Dates may be datetime.date, pandas Timestamps or
    ISO strings; a missing end_date (None/NaT) means open-ended. Other columns are kept.
    Bad input raises DocumentError with the JSON pointer of the row and column: a cell that is
    not a list, a string, a number or a date (a set, which has no order, included), a time of
    day in a date column, attendee_ids that are not a list. A frame argument that is not a
    DataFrame is a TypeError.
    """
    document = {
        "format": "mandat.roster/1",
        "persons": _records(persons, "persons", ()),
        "memberships": _records(appointments, "memberships", ("start_date", "end_date")),
        "meetings": _records(meetings, "meetings", ("date",)),
    }
    return Roster.from_json(json.dumps(document, ensure_ascii=False, allow_nan=False))


def _to_frame(self: Report) -> Any:
    """The findings as a pandas DataFrame, a row per finding (needs pandas); see report_to_frame."""
    return report_to_frame(self)


def _diff_to_frame(self: MandateDiff) -> Any:
    """The changes as a pandas DataFrame, a row per change (needs pandas); see diff_to_frame."""
    return diff_to_frame(self)


setattr(Report, "to_frame", _to_frame)  # noqa: B010 - a method added to the compiled class
setattr(MandateDiff, "to_frame", _diff_to_frame)  # noqa: B010 - a method added to the compiled class
