"""Syntax nodes → SymPy expressions, through an allow-list of symbols.

A :class:`Scope` knows the problem's network and datapoints and answers what
each written symbol means:

* ``W_{i,j}^{[l]}`` (also ``W^{[l]}_{i,j}``, ``W^{[l]}_{ij}``) and ``b_{i,1}^{[l]}`` (or ``b_i^{[l]}``):
  the parameter symbols of :mod:`symntk.notation`, for 1 ≤ l ≤ L and indices up to the largest width;
* ``\\theta_k``: the k-th parameter (1 ≤ k ≤ P);
* ``x`` (one input) or ``x_j`` (several inputs): the input; with one input ``x_i`` is datapoint i;
* ``z_i^{[l]}``, ``a_i^{[l]}``: the pre-activation and activation of unit i of layer l;
* functions tanh, sech, cosh, sinh, exp, ln/log, σ, relu, softplus, φ/φ′ (the hidden activation);
* integers and exact decimals; integer exponents of at most :data:`MAX_EXPONENT`.

Everything else raises :class:`~symntk.check.syntax.UnreadableError`. No text is
ever handed to ``sympify``: expressions are built node by node.
"""

from __future__ import annotations

from functools import cached_property

import sympy

from .. import notation
from ..activations import ACTIVATIONS, relu, sigmoid, softplus
from ..kernel import LAMBDA
from ..network import Network
from .syntax import Frac, Func, Group, Matrix, Node, Num, Op, Partial, Sqrt, Sym, Text, Tuple, UnreadableError

MAX_EXPONENT = 12


class MatrixNameError(UnreadableError):
    """A parameter matrix (W^{[l]} with several entries) where a number was expected: a formula with matrices."""


class UnknownNameError(UnreadableError):
    """A name the learner uses without defining it (c_1, r_2): their own general formula."""
_FUNCTIONS = {"tanh": sympy.tanh, "sech": sympy.sech, "cosh": sympy.cosh, "sinh": sympy.sinh, "exp": sympy.exp,
              "ln": sympy.log, "log": sympy.log, "sigma": sigmoid, "relu": relu, "softplus": softplus}


def key(sym: Sym) -> str:
    """A learner's own name as a dictionary key: ``h_1``, ``z^{[1]}_2``, ``v_1``, ``t``."""
    subs = ",".join(s.text if isinstance(s, Num) else key(s) if isinstance(s, Sym) else "?" for s in sym.sub)
    return f"{sym.name}{'_' + subs if subs else ''}{'^' + str(sym.layer) if sym.layer else ''}{chr(39) * sym.primes}"


class Scope:
    """What symbols mean for one problem's network (and its datapoints), and the learner's own names
    (``aliases``: key → expression, from their definitions; ``units``: a hidden unit → the learner's own
    formula for it, which their later uses of its name mean)."""

    def __init__(self, network: Network, points=()):
        self.network = network
        self.points = tuple(points)
        self.aliases: dict[str, sympy.Expr] = {}
        self.units: dict[sympy.Expr, sympy.Expr] = {}   # a hidden unit → the learner's own formula for it
        self.slope: tuple | None = None   # (z, φ′(z)): the learner's own rule for φ′, when reading their values
        self.free = False

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

    def symbol(self, sym: Sym) -> sympy.Expr:
        """The meaning of one symbol (see the module doc), or :class:`UnreadableError`."""
        net = self.network
        L, widest = net.depth, max(net.widths)
        alias = self.aliases.get(key(sym))
        if alias is not None:
            return alias
        if self.free and not sym.sub and sym.layer is None and sym.name in ("z", "u", "s", "t", "v") and not sym.primes:
            return sympy.Symbol(sym.name, real=True)
        if sym.primes:
            raise UnreadableError(f"a prime on {sym.name}")
        name = sym.name
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
        if name in ("W", "b", "z", "a"):
            if sym.layer is None or not 1 <= sym.layer <= L:
                raise UnreadableError(f"{name} needs a layer [1] … [{L}]")
            idx = self._indices(sym, 2 if name == "W" else 1)
            if name == "b" and len(idx) == 2 and idx[1] == 1:
                idx = idx[:1]
            expected = 2 if name == "W" else 1
            if len(idx) != expected or any(i > widest for i in idx):
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
            if len(net.x) > 1:
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
        if name not in ("W", "b", "x", "theta", "f", "y", "K", "J", "lambda", "z", "a", "h", "nabla", "dots"):
            raise UnknownNameError(f"unknown symbol {_show(sym)}")
        raise UnreadableError(f"unknown symbol {_show(sym)}")

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

    def _scalar_parameter(self, sym: Sym):
        """``W^{[l]}`` / ``b^{[l]}`` without indices (or ``W_l`` / ``b_l`` in a network of scalars) when that
        layer's W or b is a single number."""
        net = self.network
        if sym.name not in ("W", "b"):
            return None
        layer = sym.layer
        if layer is None and len(sym.sub) == 1 and isinstance(sym.sub[0], Num) and sym.sub[0].decimals is None:
            if all(w == 1 for w in net.widths):
                layer = int(sym.sub[0].value)
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

    def activation(self):
        """φ: the hidden layers' activation when they all share one."""
        acts = {a.name for a in self.network.activations}
        if len(acts) != 1:
            raise UnreadableError("φ is ambiguous here: write the activation (tanh, σ, …)")
        return self.network.activations[0]


