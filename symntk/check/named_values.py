"""The learner's names gathered from the notes: their network, what every name stands for, and the values given.

Read from the ``equation`` parts of a :class:`~symntk.check.claims.Reading` (every chain ``a = b = c``):

* the network: a chain that starts with ``f``, ``f(x)`` or ``f_o(x)`` and continues with a formula in the
  learner's own names, read by :func:`symntk.check.names.read_network` with their unit definitions
  (``h_1 = w_1 x + b_1``, ``a_j = φ(z_j)``: chains that start with a name of their own);
* names given to a matrix's entries: ``W^{[1]} = [w_1, w_2]^T`` (its shape places each name);
* ``all weights = 1`` / ``all biases = 0`` / ``all W = 1`` in words (English, Nordic, German, Romance, Arabic,
  Greek) for every name of a kind, and ``W^{[l]} = 1`` with the layer as a letter (:mod:`symntk.check.layer_variable`);
* values by name anywhere: ``w_1 = 1``, ``b_1 = b_2 = 0``, ``(v_1, v_2) = (1, 0)``,
  ``θ = (w_1, …, c) = (1, …, 0)``; the first value given to a name is the exercise's;
* values by letter: ``w = (1, 1)`` for the formula's ``w_1, w_2`` (:mod:`symntk.check.letter_values`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from .names import LearnerNet, Param, entry_names, read_network
from .nodes import Num, Op, Sym, Tuple
from .problem_parts import is_numeric, layer_param
from .targets import f_call

_NOT_UNITS = ("f", "y", "x", "K", "J", "theta", "lambda", "nabla", "P", "e", "det", "W", "b")
MAX_OUTPUTS = 8


@dataclass
class LearnerNames:
    """What the notes say about the learner's names (see the module doc); ``line`` of the network formula."""

    net: LearnerNet | None = None
    line: int = 0
    params: dict[str, Param] = field(default_factory=dict)
    values: dict[str, tuple[object, int]] = field(default_factory=dict)
    inputs: list[str] = field(default_factory=list)
    every: dict[str, tuple[object, int]] = field(default_factory=dict)   # "all weights = 1": kind → value
    text: str = ""   # the notes (to show the names as they write them)


def _chains(reading) -> list[tuple[int, tuple]]:
    return [(p.line, p.node.items) for p in reading.parts if p.kind == "equation" and isinstance(p.node, Tuple)]


def _inputs(reading) -> list[str]:
    """The input coordinates: ``x``; ``x_1, x_2, …``; the learner's own ``x = (p, q)``."""
    from .meaning import key

    own = []
    for p in reading.parts:
        if p.kind == "names" and p.name == "x":
            node = p.node.args[0] if isinstance(p.node, Op) and p.node.op == "transpose" else p.node
            items = getattr(node, "items", ())
            own = [key(i) for i in items if isinstance(i, Sym)]
            if len(own) == len(items):
                break
            own = []
    return own + ["x"] + [f"x_{i}" for i in range(1, 10)]


def _unit_name(node) -> str | None:
    from .meaning import key

    if isinstance(node, Sym) and not node.primes and node.name not in _NOT_UNITS:
        return key(node)
    if isinstance(node, Sym) and node.name in ("W", "b") and not node.layer and not node.primes:
        return key(node)
    return None


_QUANT = (r"(?:all|every|each|allar|öll|allir|alle|jede[rs]?|tous|toutes|todos|todas|alla|tutti|tutte|kaikki|wszystkie|"
           r"كل|جميع|όλα|όλες|όλοι)")
_KIND = (r"(weights?|biases?|vogir(?:nar)?|vigtir(?:nar)?|hliðranir(?:nar)?|skekkjur|gewichte[n]?|bias(?:e|werte)?|"
         r"poids|biais|pesos?|pesi|sesgos?|vikter(?:na)?|vægte(?:ne)?|vekt(?:er|ene)|gewichten|painot|"
         r"painokertoimet|biasit|bias-termit|vakiotermit|harhat|wagi|biasy|biasene|biaserne|biasen|"
         r"(?:ال)?أوزان|(?:ال)?انحيازات|βάρη|πολώσεις|μεροληψίες|[wb](?:'s|s)?(?![\w']))")
