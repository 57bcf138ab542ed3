"""Whole layers under the learner's own letters: f(x) = v^T φ(u x + b) + c with u = [1, 1]^T, v = [1, 0]^T, c = 0.

A letter stands for a whole weight matrix or bias vector when the notes tie it to one

* by a chain with the layer's name: ``u = W^{[1]}``, ``v^\\top = W^{[2]} = [1, 0]``, ``v = (W^{[2]})^\\top``,
  ``c = b^{[2]}`` (``v^T`` / ``(W)^T``: the letter is the layer transposed), or
* by the place it has in a two-layer network formula in those letters, ``f(x) = v^\\top φ(u x + b) + c``
  (also ``v h(x) + c`` with ``h(x) = u x + b``): the outer letter is W^{[2]} (a column written ``v^T``, else
  as it stands), the inner weight W^{[1]}, the inner bias b^{[1]}, the last term b^{[2]}.

:func:`vector_values` gives those layers the values the notes give the letters (``u = [1, 1]^T``, or the
value at the end of the tying chain); :func:`entry_names` names their entries (u_1, v_2, U_{12}, c).
"""

from __future__ import annotations

import re

from .claims import ProblemPart
from .exact_numbers import exact_numbers
from .names import Param
from .nodes import Func, Group, Op, Sym, Tuple
from .problem_parts import is_numeric, layer_param
from .targets import f_call

_LETTERS = ("x", "f", "y", "h", "z", "K", "J", "theta", "lambda", "nabla", "P", "e", "sigma", "phi")


def _letter(node) -> tuple[str, bool] | None:
    """``u`` / ``v^T``: (letter, transposed)."""
    transposed = False
    if isinstance(node, Op) and node.op == "transpose":
        node, transposed = node.args[0], True
    if isinstance(node, Sym) and not node.sub and not node.layer and not node.primes and len(node.name) == 1 and \
            node.name not in _LETTERS:
        return node.name, transposed
    return None


def _layer(node) -> tuple[str, bool] | None:
    """``W^{[2]}`` / ``(W^{[2]})^T``: (layer name, transposed)."""
    transposed = False
    if isinstance(node, Op) and node.op == "transpose":
        node, transposed = node.args[0], True
    if isinstance(node, Group) and node.kind == "paren" and len(node.items) == 1:
        node = node.items[0]
    name = layer_param(node)
    return (name, transposed) if name else None


def _chains(reading) -> list[tuple[int, tuple]]:
    return [(p.line, p.node.items) for p in reading.parts if p.kind == "equation" and isinstance(p.node, Tuple)]


def tied_letters(reading) -> dict[str, tuple[str, bool]]:
    """letter → (layer name ``W1`` / ``b2``, whether the letter is that layer transposed)."""
    ties: dict[str, tuple[str, bool]] = {}
    for _, members in _chains(reading):
        layers = [found for m in members if (found := _layer(m))]
        letters = [found for m in members if (found := _letter(m))]
        if len(layers) == 1 and letters:
            for name, flip in letters:
                ties.setdefault(name, (layers[0][0], flip != layers[0][1]))
    placed = _from_formula(reading)
    if all(ties.get(letter, tie) == tie for letter, tie in placed.items()) and \
            not {tie[0] for letter, tie in ties.items() if letter not in placed} & {tie[0] for tie in placed.values()}:
        for letter, tie in placed.items():
            ties.setdefault(letter, tie)   # the formula agrees with the chains: it ties the letters they leave
    return ties


def _terms(node) -> list:
    if isinstance(node, Op) and node.op == "add":
        return _terms(node.args[0]) + _terms(node.args[1])
    return [node]


def _product(node) -> list:
    if isinstance(node, Op) and node.op in ("juxt", "mul", "cdot"):
        return _product(node.args[0]) + _product(node.args[1])
    return [node]


def _unit_defs(reading) -> dict[str, object]:
    out = {}
    for _, members in _chains(reading):
        head = members[0]
        if isinstance(head, Op) and head.op == "juxt" and isinstance(head.args[0], Sym):
            head = head.args[0]
        if isinstance(head, Sym) and head.name == "h" and not head.sub and len(members) > 1:
            out.setdefault("h", members[1])
    return out


def _inner(node, defs) -> object | None:
    """The argument of φ(…) / (…) / h(x) (h defined in the notes)."""
    parts = _product(node)
    if len(parts) == 2 and isinstance(parts[0], Func) and isinstance(parts[1], Group) and len(parts[1].items) == 1:
        return parts[1].items[0]
    if len(parts) == 2 and isinstance(parts[0], Sym) and parts[0].name == "h" and "h" in defs:
        return defs["h"]
    if len(parts) == 1 and isinstance(parts[0], Group) and parts[0].kind == "paren" and len(parts[0].items) == 1:
        return parts[0].items[0]
    if len(parts) == 1 and isinstance(parts[0], Sym) and parts[0].name == "h" and "h" in defs:
        return defs["h"]
    return None


