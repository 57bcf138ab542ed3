"""The notation table: SymPy symbols ↔ what a person reads.

Symbols have plain ASCII names so that lambdified code stays readable:

=================  ====================  =====================
symbol name        LaTeX                 unicode
=================  ====================  =====================
``W_2_1_3``        ``W_{1,3}^{[2]}``     ``W⁽²⁾₁,₃``
``b_1_2_1``        ``b_{2,1}^{[1]}``     ``b⁽¹⁾₂,₁``
``x`` (n_0 = 1)    ``x``                 ``x``
``x_2`` (n_0 > 1)  ``x_{2}``             ``x₂``
=================  ====================  =====================

All indices here are 1-based, as in the math. The printers order sums and
products the way the notes write them: products outer layer first and the
input last (``W_{1,1}^{[2]} W_{1,1}^{[1]} x``); sums with the input terms
first, then the bias terms layer by layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import sympy
from sympy.printing.latex import LatexPrinter
from sympy.printing.str import StrPrinter

TIE_NODES = 60  # factors larger than this are ordered by their text (see _tie_key)
_NAME_RE = re.compile(r"^(W|b)_(\d+)_(\d+)_(\d+)$|^x(?:_(\d+))?$")
_SUB = str.maketrans("0123456789+-()", "₀₁₂₃₄₅₆₇₈₉₊₋₍₎")
_SUP = str.maketrans("0123456789+-()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾")


@dataclass(frozen=True)
class SymbolRef:
    """What a symbol stands for: kind ``W``, ``b`` or ``x`` and its 1-based indices."""

    kind: str
    layer: int  # 0 for the input
    i: int
    j: int

    def latex(self) -> str:
        if self.kind == "x":
            return "x" if self.i == 0 else f"x_{{{self.i}}}"
        return f"{self.kind}_{{{self.i},{self.j}}}^{{[{self.layer}]}}"

    def unicode(self) -> str:
        if self.kind == "x":
            return "x" if self.i == 0 else "x" + str(self.i).translate(_SUB)
        sup = f"({self.layer})".translate(_SUP)
        return f"{self.kind}{sup}{str(self.i).translate(_SUB)},{str(self.j).translate(_SUB)}"


def weight(layer: int, i: int, j: int) -> sympy.Symbol:
    """W_{i,j}^{[layer]} (1-based) as the SymPy symbol ``W_layer_i_j``."""
    return sympy.Symbol(f"W_{layer}_{i}_{j}", real=True)


def bias(layer: int, i: int) -> sympy.Symbol:
    """b_{i,1}^{[layer]} (1-based) as the SymPy symbol ``b_layer_i_1``."""
    return sympy.Symbol(f"b_{layer}_{i}_1", real=True)


def inputs(n0: int) -> list[sympy.Symbol]:
    """The input symbols: ``x`` when n_0 = 1, else ``x_1 … x_{n_0}``."""
    if n0 == 1:
        return [sympy.Symbol("x", real=True)]
    return [sympy.Symbol(f"x_{j}", real=True) for j in range(1, n0 + 1)]


def lookup(symbol: sympy.Symbol) -> SymbolRef | None:
    """The :class:`SymbolRef` of a symbol made by this module, else None."""
    m = _NAME_RE.match(symbol.name)
    if not m:
        return None
    if m.group(1):
        return SymbolRef(m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4)))
    return SymbolRef("x", 0, int(m.group(5) or 0), 0)


def symbol_latex(symbol: sympy.Symbol) -> str:
    """LaTeX of one symbol, e.g. ``W_{1,3}^{[2]}``."""
    ref = lookup(symbol)
    return ref.latex() if ref else sympy.latex(sympy.Symbol(symbol.name))


def symbol_unicode(symbol: sympy.Symbol) -> str:
    """Unicode of one symbol, e.g. ``W⁽²⁾₁,₃``."""
    ref = lookup(symbol)
    return ref.unicode() if ref else _GREEK.get(symbol.name, symbol.name)


_GREEK = {"lambda": "λ", "eta": "η", "theta": "θ", "delta": "δ", "sigma": "σ", "t": "t"}


@lru_cache(maxsize=65536)
def _symbols(expr: sympy.Expr) -> frozenset:
    """``expr.free_symbols``, memoized (sort keys ask it of the same large factors many times)."""
    if expr.is_Atom:
        return frozenset(expr.free_symbols)
    return frozenset().union(*(_symbols(a) for a in expr.args))


@lru_cache(maxsize=65536)
def _factor_rank(expr: sympy.Expr) -> tuple:
    """Sort key of a factor: numbers, then parameters from the outer layer in,
    functions of z^{[l]} just after the layer-(l+1) parameters, input last."""
    if expr.is_Number:
        return (0,)
    if expr.is_Pow:
        return _factor_rank(expr.base)
    if isinstance(expr, sympy.Symbol):
        ref = lookup(expr)
        if ref is None:
            layer = _layer_input(expr)
            return (1, 0, expr.name) if layer is None else (1, -2 * layer - 1, expr.name)
        if ref.kind == "x":
            return (3, ref.i)
        return (1, -2 * ref.layer, ref.kind, ref.i, ref.j)
    layers = [r.layer for r in map(lookup, _symbols(expr)) if r and r.kind != "x"]
    layers += [layer for layer in map(_layer_input, _symbols(expr)) if layer is not None]
    return (1, -2 * max(layers, default=0) - 1, _tie_key(expr))


_LAYER_INPUT = re.compile(r"^z_(\d+)_\d+$")


def _layer_input(symbol: sympy.Symbol) -> int | None:
    """l for a named layer input z_i^{[l]} (symbol ``z_l_i``, a derivation's shorthand), else None:
    φ_l′(z_i^{[l]}) is ordered like φ_l′ of the sum it names."""
    m = _LAYER_INPUT.match(symbol.name)
    return int(m[1]) if m else None


def _tie_key(expr: sympy.Expr) -> tuple:
    """Order among the functions of one layer: SymPy's default sort key for small factors; large
    ones (a step(z) of a wide layer) after them, by their function and their symbols' names
    (ties keep SymPy's order), since the default key sorts every nested sum and takes seconds."""
    for n, _ in enumerate(sympy.preorder_traversal(expr), start=1):
        if n > TIE_NODES:
            return (1, type(expr).__name__, tuple(sorted(s.name for s in _symbols(expr))))
    return (0, sympy.default_sort_key(expr))


def _term_rank(term: sympy.Expr) -> tuple:
    """Sort key of a term of a sum: constants first, then terms with the input,
    then terms that start at b^{[1]}, b^{[2]}, …; ties by their factors."""
    symbols = _symbols(term)
    refs = [lookup(s) for s in symbols if isinstance(s, sympy.Symbol)]
    refs = [r for r in refs if r]
    poly_vars = [s for s in symbols if isinstance(s, sympy.Symbol) and s.name == "lambda"]
    if poly_vars:
        return (-100 - int(sympy.degree(term, poly_vars[0])), [])
    if not symbols:
        origin = -1
    elif any(r.kind == "x" for r in refs):
        origin = 0
    else:
        origin = min((r.layer for r in refs if r.kind == "b"), default=10**6)
    factors = sorted(sympy.Mul.make_args(term), key=_factor_rank)
    return (origin, [_factor_rank(f) for f in factors if not f.is_Number])


@lru_cache(maxsize=8192)
def ordered(expr: sympy.Expr) -> sympy.Expr:
    """The same expression with sums and products in notes order (unevaluated).

    Memoized, like the sort keys below: nested expressions (deep tanh
    networks) share subexpressions, and recomputing their keys at every level
    made printing one gradient take seconds."""
    if expr.is_Atom:
        return expr
    args = [ordered(a) for a in expr.args]
    if expr.is_Add:
        pairs = sorted(zip(expr.args, args), key=lambda p: _add_key(p[0]))
        return sympy.Add(*[a for _, a in pairs], evaluate=False)
    if expr.is_Mul:
        pairs = sorted(zip(expr.args, args), key=lambda p: _mul_key(p[0]))
        return sympy.Mul(*[a for _, a in pairs], evaluate=False)
    if expr.is_Pow or isinstance(expr, sympy.Function):  # rebuilt as they are: tanh(…) re-checks its argument
        return expr.func(*args, evaluate=False)
    return expr.func(*args)


@lru_cache(maxsize=65536)
def _add_key(term: sympy.Expr) -> tuple:
    return _term_key(term)


@lru_cache(maxsize=65536)
def _mul_key(factor: sympy.Expr) -> tuple:
    return _term_key(_factor_rank(factor))


def _term_key(item) -> tuple:
    rank = _term_rank(item) if isinstance(item, sympy.Expr) else item
    return _comparable(rank)


def _comparable(value):
    """Turn nested tuples/lists of ints and strings into totally ordered tuples."""
    if isinstance(value, list):
        return tuple(_comparable(v) for v in value)
    if isinstance(value, tuple):
        try:
            return _comparable_tuple(value)
        except TypeError:  # a list inside: not hashable, so not memoized
            return tuple(_comparable(v) for v in value)
    if isinstance(value, int):
        return (0, value, "")
    return (1, 0, str(value))


@lru_cache(maxsize=65536)
def _comparable_tuple(value: tuple) -> tuple:
    """:func:`_comparable` of a tuple, memoized: the sort keys of nested sums (default_sort_key
    of deep backprop signals) repeat the same subtrees many times over."""
    return tuple(_comparable(v) for v in value)


class NotationLatexPrinter(LatexPrinter):
    """SymPy's LaTeX printer with the notation table and notes ordering."""

    def __init__(self, settings=None):
        super().__init__({"order": "none", **(settings or {})})

    def _print_Symbol(self, expr, style="plain"):
        return symbol_latex(expr)

    def _print_step(self, expr, exp=None):
        return self._fn(r"\operatorname{relu}'", expr, exp)

    def _print_relu(self, expr, exp=None):
        return self._fn(r"\operatorname{relu}", expr, exp)

    def _print_sigmoid(self, expr, exp=None):
        return self._fn(r"\sigma", expr, exp)

    def _print_softplus(self, expr, exp=None):
        return self._fn(r"\operatorname{softplus}", expr, exp)

    def _fn(self, name, expr, exp):
        head = name if exp is None else f"{name}^{{{exp}}}"
        return rf"{head}\left({self._print(expr.args[0])}\right)"


class NotationUnicodePrinter(StrPrinter):
    """One-line unicode math for the terminal, with the notation table."""

    def __init__(self, settings=None):
        super().__init__({"order": "none", **(settings or {})})

    def _print_Symbol(self, expr):
        return symbol_unicode(expr)

    def _print_Mul(self, expr):
        text = super()._print_Mul(expr)
        return text.replace("*", "·")

    def _print_Pow(self, expr, rational=False):
        base, exp = expr.args
        if exp is sympy.S.Half:
            return f"√{self.parenthesize(base, 1000)}" if not base.is_Atom else f"√{self._print(base)}"
        if exp.is_Integer and exp > 1:
            sup = str(exp).translate(_SUP)
            if isinstance(base, sympy.Function) and len(base.args) == 1:
                head, _, rest = self._print(base).partition("(")
                return f"{head}{sup}({rest}"
            return self.parenthesize(base, 1000) + sup
        return super()._print_Pow(expr, rational)

    def _print_sigmoid(self, expr):
        return f"σ({self._print(expr.args[0])})"

    def _print_step(self, expr):
        return f"relu′({self._print(expr.args[0])})"


def latex(expr: sympy.Expr) -> str:
    """LaTeX of an expression in the notes' notation and order."""
    return NotationLatexPrinter().doprint(ordered(sympy.sympify(expr, strict=True)))


def unicode(expr: sympy.Expr) -> str:
    """One-line unicode of an expression in the notes' notation and order."""
    return NotationUnicodePrinter().doprint(ordered(sympy.sympify(expr, strict=True)))
