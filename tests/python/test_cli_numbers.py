"""The two command lines read numbers alike: ``python -m mandat`` hands an integer option to the
core's parser (the native command's), so both refuse what is not plain decimal digits, with the
same message, and accept the same years."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT

NATIVE = ROOT / "build" / "mandat"

pytestmark = pytest.mark.skipif(not NATIVE.exists(), reason="the native build/mandat is not built")

REFUSED = [" 2023", "2023 ", "2_023", "\uff12\uff10\uff12\uff13", "0x7e7", "2023.0", "\u0662\u0660\u0662\u0663", ""]


def _run(command: list[str], year: str) -> tuple[int, str, str]:
    done = subprocess.run(
        [*command, "leader", "--year", year], capture_output=True, text=True, encoding="utf-8", cwd=ROOT, check=False
    )
    return done.returncode, done.stdout, done.stderr


def _both(year: str) -> tuple[tuple[int, str, str], tuple[int, str, str]]:
    return _run([str(NATIVE)], year), _run([sys.executable, "-m", "mandat"], year)


@pytest.mark.parametrize("year", REFUSED, ids=ascii)
def test_a_year_that_is_not_decimal_digits_is_refused_alike(year: str) -> None:
    native, python = _both(year)
    assert native[0] == 2
    assert native[1] == ""
    assert python == native


def test_the_refusal_names_the_option_and_the_value() -> None:
    native, python = _both("2_023")
    assert native[2] == 'mandat: --year: "2_023" is not a whole number\nRun with --help for more information.\n'
    assert python == native


@pytest.mark.parametrize("year", ["2023", "+2023", "02023"])
def test_a_plain_year_is_accepted_alike(year: str) -> None:
    # A leading sign is part of the core's rule (a whole number such as -1 or +2023).
    native, python = _both(year)
    assert native[0] == 0
    assert native[2] == ""
    assert native[1].startswith("2023: ks (KS Trøndelag) leads\n")
    assert python == native
