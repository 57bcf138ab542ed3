"""The step records of a Derivation: typed data (SymPy values, indices), never LaTeX or prose."""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy

from ..kernel import Eigenvalue
from ..solution import Solution
from .shown import Shown

DEFAULT_LIMIT = 24


@dataclass(frozen=True)
class Step:
    """Base of every step; ``kind`` names its template."""

    kind = "step"


@dataclass(frozen=True)
class NetworkStep(Step):
    """f: ℝ^{n_0} → ℝ^{n_L} with layers (l, n_l, n_{l-1}, activation name or None for linear)."""

    kind = "network"
    widths: tuple[int, ...]
    layers: tuple[tuple[int, int, int, str | None], ...]
    parameterization: str
    title: str
    weights: tuple[sympy.Matrix, ...] = ()  # the values W^{[l]}, for the drawing
    biases: tuple[sympy.Matrix, ...] = ()


@dataclass(frozen=True)
class ParametersStep(Step):
    """The given values: (l, W^{[l]} values, b^{[l]} values), and which were drawn at random."""

    kind = "parameters"
    layers: tuple[tuple[int, sympy.Matrix, sympy.Matrix], ...]
    drawn: tuple[str, ...]


@dataclass(frozen=True)
class DataStep(Step):
    """The datapoints x_i (tuples of n_0 numbers) and optional labels."""

    kind = "data"
    points: tuple[tuple[sympy.Expr, ...], ...]
    labels: tuple[tuple[sympy.Expr, ...], ...] | None


@dataclass(frozen=True)
class ExpansionStep(Step):
    """f_o multiplied out: (o, terms in notes order, the whole expression)."""

    kind = "expansion"
    outputs: tuple[tuple[int, tuple[sympy.Expr, ...], sympy.Expr], ...]
    multiple: bool
    omitted: int
    shorthand: tuple[tuple[sympy.Symbol, sympy.Expr], ...] = ()  # a_i^{[l]} = φ_l(z_i^{[l]}), used in f


@dataclass(frozen=True)
class ThetaStep(Step):
    """θ as a column of parameter symbols, and the count formula's shapes."""

    kind = "theta"
    symbols: tuple[sympy.Symbol, ...]
    shapes: tuple[tuple[int, int], ...]
    count: int
    omitted: int


@dataclass(frozen=True)
class GradientLine:
    """∂f_o/∂θ_k = expr, with the chain-rule factors δ, c, a (for nonlinear or deep nets)."""

    k: int
    output: int
    parameter: sympy.Symbol
    expr: sympy.Expr
    delta: sympy.Expr
    scale: sympy.Expr
    input: sympy.Expr
    show_chain: bool


@dataclass(frozen=True)
class GradientsStep(Step):
    """Every ∂f_o/∂θ_k symbolically."""

    kind = "gradients"
    lines: tuple[GradientLine, ...]
    multiple: bool
    omitted: int
    factored: bool = False  # each line is already the chain-rule product δ·c·a in the a_i^{[l]} names


@dataclass(frozen=True)
class GradientValuesStep(Step):
    """The gradient vector at each datapoint: rows (i, o, values in θ order)."""

    kind = "gradient_values"
    rows: tuple[tuple[int, int | None, tuple[sympy.Expr, ...]], ...]
    omitted_columns: int
    exact: bool  # False: values are rounded decimals (the exact ones are too long to read)


@dataclass(frozen=True)
class KernelEntry:
    """K_{r,c} = Σ_k [a_k · b_k] = value; ``mirror_of`` set for entries given by symmetry."""

    row: int
    col: int
    terms: tuple[tuple[sympy.Expr, sympy.Expr], ...]
    value: sympy.Expr
    approx: sympy.Float | None
    mirror_of: tuple[int, int] | None
    omitted_terms: int


@dataclass(frozen=True)
class KernelEntriesStep(Step):
    """The kernel entries as term-by-term sums (upper triangle), symmetry noted."""

    kind = "kernel_entries"
    entries: tuple[KernelEntry, ...]
    labels: tuple[tuple[int, int | None], ...]
    omitted: int
    exact: bool  # the terms ∂f(x_i)/∂θ_k are exact (else k-decimal numbers)
    values_exact: bool = True  # the sums K_{ij} are exact (else k-decimal numbers, after ≈)


@dataclass(frozen=True)
class KernelMatrixStep(Step):
    """K itself, and which kernel it is (full, per-output, trace)."""

    kind = "kernel_matrix"
    matrix: sympy.Matrix
    mode: str
    output: int | None
    exact: bool


@dataclass(frozen=True)
class CharacteristicStep(Step):
    """det(K − λI) = 0 and its roots."""

    kind = "characteristic"
    matrix: sympy.Matrix  # K − λI (of the K as shown: exact or decimals)
    polynomial: sympy.Expr
    variable: sympy.Symbol
    shown: bool
    kernel: sympy.Matrix | None = None  # K, to write K − λI entry by entry as k_ii − λ
    quadratic: tuple[sympy.Expr, sympy.Expr, sympy.Expr] | None = None  # rational 2×2 K: (tr K, det K, tr² − 4 det)
    numeric: bool = False  # the coefficients are k-decimal numbers (from the eigenvalues), not exact


@dataclass(frozen=True)
class EigenStep(Step):
    """The eigenvalues exactly and approximately, and positive semidefiniteness."""

    kind = "eigenvalues"
    eigenvalues: tuple[Eigenvalue, ...]
    psd: bool

    @property
    def numeric(self) -> bool:
        """Whether some eigenvalue is shown only as a decimal (a root found numerically)."""
        return any(e.exact is None for e in self.eigenvalues)


@dataclass(frozen=True)
class InterpretationStep(Step):
    """What the spectrum means for gradient descent on squared loss:
    f_t − y = e^{−ηKt}(f_0 − y), the component along eigenvector v_m decays as e^{−ηλ_m t}."""

    kind = "interpretation"
    largest: sympy.Float
    smallest: sympy.Float
    condition: sympy.Float | None
    zero_modes: int
    max_rate: sympy.Float | None  # 2/λ_max: the largest stable step size of discrete GD


@dataclass
class Derivation:
    """The ordered steps of one problem's derivation, with the solution they came from.

    In Jupyter it displays itself (HTML with the vendored KaTeX, Markdown, or a
    LaTeX fragment for nbconvert)."""

    solution: Solution
    steps: list[Step] = field(default_factory=list)
    limit: int = DEFAULT_LIMIT
    shown: Shown = field(default_factory=Shown)

    @property
    def decimals(self) -> int:
        """k: how many decimals shown numbers have."""
        return self.shown.decimals

    @property
    def rounded(self) -> bool:
        """Whether some step shows decimals in place of exact values."""
        return any(not getattr(s, "exact", True) or not getattr(s, "values_exact", True) for s in self.steps)

    @property
    def problem(self):
        return self.solution.problem

    @property
    def summarised(self) -> bool:
        """Whether some list was cut at ``limit`` items (the rendering says where)."""
        cut = any(getattr(s, name, 0) for s in self.steps for name in ("omitted", "omitted_columns"))
        return cut or any(e.omitted_terms for s in self.steps if s.kind == "kernel_entries" for e in s.entries)

    def step(self, kind: str) -> Step:
        """The first step of a kind, e.g. ``derivation.step("kernel_matrix")``."""
        return next(s for s in self.steps if s.kind == kind)

    def __iter__(self):
        return iter(self.steps)
