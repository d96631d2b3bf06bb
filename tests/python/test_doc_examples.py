"""Every code example in README.md and docs/*.md runs (conventions: docs/contributing.md).

A fenced block is tagged with its kind:

- ``sh``: each line that is not a comment is run with bash from the repository root; it must
  exit with 0, or with N when its comment says ``exit code N``;
- ``python``: the whole block is one script, run by this interpreter from the repository root;
- ``cpp``: compiled against ``include/`` and ``build/libmandat.a`` and run from the
  repository root; a block without ``main`` is wrapped in ``int main() { ... }`` (its
  ``#include`` lines stay at the top);
- ``json``: must parse;
- ``cmake``: not run here; it must be marked as covered by a CTest test that exists;
- ``text``: a sketch or a synopsis, not an example.

A block is left out only with a marker on the line just before its fence,
``<!-- not run: REASON -->``; the test then reports it as skipped with that reason.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

MARKDOWN = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CLI = ROOT / "build" / "mandat"
LIBRARY = ROOT / "build" / "libmandat.a"

KINDS = {"sh", "python", "cpp", "cmake", "json", "text"}
OPEN = re.compile(r"^(`{3,}|~{3,})\s*([^\s`]*)")
NOT_RUN = re.compile(r"^\s*<!--\s*not run:\s*(.+?)\s*-->\s*$")
EXIT_CODE = re.compile(r"#.*\bexit code (\d+)")
# What scripts/test runs before the documentation tests: never run again from an example.
SELF = re.compile(r"^\s*(scripts/|(python3? -m )?pip install\b)")


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # the line of the opening fence, 1-based
    kind: str
    code: str
    not_run: str | None  # the reason given by a not-run marker

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT).as_posix()}:{self.line}"


def blocks_of(path: Path) -> list[Block]:
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[Block] = []
    i = 0
    while i < len(lines):
        m = OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        fence, kind = m.group(1), m.group(2)
        marker = NOT_RUN.match(lines[i - 1]) if i > 0 else None
        end = i + 1
        while end < len(lines) and not lines[end].startswith(fence):
            end += 1
        code = "\n".join(lines[i + 1 : end]) + "\n"
        out.append(Block(path, i + 1, kind, code, marker.group(1) if marker else None))
        i = end + 1
    return out


BLOCKS = [b for path in MARKDOWN for b in blocks_of(path)]


# An example that starts a Dask cluster takes seconds, as tests/python/test_dask.py does.
DASK = re.compile(r"^\s*(from|import)\s+(dask|distributed)\b", re.MULTILINE)


def of_kind(kind: str) -> list[Any]:
    return [
        pytest.param(b, id=b.where, marks=[pytest.mark.dask, pytest.mark.slow] if DASK.search(b.code) else [])
        for b in BLOCKS
        if b.kind == kind
    ]


def _skip_if_marked(block: Block) -> None:
    if block.not_run:
        pytest.skip(f"not run: {block.not_run}")


def test_every_block_names_a_known_kind() -> None:
    unknown = [f"{b.where}: {b.kind or '(no kind)'}" for b in BLOCKS if b.kind not in KINDS]
    assert not unknown, f"tag each block with one of {sorted(KINDS)}:\n" + "\n".join(unknown)


def test_there_are_examples_of_every_kind() -> None:
    assert {b.kind for b in BLOCKS} >= {"sh", "python", "cpp", "cmake", "json"}


def commands_of(block: Block) -> list[tuple[str, int]]:
    """The block's commands with the exit code each must give."""
    out = []
    for line in block.code.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        m = EXIT_CODE.search(stripped)
        out.append((stripped, int(m.group(1)) if m else 0))
    return out


