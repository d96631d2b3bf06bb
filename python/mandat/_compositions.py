"""``Mandate.check_compositions`` for a NumPy array (the compiled batch, unchanged) and for a
pandas DataFrame: a column per organisation, a row per composition, answered with whether each
row is valid and, when it is not, the reason, in the words of ``check_composition``.

The judgement is the core's (``composition_checker`` through the compiled batch, and
``check_composition`` for the reasons); this module only reads the frame, refusing a bad one
by the column and the row, never with a raw binding error."""

from __future__ import annotations

import numbers
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import _core
from ._core import Mandate, Severity
from ._errors import document_error, query_error
from ._frames import _missing

if TYPE_CHECKING:
    import pandas as pd

# The compiled batch: a 2-D integer array with the ids of its columns.
_batch = Mandate.check_compositions

_INT64_MAX = 2**63 - 1


def _column_counts(frame: pd.DataFrame, column: str) -> list[int]:
    """The counts of one column as Python ints; a cell that is not a whole number of at least
    0 is refused by its row and column."""
    series = frame[column]
    kind = series.dtype.kind
    if kind == "b":
        raise document_error(
            "document.wrong_type",
            f"/{_token(frame.index[0]) if len(frame.index) else ''}/{_token(column)}",
            f"column {column!r} (dtype {series.dtype}): expected whole numbers of representatives, "
            "found true and false",
        )
    import numpy

    if isinstance(series.dtype, numpy.dtype) and kind in "iu":  # no missing value: judged as a whole
        values = series.to_numpy()
        if len(values) and (values.min() < 0 or (kind == "u" and values.max() > _INT64_MAX)):
            return _column_counts_one_by_one(frame, column)  # names the first bad row
        return [int(v) for v in values.tolist()]
    return _column_counts_one_by_one(frame, column)


def _token(name: object) -> str:
    """A row label or column name as a JSON pointer token (RFC 6901: "~" as "~0", "/" as "~1")."""
    return str(name).replace("~", "~0").replace("/", "~1")


def _column_counts_one_by_one(frame: pd.DataFrame, column: str) -> list[int]:
    """_column_counts, cell by cell: the first cell that is not a count is named."""
    series = frame[column]
    counts: list[int] = []
    for label, value in zip(frame.index, series.tolist()):
        where = f"/{_token(label)}/{_token(column)}"
        if _missing(value):
            raise document_error(
                "document.wrong_type",
                where,
                f"row {label!r}, column {column!r}: no count (None, NaN or NA); write 0 for no representative",
            )
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise document_error(
                "document.wrong_type",
                where,
                f"row {label!r}, column {column!r} (dtype {series.dtype}): expected a whole number of representatives, "
                f"found {value!r}",
            )
        count = int(value)
        if count < 0:
            raise query_error(
                "query.negative_count", f"row {label!r}, column {column!r} has a negative count ({count})"
            )
        if count > _INT64_MAX:
            raise query_error(
                "query.out_of_range", f"row {label!r}, column {column!r}: the count {count} is larger than 2^63-1"
            )
        counts.append(count)
    return counts


def compositions_frame(
    mandate: Mandate, body_id: str, frame: pd.DataFrame, organisations: Sequence[str] | None, lang: str
) -> pd.DataFrame:
    """The frame's rows judged: a frame with the same index and the columns ``valid`` (bool)
    and ``reason`` (the messages of the row's errors, as check_composition words them in
    ``lang``; None for a valid row)."""
    import numpy
    import pandas

    if not isinstance(body_id, str):
        raise TypeError(f"body_id must be a str, not {type(body_id).__name__}")
    body = mandate.body(body_id)  # a QueryError for an unknown body
    _core._render_message("word.and", lang, [])  # a QueryError for an unknown language, even when every row is valid
    if not frame.columns.is_unique:
        raise query_error("query.duplicate_column", "the frame has two columns of the same name")
    for column in frame.columns:
        if not isinstance(column, str):
            raise query_error(
                "query.invalid_shape", f"the column {column!r} is not named by an organisation id (a str such as 'ks')"
            )
    names = list(frame.columns) if organisations is None else list(organisations)
    for name in names:
        if name not in frame.columns:
            raise query_error(
                "query.invalid_shape", f"the frame has no column {name!r} (its columns: {list(frame.columns)})"
            )
    for quota in body.quotas:
        if quota.organisation_id not in names:
            raise query_error(
                "query.invalid_shape",
                f"the frame has no column {quota.organisation_id!r}: {body_id} needs a column per organisation with "
                f"seats there ({', '.join(q.organisation_id for q in body.quotas)}); write 0 for no representative",
            )
    columns = [_column_counts(frame, name) for name in names]
    counts = numpy.array(columns, dtype=numpy.int64).T.reshape(len(frame.index), len(names))
    valid = _batch(mandate, body_id, counts, names)
    reasons: list[str | None] = []
    for row, ok in zip(counts.tolist(), valid.tolist()):
        if ok:
            reasons.append(None)
            continue
        findings = mandate.check_composition(body_id, dict(zip(names, row)), lang)
        reasons.append(" ".join(f.message for f in findings if f.severity == Severity.error))
    return pandas.DataFrame(
        {
            "valid": pandas.Series(valid, index=frame.index, dtype=bool),
            "reason": pandas.Series(reasons, index=frame.index, dtype=object),
        }
    )


def check_compositions(
    self: Mandate, body_id: str, counts: Any, organisations: Sequence[str] | None = None, *, lang: str = "en"
) -> Any:
    """Many compositions of a body at once, judged as check_composition judges one (R5, R9).

    - ``counts`` a 2-D integer NumPy array, a row per composition and a column per organisation
      of ``organisations``: a boolean array, True where the row gives no error finding. Runs
      in C++ without the GIL.
    - ``counts`` a pandas DataFrame, a column per organisation (named by its id: every
      organisation with seats in the body, others as you like; ``organisations`` picks
      columns), a row per composition: a DataFrame with the same index and the columns
      ``valid`` (bool) and ``reason`` (the row's error messages in ``lang``, None when valid).
      A missing column, a cell that is not a whole number (None, NaN, a float, a string; a
      column of True and False) or a
      negative count is refused by its column and row (QueryError or DocumentError)."""
    pandas = sys.modules.get("pandas")
    if pandas is not None and isinstance(counts, pandas.DataFrame):
        return compositions_frame(self, body_id, counts, organisations, lang)
    if organisations is None:
        raise TypeError(
            "check_compositions: a NumPy array of counts needs organisations, the ids of its columns "
            "(a pandas DataFrame names them by its columns)"
        )
    return _batch(self, body_id, counts, organisations)


setattr(Mandate, "check_compositions", check_compositions)  # noqa: B010 - a method added to the compiled class
