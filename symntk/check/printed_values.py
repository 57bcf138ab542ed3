"""What a pasted console session prints, read as claims: shared by the MATLAB/Octave reader
(:mod:`symntk.check.octave`) and the R reader (:mod:`symntk.check.r_console`).

Each line's offset in the session, a printed number in plain decimals (with the block's common factor), the
quantity a name says (K → the kernel, J → the Jacobian, g1 → a gradient, lambda → the eigenvalues), and the
claims printed rows make as such a quantity. Every pattern is linear and anchored.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

NUMBER = r"[-+]?(?:\d{1,20}(?:\.\d{0,20})?|\.\d{1,20})(?:[eE][-+]?\d{1,3})?"   # a printed number
NAME_KINDS = (("kernel", re.compile(r"^(?:K|Theta|NTK|ntk|kernel|gram)_?([1-9]?)$")),
               ("jacobian", re.compile(r"^(?:J|jac|Jac|jacobian)_?([1-9]?)$")),
               ("gradient", re.compile(r"^(?:g|grad|gradf|df|dfdtheta)_?([1-9]?)$")),
               ("eigen", re.compile(r"^(?:lambda|lam|lambdas|ev|evals|eigvals|eigenvalues|e)()$")),
               ("trace", re.compile(r"^(?:tr|trK|trace)()$")), ("det", re.compile(r"^(?:det|detK|dK)()$")))


def number(token: str, scale: str | None) -> str:
    """A printed number in plain decimals with its printed digits (``2.9956e-01`` → ``0.29956``), times the
    block's common factor, keeping the printed precision (``0.0080`` under ``1.0e+03 *`` → ``8.0``, ``0.1483`` under
    ``1.0e+01 *`` → ``1.483``)."""
    try:
        value = Decimal(token)
        if scale is not None:
            value *= Decimal(scale).normalize()   # 1.0e+01 is 10 exactly: 0.1483 → 1.483, not 1.4830
    except InvalidOperation:
        return token
    text = format(value, "f")
    return text[:-1] if text.endswith(".") else text


def with_output(kind: str, output: str) -> str:
    return f"{kind}:{output}" if output else kind


def kind_by_name(name: str) -> str | None:
    """The quantity a name says: K → the kernel, K1 → output 1's, J → the Jacobian, g1 → the gradient at x_1,
    lambda → the eigenvalues."""
    for kind, pattern in NAME_KINDS:
        named = pattern.match(name)
        if named:
            return with_output(kind, named.group(1)) if kind != "gradient" else kind
    return None


def approx(rows) -> bool:
    return any("." in t for row in rows for t in row)


def matrix(rows) -> str:
    return "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"


def claims(kind: str, rows, lines: list[int], code: str) -> list[tuple[int, str]]:
    """(index of the line, claim) of printed ``rows`` read as ``kind``; [] when the shape does not fit. A gradient's
    ``code`` names its point: ``g2`` → ∇θ f(x_2), ``(1)`` → ∇θ f(1) (at the input value 1)."""
    rel = "\\approx" if approx(rows) else "="
    n, m = len(rows), len(rows[0])
    kind, _, output = kind.partition(":")
    of = f"^{{[{output}]}}" if output else ""
    if kind == "eigen":
        if n == m and n > 1:   # D of [V, D] = eig(K): the diagonal
            if any(float(rows[i][j]) != 0 for i in range(n) for j in range(n) if i != j):
                return []
            return [(lines[i], f"\\lambda{of} {rel} {rows[i][i]}") for i in range(n)]
        if m == 1:
            return [(lines[i], f"\\lambda{of} {rel} {rows[i][0]}") for i in range(n)]
        if n == 1:
            return [(lines[0], f"\\lambda{of} {rel} {v}") for v in rows[0]]
        return []
    if kind in ("trace", "det"):
        name = "\\det K" if kind == "det" else "\\operatorname{tr} K"
        return [(lines[0], f"{name} {rel} {rows[0][0]}")] if n == m == 1 else []
    if kind == "entry" and re.fullmatch(r"[1-9]{2}", code):   # entry@12: K₁₂ of sum(g1 * g2)
        return [(lines[0], f"K_{{{code}}} {rel} {rows[0][0]}")] if n == m == 1 else []
    if kind == "kernel":
        return [(lines[0], f"K{of} {rel} {matrix(rows)}")] if n == m > 1 else []
    if kind == "jacobian":
        return [(lines[0], f"J{of} {rel} {matrix(rows)}")] if m > 1 and (n > 1 or not output) else []
    if kind == "gradient" and (n == 1 or m == 1) and max(n, m) > 1:
        values = rows[0] if n == 1 else tuple(r[0] for r in rows)
        at = re.match(rf"^\(({NUMBER})\)$", code)   # gradient@(1): at the input value 1
        point = re.search(r"(\d)$", code)
        where = at.group(1) if at else f"x_{{{point.group(1)}}}" if point else None
        return [(lines[0], f"\\nabla_\\theta f({where}) {rel} ({', '.join(values)})")] if where else []
    return []


def line_offsets(lines: list[str]) -> list[int]:
    """The offset of each of ``lines`` in the text they were split from at ``\\n``."""
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    return offsets
