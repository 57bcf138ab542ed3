"""Weights named by three glued digits, layer then row then column (``w211``, ``w121``), and biases by two, layer then
row (``b11``, ``b12``), in plain-text notes: ``w211`` is W^{[2]}_{11}, ``b12`` is b^{[1]}_{2}, and a weight or bias
with one digit (``W1 = [1, 1]^T``, ``b2``) is its whole layer's, W^{[1]}, b^{[2]}.

Notes that name even one weight with three digits use the layer–row–column convention throughout, so a two-digit
bias there is a layer and a row, not a row and a column. Notes with no three-digit weight are left as written
(``w11``, ``b1`` keep their own reading). A derivative's ``d`` glued to the name (``df/dw111``) is no part of it.
Every pattern is linear.
"""

from __future__ import annotations

import re

# alone, or the d of a derivative glued before it (df/dw111, df/db12): never a longer word's letters
_BEFORE = r"(?:(?<![A-Za-z0-9\\_^{])|(?<=(?<![A-Za-z0-9\\_^{])d))"
_WEIGHT = re.compile(_BEFORE + r"([Ww])([1-9])([1-9])([1-9])(?![0-9A-Za-z_^{])")
_BIAS = re.compile(_BEFORE + r"b([1-9])([1-9])?(?![0-9A-Za-z_^{])")
_LAYER = re.compile(_BEFORE + r"[Ww]([1-9])(?![0-9A-Za-z_^{])")


def layer_row_col(text: str) -> str:
    """``text`` with ``w<l><j><i>`` as ``W^{[l]}_{ji}``, ``b<l><j>`` as ``b^{[l]}_{j}``, ``W<l>`` / ``b<l>`` as
    ``W^{[l]}`` / ``b^{[l]}`` when at least two weights are named with three digits; else unchanged."""
    if len({m.group(0).lower() for m in _WEIGHT.finditer(text)}) < 2:
        return text
    text = _WEIGHT.sub(lambda m: f"W^{{[{m.group(2)}]}}_{{{m.group(3)}{m.group(4)}}}", text)
    text = _LAYER.sub(r"W^{[\1]}", text)
    return _BIAS.sub(lambda m: f"b^{{[{m.group(1)}]}}" + (f"_{{{m.group(2)}}}" if m.group(2) else ""), text)
