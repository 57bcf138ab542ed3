"""The normaliser's rules (data) for the spectrum of K written σ(K): the set of K's eigenvalues, not the sigmoid.

Linear algebra writes the spectrum of a matrix A as σ(A): ``\\sigma(K) = \\{0.2996, 26.7004\\}`` lists the
eigenvalues of K, as ``\\operatorname{spec}(K)`` does. σ of the kernel's own name (K, Θ, with an output's script) is
never the activation, whose argument is a unit's z, an input or a number; :data:`SPECTRUM_OF_K` is what tells them
apart wherever the notes are searched for the activation they name.
"""

from __future__ import annotations

import re

from .spelling_rules import Rule

_KERNEL = r"(?:K|\\Theta|Θ|\\mathbf\s{0,2}\{\s{0,2}K\s{0,2}\}|\\mathcal\s{0,2}\{\s{0,2}K\s{0,2}\})"
_SCRIPT = r"(?:\s{0,2}[\^_]\s{0,2}(?:\{[^{}]{1,12}\}|\w))?"

SPECTRUM_OF_K = re.compile(r"(?:\\sigma(?![A-Za-z])|σ)\s{0,3}(?:\\left\s{0,2})?\(\s{0,3}(" + _KERNEL + _SCRIPT +
                           r"(?:\s{0,2}_\s{0,2}\{?\s{0,2}\\?(?:text|mathrm)?\s{0,2}\{?\s{0,2}NTK\s{0,2}\}?\s{0,2}\}?)?)"
                           r"\s{0,3}(?:\\right\s{0,2})?\)")
"""σ applied to the kernel: the spectrum of K, its group the kernel's name."""

SPECTRUM_RULES: tuple[Rule, ...] = (
    Rule("the spectrum of K written σ(K) (its set of eigenvalues)",
         r"\sigma(K) ; \sigma(\Theta) ; \sigma\left(K\right)",
         r"\operatorname{spec}(K) ; \operatorname{spec}(\Theta) ; \operatorname{spec}(K)",
         SPECTRUM_OF_K.pattern, r"\\operatorname{spec}(\1)"),
)
