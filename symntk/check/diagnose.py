"""Typical mistakes in a gradient claim, named so that feedback can explain them.

Each diagnosis compares the learner's expression with the true ∂f/∂θ_k from
the engine (:attr:`symntk.solution.Solution.gradients`) after a known mistake
has been made on purpose:

* ``sign``: the claim is −∂f/∂θ_k;
* ``bias_zero``: θ_k is a bias and the claim is 0 (a bias enters f as + b, so its derivative is δ, not 0);
* ``missing_input_term``: the claim keeps only the terms without the input (e.g. b alone, W x dropped);
* ``missing_terms`` / ``extra_terms``: some terms of the true sum are missing / added;
* ``missing_phi_prime``: the claim is the chain rule with every φ′ factor replaced by 1;
* ``swapped_indices``: the claim has W_{i,j} where W_{j,i} belongs;
* ``other_parameter``: the claim is the derivative with respect to another θ_m.
"""

from __future__ import annotations

import dataclasses

import sympy

from .. import derivatives, notation
from ..network import Network
from .compare import difference, equivalent
from .feedback import Feedback


class _WithoutSlope:
    """The network with φ′ ≡ 1 in every hidden layer (the 'missing φ′' mistake)."""

    def __init__(self, net: Network):
        self._net = net

    def __getattr__(self, name):
        return getattr(self._net, name)

    def activation(self, l):
        return dataclasses.replace(self._net.activation(l), derivative=lambda z: sympy.S.One)


def without_slope(net: Network, output: int, k: int) -> sympy.Expr:
    """∂f_o/∂θ_k computed with every φ′ replaced by 1."""
    fp = net.forward()
    deltas = derivatives.backprop(_WithoutSlope(net), fp, output)
    d, c, a = derivatives.chain_factors(net, fp, deltas)[k - 1]
    return sympy.expand(d * c * a)


def _swap(expr: sympy.Expr) -> sympy.Expr:
    table = {}
    for s in expr.free_symbols:
        ref = notation.lookup(s)
        if ref and ref.kind == "W" and ref.i != ref.j:
            table[s] = notation.weight(ref.layer, ref.j, ref.i)
    return expr.xreplace(table)


def _has_input(term: sympy.Expr, net: Network) -> bool:
    """Whether the input x is a factor of the term itself (not only inside a function)."""
    return any((f.base if f.is_Pow else f) in net.x for f in sympy.Mul.make_args(term))


def _terms(expr: sympy.Expr) -> list[sympy.Expr]:
    return list(sympy.Add.make_args(sympy.expand(expr)))


def gradient_mistakes(claimed: sympy.Expr, true: sympy.Expr, net: Network, output: int, k: int,
                      all_true: list[sympy.Expr]) -> list[Feedback]:
    """The named mistakes that explain ``claimed`` (empty when none does)."""
    theta = net.theta[k - 1]
    if true != 0 and equivalent(claimed, -true):
        return [Feedback("sign")]
    if theta.kind == "b" and claimed == 0:
        return [Feedback("bias_zero", {"parameter": theta.symbol, "expected": true})]
    if any(not a.is_linear for a in net.activations) and equivalent(claimed, without_slope(net, output, k)):
        return [Feedback("missing_phi_prime", {"expected": true})]
    diff = difference(true, claimed)
    if diff is not None and diff != 0 and claimed != 0:
        true_terms, claimed_terms = set(_terms(true)), set(_terms(claimed))
        missing, extra = true_terms - claimed_terms, claimed_terms - true_terms
        if missing and not extra:
            if all(_has_input(t, net) for t in missing) and not any(t.free_symbols & set(net.x) for t in claimed_terms):
                return [Feedback("missing_input_term", {"missing": sympy.Add(*missing), "expected": true})]
            return [Feedback("missing_terms", {"missing": sympy.Add(*missing)})]
        if extra and not missing:
            return [Feedback("extra_terms", {"extra": sympy.Add(*extra)})]
    swapped = _swap(claimed)
    if swapped != claimed and equivalent(swapped, true):
        return [Feedback("swapped_indices", {"expected": true})]
    for m, other in enumerate(all_true, start=1):
        if m != k and other != true and equivalent(claimed, other):
            return [Feedback("other_parameter", {"index": m, "parameter": net.theta[m - 1].symbol})]
    return []
