"""A Solution as a JSON-ready dict (the ``symntk derive --format json`` output).

Keys: ``parameters`` (LaTeX names in θ order), ``parameter_count``,
``named_activations`` (the named hidden quantities, each defined in terms of earlier names, in
order: per hidden layer its inputs z_i^{[l]} (symbols ``z_l_i``) and its activations
a_i^{[l]} = φ_l(z_i^{[l]}) (symbols ``a_l_i``), as in the derivation; empty when no hidden layer
is a function call), ``expansion`` ({"latex", "sympy"}; a list of them when n_L > 1),
``gradients`` (one {"parameter", "latex", "sympy"} per θ_k, with "output" when n_L > 1),
``jacobian`` (one row per (datapoint, output), each ∂f/∂θ_k exactly), ``kernel`` (rows of exact
strings), ``eigenvalues`` ({"exact", "value"}), and the same numbers as decimals
(``jacobian_decimal``, ``kernel_decimal``).

The size rule, so that every accepted network's JSON is written in seconds and stays readable:

* f is multiplied out over θ and x while that has at most ``20·EXPAND_NODES`` nodes (and at most
  ``4·EXPAND_TERMS`` terms before the inner functions are multiplied out); otherwise it is
  written with the named activations (f = Σ_j W_{1,j}^{[L]} a_j^{[L-1]} + b_{1,1}^{[L]}), or nested
  as it stands when the network has no names;
* ∂f/∂θ_k is multiplied out while that has at most :data:`EXPAND_NODES` nodes and
  :data:`EXPAND_TERMS` terms (:func:`expanded_terms`, known before expanding); otherwise it is the
  chain-rule product δ_i^{[l]} · c_l · a_j^{[l-1]}, written with the named activations (so its size
  grows with the widths, not exponentially with the depth). Either form is exact: substitute the
  ``named_activations`` definitions, last first, to get it in θ and x alone;
* ``jacobian`` and ``kernel`` are exact strings unless the exact values nest transcendental
  functions (a network deeper than two layers with tanh, σ, softplus or erf: each K_{ij} of a
  [3,6,6,6,1] σ net would be half a megabyte of text). Then both are ``null``, and
  ``jacobian_decimal`` / ``kernel_decimal`` hold the values of the exact chain-rule formulas
  evaluated on 60-digit numbers, as for every network; the characteristic polynomial then has
  15-digit coefficients from the eigenvalues.

Every exact string is plain SymPy: ``sympy.sympify(text)`` gives the same
number with no extra names (σ(z) is written ``1/(1 + exp(-z))``, softplus(z)
``log(1 + exp(z))``, relu(z) ``Max(0, z)``, its slope ``Heaviside(z, 0)``;
the characteristic polynomial's variable is ``lam``, since ``lambda`` is a
Python keyword).
"""

from __future__ import annotations

import sympy

from . import notation
from .derivatives import fits
from .kernel import LAMBDA
from .render import mathtext
from .solution import Solution
from .steps.build import Renamer, layer_inputs, shorthand

EXPAND_NODES = 200  # gradients this small are multiplied out; larger ones stay chain-rule products
EXPAND_TERMS = 40  # ... and only when multiplying out gives at most this many terms (see expanded_terms)
_FUNCTIONS = {"sigmoid": "(1/(1 + exp(-({}))))", "softplus": "log(1 + exp({}))", "relu": "Max(0, {})",
              "step": "Heaviside({}, 0)"}


def plain(expr) -> str:
    """An engine value as a string that plain ``sympy.sympify`` reads back as the same value.

    A small recursive printer over SymPy's tree, memoized per subexpression: the exact
    values of deep networks share their inner activations many times over, and SymPy's
    own printer (which also sorts every sum numerically) takes minutes on them."""
    return _Plain().text(sympy.sympify(expr, strict=True))


