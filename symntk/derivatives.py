"""∂f/∂θ_k by the chain rule (backpropagation), symbolically and exactly.

For output o, the backprop signal δ^{[l]} = ∂f_o/∂z^{[l]} is

    δ^{[L]} = e_o,   δ^{[l]} = φ_l′(z^{[l]}) ⊙ (c_{l+1} W^{[l+1]ᵀ} δ^{[l+1]}),

and the gradient of each parameter is the product of chain-rule factors

    ∂f_o/∂W^{[l]}_{i,j} = δ^{[l]}_i · c_l · a^{[l-1]}_j,    ∂f_o/∂b^{[l]}_{i,1} = δ^{[l]}_i · s   (s = σ_b, or 1).

The same formulas run on symbols (the derivation) and on exact values (the
Jacobian at each datapoint); tests check them against ``sympy.diff`` and
against central differences.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import sympy

from .network import ForwardPass, Network


@dataclass(frozen=True)
class Gradient:
    """∂f_o/∂θ_k = delta · scale · input, and its expanded form ``expr``."""

    k: int
    output: int
    parameter: sympy.Symbol
    delta: sympy.Expr   # δ^{[l]}_i = ∂f_o/∂z^{[l]}_i
    scale: sympy.Expr   # c_l for a weight, s (σ_b or 1) for a bias
    input: sympy.Expr   # a^{[l-1]}_j for a weight, 1 for a bias

    @property
    def product(self) -> sympy.Expr:
        """δ · c · a as it stands (not multiplied out)."""
        return self.delta * self.scale * self.input

    @cached_property
    def expr(self) -> sympy.Expr:
        """δ · c · a multiplied out; computed on first use (expanding the nested
        gradients of deep nonlinear networks takes long, and most outputs never need it)."""
        return sympy.expand(self.product)


def backprop(net: Network, fp: ForwardPass, output: int) -> list[sympy.Matrix]:
    """δ^{[l]} for l = 1..L (index l-1) for output ``output`` (1-based).

    Runs on whatever the forward pass holds: symbols or exact values."""
    L = net.depth
    delta = sympy.zeros(net.widths[L], 1)
    delta[output - 1] = 1
    deltas = [delta]
    for l in range(L - 1, 0, -1):
        phi = net.activation(l)
        back = net.scale(l + 1) * (sympy.Matrix(fp.weights[l]).T * deltas[0])
        slope = fp.z[l].applyfunc(phi.derivative)
        deltas.insert(0, sympy.matrix_multiply_elementwise(slope, back))
    return deltas


def chain_factors(net: Network, fp: ForwardPass, deltas: list[sympy.Matrix]) -> list[tuple]:
    """(δ, c, a) for every θ_k in θ order: ∂f/∂θ_k = δ · c · a."""
    out = []
    for t in net.theta:
        d = deltas[t.layer - 1][t.i - 1]
        if t.kind == "W":
            out.append((d, net.scale(t.layer), fp.a[t.layer - 1][t.j - 1]))
        else:
            out.append((d, net.bias_scale, sympy.S.One))
    return out


def gradients(net: Network, budget=None) -> list[list[Gradient]]:
    """Symbolic ∂f_o/∂θ_k for every output o (outer list) and k (inner list).

    Derived once per network structure (kept in ``net.memo``); ``budget`` (see
    :mod:`symntk.budget`) is checked after each parameter."""
    if "gradients" in net.memo:
        return net.memo["gradients"]
    fp = net.forward()
    out = []
    for o in range(1, net.widths[-1] + 1):
        factors = chain_factors(net, fp, backprop(net, fp, o))
        row = []
        for t, (d, c, a) in zip(net.theta, factors):
            row.append(Gradient(t.k, o, t.symbol, d, c, a))
            if budget is not None:
                budget.check()
        out.append(row)
    net.memo["gradients"] = out
    return out


def gradient_values(net: Network, weights, biases, point) -> list[list[sympy.Expr]]:
    """[o][k] = ∂f_o/∂θ_k evaluated exactly at the values and datapoint."""
    fp = net.forward(point, weights, biases)
    rows = []
    for o in range(1, net.widths[-1] + 1):
        factors = chain_factors(net, fp, backprop(net, fp, o))
        rows.append([tidy(d * c * a) for d, c, a in factors])
    return rows


def jacobian(net: Network, weights, biases, points, budget=None) -> sympy.Matrix:
    """J with one row per (datapoint i, output o), point-major, and one column per θ_k."""
    rows = []
    for point in points:
        rows.extend(gradient_values(net, weights, biases, point))
        if budget is not None:
            budget.check()
    return sympy.Matrix(rows)


def tidy(value: sympy.Expr) -> sympy.Expr:
    """Rationals stay; small symbolic values are multiplied out; large ones are
    kept as they are (expanding nested transcendental values explodes)."""
    if value.is_Rational or not fits(value, 600) or sympy.count_ops(value) > 60:
        return value
    return sympy.expand(value)


def fits(value: sympy.Expr, nodes: int) -> bool:
    """Whether the expression tree has at most ``nodes`` nodes (stops counting early,
    unlike ``count_ops``, which walks the whole of a huge expression)."""
    for n, _ in enumerate(sympy.preorder_traversal(value), start=1):
        if n > nodes:
            return False
    return True
