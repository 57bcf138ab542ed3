"""The slides of a step-through page: one per step of the derivation, and
one per parameter θ_k for the gradients (the network drawing highlights θ_k).

Slides are data; each is drawn by the step's shared math template
(``templates/<locale>/math/<kind>.jinja``, written through ``present/markup.html``:
one block per formula row) plus an optional figure. A slide too tall for the screen is
not shrunk: the page script (``present/script.html``) moves its last rows onto a
"(continued)" slide, and on a gradient slide drops the earliest revealed lines first.

Extra slides (training, and any later one such as a limit slide) are appended at the end
of :func:`slides` with ``step=None`` and their own ``figure`` name; ``present/page.html``
includes ``present/<figure>.html`` for their text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import sympy

from ..steps import Derivation, Step

FIGURES = {"kernel_matrix": "heatmap", "eigenvalues": "spectrum", "interpretation": "decay"}


@dataclass(frozen=True)
class Slide:
    """One slide: the step it shows (its ``number`` in the derivation), the parameter
    lit in the network drawing (or None), and the figure beside it: ``""``,
    ``network``, ``heatmap``, ``spectrum``, ``decay``, ``training``, ``plot``, ``limit`` or
    ``limitplot``."""

    step: Step | None
    number: int
    highlight: sympy.Symbol | None = None
    figure: str = ""
    reveal: int = 0  # on a gradient slide, how many lines it shows (the last one is new)
    panel: str = ""  # on a ``plot`` or ``limitplot`` slide, the panel of the plot it shows


def slides(derivation: Derivation, training: bool = False, panels: tuple[str, ...] = (),
           limit: bool = False, limit_panels: tuple[str, ...] = ()) -> list[Slide]:
    """The slides in order: the gradients revealed one ∂f/∂θ_k at a time (slide k shows
    lines 1..k, θ_k lit in the network), K with its heat map, the eigenvalues with the
    spectrum, then when ``training`` a training slide and one ``plot`` slide per panel, and
    when ``limit`` the infinite-width slide (Θ and the sweep's table) and one ``limitplot``
    slide per panel of the sweep's plot."""
    out = []
    for number, step in enumerate(derivation.steps, start=1):
        if step.kind == "gradients" and step.lines:
            last = len(step.lines)
            out += [Slide(replace(step, lines=step.lines[:k], omitted=step.omitted if k == last else 0), number,
                          step.lines[k - 1].parameter, "network", k) for k in range(1, last + 1)]
        else:
            out.append(Slide(step, number, None, FIGURES.get(step.kind, "")))
    if training:
        out.append(Slide(None, len(derivation.steps) + 1, None, "training"))
        out += [Slide(None, len(derivation.steps) + 1, None, "plot", panel=name) for name in panels]
    if limit:
        at = len(derivation.steps) + 1 + training
        out.append(Slide(None, at, None, "limit"))
        out += [Slide(None, at, None, "limitplot", panel=name) for name in limit_panels]
    return out
