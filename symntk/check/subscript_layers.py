"""The layer written as a subscript (CS229 / deep-learning-book convention): W_1, b_2, (W_1)_{21}, w_{1,21}.

Whether a subscript on W or b is the layer or a unit's own index is decided once for the whole notes, from
what the learner writes (:func:`writes_subscript_layers`): a layer's weights given as a vector or matrix
(``W_1 = [1, 1]^T``, ``W_2 = \\begin{pmatrix}1 & 0\\end{pmatrix}``) or a shape
(``W_1 \\in \\mathbb{R}^{2 \\times 1}``), an entry of a subscripted matrix (``(W_1)_{21}``, ``[W_1]_{21}``,
``(b_1)_2``) or the layer and the entry in one subscript (``w_{1,21}``, ``b_{1,2}``). Notes that write the
layer as a superscript anywhere (``W^{[1]}``, ``W^{(2)}``, ``b^1``) keep it there, and notes where ``W_1``
is a number keep reading it as the learner's own name for one weight.

When the notes write layers as subscripts, :func:`layers_as_superscripts` rewrites every spelling to the
grammar's ``W^{[l]}_{ij}`` / ``b^{[l]}_i`` (a whole layer: ``W^{[l]}``). Every pattern is a plain regular
expression without nested repetition, so the rewriting is linear.
"""

from __future__ import annotations

import re

_W = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*W\s*\}|\\(?:mathbf|boldsymbol|bm)\s+W|W)"
_B = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*b\s*\}|\\(?:mathbf|boldsymbol|bm)\s+b|b)"
_LAYER = r"_\s*(?:\{\s*([1-9])\s*\}|([1-9]))"
_INDEX = r"_\s*(\{[^{}]{1,8}\}|[0-9ijk])"
_OPEN = r"(?:\\left\s*)?[(\[]\s*"
_CLOSE = r"\s*(?:\\right\s*)?[)\]]\s*"

# a layer's weights given whole: W_1 = [1, 1]^T, W_1 = (1, 1), W_2 = \begin{pmatrix}1 & 0\end{pmatrix}
_WHOLE_VALUE = re.compile(rf"(?<![A-Za-z\\]){_W}{_LAYER}\s*(?:=|:=)\s*(?:\\left\s*)?"
                          r"(?:[\[(]\s*[\[(][^=\[\]()]{0,60}?[\])]\s*[,;&]|[\[(][^=\[\]()]{0,60}?[,;&]|"
                          r"\\begin\s*\{[pbBvV]?matrix\}[^=]{0,80}?(?:&|\\\\))")
# a layer's shape: W_1 \in \mathbb{R}^{2 \times 1}, b_1 \in \mathbb{R}^2 (a unit's own weight is in ℝ)
_SHAPE = re.compile(rf"(?<![A-Za-z\\])(?:{_W}|{_B}){_LAYER}\s*(?:\\in|∈)\s*(?:\\mathbb\s*\{{?\s*R\s*\}}?|ℝ)\s*\^")
_ENTRY = re.compile(rf"{_OPEN}(?:{_W}|{_B}){_LAYER}{_CLOSE}_")
_COMMA_ENTRY = re.compile(r"(?<![A-Za-z\\])(?:[Ww]_\s*\{\s*[1-9]\s*,\s*[0-9ijk]{2}\s*\}|"
                          r"b_\s*\{\s*[1-9]\s*,\s*[0-9ijk]\s*\})")
_SUPERSCRIPT_LAYER = re.compile(r"(?<![A-Za-z\\])(?:[Wwb]|\\mathbf\s*\{\s*[Wb]\s*\})\s*\^\s*"
                                r"(?:\{\s*[(\[]?\s*[0-9lL]|[(\[]\s*[0-9]|[0-9])")


def writes_subscript_layers(text: str) -> bool:
    """True when the notes write the layer as a subscript: ``W_l`` given as a vector or matrix or with a
    shape ``\\in \\mathbb{R}^{m \\times n}``, or an entry ``(W_l)_{ij}`` / ``w_{l,ij}`` / ``b_{l,i}``; and no
    layer written as a superscript anywhere."""
    if _SUPERSCRIPT_LAYER.search(text):
        return False
    return bool(_WHOLE_VALUE.search(text) or _SHAPE.search(text) or _ENTRY.search(text) or _COMMA_ENTRY.search(text))


_REWRITES = (
    # (W_1)_{21}, [W_1]_{21}, (\mathbf{W}_2)_{12} → W^{[1]}_{21}
    (re.compile(rf"{_OPEN}{_W}{_LAYER}{_CLOSE}{_INDEX}"), r"W^{[\1\2]}_\3"),
    (re.compile(rf"{_OPEN}{_B}{_LAYER}{_CLOSE}{_INDEX}"), r"b^{[\1\2]}_\3"),
    # w_{1,21}, W_{1,i1}, W_{1,2,1} → W^{[1]}_{21}
    (re.compile(r"(?<![A-Za-z\\])[Ww]_\s*\{\s*([1-9])\s*,\s*([0-9ijk])\s*,?\s*([0-9ijk])\s*\}"), r"W^{[\1]}_{\2\3}"),
    # b_{1,2} → b^{[1]}_{2}
    (re.compile(r"(?<![A-Za-z\\])b_\s*\{\s*([1-9])\s*,\s*([0-9ijk])\s*\}"), r"b^{[\1]}_{\2}"),
    # a whole layer transposed: W_2^\top, W_2^T → (W^{[2]})^T
    (re.compile(rf"(?<![A-Za-z\\]){_W}{_LAYER}\s*\^\s*(\{{\s*(?:\\top|T|\\intercal)\s*\}}|\\top|T|\\intercal)"),
     r"(W^{[\1\2]})^\3"),
    # a whole layer: W_1, \mathbf{W}_2, b_2 (not followed by a further index) → W^{[1]}, b^{[2]}
    (re.compile(rf"(?<![A-Za-z\\]){_W}{_LAYER}(?!\s*[0-9_])"), r"W^{[\1\2]}"),
    (re.compile(rf"(?<![A-Za-z\\]){_B}{_LAYER}(?!\s*[0-9_])"), r"b^{[\1\2]}"),
)


def layers_as_superscripts(text: str) -> str:
    """A piece of math with every subscripted layer written as the grammar's superscript:
    ``(W_l)_{ij}``, ``[W_l]_{ij}``, ``w_{l,ij}`` → ``W^{[l]}_{ij}``; ``(b_l)_i``, ``b_{l,i}`` → ``b^{[l]}_i``;
    a whole layer ``W_l``, ``b_l`` → ``W^{[l]}``, ``b^{[l]}`` (transposed: ``(W^{[l]})^T``)."""
    for pattern, replace in _REWRITES:
        text = pattern.sub(replace, text)
    return text