class _Plain:
    """One printing run: a cache of the text of every subexpression seen."""

    def __init__(self):
        self.cache: dict = {}

    def text(self, e) -> str:
        found = self.cache.get(e)
        if found is None:
            found = self.cache[e] = self._text(e)
        return found

    def _factor(self, e) -> str:
        """A factor of a product: sums, fractions and negative numbers in parentheses."""
        t = self.text(e)
        bracket = e.is_Add or e.is_Mul or (e.is_Rational and not e.is_Integer) or (e.is_Number and e < 0)
        return f"({t})" if bracket else t

    def _text(self, e) -> str:
        if e == LAMBDA:
            return "lam"
        if e.is_Integer or isinstance(e, sympy.Float):
            return str(e)
        if e.is_Rational:
            return f"{e.p}/{e.q}"
        if e.is_Symbol:
            return e.name
        if e.is_NumberSymbol or e in (sympy.S.ImaginaryUnit, sympy.S.Infinity, sympy.S.NegativeInfinity):
            return str(e)
        if e.is_Add:
            parts = [self.text(a) for a in e.args]
            out = parts[0]
            for t in parts[1:]:
                out += f" - {t[1:]}" if t.startswith("-") and not t.startswith("-(") else f" + {t}"
            return out
        if e.is_Mul:
            args = list(e.args)
            if args[0] == -1:
                return "-" + "*".join(self._factor(a) for a in args[1:])
            if args[0].is_Number and args[0] < 0:
                return "-" + "*".join(self._factor(a) for a in [-args[0], *args[1:]])
            return "*".join(self._factor(a) for a in args)
        if e.is_Pow:
            base, exp = e.args
            if exp == sympy.S.Half:
                return f"sqrt({self.text(base)})"
            simple = base.is_Symbol or (base.is_Integer and base > 0) or isinstance(base, sympy.Function)
            b = self.text(base) if simple else f"({self.text(base)})"
            return f"{b}**{exp}" if exp.is_Integer and exp > 0 else f"{b}**({self.text(exp)})"
        if isinstance(e, sympy.CRootOf):
            x = sympy.Symbol("x")
            return f"CRootOf({self.text(e.expr.subs(e.poly.gen, x))}, {e.index})"
        if isinstance(e, sympy.Function):
            inner = ", ".join(self.text(a) for a in e.args)
            name = type(e).__name__
            return _FUNCTIONS[name].format(inner) if name in _FUNCTIONS else f"{name}({inner})"
        return sympy.sstr(e, order="none")


def decimal(expr, digits: int = 30) -> float:
    """The value of a numeric expression as a float, evaluated at ``digits`` digits."""
    return float(sympy.N(expr, digits))


