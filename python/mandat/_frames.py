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

if TYPE_CHECKING:
    import pandas as pd

SEVERITY_ORDER = ["info", "warning", "error"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - exercised only without pandas
        raise ImportError("this needs pandas: pip install 'mandat[pandas]'") from exc
    return pandas


def report_to_frame(report: Report) -> pd.DataFrame:
    """A row per finding. Columns: code, severity (ordered category info < warning < error),
    clause, rule, body, organisation (strings, None where absent), person_ids (lists),
    start_date and end_date (datetime64[ns], NaT where absent), message, source."""
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
    ]
    frame = cast("pd.DataFrame", pandas.DataFrame(rows, columns=columns))
    frame["severity"] = pandas.Categorical(frame["severity"], categories=SEVERITY_ORDER, ordered=True)
    for col in ("start_date", "end_date"):
        frame[col] = pandas.to_datetime(frame[col], format="%Y-%m-%d").astype("datetime64[ns]")
    for col in ("code", "clause", "rule", "body", "organisation", "message", "source"):
        frame[col] = frame[col].astype("object")
    return frame


def diff_to_frame(diff: MandateDiff) -> pd.DataFrame:
    """A row per change. Columns: kind, clause, pointer, before, after (strings, None where
    absent) and words (for clause.text and clause.heading a list of (op, text) pairs, op being
    'same', 'added' or 'removed'; None otherwise)."""
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


def _iso(value: Any) -> str | None:
    """A date-like cell as YYYY-MM-DD; None for a missing one."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if value is _pandas().NaT:
        return None
    if isinstance(value, _dt.datetime):
        if (value.hour, value.minute, value.second, value.microsecond) != (0, 0, 0, 0):
            raise ValueError(f"{value!r} has a time of day; a day is expected")
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    raise TypeError(f"expected a date, got {type(value).__name__}: {value!r}")


def _records(frame: pd.DataFrame | None, date_columns: tuple[str, ...]) -> list[dict[str, Any]]:
    if frame is None:
        return []
    out = []
    for record in frame.to_dict(orient="records"):
        row: dict[str, Any] = {}
        for key, value in record.items():
            if key in date_columns:
                iso = _iso(value)
                if iso is not None:
                    row[str(key)] = iso
            elif value is None or (isinstance(value, float) and math.isnan(value)):
                continue  # a missing optional cell
            elif hasattr(value, "tolist"):
                row[str(key)] = value.tolist()
            else:
                row[str(key)] = value
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
    Bad input raises DocumentError with the JSON pointer of the row and column.
    """
    document = {
        "format": "mandat.roster/1",
        "persons": _records(persons, ()),
        "memberships": _records(appointments, ("start_date", "end_date")),
        "meetings": _records(meetings, ("date",)),
    }
    return Roster.from_json(json.dumps(document, ensure_ascii=False, default=str))


def _to_frame(self: Report) -> Any:
    """The findings as a pandas DataFrame, a row per finding (needs pandas); see report_to_frame."""
    return report_to_frame(self)


def _diff_to_frame(self: MandateDiff) -> Any:
    """The changes as a pandas DataFrame, a row per change (needs pandas); see diff_to_frame."""
    return diff_to_frame(self)


setattr(Report, "to_frame", _to_frame)  # noqa: B010 - a method added to the compiled class
setattr(MandateDiff, "to_frame", _diff_to_frame)  # noqa: B010 - a method added to the compiled class