def _summed(outer: list):
    """``Σ_j v_j …``: (the index, the factors after the sum sign) when the first factor after it is indexed by it."""
    if len(outer) > 2 and type(outer[0]).__name__ == "SumOp" and outer[0].index and isinstance(outer[1], Sym) and \
            len(outer[1].sub) == 1 and isinstance(outer[1].sub[0], Sym) and outer[1].sub[0].name == outer[0].index:
        return outer[0].index, outer[1:]
    return None


def _plain(node, index: str):
    """``v_j`` → ``v`` (the letter whose entries the sum runs over); anything else as it is."""
    if isinstance(node, Sym) and len(node.sub) == 1 and isinstance(node.sub[0], Sym) and node.sub[0].name == index:
        return Sym(node.name, (), node.layer, node.primes)
    return node


def _from_formula(reading) -> dict[str, tuple[str, bool]]:
    """The letters of ``f(x) = v^T φ(u x + b) + c`` by their place (a two-layer network)."""
    defs = _unit_defs(reading)
    for _, members in _chains(reading):
        called = f_call(members[0])
        if called is None or called[1] is not None or len(members) < 2:
            continue
        terms = _terms(members[1])
        if len(terms) != 2 or _letter(terms[1]) is None or _letter(terms[1])[1]:
            continue
        outer = _product(terms[0])
        if len(outer) == 1 and isinstance(outer[0], Op) and outer[0].op == "inner":   # ⟨v, φ(ux + b)⟩
            outer = [Op("transpose", (outer[0].args[0],)), outer[0].args[1]]
        summed = _summed(outer)
        if summed is not None:   # Σ_j v_j φ(u_j x + b_j): the letters indexed by the sum's index
            index, outer = summed
            outer = [Op("transpose", (_plain(outer[0], index),)), *outer[1:]]
        if len(outer) < 2 or _letter(outer[0]) is None:
            continue
        inner = _inner(Op("juxt", tuple(outer[1:])) if len(outer) > 2 else outer[1], defs) if len(outer) > 1 \
            else None
        inner_terms = _terms(inner) if inner is not None else []
        if summed is not None and len(inner_terms) == 2:
            inner_terms = [inner_terms[0], _plain(inner_terms[1], index)]
        if len(inner_terms) != 2 or _letter(inner_terms[1]) is None or _letter(inner_terms[1])[1]:
            continue
        weight = _product(inner_terms[0])
        if summed is not None:
            weight = [_plain(weight[0], index), *weight[1:]]
        if len(weight) != 2 or _letter(weight[0]) is None or _letter(weight[0])[1] or \
                not (isinstance(weight[1], Sym) and weight[1].name == "x" and not weight[1].sub):
            continue
        v, flip = _letter(outer[0])
        found = {v: ("W2", flip), weight[0].name: ("W1", False), inner_terms[1].name: ("b1", False),
                 terms[1].name: ("b2", False)}
        if len(found) == 4:
            return found
    return {}


def vector_values(reading, source: str) -> dict[str, tuple[ProblemPart, list[list]]]:
    """Each tied layer with the value the notes give it (rows of exact numbers, as the exercise reads them)."""
    ties = tied_letters(reading)
    out: dict[str, tuple[ProblemPart, list[list]]] = {}
    if not ties:
        return out
    for line, members in _chains(reading):
        last = members[-1]
        if not is_numeric(last) or len(members) < 2:
            continue
        for member in members[:-1]:
            layer = _layer(member)
            letter = _letter(member)
            if layer is not None:
                name, flip = layer
            elif letter is not None and letter[0] in ties:
                name, flip = ties[letter[0]][0], ties[letter[0]][1] != letter[1]
            else:
                continue
            rows = exact_numbers(last, source, line)
            if flip:
                rows = [list(col) for col in zip(*rows)]
            out.setdefault(name, (ProblemPart(line, "value", name, last), rows))
            break
    return out


def entry_names(reading, widths: list[int]) -> dict[str, Param]:
    """The tied letters' entries as parameters: ``u_1``, ``v_2``, ``U_{12}`` / ``U_{1,2}``, a scalar ``c``."""
    out: dict[str, Param] = {}
    for letter, (name, flip) in tied_letters(reading).items():
        kind, layer = name[0], int(name[1:])
        if not 1 <= layer < len(widths):
            continue
        rows, cols = (widths[layer], widths[layer - 1]) if kind == "W" else (widths[layer], 1)
        if flip:
            rows, cols = cols, rows
        if rows * cols == 1:
            out[letter] = Param(kind, layer, 1, 1)
            continue
        for r in range(1, rows + 1):
            for c in range(1, cols + 1):
                at = (c, r) if flip else (r, c)
                param = Param(kind, layer, *at)
                if rows == 1 or cols == 1:
                    out[f"{letter}_{r * c}"] = param
                else:
                    out[f"{letter}_{r}{c}"] = param
                    out[f"{letter}_{r},{c}"] = param
    return out


