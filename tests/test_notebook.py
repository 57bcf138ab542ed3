"""examples/*.ipynb run headless (nbclient + ipykernel) without errors."""

import os

import pytest

from conftest import ROOT

nbformat = pytest.importorskip("nbformat", reason="nbformat is in the test extra")
nbclient = pytest.importorskip("nbclient", reason="nbclient is in the test extra")
pytest.importorskip("ipykernel", reason="ipykernel is in the test extra")
pytest.importorskip("matplotlib", reason="matplotlib (the plot extra) draws the training plot")


def _outputs(cell, kind):
    return [o for o in cell.outputs if kind in o.get("data", {})]


@pytest.mark.slow
def test_notes_walkthrough_runs(monkeypatch):
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(ROOT / "examples" / "notes_walkthrough.ipynb", as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(ROOT / "examples")}})
    client.execute()  # raises CellExecutionError on any failing cell (the notebook asserts its own checks)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(o.output_type != "error" for c in code for o in c.outputs)
    kernel_cell = next(c for c in code if c.source == "K = solution.kernel\nK")
    assert _outputs(kernel_cell, "text/latex")
    assert "12" in kernel_cell.outputs[0]["data"]["text/plain"]
    derivation_cell = next(c for c in code if "symntk.display(" in c.source)
    assert _outputs(derivation_cell, "text/markdown")
    theta_cell = next(c for c in code if "symbol_latex" in c.source)
    latex = theta_cell.outputs[-1]["data"]["text/latex"]
    assert "W_{1,1}^{[1]}" in latex and "W_1_1_1" not in latex  # θ in the notes' notation
    for c in code:  # no output carries its own copy of KaTeX
        assert not any("katex" in str(v).lower() for o in c.outputs for v in o.get("data", {}).values())
    assert _outputs(code[-1], "image/svg+xml")
    summary = "".join(o.get("text", "") for c in code for o in c.outputs if o.output_type == "stream")
    assert "Eigen-directions of K₀" in summary and "kernel drift" in summary
