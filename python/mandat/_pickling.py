"""Pickling at every protocol. The compiled classes give their state (``__getstate__``) and are
rebuilt from it (``__setstate__`` on an instance made by ``cls.__new__``); ``__reduce_ex__``
says so for protocols 0 and 1 too, which would otherwise rebuild through ``object.__new__``,
which cannot make an instance of a compiled class."""

from __future__ import annotations

import copyreg
import operator
import typing
from typing import Any

from . import _core


def _reduce_ex(self: Any, protocol: typing.SupportsIndex) -> tuple[Any, ...]:
    """(copyreg.__newobj__, (class,), state): cls.__new__(cls), then __setstate__(state)."""
    operator.index(protocol)  # a TypeError for anything but an integer
    cls = type(self)
    if not hasattr(cls, "__getstate__") or cls.__module__ != _core.__name__:
        raise TypeError(f"expected a mandat object, got {cls.__name__}")
    return (copyreg.__newobj__, (cls,), self.__getstate__())  # type: ignore[attr-defined]


for _name in dir(_core):
    _cls = getattr(_core, _name)
    if isinstance(_cls, type) and "__setstate__" in vars(_cls):
        _cls.__reduce_ex__ = _reduce_ex  # type: ignore[method-assign,assignment]
