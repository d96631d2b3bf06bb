"""Loading mandates and rosters from a path, JSON text or a dict."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any, Union

from ._core import History, Mandate, Roster

Source = Union[str, "os.PathLike[str]", Mapping[str, Any]]


def _text(source: Source) -> tuple[str | None, str | None]:
    """(JSON text, path): exactly one is set."""
    if isinstance(source, Mapping):
        return json.dumps(source, ensure_ascii=False), None
    if isinstance(source, os.PathLike):
        return None, os.fspath(source)
    if isinstance(source, str):
        # JSON text starts with an object; anything else is a path.
        return (source, None) if source.lstrip().startswith("{") else (None, source)
    raise TypeError(f"expected a path, JSON text or a mapping, got {type(source).__name__}")


def load_mandate(source: Source) -> Mandate:
    """A mandate document from a path, JSON text (a str starting with '{') or a dict.

    Raises DocumentError (with ``.pointer``, the JSON pointer of the offending value) for a
    document that is malformed or inconsistent, and MandateIOError for an unreadable file.
    """
    text, path = _text(source)
    return Mandate.from_json(text) if text is not None else Mandate.from_file(path or "")


def load_roster(source: Source) -> Roster:
    """A roster document from a path, JSON text (a str starting with '{') or a dict.

    Members beyond the known ones are kept and written back by ``Roster.to_dict()``.
    """
    text, path = _text(source)
    return Roster.from_json(text) if text is not None else Roster.from_file(path or "")


def load_history(source: Source) -> History:
    """A history of mandate versions (mandat.history/1) from a path, JSON text or a dict.

    Raises DocumentError with the JSON pointer in the history document: an overlap of two
    adopted versions, a patch that does not apply, an unknown version, a cycle.
    """
    text, path = _text(source)
    return History.from_json(text) if text is not None else History.from_file(path or "")
