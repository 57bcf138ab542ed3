"""A hidden layer's values named by a word instead of a letter: ``hidden = (3, −1)``, ``activations = (1, 0)``.

Learners typing without an equation editor often name the hidden layer's vector by what it is. A word (or two) of
:data:`WORDS` right before ``=`` and an opening bracket is the layer's letter: the pre-activations are ``z``, the
hidden values or activations ``a`` (``x_1 = 1: hidden = (2·1+1, −1·1+0) = (3, −1)`` reads as
``a = (2·1+1, −1·1+0) = (3, −1)``). Nothing else is rewritten; the pattern is anchored and bounded.
"""

from __future__ import annotations

import re

WORDS = {   # the word(s) → the layer's letter
    "z": ("pre-activations", "preactivations", "pre-activation", "pre-activ", "hidden pre-activations",
          "preactivaciones", "Präaktivierungen", "Voraktivierungen", "forvirkjanir"),
    "a": ("hidden", "hidden layer", "hidden values", "hidden units", "hidden activations", "hidden outputs",
          "hidden layer values", "activations", "capa oculta", "oculta", "activaciones", "Aktivierungen",
          "versteckt", "versteckte Schicht", "couche cachée", "virkjanir"),
}
_LETTER = {w.lower(): letter for letter, words in WORDS.items() for w in words}
_PATTERN = re.compile(
    r"(?<![\w\\$-])(" + "|".join(re.escape(w) for w in sorted(_LETTER, key=len, reverse=True)) +
    r")(\s{0,3}(?::=|=)\s{0,3}[(\[])", re.I)


def layer_words(text: str) -> str:
    """The text with each hidden layer's vector named by a word written with its letter (see the module doc)."""
    return _PATTERN.sub(lambda m: _LETTER[m.group(1).lower()] + m.group(2), text)
