"""The library's errors raised from the Python side, with the same ``id`` and ``pointer`` as
those the compiled core raises."""

from __future__ import annotations

from ._core import DocumentError, MandateIOError, QueryError


def io_error(error_id: str, message: str) -> MandateIOError:
    """A MandateIOError (a MandateError and an OSError) with its id, to raise."""
    error = MandateIOError(message)
    error.id = error_id
    error.pointer = None
    return error


def query_error(error_id: str, message: str) -> QueryError:
    """A QueryError with its id (``pointer`` None), to raise."""
    error = QueryError(message)
    error.id = error_id
    error.pointer = None
    return error


def document_error(error_id: str, pointer: str, message: str) -> DocumentError:
    """A DocumentError with its id and JSON pointer, worded like the core's: 'at POINTER: ...'."""
    error = DocumentError(f"at {pointer or 'the document root'}: {message}")
    error.id = error_id
    error.pointer = pointer
    return error
