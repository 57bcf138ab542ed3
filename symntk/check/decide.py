"""What every judge shares: matching a written value against a true one, and deciding the verdict.

A wrong value is *carried* when it equals the learner's own value (computed by
:class:`~symntk.check.world.World` from their earlier claims) or the member before
it in the same chain when that member was not correct.
"""

from __future__ import annotations

import sympy

from .. import notation
from . import wrong_numbers
from .feedback import Feedback
from .judgement import Judgement
from .values import agrees
from .world import World


def start(claim, number: int) -> Judgement:
    """An undecided judgement of ``claim``."""
    return Judgement(f"c{number}", claim.line, claim.kind, claim.claimed, "unreadable")


def names_parameters(node, world: World | None = None) -> bool:
    """Whether the written formula names a weight or bias itself (then it must be right as written, not only
    at the parameter values): W, b, w, θ, or (with ``world``) a name of the learner's own that stands for one
    parameter (v_2 for W^{[2]}_{1,2}); the learner's names for units (h_1) do not count."""
    from .meaning import key
    from .nodes import Sym
    from .predicates import walk

    if node is None or any(isinstance(n, Sym) and n.name in ("W", "b", "w", "theta") for n in walk(node)):
        return True
    if world is None:
        return False
    aliases = world.scope.aliases
    params = {t.symbol for t in world.net.theta}
    return any(isinstance(n, Sym) and aliases.get(key(n)) in params for n in walk(node))


def matches(world: World, node, claimed: sympy.Expr, true: sympy.Expr | None, at_points: bool = True,
            own_names: bool = False) -> bool:
    """``claimed`` is ``true``: as written, with the parameter values put in, or (``at_points``) at one of the
    datapoints; with ``own_names`` (a derivative as a formula) a formula in the learner's own names for the
    parameters only as written."""
    if true is None:
        return False
    if agrees(node, claimed, true):
        return True
    if names_parameters(node, world if own_names else None):
        return _partly_valued(world, node, claimed, true)
    valued = world.at_values(true)
    if valued is not true and agrees(node, world.at_values(claimed), valued):
        return True
    if at_points and not (claimed.free_symbols & set(world.net.x)) and valued.free_symbols & set(world.net.x):
        return any(agrees(node, claimed, world.at_point(true, i)) for i in range(1, world.N + 1))
    return False


def _partly_valued(world: World, node, claimed: sympy.Expr, true: sympy.Expr) -> bool:
    """``relu(W^{[1]}_1 x + b^{[1]}_1) + 2 relu(W^{[1]}_2 x + b^{[1]}_2)`` "with the values": a formula that keeps
    some weights and biases by name and writes every entry of the others as its given value. The entries it names
    stay names (so a wrong index is still wrong); the others are put in, in the truth only. The values must show:
    a tensor with one entry named is kept whole, and some value put in is neither 0 nor 1 (dropping a zero bias
    or a factor 1 from a formula that names parameters stays wrong) unless the line says in words that the given
    values are put in (``með gefnu W^{[2]}``, ``W^{[2]} eingesetzt``, ``with the given values``: put_in.py)."""
    named = claimed.free_symbols & set(world.net.parameters())
    if not named:
        return False
    tensors = {(t.kind, t.layer) for t in world.net.theta if t.symbol in named}
    dropped = [t for t in world.net.theta if t.symbol in true.free_symbols and t.symbol not in named]
    if any((t.kind, t.layer) in tensors for t in dropped):
        return False
    values = world.solution.values
    if not dropped or not any(values[t.symbol] not in (0, 1) for t in dropped) and world.line not in world.put_in_lines:
        return False
    partly = true.xreplace({t.symbol: values[t.symbol] for t in dropped})
    return agrees(node, claimed, partly)


LABELS = {"expansion": "f(x)", "output_value": "f", "theta": "θ", "parameter_count": "P",
          "gradient_vector": "∇θ f", "jacobian": "J", "kernel_matrix": "K", "characteristic_polynomial": "det(K − λI)",
          "trace": "tr K", "determinant": "det K", "eigenvalues": "λ"}
TARGETS = {"expansion": "f(x)", "output_value": "f", "theta": r"\theta", "parameter_count": "P",
           "gradient_vector": r"\nabla_\theta f", "jacobian": "J", "kernel_matrix": "K",
           "characteristic_polynomial": r"\det(K - \lambda I)", "trace": r"\operatorname{tr} K",
           "determinant": r"\det K", "eigenvalues": r"\lambda"}


