"""Writes docs/performance.md from the benchmark results of scripts/bench.

Usage: python bench/write_performance.py RESULTS_DIR OUTPUT.md [REPETITIONS]
"""

import json
import platform
import subprocess
import sys
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def fmt_time(ns: float) -> str:
    if ns < 1e3:
        return f"{ns:.1f} ns"
    if ns < 1e6:
        return f"{ns / 1e3:.2f} µs"
    if ns < 1e9:
        return f"{ns / 1e6:.1f} ms"
    return f"{ns / 1e9:.2f} s"


def to_ns(b: dict) -> float:
    scale = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}[b.get("time_unit", "ns")]
    return float(b["real_time"]) * scale


def main() -> None:
    results, out = Path(sys.argv[1]), Path(sys.argv[2])
    repetitions = sys.argv[3] if len(sys.argv) > 3 else "several"
    cpp = json.loads((results / "cpp.json").read_text())
    medians = {}
    for b in cpp["benchmarks"]:
        if b.get("aggregate_name", "median") == "median":
            medians[b["run_name"]] = b
    ctx = cpp["context"]
    lines = [
        "# Performance",
        "",
        f"Measured by `scripts/bench` (Google Benchmark, median of {repetitions} repetitions, real time),",
        "which also wrote this file. Debian's Google Benchmark library reports itself as a debug",
        "build; that concerns the harness only, the code measured is built in Release mode.",
        "Reproduce with `scripts/bench` on a clean checkout; figures vary with the machine.",
        "",
        f"- machine: {cpu_model()}, {ctx.get('num_cpus', '?')} cores, {platform.system()} {platform.release()}",
        f"- compiler: {subprocess.run(['c++', '--version'], capture_output=True, text=True).stdout.splitlines()[0]}",
        f"- date: {ctx.get('date', '?')}",
        "",
        "## C++",
        "",
        "| benchmark | time per call |",
        "|---|---|",
    ]
    for name in [
        "composition_check",
        "leading_organisation_by_year",
        "load_embedded_mandate",
        "load_mandate_from_file",
    ]:
        if name in medians:
            lines.append(f"| `{name}` | {fmt_time(to_ns(medians[name]))} |")
    lines += [
        "",
        "### The compliance check (whole period 2022-2025, embedded mandate)",
        "",
        "Generated rosters (`bench/roster_generator.hpp`): every seat of both bodies is a line of",
        "holders with 240-day tenures, each tenure recorded as many short, overlapping appointments;",
        "leader, coordinator and secretary lines follow the rotation; meetings are one third",
        "steering group, two thirds working committee, attended by the lines' holders.",
        "",
        "| appointments | meetings | findings | time | time vs. the row above |",
        "|---:|---:|---:|---:|---:|",
    ]
    prev = None
    rows = sorted(
        (b for n, b in medians.items() if n.startswith("compliance_check/")),
        key=lambda b: b["appointments"],
    )
    for b in rows:
        t = to_ns(b)
        ratio = f"{t / prev:.1f}x" if prev else ""
        counts = f"{int(b['appointments']):,} | {int(b['meetings']):,} | {int(b['findings']):,}"
        lines.append(f"| {counts} | {fmt_time(t)} | {ratio} |")
        prev = t
    lines.append("")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
