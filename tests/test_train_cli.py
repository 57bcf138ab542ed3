"""``symntk train``: summary, plots, labels from the file or --labels, clear errors."""

import xml.etree.ElementTree as ET

import numpy as np
import pytest

from symntk.cli import main

from conftest import ROOT, write

NOTES = str(ROOT / "examples" / "notes.toml")
LABELLED = """
[network]
widths = [1, 2, 1]
activation = "tanh"
[parameters]
W1 = [[1], [-1]]
b1 = [[0], [0.5]]
W2 = [[1, 1]]
b2 = [[0]]
[data]
x = [-1, 1, 2]
y = [0.5, 0, -0.5]
"""


def test_summary_with_labels_option(capsys):
    assert main(["train", NOTES, "--labels", "0, 1", "--steps", "30", "--lr", "0.02", "--test-points", "0; 3"]) == 0
    out = capsys.readouterr().out
    assert "η = 0.02,  30 steps" in out
    # λ of K = [[8, 12], [12, 19]] and the per-step factor 1 − ηλ, from the closed form (27 ∓ √697)/2.
    for lam in ((27 - 697 ** 0.5) / 2, (27 + 697 ** 0.5) / 2):
        assert f"{lam:.6g}" in out and f"{1 - 0.02 * lam:.6g}" in out
    assert "At the test inputs" in out


@pytest.mark.slow
def test_labels_from_file_and_plots(tmp_path, capsys):
    problem = write(tmp_path, LABELLED)
    svg, png = tmp_path / "dyn.svg", tmp_path / "dyn.png"
    assert main(["train", str(problem), "--steps", "20", "--lr", "0.1", "--plot", str(svg), "--lang", "is"]) == 0
    assert "Stigulsig" in capsys.readouterr().out
    root = ET.fromstring(svg.read_bytes())
    assert root.tag.endswith("svg")
    assert "Hve langt kjarni netsins rekur" in svg.read_text(encoding="utf-8")
    assert main(["train", str(problem), "--steps", "5", "--plot", str(png)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("argv, message", [
    (["train", NOTES, "--steps", "5"], "data.y: expected labels y"),
    (["train", NOTES, "--labels", "0, x"], "--labels item 2"),
    (["train", NOTES, "--labels", "0, 1", "--lr", "-1"], "--lr"),
    (["train", NOTES, "--labels", "0, 1", "--plot", "out.pdf"], "--plot"),
    (["train", NOTES, "--labels", "0, 1", "--lr", "5", "--steps", "500"], "diverged"),
])
def test_errors_are_one_line_and_write_nothing(argv, message, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("symntk: error:") and message in err and "\n" not in err
    assert list(tmp_path.iterdir()) == []


def test_plot_figure_panels_follow_the_run():
    pytest.importorskip("matplotlib")
    import symntk
    from symntk.training import train
    from symntk.training.plot import figure

    run = train(symntk.notes_problem(), steps=10, lr=0.02, labels=[0, 1])
    fig = figure(run)
    ax_outputs, ax_drift = fig.axes[0], fig.axes[2]
    np.testing.assert_allclose(ax_outputs.lines[0].get_ydata(), run.trajectory.outputs[:, 0])
    np.testing.assert_allclose(ax_drift.lines[0].get_ydata(), run.drift)
