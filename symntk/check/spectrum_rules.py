"""The normaliser's rules (data) for the spectrum of K written σ(K) (the set of K's eigenvalues, not the sigmoid) or
as the set λ ranges over, ``λ ∈ {0, 1.4826, 44.5174}``.

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
    Rule("the eigenvalues as a set: λ ∈ {…} (λ ranging over the spectrum of K)",
         r"\lambda \in \{0,\ 1.48\} ; λ ∈ \left\{1, 2\right\}",
         r"\operatorname{spec}(K) = \{0,\ 1.48\} ; \operatorname{spec}(K) = \left\{1, 2\right\}",
         r"(?:\\lambda(?![A-Za-z])|λ)(?:\s{0,2}_\s{0,2}(?:\{\s{0,2}[ik]\s{0,2}\}|[ik]))?\s{0,3}(?:\\in(?![A-Za-z])|∈)\s{0,3}"
         r"(?=\\\{|\\left\s{0,2}\\\{)", r"\\operatorname{spec}(K) = "),
)
