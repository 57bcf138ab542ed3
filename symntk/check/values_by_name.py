"""Parameter matrices filled from the values the notes give the learner's own names (or say what is missing).

``values`` maps ``W1``, ``b1``, … to (the part it came from, rows of exact numbers as ``"p/q"`` strings), as
:func:`symntk.check.exercise.problem_from_reading` builds it from matrices written in the notes; the functions
here add the layers the notes give only by name: W^{[l]}_{j,i} is the value of the name that stands for it.
"""

from __future__ import annotations

import re

from ..errors import InputError
from .claims import ProblemPart
from .exact_numbers import exact_numbers
from .named_values import LearnerNames, _flat
from .nodes import Num, Sym
from .problem_parts import is_numeric


def _value(learner: LearnerNames, name: str):
    """(node, line) of the value the notes give ``name``: by name, else "all weights/biases = …"."""
    if name in learner.values:
        return learner.values[name]
    param = learner.params.get(name)
    return learner.every.get(param.kind) if param else None


def _entry(learner: LearnerNames, name: str, source: str) -> str:
    node, line = _value(learner, name)
    return exact_numbers(node, source, line)[0][0]


def _fill(values: dict, shapes: dict[str, tuple[int, int]], learner: LearnerNames, source: str) -> list[str]:
    """Every layer of ``shapes`` missing from ``values`` built from the learner's names; the names that have
    no value (nothing is added when one is missing)."""
    where = {(p.kind, p.layer, p.row, p.col): name for name, p in learner.params.items()}
    built, missing = {}, []
    for layer_name, (rows, cols) in shapes.items():
        if layer_name in values:
            continue
        kind, layer = layer_name[0], int(layer_name[1:])
        matrix = []
        for r in range(1, rows + 1):
            row = []
            for c in range(1, cols + 1):
                name = where.get((kind, layer, r, c))
                if name is None or _value(learner, name) is None:
                    missing.append(name or f"{kind}^{{[{layer}]}}_{{{r},{c}}}")
                    continue
                row.append(_entry(learner, name, source))
            matrix.append(row)
        line = min((_value(learner, n)[1] for (k, lay, _, _), n in where.items()
                    if k == kind and lay == layer and _value(learner, n)), default=learner.line)
        built[layer_name] = (ProblemPart(line, "value", layer_name, None), matrix)
    if not missing:
        values.update(built)
    return missing


def by_name(values: dict, learner: LearnerNames, source: str) -> bool:
    """Fill ``values`` from the learner's network formula (its widths fix every shape); False (nothing
    changed) when matrices written in the notes do not fit that network. A name without a value is an
    :class:`InputError` naming the formula's line."""
    widths = learner.net.widths
    depth = len(widths) - 1
    shapes = {}
    for layer in range(1, depth + 1):
        shapes[f"W{layer}"] = (widths[layer], widths[layer - 1])
        shapes[f"b{layer}"] = (widths[layer], 1)
    for name, (_, rows) in values.items():
        flat = sum(len(r) for r in rows)
        if name not in shapes or flat != shapes[name][0] * shapes[name][1]:
            return False
    missing = _fill(values, shapes, learner, source)
    if missing:
        raise InputError(source, f"line {learner.line}", f"a value for every parameter of the network formula on "
                         f"line {learner.line} (w_1 = 1; w = (1, 1) for w_1, w_2; all weights = 1) or the exercise "
                         "given by --problem PROBLEM.toml", f"no value for {missing_names(missing, learner.text)}")
    return True


_CAPITAL_W = re.compile(r"(?<![A-Za-z\\])W\s*[_^]")
_SMALL_W = re.compile(r"(?<![A-Za-z\\])w\s*_")


def fits_net(layers: dict, widths) -> bool:
    """Whether ``layers`` (``W1``, ``b1``, … → rows) are exactly every layer of a network of ``widths``
    (n_0, …, n_L), each with n_l·n_{l−1} (W^{[l]}) or n_l (b^{[l]}) numbers."""
    depth = len(widths) - 1
    names = {f"{k}{layer}" for k in "Wb" for layer in range(1, depth + 1)}
    if depth < 1 or set(layers) != names:
        return False
    return all(sum(len(r) for r in layers[f"W{l}"][1]) == widths[l] * widths[l - 1] and
               sum(len(r) for r in layers[f"b{l}"][1]) == widths[l] for l in range(1, depth + 1))


