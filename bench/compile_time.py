"""Measures how long a translation unit including only one public header takes to compile.

    python bench/compile_time.py OUT.json [BASELINE_REV]

For each header of HEADERS, compiles `#include "mandat/<header>"` (and an empty main) five
times with the system C++ compiler at -O2, against the headers of this checkout and against
those of the header's baseline revision, and counts the preprocessed lines. The baselines are
the layouts before a header lost nlohmann/json: v0.1.0 for mandate.hpp, the commit before
roster.hpp's unknown members became `extra_members` for compliance.hpp. BASELINE_REV, when
given, is the baseline of every header. scripts/bench writes the figures into
docs/performance.md.

OUT.json keeps the first header's figures at the top level (header, baseline, before, after)
and lists every header's under "headers".
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# header -> the revision whose headers are its baseline
HEADERS = {
    "mandat/mandate.hpp": "97c435d",  # v0.1.0: the last commit before the lean headers
    "mandat/compliance.hpp": "d69697b",  # the last commit whose roster.hpp included nlohmann/json
}
RUNS = 5


def measure(header: str, include: Path, work: Path) -> dict[str, float]:
    source = work / "tu.cpp"
    source.write_text(f'#include "{header}"\nint main() {{ return 0; }}\n', encoding="utf-8")
    command = ["c++", "-std=c++17", "-O2", f"-I{include}", "-c", str(source), "-o", str(work / "tu.o")]
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True)
        times.append(time.perf_counter() - start)
    pre = subprocess.run(
        ["c++", "-std=c++17", f"-I{include}", "-E", str(source)], check=True, capture_output=True, text=True
    ).stdout
    return {"seconds": statistics.mean(times), "lines": float(len(pre.splitlines()))}


def baseline_include(rev: str, work: Path) -> Path:
    """The include folder of revision `rev`, extracted once under `work`."""
    folder = work / f"baseline-{rev}"
    if not folder.exists():
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "include"], check=True, capture_output=True)
        with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
            tar.extractall(folder, filter="data")
    return folder / "include"


def main() -> None:
    out = Path(sys.argv[1])
    override = sys.argv[2] if len(sys.argv) > 2 else None
    headers = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for header, default in HEADERS.items():
            baseline = override or default
            headers.append(
                {
                    "header": header,
                    "baseline": baseline,
                    "before": measure(header, baseline_include(baseline, work), work),
                    "after": measure(header, ROOT / "include", work),
                }
            )
    result = {**headers[0], "runs": RUNS, "headers": headers}
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
