"""Syntax nodes → SymPy expressions, node by node, with the symbols' meanings from :mod:`symntk.check.scope`.

Functions: tanh, sech, cosh, sinh, exp, ln/log, σ, relu, softplus, φ/φ′ (the
hidden activation, or the learner's own φ′ rule when reading their values);
integers and exact decimals; integer and half-integer exponents of at most
:data:`MAX_EXPONENT`. Everything else raises
:class:`~symntk.check.syntax.UnreadableError`. No text is ever handed to
``sympify``.
"""

from __future__ import annotations

import sympy

from ..activations import ACTIVATIONS, relu, sigmoid, softplus
from .index_sums import sum_over
from .nodes import SumOp
from .powers import EXPONENT_SCOPE, power
from .powers import MAX_BITS as MAX_BITS
from .powers import MAX_EXPONENT as MAX_EXPONENT
from .powers import bits as bits
from .scope import MatrixNameError, Scope, UnknownNameError, key
from .syntax import Frac, Func, Group, Matrix, Node, Num, Op, Partial, Sqrt, Sym, Text, Tuple, UnreadableError
from .unit_derivatives import unit_derivative

__all__ = ["MatrixNameError", "Scope", "UnknownNameError", "key", "to_number", "to_sympy", "factors"]


_FUNCTIONS = {"tanh": sympy.tanh, "sech": sympy.sech, "cosh": sympy.cosh, "sinh": sympy.sinh, "exp": sympy.exp,
              "ln": sympy.log, "log": sympy.log, "sigma": sigmoid, "relu": relu, "softplus": softplus}


def to_sympy(node: Node, scope: Scope) -> sympy.Expr:
    """A scalar expression; raises :class:`UnreadableError` for anything outside the allow-list."""
    EXPONENT_SCOPE.append(scope)
    try:
        return _expr(node, scope)
    except RecursionError:
        raise UnreadableError("the formula is nested too deeply") from None
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as exc:
        raise UnreadableError(f"cannot evaluate the formula ({type(exc).__name__})") from None
    finally:
        EXPONENT_SCOPE.pop()


def to_number(node: Node, scope: Scope) -> sympy.Expr:
    """A value that must be a number (a kernel entry, an eigenvalue, a count): no symbols left."""
    value = to_sympy(node, scope)
    if value.free_symbols or not value.is_number or value.is_real is False:
        raise UnreadableError("a number was expected here")
    return value


def factors(node: Node) -> list[Node]:
    """The factors of a product written with ·, ×, ⊙ (numbers: the same) or side by side, left to right."""
    if isinstance(node, Op) and node.op in ("mul", "juxt", "hadamard"):
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
        if node.op in ("mul", "juxt", "hadamard"):
            try:
                return _product(factors(node), scope)
            except UnreadableError:
                found = _layer_number(node, scope)   # h(x_1)^T h(x_2), (W^{[2]})^T W^{[2]}
                if found is None:
                    raise
                return found
        if node.op == "inner":
            found = _layer_number(node, scope)   # ⟨h(x_1), h(x_2)⟩
            if found is not None:
                return found
            return _product(list(a), scope)   # ⟨a, b⟩ of scalars, or names read as a product is (g_1 · g_2)
        if node.op == "div":
            return _divide(_expr(a[0], scope), _expr(a[1], scope))
        if node.op == "pow":
            from .vector_names import layer_norm

            squared = layer_norm(node, scope.network)   # ‖v‖² of a whole layer: the sum of its entries squared
            return squared if squared is not None else power(_expr(a[0], scope), a[1])
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
        own = unit_derivative(node, scope, lambda n: _expr(n, scope), lambda n: _variable(n, scope))
        if own is not None:
            return own
        numerator = _expr(node.numerator, scope)
        if any(str(s) in ("f", "y") for s in numerator.free_symbols):   # ∂f(x_1)/∂θ_k read as f · x_1
            raise UnreadableError("a derivative of the network's output inside a formula")
        if isinstance(numerator, sympy.Symbol) and numerator not in scope.network.parameters() and \
                numerator not in scope.network.x:   # ∂q/∂b_2 of a q the notes never define: no value, not 0
            raise UnreadableError(f"{numerator.name} has no value in these notes")
        return sympy.diff(numerator, _variable(node.denominator, scope))
    if isinstance(node, Partial):
        raise UnreadableError("a derivative sign where a value was expected")
    if isinstance(node, Tuple):
        raise UnreadableError("several values where one was expected")
    raise UnreadableError(f"a {type(node).__name__.lower()} where a value was expected")


def _layer_number(node: Node, scope: Scope) -> sympy.Expr | None:
    from .block_kernel import matrix_number

    return matrix_number(node, scope)


def _divide(num: sympy.Expr, den: sympy.Expr) -> sympy.Expr:
    if den == 0:
        raise UnreadableError("division by zero")
    return num / den


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
        value = power(value, func.power)
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


