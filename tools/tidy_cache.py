"""Which translation units clang-tidy has to look at: those whose inputs changed since they were
last found clean (scripts/lint; docs/contributing.md, "Quality gates").

A unit's key is the SHA-256 of everything clang-tidy's verdict depends on: the output of
`clang-tidy --version`, the committed `.clang-tidy` (and any in the unit's folders, such as
`bindings/.clang-tidy`), the unit's compile arguments and its
preprocessed text as clang sees it (`clang++ -E -P` with the same arguments: every header it
includes, ours and the system's, with the macros clang defines). The checkout's own path is
replaced by a placeholder in both, so a clone elsewhere gives the same keys. A key listed in
the record (`tools/clang-tidy.clean`, committed) was found clean with exactly those inputs, so
clang-tidy would say the same again: the unit is skipped. Any change to a unit, a header it
includes, the flags, the configuration or the tool gives a new key, and the unit is checked.

    python tools/tidy_cache.py stale BUILD_DIR RECORD PENDING FILE...
        prints the FILEs to check, one a line, and writes the keys of all FILEs to PENDING,
        which scripts/lint moves over RECORD once clang-tidy found those FILEs clean
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = b"@MANDAT_SOURCE_DIR@"


def _arguments(entry: dict[str, object]) -> list[str]:
    if "arguments" in entry:
        return [str(a) for a in entry["arguments"]]  # type: ignore[union-attr]
    return shlex.split(str(entry["command"]))


def _preprocess_arguments(args: list[str]) -> list[str]:
    """The compile arguments with clang++ as the compiler and -E -P instead of -c and -o."""
    out = ["clang++"]
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD") or a.startswith("-o"):
            continue
        out.append(a)
    return [*out, "-E", "-P", "-o", "-"]


def _common() -> bytes:
    version = subprocess.run(["clang-tidy", "--version"], check=True, capture_output=True).stdout
    return version + b"\0" + (ROOT / ".clang-tidy").read_bytes() + b"\0"


def _folder_configs(file: str) -> bytes:
    """The .clang-tidy files of the folders between the checkout and `file`, outermost first."""
    out = b""
    folder = ROOT
    for part in Path(file).parent.parts:
        folder = folder / part
        config = folder / ".clang-tidy"
        if config.is_file():
            out += config.read_bytes() + b"\0"
    return out


def _key(common: bytes, file: str, entry: dict[str, object]) -> str:
    args = _arguments(entry)
    pre = _preprocess_arguments(args)
    text = subprocess.run(pre, cwd=str(entry["directory"]), check=True, capture_output=True).stdout
    root = str(ROOT).encode()
    h = hashlib.sha256(common)
    h.update(_folder_configs(file))
    h.update(" ".join(pre).encode().replace(root, PLACEHOLDER))
    h.update(b"\0")
    h.update(text.replace(root, PLACEHOLDER))
    return h.hexdigest()


def keys(build_dir: Path, files: list[str]) -> dict[str, str]:
    """The key of each file (a path relative to the checkout), from build_dir's compile commands."""
    database = json.loads((build_dir / "compile_commands.json").read_text(encoding="utf-8"))
    by_file = {os.path.realpath(str(e["file"])): e for e in database}
    common = _common()
    entries = {}
    for f in files:
        entry = by_file.get(os.path.realpath(ROOT / f))
        if entry is None:
            raise SystemExit(f"tidy_cache: {f} is not in {build_dir}/compile_commands.json")
        entries[f] = entry
    workers = int(os.environ.get("MANDAT_JOBS", os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {f: pool.submit(_key, common, f, e) for f, e in entries.items()}
        return {f: fut.result() for f, fut in futures.items()}


def main(argv: list[str]) -> int:
    if len(argv) < 4 or argv[0] != "stale":
        print(__doc__, file=sys.stderr)
        return 2
    build_dir, record, pending = Path(argv[1]), Path(argv[2]), Path(argv[3])
    files = sorted(set(argv[4:]))
    found = keys(build_dir, files)
    known = set()
    if record.exists():
        known = {line.split()[0] for line in record.read_text(encoding="utf-8").splitlines() if line.strip()}
    for f in files:
        if found[f] not in known:
            print(f)
    pending.write_text(
        "# Keys of the translation units clang-tidy found clean (tools/tidy_cache.py; written by scripts/lint).\n"
        + "".join(f"{found[f]}  {f}\n" for f in files),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
