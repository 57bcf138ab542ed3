"""The slides of a step-through page: one per step of the derivation, and
one per parameter θ_k for the gradients (the network drawing highlights θ_k).

Slides are data; each is drawn by the step's shared math template
(``templates/<locale>/math/<kind>.jinja``) plus an optional figure.
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
    ``network``, ``heatmap``, ``spectrum``, ``decay`` or ``training``."""

    step: Step | None
    number: int
    highlight: sympy.Symbol | None = None
    figure: str = ""


def slides(derivation: Derivation, training: bool = False, limit: bool = False) -> list[Slide]:
    """The slides in order: the gradients revealed one ∂f/∂θ_k at a time (slide k shows
    lines 1..k, θ_k lit in the network), K with its heat map, the eigenvalues with the
    spectrum, a training slide when ``training`` and the infinite-width sweep when ``limit``."""
    out = []
    for number, step in enumerate(derivation.steps, start=1):
        if step.kind == "gradients" and step.lines:
            last = len(step.lines)
            out += [Slide(replace(step, lines=step.lines[:k], omitted=step.omitted if k == last else 0), number,
                          step.lines[k - 1].parameter, "network") for k in range(1, last + 1)]
        else:
            out.append(Slide(step, number, None, FIGURES.get(step.kind, "")))
    if training:
        out.append(Slide(None, len(derivation.steps) + 1, None, "training"))
    if limit:
        out.append(Slide(None, len(derivation.steps) + 1 + training, None, "limit"))
    return out
