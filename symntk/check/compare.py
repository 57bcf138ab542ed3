"""Deciding whether a learner's value or expression equals the true one.

* Expressions: equivalent when ``expand(claimed − true) == 0`` (structural
  comparison after expansion), decided under a time limit; when expansion is
  too large or slow, or transcendental functions leave a non-zero difference
  (sech² vs 1 − tanh²), both are evaluated exactly at random rational points
  and compared to 40 digits.
* Numbers: an integer or fraction must be exact; a decimal with d written
  decimals matches a value v when it is v rounded to d decimals or v cut off
  (truncated) after d decimals.
"""

from __future__ import annotations

import random
import signal
import threading
from contextlib import contextmanager
from fractions import Fraction
from functools import lru_cache

import mpmath
import sympy

from .syntax import Group, Node, Num, Op

SECONDS = 3.0
MAX_TERMS = 20_000
DIGITS = 50


class UndecidedError(Exception):
    """A symbolic comparison that ran out of time."""


@contextmanager
def deadline(seconds: float = SECONDS):
    """Raise :class:`UndecidedError` inside the block after ``seconds`` (main thread, Unix);
    elsewhere the block runs unbounded (sizes are bounded before it is entered)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _raise(signum, frame):
        raise UndecidedError()

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def expanded_size(expr: sympy.Expr) -> int:
    """An upper bound on the number of terms of ``expand(expr)``."""
    if expr.is_Add:
        return sum(expanded_size(a) for a in expr.args)
    if expr.is_Mul:
        out = 1
        for a in expr.args:
            out *= expanded_size(a)
            if out > MAX_TERMS:
                return out
        return out
    if expr.is_Pow and expr.exp.is_Integer and expr.exp > 0:
        return expanded_size(expr.base) ** min(int(expr.exp), 64)
    return 1


def difference(claimed: sympy.Expr, true: sympy.Expr) -> sympy.Expr | None:
    """``expand(claimed − true)``, or None when too large or too slow to expand."""
    diff = claimed - true
    if expanded_size(diff) > MAX_TERMS:
        return None
    try:
        with deadline():
            return sympy.expand(diff)
    except UndecidedError:
        return None


def _random_points(symbols, count: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield {s: sympy.Rational(rng.randint(-97, 97), rng.randint(1, 31)) for s in symbols}


def numerically_equal(a: sympy.Expr, b: sympy.Expr, count: int = 4) -> bool:
    """a and b agree at ``count`` random rational points (to 40 digits)."""
    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)   # b's too: they scale the tolerance
    for point in _random_points(symbols, count, seed=len(symbols) * 7919 + count):
        try:
            with deadline():
                d = sympy.N((a - b).xreplace(point), DIGITS)
        except UndecidedError:
            return False
        if not d.is_Number or abs(d) > sympy.Float(10) ** -40 * (1 + abs(sympy.N(b.xreplace(point), 20))):
            return False
    return True


def equivalent(claimed: sympy.Expr, true: sympy.Expr) -> bool:
    """Algebraic equivalence (see the module doc)."""
    diff = difference(claimed, true)
    if diff is not None and diff == 0:
        return True
    if diff is not None and not diff.atoms(sympy.Function) and not diff.atoms(sympy.Pow):
        return False  # a non-zero polynomial difference: certainly different
    return numerically_equal(claimed, true)


def written_number(node: Node | None) -> Num | None:
    """The number literal a node is (a sign and brackets allowed), else None."""
    sign = 1
    while True:
        if isinstance(node, Group) and len(node.items) == 1:
            node = node.items[0]
        elif isinstance(node, Op) and node.op == "neg":
            sign, node = -sign, node.args[0]
        else:
            break
    if isinstance(node, Num):
        return node if sign == 1 else Num(-node.value, node.decimals, "-" + node.text)
    return None


def as_compared(expr: sympy.Expr) -> sympy.Expr:
    """A true value as claims are compared with it: itself when algebraic; a closed form in e or an activation
    (a sigmoid kernel's det K) as a decimal of DIGITS + 10 digits, since it is compared with claims numerically
    and evaluating the closed form again for every claim costs seconds."""
    if isinstance(expr, sympy.Expr) and not expr.free_symbols and expr.atoms(sympy.Function):
        return sympy.N(expr, DIGITS + 10)
    return expr


def _value(expr: sympy.Expr) -> mpmath.mpf:
    with mpmath.workdps(DIGITS + 10):
        return mpmath.mpf(_numeric(expr))


@lru_cache(maxsize=4096)
def _numeric(expr: sympy.Expr) -> sympy.Float:
    """``expr`` to DIGITS + 10 digits (remembered: the same true value is compared with many claims)."""
    return sympy.N(expr, DIGITS + 10)


def at_precision(written: Num, true: sympy.Expr) -> str | None:
    """``"exact"``, ``"rounded"`` or ``"truncated"`` when the written decimal matches ``true``, ``"single"`` when
    it is a printout of seven or more significant digits that single-precision arithmetic gives (a notebook's
    float32 ``array([ 2.38422835, …])`` for 10 − √58 = 2.3842268…), else None."""
    c = Fraction(written.value)
    if not true.is_real and not true.is_number:
        return None
    with mpmath.workdps(DIGITS + 10):
        v = _value(true)
        if abs(mpmath.mpf(c.numerator) / c.denominator - v) < mpmath.mpf(10) ** (-DIGITS):
            return "exact"
        d = written.decimals or 0
        if written.decimals is None:
            return None
        scale = mpmath.mpf(10) ** d
        cut = mpmath.floor(abs(v) * scale) / scale * (1 if v >= 0 else -1)
        cv = mpmath.mpf(c.numerator) / c.denominator
        if abs(cut - cv) < mpmath.mpf(10) ** (-DIGITS):
            return "truncated"
        if abs(cv - v) <= mpmath.mpf(5) / (10 * scale) + mpmath.mpf(10) ** (-DIGITS):
            return "rounded"
        if _significant(written.text) >= SINGLE_DIGITS and abs(cv - v) <= SINGLE_SLACK * abs(v):
            return "single"
    return None


SINGLE_DIGITS = 7            # a decimal with this many significant digits is a program's printout, not typed
SINGLE_SLACK = 2.0 ** -20    # 8 units in the last place of single precision (float32, torch's default)


def _significant(text: str) -> int:
    """The significant digits of a decimal as written (``0.0023840`` → 5)."""
    digits = "".join(ch for ch in text.split("e")[0].split("E")[0] if ch.isdigit())
    return len(digits.lstrip("0"))


def rounds_to(written: Num, true: sympy.Expr) -> bool:
    """Whether the written decimal is ``true`` rounded to its decimals (|written − true| ≤ ½·10^-d)."""
    c = Fraction(written.value)
    with mpmath.workdps(DIGITS + 10):
        diff = abs(mpmath.mpf(c.numerator) / c.denominator - _value(true))
        return bool(diff <= mpmath.mpf(5) / 10 ** ((written.decimals or 0) + 1) + mpmath.mpf(10) ** (-DIGITS))


def same_number(node: Node | None, claimed: sympy.Expr, true: sympy.Expr) -> bool:
    """A claimed number equals ``true``: at the written precision for a decimal, else exactly."""
    num = written_number(node)
    if num is not None and num.decimals is not None:
        return at_precision(num, true) is not None
    try:
        if claimed.is_Rational and true.is_Rational:
            return claimed == true
        return bool(abs(_value(claimed - true)) < mpmath.mpf(10) ** (-40) * (1 + abs(_value(true))))
    except (TypeError, ValueError):
        return equivalent(claimed, true)
