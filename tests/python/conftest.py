"""Shared fixtures for the Python tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import mandat

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_ROSTER = ROOT / "examples" / "roster-2022-2025.json"


@pytest.fixture(scope="session")
def m() -> mandat.Mandate:
    return mandat.trondelag()


@pytest.fixture(scope="session")
def roster() -> mandat.Roster:
    return mandat.load_roster(EXAMPLE_ROSTER)
