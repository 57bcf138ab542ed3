"""A notebook code cell pasted with what it printed in the same fence: the code, then its output lines.

Notes written in Org-mode (a ``#+begin_src python`` block and its ``: …`` results, see :mod:`symntk.check.org`)
or pasted from a terminal keep a program and its output in one block. When a Python cell's statements are code
first and outputs after it (nothing but outputs after the first one), the outputs are read as the cell's
output (:func:`symntk.check.pasted.output_claims`): the n-th printed line is what the n-th ``print`` shows, and
``print(a, b)`` prints its values side by side. An array the code assigns as a literal
(``J = np.array([[1, 0], …])``) is the learner's own value, read as in a notebook cell
(:func:`symntk.check.pasted.fence_claims`). A value computed by plain arithmetic on numbers (``12 + np.sqrt(90)``,
``(43 - math.sqrt(1445))/2``) names no quantity of its own: it is a numeric check of the closed form written right
before the block (``λ = 12 ± √90``), so it claims what that line names.
"""

from __future__ import annotations

import re

from .pasted import _statements, displayed, fence_claims, output_claims

_FUNCTION = re.compile(r"(?:(?:np|numpy|math|sp|sympy)\.)?(?:sqrt|exp|log)(?=\s*\()")
_ARITHMETIC = re.compile(r"[\d\s.+\-*/()]{1,200}")


def _arithmetic(producer: str) -> bool:
    """Plain arithmetic on numbers (with √, exp, log): ``12 + np.sqrt(90)``."""
    bare = _FUNCTION.sub("", producer)
    return bool(_ARITHMETIC.fullmatch(bare)) and bool(re.search(r"\d\s*[-+*/]|\)\s*[-+*/]", bare))


def _named_by(shown: list, before: str) -> list:
    """``shown`` with each producer that is plain arithmetic named by ``before`` (the line right before the block)."""
    out = []
    for producer, label in shown:
        parts = producer.split("\n")
        if any(_arithmetic(p) for p in parts):
            parts = [f"{before} #{n}" if _arithmetic(p) else p for n, p in enumerate(parts)]
        out.append(("\n".join(parts), label))
    return out


def cell_output_claims(body: str, before: str = "") -> list[tuple[int, str, bool]] | None:
    """(offset in ``body``, claim, certain) of the outputs after a code cell's code in one fence body, or None
    when the body is not code followed by outputs only, is a session with prompts, or the outputs do not fit what
    the code shows;
    ``before`` is the line before the block."""
    statements = list(_statements(body))
    if any(prompted for _, _, _, prompted in statements):   # >>> prompts: a session, read statement by statement
        return None
    first = next((n for n, (_, _, is_output, _) in enumerate(statements) if is_output), None)
    if not first or any(not is_output for _, _, is_output, _ in statements[first:]):
        return None
    start = statements[first][0]
    shown = displayed(body[:start])
    if not shown:
        return None
    shown = _named_by(shown, before) if before else shown
    found = output_claims(body[start:], shown)
    if found is None:
        return None
    typed = fence_claims(body[:start], before, True, True)   # J = np.array([[1, 0], [2, 1]]): the learner's own J
    return typed + [(start + offset, claim, certain) for offset, claim, certain in found]
