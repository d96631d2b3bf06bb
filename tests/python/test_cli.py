"""Installing the package installs the mandat command: the same C++ command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLE_ROSTER

import mandat.__main__

EXAMPLE = str(EXAMPLE_ROSTER)


def _mandat() -> str:
    exe = shutil.which("mandat", path=str(Path(sys.executable).parent))
    assert exe is not None, "the mandat command is not installed next to this Python"
    return exe


def test_the_installed_command() -> None:
    out = subprocess.run([_mandat(), "leader", "--year", "2026", "--json"], capture_output=True, text=True)
    assert out.returncode == 0
    assert json.loads(out.stdout)["leading_organisation"] is None
    check = subprocess.run([_mandat(), "check", EXAMPLE, "--json"], capture_output=True, text=True)
    assert check.returncode == 1
    assert json.loads(check.stdout)["counts"] == {"error": 3, "warning": 1, "info": 2}
    bad = subprocess.run([_mandat(), "composition", "styret"], capture_output=True, text=True)
    assert bad.returncode == 2
    assert 'unknown body "styret"' in bad.stderr


def test_main_returns_the_exit_code(capsys: object) -> None:
    assert mandat.__main__.main(["leader", "--year", "2023"]) == 0
    assert mandat.__main__.main(["composition", "styringsgruppen", "ks=3"]) == 1
    assert mandat.__main__.main(["nonsense"]) == 2
