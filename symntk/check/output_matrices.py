"""The Jacobian or kernel of one output named by a subscript: ``J_1 = [[1, 1, 2, 0, 1, 0], [2, 1, 3, 0, 1, 0]]``,
``\\mathbf{J}_2``, ``K1``, ``K_{(2)}``, ``J_{f_1}``, in notes about a network with several outputs.

``K^{(o)}`` and ``J^{[o]}`` already name output o's matrix; learners who work each output on its own also write the
output as a plain subscript. With one output a subscript on J or K means something else (a row, a step), so only a
network with several outputs reads it so, and only when the value is a matrix (a bracket of rows) and the number is
one of the outputs. The claim is then judged as J (its rows that output's) or K of that output.
"""

from __future__ import annotations

import re

from .claims import JacobianClaim, KernelClaim
from .nodes import Group, Num, Sym
from .syntax import UnreadableError
from .values import matrix_rows


def subscript_output(name) -> int | None:
    """o for ``J_o`` / ``K_o`` / ``J_{(o)}`` / ``J_{f_o}`` / ``K_{y_o}`` (o one digit), else None."""
    if not isinstance(name, Sym) or name.name not in ("J", "K") or name.layer is not None or name.primes or \
            len(name.sub) != 1:
        return None
    sub = name.sub[0]
    if isinstance(sub, Group) and sub.kind == "paren" and len(sub.items) == 1:
        sub = sub.items[0]
    if isinstance(sub, Sym) and sub.name in ("f", "y") and len(sub.sub) == 1 and sub.layer is None:
        sub = sub.sub[0]
    if isinstance(sub, Num) and sub.value.denominator == 1 and 1 <= sub.value <= 9 and not sub.decimals:
        return int(sub.value)
    return None


def output_matrix_claim(claim, n_out: int):
    """The definition ``J_o = <matrix>`` / ``K_o = <matrix>`` as the claim about output o's J or K (see the
    module doc), or None when it is not one."""
    o = subscript_output(claim.name)
    if n_out < 2 or o is None or o > n_out:
        return None
    try:
        rows, _ = matrix_rows(claim.value)
    except UnreadableError:
        return None
    if len(rows) < 2 and len(rows[0]) < 2:
        return None
    kind = JacobianClaim if claim.name.name == "J" else KernelClaim
    return kind(claim.line, claim.value, claim.claimed, claim.previous, claim.source, claim.soft, output=o)


_ONE_OUTPUT = re.compile(r"^\s*[KJ]_?([1-9])\s*$")


def output_mark(name: str) -> str:
    """``^{(o)}`` for a program's name of one output's kernel or Jacobian (``K1``, ``J_2``), else ``""``."""
    m = _ONE_OUTPUT.match(name)
    return f"^{{({m.group(1)})}}" if m else ""