_VERB = (r"\s*(?:\$\s*)?(?:(?:=|:|are|is|eru|er|sind|ist|sont|valent|son|são|är|zijn|ovat|on|są|equal\s+to|"
         r"set\s+to)\s*)?(?:\$\s*)?")
_NUMBER = r"(-?[0-9]{1,6}(?:[.,][0-9]{1,6})?)(?![0-9])"
_DOLLAR = r"(?:\$\s*)?"   # "all $W = 1$ and all $b = 0$": the letter and its value typed as math
_ARTICLES = r"(?:the\s+|of\s+the\s+|les\s+|los\s+|las\s+|os\s+|as\s+|i\s+|de\s+|die\s+|τα\s+|οι\s+)?"
_ALL = re.compile(r"(?<!\w)" + _QUANT + r"\s+" + _ARTICLES
                  + _DOLLAR + _KIND + _VERB + _NUMBER + r"(?:\$?\s*(?:,|،|and|und|og|et|y|e|och|en|ja|oraz|i|;|και|و)"
                  r"\s*(?:"
                  + _QUANT + r"\s+" + _ARTICLES + r")?" + _DOLLAR
                  + _KIND + _VERB + _NUMBER + r")?", re.I)


def _kind(word: str) -> str:
    return "b" if word.lower().startswith(("b", "hli", "skekk", "sesgo", "vakio", "harha", "الانحياز", "انحياز", "πολώ",
                                           "μεροληψ")) else "W"


def _all_of_a_kind(text: str) -> dict[str, tuple[object, int]]:
    """``All weights = 1, all biases = 0``, ``all W = 1``, ``every w's = 1, b's = 0``, ``alle Gewichte 1``
    (English, Icelandic, German, Danish, Swedish, Norwegian, Dutch, French, Spanish, Portuguese, Italian, Finnish,
    Polish, Arabic, Greek): one value for every W or b."""
    out = {}
    for m in _ALL.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        for word, number in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
            if word is None:
                continue
            number = number.replace(",", ".")
            decimals = len(number.split(".")[1]) if "." in number else None
            out.setdefault(_kind(word), (Num(Fraction(number), decimals, number), line))
    return out


def gather(reading, text: str = "") -> LearnerNames:
    """The learner's network, names and values as the notes give them (see the module doc)."""
    from .glued_layer_values import glued_layer_values
    from .layer_variable import every_layer_values
    from .letter_values import letter_values

    found = LearnerNames(inputs=_inputs(reading), every={**every_layer_values(reading), **_all_of_a_kind(text)},
                         text=text)
    chains = _chains(reading)
    defs: dict[str, list] = {}
    outputs: dict[int, list[tuple[int, object]]] = {}
    for line, members in chains:
        called = f_call(members[0])
        if called is not None and called[1] is None and called[0] <= MAX_OUTPUTS:
            outputs.setdefault(called[0], []).extend((line, m) for m in members[1:] if not is_numeric(m))
            continue
        name = _unit_name(members[0])
        formulas = [m for m in members[1:] if not is_numeric(m)]
        if name is not None and name not in found.inputs and formulas:
            defs.setdefault(name, []).extend(formulas)
    found.net, found.line = _network(outputs, defs, found.inputs, _own_constants(chains))
    if found.net is not None:
        found.params.update(found.net.params)
    for _, members in chains:
        head = members[0].args[0] if isinstance(members[0], Op) and members[0].op == "transpose" else members[0]
        if layer_param(head):
            for member in members[1:]:
                _place(found.params, layer_param(head), member)
    layer_lines = {line for line, members in chains if layer_index(members[0]) and len(_flat(members[-1]) or []) > 1
                   and is_numeric(members[-1])}
    for line, members in chains:
        if line in layer_lines and all(layer_index(m) for m in members[:-1]):
            continue   # W1 = [2, −1]ᵀ, b1 = [1, 0]ᵀ, W2 = [1, 3], b2 = 1: b2 is the layer here, not an own entry b_2
        _values(found.values, members, line)
    letter_values(chains, found.params, found.values)   # w = (1, 1) for the formula's w_1, w_2
    glued_layer_values(chains, found.params, found.values)   # W1 = [2, -1]^T for the formula's w11, w12
    return found


