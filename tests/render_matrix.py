"""The matrix of problems every document format must render well: activations, depths,
input and output counts, both parameterizations; and a LaTeX log reader for overfull boxes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from symntk import api

OVERFULL = re.compile(r"^Overfull \\[hv]box \((\d+(?:\.\d+)?)pt too (?:wide|high)\)", re.M)


def problem(widths, activation="identity", parameterization="standard", seed=0, points=None):
    """A seeded problem; datapoints default to two fixed points of the right input count."""
    n0 = widths[0]
    points = points or [[1 + j for j in range(n0)], [(-1) ** j * (j % 2) for j in range(n0)]]
    data = {"network": {"widths": list(widths), "activation": activation, "parameterization": parameterization},
            "random": {"seed": seed}, "data": {"x": points if n0 > 1 else [p[0] for p in points]}}
    return api.problem_from_dict(data)


MATRIX = {
    "identity-121": ([1, 2, 1], "identity", "standard"),
    "identity-2-out": ([2, 3, 2], "identity", "standard"),
    "relu-ntk": ([2, 3, 1], "relu", "ntk"),
    "tanh-231": ([2, 3, 1], "tanh", "standard"),
    "tanh-deep": ([1, 2, 2, 1], "tanh", "standard"),
    "sigmoid-2-out": ([1, 2, 2], "sigmoid", "standard"),
    "sigmoid-ntk": ([2, 2, 1], "sigmoid", "ntk"),
    "softplus": ([1, 2, 1], "softplus", "standard"),
    "quadratic": ([1, 2, 1], "quadratic", "standard"),
    "quadratic-deep": ([2, 2, 2, 1], "quadratic", "ntk"),
}


def overfull_boxes(log: str) -> list[float]:
    """The widths (pt) of every overfull box a LaTeX log reports."""
    return [float(m) for m in OVERFULL.findall(log)]


def compile_log(tex: str, folder: Path) -> str:
    """pdflatex's log of a complete document (compiled once, in ``folder``)."""
    (folder / "doc.tex").write_text(tex, encoding="utf-8")
    subprocess.run(["pdflatex", "-no-shell-escape", "-interaction=nonstopmode", "doc.tex"], cwd=folder,
                   capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    return (folder / "doc.log").read_text(encoding="utf-8", errors="replace")
