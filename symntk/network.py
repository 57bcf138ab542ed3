"""The network as exact SymPy expressions, with θ in the notes' order.

    a^{[0]} = x,  z^{[l]} = c_l W^{[l]} a^{[l-1]} + s b^{[l]},  a^{[l]} = φ_l(z^{[l]}),
    f(x) = z^{[L]},

where c_l = 1, s = 1 (standard parameterization) or c_l = σ_w/√n_{l-1}, s = σ_b
(NTK parameterization; σ_w = σ_b = 1 unless the problem gives them). θ lists,
layer by layer, all of W^{[l]} row-major and then b^{[l]}; P = Σ_l (n_l·n_{l-1} + n_l·1).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

import sympy

from . import notation
from .activations import Activation, get_activation


@dataclass(frozen=True)
class ThetaEntry:
    """θ_k: its 1-based position k, symbol, and (kind, layer, i, j) 1-based."""

    k: int
    symbol: sympy.Symbol
    kind: str
    layer: int
    i: int
    j: int

    @property
    def array_index(self) -> tuple[int, int]:
        """The one place where 1-based math indices become 0-based array indices."""
        return self.i - 1, self.j - 1


@dataclass(frozen=True)
class ForwardPass:
    """z^{[l]} and a^{[l]} (l = 0..L; z[0] is unused) as column matrices, and
    the weight matrices W^{[1..L]} they were computed with (symbols or values)."""

    z: tuple[sympy.Matrix, ...]
    a: tuple[sympy.Matrix, ...]
    weights: tuple


class Network:
    """A fully connected network's structure with symbolic parameters.

    ``weights[l-1]`` / ``biases[l-1]`` hold the symbol matrices W^{[l]}, b^{[l]}.
    """

    def __init__(self, widths, activations, parameterization="standard", sigma_w=1, sigma_b=1):
        self.widths = tuple(int(w) for w in widths)
        self.depth = len(self.widths) - 1
        self.activations: tuple[Activation, ...] = tuple(get_activation(a) for a in activations)
        if len(self.activations) != self.depth - 1:
            raise ValueError("one activation per hidden layer")
        self.parameterization = parameterization
        self.sigma_w, self.sigma_b = (v if isinstance(v, sympy.Basic) else sympy.Rational(v)
                                      for v in (sigma_w, sigma_b))
        self.memo: dict = {}  # results derived once per structure (e.g. the symbolic gradients)
        self.x = notation.inputs(self.widths[0])
        self.weights = tuple(
            sympy.ImmutableMatrix(self.widths[l], self.widths[l - 1],
                                  lambda i, j, l=l: notation.weight(l, i + 1, j + 1))
            for l in range(1, self.depth + 1))
        self.biases = tuple(
            sympy.ImmutableMatrix(self.widths[l], 1, lambda i, j, l=l: notation.bias(l, i + 1))
            for l in range(1, self.depth + 1))

    @cached_property
    def theta(self) -> tuple[ThetaEntry, ...]:
        """θ in the notes' order: per layer, W^{[l]} row-major, then b^{[l]}."""
        out = []
        for l in range(1, self.depth + 1):
            for i in range(1, self.widths[l] + 1):
                for j in range(1, self.widths[l - 1] + 1):
                    out.append((notation.weight(l, i, j), "W", l, i, j))
            for i in range(1, self.widths[l] + 1):
                out.append((notation.bias(l, i), "b", l, i, 1))
        return tuple(ThetaEntry(k, *entry) for k, entry in enumerate(out, start=1))

    def parameters(self) -> list[sympy.Symbol]:
        """The parameter symbols in θ order."""
        return [t.symbol for t in self.theta]

    @property
    def parameter_count(self) -> int:
        """P = Σ_l (n_l·n_{l-1} + n_l·1)."""
        return len(self.theta)

    def count_terms(self) -> list[tuple[int, int]]:
        """The shapes summed in the count formula: [(n_1, n_0), (n_1, 1), (n_2, n_1), …]."""
        shapes = []
        for l in range(1, self.depth + 1):
            shapes += [(self.widths[l], self.widths[l - 1]), (self.widths[l], 1)]
        return shapes

    def count_formula(self) -> str:
        """The count as the notes write it, e.g. ``2×1 + 2×1 + 1×2 + 1×1 = 7``."""
        terms = " + ".join(f"{r}×{c}" for r, c in self.count_terms())
        return f"{terms} = {self.parameter_count}"

    def scale(self, l: int) -> sympy.Expr:
        """c_l: 1, or σ_w/√n_{l-1} in the NTK parameterization."""
        if self.parameterization == "ntk":
            return self.sigma_w / sympy.sqrt(self.widths[l - 1])
        return sympy.S.One

    @property
    def bias_scale(self) -> sympy.Expr:
        """s: 1, or σ_b in the NTK parameterization."""
        return self.sigma_b if self.parameterization == "ntk" else sympy.S.One

    def activation(self, l: int) -> Activation:
        """φ_l for a hidden layer l < L; the output layer is linear."""
        return self.activations[l - 1] if l < self.depth else get_activation("identity")

    def forward(self, x=None, weights=None, biases=None) -> ForwardPass:
        """z^{[l]} = c_l W^{[l]} a^{[l-1]} + b^{[l]}, a^{[l]} = φ_l(z^{[l]}).

        Symbolic by default (computed once per network and kept); pass exact values (and a
        datapoint) for an exact numeric pass through the very same formulas."""
        if x is None and weights is None and biases is None:
            if "forward" not in self.memo:
                self.memo["forward"] = self._forward(None, self.weights, self.biases)
            return self.memo["forward"]
        return self._forward(x, self.weights if weights is None else weights,
                             self.biases if biases is None else biases)

    def _forward(self, x, weights, biases) -> ForwardPass:
        a = sympy.Matrix(self.x if x is None else list(x))
        zs, acts = [sympy.Matrix()], [a]
        for l in range(1, self.depth + 1):
            W, b = weights[l - 1], biases[l - 1]
            c, s = self.scale(l), self.bias_scale
            # each z_i as one sum of products: SymPy's symbolic matrix product takes seconds at width 40
            z = sympy.Matrix([c * sympy.Add(*[W[i, j] * a[j] for j in range(W.shape[1])]) + s * b[i, 0]
                              for i in range(W.shape[0])])
            phi = self.activation(l)
            a = z if phi.is_linear else z.applyfunc(phi.apply)
            zs.append(z)
            acts.append(a)
        return ForwardPass(tuple(zs), tuple(acts), tuple(weights))

    @cached_property
    def outputs(self) -> tuple[sympy.Expr, ...]:
        """f_o(x) for o = 1..n_L, as nested (unexpanded) expressions."""
        return tuple(self.forward().z[-1])

    @cached_property
    def expansion(self) -> tuple[sympy.Expr, ...]:
        """f_o(x) multiplied out into a sum of products (inside nonlinearities too)."""
        return tuple(sympy.expand(f) for f in self.outputs)

    def values(self, weights, biases) -> dict[sympy.Symbol, sympy.Expr]:
        """The substitution θ_k → value for given W^{[l]}, b^{[l]} matrices."""
        mats = {("W", l): weights[l - 1] for l in range(1, self.depth + 1)}
        mats.update({("b", l): biases[l - 1] for l in range(1, self.depth + 1)})
        return {t.symbol: mats[t.kind, t.layer][t.array_index] for t in self.theta}


@lru_cache(maxsize=32)
def network_for(widths: tuple[int, ...], activations: tuple[str, ...], parameterization: str,
                sigma_w=1, sigma_b=1) -> Network:
    """The (cached) :class:`Network` of one structure: derive once, reuse."""
    return Network(widths, activations, parameterization, sigma_w, sigma_b)
