"""The library's errors raised from the Python side, with the same ``id`` and ``pointer`` as
those the compiled core raises. Every id is one of ``error_ids()`` (docs/bad-input.md): an id
that is not is a bug of this package, refused before anything is raised with it."""

from __future__ import annotations

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
    error = MandateIOError(message)
    error.id = known(error_id)
    error.pointer = None
    return error


def query_error(error_id: str, message: str) -> QueryError:
    """A QueryError with its id (``pointer`` None), to raise."""
    error = QueryError(message)
    error.id = known(error_id)
    error.pointer = None
    return error


def document_error(error_id: str, pointer: str, message: str) -> DocumentError:
    """A DocumentError with its id and JSON pointer, worded like the core's: 'at POINTER: ...'."""
    error = DocumentError(f"at {pointer or 'the document root'}: {message}")
    error.id = known(error_id)
    error.pointer = pointer
    return error


def spreadsheet_error(
    error_id: str, file: str, line: int, column: str, detail: str, line_word: str = "line"
) -> SpreadsheetError:
    """A SpreadsheetError worded as the C++ core words it: 'FILE LINE_WORD LINE, COLUMN: DETAIL'."""
    where = file
    if line > 0:
        where += f" {line_word} {line}"
    if column:
        where += (", " if line > 0 else " ") + column
    error = SpreadsheetError(f"{where}: {detail}")
    error.id = known(error_id)
    error.pointer = None
    error.file = file
    error.line = line
    error.column = column
    return error