def _show(sym: Sym) -> str:
    return sym.name + ("_…" if sym.sub else "") + (f"^[{sym.layer}]" if sym.layer else "")


def to_sympy(node: Node, scope: Scope) -> sympy.Expr:
    """A scalar expression; raises :class:`UnreadableError` for anything outside the allow-list."""
    _EXPONENT_SCOPE.append(scope)
    try:
        return _expr(node, scope)
    except RecursionError:
        raise UnreadableError("the formula is nested too deeply") from None
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as exc:
        raise UnreadableError(f"cannot evaluate the formula ({type(exc).__name__})") from None
    finally:
        _EXPONENT_SCOPE.pop()


def to_number(node: Node, scope: Scope) -> sympy.Expr:
    """A value that must be a number (a kernel entry, an eigenvalue, a count): no symbols left."""
    value = to_sympy(node, scope)
    if value.free_symbols or not value.is_number or value.is_real is False:
        raise UnreadableError("a number was expected here")
    return value


def factors(node: Node) -> list[Node]:
    """The factors of a product written with ·, × or side by side, left to right."""
    if isinstance(node, Op) and node.op in ("mul", "juxt"):
        return factors(node.args[0]) + factors(node.args[1])
    return [node]


def _expr(node: Node, scope: Scope) -> sympy.Expr:
    if isinstance(node, Num):
        return sympy.Rational(node.value.numerator, node.value.denominator)
    if isinstance(node, Sym):
        return scope.symbol(node)
    if isinstance(node, Op):
        a = node.args
        if node.op == "add":
            return _expr(a[0], scope) + _expr(a[1], scope)
        if node.op == "sub":
            return _expr(a[0], scope) - _expr(a[1], scope)
        if node.op == "neg":
            return -_expr(a[0], scope)
        if node.op in ("mul", "juxt"):
            return _product(factors(node), scope)
        if node.op == "div":
            return _divide(_expr(a[0], scope), _expr(a[1], scope))
        if node.op == "pow":
            return _power(_expr(a[0], scope), a[1])
        if node.op == "transpose":
            return _expr(a[0], scope)
    if isinstance(node, Group):
        if len(node.items) == 1:
            return _expr(node.items[0], scope)
        raise UnreadableError("a list where a single value was expected")
    if isinstance(node, Frac):
        return _divide(_expr(node.numerator, scope), _expr(node.denominator, scope))
    if isinstance(node, Sqrt):
        return sympy.sqrt(_expr(node.inner, scope))
    if isinstance(node, Func):
        raise UnreadableError(f"the function {node.name} has no argument")
    if isinstance(node, Text):
        raise UnreadableError(f"text {node.text!r} where a value was expected")
    if isinstance(node, Partial) and node.numerator is not None:
        return sympy.diff(_expr(node.numerator, scope), _variable(node.denominator, scope))
    if isinstance(node, Partial):
        raise UnreadableError("a derivative sign where a value was expected")
    if isinstance(node, Tuple):
        raise UnreadableError("several values where one was expected")
    raise UnreadableError(f"a {type(node).__name__.lower()} where a value was expected")


def _divide(num: sympy.Expr, den: sympy.Expr) -> sympy.Expr:
    if den == 0:
        raise UnreadableError("division by zero")
    return num / den


def _exponent(node: Node) -> sympy.Rational:
    negative = isinstance(node, Op) and node.op == "neg"
    inner = node.args[0] if negative else node
    if isinstance(inner, Group) and len(inner.items) == 1:
        inner = inner.items[0]
    if isinstance(inner, Frac) and all(isinstance(p, Num) and p.decimals is None
                                       for p in (inner.numerator, inner.denominator)):
        value = sympy.Rational(int(inner.numerator.value), int(inner.denominator.value or 1))
        if value.q != 2:
            raise UnreadableError("only integer and half-integer exponents are read")
    elif isinstance(inner, Num) and inner.decimals is None:
        value = sympy.Integer(int(inner.value))
    else:
        raise UnreadableError("exponents must be written numbers")
    if abs(value) > MAX_EXPONENT:
        raise UnreadableError(f"exponent {value} is larger than {MAX_EXPONENT}")
    return -value if negative else value


MAX_BITS = 4096


