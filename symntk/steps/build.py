"""Building a Derivation from a Solution: the notes' method, step by step."""

from __future__ import annotations

import sympy

from ..kernel import LAMBDA, Eigenvalue, numeric_characteristic_polynomial
from ..solution import Solution
from .records import (
    DEFAULT_LIMIT,
    CharacteristicStep,
    DataStep,
    Derivation,
    EigenStep,
    ExpansionStep,
    GradientLine,
    GradientsStep,
    GradientValuesStep,
    InterpretationStep,
    KernelEntriesStep,
    KernelEntry,
    KernelMatrixStep,
    NetworkStep,
    ParametersStep,
    Step,
    ThetaStep,
)
from .shown import Shown, decimal, short


def build_derivation(solution: Solution, limit: int = DEFAULT_LIMIT, values: str = "auto",
                     decimals: int = 5) -> Derivation:
    """The notes' method, step by step, for a solved problem; ``values`` (exact, decimal or
    auto) and ``decimals`` say how values are shown (see :mod:`symntk.steps.shown`)."""
    shown = Shown(values, decimals)
    net = solution.network
    problem = solution.problem
    deep = net.depth > 2 or any(not a.is_linear for a in net.activations) or net.parameterization == "ntk"
    layers = tuple((l, net.widths[l], net.widths[l - 1],
                    None if l == net.depth or net.activation(l).is_linear else net.activation(l).name)
                   for l in range(1, net.depth + 1))
    names = shorthand(net)
    steps: list[Step] = [
        NetworkStep(net.widths, layers, net.parameterization, problem.title,
                    tuple(sympy.Matrix(w) for w in problem.weights), tuple(sympy.Matrix(b) for b in problem.biases)),
        ParametersStep(tuple((l, sympy.Matrix(problem.weights[l - 1]), sympy.Matrix(problem.biases[l - 1]))
                             for l in range(1, net.depth + 1)), problem.drawn),
        DataStep(problem.points, problem.labels),
        _expansion(solution, limit, names),
        ThetaStep(tuple(net.parameters()[:limit]), tuple(net.count_terms()), net.parameter_count,
                  max(0, net.parameter_count - limit)),
    ]
    defs, short = names
    grads = [g for per_output in solution.gradients for g in per_output]
    rename = Renamer({**short, **layer_inputs(net, short)})
    lines = [GradientLine(g.k, g.output, g.parameter, rename(g.product) if short else g.expr,
                          rename(g.delta), g.scale, rename(g.input), deep and not short)
             for g in grads[:limit]]
    steps.append(GradientsStep(tuple(lines), net.widths[-1] > 1, max(0, len(grads) - limit), bool(short)))
    n_out = net.widths[-1]
    J_exact = _jacobian_shown(solution, shown)
    J = solution.jacobian if J_exact else solution.jacobian_numeric.applyfunc(shown.decimal)
    K_exact = J_exact and shown.exact(solution.kernel)
    K = solution.kernel if K_exact else sympy.Matrix(solution.kernel_numeric.tolist()).applyfunc(shown.decimal)
    rows = tuple((i + 1, (o + 1) if n_out > 1 else None, tuple(J.row(i * n_out + o)[:limit]))
                 for i in range(len(problem.points)) for o in range(n_out))
    steps.append(GradientValuesStep(rows[:limit], max(0, J.cols - limit), J_exact))
    steps.append(_entries(solution, J, K, J_exact, K_exact, shown, limit))
    steps.append(KernelMatrixStep(K, solution.kernel_mode, solution.kernel_output, K_exact))
    steps.append(_characteristic(solution, K, K_exact, shown))
    eig = solution.eigenvalues
    steps.append(EigenStep(tuple(_eigen_shown(e, K_exact, shown) for e in eig), solution.positive_semidefinite))
    steps.append(_interpretation(eig, shown))
    return Derivation(solution, steps, limit, shown)


def shorthand(net) -> tuple[tuple[tuple[sympy.Symbol, sympy.Expr], ...], dict]:
    """Names for the hidden activations, a_i^{[l]} = φ_l(z_i^{[l]}) (symbols ``a_l_i``), for
    layers whose φ_l SymPy keeps as a function call (tanh, σ, relu, softplus), and for
    polynomial φ_l (z²) in networks deeper than two layers (where multiplying out explodes): the
    definitions, each in terms of the previous layer's names, and the substitution
    φ_l(z_i^{[l]}) → a_i^{[l]}. Empty when every hidden layer is linear or polynomial."""
    if "shorthand" in net.memo:  # derived once per network structure, like its gradients
        return net.memo["shorthand"]
    fp = net.forward()
    defs, mapping = [], {}
    rename = Renamer(mapping)
    for l in range(1, net.depth):
        for i, a in enumerate(fp.a[l], start=1):
            if isinstance(a, sympy.Function) or (a.is_Pow and net.depth > 2):
                symbol = sympy.Symbol(f"a_{l}_{i}", real=True)
                defs.append((symbol, a.func(*(rename(arg) for arg in a.args), evaluate=False)))
                mapping[a] = symbol
    net.memo["shorthand"] = tuple(defs), mapping
    return net.memo["shorthand"]


