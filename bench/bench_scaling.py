"""Adversarial input shapes: how time and peak memory grow when the input grows tenfold.

Each shape is a document generated here at three sizes, tenfold apart, and run through the
native command line (load, validate, lint on load, the command itself), best of three runs.
The figures are wall time and the peak resident memory of the process (GNU time's %M). The
target (docs/hardening.md) is at most about 12x time per tenfold input: linear or n log n. With
``--baseline`` the same inputs are also run by another build (the release before the fix), with
a time limit, side by side. The section "Adversarial inputs" of OUTPUT.md is rewritten; with
``--shape`` (repeatable) only the shapes named are run, and the rows of the others are kept as
they stand. With ``--check`` it exits with 1 when the memory target is missed: at most
TARGET_BYTES_PER_INPUT_BYTE of peak memory per byte of a large roster (the shape "check: a large
roster", from TARGET_FROM_BYTES of input); or a time target: each shape of TIME_CHECKED (amendment
chains, check --history across many versions, long quotes of a long clause, members absent from
many meetings) at most TARGET_TIME_PER_TENFOLD times the time of the size before, and within
TIME_LIMIT (a size past it ends its shape).
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
MANDATE = json.loads((ROOT / "data" / "trondelag-2022.mandate.json").read_text(encoding="utf-8"))
HEADING = "## Adversarial inputs: scaling and memory"
TIME_LIMIT = 60.0  # seconds, for the baseline's slow runs
# The memory target (docs/performance.md), also held by the CTest test memory_per_byte.
TARGET_SHAPE = "check: a large roster"
TARGET_BYTES_PER_INPUT_BYTE = 4.0
TARGET_FROM_BYTES = 20_000_000
# What follows this line in the section is written by hand and kept when the section is rewritten.
KEEP_MARKER = "<!-- written by bench/bench_scaling.py down to here; what follows is kept -->"


def mandate_parent_chain(n: int) -> dict[str, Any]:
    """n extra organisations, each the parent of the next: one chain n long."""
    m = copy.deepcopy(MANDATE)
    for i in range(n):
        org: dict[str, Any] = {"id": f"o{i}", "name": f"Org {i}", "party": False}
        if i:
            org["parent_id"] = f"o{i - 1}"
        m["organisations"].append(org)
    return m


def mandate_orgs_by_bodies(n: int) -> dict[str, Any]:
    """About n seats: k organisations and k bodies, each body with a seat for every organisation."""
    k = max(1, round(n**0.5))
    m = copy.deepcopy(MANDATE)
    for i in range(k):
        m["organisations"].append({"id": f"o{i}", "name": f"Org {i}", "party": False})
    template = m["bodies"]["items"][0]
    for b in range(k):
        body = copy.deepcopy(template)
        body["id"] = f"b{b}"
        body["name"] = f"Body {b}"
        body.pop("meetings", None)
        body["quotas"]["seats"] = [
            {"organisation_id": f"o{i}", "min": 1, "max": 2, "source": "1-2 representanter fra KS"} for i in range(k)
        ]
        m["bodies"]["items"].append(body)
    return m


def mandate_many_quotes(n: int) -> dict[str, Any]:
    """One clause of n list items and one body with n seats, each quoting its own item."""
    m = copy.deepcopy(MANDATE)
    clause = next(c for c in m["clauses"] if c["id"] == "styringsgruppen")
    seats = m["bodies"]["items"][0]["quotas"]["seats"]
    for i in range(n):
        m["organisations"].append({"id": f"o{i}", "name": f"Org {i}", "party": False})
        clause["text"].append(f"- 1 representant fra organisasjon nummer {i}")
        seats.append(
            {"organisation_id": f"o{i}", "min": 1, "max": 1, "source": f"1 representant fra organisasjon nummer {i}"}
        )
    return m


def _roster(
    persons: list[dict[str, Any]], memberships: list[dict[str, Any]], meetings: list[dict[str, Any]]
) -> dict[str, Any]:
    return {"format": "mandat.roster/1", "persons": persons, "memberships": memberships, "meetings": meetings}


def working_committee(n: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """n persons p0, p1, ... and their working-committee memberships for sf over 2022-2025."""
    persons = [{"id": f"p{i}", "name": f"Person {i}"} for i in range(n)]
    memberships = [
        {
            "person_id": f"p{i}",
            "organization_id": "arbeidsutvalget",
            "on_behalf_of_id": "sf",
            "role": "member",
            "start_date": "2022-01-01",
            "end_date": "2025-12-31",
        }
        for i in range(n)
    ]
    return persons, memberships


def roster_absent_members(n: int) -> dict[str, Any]:
    """n working-committee members absent from the 16 steering-group meetings of 2022-2025."""
    persons, memberships = working_committee(n)
    meetings = [
        {"organization_id": "styringsgruppen", "date": f"{y}-{md}", "attendee_ids": []}
        for y in range(2022, 2026)
        for md in ("03-10", "06-09", "09-29", "12-08")
    ]
    return _roster(persons, memberships, meetings)


def roster_one_day(n: int) -> dict[str, Any]:
    """n holders of steering-group seats on one day, for the roster command."""
    persons = [{"id": f"p{i}", "name": f"Person {i}"} for i in range(n)]
    orgs = ("ks", "tfk", "sf", "nfr", "kdu")
    memberships = [
        {
            "person_id": f"p{i}",
            "organization_id": "styringsgruppen",
            "on_behalf_of_id": orgs[i % len(orgs)],
            "role": "member",
            "start_date": "2023-01-01",
            "end_date": "2023-12-31",
        }
        for i in range(n)
    ]
    return _roster(persons, memberships, [])


def roster_bulk(n: int) -> dict[str, Any]:
    """A large plausible roster: n persons, each with a four-year membership, and 48 meetings."""
    persons = [{"id": f"person-{i:08d}", "name": f"Person number {i}", "email": f"p{i}@example.org"} for i in range(n)]
    orgs = ("ks", "tfk", "sf", "nfr")
    memberships = [
        {
            "id": f"m{i}",
            "person_id": f"person-{i:08d}",
            "organization_id": "arbeidsutvalget",
            "on_behalf_of_id": orgs[i % 4],
            "role": "member",
            "start_date": "2022-01-01",
            "end_date": "2025-12-31",
        }
        for i in range(n)
    ]
    meetings = [
        {
            "organization_id": "arbeidsutvalget",
            "date": f"{y}-{mo:02d}-15",
            "attendee_ids": [f"person-{i:08d}" for i in range(4)],
        }
        for y in range(2022, 2026)
        for mo in range(1, 13)
    ]
    return _roster(persons, memberships, meetings)


class Files(dict[str, dict[str, Any]]):
    """Several documents for one command: placeholder (HISTORY, ROSTER, ...) -> document."""


def _day(first: str, offset: int) -> str:
    return (dt.date.fromisoformat(first) + dt.timedelta(days=offset)).isoformat()


def _long_mandate() -> dict[str, Any]:
    """The mandate in force for a century (2000-2099), so that thousands of amendments each get days."""
    m = copy.deepcopy(MANDATE)
    m["validity"]["start_date"] = "2000-01-01"
    m["validity"]["end_date"] = "2099-12-31"
    m["validity"]["source"] = "1.1.2000 til 1.1.2100."  # the quote states the period (lint)
    next(c for c in m["clauses"] if c["id"] == "varighet")["text"] = [m["validity"]["source"]]
    return m


def _amendments(n: int) -> list[dict[str, Any]]:
    """n amendments, each of the one before (the first of the mandate), each from a later day."""
    step = 36_500 // (n + 1)
    out = []
    for i in range(n):
        out.append(
            {
                "id": f"a{i}",
                "amends": f"a{i - 1}" if i else MANDATE["id"],
                "status": "adopted",
                "from": _day("2000-01-01", (i + 1) * step),
                "patch": [{"op": "replace", "path": "/title", "value": f"Amendment {i}"}],
            }
        )
    return out


def history_chain(n: int) -> Files:
    """A history of one mandate and n chained amendments (each amends the one before)."""
    history = {
        "format": "mandat.history/1",
        "id": "h",
        "title": "A chain of amendments",
        "versions": [{"mandate": _long_mandate()}, *_amendments(n)],
    }
    return Files(HISTORY=history)


def history_versions_roster(n: int) -> Files:
    """n chained amendments and 40 working-committee members in the span of each version: every
    membership meets one version, so the check costs versions plus memberships."""
    history = history_chain(n)["HISTORY"]
    step = 36_500 // (n + 1)
    persons, memberships = [], []
    for v in range(n + 1):
        first, last = _day("2000-01-01", v * step), _day("2000-01-01", (v + 1) * step - 1)
        for k in range(40):
            i = v * 40 + k
            persons.append({"id": f"p{i}", "name": f"Person {i}"})
            memberships.append(
                {
                    "person_id": f"p{i}",
                    "organization_id": "arbeidsutvalget",
                    "on_behalf_of_id": ("ks", "tfk", "sf", "nfr")[k % 4],
                    "role": "member",
                    "start_date": first,
                    "end_date": last,
                }
            )
    return Files(HISTORY=history, ROSTER=_roster(persons, memberships, []))


def mandate_long_quotes(n: int) -> dict[str, Any]:
    """Eight quotes of n+1 bytes ("a" n times, then "b") of a clause of sixteen lines of 2n+1
    bytes, found only at the end of its last line: a search that starts afresh at each position
    reads text times quote."""
    m = copy.deepcopy(MANDATE)
    clause = next(c for c in m["clauses"] if c["id"] == "styringsgruppen")
    clause["text"] += ["a" * (2 * n) + "c"] * 15 + ["a" * (2 * n) + "b"]
    seats = m["bodies"]["items"][0]["quotas"]["seats"]
    for i in range(8):
        m["organisations"].append({"id": f"q{i}", "name": f"Quoted {i}", "party": False})
        seats.append({"organisation_id": f"q{i}", "min": 0, "max": 1, "source": "a" * (n - i) + "b"})
    return m


def roster_members_by_meetings(n: int) -> dict[str, Any]:
    """n working-committee members and n steering-group meetings that record nobody: every member
    is absent from every meeting."""
    persons, memberships = working_committee(n)
    meetings = [
        {"organization_id": "styringsgruppen", "date": _day("2022-01-01", i % 1461), "attendee_ids": []}
        for i in range(n)
    ]
    return _roster(persons, memberships, meetings)


# name, what grows, generator, the command (MANDATE/ROSTER replaced by the file), sizes (a list inside
# one object of a mandate holds at most 100,000 items, limits.hpp)
SHAPES: list[tuple[str, str, Callable[[int], dict[str, Any]], list[str], list[int]]] = [
    (
        "mandate: a parent chain",
        "organisations",
        mandate_parent_chain,
        ["--mandate", "MANDATE", "status", "--date", "2023-01-01"],
        [300, 3000, 30000],
    ),
    (
        "mandate: organisations x bodies",
        "seats",
        mandate_orgs_by_bodies,
        ["--mandate", "MANDATE", "status", "--date", "2023-01-01"],
        [300, 3000, 30000],
    ),
    (
        "mandate: many quoted sources",
        "quotes",
        mandate_many_quotes,
        ["--mandate", "MANDATE", "status", "--date", "2023-01-01"],
        [300, 3000, 30000],
    ),
    (
        "check: members absent from meetings",
        "members",
        roster_absent_members,
        ["check", "ROSTER", "--json"],
        [1000, 10000, 100000],
    ),
    (
        "roster: holders on one day",
        "holders",
        roster_one_day,
        ["roster", "ROSTER", "--date", "2023-06-01", "--json"],
        [1000, 10000, 100000],
    ),
    ("check: a large roster", "persons", roster_bulk, ["check", "ROSTER", "--json"], [3000, 30000, 300000]),
    (
        "history: a chain of amendments",
        "amendments",
        history_chain,
        ["--history", "HISTORY", "show", "--today", "2050-01-01"],
        [200, 2000, 20000],
    ),
    (
        "check --history: versions x roster",
        "versions",
        history_versions_roster,
        ["check", "ROSTER", "--history", "HISTORY", "--json"],
        [10, 100, 1000],
    ),
    (
        "mandate: long quotes of a long clause",
        "bytes a quote",
        mandate_long_quotes,
        ["--mandate", "MANDATE", "status", "--date", "2023-01-01"],
        [300, 3000, 30000],
    ),
    (
        "check: members x meetings absent",
        "members and meetings",
        roster_members_by_meetings,
        ["check", "ROSTER", "--json"],
        [40, 400, 4000],
    ),
]
# The shapes whose time `--check` holds to at most TARGET_TIME_PER_TENFOLD per tenfold input: the
# costs that once grew with the product of two inputs (chains, versions x records, text x quote,
# members x meetings).
TIME_CHECKED = {
    "history: a chain of amendments",
    "check --history: versions x roster",
    "mandate: long quotes of a long clause",
    "check: members x meetings absent",
}
TARGET_TIME_PER_TENFOLD = 12.0


def run(exe: str, args: list[str], limit: float) -> tuple[float, int] | None:
    """Wall seconds and peak resident KiB of one run, or None past the limit."""
    start = time.perf_counter()
    # Standard error goes to a file: a pipe nobody reads would stop a talkative run. The peak
    # memory is read by GNU time: a child forked by this (large) Python process would report
    # this process's size as its own maximum (Linux keeps the high-water mark across exec).
    err = tempfile.TemporaryFile()
    peak = tempfile.NamedTemporaryFile(mode="r", suffix=".kib")
    proc = subprocess.Popen(
        ["/usr/bin/time", "-f", "%M", "-o", peak.name, exe, *args], stdout=subprocess.DEVNULL, stderr=err
    )
    deadline = start + limit
    while True:
        pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return None
        time.sleep(0.002)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        err.seek(0)
        raise SystemExit(f"{' '.join([exe, *args])} failed with {code}: {err.read().decode()[:500]}")
    return elapsed, int(Path(peak.name).read_text().split()[-1])


def best(exe: str, args: list[str], limit: float, runs: int = 3) -> tuple[float, int] | None:
    results = []
    for _ in range(runs):
        r = run(exe, args, limit)
        if r is None:
            return None
        results.append(r)
        if r[0] > 10:
            break  # one slow run says enough
    return min(r[0] for r in results), max(r[1] for r in results)


def measure(exe: str, work: Path, baseline: str | None, shapes: list[str]) -> list[dict[str, Any]]:
    rows = []
    for name, unit, make, command, sizes in SHAPES:
        if shapes and name not in shapes:
            continue
        for n in sizes:
            doc = make(n)
            # One document stands for MANDATE or ROSTER; Files name their placeholders.
            docs = doc if isinstance(doc, Files) else {a: doc for a in command if a in ("MANDATE", "ROSTER")}
            paths = {key: work / f"{make.__name__}-{n}-{key.lower()}.json" for key in docs}
            for key, d in docs.items():
                paths[key].write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
            args = [str(paths[a]) if a in paths else a for a in command]
            row: dict[str, Any] = {
                "shape": name,
                "unit": unit,
                "n": n,
                "bytes": sum(p.stat().st_size for p in paths.values()),
            }
            now = best(exe, args, TIME_LIMIT)
            row["seconds"], row["peak_kib"] = (None, None) if now is None else now
            if baseline:
                before = best(baseline, args, TIME_LIMIT, runs=1)
                row["baseline_seconds"] = None if before is None else before[0]
                row["baseline_peak_kib"] = None if before is None else before[1]
            rows.append(row)
            if now is None:
                print(f"{name:40} {n:>9} {row['bytes'] / 1e6:8.1f} MB  over {TIME_LIMIT:.0f} s", flush=True)
            else:
                print(
                    f"{name:40} {n:>9} {row['bytes'] / 1e6:8.1f} MB {row['seconds']:8.3f} s "
                    f"{row['peak_kib'] / 1024:8.1f} MiB",
                    flush=True,
                )
            for p in paths.values():
                p.unlink()
            if now is None:
                break  # the larger sizes would take longer still
    return rows


def fmt_s(s: float | None) -> str:
    if s is None:
        return f"> {TIME_LIMIT:.0f} s"
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"


def missed_target(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of the target's shape and size whose peak is over the target."""
    return [
        r
        for r in rows
        if r["shape"] == TARGET_SHAPE
        and r["peak_kib"] is not None
        and r["bytes"] >= TARGET_FROM_BYTES
        and r["peak_kib"] * 1024 / r["bytes"] > TARGET_BYTES_PER_INPUT_BYTE
    ]


