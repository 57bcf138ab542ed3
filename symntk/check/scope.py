"""What a written symbol means for one problem (the allow-list of names), and the learner's own names.

A :class:`Scope` knows the problem's network and datapoints and answers what
each written symbol means:

* ``W_{i,j}^{[l]}`` (also ``W^{[l]}_{i,j}``, ``W^{[l]}_{ij}``) and ``b_{i,1}^{[l]}`` (or ``b_i^{[l]}``):
  the parameter symbols of :mod:`symntk.notation`, for 1 ≤ l ≤ L and indices up to the largest width;
* ``\\theta_k``: the k-th parameter (1 ≤ k ≤ P);
* ``x`` (one input) or ``x_j`` (several inputs): the input; with one input ``x_i`` is datapoint i;
* ``z_i^{[l]}``, ``a_i^{[l]}`` (and the learner's ``z_i``, ``h_i``): the pre-activation and activation of
  unit i of layer l — or the learner's own formula for that unit, once they wrote a wrong one;
* ``\\delta^{[l]}_i`` = ∂f/∂z^{[l]}_i (one output);
* λ, e, and the learner's own names (their definitions).

Everything else raises :class:`~symntk.check.syntax.UnreadableError`; the formulas
built from these symbols are in :mod:`symntk.check.meaning`.
"""

from __future__ import annotations

import dataclasses
from functools import cached_property

import sympy

from .. import notation
from ..derivatives import backprop
from ..kernel import LAMBDA
from ..network import Network
from .symbol_keys import index_letter, shown
from .symbol_keys import key as key
from .symbol_keys import vector_entry as vector_entry
from .syntax import Num, Sym, UnreadableError


class MatrixNameError(UnreadableError):
    """A parameter matrix (W^{[l]} with several entries) where a number was expected: a formula with matrices."""


class UnknownNameError(UnreadableError):
    """A name the learner uses without defining it (c_1, r_2): their own general formula."""


