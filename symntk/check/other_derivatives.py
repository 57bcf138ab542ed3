""""The other derivatives are 0" said after some derivatives were written: the sentence and its judge.

After the learner wrote some ∂f_o/∂θ_k (as formulas or at a datapoint), "the other derivatives are 0" (German "alle
anderen Ableitungen sind 0", Icelandic "hinar afleiðurnar eru 0") claims that every ∂f_o/∂θ_k not written yet is 0.
It is correct when each of them is 0 in general, at the network's parameter values for every x, or at every datapoint;
otherwise (or when no derivative was written before it) the sentence is left as context: which derivatives it means
is not sure enough to call it wrong.
"""

from __future__ import annotations

import re

import sympy

from .judgement import Judgement

FACT = "others_zero"

_ZERO = r"(?:\$\s*0\s*\$|0(?!\d|[.,]\d)|(?:zero|null|núll)(?!\w))"
_OTHERS = re.compile(
    r"(?<![\w\\])(?:(?:all\s+)?the\s+other(?:\s+partial)?\s+derivatives\s+(?:are|=)"
    r"|(?:alle\s+)?(?:anderen|übrigen)\s+(?:partiellen\s+)?Ableitungen\s+(?:sind|=)"
    r"|(?:allar\s+)?hinar\s+(?:hluta)?afleiðurnar\s+(?:eru|=))\s+(?:alle\s+|all\s+)?" + _ZERO, re.I)


def says_others_zero(line: str) -> bool:
    """Whether a line says that the other derivatives are 0 (not negated: "are not 0" does not match)."""
    return _OTHERS.search(line[:2000]) is not None


def _zero(world, expr: sympy.Expr) -> bool:
    if sympy.simplify(expr) == 0 or sympy.simplify(world.at_values(expr)) == 0:
        return True
    return all(sympy.simplify(world.at_point(expr, i)) == 0 for i in range(1, world.N + 1))


def judge_others_zero(claim, world, j: Judgement) -> Judgement:
    """Correct when every derivative not written before the sentence is 0 (see the module doc)."""
    from .judge import ContextError

    written = {(key[1], key[2]) for key, entries in world.own.items()
               if key and key[0] in ("dsym", "dval") and any(e[2] <= claim.line for e in entries)}
    if not written:
        raise ContextError("no derivative written before")
    rest = [(o, k) for o in range(1, world.n_out + 1) for k in range(1, world.P + 1) if (o, k) not in written]
    if not rest or not all(_zero(world, world.derivative(o, k)) for o, k in rest):
        raise ContextError("the other derivatives are not all 0")
    j.target, j.label = r"\partial f", "∂f"
    j.value = sympy.Integer(0)
    j.expected, j.plain = "0", "0"
    j.verdict = "correct"
    return j
