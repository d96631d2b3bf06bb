"""The HTML report at scale (run by scripts/bench): the page of a generated roster with 10,000
appointments and 1,000 meetings, rendered in Debian's headless chromium.

Measured: the C++ side (check_compliance and to_html, from Python), the page's size and
marks, and in the browser (Selenium with /usr/bin/chromedriver, as the tests) the time from
navigation to the load event and to the second animation frame after it, by which the whole
page has been laid out and painted. (Headless chromium's first-contentful-paint entry comes
late and unevenly, so it is not used.) Each figure is the best of several fresh navigations.
The bundled example roster is measured alongside, for scale, and a roster of the same size
where no appointment continues another: 10,000 persons, each seated once, in turn, so that
every appointment is a bar of its own (written here, deterministically).

Usage: python bench/bench_html.py OUT.json ROSTER_DIR
ROSTER_DIR holds roster-10000.json (written by mandat_bench_generate).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import mandat

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5

# Two animation frames after the load event: the page has been laid out and painted.
RENDERED = """
const done = arguments[arguments.length - 1];
const measure = () => requestAnimationFrame(() => requestAnimationFrame(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  done({load_ms: nav.loadEventEnd, rendered_ms: performance.now(),
        lanes: document.querySelectorAll('svg.timeline g.lane').length,
        bars: document.querySelectorAll('svg.timeline rect.bar').length,
        breaches: document.querySelectorAll('svg.timeline rect.breach').length,
        meetings: document.querySelectorAll('svg.timeline line.meeting').length,
        rows: Math.max(...Array.from(document.querySelectorAll('svg.timeline g.lane')).map(g => +g.dataset.rows))});
}));
if (document.readyState === 'complete') measure(); else addEventListener('load', measure);
"""


def browser() -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1600,1000",
    ):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)


def best_of(fn: Any, runs: int = RUNS) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def measure(driver: Any, name: str, roster_path: Path, out_dir: Path) -> dict[str, Any]:
    m = mandat.trondelag()
    roster = mandat.load_roster(roster_path)
    report = mandat.check(m, roster)
    page = out_dir / f"{name}.html"
    html = report.to_html(m, roster)
    page.write_text(html, encoding="utf-8")
    row: dict[str, Any] = {
        "roster": name,
        "appointments": len(roster.appointments),
        "meetings_in_roster": len(roster.meetings),
        "findings": len(report.findings),
        "bytes": len(html.encode("utf-8")),
        "check_s": best_of(lambda: mandat.check(m, roster)),
        "to_html_s": best_of(lambda: report.to_html(m, roster)),
    }
    timings: list[dict[str, Any]] = []
    for _ in range(RUNS):
        driver.get("about:blank")
        driver.get(page.as_uri())
        timings.append(driver.execute_async_script(RENDERED))
    for key in ("load_ms", "rendered_ms"):
        row[key] = min(t[key] for t in timings)
    for key in ("lanes", "bars", "breaches", "meetings", "rows"):
        row[key] = timings[0][key]
    return row


def distinct_roster(path: Path, appointments: int = 10_000, meetings: int = 1_000) -> Path:
    """Every appointment a person of its own, in turn in each seat: one bar per appointment.

    Each organisation's minimum seats in each body are a chain of persons, one after the other
    without a gap, so the quotas hold; meetings are attended by those seated that day."""
    rng = random.Random(2022)
    m = mandat.trondelag()
    first, days = m.start_date, (m.end_date - m.start_date).days + 1
    seats = [(b.id, q.organisation_id) for b in m.bodies for q in b.quotas for _ in range(q.min)]
    persons: list[dict[str, str]] = []
    memberships: list[dict[str, str]] = []
    holders: dict[str, list[tuple[dt.date, dt.date, str]]] = {}
    for k, (body, org) in enumerate(seats):
        n = appointments // len(seats) + (1 if k < appointments % len(seats) else 0)
        for j in range(n):
            start = first + dt.timedelta(days=j * days // n)
            end = first + dt.timedelta(days=(j + 1) * days // n - 1)
            pid = f"d{len(persons)}"
            persons.append({"id": pid, "name": f"Person {len(persons)}"})
            memberships.append(
                {
                    "person_id": pid,
                    "organization_id": body,
                    "on_behalf_of_id": org,
                    "role": "member",
                    "start_date": start.isoformat(),
                    "end_date": end.isoformat(),
                }
            )
            holders.setdefault(body, []).append((start, end, pid))
    held = []
    for i in range(meetings):
        body = "styringsgruppen" if i % 3 == 0 else "arbeidsutvalget"
        day = first + dt.timedelta(days=rng.randrange(days))
        present = [
            p
            for b in (["styringsgruppen", "arbeidsutvalget"] if i % 3 == 0 else [body])
            for (s, e, p) in holders[b]
            if s <= day <= e
        ]
        held.append({"organization_id": body, "date": day.isoformat(), "attendee_ids": present})
    document = {"format": "mandat.roster/1", "persons": persons, "memberships": memberships, "meetings": held}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def main() -> None:
    out, rosters = Path(sys.argv[1]), Path(sys.argv[2])
    version = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True).stdout
    driver = browser()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            rows = [
                measure(driver, "example", ROOT / "examples" / "roster-2022-2025.json", Path(tmp)),
                measure(driver, "generated-10000", rosters / "roster-10000.json", Path(tmp)),
                measure(driver, "distinct-10000", distinct_roster(Path(tmp) / "distinct.json"), Path(tmp)),
            ]
    finally:
        driver.quit()
    match = re.search(r"Chromium [\d.]+", version)
    result = {"browser": match.group(0) if match else version.strip(), "runs": RUNS, "pages": rows}
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for r in rows:
        print(r)


if __name__ == "__main__":
    main()