@pytest.mark.parametrize("block", of_kind("sh"))
def test_shell_example(block: Block) -> None:
    commands = commands_of(block)
    if not block.not_run:
        itself = [c for c, _ in commands if SELF.match(c)]
        assert not itself, f"{block.where}: mark the block <!-- not run: REASON -->, it runs {itself}"
    _skip_if_marked(block)
    if "build/mandat" in block.code and not CLI.is_file():
        pytest.skip("build/mandat is not built (scripts/build)")
    assert commands, f"{block.where}: no command"
    for command, expected in commands:
        done = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == expected, (
            f"{block.where}: `{command}` exited with {done.returncode}, expected {expected}\n"
            f"stdout:\n{done.stdout[-2000:]}\nstderr:\n{done.stderr[-2000:]}"
        )


@pytest.mark.parametrize("block", of_kind("python"))
def test_python_example(block: Block, tmp_path: Path) -> None:
    _skip_if_marked(block)
    script = tmp_path / (re.sub(r"\W", "_", block.where) + ".py")
    script.write_text(block.code, encoding="utf-8")
    env = dict(os.environ, MPLBACKEND="Agg")
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, f"{block.where}: the example failed\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"


def cpp_program(code: str) -> str:
    if re.search(r"\bint\s+main\s*\(", code):
        return code
    lines = code.splitlines()
    includes = [line for line in lines if line.lstrip().startswith("#include")]
    body = [line for line in lines if not line.lstrip().startswith("#include")]
    return "\n".join(includes) + "\n\nint main() {\n" + "\n".join(body) + "\n}\n"


@pytest.mark.slow  # each example is compiled and linked against the library: about 2 s
@pytest.mark.parametrize("block", of_kind("cpp"))
def test_cpp_example(block: Block, tmp_path: Path) -> None:
    _skip_if_marked(block)
    if not LIBRARY.is_file():
        pytest.skip("build/libmandat.a is not built (scripts/build)")
    compiler = os.environ.get("CXX") or shutil.which("c++") or shutil.which("g++")
    if compiler is None:
        pytest.skip("no C++ compiler")
    source = tmp_path / "example.cpp"
    source.write_text(cpp_program(block.code), encoding="utf-8")
    exe = tmp_path / "example"
    built = subprocess.run(
        [compiler, "-std=c++17", "-I", str(ROOT / "include"), str(source), str(LIBRARY), "-o", str(exe)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, f"{block.where}: does not compile\n{built.stderr[-4000:]}"
    ran = subprocess.run([str(exe)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, f"{block.where}: exited with {ran.returncode}\n{ran.stderr[-2000:]}"


@pytest.mark.parametrize("block", of_kind("json"))
def test_json_example(block: Block) -> None:
    _skip_if_marked(block)
    try:
        json.loads(block.code)
    except json.JSONDecodeError as e:
        pytest.fail(f"{block.where}: not JSON ({e}); tag a sketch as text")


@pytest.mark.parametrize("block", of_kind("cmake"))
def test_cmake_example_is_covered_by_ctest(block: Block) -> None:
    assert block.not_run, f"{block.where}: mark it <!-- not run: covered by the CTest test NAME -->"
    m = re.search(r"CTest test (\w+)", block.not_run)
    assert m, f"{block.where}: the marker must name the CTest test that covers the block"
    tests = (ROOT / "tests" / "CMakeLists.txt").read_text(encoding="utf-8")
    assert re.search(rf"add_test\(NAME {m.group(1)}\b", tests), f"{block.where}: no CTest test {m.group(1)}"
    # The project that test builds: named in the marker as "(folder/)", else examples/consumer/.
    folder = re.search(r"\(([\w./-]+)/\)", block.not_run)
    project = ROOT / (folder.group(1) if folder else "examples/consumer") / "CMakeLists.txt"
    consumer = project.read_text(encoding="utf-8")
    for command in re.findall(r"^\s*(\w+)\(", block.code, re.MULTILINE):
        assert f"{command}(" in consumer, f"{block.where}: {command}() is not what the consumer test builds"
    assert "mandat::mandat" in consumer