def solution_dict(solution: Solution) -> dict:
    """Every computed quantity of the solution as JSON-ready values (see the module doc's size rule)."""
    net = solution.network
    multi = net.widths[-1] > 1
    defs, names = shorthand(net)
    if all(fits(f, 20 * EXPAND_NODES) and expanded_terms(f) <= 4 * EXPAND_TERMS for f in net.outputs) and all(
            fits(f, 20 * EXPAND_NODES) for f in net.expansion):
        fs = net.expansion
    elif names:
        fs = tuple(sympy.expand(f.xreplace(names)) for f in net.outputs)
    else:
        fs = net.outputs
    grads = [g for per_output in solution.gradients for g in per_output]
    defs = named_definitions(defs, names, layer_inputs(net, names))
    rename = Renamer({**names, **layer_inputs(net, names)})
    shown, memo = [], {}
    for g in grads:  # the term count first: memoized over the shared δ^{[l]}, unlike the node walk
        short = expanded_terms(g.product, memo) <= EXPAND_TERMS and fits(g.product, EXPAND_NODES)
        expanded = sympy.expand(g.product, deep=False) if short else None  # the z^{[l]} inside are sums already
        shown.append(expanded if short and fits(expanded, EXPAND_NODES) else rename(g.product))
    texts = _printed([*fs, *shown, *(d for _, d in defs)])
    expansion = texts[:len(fs)]
    gradients = []
    for g, text in zip(grads, texts[len(fs):]):
        item = {"parameter": notation.symbol_latex(g.parameter), **text}
        if multi:
            item["output"] = g.output
        gradients.append(item)
    named = [{"name": a.name, **text} for (a, _), text in zip(defs, texts[len(fs) + len(grads):])]
    problem = solution.problem
    exact = not solution.nested
    J_num, K_num = solution.jacobian_numeric, solution.kernel_numeric
    J = solution.jacobian if exact else None
    K = solution.kernel if exact else None
    return {
        "title": problem.title,
        "widths": list(net.widths),
        "activations": list(problem.activations),
        "named_activations": named,
        "parameterization": net.parameterization,
        "points": [[plain(c) for c in p] for p in problem.points],
        "parameters": [notation.symbol_latex(s) for s in net.parameters()],
        "parameter_count": net.parameter_count,
        "parameter_count_formula": net.count_formula(),
        "values": [plain(solution.values[s]) for s in net.parameters()],
        "expansion": expansion if multi else expansion[0],
        "gradients": gradients,
        "jacobian": None if J is None else [[plain(v) for v in J.row(r)] for r in range(J.rows)],
        "jacobian_decimal": [[decimal(v) for v in J_num.row(r)] for r in range(J_num.rows)],
        "jacobian_rows": [{"point": i, "output": o} for i, o in _rows(solution)],
        "kernel_mode": solution.kernel_mode,
        "kernel": None if K is None else [[plain(v) for v in K.row(r)] for r in range(K.rows)],
        "kernel_decimal": [[float(K_num[r, c]) for c in range(K_num.cols)] for r in range(K_num.rows)],
        "characteristic_polynomial": plain(solution.characteristic_polynomial),
        "characteristic_variable": "lam",
        "eigenvalues": [{"exact": None if e.exact is None else plain(e.exact),
                         "value": float(e.value), "multiplicity": e.multiplicity,
                         "vectors": [[float(c) for c in v] for v in e.vectors],
                         "exact_vectors": [[plain(c) for c in v] for v in e.exact_vectors]}
                        for e in solution.eigenvalues],
        "positive_semidefinite": solution.positive_semidefinite,
    }


def named_definitions(activations, names: dict, inputs: dict) -> list:
    """The named quantities in the order they are computed, each defined in terms of earlier
    names: per hidden layer l, its inputs z_i^{[l]} = c_l Σ_j W_{i,j}^{[l]} a_j^{[l-1]} + s b_{i,1}^{[l]}
    (named where the gradients use them, see :func:`symntk.steps.build.layer_inputs`), then its
    activations a_i^{[l]} = φ_l(…)."""
    previous = Renamer(names)
    layer = {symbol: int(symbol.name.split("_")[1]) for symbol in [*inputs.values(), *(a for a, _ in activations)]}
    out = [(symbol, previous(z)) for z, symbol in inputs.items()] + list(activations)
    return sorted(out, key=lambda d: (layer[d[0]], d[0].name[0] == "a"))


def expanded_terms(expr, memo: dict | None = None) -> int:
    """How many terms ``expand(expr)`` can have at most, without expanding: a sum adds its
    terms' counts, a product multiplies its factors', (sum)^n raises to n; anything else
    (a symbol, a number, φ(z)) is one term. Checked before multiplying out, which explodes
    for products of sums (the gradients of z² networks)."""
    memo = {} if memo is None else memo
    found = memo.get(expr)
    if found is None:
        if expr.is_Add:
            found = sum(expanded_terms(a, memo) for a in expr.args)
        elif expr.is_Mul:
            found = 1
            for a in expr.args:
                found *= expanded_terms(a, memo)
        elif expr.is_Pow and expr.exp.is_Integer and expr.exp > 0:
            found = expanded_terms(expr.base, memo) ** int(expr.exp)
        else:
            found = 1
        memo[expr] = found
    return found


def _printed(exprs: list) -> list[dict]:
    """{"latex", "sympy"} of each symbolic expression (named activations print as a_i^{[l]}),
    with one memo for all: the gradients of a deep network share their backprop signals."""
    once = _Plain()
    return [{"latex": t, "sympy": once.text(sympy.sympify(e, strict=True))}
            for t, e in zip(mathtext.latex_many(exprs), exprs)]


def _rows(solution: Solution):
    n_out = solution.network.widths[-1]
    return [(i, o) for i in range(1, len(solution.problem.points) + 1) for o in range(1, n_out + 1)]
