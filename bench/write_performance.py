"""Writes docs/performance.md from the benchmark results of scripts/bench.

Usage: python bench/write_performance.py RESULTS_DIR OUTPUT.md [REPETITIONS]
       python bench/write_performance.py --section html RESULTS_DIR OUTPUT.md
The second form rewrites only the section of the HTML report (from html.json, written by
bench/bench_html.py) in an existing file: scripts/bench html.
"""

import json
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any


def composition_side_by_side(py: dict[str, Any]) -> list[str]:
    """The per-call check_composition against the same check in pure Python (bench_python.py
    --composition prints the same figures)."""
    if "composition_check_valid_python_per_call_s" not in py:
        return []
    lines = [
        "### `check_composition` per call against pure Python",
        "",
        "The same check written in pure Python (`py_check_composition` in `bench/bench_python.py`: the",
        "same argument checks, a dict per finding), called the same way in the same loop, the runs of",
        "the two sides taking turns, best of 7 runs of 100,000 calls (of 100 passes over the 1,000",
        "compositions for the last row).",
        "",
        "| composition | `Mandate.check_composition` | pure Python | pure Python / library |",
        "|---|---|---|---|",
    ]
    for name, what in (
        ("valid", "valid (no findings)"),
        ("invalid", "invalid (one finding)"),
        ("new_finding", "invalid, a finding not kept yet (1,000 counts in turn)"),
    ):
        if f"composition_check_{name}_python_per_call_s" not in py:
            continue
        lib = py[f"composition_check_{name}_python_per_call_s"]
        pure = py[f"composition_check_{name}_pure_python_per_call_s"]
        lines.append(f"| {what} | {fmt_time(lib * 1e9)} | {fmt_time(pure * 1e9)} | {pure / lib:.1f}x |")
    lines += [
        "",
        "Both are answered without converting anything: a plain CPython method in front of the pybind11",
        "function reads the dict in place against the body's quotas, whose organisation ids (and those",
        "of the organisations without a seat in the body) it keeps as interned Python strings per",
        "thread. A valid composition gets its empty list there and then. A finding depends only on the",
        "body, the organisation, the count and the language, so each is built once, by the code of the",
        "general path (the message in the language asked for, the verbatim quote, the facts), and kept",
        "per thread, up to 256; a call hands the kept value to a new `Finding` without copying it (the",
        "class holds its value by `shared_ptr`; a `Finding` cannot be changed from Python, so one still",
        "alive may be handed out again: two answers are always `==`, and may be `is`). Any doubt (another",
        "mapping type, a negative or huge count, an organisation the mandate does not know, an unknown",
        "body or language) goes to the pybind11 function, so answers and errors are the same;",
        "`tests/python/test_composition_paths.py` checks both paths against each other and against",
        "messages written by hand. A finding not kept yet costs what the general path costs (the last",
        "row). Reproduce with `python bench/bench_python.py --composition`.",
        "",
    ]
    return lines


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


HTML_HEADING = "## The HTML report in a browser"


