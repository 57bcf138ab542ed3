"""A kernel entry written as a sum of decimals: each written term must agree, to its own digits, with the products
of the parameters it stands for.

    K_22 = 4(0.1966)² + 0.7311² + 0.2689² + 1 = 0.1546 + 0.5345 + 0.0723 + 1 = 1.7614

is wrong even though its total agrees: 0.5345 stands for σ(1)² = 0.534447, which is 0.5344 (the house rule: a
teacher crosses the line when a written term is wrong). The terms are read in the parameters' order, each one
standing for the next run of parameters; a term is flagged only when the terms fit such runs to within one unit
in their last digit and no way of fitting them agrees in every term.
"""

from __future__ import annotations

import sympy

from .nodes import Num, Op
from .predicates import flat_sum
from .values import agrees

MAX_PARAMETERS = 200


def _number_terms(node) -> list[tuple[Num, sympy.Expr]] | None:
    """(written number, signed value) of each term of a sum of plain numbers (None: not such a sum)."""
    terms = flat_sum(node)
    if len(terms) < 2:
        return None
    out = []
    for term in terms:
        sign = 1
        if isinstance(term, Op) and term.op == "neg":
            sign, term = -1, term.args[0]
        if not isinstance(term, Num):
            return None
        out.append((term, sign * sympy.Rational(term.value.numerator, term.value.denominator)))
    return out if any(n.decimals for n, _ in out) else None


def wrong_written_term(world, node, out, r: int, c: int) -> bool:
    """Whether ``node``, a written sum of numbers for K_{rc} (of output ``out``), holds a term that disagrees with
    the parameters' products it stands for, to its digits, while the terms otherwise fit them (module doc)."""
    terms = _number_terms(node)
    if terms is None or world.P > MAX_PARAMETERS or len(terms) > world.P:
        return False
    (i, o1), (j, o2) = world.labels(out)[r - 1], world.labels(out)[c - 1]
    J = world.solution.jacobian
    try:
        products = [sympy.N(J[world.jacobian_row(i, o1), k] * J[world.jacobian_row(j, o2), k], 30)
                    for k in range(world.P)]
    except (TypeError, ValueError, IndexError):
        return False
    if any(not p.is_number for p in products):
        return False
    inf = len(terms) + 1
    # slips[t][k]: fewest terms off in their last digit when the first t terms stand for the first k parameters
    slips = [[inf] * (world.P + 1) for _ in range(len(terms) + 1)]
    slips[0][0] = 0
    for t, (number, value) in enumerate(terms, start=1):
        for k in range(1, world.P + 1):
            total = sympy.Integer(0)
            for start in range(k - 1, -1, -1):
                total += products[start]
                if slips[t - 1][start] >= inf:
                    continue
                if agrees(number, value, total):
                    slips[t][k] = min(slips[t][k], slips[t - 1][start])
                elif agrees(number, value, total, loose=True):
                    slips[t][k] = min(slips[t][k], slips[t - 1][start] + 1)
    return 0 < slips[len(terms)][world.P] < inf
