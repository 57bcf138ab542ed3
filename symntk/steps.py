"""A Derivation: the notes' method as an ordered list of typed steps.

Steps are data (SymPy expressions, numbers, indices), never LaTeX or prose;
templates (one per step kind and format) turn them into text. Large problems
are summarised: lists longer than ``limit`` keep their first ``limit`` items
and record how many were left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy

from .kernel import LAMBDA, Eigenvalue
from .solution import Solution

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
    exact: bool


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
    matrix: sympy.Matrix  # K − λI
    polynomial: sympy.Expr
    variable: sympy.Symbol
    shown: bool
    kernel: sympy.Matrix | None = None  # K, to write K − λI entry by entry as k_ii − λ


@dataclass(frozen=True)
class EigenStep(Step):
    """The eigenvalues exactly and approximately, and positive semidefiniteness."""

    kind = "eigenvalues"
    eigenvalues: tuple[Eigenvalue, ...]
    psd: bool


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

    @property
    def problem(self):
        return self.solution.problem

    @property
    def summarised(self) -> bool:
        """Whether some list was cut at ``limit`` items (the rendering says where)."""
        return any(getattr(s, name, 0) for s in self.steps
                   for name in ("omitted", "omitted_columns"))

    def step(self, kind: str) -> Step:
        """The first step of a kind, e.g. ``derivation.step("kernel_matrix")``."""
        return next(s for s in self.steps if s.kind == kind)

    def __iter__(self):
        return iter(self.steps)

    def render(self, fmt: str = "text", lang: str = "en", templates=None, page: str = "document"):
        """This derivation in ``fmt`` (see :func:`symntk.render.render`)."""
        from .render import render

        return render(self, fmt, lang, templates, page)

    def _repr_html_(self) -> str:
        return self.render("html", page="fragment")

    def _repr_markdown_(self) -> str:
        return self.render("md", page="fragment")

    def _repr_latex_(self) -> str:
        return self.render("tex", page="fragment")


def build_derivation(solution: Solution, limit: int = DEFAULT_LIMIT) -> Derivation:
    """The notes' method, step by step, for a solved problem."""
    net = solution.network
    problem = solution.problem
    deep = net.depth > 2 or any(not a.is_linear for a in net.activations) or net.parameterization == "ntk"
    layers = tuple((l, net.widths[l], net.widths[l - 1],
                    None if l == net.depth or net.activation(l).is_linear else net.activation(l).name)
                   for l in range(1, net.depth + 1))
    steps: list[Step] = [
        NetworkStep(net.widths, layers, net.parameterization, problem.title,
                    tuple(sympy.Matrix(w) for w in problem.weights), tuple(sympy.Matrix(b) for b in problem.biases)),
        ParametersStep(tuple((l, sympy.Matrix(problem.weights[l - 1]), sympy.Matrix(problem.biases[l - 1]))
                             for l in range(1, net.depth + 1)), problem.drawn),
        DataStep(problem.points, problem.labels),
        _expansion(solution, limit, shorthand(net)),
        ThetaStep(tuple(net.parameters()[:limit]), tuple(net.count_terms()), net.parameter_count,
                  max(0, net.parameter_count - limit)),
    ]
    defs, short = shorthand(net)
    lines = [GradientLine(g.k, g.output, g.parameter,
                          (g.delta * g.scale * g.input).xreplace(short) if short else g.expr,
                          g.delta.xreplace(short), g.scale, g.input.xreplace(short), deep and not short)
             for per_output in solution.gradients for g in per_output]
    steps.append(GradientsStep(tuple(lines[:limit]), net.widths[-1] > 1, max(0, len(lines) - limit), bool(short)))
    exact = solution.exact_is_readable
    J = solution.jacobian if exact else _rounded(solution.jacobian_numeric)
    K = solution.kernel if exact else _rounded(sympy.Matrix(solution.kernel_numeric.tolist()))
    n_out = net.widths[-1]
    rows = tuple((i + 1, (o + 1) if n_out > 1 else None, tuple(J.row(i * n_out + o)[:limit]))
                 for i in range(len(problem.points)) for o in range(n_out))
    steps.append(GradientValuesStep(rows[:limit], max(0, J.cols - limit), exact))
    steps.append(_entries(solution, J, K, exact, limit))
    steps.append(KernelMatrixStep(K, solution.kernel_mode, solution.kernel_output, exact))
    shown = K.rows <= 4
    steps.append(CharacteristicStep(K - LAMBDA * sympy.eye(K.rows), solution.characteristic_polynomial if shown else 0,
                                    LAMBDA, shown, K))
    eig = solution.eigenvalues
    steps.append(EigenStep(tuple(eig), solution.positive_semidefinite))
    steps.append(_interpretation(eig))
    return Derivation(solution, steps, limit)


