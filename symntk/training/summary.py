"""The plain-text summary of a training run (template ``train/summary.txt``).

Rows at a few checkpoints t: the loss ½‖f_t − y‖², the largest gap between
gradient descent and the linearised predictions y + (I − ηK_0)^t (f_0 − y)
and y + e^{−ηK_0 t}(f_0 − y), and the kernel drift ‖K_t − K_0‖/‖K_0‖; then
one row per eigenvalue λ_k of K_0 with its factor 1 − ηλ_k per step. Round-off is shown
as 0, and a mode that vanishes in one step (or never shrinks) is said so in words.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..render.environment import environment
from .numbers import e_folding_kind, shown
from .run import TrainingRun


@dataclass(frozen=True)
class Checkpoint:
    """The numbers of one summary row (step t)."""

    t: int
    loss: float
    gap_discrete: float
    gap_continuous: float
    drift: float


def checkpoints(run: TrainingRun, count: int = 8) -> list[Checkpoint]:
    """:class:`Checkpoint` rows at :meth:`TrainingRun.checkpoints`."""
    f = run.trajectory.outputs
    rows = []
    for t in run.checkpoints(count):
        rows.append(Checkpoint(t, float(run.trajectory.loss[t]),
                               float(np.abs(f[t] - run.linear_discrete[t]).max()),
                               float(np.abs(f[t] - run.linear_continuous[t]).max()),
                               float(run.drift[t])))
    return rows


def summary(run: TrainingRun, lang: str = "en") -> str:
    """The summary table as text in locale ``lang``."""
    template = environment("text", lang).get_template("train/summary.txt")
    top = max((abs(m.value) for m in run.modes), default=0.0)
    residual = max((abs(m.start) for m in run.modes), default=0.0)
    return template.render(run=run, rows=checkpoints(run), modes=run.modes, tests=run.test_outputs,
                           n_out=run.problem.widths[-1], lang=lang, residual=residual, top=top,
                           num=lambda x, spec=".4g", scale=1.0: shown(x, spec, lang, scale),
                           kind=lambda m: e_folding_kind(m.factor, m.value, top))
