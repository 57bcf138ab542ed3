"""The exercise as the notes state it: architecture, parameter values, datapoints.

Read from the problem parts of a :class:`~symntk.check.claims.Reading`:

* ``f: \\mathbb{R}^{n_0} \\rightarrow \\mathbb{R}^{n_L}`` gives n_0 and n_L;
* the network formula ``y = W^{[2]} φ(W^{[1]} x + b^{[1]}) + b^{[2]}`` gives L and
  each hidden activation (plain parentheses: identity; tanh, σ, relu, softplus; ``(…)^2``: quadratic);
* ``W^{[l]} = \\begin{bmatrix}…\\end{bmatrix}`` / ``[a, b]`` / a number, and ``b^{[l]} = …``, give the values
  (b^{[l]} is a column, so its length is n_l; a flat list for W^{[l]} is shaped n_l × n_{l-1});
* ``x_i = …`` gives datapoint i.

The result is checked by :func:`symntk.problem_from_dict`, so the notes and a
problem file go through the same validation.
"""

from __future__ import annotations

from ..errors import InputError
from ..problem import Problem, problem_from_dict
from .claims import ProblemPart, Reading
from .every_layer import every_layer
from .exact_numbers import exact_numbers
from .named_values import gather
from .network_formula import layer_activations, plain_formula
from .predicates import walk
from .syntax import Signature, Sym, Tuple
from .theta_layers import theta_layers
from .theta_values import fill_from_theta
from .unindexed_points import unindexed_points
from .values_by_name import by_entry_names, by_index, by_name, fits_net, indexed_values, what_is_missing, whole_layers
from .vector_names import entry_names as vector_entries
from .vector_names import tied_letters, used_whole, vector_values


def problem_from_reading(reading: Reading, source: str, text: str = "") -> Problem:
    """The problem stated in the notes; :class:`InputError` (naming the line) when something is missing.
    Without a network formula the activation is the one the notes name (tanh, sigmoid, ReLU), else none."""
    parts = [p for p in reading.parts if _readable(p, source)]
    values: dict[str, tuple[ProblemPart, list[list]]] = {}
    for p in parts:
        if p.kind == "value":
            values[p.name] = (p, exact_numbers(p.node, source, p.line))
    layered = {name[0] for name in values}
    parts = parts + indexed_values(parts)
    _missing_layers(values, parts, layered, source)
    points = {}
    for p in parts:
        if p.kind == "point":
            flat = [v for row in exact_numbers(p.node, source, p.line) for v in row]
            value = flat[0] if len(flat) == 1 else flat
            if _size(points.get(int(p.name), value)) == _size(value):   # "grad at x1 = (1, 0, …)" below x1 = 1
                points[int(p.name)] = value
    formula = next((p for p in parts if p.kind == "formula"), None)
    signature = next((p.node for p in parts if p.kind == "signature"), None)
    if values and formula is not None and points:   # W^{[1]} said in words beside θ = (1, 2, 0, 1, …)
        first = points[min(points)]
        n_in = signature.n_in if isinstance(signature, Signature) else len(first) if isinstance(first, list) else 1
        fill_from_theta(values, parts, formula.node, n_in,
                        signature.n_out if isinstance(signature, Signature) else None, exact_numbers)
    learner = gather(reading, text)
    layers = whole_layers(learner, parts) if learner.net and not values else None
    if layers is not None:   # f = W_2(W_1 x + b_1) + b_2 with W_1 = [1, 2]^T: the names are whole layers
        by_index(values, parts, source)
    reading.names = {name: "layer" for name in learner.params} if layers is not None else \
        {**learner.params, **(learner.net.units if learner.net else {})}
    vectors = False
    if learner.net and layers is None and not values:   # f = B(Ax + a) + c with A a matrix: letters for layers
        whole = vector_values(reading, source)
        if any(len(rows) * len(rows[0]) > 1 for _, rows in whole.values()):
            values.update(whole)
            vectors, reading.names = True, {}
    sheet = False
    if learner.net and layers is None and not vectors and not values:
        whole: dict = {}
        by_index(whole, parts, source)   # W1 = [[1, 2], [0, 1]], b1 = …, W2 = …, b2 = 0: the sheet's own layers
        if whole and any(len(rows) * len(rows[0]) > 1 for _, rows in whole.values()):
            values.update(whole)
            sheet = True   # the learner's own formula is a claim about this network, not its definition
    net = learner.net if learner.net and layers is None and not vectors and not sheet and \
        _by_name(values, learner, parts, source) else None
    if net is None and learner.params and not vectors:
        by_entry_names(values, learner, source)
    if not values:
        by_index(values, parts, source)
    given = {name[0] for name in values}   # all $W = 1$, all $b = 0$: one number for every layer of a letter
    for name, (part, node) in every_layer(parts, next((p for p in parts if p.kind == "formula"), None),
                                            learner.every).items():
        if name[0] not in given:   # W^{[1]} = W^{[2]} = 1 and "all biases 0": the letter no layer gives
            values[name] = (part, exact_numbers(node, source, part.line))
    depth = max((int(name[1:]) for name in values), default=0)
    if not all(f"{k}{layer}" in values for k in "Wb" for layer in range(1, depth + 1)) or not values:
        # θ = (w_1, w_2, b_1, b_2, v_1, v_2, c) with values by name: the listing's shape places each name
        theta_layers(reading, learner, values, lambda node, line: exact_numbers(node, source, line))
    if not values:   # f(x) = v^T φ(u x + b) + c with u = [1, 1]^T, …: the letters are whole layers
        values.update(vector_values(reading, source))
        vectors = bool(values)
    if not values:
        raise InputError(source, *what_is_missing(reading, learner))
    if not points:   # points x = 0 and x = 1, x ∈ {1, 2}, or only x = 0: … labels
        points = unindexed_points(text)
    if not points:
        raise InputError(source, "", "datapoints in the notes (x_1 = …) or --problem PROBLEM.toml", "none")
    missing = sorted(set(range(1, max(points) + 1)) - set(points))
    if missing:
        raise InputError(source, "", f"datapoints x_1 … x_{max(points)}", f"no x_{missing[0]}")
    depth = max(int(name[1:]) for name in values)
    activations = net.activations if net else layers if layers is not None and len(layers) == depth - 1 else \
        layer_activations(formula or plain_formula(parts), depth, source, text)
    widths = list(net.widths) if net else _widths(values, points, signature, depth, source)
    if not net and widths != _widths(values, points, signature, depth, source, zero_yields=True):
        try:   # b^{[2]} = 0 beside a column W^{[2]}: the zero vector, when the layer read as 1 wide does not fit
            _checked_shapes(values, widths)
        except ValueError:
            widths = _widths(values, points, signature, depth, source, zero_yields=True)
    ties = tied_letters(reading)
    if vectors:
        reading.names = {**vector_entries(reading, widths), **reading.names}
    if any(widths[int(n[1:])] * (widths[int(n[1:]) - 1] if n[0] == "W" else 1) > 1 for n, _ in ties.values()
           if int(n[1:]) < len(widths)) and \
            all(_same_layer(reading.names.get(letter), tie) for letter, tie in ties.items()) and \
            (vectors or used_whole(text, ties)):
        reading.layers = ties   # u = W^{[1]}, v = (W^{[2]})^T: the letters are the layers
    params = {}
    for name, (_, rows) in values.items():
        l = int(name[1:])
        shape = (widths[l], widths[l - 1]) if name[0] == "W" else (widths[l], 1)
        params[name] = _shaped(rows, shape)
    reading.data = {(part.line, part.text.strip()) for part, _ in values.values() if part.text}
    data = {"network": {"widths": widths, "activation": activations or "identity"},
            "parameters": params, "data": {"x": [points[i] for i in sorted(points)]}}
    try:
        return problem_from_dict(data, source=source)
    except InputError as exc:
        line = _line_of(exc.field, values, parts)
        raise InputError(source, line, exc.expected, exc.got) from None