def missed_time_target(rows: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
    """The rows of TIME_CHECKED whose time grew more than TARGET_TIME_PER_TENFOLD over the size
    before (or that ran past the time limit), with what was missed."""
    missed = []
    prev: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r["shape"] not in TIME_CHECKED:
            continue
        p = prev.get(r["shape"])
        if r["seconds"] is None:
            missed.append((r, f"took over {TIME_LIMIT:.0f} s"))
        elif p and p["seconds"] and r["seconds"] / p["seconds"] > TARGET_TIME_PER_TENFOLD:
            missed.append((r, f"took {r['seconds'] / p['seconds']:.1f}x the time of {p['n']:,} {p['unit']}"))
        prev[r["shape"]] = r
    return missed


def target_paragraph() -> list[str]:
    return [
        "",
        *textwrap.wrap(
            f"**Memory target:** checking a roster of {TARGET_FROM_BYTES / 1e6:.0f} MB or more takes at most "
            f"{TARGET_BYTES_PER_INPUT_BYTE:g} bytes of peak memory per input byte (the rows *{TARGET_SHAPE}* from "
            f"{TARGET_FROM_BYTES / 1e6:.0f} MB, column *bytes per input byte*). `scripts/bench scaling` fails when "
            "such a row misses it (`bench/bench_scaling.py --check`), and so does the CTest test `memory_per_byte`, "
            "which checks a generated roster of 27 MB of the same shape on every test run.",
            width=95,
        ),
    ]


def kept_rows(text: str, shapes: list[str]) -> dict[str, list[str]]:
    """The table rows of the shapes not run now, as OUTPUT.md has them."""
    kept: dict[str, list[str]] = {}
    for line in text.splitlines():
        for name, *_ in SHAPES:
            if name not in shapes and line.startswith(f"| {name} | "):
                kept.setdefault(name, []).append(line)
    return kept


def section(rows: list[dict[str, Any]], baseline: str | None, kept: dict[str, list[str]] | None = None) -> list[str]:
    lines = [
        HEADING,
        "",
        "Each shape is generated by `bench/bench_scaling.py` at three sizes, tenfold apart, and run",
        "through the native command line (reading, validating and linting the document, then the",
        "command); best of three runs. *x per tenfold* is the time (and memory) at this size divided",
        "by those at the size before: linear is 10x, the target is at most about 12x. Peak memory is",
        "the process's maximum resident set; *bytes per input byte* is peak memory over the file's size.",
        "Reproduce with `scripts/bench scaling`.",
        "",
    ]
    # The columns "before" are always there, empty for a row measured without --baseline, so that
    # the rows kept from an earlier run (--shape) keep their figures under the same header.
    head = "| shape | n | input | time | x per tenfold | peak memory | x per tenfold | bytes per input byte |"
    head += " time before | peak before |"
    rule = "|---|---|---|---|---|---|---|---|---|---|"
    lines += [head, rule]
    prev: dict[str, dict[str, Any]] = {}
    measured = {r["shape"] for r in rows}
    for name, *_ in SHAPES:
        if name not in measured:
            lines += (kept or {}).get(name, [])
            continue
        lines += table_rows([r for r in rows if r["shape"] == name], baseline, prev)
    lines += [
        "",
        "*Before* is release 0.2.0, built from its tag, on the same inputs (one run, stopped after "
        f"{TIME_LIMIT:.0f} s); empty for a shape new in this release, measured after its fix (its "
        "figures before are in CHANGELOG.md).",
    ]
    return [*lines, *target_paragraph(), "", KEEP_MARKER]


def table_rows(rows: list[dict[str, Any]], baseline: str | None, prev: dict[str, dict[str, Any]]) -> list[str]:
    lines = []
    for r in rows:
        p = prev.get(r["shape"])
        if r["seconds"] is None:  # stopped at the time limit: no figures
            line = f"| {r['shape']} | {r['n']:,} {r['unit']} | {r['bytes'] / 1e6:.2f} MB | {fmt_s(None)} |  |  |  |  |"
        else:
            tx = f"{r['seconds'] / p['seconds']:.1f}x" if p and p["seconds"] else ""
            mx = f"{r['peak_kib'] / p['peak_kib']:.1f}x" if p and p["peak_kib"] else ""
            line = (
                f"| {r['shape']} | {r['n']:,} {r['unit']} | {r['bytes'] / 1e6:.2f} MB | {fmt_s(r['seconds'])} | {tx} | "
                f"{r['peak_kib'] / 1024:.1f} MiB | {mx} | {r['peak_kib'] * 1024 / r['bytes']:.1f} |"
            )
        if baseline:
            bp = r.get("baseline_peak_kib")
            line += f" {fmt_s(r.get('baseline_seconds'))} | {'' if bp is None else f'{bp / 1024:.1f} MiB'} |"
        else:
            line += "  |  |"
        lines.append(line)
        prev[r["shape"]] = r
    return lines


def rewrite(out: Path, lines: list[str]) -> None:
    text = out.read_text(encoding="utf-8") if out.exists() else "# Performance\n"
    start = text.find(HEADING)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n"
    else:
        nxt = text.find("\n## ", start + len(HEADING))
        tail = text[nxt + 1 :] if nxt >= 0 else ""
        old = text[start : nxt + 1] if nxt >= 0 else text[start:]
        notes = old[old.find(KEEP_MARKER) + len(KEEP_MARKER) :].strip("\n") if KEEP_MARKER in old else ""
        text = (
            text[:start]
            + "\n".join(lines)
            + "\n"
            + ("\n" + notes + "\n" if notes else "")
            + ("\n" + tail if tail else "")
        )
    out.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("exe", metavar="MANDAT_EXE")
    parser.add_argument("work", metavar="WORK_DIR", type=Path)
    parser.add_argument("out", metavar="OUTPUT.md", type=Path)
    parser.add_argument("--baseline", metavar="OLD_MANDAT_EXE", help="run the same inputs with this build too")
    parser.add_argument(
        "--shape", action="append", default=[], choices=[s[0] for s in SHAPES], help="run only this shape (repeatable)"
    )
    parser.add_argument(
        "--check", action="store_true", help="exit with 1 when the memory target or a time target is missed"
    )
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    rows = measure(args.exe, args.work, args.baseline, args.shape)
    (args.work / "scaling.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    kept = kept_rows(args.out.read_text(encoding="utf-8"), args.shape) if args.shape and args.out.exists() else {}
    rewrite(args.out, section(rows, args.baseline, kept))
    missed = missed_target(rows) if args.check else []
    for r in missed:
        print(
            f"memory target missed: {r['shape']} at {r['n']:,} {r['unit']} ({r['bytes'] / 1e6:.1f} MB) took "
            f"{r['peak_kib'] * 1024 / r['bytes']:.2f} bytes per input byte, more than {TARGET_BYTES_PER_INPUT_BYTE:g}",
            file=sys.stderr,
        )
    slow = missed_time_target(rows) if args.check else []
    for r, what in slow:
        print(
            f"time target missed: {r['shape']} at {r['n']:,} {r['unit']} {what}, more than "
            f"{TARGET_TIME_PER_TENFOLD:g}x per tenfold input",
            file=sys.stderr,
        )
    if missed or slow:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
