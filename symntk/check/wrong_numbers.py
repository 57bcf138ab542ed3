"""A wrong decimal used again: a later step that is right once that number stands for its true value is carried.

A learner who rounds e^{−1} to 0,37 writes σ(1) ≈ 0,7299 (wrong: 0,7311) and then σ(−1) = 1 − 0,7299, σ′(1) =
0,7299 · 0,2701 ≈ 0,1971, ∂f/∂w = 1 · 0,1971 · 1. Each later step is false only through the wrong numbers it
reuses. So every number written as a value and judged wrong or carried is remembered with the true value it
stood for (:func:`remember`), and a wrong step is carried when, with each remembered number it holds put back
to that true value, it is right to the decimals written (:func:`follows`). A shorter restatement of a decimal
written just before on the same line for the same target (``λ₁ ≈ 3,2930, i.e. about 3,30``) is a re-rounding of
that value: it must agree with it to its own digits, else it is a new slip (:func:`rerounded_slip`).
"""

from __future__ import annotations

import dataclasses

import sympy

from .compare import written_number
from .nodes import Node, Num, Sym
from .predicates import walk
from .values import agrees, items
from .world import World

MAX_REMEMBERED = 200
_MEMBER_FIELDS = {"line", "value", "claimed", "previous", "source", "soft", "general"}


def _pairs(node, claimed, expected) -> list[tuple[Node, sympy.Expr, sympy.Expr]]:
    """(entry node, written value, true value) for a scalar or, entry by entry, for a vector."""
    if isinstance(claimed, sympy.Expr) and isinstance(expected, sympy.Expr):
        return [(node, claimed, expected)]
    if isinstance(claimed, (list, tuple)) and isinstance(expected, (list, tuple)) and len(claimed) == len(expected):
        try:
            nodes = items(node)
        except Exception:   # noqa: BLE001 - any node that is not a written vector has no entries
            return []
        if len(nodes) == len(claimed):
            return [(n, c, e) for n, c, e in zip(nodes, claimed, expected)
                    if isinstance(c, sympy.Expr) and isinstance(e, sympy.Expr)]
    return []


def _valued(world: World, expr: sympy.Expr) -> sympy.Expr:
    """``expr`` at the parameters' values, and at the datapoint the notes are at when x is left."""
    value = world.at_values(expr)
    point = world.current_point
    if value.free_symbols & set(world.net.x) and point is not None and 1 <= point <= world.N:
        value = world.at_point(expr, point)
    return value


def remember(world: World, node, claimed, expected) -> None:
    """Each written decimal of a wrong or carried value, with the true value (at the parameters' values) it
    stood for."""
    for entry, value, true in _pairs(node, claimed, expected):
        number = written_number(entry)
        if number is None or number.decimals is None or not value.is_Rational:
            continue
        true = _valued(world, true)
        if true.is_number and not agrees(entry, value, true) and len(world.wrong_numbers) < MAX_REMEMBERED:
            world.wrong_numbers[number.value] = true


def _put_back(node: Node, names: dict) -> Node:
    """``node`` with every remembered number replaced by a name (``names``: value → Sym)."""
    if isinstance(node, Num):
        return names.get(node.value, node)
    if not dataclasses.is_dataclass(node):
        return node
    changes = {}
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if isinstance(value, Node):
            changes[field.name] = _put_back(value, names)
        elif isinstance(value, tuple) and any(isinstance(v, (Node, tuple)) for v in value):
            changes[field.name] = tuple(_put_back(v, names) if isinstance(v, Node) else
                                        tuple(_put_back(w, names) if isinstance(w, Node) else w for w in v)
                                        if isinstance(v, tuple) else v for v in value)
    return dataclasses.replace(node, **changes) if changes else node


