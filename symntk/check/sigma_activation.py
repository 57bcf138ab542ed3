"""σ as the learner's own name for the activation, when the notes equate it with another activation.

Many learners write σ for "the activation, whatever it is" (as in the lecture's general formula) and then say
which one it is: ``\\sigma'(z) = \\tanh'(z) = 1 - …``, ``\\sigma = \\tanh``, ``\\sigma(z) = \\operatorname{relu}(z)``.
In such notes σ is not the sigmoid: every σ is read as φ, the network's own activation (so ``σ'(0) = 1`` of a tanh
net is right, and an equation σ = tanh in a sigmoid net is judged as φ = tanh, wrong). Notes that never equate σ
with tanh, ReLU or the identity keep σ as the sigmoid, and so do notes that only relate the sigmoid to tanh
(``\\sigma(z) = \\tanh(z/2)/2 + 1/2``: tanh of another argument, or more terms after it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment import Segment

_OTHER = (r"(?:\\tanh|\\operatorname\s*\{\s*(?:relu|ReLU|id)\s*\}|\\mathrm\s*\{\s*(?:relu|ReLU|id)\s*\}"
          r"|\\text\s*\{\s*id\s*\})")
_PRIME = r"\s*(?:'|\^\s*\{?\s*\\prime\s*\}?)?\s*(?:\(\s*[a-z]\s*\))?"
# σ equated with the other activation itself: nothing but its own prime and argument after it (``σ'(z) = tanh'(z) =
# 1 - …`` goes on with a relation), not tanh of another argument or a longer formula (``tanh(z/2)/2 + 1/2``)
_SAID = re.compile(r"(?<![A-Za-z\\])\\sigma(?![A-Za-z])" + _PRIME + r"\s*=\s*" + _OTHER + r"(?![A-Za-z])" + _PRIME
                   + r"(?!\s*(?:[(/+\-*^_]|\\(?:cdot|frac|tfrac|dfrac|left)(?![A-Za-z])))")
_SIGMA = re.compile(r"\\sigma(?![A-Za-z])")


def sigma_names_activation(segments: list[Segment]) -> bool:
    """Whether a segment equates σ (or σ′, σ(z)) with tanh, ReLU or the identity."""
    return any(_SAID.search(seg.text) for seg in segments)


def sigma_as_phi(segments: list[Segment]) -> list[Segment]:
    """The segments with every σ read as φ when the notes equate σ with another activation; else unchanged."""
    if not sigma_names_activation(segments):
        return segments
    return [replace(seg, text=_SIGMA.sub(r"\\varphi", seg.text)) if _SIGMA.search(seg.text) else seg
            for seg in segments]