def html_section(h: dict) -> list[str]:
    """The HTML report's size and its rendering time in headless chromium (bench/bench_html.py)."""
    lines = [
        HTML_HEADING,
        "",
        f"Measured by `bench/bench_html.py` in Debian's {h['browser']}, headless, driven by Selenium",
        f"(window 1600x1000; best of {h['runs']} fresh navigations): the time from navigation to the",
        "load event, and to the second animation frame after it, by which the whole page has been laid",
        "out and painted. The C++ side (`check`, `to_html`) is timed from Python, best of five. The",
        "generated roster is the one of the compliance check above (`bench/roster_generator.hpp`);",
        "in the distinct one every appointment is a person of its own, seated in turn (each",
        "organisation's minimum seats are a chain of persons, without a gap), so every appointment",
        "is a bar.",
        "Reproduce with `scripts/bench html`, which rewrites this section only.",
        "",
        "| roster | appointments | meetings drawn | lanes | bars | breaches | most rows in a lane | page | check "
        "| `to_html` | load event | laid out and painted |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in h["pages"]:
        lines.append(
            f"| {r['roster']} | {r['appointments']:,} | {r['meetings']:,} | {r['lanes']} | {r['bars']:,} "
            f"| {r['breaches']:,} | {r['rows']} | {r['bytes'] / 1e6:.2f} MB | {fmt_time(r['check_s'] * 1e9)} "
            f"| {fmt_time(r['to_html_s'] * 1e9)} | {r['load_ms']:.0f} ms | {r['rendered_ms']:.0f} ms |"
        )
    lines += [
        "",
        "The page stays readable at this size because lanes are grouped, not listed per person: one",
        "lane per organisation's seats in each body (and one for the secretaries), whatever the number",
        "of appointments. A person's appointments in the same seat that overlap or follow each other",
        "without a day between are one bar (a tenure), so re-recorded appointments do not multiply the",
        "bars; the bars of a lane are packed into as few rows as the most seats held at once (normally",
        "the quota's maximum), and a lane never grows beyond six rows: tenures beyond share the last row,",
        "drawn lighter, and the lane's label says how many (`(+N at once)`). Names are written on a bar",
        "only where they fit; every bar keeps its name, organisation and dates in its `<title>`. A",
        "breach's code is written where it does not run into the previous code on the same row; the",
        "rest keep theirs in their `<title>`. The 10,000 appointments of the generated roster are",
        "re-recorded tenures, so they draw as about a hundred bars in ten lanes; the distinct roster's",
        "draw as 10,000 bars, still in the nine lanes of the organisations' seats (a lane's rows are",
        "the seats held at once, not the persons). What makes a page large is findings rather than",
        "appointments: each is a row of",
        "the table and, as an error or warning, a shaded rectangle; a roster with a hundred persons",
        "seated at once in every seat gives 140,000 findings and a page of over 100 MB, which no",
        "browser shows comfortably (the text and JSON outputs suit such a roster better).",
        "",
    ]
    return lines


SCALING_HEADING = "## Adversarial inputs: scaling and memory"


def rewrite_html_section(results: Path, out: Path) -> None:
    """Replaces the HTML section of an existing performance.md (or appends it)."""
    text = out.read_text(encoding="utf-8")
    head, sep, rest = text.partition(HTML_HEADING)
    tail = ""
    if sep:
        nxt = rest.find("\n## ")
        tail = rest[nxt + 1 :] if nxt >= 0 else ""
    section = "\n".join(html_section(json.loads((results / "html.json").read_text())))
    out.write_text(head.rstrip("\n") + "\n\n" + section + ("\n" + tail if tail else ""), encoding="utf-8")


def main() -> None:
    if sys.argv[1] == "--section":
        if sys.argv[2] != "html":
            sys.exit("only the html section can be rewritten alone")
        rewrite_html_section(Path(sys.argv[3]), Path(sys.argv[4]))
        return
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
        "| what | time per call |",
        "|---|---|",
    ]
    described = {
        "composition_checker_valid_per_call": "composition check, yes/no (`composition_checker::valid`)",
        "composition_check_valid": "`check_composition`, a valid composition (no findings)",
        "composition_check": "`check_composition`, an invalid one (builds a finding with message and quote)",
        "leading_organisation_by_year": "`leading_organisation(year)`",
        "load_embedded_mandate": "loading the embedded mandate (parse and validate)",
        "load_mandate_from_file": "loading the mandate from a file",
    }
    for name, text in described.items():
        if name in medians:
            lines.append(f"| {text} | {fmt_time(to_ns(medians[name]))} |")
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
    compile_path = results / "compile.json"
    if compile_path.exists():
        lines += compile_section(json.loads(compile_path.read_text()))
    python_path = results / "python.json"
    if python_path.exists():
        py = json.loads(python_path.read_text())
        lines += python_section(py, medians, rows, out.parent)
        lines += targets_section(py, medians, rows)
    html_path = results / "html.json"
    if html_path.exists():
        lines += html_section(json.loads(html_path.read_text()))
    # The section of the adversarial shapes belongs to `scripts/bench scaling`
    # (bench/bench_scaling.py): a full run keeps it as it stands.
    kept = ""
    if out.exists():
        _, sep, rest = out.read_text(encoding="utf-8").partition(SCALING_HEADING)
        if sep:
            kept = sep + rest
    out.write_text("\n".join(lines) + "\n" + ("\n" + kept if kept else ""), encoding="utf-8")


