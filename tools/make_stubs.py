"""Generates python/mandat/_core.pyi from the compiled module with pybind11-stubgen.

    python tools/make_stubs.py          # write the stub
    python tools/make_stubs.py --check  # exit 1 if the committed stub differs (drift)

pybind11-stubgen writes what the module says; two things are then adjusted so that the stub
passes mypy --strict: enum members are written as values (``info = 0``) without the
untyped ``__new__``/``__format__`` that enum.Enum provides anyway, ``__hash__ = None``
(classes with value equality are unhashable) is marked as the deliberate override it is,
the state of a value class is typed ``tuple[int, tuple[typing.Any, ...]]``, and MandateError
declares the ``id`` and ``pointer`` attributes its instances carry
(SpreadsheetError also ``file``, ``line`` and ``column``).
"""

from __future__ import annotations

import difflib
import enum
import importlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STUB = ROOT / "python" / "mandat" / "_core.pyi"


def generate() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pybind11_stubgen", "mandat._core", "-o", tmp, "--exit-code"],
            check=True,
            capture_output=True,
            text=True,
        )
        text = (Path(tmp) / "mandat" / "_core.pyi").read_text(encoding="utf-8")
    core = importlib.import_module("mandat._core")
    lines = text.splitlines()
    out: list[str] = []
    current_enum: type[enum.Enum] | None = None
    skip_body = False
    for line in lines:
        m = re.match(r"class (\w+)\(enum\.(Int)?Enum\):", line)
        if m:
            current_enum = getattr(core, m.group(1))
            out.append(line)
            continue
        if current_enum is not None:
            if line and not line.startswith(" "):
                current_enum = None
            else:
                member = re.match(r"    (\w+): typing\.ClassVar\[\w+\]", line)
                if member:
                    out.append(f"    {member.group(1)} = {current_enum[member.group(1)].value}")
                    continue
                if re.match(r"    (@classmethod|def __new__|def __format__)", line):
                    skip_body = line.strip() == "@classmethod" or line.strip().startswith("def")
                    continue
                if skip_body and line.startswith("        "):
                    continue
                skip_body = False
        out.append(
            line.replace(
                "__hash__: typing.ClassVar[None] = None",
                "__hash__: typing.ClassVar[None] = None  # type: ignore[assignment]",
            ).replace(
                # the pickled state of a value class: (version, a tuple of its members)
                "-> tuple[int, tuple]:",
                "-> tuple[int, tuple[typing.Any, ...]]:",
            )
        )
    text = "\n".join(out) + "\n"
    # The exception translator sets `id` and `pointer` on every MandateError it raises, and
    # `file`, `line`, `column` and `problems` on every SpreadsheetError.
    text = _with_attributes(text, "class MandateError(ValueError):", "    id: str\n    pointer: str | None\n")
    return _with_attributes(
        text,
        "class SpreadsheetError(MandateError):",
        "    file: str\n    line: int\n    column: str\n    problems: list[SpreadsheetError]\n",
    )


def _with_attributes(text: str, class_line: str, attrs: str) -> str:
    """The stub with `attrs` declared right after the docstring of the class `class_line`."""
    marker = class_line + '\n    """\n'
    head, sep, tail = text.partition(marker)
    if not sep:
        return text
    doc_end = tail.index('    """\n') + len('    """\n')
    return head + sep + tail[:doc_end] + attrs + tail[doc_end:]


def main() -> int:
    text = generate()
    if "--check" in sys.argv:
        current = STUB.read_text(encoding="utf-8") if STUB.exists() else ""
        if current != text:
            sys.stdout.writelines(
                difflib.unified_diff(current.splitlines(True), text.splitlines(True), str(STUB), "generated")
            )
            print("the committed stub differs from the compiled module: run python tools/make_stubs.py")
            return 1
        return 0
    STUB.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
