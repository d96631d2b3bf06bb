"""A roster check runs on Dask worker processes (docs/distributed.md)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

import mandat

distributed = pytest.importorskip("distributed")


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
        assert [r.counts["error"] for r in reports] == [0, 2, 1, 0]
        assert reports[1] == _check_year(m, roster, 2023)
        # Scenario partitions of a composition table, checked in parallel.
        rng = np.random.default_rng(7)
        table = rng.integers(0, 3, size=(40_000, 5))
        parts = np.array_split(table, 8)
        total = sum(client.gather([client.submit(_valid_share, m_future, p, pure=False) for p in parts]))
        assert total == _valid_share(m, table)