def _readable(part: ProblemPart, source: str) -> bool:
    """False for a value or datapoint given a bare comma list that is not numbers (``x, x_2 = 1, -1`` read as
    x_2 = 1, -1): the line is context, not the exercise's data."""
    if part.kind not in ("value", "point", "value_by_index") or not isinstance(part.node, Tuple):
        return True
    try:
        exact_numbers(part.node, source, part.line)
    except InputError:
        return False
    return True


def _size(point) -> int:
    """A datapoint's number of inputs: a later statement of another size is not the datapoint."""
    return len(point) if isinstance(point, list) else 1


def _same_layer(meant, tie: tuple[str, bool]) -> bool:
    """Whether a letter's meaning from the notes' own formula (if any) is the layer it is tied to."""
    return meant is None or getattr(meant, "kind", None) == tie[0][0] and getattr(meant, "layer", 0) == int(tie[0][1:])


def _missing_layers(values: dict, parts: list, layered: set, source: str) -> None:
    """``b_2 = 0`` beside W^{(1)}, b^{(1)}, W^{(2)}, ``W1 = 1, b1 = 1`` beside W^{[2]}, b^{[2]}, ``W2 = 3, b2 = 0``
    beside W^{[1]}, b^{[1]}: a weight or bias written by its index alone is the layer of that index when it is
    missing from the layers written with their layer (at most one layer deeper), and either it is the deepest
    written layer's or with it every W^{[l]}, b^{[l]}, l = 1 … L, is given."""
    if not values:
        return
    written = max(int(name[1:]) for name in values)
    missing = {p.name: p for p in parts if p.kind == "value_by_index" and p.name not in values and
               p.name[0] in layered and 1 <= int(p.name[1:]) <= written + 1}
    depth = max(int(name[1:]) for name in [*values, *missing])
    complete = all(f"{k}{layer}" in values or f"{k}{layer}" in missing for k in "Wb" for layer in range(1, depth + 1))
    for name, p in missing.items():
        if complete or int(name[1:]) == written:
            values[name] = (p, exact_numbers(p.node, source, p.line))


