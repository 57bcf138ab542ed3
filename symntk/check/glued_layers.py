"""A whole layer's affine map typed with the layer's digit glued to its letters (``h = W1 x + b1``,
``z = W1*x + b1``, ``f = W2 h + b2``), read as ``W^{[1]} x + b^{[1]}`` in notes that give that layer's weights
whole (``W1 = [1, 1]^T``, ``W2 = [1, 0]``): there ``W1`` is the matrix, not one weight of the learner's own.

Only the affine shape is rewritten: the weights times the layer's input (x, h, a or z, bare or at x) plus the bias
of the same layer. A list of names (``[W1 b1 W2 b2]``), an entry (``W1_2``, ``W1(2,1)``) and notes whose W1 is one
number keep their reading. Every pattern is linear.
"""

from __future__ import annotations

import re

# W1 = [1, 1]^T, W2 = (1, 0), W1 = [[1, 2], [0, 1]]: the layer's weights given whole
_WHOLE = re.compile(r"(?<![A-Za-z\\_^])W([1-9])\s*=\s*[\[(]")
# W^{[1]} = \begin{pmatrix} 1 \\ 1 \end{pmatrix}: the same given in LaTeX (a CAS reader's rewrite of W1 = {1, 1})
_WHOLE_TEX = re.compile(r"(?<![A-Za-z\\_^])W\^\{\[([1-9])\]\}\s*=\s*\\begin\{[pbBvV]?matrix\}")
_AFFINE = re.compile(r"(?<![A-Za-z\\_^{])W([1-9])\s*(?:\*|·|\\cdot)?\s*([xhaz](?:\s*\(\s*x[^()]{0,8}\))?)"
                     r"(?![A-Za-z0-9_^({\[])\s*\+\s*b([1-9])(?![A-Za-z0-9_^({\[])")


def whole_layers(text: str) -> set[str]:
    """The layers (as digits) whose weights the notes give whole, ``W1 = [1, 1]^T`` or
    ``W^{[1]} = \\begin{pmatrix} 1 \\\\ 1 \\end{pmatrix}``."""
    return {m.group(1) for m in (*_WHOLE.finditer(text), *_WHOLE_TEX.finditer(text))}


def affine_layers(statement: str, layers: set[str]) -> str:
    """``statement`` with each affine map ``W<l> x + b<l>`` of a layer in ``layers`` written
    ``W^{[l]} x + b^{[l]}``."""
    def one(m: re.Match) -> str:
        if m.group(1) != m.group(3) or m.group(1) not in layers:
            return m.group(0)
        return f"W^{{[{m.group(1)}]}} {m.group(2)} + b^{{[{m.group(1)}]}}"

    return _AFFINE.sub(one, statement)
