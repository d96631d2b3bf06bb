"""A roster check runs on Dask worker processes (docs/distributed.md)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import numpy as np
import pytest

import mandat

pytestmark = pytest.mark.dask

distributed = pytest.importorskip("distributed")

D = dt.date

# The findings of examples/roster-2022-2025.json checked one calendar year at a time, worked
# out by hand from the roster and the mandate (docs/rules.md), as (code, severity, clause,
# rule, body, organisation, persons, first day, last day):
#   2022 (tfk leads): every quota of both bodies is met, tfk1 leads, tfk2 coordinates, tfk3
#     is the secretary; 4 steering-group and 8 working-committee meetings; each steering-group
#     meeting has a working-committee meeting since the previous one (R8). On 2022-06-09 the
#     steering group meets without p-nfr3, a working-committee member: R4, one warning.
#   2023 (ks leads): tfk1's leadership runs to 2023-01-31, a month into KS's turn (R7); nfr1
#     leaves the steering group on 2023-02-28 and nfr2 comes on 2023-05-15, so NFR has 0 of
#     its 1 seat from 2023-03-01 to 2023-05-14 (R5). The sf1 -> sf2 handover (2023-08-31 ->
#     2023-09-01) leaves no gap. Two errors.
#   2024 (tfk leads): kdu1 -> kdu2 on 2024-06-30 -> 2024-07-01, no gap; the working committee
#     meets 9 times (R3 allows 8): one error over the whole year.
#   2025 (ks leads): the steering group meets 3 times, one off "ca 4" (R2: info); p-sf2's
#     appointment has no end, so it runs past 2025-12-31 (R11: info from 2026-01-01, open);
#     a window ending on the mandate's last day hides nothing after it (docs/compliance.md).
EXPECTED: dict[int, list[tuple[Any, ...]]] = {
    2022: [
        (
            "attendance.missing",
            "warning",
            "organisering",
            "R4",
            "styringsgruppen",
            "nfr",
            ["p-nfr3"],
            D(2022, 6, 9),
            D(2022, 6, 9),
        ),
    ],
    2023: [
        (
            "rotation.wrong_leader_org",
            "error",
            "ledelse",
            "R7",
            "styringsgruppen",
            "tfk",
            ["p-tfk1"],
            D(2023, 1, 1),
            D(2023, 1, 31),
        ),
        (
            "quota.below_min",
            "error",
            "styringsgruppen",
            "R5",
            "styringsgruppen",
            "nfr",
            [],
            D(2023, 3, 1),
            D(2023, 5, 14),
        ),
    ],
    2024: [
        (
            "meetings.above_max",
            "error",
            "organisering",
            "R3",
            "arbeidsutvalget",
            None,
            [],
            D(2024, 1, 1),
            D(2024, 12, 31),
        ),
    ],
    2025: [
        (
            "meetings.off_target",
            "info",
            "organisering",
            "R2",
            "styringsgruppen",
            None,
            [],
            D(2025, 1, 1),
            D(2025, 12, 31),
        ),
        ("period.outside", "info", "varighet", "R11", "styringsgruppen", "sf", ["p-sf2"], D(2026, 1, 1), None),
    ],
}


def _brief(f: mandat.Finding) -> tuple[Any, ...]:
    return (f.code, f.severity.name, f.clause, f.rule, f.body, f.organisation, f.person_ids, f.start_date, f.end_date)


def _check_year(m: mandat.Mandate, roster: mandat.Roster, year: int) -> mandat.Report:
    return mandat.check(m, roster, start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31))


def _valid_share(m: mandat.Mandate, block: np.ndarray) -> int:
    return int(m.check_compositions("styringsgruppen", block, ["ks", "tfk", "sf", "nfr", "kdu"]).sum())


def test_check_on_a_local_cluster_of_processes(m: mandat.Mandate, roster: mandat.Roster) -> None:
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        # Mandate and roster travel to the workers by pickle; reports come back the same way.
        m_future, r_future = client.scatter([m, roster], broadcast=True)
        futures = [client.submit(_check_year, m_future, r_future, year, pure=False) for year in range(2022, 2026)]
        reports = client.gather(futures)
        assert [[_brief(f) for f in r.findings] for r in reports] == [EXPECTED[y] for y in range(2022, 2026)]
        assert [r.counts["error"] for r in reports] == [0, 2, 1, 0]
        assert [y.leading_organisation for r in reports for y in r.years] == ["tfk", "ks", "tfk", "ks"]
        assert reports[1] == _check_year(m, roster, 2023)
        # Scenario partitions of a composition table, checked in parallel: every composition
        # of 0, 1 or 2 seats for each of ks, tfk, sf, nfr and kdu (3^5 = 243), 160 times over,
        # shuffled. R5 allows 1-2 for ks, tfk and sf and exactly 1 for nfr and kdu, so
        # 2 * 2 * 2 * 1 * 1 = 8 of every 243 are valid: 8 * 160 = 1280.
        table = np.random.default_rng(7).permutation(
            np.tile(np.array(list(itertools.product(range(3), repeat=5))), (160, 1))
        )
        parts = np.array_split(table, 8)
        total = sum(client.gather([client.submit(_valid_share, m_future, p, pure=False) for p in parts]))
        assert total == 1280
        assert total == _valid_share(m, table)
