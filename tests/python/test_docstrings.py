"""Every public name of the package, and every public attribute of its classes, is documented."""

from __future__ import annotations

import enum
import inspect

import mandat


def _documented(obj: object, name: str) -> bool:
    doc = (getattr(obj, "__doc__", None) or "").strip()
    # pybind11 starts a function's docstring with its signature; the text must follow it.
    lines = [line for line in doc.splitlines() if line.strip() and not line.startswith(f"{name}(")]
    return bool(lines)


def test_every_public_name_has_a_docstring() -> None:
    missing = []
    for name in mandat.__all__:
        if name == "__version__":
            continue
        obj = getattr(mandat, name)
        if not _documented(obj, name):
            missing.append(name)
        if inspect.isclass(obj) and not issubclass(obj, (BaseException, enum.Enum)):
            for attr, value in vars(obj).items():
                if not attr.startswith("_") and not _documented(value, attr):
                    missing.append(f"{name}.{attr}")
    assert missing == []