def bits(value: sympy.Expr) -> int:
    """An upper bound on the bits of the largest number in ``value`` (its numerators and denominators)."""
    if value.is_Rational:
        return max(abs(value.p).bit_length(), value.q.bit_length(), 1)
    if value.is_Pow and value.exp.is_Integer:
        return bits(value.base) * abs(int(value.exp))
    if not value.args:
        return 1
    return sum(bits(a) for a in value.args) if value.is_Mul else max(bits(a) for a in value.args)


def _power(base: sympy.Expr, exp_node: Node) -> sympy.Expr:
    if base == sympy.E:
        return sympy.exp(_exponent_expr(exp_node))
    exponent = _exponent(exp_node)
    if bits(base) * abs(int(exponent)) > MAX_BITS:
        raise UnreadableError(f"a number of more than {MAX_BITS} bits")
    if base == 0 and exponent < 0:
        raise UnreadableError("division by zero")
    return base ** exponent


_EXPONENT_SCOPE: list = []


def _exponent_expr(node: Node) -> sympy.Expr:
    """The exponent of e^{…}: any expression of the learner's (read in the scope of the formula)."""
    if not _EXPONENT_SCOPE:
        raise UnreadableError("e^{…} outside a formula")
    value = _expr(node, _EXPONENT_SCOPE[-1])
    if bits(value) > MAX_BITS:
        raise UnreadableError(f"a number of more than {MAX_BITS} bits")
    return value


def _apply(func: Func, arg: sympy.Expr, scope: Scope) -> sympy.Expr:
    if func.primes == 1 and scope.slope is not None and func.name in _activation_names(scope):
        var, rule = scope.slope
        value = rule.xreplace({var: arg})
    elif func.name in ("phi", "varphi"):
        act = scope.activation()
        if func.primes > 1:
            raise UnreadableError("only φ and φ′ are read")
        value = act.derivative(arg) if func.primes else act.apply(arg)
    elif func.name in _FUNCTIONS:
        base = _FUNCTIONS[func.name]
        if func.primes:
            if func.name in ACTIVATIONS:
                value = ACTIVATIONS[func.name].derivative(arg) if func.primes == 1 else None
            else:
                t = sympy.Dummy("t")
                value = sympy.diff(base(t), t, func.primes).subs(t, arg) if func.primes <= 2 else None
            if value is None:
                raise UnreadableError(f"too many primes on {func.name}")
        else:
            value = base(arg)
    else:
        raise UnknownNameError(f"unknown function {func.name}")
    if func.power is not None:
        value = _power(value, func.power)
    return value


def _activation_names(scope: Scope) -> set[str]:
    """The names a learner may give the hidden activation: its own and φ."""
    names = {a.name for a in scope.network.activations} | {"phi", "varphi"}
    return names | ({"sigma"} if "sigmoid" in names else set())


def _unwrap(node: Node) -> Node:
    return node.items[0] if isinstance(node, Group) and len(node.items) == 1 else node


def _variable(node: Node, scope: Scope) -> sympy.Symbol:
    """The variable of ∂/∂v: a parameter or a free variable."""
    if isinstance(node, Sym) and not node.sub and node.layer is None and len(node.name) == 1 and \
            node.name not in ("x",) and scope.free:
        return sympy.Symbol(node.name, real=True)
    value = _expr(node, scope)
    if not isinstance(value, sympy.Symbol):
        raise UnreadableError("a derivative with respect to something that is not a variable")
    return value


def _product(items: list[Node], scope: Scope) -> sympy.Expr:
    out = sympy.S.One
    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, Partial) and item.numerator is None:
            if i + 1 >= len(items):
                raise UnreadableError("∂/∂v of nothing")
            return out * sympy.diff(_product(items[i + 1:], scope), _variable(item.denominator, scope))
        if isinstance(item, Func) and item.name == "det" and i + 1 < len(items) and \
                isinstance(_unwrap(items[i + 1]), Matrix):
            rows = _unwrap(items[i + 1]).rows
            if len(rows) > 4 or any(len(r) != len(rows) for r in rows):
                raise UnreadableError("det of a matrix that is not square (or larger than 4×4)")
            out *= sympy.Matrix([[_expr(v, scope) for v in r] for r in rows]).det(method="berkowitz")
            i += 2
            continue
        if isinstance(item, Func) and item.name in ("max", "min") and i + 1 < len(items) and \
                isinstance(items[i + 1], Group) and len(items[i + 1].items) == 2:
            pair = [_expr(v, scope) for v in items[i + 1].items]
            out *= (sympy.Max if item.name == "max" else sympy.Min)(*pair)
            i += 2
            continue
        if isinstance(item, Func):
            if i + 1 >= len(items):
                raise UnreadableError(f"the function {item.name} has no argument")
            out *= _apply(item, _expr(items[i + 1], scope), scope)
            i += 2
            continue
        out *= _expr(item, scope)
        i += 1
    return out
