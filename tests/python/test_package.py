"""The package itself: conveniences live in Python, the namespace is curated, and one version
number everywhere."""

from __future__ import annotations

from conftest import ROOT

import mandat


def test_conveniences_live_in_python_and_the_namespace_is_curated() -> None:
    assert mandat.Report.to_frame.__module__ == "mandat._frames"
    public = {name for name in dir(mandat) if not name.startswith("_")}
    assert public == set(mandat.__all__) - {"__version__"}
    assert "annotations" not in public


def test_one_version_everywhere() -> None:
    import importlib.metadata
    import re
    import subprocess
    import sys

    header = (ROOT / "include" / "mandat" / "version.hpp").read_text(encoding="utf-8")
    parts = [re.search(rf"#define MANDAT_VERSION_{p} (\d+)", header) for p in ("MAJOR", "MINOR", "PATCH")]
    version = ".".join(m.group(1) for m in parts if m)
    assert version.count(".") == 2
    assert mandat.__version__ == version
    assert importlib.metadata.version("mandat") == version
    out = subprocess.run([sys.executable, "-m", "mandat", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout == f"mandat {version}\n"