def layer_inputs(net, names: dict) -> dict:
    """Names z_i^{[l]} (symbols ``z_l_i``) for the inputs of the hidden layers of a network with
    named activations, used in its gradients: from layer 2 on z^{[l]} is a sum over the whole
    previous layer, and inside φ_l′(z^{[l]}) (relu′, softplus′ = σ, 2z) it would be written out in
    every term of every gradient (a [4,30,30,1] relu net's first-layer gradients ran to a thousand
    terms each); layer 1's are named too, alike. Empty without names."""
    if not names:
        return {}
    fp = net.forward()
    return {z: sympy.Symbol(f"z_{l}_{i}", real=True)
            for l in range(1, net.depth) for i, z in enumerate(fp.z[l], start=1)}


class Renamer:
    """``expr.xreplace(names)`` memoized over every subexpression, for many expressions at once
    (the gradients of one layer share their backprop signal δ^{[l]}, which is renamed once),
    rebuilt unevaluated (SymPy's tanh(…) re-checks every rebuilt argument otherwise)."""

    def __init__(self, names: dict):
        self.names = names
        self.cache: dict = {}

    def __call__(self, e):
        found = self.cache.get(e)
        if found is None:
            if e in self.names:
                found = self.names[e]
            elif e.is_Atom or not self.names:
                found = e
            else:
                args = tuple(self(a) for a in e.args)
                found = e.func(*args, evaluate=False) if args != e.args else e
            self.cache[e] = found
        return found


def _expansion(solution: Solution, limit: int, short=((), {})) -> ExpansionStep:
    from ..notation import ordered

    defs, mapping = short
    outputs, omitted = [], 0
    if mapping:  # f in the named activations (the full expansion, never shown then, is not computed)
        fs = tuple(sympy.expand(f.xreplace(mapping)) for f in solution.network.outputs)
    else:
        fs = solution.network.expansion
    for o, f in enumerate(fs, start=1):
        terms = tuple(ordered(f).args) if f.is_Add else (f,)
        omitted += max(0, len(terms) - 4 * limit)
        outputs.append((o, terms[: 4 * limit], f))
    return ExpansionStep(tuple(outputs), len(outputs) > 1, omitted, defs[:limit])


def _jacobian_shown(solution: Solution, shown: Shown) -> bool:
    """Whether J is shown exactly (in ``auto``: every ∂f(x_i)/∂θ_k short; never for nested
    transcendental values, whose exact forms are not even computed then)."""
    if solution.nested and shown.values != "exact":
        return False
    return shown.exact(solution.jacobian)


def _characteristic(solution: Solution, K: sympy.Matrix, exact: bool, shown: Shown) -> CharacteristicStep:
    """det(K − λI) = 0 for K up to 4×4: exact when K is shown exactly and the polynomial is
    short, else with k-decimal coefficients from the eigenvalues; the quadratic formula for a
    rational 2×2 K."""
    size = K.rows
    visible = size <= 4
    quadratic = None
    if exact and size == 2 and all(v.is_Rational for v in K):
        trace, det = K.trace(), K.det()
        quadratic = (trace, det, trace ** 2 - 4 * det)
    polynomial, numeric = 0, False
    if visible:
        poly = solution.characteristic_polynomial if exact else None
        if poly is None or not all(short(c) for c in sympy.Poly(poly, LAMBDA).all_coeffs()):
            numeric = True
            poly = numeric_characteristic_polynomial(solution.eigenvalues, 40)
            poly = sympy.Poly(poly, LAMBDA)
            poly = sum((shown.decimal(c) if not c.is_Integer else c) * LAMBDA ** m
                       for (m,), c in poly.terms())
        polynomial = poly
    return CharacteristicStep(K - LAMBDA * sympy.eye(size), polynomial, LAMBDA, visible, K, quadratic, numeric)


def _eigen_shown(e: Eigenvalue, exact: bool, shown: Shown) -> Eigenvalue:
    """An eigenvalue as shown: its exact form only when K is shown exactly and the form is
    short (a CRootOf never is); else the k-decimal value alone."""
    keep = exact and e.exact is not None and short(e.exact) and shown.values != "decimal"
    return Eigenvalue(e.exact if keep else None, shown.decimal(e.value), e.multiplicity, e.vectors)


def _entries(solution: Solution, J: sympy.Matrix, K: sympy.Matrix, exact: bool, K_exact: bool, shown: Shown,
             limit: int) -> KernelEntriesStep:
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
            approx = None if K_exact and value.is_Rational else shown.decimal(solution.kernel_numeric[r, c])
            entries.append(KernelEntry(r + 1, c + 1, terms[:limit], value, approx, None, max(0, len(terms) - limit)))
    total = len(entries)
    return KernelEntriesStep(tuple(entries[:limit]), tuple(solution.kernel_labels), max(0, total - limit), exact,
                             K_exact)


def _interpretation(eig: list[Eigenvalue], shown: Shown) -> InterpretationStep:
    values = [e.value for e in eig]
    largest, smallest = max(values), min(values)
    tol = sympy.Float("1e-30") * max(1, abs(largest))
    zero = sum(e.multiplicity for e in eig if abs(e.value) <= tol)
    condition = largest / smallest if smallest > tol else None
    max_rate = 2 / largest if largest > tol else None
    k = shown.decimal
    return InterpretationStep(k(largest), k(smallest), None if condition is None else decimal(condition, 2), zero,
                              None if max_rate is None else k(max_rate))
