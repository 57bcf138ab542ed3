"""Units named by a bare superscript where the notes define them (``h^{2} = w h^{1} + b``), read so everywhere.

A learner who writes a layer's unit as ``h^{2}`` or ``z^2`` (the layer as a plain superscript, as many textbooks
do) defines it once, at the start of a piece of math (``$h^{2} = w_{11}^{2} h^{1} + b^{2}$``), and then uses the
name on its own (``∂f/∂w_{11}^{3} = h^{2}``). A bare digit on a letter could be a power (``a^2 = 0.58``), so only
the names the notes define that way from layer 1 up (``h^{1} = …`` and ``h^{2} = …``) by a formula (not a number)
are read as units, in all of the notes: there ``h^{2}`` is h^{[2]}, while a ``z^2`` of other notes stays a square.

Every pattern is a plain regular expression without nested repetition, so the scan is linear.
"""

from __future__ import annotations

import re

# a definition: the name opens a piece of math (or a line of a block) and an equals sign follows
_DEFINED = re.compile(r"(?:^|\$|\\\[|\\\\|&|\\quad|,)\s{0,3}([zah])\s{0,2}\^\s{0,2}"
                      r"(?:\{\s{0,2}([1-9])\s{0,2}\}|([1-9]))\s{0,3}(?:=|:=)(?!=)\s{0,3}(?!-?\s{0,2}[0-9])", re.M)


def defined_units(text: str) -> set[tuple[str, str]]:
    """The (letter, layer) of every unit the notes define with its layer as a bare superscript:
    ``$h^{1} = w x + b$``, ``$h^{2} = v h^{1} + c$`` give ("h", "1"), ("h", "2"); a layer counts when every layer
    below it is defined too."""
    found = {(m.group(1), int(m.group(2) or m.group(3))) for m in _DEFINED.finditer(text)}
    return {(letter, str(layer)) for letter, layer in found
            if all((letter, below) in found for below in range(1, layer))}


def units_as_layers(text: str, units: set[tuple[str, str]]) -> str:
    """A piece of math with every unit in ``units`` written with the grammar's layer: ``h^{2}``, ``h^2`` →
    ``h^{[2]}`` (a digit followed by another digit is not the layer)."""
    for letter, layer in sorted(units):
        name = rf"(?<![A-Za-z\\]){letter}\s{{0,2}}\^\s{{0,2}}(?:\{{\s{{0,2}}{layer}\s{{0,2}}\}}|{layer}(?![0-9]))"
        text = re.sub(name, f"{letter}^{{[{layer}]}}", text)
    return text