def layer_index(node) -> bool:
    """``W1``, ``b_2``: a weight or bias with one whole-number index and no layer (the layer, on a data line)."""
    return isinstance(node, Sym) and node.name in ("W", "b") and node.layer is None and len(node.sub) == 1 and \
        isinstance(node.sub[0], Num) and node.sub[0].decimals is None and not node.primes


def _own_constants(chains) -> frozenset:
    """``e = 0``: a letter that else is a constant (Euler's e) given a number of its own on its own line is the
    learner's name for a parameter (``f(x) = d_1 h_1 + d_2 h_2 + e``)."""
    from .meaning import key

    own = set()
    for _, members in chains:
        head = members[0]
        if len(members) == 2 and isinstance(head, Sym) and head.name == "e" and not head.sub and not head.primes \
                and head.layer is None and is_numeric(members[-1]) and len(_flat(members[-1]) or []) == 1:
            own.add(key(head))
    return frozenset(own)


def _network(outputs: dict, defs: dict, inputs: list[str],
             own: frozenset = frozenset()) -> tuple[LearnerNet | None, int]:
    """The first formula of each output that reads as a network (outputs 1 … n, read together)."""
    if not outputs or sorted(outputs) != list(range(1, len(outputs) + 1)):
        return None, 0
    chosen = []
    for o in sorted(outputs):
        ordered = sorted(outputs[o], key=lambda pair: not _reuses_layer_names(pair[1], inputs))
        pick = next(((line, node) for line, node in ordered if read_network([node], defs, inputs, own)), None)
        if pick is None:
            return None, 0
        chosen.append(pick)
    net = read_network([node for _, node in chosen], defs, inputs, own)
    return net, (chosen[0][0] if net else 0)


def _reuses_layer_names(node, inputs: list[str]) -> bool:
    """Whether a network formula mixes the sheet's whole-layer names with names of the learner's own
    (``f(x) = v1(w1 x + b1) + v2(w2 x + b2) + c`` after ``b1 = [b1, b2]ᵀ``): the learner's names then reuse a
    layer's, and only their own formula says what each stands for, so it is read before the sheet's
    ``f(x) = W2(W1 x + b1) + b2``."""
    from .predicates import walk

    names = [n for n in walk(node) if isinstance(n, Sym) and n.name not in inputs and n.name != "x"]
    layers = [n for n in names if layer_index(n)]
    return bool(layers) and len(layers) < len(names)


def _place(params: dict[str, Param], name: str, node) -> None:
    """``W^{[l]} = [w_1, w_2]^T``: each entry's name is that entry (a flat list of b is a column)."""
    rows = entry_names(node)
    if rows is None:
        return
    from .meaning import key

    kind, layer = name[0], int(name[1:])
    if kind == "b" and len(rows) == 1:
        rows = [[v] for v in rows[0]]
    for r, row in enumerate(rows, start=1):
        for c, sym in enumerate(row, start=1):
            params.setdefault(key(sym), Param(kind, layer, r, c))


def _flat(node) -> list | None:
    """The numbers of a numeric member, flattened row by row (``^T`` as written: a list stays a list)."""
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    items = getattr(node, "items", None)
    rows = getattr(node, "rows", None)
    if rows is not None:
        return [v for row in rows for v in row]
    if items is not None and getattr(node, "kind", "tuple") in ("bracket", "tuple", "paren"):
        out = []
        for item in items:
            inner = _flat(item) if hasattr(item, "items") or hasattr(item, "rows") else [item]
            if inner is None:
                return None
            out.extend(inner)
        return out
    return [node]


def _values(values: dict, members: tuple, line: int) -> None:
    """Values given by name in one chain: every name (or list of names) before the numbers gets them."""
    from .meaning import key

    last = members[-1]
    if not is_numeric(last):
        return
    numbers = _flat(last)
    if numbers is None:
        return
    for member in members[:-1]:
        if isinstance(member, Sym) and not member.primes and not layer_param(member) and len(numbers) == 1:
            if member.name not in ("x", "K", "J", "lambda", "P", "f", "y", "theta"):
                values.setdefault(key(member), (numbers[0], line))
            continue
        rows = entry_names(member)
        names = [key(s) for row in rows for s in row] if rows else []
        if names and len(names) == len(numbers):
            for name, number in zip(names, numbers):
                values.setdefault(name, (number, line))
