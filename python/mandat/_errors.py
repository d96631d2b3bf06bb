"""The library's errors raised from the Python side, made by the core (``_core._document_error``
and its siblings): the same types, ``id``, ``pointer`` (and ``file``, ``line``, ``column``) and
the same wording as the errors the compiled core raises. Every id is one of ``error_ids()``
(docs/bad-input.md): an id that is not is a bug of this package, refused before anything is
raised with it."""

from __future__ import annotations

from typing import cast

from . import _core
from ._core import DocumentError, MandateIOError, QueryError, SpreadsheetError, error_ids

#: The error ids, as the core lists them (mandat::errors::all).
ERROR_IDS = frozenset(error_ids())


def known(error_id: str) -> str:
    """``error_id`` when it is an error id of ``error_ids()``; a RuntimeError otherwise."""
    if error_id not in ERROR_IDS:
        raise RuntimeError(f"{error_id!r} is not an error id of mandat.error_ids() (docs/bad-input.md)")
    return error_id


def io_error(error_id: str, message: str) -> MandateIOError:
    """A MandateIOError (a MandateError and an OSError) with its id, to raise."""
    return cast(MandateIOError, _core._io_error(known(error_id), message))


def query_error(error_id: str, message: str) -> QueryError:
    """A QueryError with its id (``pointer`` None), to raise."""
    return cast(QueryError, _core._query_error(known(error_id), message))


def document_error(error_id: str, pointer: str, message: str) -> DocumentError:
    """A DocumentError with its id and JSON pointer, worded by the core: 'at POINTER: ...'."""
    return cast(DocumentError, _core._document_error(known(error_id), pointer, message))


def spreadsheet_error(
    error_id: str, file: str, line: int, column: str, detail: str, line_word: str = "line"
) -> SpreadsheetError:
    """A SpreadsheetError worded by the core: 'FILE LINE_WORD LINE, COLUMN: DETAIL'."""
    return cast(SpreadsheetError, _core._spreadsheet_error(known(error_id), file, line, column, detail, line_word))
