"""Checks the file list of the sdist: everything the build and the tests need, nothing else.

Usage: python tools/check_sdist.py dist/mandat-X.Y.Z.tar.gz

Every file of the sdist must be a file of the repository (``git ls-files``): nothing made by a
build, a virtual environment, a cache or an editor. And the files the build needs must be
there: the CMake project, the sources, headers, data and templates it compiles in, the
bindings, the Python package, the vendored mustache and its licence.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Folders and files the build reads (prefixes of the repository's paths).
NEEDED = [
    "pyproject.toml",
    "CMakeLists.txt",
    "README.md",
    "cmake/",
    "include/mandat/",
    "src/",
    "bindings/",
    "python/mandat/",
    "data/",
    "third_party/kainjow/mustache.hpp",
    "third_party/kainjow/LICENSE",
]
# Folders that must never be in it, whatever git says.
NEVER = ("build", ".venv", "dist", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".git", ".ci")


def main(sdist: Path) -> int:
    with tarfile.open(sdist) as tar:
        names = [m.name for m in tar.getmembers() if m.isfile()]
    top = names[0].split("/", 1)[0]
    files = {n.split("/", 1)[1] for n in names if "/" in n}
    tracked = set(
        subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    )
    problems = []
    # PKG-INFO is written by the sdist builder itself.
    for f in sorted(files - tracked - {"PKG-INFO"}):
        problems.append(f"not a file of the repository: {f}")
    for f in sorted(files):
        folders = f.split("/")[:-1]
        if (folders and folders[0].startswith("build")) or any(d in NEVER for d in folders):
            problems.append(f"made by a build or a tool: {f}")
    for need in NEEDED:
        want = {f for f in tracked if f == need or (need.endswith("/") and f.startswith(need))}
        if not want:
            problems.append(f"the repository has no {need}")
        for f in sorted(want - files):
            problems.append(f"missing: {f}")
    if "PKG-INFO" not in files:
        problems.append("missing: PKG-INFO")
    for p in problems:
        print(f"check_sdist: {sdist.name}: {p}", file=sys.stderr)
    if problems:
        return 1
    print(
        f"check_sdist: {sdist.name}: {len(files)} files under {top}/, every one a file of the repository, none missing"
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(Path(sys.argv[1])))