def shorthand(net) -> tuple[tuple[tuple[sympy.Symbol, sympy.Expr], ...], dict]:
    """Names for the hidden activations, a_i^{[l]} = φ_l(z_i^{[l]}) (symbols ``a_l_i``), for
    layers whose φ_l SymPy keeps as a function call (tanh, σ, relu, softplus): the
    definitions, each in terms of the previous layer's names, and the substitution
    φ_l(z_i^{[l]}) → a_i^{[l]}. Empty when every hidden layer is linear or polynomial."""
    fp = net.forward()
    defs, mapping = [], {}
    for l in range(1, net.depth):
        for i, a in enumerate(fp.a[l], start=1):
            if isinstance(a, sympy.Function):
                symbol = sympy.Symbol(f"a_{l}_{i}", real=True)
                defs.append((symbol, a.xreplace(mapping)))
                mapping[a] = symbol
    return tuple(defs), mapping


def _expansion(solution: Solution, limit: int, short=((), {})) -> ExpansionStep:
    from .notation import ordered

    defs, mapping = short
    outputs, omitted = [], 0
    fs = solution.network.expansion
    if mapping:
        fs = tuple(sympy.expand(f.xreplace(mapping)) for f in solution.network.outputs)
    for o, f in enumerate(fs, start=1):
        terms = tuple(ordered(f).args) if f.is_Add else (f,)
        omitted += max(0, len(terms) - 4 * limit)
        outputs.append((o, terms[: 4 * limit], f))
    return ExpansionStep(tuple(outputs), len(outputs) > 1, omitted, defs[:limit])


def _rounded(M: sympy.Matrix, digits: int = 6) -> sympy.Matrix:
    """A numeric matrix with every entry rounded to ``digits`` significant digits."""
    return M.applyfunc(lambda v: sympy.Float(sympy.N(v, digits + 5), digits))


def _entries(solution: Solution, J: sympy.Matrix, K: sympy.Matrix, exact: bool, limit: int) -> KernelEntriesStep:
    entries = []
    mode = solution.kernel_mode
    n_out = solution.network.widths[-1]
    for r in range(K.rows):
        for c in range(K.cols):
            if c < r:
                entries.append(KernelEntry(r + 1, c + 1, (), K[r, c], None, (c + 1, r + 1), 0))
                continue
            if mode == "full":
                terms = tuple((J[r, k], J[c, k]) for k in range(J.cols))
            elif mode == "output":
                o = solution.kernel_output - 1
                terms = tuple((J[r * n_out + o, k], J[c * n_out + o, k]) for k in range(J.cols))
            else:
                terms = ()
            value = K[r, c]
            approx = None if value.is_Number else sympy.N(value, 8)
            entries.append(KernelEntry(r + 1, c + 1, terms[:limit], value, approx, None, max(0, len(terms) - limit)))
    total = len(entries)
    return KernelEntriesStep(tuple(entries[:limit]), tuple(solution.kernel_labels), max(0, total - limit), exact)


def _interpretation(eig: list[Eigenvalue]) -> InterpretationStep:
    values = [e.value for e in eig]
    largest, smallest = max(values), min(values)
    tol = sympy.Float("1e-30") * max(1, abs(largest))
    zero = sum(e.multiplicity for e in eig if abs(e.value) <= tol)
    condition = largest / smallest if smallest > tol else None
    max_rate = 2 / largest if largest > tol else None
    return InterpretationStep(largest, smallest, condition, zero, max_rate)
