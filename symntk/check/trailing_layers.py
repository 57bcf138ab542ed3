"""The layer written as a bare superscript after an entry's indices: ``w_{11}^{1}``, ``W_{21}^2``, ``b_1^{1}``.

Many textbooks put a weight's layer as a plain superscript, and many learners type it after the indices
(``w_{ij}^{l}``) rather than before them. After the indices a bare digit could also be a power, so the reading is
decided once for the whole notes: notes that write some weight or bias of layer 1 that way (``w_{11}^{1}``,
``b_{2}^1``: nobody squares by writing the power 1) write their layers there, and in them every weight or bias
with a bare digit after its indices is that layer's entry (``w_{12}^{2}`` is W^{[2]}_{12}, not a square). A unit's
z, a or h is read so only with layer 1 (``a_1^{1}``): ``a_1^2`` stays a square of the learner's activation.

Every pattern is a plain regular expression without nested repetition, so the rewriting is linear.
"""

from __future__ import annotations

import re

_INDEX = r"_\s*(\{\s*[0-9ijk]{1,2}\s*\}|\{\s*[0-9ijk]\s*,\s*[0-9ijk]\s*\}|[0-9ijk])"
_DIGIT = r"\s*\^\s*(?:\{\s*([1-9])\s*\}|([1-9])(?![0-9]))"
_FIRST = r"\s*\^\s*(?:\{\s*1\s*\}|1(?![0-9]))"

_PARAMETER = re.compile(rf"(?<![A-Za-z\\])([Wwb]){_INDEX}{_DIGIT}")
_LAYER_ONE = re.compile(rf"(?<![A-Za-z\\])[Wwb]{_INDEX}{_FIRST}")
_UNIT = re.compile(rf"(?<![A-Za-z\\])([zah]){_INDEX}{_FIRST}")
# a bias with its layer and no index (b^{1} beside w_{11}^{1}): the one bias of a one-unit layer, unless given whole
_SCALAR_BIAS = re.compile(r"(?<![A-Za-z\\])b\s*\^\s*(?:\{\s*([1-9])\s*\}|([1-9])(?![0-9]))(?!\s*_)"
                          r"(?!\s*=\s*(?:\[|\(|\\begin|\\left))")


def writes_trailing_layers(text: str) -> bool:
    """True when the notes write a weight or bias of layer 1 with the bare superscript 1 after its indices
    (``w_{11}^{1}``, ``W_{21}^1``, ``b_2^{1}``)."""
    return _LAYER_ONE.search(text) is not None


def layers_before_indices(text: str) -> str:
    """A piece of math with every trailing bare layer moved before the indices in the grammar's spelling:
    ``w_{ij}^{l}`` → ``w^{[l]}_{ij}``, ``b_i^l`` → ``b^{[l]}_i``, and a unit of layer 1 ``a_i^{1}`` →
    ``a^{[1]}_i``; a bias with a bare layer and no index ``b^{2}`` is ``b^{[2]}_1`` (not given as a vector)."""
    text = _PARAMETER.sub(lambda m: f"{m.group(1)}^{{[{m.group(3) or m.group(4)}]}}_{m.group(2)}", text)
    text = _SCALAR_BIAS.sub(lambda m: f"b^{{[{m.group(1) or m.group(2)}]}}_1", text)
    return _UNIT.sub(lambda m: f"{m.group(1)}^{{[1]}}_{m.group(2)}", text)
