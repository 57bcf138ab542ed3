"""The network drawing as data: node and edge positions with their labels.

The same :class:`Layout` feeds the TikZ picture (``tex/drawing.tex``) and the
SVG (``html/drawing.html``). Positions are in abstract units (one unit
between layers is ``LAYER_GAP``); templates scale them. Layers wider than
``max_nodes`` show their first nodes, a ⋮ and the last node.

Weight labels sit near the source end of their edge (a fraction ``LABEL_POS`` of the
way), drawn on a white halo; where two labels' boxes (estimated from their text at
``CHAR_WIDTH`` × ``LABEL_HEIGHT`` units a character) would overlap each other, a node
or a bias label, the later one slides along its edge to the nearest free spot in
``LABEL_SLOTS``, so crossing edges get spread labels.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy

from .. import notation

LAYER_GAP = 3.0
NODE_GAP = 1.8
LABEL_POS = 0.3  # where along an edge (from its source) its weight is written
LABEL_SLOTS = (0.3, 0.22, 0.38, 0.16, 0.46, 0.12, 0.54, 0.26, 0.34, 0.42, 0.5, 0.58, 0.62, 0.19, 0.49)
CHAR_WIDTH = 0.14  # a label character's width in layout units (SVG: 70 px a unit, 16 px type)
LABEL_HEIGHT = 0.3
NODE_RADIUS = 0.3
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
    taken = [_node_box(n) for n in nodes] + [_bias_box(n) for n in nodes if n.bias is not None and biases is not None]
    for l in range(1, depth + 1):
        for i in rows[l]:
            for j in rows[l - 1]:
                (x1, y1), (x2, y2) = positions[l - 1, j], positions[l, i]
                value = None if weights is None else sympy.sympify(weights[l - 1][i - 1, j - 1])
                lit = ref is not None and ref.kind == "W" and (ref.layer, ref.i, ref.j) == (l, i, j)
                text = "" if value is None else notation_unicode(value)
                lx, ly, box = _place_label((x1, y1), (x2, y2), len(text), taken)
                taken.append(box)
                edges.append(Edge(l, i, j, x1, y1, x2, y2, lx, ly, notation.weight(l, i, j), value, lit))
    labelled = weights is not None and len(edges) <= MAX_LABELLED_EDGES
    return Layout(tuple(nodes), tuple(gaps), tuple(edges), depth * LAYER_GAP, height, labelled, tuple(activations))


Box = tuple[float, float, float, float]  # x_min, y_min, x_max, y_max in layout units


def notation_unicode(value) -> str:
    """A label's text as the SVG shows it (the unicode printer of the math text)."""
    from .mathtext import unicode

    return unicode(value)


def label_box(x: float, y: float, chars: int) -> Box:
    """The box of a label of ``chars`` characters centred at (x, y): CHAR_WIDTH·chars × LABEL_HEIGHT."""
    half = CHAR_WIDTH * max(chars, 1) / 2 + 0.04
    return (x - half, y - LABEL_HEIGHT / 2, x + half, y + LABEL_HEIGHT / 2)


def overlap(a: Box, b: Box) -> bool:
    """Whether two boxes share interior points."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _node_box(node: Node) -> Box:
    return (node.x - NODE_RADIUS, node.y - NODE_RADIUS, node.x + NODE_RADIUS, node.y + NODE_RADIUS)


def _bias_box(node: Node) -> Box:
    return label_box(node.x, node.y - NODE_RADIUS - LABEL_HEIGHT / 2 - 0.1, 4 + len(notation_unicode(node.bias_value)))


def _place_label(start, end, chars: int, taken: list[Box]) -> tuple[float, float, Box]:
    """The first point (x1, y1) + t·(x2 − x1, y2 − y1), t in LABEL_SLOTS, whose label box covers
    no box in ``taken`` (else the least covered one)."""
    (x1, y1), (x2, y2) = start, end
    best = None
    for t in LABEL_SLOTS:
        x, y = round(x1 + t * (x2 - x1), 4), round(y1 + t * (y2 - y1), 4)
        box = label_box(x, y, chars)
        hits = sum(overlap(box, other) for other in taken)
        if best is None or hits < best[0]:
            best = (hits, x, y, box)
        if hits == 0:
            break
    return best[1], best[2], best[3]


def _sub(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _sup(n: int) -> str:
    return "⁽" + str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")) + "⁾"
