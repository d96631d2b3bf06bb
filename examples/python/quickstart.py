"""A tour of mandat from Python: queries, a composition check, a scenario batch, a roster check.

Run: python examples/python/quickstart.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np

import mandat

EXAMPLE = Path(__file__).resolve().parents[1] / "roster-2022-2025.json"


def main() -> None:
    m = mandat.trondelag()
    today = dt.date(2026, 11, 28)
    print(f"{m.title}: in force {m.start_date} to {m.end_date}; today ({today}) in force: {m.in_force(today)}")
    for year in range(2022, 2026):
        print(f"  {year}: {m.leading_organisation(year)} leads")
    lead = m.leadership(2026, extrapolate=True)
    if lead is not None:
        print(f"  2026: {lead.organisation_id} (extrapolated: {lead.extrapolated})")

    for f in m.check_composition("styringsgruppen", {"ks": 3, "tfk": 1, "sf": 1, "nfr": 1, "kdu": 1}):
        print(f"{f.severity.name} {f.code} [{f.clause} {f.rule}]: {f.message}\n  «{f.source}»")

    # 100,000 scenarios of steering-group compositions, checked in one call.
    rng = np.random.default_rng(2022)
    scenarios = rng.integers(0, 3, size=(100_000, 5))
    valid = m.check_compositions("styringsgruppen", scenarios, ["ks", "tfk", "sf", "nfr", "kdu"])
    print(f"{int(valid.sum())} of {len(valid)} random compositions are valid")

    report = mandat.check(m, mandat.load_roster(EXAMPLE), lang="nb")
    print(report.text(m))


if __name__ == "__main__":
    main()
