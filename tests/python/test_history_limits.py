"""Histories within the limits, from Python: an amendment whose JSON Patch would build more
than a document may hold raises DocumentError with the operation's pointer instead of ending the
interpreter (std::bad_alloc escaping a noexcept destructor killed it, exit -6), and renewal from
29 February gives the last day of February. Expected values are worked out by hand in
tests/test_history_limits.cpp, which builds the same documents."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

import mandat

# In a child interpreter, so that a crash is seen as its exit code; its address space is capped
# at 3 GiB so that the old failure is a quick std::bad_alloc, not the machine's memory.
CHILD = r"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
import mandat
base = json.loads(mandat.trondelag().to_json())
ops = [{"op": "copy", "from": "/clauses", "path": "/clauses/-"}] * 40
doc = {"format": "mandat.history/1", "id": "h", "title": "t", "versions": [
    {"mandate": base}, {"id": "a1", "amends": base["id"], "from": "2023-01-01", "patch": ops}]}
try:
    mandat.History.from_json(json.dumps(doc))
except mandat.DocumentError as e:
    print(e.id, e.pointer)
"""


@pytest.mark.slow  # about 4 s: the document grows to 128 MiB before the operation over 256 MiB
def test_forty_copies_raise_document_error_not_end_the_interpreter() -> None:
    child = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=600)
    assert (child.returncode, child.stdout) == (0, "document.too_large /versions/1/patch/9\n"), child.stderr[-500:]


def test_a_move_nesting_deeper_each_step_raises_too_deep() -> None:
    base = json.loads(mandat.trondelag().to_json())
    ops: list[dict[str, object]] = [{"op": "add", "path": "/n0", "value": []}]
    for i in range(1, 100):
        ops.append({"op": "add", "path": f"/n{i}", "value": []})
        ops.append({"op": "move", "from": f"/n{i - 1}", "path": f"/n{i}/0"})
    doc = {
        "format": "mandat.history/1",
        "id": "h",
        "title": "t",
        "versions": [{"mandate": base}, {"id": "a1", "amends": base["id"], "from": "2023-01-01", "patch": ops}],
    }
    try:
        mandat.History.from_json(json.dumps(doc))
    except mandat.DocumentError as e:
        assert (e.id, e.pointer) == ("document.too_deep", "/versions/1/patch/62")
    else:
        raise AssertionError("accepted")


def test_renew_from_29_february_ends_on_28_february() -> None:
    draft = mandat.renew(mandat.trondelag(), dt.date(2024, 2, 29), 1, "x")
    assert (draft.start_date, draft.end_date) == (dt.date(2024, 2, 29), dt.date(2025, 2, 28))
