"""The step records of an infinite-width derivation: typed data (SymPy values), never LaTeX or prose."""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy

from ..kernel import Eigenvalue

SHORT = 40          # exact values with more operations (or LaTeX characters than WIDE) are shown as decimals
WIDE = 120
ANGLE = sympy.Symbol("theta", nonnegative=True)  # θ of a pair, in the relu expectations as written
DEFAULT_LIMIT = 24  # pairs shown per layer before the list is cut


@dataclass(frozen=True)
class Value:
    """A value of the recursion: exact (SymPy; a decimal where there is no closed form)
    and ``approx``, the same value to 50 digits computed alongside it (evaluating the exact
    tree instead would take time exponential in the depth)."""

    exact: sympy.Expr
    approx: sympy.Float


def shown(value) -> sympy.Expr | None:
    """The exact value if it is short enough to read, else None (the decimal is shown)."""
    if isinstance(value, Value):
        value = value.exact
    if isinstance(value, sympy.Float) or value.has(sympy.Float):
        return None
    return value if sympy.count_ops(value) <= SHORT and len(sympy.latex(value)) <= WIDE else None


def decimal(value: sympy.Expr, digits: int = 30) -> sympy.Float:
    """The value to ``digits`` significant digits."""
    return sympy.Float(sympy.N(value, digits + 5), digits)


@dataclass(frozen=True)
class Step:
    """Base of every step; ``kind`` names its template (``limit/<format>/<kind>``)."""

    kind = "step"


@dataclass(frozen=True)
class SetupStep(Step):
    """The architecture of the limit: L layers, the hidden activations, σ_w, σ_b, n₀, n_L,
    and what the limit ignores from the problem (its hidden widths, its parameter values)."""

    kind = "setup"
    depth: int
    n_in: int
    n_out: int
    activations: tuple[str, ...]
    sigma_w: sympy.Expr
    sigma_b: sympy.Expr
    hidden_widths: tuple[int, ...]
    had_parameters: bool


@dataclass(frozen=True)
class DataStep(Step):
    """The datapoints x_i (tuples of n₀ exact numbers)."""

    kind = "data"
    points: tuple[tuple[sympy.Expr, ...], ...]


@dataclass(frozen=True)
class FirstPair:
    """Σ^{[1]}_{ij} = σ_w² (x_i·x_j)/n₀ + σ_b² with its dot product."""

    i: int
    j: int
    dot: sympy.Expr
    value: sympy.Expr


@dataclass(frozen=True)
class FirstStep(Step):
    """Σ^{[1]} = Θ^{[1]} on the datapoints."""

    kind = "first"
    pairs: tuple[FirstPair, ...]
    matrix: sympy.Matrix
    omitted: int


@dataclass(frozen=True)
class Pair:
    """One entry (i, j) of one layer: the previous Σ on the pair, the expectations,
    and the new Σ, Σ̇, Θ (``error``: the quadrature's error estimate, numeric activations)."""

    i: int
    j: int
    s_ii: Value
    s_jj: Value
    s_ij: Value
    angle: Value | None   # relu: θ = arccos(ρ); erf: the arcsine's argument
    expectation: Value
    slope_expectation: Value
    forms: tuple[sympy.Expr, sympy.Expr] | None   # relu: both expectations written with θ (ANGLE)
    sigma: Value
    sigma_dot: Value
    theta_prev: Value
    theta: Value
    error: float | None = None


@dataclass(frozen=True)
class LayerStep(Step):
    """Σ^{[l]}, Σ̇^{[l]}, Θ^{[l]} from layer l − 1 through the hidden activation φ_{l−1}."""

    kind = "layer"
    layer: int
    activation: str
    closed_form: bool
    pairs: tuple[Pair, ...]
    sigma: sympy.Matrix
    sigma_dot: sympy.Matrix
    theta: sympy.Matrix
    theta_approx: sympy.Matrix
    omitted: int
    precision: float | None = None  # the stated precision of numeric expectations


@dataclass(frozen=True)
class ResultStep(Step):
    """Θ = Θ^{[L]}: exact and to 30 digits."""

    kind = "result"
    matrix: sympy.Matrix
    decimals: sympy.Matrix


@dataclass(frozen=True)
class EigenStep(Step):
    """Θ's eigenvalues, and positive semidefiniteness."""

    kind = "eigenvalues"
    eigenvalues: tuple[Eigenvalue, ...]
    psd: bool


@dataclass
class LimitDerivation:
    """The ordered steps of one infinite-width derivation and its results."""

    problem: object
    steps: list[Step] = field(default_factory=list)
    limit: int = DEFAULT_LIMIT

    @property
    def summarised(self) -> bool:
        """Whether some list of pairs was cut at ``limit`` items."""
        return any(getattr(s, "omitted", 0) for s in self.steps)

    def step(self, kind: str) -> Step:
        """The first step of a kind, e.g. ``derivation.step("result")``."""
        return next(s for s in self.steps if s.kind == kind)

    @property
    def theta(self) -> sympy.Matrix:
        """Θ, exact (or with decimals where an expectation has no closed form)."""
        return self.step("result").matrix
