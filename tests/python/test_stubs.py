"""The committed .pyi stub matches the compiled module (no drift)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_stub_matches_the_compiled_module() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_stubs.py"), "--check"], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_package_ships_typing_markers() -> None:
    import mandat

    package = Path(mandat.__file__).parent
    assert (package / "py.typed").exists()
    assert (package / "_core.pyi").exists()