_DELIMS = re.compile(r"(\$\$|\$|\\\[|\\\]|\\(?:begin|end)\{(?:align|equation|gather|multline)\*?\})")
_ELSEWHERE = re.compile(r"\\pm|\\mp|±|\\lambda|λ|\\Delta|4\s*a\s*c")   # eigenvalue work: a, b, c of ax² + bx + c
_CLOSE = {"$$": "$$", "$": "$", "\\[": "\\]"}


def _in_math(text: str, change) -> str:
    """``change`` applied to the math of ``text`` ($…$, $$…$$, \\[…\\], align/equation environments), in one pass."""
    out, closing = [], None
    for n, piece in enumerate(_DELIMS.split(text)):
        if n % 2:   # a delimiter
            if closing is None:
                closing = _CLOSE.get(piece, piece.replace("begin", "end"))
            elif piece == closing:
                closing = None
            out.append(piece)
        else:
            out.append(change(piece) if closing else piece)
    return "".join(out)


_TRANSPOSE = r"(?:\s*\^\s*(?:\\top|\\intercal|T|\{\s*(?:\\top|\\intercal|T)\s*\}))"


def used_whole(text: str, ties: dict) -> bool:
    """Whether the notes use a tied letter as a whole layer: ``\\nabla_u f`` or ``\\|v\\|``."""
    letters = "|".join(re.escape(t) for t in ties)
    found = re.compile(r"\\nabla\s*_\s*\{?\s*(?:\\math[a-z]{2,3}\{\s*)?(?:" + letters + r")(?![A-Za-z])|"
                       r"\\\|\s*(?:" + letters + r")\s*\\\|")
    return bool(letters) and found.search(text) is not None


def with_layers(text: str, ties: dict[str, tuple[str, bool]]) -> str:
    """The notes with each tied letter, where it stands alone in the math (not indexed, not squared), written
    as its layer: ``\\nabla_u f = v x`` → ``\\nabla_{W^{[1]}} f = (W^{[2]})^\\top x``; ``v^\\top`` → ``W^{[2]}``."""
    if not ties:
        return text
    letters = "|".join(sorted((re.escape(t) for t in ties), key=len, reverse=True))
    token = re.compile(r"(?:(_\s*)|(?<![\\A-Za-z0-9]))(" + letters + r")(?![A-Za-wyz0-9'_])(" + _TRANSPOSE +
                       r"?)(?!\s*\^\s*\{?\s*[\[(0-9])")

    def one(m: re.Match) -> str:
        name, flip = ties[m.group(2)]
        layer = f"{name[0]}^{{[{name[1:]}]}}"
        if m.group(1):   # ∇_v f: by the layer (a column or a row, the same numbers)
            return "_{" + layer + "}" + m.group(3)
        if re.search(r"(?:\\\||‖|\\lVert|\\Vert)\s*$", m.string[max(0, m.start() - 8):m.start()]):
            return layer   # ‖v‖: the norm of the layer, transposed or not
        return f"({layer})^\\top" if flip != bool(m.group(3)) else layer

    bold = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec|mathbfit|symbf)\s*\{\s*(" + letters + r")\s*\}")
    braced = re.compile(r"(\\nabla\s*_)\s*\{\s*(" + letters + r")\s*\}")   # ∇_{v} f: as ∇_v f

    def change(math: str) -> str:
        return math if _ELSEWHERE.search(math) else token.sub(one, braced.sub(r"\1\2", bold.sub(r"\1", math)))

    return _in_math(text, change)


def layer_norm(node, network):
    """``‖W^{[2]}‖²``, ``‖(W^{[2]})^⊤‖²``, ``‖b^{[1]}‖²``: the sum of the layer's entries squared; else None."""
    from .. import notation
    from .nodes import Num

    if not (isinstance(node, Op) and node.op == "pow" and isinstance(node.args[0], Op) and node.args[0].op == "norm"
            and isinstance(node.args[1], Num) and node.args[1].value == 2):
        return None
    found = _layer(node.args[0].args[0])
    if found is None:
        return None
    kind, layer = found[0][0], int(found[0][1:])
    widths = network.widths
    if not 1 <= layer < len(widths):
        return None
    cols = widths[layer - 1] if kind == "W" else 1
    entries = [notation.weight(layer, r, c) if kind == "W" else notation.bias(layer, r)
               for r in range(1, widths[layer] + 1) for c in range(1, cols + 1)]
    return sum(e ** 2 for e in entries)
