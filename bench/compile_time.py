"""Measures how long a translation unit including only one public header takes to compile.

    python bench/compile_time.py OUT.json [BASELINE_REV]

Compiles `#include "mandat/mandate.hpp"` (and an empty main) five times with the system C++
compiler at -O2, against the headers of this checkout and against those of BASELINE_REV (by
default the v0.1.0 layout, whose mandate.hpp pulled in nlohmann/json), and counts the
preprocessed lines. scripts/bench writes the figures into docs/performance.md.
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
BASELINE = "97c435d"  # v0.1.0: the last commit before the lean headers
HEADER = "mandat/mandate.hpp"
RUNS = 5


def measure(include: Path, work: Path) -> dict[str, float]:
    source = work / "tu.cpp"
    source.write_text(f'#include "{HEADER}"\nint main() {{ return 0; }}\n', encoding="utf-8")
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


def main() -> None:
    out = Path(sys.argv[1])
    baseline = sys.argv[2] if len(sys.argv) > 2 else BASELINE
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", baseline, "include"], check=True, capture_output=True
        )
        with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
            tar.extractall(work / "baseline", filter="data")
        result = {
            "header": HEADER,
            "baseline": baseline,
            "runs": RUNS,
            "before": measure(work / "baseline" / "include", work),
            "after": measure(ROOT / "include", work),
        }
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