def _with_true_numbers(world: World, node) -> sympy.Expr | None:
    """The value of ``node`` with each remembered wrong number in it put back to its true value (None: it
    holds none, or cannot be evaluated)."""
    from .meaning import key, to_sympy

    used = {n.value for n in walk(node) if isinstance(n, Num) and n.value in world.wrong_numbers}
    if not used:
        return None
    names = {v: Sym("wrongnumber", (Num(sympy.Integer(n), None, str(n)),)) for n, v in enumerate(sorted(used))}
    aliases = {key(s): world.wrong_numbers[v] for v, s in names.items()}
    world.scope.aliases.update(aliases)
    try:
        return _valued(world, to_sympy(_put_back(node, names), world.scope))
    except Exception:   # noqa: BLE001 - a step that cannot be evaluated this way gives nothing
        return None
    finally:
        for name in aliases:
            world.scope.aliases.pop(name, None)


def follows(world: World, node, expected) -> bool:
    """Whether the written value is right once each remembered wrong number in it stands for its true value."""
    if not world.wrong_numbers:
        return False
    pairs = _pairs(node, expected, expected)
    if not pairs:
        return False
    for entry, _, true in pairs:
        value = _with_true_numbers(world, entry)
        if value is None or not agrees(entry, value, _valued(world, true), loose=True):
            return False
    return True


def set_follows(world: World, nodes, values, reference) -> bool:
    """Whether several written values of an unordered set (the eigenvalues ``λ ≈ 0, 44,51, 1,49`` after a wrong
    λ₃ ≈ 1,49) are distinct members of ``reference`` once each remembered wrong number in them stands for its true
    value, and at least one of them held such a number."""
    if not world.wrong_numbers or len(values) < 2 or len(values) > len(reference):
        return False
    left, used = list(reference), False
    for node, value in zip(nodes, values):
        restored = _with_true_numbers(world, node)
        used = used or restored is not None
        value = value if restored is None else restored
        hit = next((r for r in left if agrees(node, value, _valued(world, r), loose=True)), None)
        if hit is None:
            return False
        left.remove(hit)
    return used


def inherit(world: World, claim, claimed) -> None:
    """A right step from remembered numbers to a new decimal (``1 − 0,5776 = 0,4224``): the new decimal is
    remembered too, standing for the step's value with the true numbers put back."""
    number = written_number(claim.value)
    if not world.wrong_numbers or claim.previous is None or number is None or number.decimals is None or \
            number.value in world.wrong_numbers or len(world.wrong_numbers) >= MAX_REMEMBERED:
        return
    value = _with_true_numbers(world, claim.previous)
    if value is not None and value.is_number and not agrees(claim.value, claimed, value):
        world.wrong_numbers[number.value] = value


def follows_previous(world: World, claim, claimed, expected) -> bool:
    """Whether the written value is the member before it worked out (``0,7299 · 0,2701 ≈ 0,1971``) and that
    member follows from remembered wrong numbers."""
    from .meaning import to_sympy

    previous = claim.previous
    if previous is None or not isinstance(claimed, sympy.Expr) or not world.wrong_numbers:
        return False
    try:
        before = to_sympy(previous, world.scope)
    except Exception:   # noqa: BLE001 - a member that cannot be evaluated gives nothing to follow
        return False
    return agrees(claim.value, claimed, before, loose=True) and follows(world, previous, expected)


def _target(claim) -> tuple:
    """What a claim is about: its kind and the fields that name one target of that kind (all but the member)."""
    return (claim.kind,) + tuple(repr(getattr(claim, f.name)) for f in dataclasses.fields(claim)
                                 if f.name not in _MEMBER_FIELDS)


def rerounded_slip(world: World, claim, claimed) -> bool:
    """Whether the written decimal restates, to fewer digits, a decimal written just before on the same line for
    the same target and does not agree with it to its own digits (3,2930 restated as 3,30): a new slip."""
    number = written_number(claim.value)
    before = world.line_decimals.get((claim.line, _target(claim)))
    if number is None or number.decimals is None or before is None or not isinstance(claimed, sympy.Expr):
        return False
    decimals, value = before
    return decimals > number.decimals and claimed.is_Rational and not agrees(claim.value, claimed, value)


def note_decimal(world: World, claim, claimed) -> None:
    """Remember the decimal a claim writes, for a restatement later on the same line (:func:`rerounded_slip`)."""
    number = written_number(claim.value)
    if number is not None and number.decimals is not None and isinstance(claimed, sympy.Expr) and \
            claimed.is_Rational:
        world.line_decimals[(claim.line, _target(claim))] = (number.decimals, claimed)