def missing_names(names: list[str], text: str, limit: int = 8) -> str:
    """The names that have no value as the notes write them: the checker keeps an indexed ``w_1`` as ``W_1``, so
    in notes that write only a small w the names are shown with it; a layer as ``W^{[1]}_2``; the first
    ``limit`` of them and how many more."""
    small = bool(_SMALL_W.search(text)) and not _CAPITAL_W.search(text)
    shown = []
    for name in names[:limit]:
        base, _, layer = name.partition("^")
        if layer.isdigit():
            letter, _, sub = base.partition("_")
            base = f"{letter}^{{[{layer}]}}" + (f"_{{{sub}}}" if sub else "")
        shown.append("w" + base[1:] if small and base.startswith("W_") else base)
    more = len(names) - limit
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def by_entry_names(values: dict, learner: LearnerNames, source: str) -> None:
    """``W^{[1]} = [w_1, w_2]^T`` with ``w_1 = 1``, …: each named matrix whose every entry has a value."""
    shapes: dict[str, tuple[int, int]] = {}
    for p in learner.params.values():
        rows, cols = shapes.get(f"{p.kind}{p.layer}", (0, 0))
        shapes[f"{p.kind}{p.layer}"] = (max(rows, p.row), max(cols, p.col))
    for name, shape in shapes.items():
        _fill(values, {name: shape}, learner, source)


def indexed_values(parts: list) -> list[ProblemPart]:
    """``W_2 = 1``, ``b_2 = 0``, ``W_1 = W_2 = W_3 = 1`` (a number; the notes' ``equation`` parts) as
    ``value_by_index`` parts: the index may be the layer; what it is comes from the rest of the notes
    (:func:`by_index`, the output bias b_L)."""
    out = []
    for p in parts:
        if p.kind != "equation" or len(p.node.items) < 2:
            continue
        *names, rest = p.node.items
        if all(_indexed_name(n) for n in names) and is_numeric(rest) and _flat(rest) is not None and \
                len(_flat(rest)) == 1:
            out += [ProblemPart(p.line, "value_by_index", f"{n.name}{int(n.sub[0].value)}", rest, p.text)
                    for n in names]
    return out


def _indexed_name(node) -> bool:
    """``W_2``, ``b_1``: a weight or bias with one whole-number index and no layer."""
    return isinstance(node, Sym) and node.name in ("W", "b") and node.layer is None and len(node.sub) == 1 and \
        isinstance(node.sub[0], Num) and node.sub[0].decimals is None


def by_index(values: dict, parts: list, source: str) -> None:
    """``W_1 = [1, 1]^T``, ``b_1 = …``, ``W_2 = …``, ``b_2 = 0`` with no other reading: the index is the layer
    (when W_l and b_l are given for every layer 1 … L)."""
    given = {p.name: p for p in parts + indexed_values(parts) if p.kind == "value_by_index"}
    depth = max((int(n[1:]) for n in given), default=0)
    if depth and all(f"{k}{layer}" in given for k in "Wb" for layer in range(1, depth + 1)):
        for name, p in given.items():
            values[name] = (p, exact_numbers(p.node, source, p.line))


def whole_layers(learner: LearnerNames, parts: list) -> list[str] | None:
    """The hidden activations of a formula written with one name per layer, ``f = W_2 φ(W_1 x + b_1) + b_2``,
    when the notes give some of those names a vector or matrix (``W_1 = [1, 2]^T``): then W_l and b_l are the
    layers' matrices, not numbers; else None."""
    net = learner.net
    depth = len(net.widths) - 1
    if set(learner.params) != {f"{k}_{layer}" for k in "Wb" for layer in range(1, depth + 1)} or \
            any(learner.params[f"{k}_{layer}"].layer != layer for k in "Wb" for layer in range(1, depth + 1)):
        return None
    given = {p.name: p for p in parts + indexed_values(parts) if p.kind == "value_by_index"}
    if not any(_flat(p.node) is None or len(_flat(p.node)) > 1 for p in given.values()):
        return None
    return list(net.activations)


def what_is_missing(reading, learner: LearnerNames) -> tuple[str, str, str]:
    """(where, what was expected, what was found) when the exercise cannot be recognised."""
    from .targets import f_call

    formulas = [p for p in reading.parts if p.kind == "equation" and f_call(p.node.items[0]) is not None
                and f_call(p.node.items[0])[1] is None]
    named = sorted(learner.values)[:6]
    found = f"values for {', '.join(named)}" if named else "no parameter values"
    if formulas:
        line = formulas[0].line
        return (f"line {line}", "a network formula whose parameters have values (f(x) = v_1 φ(w_1 x + b_1) + … + c "
                "in any letters, each name or letter given its value: w_1 = 1, a = (1, 1) for a_1, a_2, "
                "A = [[1, 2], [0, 1]] for a_11 … a_22, e = 0 for an own e; or W^{[2]} φ(W^{[1]} x + b^{[1]}) + "
                "b^{[2]} with W^{[1]} = …) or --problem PROBLEM.toml",
                f"{found}; the formula on line {line} ({formulas[0].text[:50]}) is not read as a network of them")
    return ("", "parameter values in the notes (W^{[1]} = …, b^{[1]} = …, or the network formula in your own "
            "names with w_1 = …) or --problem PROBLEM.toml", f"{found} and no network formula f(x) = …")