def decide(j: Judgement, world: World, claim, claimed, ok: bool, own_ok: bool, expected, same=None) -> Judgement:
    """Set the verdict: correct, carried (own work, or the previous step of the chain), or wrong; a carried
    claim names the learner's last real mistake before it. A decimal is judged against the true value to the
    digits written: with no real mistake before it, one that only follows from the learner's own rounded values
    (``2,86228 − 2,55458 = 0,30770`` for 0,307695, which is 0,30769) is wrong, not carried: rounding right
    inputs is no earlier mistake (the house rule: a decimal is correct when it agrees with the true value to the
    digits written, rounded or truncated)."""
    if own_ok and not ok and world.last_mistake[0] is None and _written_decimal(claim, claimed):
        own_ok = False
    j.value = expected
    j.expected = _latex(expected)
    j.target = j.target or TARGETS.get(claim.kind, "")
    j.label = j.label or LABELS.get(claim.kind, "")
    j.plain = _plain(expected)
    places = _places(claim)
    if places and isinstance(expected, sympy.Expr) and expected.is_number and not expected.is_Rational and \
            expected.is_real:   # λ₁ ≈ 26,71: the right value (27 + √697)/2 ≈ 26,70 to the digits written
        shown = f"{sympy.N(expected, 30):.{places}f}"
        j.expected, j.plain = f"{j.expected} \\approx {shown}", f"{j.plain} ≈ {shown}"
        if expected.atoms(sympy.Float):   # a value known only numerically: two digits more than written
            shown = f"{sympy.N(expected, 30):.{places + 2}f}"
            j.expected, j.plain = f"\\approx {shown}", f"≈ {shown}"
    if ok:
        j.verdict = "correct"
        wrong_numbers.inherit(world, claim, claimed)
    else:
        j.verdict = "wrong"
        previous = world.claimed.get(id(claim.previous)) if claim.previous is not None else None
        follows = previous is not None and previous[1] != "correct" and same is not None and same(previous[0])
        if not (own_ok or follows):   # 1 − 0,7299 after their wrong σ(1) ≈ 0,7299: right from that number
            follows = not wrong_numbers.rerounded_slip(world, claim, claimed) and (
                wrong_numbers.follows(world, claim.value, expected) or
                wrong_numbers.follows_previous(world, claim, claimed, expected))
        wrong_numbers.remember(world, claim.value, claimed, expected)
        if own_ok or follows:
            j.mark_carried(world)
        else:
            if previous is not None and isinstance(previous[0], sympy.Expr) and previous[0].is_number and \
                    isinstance(claimed, sympy.Expr) and claimed.is_number and previous[0] != claimed:
                j.feedback.append(Feedback("arithmetic", {"written": claimed, "total": previous[0]}))
            j.mark_wrong(world)
    world.claimed[id(claim.value)] = (claimed, "correct" if ok else "carried" if j.carried else "wrong")
    wrong_numbers.note_decimal(world, claim, claimed)
    return j


def _written_decimal(claim, claimed) -> bool:
    """Whether the claim is one number written with decimals (``0,30770``, ``≈ 3.293``), or a vector or matrix
    of numbers written as such, some with decimals (``(0.8400, 0.8400, 0.7616, 1)``)."""
    from .compare import written_number
    from .nodes import Node

    value = getattr(claim, "value", None)
    number = written_number(value)
    if number is not None:
        return number.decimals is not None and isinstance(claimed, sympy.Expr) and claimed.is_number
    entries = _written_entries(value) if isinstance(value, Node) else None
    if not entries or not _all_numbers(claimed):
        return False
    numbers = [written_number(e) for e in entries]
    return all(n is not None for n in numbers) and any(n.decimals is not None for n in numbers)


def _written_entries(node) -> list | None:
    """The entries of a written vector or matrix, None when it is neither."""
    from .syntax import UnreadableError
    from .values import items, matrix_rows

    for read in (lambda n: [v for row in matrix_rows(n)[0] for v in row], items):
        try:
            return read(node)
        except UnreadableError:
            continue
    return None


def _all_numbers(claimed) -> bool:
    """Whether ``claimed`` is a list or matrix of numbers."""
    values = list(claimed) if isinstance(claimed, (list, tuple, sympy.MatrixBase)) else None
    return bool(values) and all(isinstance(v, sympy.Expr) and v.is_number for v in values)


def _places(claim) -> int | None:
    """The decimals of a claim written as a decimal (``≈ 26.71``: 2), None for an exact one."""
    from .nodes import Node
    from .values import decimals_in

    value = getattr(claim, "value", None)
    return decimals_in(value) if isinstance(value, Node) else None


def _plain(value) -> str:
    """A value in unicode, for the terminal."""
    if value is None:
        return ""
    if isinstance(value, sympy.MatrixBase):
        return "[" + "; ".join(", ".join(notation.unicode(v) for v in value.row(r)) for r in range(value.rows)) + "]"
    if isinstance(value, (list, tuple)):
        return "(" + ", ".join(_plain(v) for v in value) + ")"
    if isinstance(value, sympy.Basic):
        return notation.unicode(value)
    return str(value)


def _latex(value) -> str:
    if value is None:
        return ""
    if isinstance(value, sympy.MatrixBase):
        return r"\begin{bmatrix} " + r" \\ ".join(" & ".join(notation.latex(v) for v in value.row(r))
                                                  for r in range(value.rows)) + r" \end{bmatrix}"
    if isinstance(value, (list, tuple)):
        return "(" + ", ".join(_latex(v) for v in value) + ")"
    if isinstance(value, sympy.Basic):
        return notation.latex(value)
    return str(value)


def approximation(claim) -> bool:
    """Whether the claim is a decimal approximation of the member before it (``= 5 − 4t ≈ 1.9536``)."""
    from .values import decimals_in

    return claim.previous is not None and decimals_in(claim.value) is not None and \
        decimals_in(claim.previous) is None