def compile_section(c: dict) -> list[str]:
    """The compile time of a translation unit that includes one public header (bench/compile_time.py)."""
    headers = c.get("headers") or [
        {"header": c["header"], "baseline": c["baseline"], "before": c["before"], "after": c["after"]}
    ]
    lines = [
        "## Compile time",
        "",
        "A translation unit that includes only one public header (and an empty `main`), compiled with",
        f"`c++ -std=c++17 -O2`, mean of {c['runs']} runs (`bench/compile_time.py`). Each header's baseline",
        "is the header layout before it lost nlohmann/json: 97c435d (v0.1.0) for `mandate.hpp`, where",
        "the value headers pulled it in, and d69697b for `compliance.hpp`, whose `roster.hpp` kept",
        "unknown members as `nlohmann::json`.",
        "",
        "| header | headers of | preprocessed lines | compile time |",
        "|---|---|---:|---:|",
    ]
    for h in headers:
        before, after = h["before"], h["after"]
        lines += [
            f"| `{h['header']}` | baseline ({h['baseline']}) | {int(before['lines']):,} | {before['seconds']:.2f} s |",
            f"| `{h['header']}` | this checkout | {int(after['lines']):,} | {after['seconds']:.2f} s |",
        ]
    lines.append("")
    return lines


def targets_section(py: dict, medians: dict, cpp_rows: list) -> list[str]:
    """The project's performance targets against this run's figures, computed, not asserted."""

    def mark(ok: bool) -> str:
        return "met" if ok else "**not met**"

    valid_ns = to_ns(medians["composition_check_valid"])
    yes_no_ns = to_ns(medians["composition_checker_valid_per_call"])
    batch_ratio = py["numpy_batch_per_row_s"] * 1e9 / (to_ns(medians["composition_batch_per_row"]) / 1e6)
    steps = [to_ns(b) / to_ns(a) for a, b in zip(cpp_rows, cpp_rows[1:])]
    at_1e5 = next((r for r in py["compliance"] if r["appointments"] == 100_000 and "ratio" in r), None)
    lines = [
        "## Targets",
        "",
        "| target | this run | |",
        "|---|---|---|",
        f"| a composition check under 100 ns per call in C++ | `check_composition` {fmt_time(valid_ns)}; "
        f"yes/no form {fmt_time(yes_no_ns)} | {mark(valid_ns < 100)} |",
        f"| the NumPy batch within 2x of the C++ loop per row | {batch_ratio:.2f}x | {mark(batch_ratio <= 2)} |",
    ]
    for (a, b), step in zip(zip(cpp_rows, cpp_rows[1:]), steps):
        lines.append(
            f"| 10x the appointments costs at most about 12x "
            f"({int(a['appointments']):,} to {int(b['appointments']):,}) "
            f"| {step:.1f}x | {mark(step <= 12.5)} |"
        )
    if at_1e5:
        ratio = at_1e5["ratio"]
        lines.append(
            f"| at least 50x faster than pure Python at 100,000 appointments | {ratio:.0f}x | {mark(ratio >= 50)} |"
        )
    lines += [
        "",
        "`check_composition` on a valid composition allocates nothing; on an invalid one it builds",
        "findings with messages and quoted sources, which takes a few hundred nanoseconds. The",
        "yes/no form (`composition_checker`, also behind the NumPy batch) answers whether a",
        "composition is valid without building findings. The last tenfold step of the",
        "compliance check also pays for its memory: at a million appointments the working arrays",
        "exceed the allocator's reuse threshold, so each run maps fresh pages (page faults show in a",
        "profile), and the generated rosters' findings grow 11.5x, not 10x.",
        "",
    ]
    return lines