class Scope:
    """What symbols mean for one problem's network (and its datapoints), and the learner's own names
    (``aliases``: key → expression, from their definitions; ``units``: a hidden unit → the learner's own
    formula for it, which their later uses of its name mean)."""

    def __init__(self, network: Network, points=()):
        self.network = network
        self.points = tuple(points)
        self.aliases: dict[str, sympy.Expr] = {}
        self.units: dict[sympy.Expr, sympy.Expr] = {}   # a hidden unit → the learner's own formula for it
        self.matrices: dict[str, sympy.Matrix] = {}   # a matrix name of the learner's (D = diag(φ′(z))) → its value
        self.letters: set[str] = set()   # a bare letter of the learner's own parameters a_1, a_2 (a = (1, 1))
        self.slope: tuple | None = None   # (z, φ′(z)): the learner's own rule for φ′, when reading their values
        self.free = False
        self.coordinates = False   # a formula written for every index: x_k is the input's coordinate k, and
        #                            only the W^{[l]}_{jk} inside the layer's matrix are read

    @cached_property
    def _forward(self):
        return self.network.forward()

    def _indices(self, sym: Sym, count: int) -> tuple[int, ...]:
        subs = list(sym.sub)
        if count == 2 and len(subs) == 1 and isinstance(subs[0], Num) and len(subs[0].text) == 2:
            subs = [Num(int(c), None, c) for c in subs[0].text]  # W_{11}: two one-digit indices
        out = []
        for s in subs:
            if not isinstance(s, Num) or s.decimals is not None or not 1 <= s.value <= 10_000:
                raise UnreadableError(f"the index of {sym.name} must be a whole number")
            out.append(int(s.value))
        return tuple(out)

    def _own_entry(self, matrix: sympy.Matrix, sym: Sym) -> sympy.Expr:
        """Entry ``sym``'s indices name of the learner's own matrix (one index for a row or a column)."""
        at = self._indices(sym, 1 if 1 in matrix.shape else 2)
        at = (at[0], 1) if len(at) == 1 and matrix.cols == 1 else (1, at[0]) if len(at) == 1 else at
        if len(at) != 2 or not (1 <= at[0] <= matrix.rows and 1 <= at[1] <= matrix.cols):
            raise UnreadableError("not a parameter of this network")
        return matrix[at[0] - 1, at[1] - 1]

    def symbol(self, sym: Sym) -> sympy.Expr:
        """The meaning of one symbol (see the module doc), or :class:`UnreadableError`."""
        net = self.network
        L, widest = net.depth, max(net.widths)
        alias = self.aliases.get(key(sym))
        if alias is not None:
            return alias
        if self.free and not sym.sub and sym.layer is None and sym.name in ("z", "u", "s", "t", "v") and not sym.primes:
            return sympy.Symbol(sym.name, real=True)
        if sym.name == "x" and sym.primes == 1 and not sym.sub and sym.layer is None and len(net.x) == 1:
            return sympy.Symbol(f"{net.x[0].name}'", real=True)   # x′: a second input (Θ(x, x′) = …)
        if sym.primes == 1 and sym.name in ("z", "a", "h"):   # z′^{(1)}: the unit at the second input x′
            value = self.symbol(dataclasses.replace(sym, primes=0))
            return value.xreplace({x: sympy.Symbol(f"{x.name}'", real=True) for x in net.x})
        if sym.primes:
            raise UnreadableError(f"a prime on {sym.name}")
        name = sym.name
        if name == "delta":
            delta = self._delta(sym)
            if delta is not None:
                return delta
        scalar = self._scalar_parameter(sym)
        if scalar is not None:
            return scalar
        if name == "lambda" and not sym.sub and sym.layer is None:
            return LAMBDA
        if name in ("z", "a", "h") and (sym.layer is None or not sym.sub):
            unit = self._unit(sym)
            if unit is not None:
                return self.units.get(unit, unit)
        if self.free and name in ("z", "a") and not sym.sub and sym.layer is None:
            return sympy.Symbol(name, real=True)
        if name in ("W", "b") and sym.layer is not None and not sym.sub:
            raise MatrixNameError(f"{name}^{{[{sym.layer}]}} is a matrix here")
        if name in ("W", "b") and sym.layer is None and len(sym.sub) == 1 and isinstance(sym.sub[0], Num) and \
                sym.sub[0].decimals is None and 1 <= sym.sub[0].value <= L:
            raise MatrixNameError(f"{name}_{sym.sub[0].value} is layer {sym.sub[0].value}'s matrix here")
        own = self.matrices.get(key(Sym(name))) if sym.sub and sym.layer is None else None
        if own is not None:   # W_{1,2} of the learner's W = (W^{[1]})^T (named_layers.py): that entry of it
            return self._own_entry(own, sym)
        if name in ("W", "b", "z", "a"):
            if sym.layer is None or not 1 <= sym.layer <= L:
                raise UnreadableError(f"{name} needs a layer [1] … [{L}]")
            idx = self._indices(sym, 2 if name == "W" else 1)
            if name == "b" and len(idx) == 2 and idx[1] == 1:
                idx = idx[:1]
            if name == "W" and len(idx) == 1:   # W^{[2]}_i of a row (or column) W: its i-th entry
                idx = vector_entry(net.widths[sym.layer], net.widths[sym.layer - 1], idx[0])
            expected = 2 if name == "W" else 1
            if len(idx) != expected or any(i > widest for i in idx) or self.coordinates and name == "W" and (
                    idx[0] > net.widths[sym.layer] or idx[1] > net.widths[sym.layer - 1]):
                raise UnreadableError(f"{name}^{{[{sym.layer}]}} with indices {idx} is not in this network")
            if name == "W":
                return notation.weight(sym.layer, *idx)
            if name == "b":
                return notation.bias(sym.layer, idx[0])
            if idx[0] > net.widths[sym.layer]:
                raise UnreadableError(f"layer {sym.layer} has {net.widths[sym.layer]} units")
            table = self._forward.z if name == "z" else self._forward.a
            return self.units.get(table[sym.layer][idx[0] - 1], table[sym.layer][idx[0] - 1])
        if name == "theta" and sym.layer is None:
            (k,) = self._indices(sym, 1) if len(sym.sub) == 1 else (0,)
            if not 1 <= k <= net.parameter_count:
                raise UnreadableError(f"θ has entries θ_1 … θ_{net.parameter_count}")
            return net.theta[k - 1].symbol
        if name == "x" and sym.layer is None:
            if not sym.sub:
                if len(net.x) != 1:
                    raise UnreadableError("x has several components here: write x_1, x_2, …")
                return net.x[0]
            (i,) = self._indices(sym, 1)
            if len(net.x) > 1 or self.coordinates:
                if self.coordinates and len(net.x) == 1:
                    return net.x[0]   # x_j in a formula for every index of a one-input network: the input x
                if i > len(net.x):
                    raise UnreadableError(f"the input has {len(net.x)} components")
                return net.x[i - 1]
            if i > len(self.points):
                raise UnreadableError(f"there are {len(self.points)} datapoints")
            return self.points[i - 1][0]
        if name == "e" and not sym.sub and sym.layer is None:
            return sympy.E
        unit = self._unit(sym)
        if unit is not None:
            return self.units.get(unit, unit)
        if self.free and not sym.sub and sym.layer is None and len(name) == 1:
            return sympy.Symbol(name, real=True)
        if name not in ("W", "b", "x", "theta", "f", "y", "K", "J", "lambda", "z", "a", "h", "nabla", "dots") or \
                name == "f" and len(sym.sub) == 1 and index_letter(sym.sub[0]):   # f_m: a general formula
            raise UnknownNameError(f"unknown symbol {shown(sym)}")
        raise UnreadableError(f"unknown symbol {shown(sym)}")

    def _unit(self, sym: Sym):
        """The learner's z_i, a_i, h_i (and h^{[l]}_i, or z, h alone for a single hidden unit): hidden unit i of
        the first hidden layer, or of layer i when every hidden layer has one unit."""
        net = self.network
        if sym.name not in ("z", "a", "h") or len(sym.sub) > 1:
            return None
        hidden = net.widths[1:-1]
        if not hidden:
            return None
        if sym.sub:
            s = sym.sub[0]
            if not isinstance(s, Num) or s.decimals is None and not 1 <= s.value <= 64 or s.decimals is not None:
                return None
            i = int(s.value)
        else:
            i = None
        if sym.layer is not None:
            layer, unit = sym.layer, i or 1
            if not 1 <= layer <= len(hidden) or (i is None and hidden[layer - 1] != 1):
                return None
        elif i is None:
            if hidden[0] != 1 or len(hidden) > 1:
                return None
            layer, unit = 1, 1
        elif len(hidden) > 1 and all(w == 1 for w in hidden) and i <= len(hidden):
            layer, unit = i, 1
        elif i <= hidden[0]:
            layer, unit = 1, i
        else:
            return None
        if unit > net.widths[layer]:
            return None
        table = self._forward.z if sym.name == "z" else self._forward.a
        return table[layer][unit - 1]

    def _delta(self, sym: Sym):
        """δ^{[l]}_i = ∂f/∂z^{[l]}_i (one output): δ_i of the first hidden layer, δ^{[l]} of a one-unit layer, δ
        alone for a network with one hidden unit; with the learner's φ′ (``slope``) when reading their values."""
        net = self.network
        if net.widths[-1] != 1 or len(sym.sub) > 1 or net.depth < 2:
            return None
        if sym.sub:
            s = sym.sub[0]
            if not isinstance(s, Num) or s.decimals is not None or not 1 <= s.value <= 64:
                return None
            layer, unit = sym.layer or 1, int(s.value)
        elif sym.layer is not None:
            layer, unit = sym.layer, 1
        elif net.widths[1:-1] == (1,):
            layer, unit = 1, 1
        else:
            return None
        if not 1 <= layer <= net.depth or unit > net.widths[layer] or (not sym.sub and net.widths[layer] != 1):
            return None
        fp = self._forward
        source = net if self.slope is None else OwnSlope(net, self.slope)
        return backprop(source, fp, 1)[layer - 1][unit - 1]

    def _scalar_parameter(self, sym: Sym):
        """``W^{[l]}`` / ``b^{[l]}`` without indices (or ``W_l`` / ``b_l`` in a network of scalars) when that
        layer's W or b is a single number."""
        net = self.network
        if sym.name not in ("W", "b"):
            return None
        layer = sym.layer
        if layer is None and len(sym.sub) == 1 and isinstance(sym.sub[0], Num) and sym.sub[0].decimals is None:
            if all(w == 1 for w in net.widths) or self._one_number(sym.name, int(sym.sub[0].value)):
                layer = int(sym.sub[0].value)   # W_1 beside a row W^{[2]}: the one number of layer 1
            elif sym.name == "b" and sym.sub[0].value == net.depth and net.widths[-1] == 1:
                layer = net.depth  # b_2: the output's one bias, written without its layer
            else:
                return None
        elif layer is None or sym.sub:
            return None
        if not 1 <= layer <= net.depth:
            return None
        if sym.name == "b" and net.widths[layer] == 1:
            return notation.bias(layer, 1)
        if sym.name == "W" and net.widths[layer] == 1 and net.widths[layer - 1] == 1:
            return notation.weight(layer, 1, 1)
        return None

    def _one_number(self, name: str, layer: int) -> bool:
        """Whether layer ``layer``'s W (or b) is a single number (so ``W_l`` / ``b_l`` can only be all of it)."""
        widths = self.network.widths
        if not 1 <= layer < len(widths):
            return False
        return widths[layer] == 1 and (name == "b" or widths[layer - 1] == 1)

    def as_rule(self, values: list, rule: list) -> list:
        """In a rule for every z (``tanh′(z) = 1 − a²``), the one hidden unit's a is φ(z) of that free z:
        with a single hidden unit, its true pre-activation and activation become the free z and φ(z) (when the
        ``rule``'s own side holds the free z)."""
        z = sympy.Symbol("z", real=True)
        hidden = self.network.widths[1:-1]
        if hidden != (1,) or not any(z in v.free_symbols for v in rule if isinstance(v, sympy.Basic)):
            return values
        forward = self._forward
        swap = {forward.a[1][0]: self.activation().apply(z), forward.z[1][0]: z}
        return [v.xreplace(swap) if isinstance(v, sympy.Basic) else v for v in values]

    def activation(self):
        """φ: the hidden layers' activation when they all share one."""
        acts = {a.name for a in self.network.activations}
        if len(acts) != 1:
            raise UnreadableError("φ is ambiguous here: write the activation (tanh, σ, …)")
        return self.network.activations[0]


class OwnSlope:
    """The network with the learner's own φ′ rule (z, φ′(z)) in every hidden layer."""

    def __init__(self, net: Network, slope: tuple):
        self._net, (self._var, self._rule) = net, slope

    def __getattr__(self, name):
        return getattr(self._net, name)

    def activation(self, l):
        return dataclasses.replace(self._net.activation(l), derivative=lambda z: self._rule.xreplace({self._var: z}))
