"""Matrices written with the physics package: ``\\mqty(…)``, ``\\pmqty{…}``, ``\\bmqty{…}``, … as matrix
environments (an ``array`` that is all of one, written inside it, is its rows), and ``\\dmat``, ``\\admat``,
``\\imat``, ``\\zmat``, ``\\xmat`` as the rows they stand for."""

from __future__ import annotations

import re

from .physics_groups import next_char, top_level_split

MATRICES = {"mqty": None, "smqty": None, "pmqty": "pmatrix", "Pmqty": "pmatrix", "spmqty": "pmatrix",
            "bmqty": "bmatrix", "sbmqty": "bmatrix", "vmqty": "vmatrix", "svmqty": "vmatrix", "matrixquantity": None}
DELIMITED = {"(": ("pmatrix", ")"), "[": ("bmatrix", "]"), "|": ("vmatrix", "|"), "{": ("matrix", "}")}
_ARRAY = re.compile(r"\\begin\s*\{(?:array|matrix|smallmatrix)\}\s*(?:\{[lcr|@{}\s]{0,80}\})?(.*)"
                    r"\\end\s*\{(?:array|matrix|smallmatrix)\}", re.S)
ROWS = ("dmat", "admat", "imat", "zmat", "xmat")


def matrix_macro(text: str, at: int, name: str, inner) -> tuple[str, int] | None:
    """``\\mqty(…)``, ``\\bmqty{…}``, …: a matrix environment around the rows."""
    kind = MATRICES[name]
    if kind is None:
        opening = next_char(text, at)
        if opening not in DELIMITED:
            return None
        kind, closing = DELIMITED[opening]
        group = inner.group(text, at, opening, closing)
    else:
        group = inner.group(text, at, "{", "}")
    if group is None:
        return None
    body = inner(group[0]).strip()
    whole = _ARRAY.fullmatch(body)
    if whole is not None and "\\begin" not in whole.group(1):   # \mqty[\begin{array}{cc} … \end{array}]: its rows
        body = whole.group(1).strip(" \t")   # its line breaks kept, so line numbers stay
    return rf"\begin{{{kind}}}{body}\end{{{kind}}}", group[1]


def rows_macro(text: str, at: int, name: str, inner) -> tuple[str, int] | None:
    """``\\dmat[fill]{a,b}``, ``\\imat{n}``, ``\\zmat{m}{n}``, ``\\xmat{x}{m}{n}``: the rows they stand for."""
    fill = "0"
    bracket = inner.group(text, at, "[", "]")
    if bracket is not None:
        fill, at = bracket[0].strip() or "0", bracket[1]
    groups: list[str] = []
    for _ in range({"dmat": 1, "admat": 1, "imat": 1, "zmat": 2, "xmat": 3}[name]):
        group = inner.group(text, at, "{", "}")
        if group is None:
            return None
        groups.append(inner(group[0]).strip())
        at = group[1]
    if name in ("dmat", "admat"):
        diagonal = top_level_split(groups[0])
        size = len(diagonal)
        on = (lambda i, j: i == j) if name == "dmat" else (lambda i, j: i + j == size - 1)
        rows = [[diagonal[i] if on(i, j) else fill for j in range(size)] for i in range(size)]
    else:
        sizes = groups[-2:] if name != "imat" else groups * 2
        if not all(s.isdigit() and 0 < int(s) <= 12 for s in sizes):
            return None
        m, n = int(sizes[0]), int(sizes[1])
        entry = {"zmat": lambda i, j: "0", "imat": lambda i, j: "1" if i == j else "0",
                 "xmat": lambda i, j: f"{groups[0]}_{{{i + 1}{j + 1}}}"}[name]
        rows = [[entry(i, j) for j in range(n)] for i in range(m)]
    return r" \\ ".join(" & ".join(row) for row in rows), at
