"""The example notebook runs top to bottom and shows its pictures: every plot cell has an
image output (in a fresh run and in the notebook as committed, which a reader sees without
running it), and the mandate and the report display themselves as HTML."""

from __future__ import annotations

import re
from typing import Any

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient

NOTEBOOK = ROOT / "examples" / "notebook.ipynb"
PLOT_CELL = re.compile(r"\bplt\.|\.plot_timeline\(")


@pytest.fixture(scope="module")
def executed() -> Any:
    nb = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    ).execute()
    return nb


def _plot_cells(nb: Any) -> list[Any]:
    return [c for c in nb.cells if c.cell_type == "code" and PLOT_CELL.search(c.source)]


def _has_image(cell: Any) -> bool:
    return any("image/png" in o.get("data", {}) for o in cell.get("outputs", []))


def _html_of(nb: Any, source_start: str) -> str:
    cell = next(c for c in nb.cells if c.cell_type == "code" and c.source.startswith(source_start))
    return "".join(str(o.get("data", {}).get("text/html", "")) for o in cell.outputs)


@pytest.mark.slow  # the notebook run of `executed`: seconds
def test_example_notebook_executes(executed: Any) -> None:
    outputs = "".join(
        str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
        for c in executed.cells
        for o in c.get("outputs", [])
    )
    assert "<Report trondelag-foui-2022 2022-01-01..2025-12-31: error 3, warning 1, info 2>" in outputs
    assert "quota.below_min [styringsgruppen R5] «1 representant fra Forskningsrådet»" in outputs
    assert "in force today (" in outputs


@pytest.mark.slow  # the notebook run of `executed`: seconds
def test_every_plot_cell_shows_its_figure(executed: Any) -> None:
    cells = _plot_cells(executed)
    assert len(cells) == 2
    assert all(_has_image(c) for c in cells), [c.source.splitlines()[0] for c in cells if not _has_image(c)]


def test_the_committed_notebook_shows_its_figures() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]
    cells = _plot_cells(nb)
    assert cells and all(_has_image(c) for c in cells), "run the notebook and commit it with its outputs"


@pytest.mark.slow  # the notebook run of `executed`: seconds
def test_the_mandate_and_the_report_display_as_html(executed: Any) -> None:
    mandate = _html_of(executed, "m  #")
    assert '<svg class="orgchart"' in mandate
    report = _html_of(executed, "report  #")
    assert report.count('<svg class="timeline"') == 2
    assert 'data-code="quota.below_min"' in report
    finding = _html_of(executed, "# Which sentence")
    assert 'class="finding sev-error" data-code="quota.below_min"' in finding
