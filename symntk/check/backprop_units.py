"""∂f/∂(a hidden unit): the backward pass written per unit (``∂f/∂z_i = W^{[2]}_{1i}``, ``∂f/∂h^{(2)} = W^{(3)}``).

A learner doing backpropagation names the derivative of the output with respect to a hidden unit before the
parameters' ones. The unit is the one the learner's name stands for (:meth:`Scope._unit`: z pre-activation,
a and h the activation); the true value is ∂f_o/∂u where u replaces that unit in the forward pass from its
layer on:  z^{[m]} = c_m W^{[m]} a^{[m-1]} + s b^{[m]},  a^{[m]} = φ_m(z^{[m]}), then u put back.
"""

from __future__ import annotations

import sympy

from .nodes import Sym
from .syntax import UnreadableError


def _place(fp, value: sympy.Expr) -> tuple[str, int, int] | None:
    """("z" or "a", layer, unit index from 0) of a hidden unit's expression in the forward pass."""
    for layer in range(1, len(fp.z) - 1):
        for table, kind in ((fp.z, "z"), (fp.a, "a")):
            for i, entry in enumerate(table[layer]):
                if entry == value:
                    return kind, layer, i
    return None


def unit_derivative(scope, node, output: int) -> sympy.Expr | None:
    """∂f_output/∂(the hidden unit ``node`` names), as a function of x and θ; None unless ``node`` names one."""
    if not isinstance(node, Sym) or node.name not in ("z", "a", "h"):
        return None
    try:
        unit = scope._unit(node)
    except UnreadableError:
        return None
    net = scope.network
    fp = net.forward()
    place = _place(fp, unit) if unit is not None else None
    if place is None:
        return None
    kind, layer, i = place
    u = sympy.Dummy("u", real=True)
    if kind == "z":
        z = sympy.Matrix(fp.z[layer]).copy()
        z[i, 0] = u
        phi = net.activation(layer)
        a = z if phi.is_linear else z.applyfunc(phi.apply)
    else:
        a = sympy.Matrix(fp.a[layer]).copy()
        a[i, 0] = u
    for m in range(layer + 1, net.depth + 1):
        W, b = net.weights[m - 1], net.biases[m - 1]
        z = sympy.Matrix([net.scale(m) * sympy.Add(*[W[r, c] * a[c] for c in range(W.shape[1])]) +
                          net.bias_scale * b[r, 0] for r in range(W.shape[0])])
        phi = net.activation(m)
        a = z if phi.is_linear else z.applyfunc(phi.apply)
    if not 1 <= output <= a.shape[0]:
        return None
    return sympy.diff(a[output - 1], u).subs(u, unit)
