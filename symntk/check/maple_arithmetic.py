"""Arithmetic in numbers typed at a Maple prompt (``(21 + 20.1)/2;``, ``evalf(sqrt(405), 3);``) and the value
Maple printed below it, as one claim of the notes (for :mod:`symntk.check.maple_claims`). Nothing is evaluated;
every pattern is bounded and linear."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"-?\d{1,20}(?:\.\d{0,20})?(?:/\d{1,20})?")
_EVALF = re.compile(r"^evalf(?:\[\d{1,3}\])?\s*\((.{1,400}?)(?:,\s*\d{1,3})?\)$", re.S)
_POINT_END = re.compile(r"(?<![\w.])(\d{1,20})\.(?![\d\w])")   # Maple's 20. is 20.0
_SUM = re.compile(r"^(?=.{0,400}\d)[\d\s.+\-*/^()]{1,400}$")


def balanced(text: str) -> bool:
    """Whether ``text`` closes every bracket it opens, in order (``K), Trace(K`` does not)."""
    depth = 0
    for ch in text:
        depth += 1 if ch in "([{" else -1 if ch in ")]}" else 0
        if depth < 0:
            return False
    return depth == 0


def arithmetic(rhs: str, output: str | None) -> list[str]:
    """``(21 + 20.1)/2;`` → ``20.55000000`` and ``evalf(sqrt(405), 3);`` → ``20.1``: the learner's arithmetic in
    numbers only (``+ - * / ^``, brackets, ``sqrt``) and the value Maple printed, ``E = v`` (``≈`` after evalf
    or for a printed decimal); nothing for anything else."""
    if output is None or not _NUMBER.fullmatch(output.strip()):
        return []
    m = _EVALF.match(rhs)
    expr = m.group(1).strip() if m and balanced(m.group(1)) else rhs
    bare = expr.replace("sqrt", "")
    if not _SUM.match(bare) or not balanced(expr) or re.search(r"sqrt(?!\s*\()", expr) or \
            not ("sqrt" in expr or re.search(r"(?<=[\d)\s])[-+*/^]", bare)):   # 20.1 alone: no arithmetic
        return []
    sign = r"\approx" if m or "." in output else "="
    left, right = (_POINT_END.sub(r"\1.0", t.strip()) for t in (expr, output))
    return [f"{left} {sign} {right}"]
