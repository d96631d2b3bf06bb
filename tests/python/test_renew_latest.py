"""`renew --history` renews the latest version in time (History.latest), not the one in force on
--today, and the draft says which version it renews, in the language of --lang. Expected values
from examples/history/: trondelag-foui-2026 is in force on 2026-06-01, its amendment
trondelag-foui-2026-a1 from 2027-07-01 to 2029-12-31 is the latest."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT

import mandat
import mandat.__main__

HISTORY = ROOT / "examples" / "history" / "trondelag.history.json"


def test_renew_with_a_history_renews_the_latest_version_and_says_so(tmp_path: Path) -> None:
    out = tmp_path / "draft.json"
    args = ["--history", str(HISTORY), "renew", "--from", "2030-01-01", "--today", "2026-06-01", "--output", str(out)]
    assert mandat.__main__.main(args) == 0
    draft = json.loads(out.read_text(encoding="utf-8"))
    # On 2026-06-01 the version in force is trondelag-foui-2026; its amendment from 2027-07-01 is
    # the latest in time, and the renewal continues it.
    assert draft["id"] == "trondelag-foui-2026-a1-2030"  # the predecessor's id ends in no year
    assert draft["provenance"]["replaces"] == "trondelag-foui-2026-a1"
    assert draft["provenance"]["note"] == (
        "A draft renewal of trondelag-foui-2026-a1, the latest version of the history trondelag-foui, not adopted."
    )
    assert mandat.__main__.main([*args[:-1], str(tmp_path / "nb.json"), "--lang", "nb"]) == 0
    nb = json.loads((tmp_path / "nb.json").read_text(encoding="utf-8"))
    assert nb["provenance"]["note"] == (
        "Et utkast til fornyelse av trondelag-foui-2026-a1, den siste versjonen i historikken trondelag-foui, "
        "ikke vedtatt."
    )
    single = tmp_path / "single.json"
    assert mandat.__main__.main(["renew", "--from", "2026-01-01", "--output", str(single)]) == 0
    assert json.loads(single.read_text(encoding="utf-8"))["provenance"]["note"] == (
        "A draft renewal of trondelag-foui-2022, not adopted."
    )
    assert mandat.load_history(HISTORY).latest().id == "trondelag-foui-2026-a1"
