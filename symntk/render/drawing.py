"""The network drawing as data: node and edge positions with their labels.

The same :class:`Layout` feeds the TikZ picture (``tex/drawing.tex``) and the
SVG (``html/drawing.html``). Positions are in abstract units (one unit
between layers is ``LAYER_GAP``); templates scale them. Layers wider than
``max_nodes`` show their first nodes, a ⋮ and the last node.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy

from .. import notation

LAYER_GAP = 3.0
NODE_GAP = 1.8
LABEL_POS = 0.3  # where along an edge (from its source) its weight is written
MAX_LABELLED_EDGES = 16


@dataclass(frozen=True)
class Node:
    """A neuron: layer l (0 the input), row i (1-based), position, symbol (LaTeX and unicode),
    its bias symbol and value (None for inputs), and whether it is highlighted."""

    layer: int
    i: int
    x: float
    y: float
    latex: str
    unicode: str
    bias: sympy.Symbol | None
    bias_value: sympy.Expr | None
    highlighted: bool


@dataclass(frozen=True)
class Gap:
    """The ⋮ standing for the hidden rows of a wide layer."""

    layer: int
    x: float
    y: float
    hidden: int


@dataclass(frozen=True)
class Edge:
    """W_{i,j}^{[l]}: from node j of layer l−1 to node i of layer l, with its label position."""

    layer: int
    i: int
    j: int
    x1: float
    y1: float
    x2: float
    y2: float
    lx: float
    ly: float
    symbol: sympy.Symbol
    value: sympy.Expr | None
    highlighted: bool


@dataclass(frozen=True)
class Layout:
    """Everything a template needs to draw the network."""

    nodes: tuple[Node, ...]
    gaps: tuple[Gap, ...]
    edges: tuple[Edge, ...]
    width: float
    height: float
    labelled: bool
    activations: tuple[str | None, ...]


def _shown(n: int, max_nodes: int) -> list[int]:
    return list(range(1, n + 1)) if n <= max_nodes else list(range(1, max_nodes)) + [n]


def _highlight_ref(highlight):
    if highlight is None:
        return None
    symbol = highlight if isinstance(highlight, sympy.Symbol) else sympy.Symbol(str(highlight))
    return notation.lookup(symbol)


def layout(widths, weights=None, biases=None, activations=(), highlight=None, max_nodes: int = 6) -> Layout:
    """Positions of every shown node and edge of a network with layer ``widths``.

    ``weights[l-1]``/``biases[l-1]`` are W^{[l]}, b^{[l]} values (or None: unlabelled);
    ``highlight`` is a parameter symbol (or its name, e.g. ``W_2_1_2``) whose edge or
    node is marked."""
    ref = _highlight_ref(highlight)
    rows = [_shown(n, max_nodes) for n in widths]
    tallest = max(len(r) + (1 if len(r) < n else 0) for r, n in zip(rows, widths))
    height = (tallest - 1) * NODE_GAP
    depth = len(widths) - 1
    positions: dict[tuple[int, int], tuple[float, float]] = {}
    nodes, gaps = [], []
    for l, (shown, n) in enumerate(zip(rows, widths)):
        slots = len(shown) + (1 if len(shown) < n else 0)
        top = (height + (slots - 1) * NODE_GAP) / 2
        x = l * LAYER_GAP
        for slot, i in enumerate(shown):
            if len(shown) < n and i == n:
                gaps.append(Gap(l, x, top - slot * NODE_GAP, n - len(shown)))
                slot += 1
            y = top - slot * NODE_GAP
            positions[l, i] = (x, y)
            if l == 0:
                sym = notation.inputs(n)[i - 1]
                tex, uni, bsym, bval = notation.symbol_latex(sym), notation.symbol_unicode(sym), None, None
            else:
                if l == depth:
                    tex, uni = ("f" if n == 1 else f"f_{{{i}}}"), ("f" if n == 1 else f"f{_sub(i)}")
                else:
                    tex, uni = f"a_{{{i}}}^{{[{l}]}}", f"a{_sup(l)}{_sub(i)}"
                bsym = notation.bias(l, i)
                bval = None if biases is None else sympy.sympify(biases[l - 1][i - 1, 0])
            lit = ref is not None and ref.kind == "b" and (ref.layer, ref.i) == (l, i)
            nodes.append(Node(l, i, x, y, tex, uni, bsym, bval, lit))
    edges = []
    for l in range(1, depth + 1):
        for i in rows[l]:
            for j in rows[l - 1]:
                (x1, y1), (x2, y2) = positions[l - 1, j], positions[l, i]
                value = None if weights is None else sympy.sympify(weights[l - 1][i - 1, j - 1])
                lit = ref is not None and ref.kind == "W" and (ref.layer, ref.i, ref.j) == (l, i, j)
                edges.append(Edge(l, i, j, x1, y1, x2, y2, x1 + LABEL_POS * (x2 - x1), y1 + LABEL_POS * (y2 - y1),
                                  notation.weight(l, i, j), value, lit))
    labelled = weights is not None and len(edges) <= MAX_LABELLED_EDGES
    return Layout(tuple(nodes), tuple(gaps), tuple(edges), depth * LAYER_GAP, height, labelled, tuple(activations))


def _sub(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _sup(n: int) -> str:
    return "⁽" + str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")) + "⁾"