def _at_point(node: Node, scope: Scope) -> int | None:
    """The datapoint i of a trailing ``(x_i)`` in a one-input network (``h_1(1 − h_1)(x_1)``: at x_1)."""
    inner = node.items[0] if isinstance(node, Group) and node.kind == "paren" and len(node.items) == 1 else None
    if not isinstance(inner, Sym) or inner.name != "x" or len(inner.sub) != 1 or inner.layer is not None:
        return None
    s = inner.sub[0]
    if len(scope.network.x) != 1 or not isinstance(s, Num) or s.decimals is not None:
        return None
    return int(s.value) if 1 <= s.value <= len(scope.points) else None


def _unit_call(item: Node, arg: Node, scope: Scope) -> sympy.Expr | None:
    """``z(x)``, ``h_j(x')``, ``a^{[1]}(2)``, ``H_j(x)``, ``h(x_2)``: a unit or a name of the learner's that is a
    function of the input, at the input written — x, the second input x′ (each coordinate primed), or a number or a
    datapoint x_i for a network of one input; None otherwise."""
    if not (isinstance(item, Sym) and item.name not in ("x", "W", "b", "theta") and not item.primes) or not (
            isinstance(arg, Group) and arg.kind == "paren" and len(arg.items) == 1):
        return None
    inner = arg.items[0]
    xs = scope.network.x
    if isinstance(inner, Sym) and inner.name == "x" and not inner.sub and inner.layer is None and inner.primes <= 1:
        put = {x: sympy.Symbol(f"{x.name}'", real=True) for x in xs} if inner.primes else {}
    elif (isinstance(inner, Num) or isinstance(inner, Op) and inner.op == "neg" and isinstance(inner.args[0], Num)) \
            and len(xs) == 1:
        put = {xs[0]: _expr(inner, scope)}
    elif _at_point(arg, scope) is not None:   # h(x_2): at the datapoint x_2 (one input)
        put = {xs[0]: scope.points[_at_point(arg, scope) - 1][0]}
    else:
        return None
    value = _expr(item, scope)
    if not value.free_symbols & set(xs):
        return None
    return value.xreplace(put)


def _unit_at_number(items: list[Node], scope: Scope) -> sympy.Expr | None:
    """``h(2)``, ``z_1(-1)``: a hidden unit of a one-input network at the input written as a number."""
    from .layer_targets import signed_number

    if len(items) != 2 or len(scope.network.x) != 1:
        return None
    head, arg = items
    if not (isinstance(head, Sym) and head.name in ("z", "a", "h") and not head.primes and isinstance(arg, Group)
            and arg.kind == "paren" and len(arg.items) == 1 and signed_number(arg.items[0])):
        return None
    value = _expr(head, scope)
    x = scope.network.x[0]
    return value.xreplace({x: _expr(arg.items[0], scope)}) if x in value.free_symbols else None


def _product(items: list[Node], scope: Scope) -> sympy.Expr:
    at_number = _unit_at_number(items, scope)
    if at_number is not None:
        return at_number
    point = _at_point(items[-1], scope) if len(items) > 1 else None
    if point is not None:
        value = _product(items[:-1], scope)
        x = scope.network.x[0]
        if x in value.free_symbols:   # a formula in x, at x_i; else x_i is a factor
            return value.xreplace({x: scope.points[point - 1][0]})
    out = sympy.S.One
    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, Partial) and item.numerator is None:
            if i + 1 >= len(items):
                raise UnreadableError("∂/∂v of nothing")
            return out * sympy.diff(_product(items[i + 1:], scope), _variable(item.denominator, scope))
        if isinstance(item, SumOp) and item.index is not None and i + 1 < len(items):
            return out * sum_over(items[i + 1:], item.index, item.upper, lambda body: _product(body, scope),
                                  len(scope.network.x), item.lower)
        called = _unit_call(item, items[i + 1], scope) if i + 1 < len(items) else None
        if called is not None:
            out *= called
            i += 2
            continue
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
            arg = items[i + 1]
            called = _unit_call(arg, items[i + 2], scope) if i + 2 < len(items) else None
            if called is not None:   # tanh z(x), σ z(x′): the function of the unit at that input
                out *= _apply(item, called, scope)
                i += 3
                continue
            if isinstance(arg, Op) and arg.op == "pow" and isinstance(arg.args[0], Group) and \
                    arg.args[0].kind == "paren":   # tanh(u)^2 = (tanh u)^2, as in tanh(u)**2
                out *= _apply(item, _expr(arg.args[0], scope), scope) ** _expr(arg.args[1], scope)
                i += 2
                continue
            out *= _apply(item, _expr(arg, scope), scope)
            i += 2
            continue
        out *= _expr(item, scope)
        i += 1
    return out