def python_section(py: dict, medians: dict, cpp_rows: list, docs: Path) -> list[str]:
    batch_cpp = medians.get("composition_batch_per_row")
    cpp_row_ns = to_ns(batch_cpp) / 1e6 if batch_cpp else float("nan")  # 1e6 rows per iteration
    np_row_ns = py["numpy_batch_per_row_s"] * 1e9
    lines = [
        "## Python",
        "",
        "Measured by `bench/bench_python.py` (best of several runs, `time.perf_counter`).",
        "",
        "| what | time |",
        "|---|---|",
        f"| `Mandate.check_composition` per call | {fmt_time(py['composition_check_python_per_call_s'] * 1e9)} |",
        f"| `leading_organisation(2023)` per call | {fmt_time(py['leading_organisation_python_per_call_s'] * 1e9)} |",
        f"| `mandat.trondelag()` per call | {fmt_time(py['trondelag_python_per_call_s'] * 1e9)} |",
        f"| NumPy batch, 1,000,000 compositions | {fmt_time(py['numpy_batch_1e6_rows_s'] * 1e9)} |",
        f"| NumPy batch per row | {fmt_time(np_row_ns)} |",
        f"| C++ `composition_checker` loop per row (same shape) | {fmt_time(cpp_row_ns)} |",
        f"| NumPy batch per row / C++ loop per row | {np_row_ns / cpp_row_ns:.2f}x |",
        f"| pure-Python composition check, per row | {fmt_time(py['pure_python_loop_per_row_s'] * 1e9)} |",
        f"| pure-Python per row / NumPy batch per row | {py['pure_python_loop_per_row_s'] * 1e9 / np_row_ns:.0f}x |",
        "",
        *composition_side_by_side(py),
        "### The compliance check against a pure-Python baseline",
        "",
        "The baseline (`py_compliance` in `bench/bench_python.py`) is what a notebook user would",
        "write without the library: a loop over every day of 2022-2025 that scans the",
        "appointments and evaluates quotas, duplicate seats, leader, coordinator and secretary,",
        "plus meeting counts and attendance. It counts breaches rather than building findings,",
        "so it does less than the library. Same generated rosters as above, loaded from JSON.",
        "",
        "| appointments | library (from Python) | pure Python | ratio |",
        "|---:|---:|---:|---:|",
    ]
    for row in py["compliance"]:
        pure = fmt_time(row["pure_python_s"] * 1e9) if "pure_python_s" in row else "not run"
        ratio = f"{row['ratio']:.0f}x" if "ratio" in row else ""
        lines.append(f"| {row['appointments']:,} | {fmt_time(row['library_s'] * 1e9)} | {pure} | {ratio} |")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(6, 4))
        xs = [int(b["appointments"]) for b in cpp_rows]
        ax.loglog(xs, [to_ns(b) / 1e6 for b in cpp_rows], "o-", label="mandat (C++)")
        pure = [r for r in py["compliance"] if "pure_python_s" in r]
        pure_x = [r["appointments"] for r in pure]
        ax.loglog(pure_x, [r["pure_python_s"] * 1e3 for r in pure], "s--", label="pure Python")
        ax.loglog(xs, [to_ns(cpp_rows[0]) / 1e6 * x / xs[0] for x in xs], ":", color="grey", label="linear")
        ax.set_xlabel("appointments (meetings: a tenth of them)")
        ax.set_ylabel("ms")
        ax.set_title("Compliance check over 2022-2025")
        ax.legend()
        fig.tight_layout()
        fig.savefig(docs / "performance-scaling.png", dpi=100)
        lines += ["", "![The compliance check's time against the number of appointments](performance-scaling.png)"]
    except ImportError:
        pass
    lines.append("")
    return lines


if __name__ == "__main__":
    main()
