"""Problem files: one exercise each (TOML).

Schema (every table but ``[parameters]``/``[random]`` required)::

    title = "optional"
    [network]
    widths = [1, 2, 1]             # n_0 .. n_L
    activation = "identity"        # hidden layers; a list gives one per hidden layer
    parameterization = "standard"  # or "ntk"
    sigma_w = 1                    # ntk only: z = (σ_w/√n_{l−1}) W a + σ_b b (positive, exact)
    sigma_b = 1
    [parameters]                   # exact values: W1, b1, …, WL, bL
    W1 = [[1], [1]]
    b1 = [[0], [1]]                # a flat list [0, 1] or, for 1×1, a number also works
    [random]                       # draws the parameters that are not given
    seed = 0
    distribution = "integers"      # low..high inclusive; or "normal" with std, rounded to `digits` decimals
    [data]
    x = [1, 2]                     # scalars when n_0 = 1, else lists of n_0 numbers
    y = [0, 1]                     # optional labels (lists of n_L numbers when n_L > 1)

Values are exact rationals (see :mod:`symntk.values`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import sympy

from .activations import get_activation
from .errors import InputError, describe, printable
from .sizes import MAX_DEPTH, MAX_PARAMETERS, MAX_POINTS, MAX_WIDTH
from .toml_files import read_toml as read_toml
from .values import exact, non_ascii_note

MAX_TITLE = 200
_TOP = {"title", "network", "parameters", "random", "data"}
_NETWORK = {"widths", "activation", "parameterization", "sigma_w", "sigma_b"}
_RANDOM = {"seed", "distribution", "low", "high", "std", "digits"}
_DATA = {"x", "y"}


@dataclass(frozen=True)
class Problem:
    """One exercise: the architecture, exact parameter values and datapoints.

    ``weights[l-1]`` is W^{[l]} (n_l × n_{l-1}), ``biases[l-1]`` is b^{[l]}
    (n_l × 1), ``points[i-1]`` is x_i (a tuple of n_0 exact numbers),
    ``labels[i-1]`` is y_i (a tuple of n_L numbers) or ``labels`` is None.
    """

    widths: tuple[int, ...]
    activations: tuple[str, ...]
    weights: tuple[sympy.ImmutableMatrix, ...]
    biases: tuple[sympy.ImmutableMatrix, ...]
    points: tuple[tuple[sympy.Rational, ...], ...]
    labels: tuple[tuple[sympy.Rational, ...], ...] | None = None
    parameterization: str = "standard"
    title: str = ""
    source: str = "<api>"
    drawn: tuple[str, ...] = field(default=(), compare=False)
    sigma_w: sympy.Expr = sympy.S.One
    sigma_b: sympy.Expr = sympy.S.One

    @property
    def depth(self) -> int:
        """L, the number of layers with parameters."""
        return len(self.widths) - 1

    @property
    def structure(self) -> tuple:
        """What the symbolic derivation depends on (the cache key); σ_w, σ_b only when not 1."""
        if self.sigma_w == 1 and self.sigma_b == 1:
            return (self.widths, self.activations, self.parameterization)
        return (self.widths, self.activations, self.parameterization, self.sigma_w, self.sigma_b)


def load_problem(path: str | Path, parameters_optional: bool = False) -> Problem:
    """Read a problem file; every defect raises :class:`InputError` naming the
    file, the field and what was expected. ``parameters_optional``: see
    :func:`problem_from_dict`."""
    path = Path(path)
    return problem_from_dict(read_toml(path, "a problem file (TOML)"), source=str(path),
                             parameters_optional=parameters_optional)


def problem_from_dict(data: dict, source: str = "<dict>", parameters_optional: bool = False) -> Problem:
    """Build a :class:`Problem` from the parsed TOML mapping (same checks as files).

    With ``parameters_optional`` (the infinite-width limit and the sweep, which
    ignore parameter values) a file with neither ``[parameters]`` nor
    ``[random]`` is accepted and gives a problem without weights and biases."""
    if not isinstance(data, dict):
        raise InputError(source, "", "a table of problem fields", describe(data))
    _only(data, _TOP, source, "")
    title = _title(data.get("title", ""), source)
    net = _table(data, "network", source, required=True)
    _only(net, _NETWORK, source, "network")
    widths = _widths(net.get("widths"), source)
    depth = len(widths) - 1
    activations = _activations(net.get("activation", "identity"), depth, source)
    parameterization = net.get("parameterization", "standard")
    if parameterization not in ("standard", "ntk"):
        raise InputError(source, "network.parameterization", '"standard" or "ntk"', describe(parameterization))
    sigma_w, sigma_b = (_sigma(net, name, parameterization, source) for name in ("sigma_w", "sigma_b"))

    params = _table(data, "parameters", source)
    allowed = [f"{k}{l}" for l in range(1, depth + 1) for k in "Wb"]
    _only(params, set(allowed), source, "parameters", order=allowed)
    random_spec = _table(data, "random", source)
    _only(random_spec, _RANDOM, source, "random")
    draw = _drawer(random_spec, widths, source) if random_spec else None

    weights, biases, drawn = [], [], []
    skip = parameters_optional and "parameters" not in data and not random_spec
    for l in range(1, depth + 1 if not skip else 1):
        shapes = {"W": (widths[l], widths[l - 1]), "b": (widths[l], 1)}
        for kind, target in (("W", weights), ("b", biases)):
            name = f"{kind}{l}"
            if name in params:
                target.append(_matrix(params[name], shapes[kind], source, f"parameters.{name}"))
            elif draw is not None:
                target.append(draw[name])
                drawn.append(name)
            else:
                raise InputError(source, f"parameters.{name}",
                                 f"a {shapes[kind][0]}×{shapes[kind][1]} matrix, or a [random] table to draw it",
                                 "nothing")

    d = _table(data, "data", source, required=True)
    _only(d, _DATA, source, "data")
    points = _points(d.get("x"), widths[0], source, "data.x")
    labels = None
    if "y" in d:
        labels = _points(d["y"], widths[-1], source, "data.y")
        if len(labels) != len(points):
            raise InputError(source, "data.y", f"{len(points)} labels, one per datapoint", f"{len(labels)}")
    return Problem(tuple(widths), activations, tuple(weights), tuple(biases), points, labels,
                   parameterization, title, source, tuple(drawn), sigma_w, sigma_b)


def _sigma(net: dict, name: str, parameterization: str, source: str) -> sympy.Expr:
    """σ_w or σ_b of the ntk parameterization: a positive exact number, 1 when absent."""
    if name not in net:
        return sympy.S.One
    if parameterization != "ntk":
        raise InputError(source, f"network.{name}", 'no value unless parameterization = "ntk"',
                         describe(net[name]))
    value = exact(net[name], source, f"network.{name}")
    if not 0 < value <= 1000:
        raise InputError(source, f"network.{name}", "a positive number (at most 1000)", describe(net[name]))
    return value


def _only(table: dict, allowed: set, source: str, where: str, order=None) -> None:
    for key in table:
        if key not in allowed:
            names = ", ".join(order or sorted(allowed))
            field_name = f"{where}.{key}" if where else key
            raise InputError(source, field_name, f"one of the keys {names}", "an unknown key" + non_ascii_note(key))


def _title(value: object, source: str) -> str:
    """The title: one line of at most :data:`MAX_TITLE` printable characters
    (renderers escape it for LaTeX and HTML)."""
    if not isinstance(value, str) or len(value) > MAX_TITLE:
        raise InputError(source, "title", f"a string of at most {MAX_TITLE} characters", describe(value))
    if printable(value, MAX_TITLE) != value:
        bad = next(ch for ch in value if printable(ch) != ch)
        raise InputError(source, "title", "one line of printable text",
                         f"the control or invisible character U+{ord(bad):04X}")
    return value


def _table(data: dict, name: str, source: str, required: bool = False) -> dict:
    if name not in data:
        if required:
            raise InputError(source, f"[{name}]", f"a [{name}] table", "nothing")
        return {}
    value = data[name]
    if not isinstance(value, dict):
        raise InputError(source, name, f"a [{name}] table", describe(value))
    return value


def _widths(value: object, source: str) -> list[int]:
    expected = "a list of at least two positive integers n_0 … n_L"
    if not isinstance(value, list) or len(value) < 2:
        raise InputError(source, "network.widths", expected, "nothing" if value is None else describe(value))
    if len(value) > MAX_DEPTH + 1:
        raise InputError(source, "network.widths", f"at most {MAX_DEPTH} layers", f"{len(value) - 1}")
    for k, w in enumerate(value):
        if isinstance(w, bool) or not isinstance(w, int) or w < 1 or w > MAX_WIDTH:
            raise InputError(source, f"network.widths[{k}]", f"an integer from 1 to {MAX_WIDTH}", describe(w))
    count = sum(value[l] * (value[l - 1] + 1) for l in range(1, len(value)))
    if count > MAX_PARAMETERS:
        raise InputError(source, "network.widths", f"a network of at most {MAX_PARAMETERS:,} parameters",
                         f"{count:,} parameters")
    return list(value)


def _activations(value: object, depth: int, source: str) -> tuple[str, ...]:
    hidden = depth - 1
    if isinstance(value, str):
        get_activation(value, source, "network.activation")
        return (value,) * hidden
    if isinstance(value, list):
        if len(value) != hidden:
            raise InputError(source, "network.activation",
                             f"one activation per hidden layer ({hidden})", f"a list of {len(value)}")
        for k, name in enumerate(value):
            get_activation(name, source, f"network.activation[{k}]")
        return tuple(value)
    raise InputError(source, "network.activation", "an activation name or a list of them", describe(value))


def _matrix(value: object, shape: tuple[int, int], source: str, where: str) -> sympy.ImmutableMatrix:
    rows, cols = shape
    expected = f"a {rows}×{cols} matrix ({rows} row{'s' if rows > 1 else ''} of {cols} number{'s' if cols > 1 else ''})"
    if not isinstance(value, list):
        if rows == cols == 1 and not isinstance(value, dict):
            return sympy.ImmutableMatrix([[exact(value, source, where)]])
        raise InputError(source, where, expected, describe(value))
    if value and all(not isinstance(v, list) for v in value):
        # A flat list: the matrix's only column or only row.
        if cols == 1 and len(value) == rows:
            return sympy.ImmutableMatrix([[exact(v, source, f"{where}[{i}]")] for i, v in enumerate(value)])
        if rows == 1 and len(value) == cols:
            return sympy.ImmutableMatrix([[exact(v, source, f"{where}[{j}]") for j, v in enumerate(value)]])
        raise InputError(source, where, expected, f"a flat list of {len(value)} numbers")
    if len(value) != rows:
        raise InputError(source, where, expected, f"{len(value)} row{'s' if len(value) != 1 else ''}")
    out = []
    for i, row in enumerate(value):
        if not isinstance(row, list) or len(row) != cols:
            got = f"{len(row)} numbers" if isinstance(row, list) else describe(row)
            raise InputError(source, f"{where}[{i}]", f"a row of {cols} number{'s' if cols > 1 else ''}", got)
        out.append([exact(v, source, f"{where}[{i}][{j}]") for j, v in enumerate(row)])
    return sympy.ImmutableMatrix(out)


def _points(value: object, n: int, source: str, where: str) -> tuple[tuple[sympy.Rational, ...], ...]:
    kind = "numbers" if n == 1 else f"lists of {n} numbers"
    if not isinstance(value, list) or not value:
        raise InputError(source, where, f"a non-empty list of {kind}", describe(value))
    if len(value) > MAX_POINTS:
        raise InputError(source, where, f"at most {MAX_POINTS} datapoints", f"{len(value)}")
    out = []
    for i, v in enumerate(value):
        if isinstance(v, list):
            if len(v) != n:
                raise InputError(source, f"{where}[{i}]", f"{n} number{'s' if n > 1 else ''}", f"{len(v)}")
            out.append(tuple(exact(c, source, f"{where}[{i}][{j}]") for j, c in enumerate(v)))
        elif n == 1:
            out.append((exact(v, source, f"{where}[{i}]"),))
        else:
            raise InputError(source, f"{where}[{i}]", f"a list of {n} numbers", describe(v))
    return tuple(out)


def _drawer(spec: dict, widths: list[int], source: str) -> dict[str, sympy.ImmutableMatrix]:
    """Draw every parameter in θ order from the seed (so a given parameter's
    value does not depend on which others are given)."""
    seed = spec.get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise InputError(source, "random.seed", "a non-negative integer", describe(seed))
    dist = spec.get("distribution", "integers")
    import numpy as np

    rng = np.random.default_rng(seed)
    out = {}
    if dist == "integers":
        low, high = spec.get("low", -2), spec.get("high", 2)
        for name, v in (("random.low", low), ("random.high", high)):
            if isinstance(v, bool) or not isinstance(v, int) or abs(v) > 10**6:
                raise InputError(source, name, "an integer", describe(v))
        if low > high:
            raise InputError(source, "random.high", f"an integer ≥ random.low ({low})", str(high))
        def sample(shape):
            return [[sympy.Integer(int(v)) for v in row] for row in rng.integers(low, high + 1, size=shape)]
    elif dist == "normal":
        std = spec.get("std", 1)
        digits = spec.get("digits", 1)
        if isinstance(std, bool) or not isinstance(std, (int, float)) or not 0 < std < 1e6:
            raise InputError(source, "random.std", "a positive number", describe(std))
        if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= 6:
            raise InputError(source, "random.digits", "an integer from 0 to 6", describe(digits))
        def sample(shape):
            return [[sympy.Rational(round(float(v) * 10**digits), 10**digits) for v in row]
                    for row in rng.normal(0.0, std, size=shape)]
    else:
        raise InputError(source, "random.distribution", '"integers" or "normal"', describe(dist))
    for l in range(1, len(widths)):
        out[f"W{l}"] = sympy.ImmutableMatrix(sample((widths[l], widths[l - 1])))
        out[f"b{l}"] = sympy.ImmutableMatrix(sample((widths[l], 1)))
    return out
