"""Compiled artifacts of the symbolic derivation, cached per network structure.

Derive once, compile once, apply many times:

* :func:`layer_functions` — φ_l(z) and φ_l′ from the activation registry's
  SymPy forms, lambdified with NumPy (and
  :func:`symntk.activations.numpy_functions` for relu, step, σ, softplus).
  φ′ is compiled as a function of z and a = φ(z) (the registry's φ′ with every
  occurrence of φ(z) replaced by a), so tanh′ = 1 − a² and σ′ = a(1 − a)
  reuse the forward values. Nothing here depends on the widths: compiling
  the structured path costs the same for any number of parameters.
* :func:`gradient_function` — the symbolic chain-rule gradients
  ∂f_o/∂θ_k = δ^{[l]}_i · c_l · a^{[l-1]}_j of :mod:`symntk.derivatives`,
  lambdified with common-subexpression elimination into one function of
  (x, θ) that returns all n_L·P of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import sympy

from ..activations import get_activation, numpy_functions
from ..derivatives import backprop, chain_factors
from ..network import network_for


def _modules() -> list:
    return [numpy_functions(), "numpy"]


@dataclass(frozen=True)
class LayerFunctions:
    """φ(z) and φ′(z, a) for one activation; ``linear`` skips both (identity)."""

    name: str
    linear: bool
    phi: object
    slope: object
    slope_constant: float | None


@cache
def layer_functions(name: str) -> LayerFunctions:
    """Compile φ and φ′ of the activation ``name`` (cached per activation)."""
    act = get_activation(name)
    z, a = sympy.symbols("z a")
    value = act.apply(z)
    slope = act.derivative(z)
    if value != z:
        slope = slope.subs(value, a)
    slope = sympy.sympify(slope)
    constant = float(slope) if not slope.free_symbols else None
    return LayerFunctions(name, act.is_linear,
                          sympy.lambdify(z, value, modules=_modules()),
                          sympy.lambdify((z, a), slope, modules=_modules(), cse=True),
                          constant)


@dataclass(frozen=True)
class GradientFunction:
    """``fn(xs, thetas)`` → list of n_L·P values (output-major, θ order within)."""

    fn: object
    outputs: int
    parameters: int


@lru_cache(maxsize=16)
def gradient_function(widths: tuple[int, ...], activations: tuple[str, ...], parameterization: str,
                      sigma_w=1, sigma_b=1) -> GradientFunction:
    """Lambdify ∂f_o/∂θ_k = δ · c · a (chain factors of the symbolic backprop)
    for every output o and parameter k, with CSE, as a function of the input
    symbols and the parameter symbols."""
    net = network_for(widths, activations, parameterization, sigma_w, sigma_b)
    fp = net.forward()
    exprs = []
    for o in range(1, net.widths[-1] + 1):
        exprs += [d * c * a for d, c, a in chain_factors(net, fp, backprop(net, fp, o))]
    fn = sympy.lambdify([list(net.x), net.parameters()], exprs, modules=_modules(), cse=True)
    return GradientFunction(fn, net.widths[-1], net.parameter_count)