def _by_name(values: dict, learner, parts: list, source: str) -> bool:
    """:func:`by_name`, except that a formula whose names lack values leaves them to the layers the notes give
    whole by index: every layer of the learner's one-unit network, each a number (``W1 = 1, b1 = 0, W2 = 2, b2 = 0``
    for ``f(x) = v tanh(w x + b) + c``: each name is the entry its place in the formula says, the network stays
    the learner's), else one of them a vector or matrix (``W1 = [1, 1]^T``, ``b1 = …``, ``W2 = …``, ``b_2 = 0``)."""
    try:
        return by_name(values, learner, source)
    except InputError:
        whole: dict = {}
        by_index(whole, parts, source)
        if values and _complete(values, parts):   # the layers are all given: the learner's names are theirs
            return False
        scalars = all(len(rows) * len(rows[0]) == 1 for _, rows in whole.values())
        if not values and scalars and fits_net(whole, learner.net.widths):   # W1 = 1, … for f = v tanh(w x + b) + c
            values.update(whole)
            return by_name(values, learner, source)
        if values or not any(len(rows) * len(rows[0]) > 1 for _, rows in whole.values()):
            raise
        values.update(whole)
        return False


def _complete(values: dict, parts: list) -> bool:
    """Every W^{[l]} and b^{[l]} the network formula names has its value."""
    formula = next((p for p in parts if p.kind == "formula"), None)
    named = {f"{n.name}{n.layer}" for n in walk(formula.node) if isinstance(n, Sym) and n.name in ("W", "b")
             and n.layer} if formula is not None else set()
    return bool(named) and named <= set(values)


def _line_of(field: str, values, parts) -> str:
    for name, (part, _) in values.items():
        if field.startswith(f"parameters.{name}"):
            return f"line {part.line}"
    if field.startswith("data"):
        return f"line {next(p.line for p in parts if p.kind == 'point')}"
    return field


def _count(rows: list[list[str]]) -> int:
    return sum(len(row) for row in rows)


def _shaped(rows: list[list[str]], shape: tuple[int, int]) -> list:
    """The rows in ``shape``: a flat list of the right length as a row or column; a lone 0 where a layer has
    more entries is that layer's zero (``b^{[2]} = 0`` for b^{[2]} ∈ ℝ²; any other lone number is left to fail)."""
    flat = [v for row in rows for v in row]
    if flat == ["0/1"] and shape[0] * shape[1] > 1:
        return [["0/1"] * shape[1] for _ in range(shape[0])]
    if (len(rows) == 1 or all(len(r) == 1 for r in rows)) and len(flat) == shape[0] * shape[1] and 1 in shape:
        return [[v] for v in flat] if shape[1] == 1 else [flat]
    return rows


def _checked_shapes(values, widths: list[int]) -> None:
    """ValueError when a W^{[l]} written as a matrix of several rows and columns does not fit ``widths``."""
    for name, (_, rows) in values.items():
        l = int(name[1:])
        if name[0] == "W" and len(rows) > 1 and (len(rows), len(rows[0])) not in (
                (widths[l], widths[l - 1]), (widths[l - 1], widths[l])) and len(rows) * len(rows[0]) != \
                widths[l] * widths[l - 1]:
            raise ValueError(name)


def _widths(values, points, signature, depth: int, source: str, zero_yields: bool = False) -> list[int]:
    widths: list[int | None] = [None] * (depth + 1)
    first = points[min(points)]
    widths[0] = len(first) if isinstance(first, list) else 1
    if isinstance(signature, Signature):
        widths[0], widths[depth] = signature.n_in, signature.n_out
    for l in range(1, depth + 1):
        if f"b{l}" in values and (_count(values[f"b{l}"][1]) > 1 or not zero_yields):
            widths[l] = _count(values[f"b{l}"][1])
    for l in range(1, depth + 1):
        if f"W{l}" in values:
            rows = values[f"W{l}"][1]
            if len(rows) > 1:
                widths[l] = widths[l] or len(rows)
                widths[l - 1] = widths[l - 1] or len(rows[0])
    for l in range(1, depth + 1):   # b^{[2]} = 0 beside a column W^{[2]} of 2 rows: 0 is the zero vector
        if f"b{l}" in values and widths[l] is None:
            widths[l] = 1
    for l in range(depth, 0, -1):  # a flat W list of n_l·n_{l-1} numbers fixes the missing width
        if f"W{l}" in values and (widths[l] is None) != (widths[l - 1] is None):
            count = sum(len(r) for r in values[f"W{l}"][1])
            known = widths[l] or widths[l - 1]
            if count % known == 0:
                if widths[l] is None:
                    widths[l] = count // known
                else:
                    widths[l - 1] = count // known
    if any(w is None for w in widths):
        l = widths.index(None)
        raise InputError(source, "", f"values that fix the width n_{l} (b^{{[{l}]}} as a column)", "not enough")
    return [int(w) for w in widths]
