"""The arithmetic of a learner's eigenvector work as chains of numbers: the check ``K v = (…) = (…) ≈ λ v`` one row
at a time, and a normalisation ``\\hat v = \\frac{v}{d} = (…)`` one entry at a time, each built from the numbers
the learner wrote (their own K, their own v), for :mod:`symntk.check.eigen_pieces`.

Row r of a check is ``Σ_c K_{rc}·v_c [rel] (first column)_r [rel] … [rel] λ·v_r`` (the relations as written; the
product is left out when the learner's K is not written out); the check is also the claim
``\\operatorname{eigvec}(λ) = v``. A normalisation's divisor d is the claim ``\\sqrt{v_1^2 + … + v_n^2} = d``.
"""

from __future__ import annotations

import re

from .eigen_columns import braced, clean, column, members, name, number, numbers, scaled, square

_KERNEL = r"K(?:\s{0,3}\^\s{0,3}\{\s{0,3}\(\s{0,3}[1-9]\s{0,3}\)\s{0,3}\}|\s{0,3}_\s{0,3}\{?\s{0,3}[1-9]\s{0,3}\}?)?"
_PRODUCT = re.compile(r"\s{0,3}(" + _KERNEL + r")\s{0,3}(?:\\cdot|\\,|\s)?\s{0,3}(.{1,700})", re.S)
_FRACTION = re.compile(r"\s{0,3}\\[dt]?frac\s{0,3}")

_ROWS = " \\\\ "


def kernel_rows(text: str) -> tuple[str, list[list[str]]] | None:
    """``K = … = (square matrix of numbers)`` → (the name ``K`` / ``K^{(2)}``, its rows as written); else None."""
    chain = members(clean(text))
    if chain is None or len(chain[0]) < 2:
        return None
    parts = chain[0]
    m = re.fullmatch(_KERNEL, parts[0].replace(" ", ""))
    if m is None:
        return None
    rows = next((r for r in (square(p) for p in reversed(parts[1:])) if r is not None), None)
    return (_key(parts[0]), rows) if rows is not None else None


def _key(kernel: str) -> str:
    return re.sub(r"[\s{}()]", "", kernel)


def _vector(text: str, state) -> list[str] | None:
    """A bound name's numbers or a written column of numbers; else None."""
    named = name(text)
    if named is not None:
        return None if named[0] else state.bound.get(named[1])
    return numbers(column(text))


def _paren(entry: str) -> str:
    return f"({entry})" if entry.startswith("-") else entry


def check_pieces(parts: list[str], rels: list[str], state) -> list[str] | None:
    """The chains of a check ``K v = … ≈ λ v`` (see the module doc); None when ``parts`` is no such check."""
    m = _PRODUCT.fullmatch(parts[0])
    if m is None:
        return None
    v = _vector(m.group(2), state)
    if v is None:
        return None
    k = state.kernels.get(_key(m.group(1)))
    if k is not None and len(k) != len(v):
        k = None
    factor = None
    middle = parts[1:]
    if middle:
        last = scaled(middle[-1])
        if last is not None and _vector(last[1], state) == v:
            factor, middle = _factor(last[0], state), middle[:-1]
            if factor is None:
                return None
    columns = [column(p) for p in middle]
    if any(c is None or len(c) != len(v) for c in columns):
        return None
    texts = []
    for r in range(len(v)):
        row = [" + ".join(f"{_paren(number(k[r][c]))} \\cdot {_paren(v[c])}" for c in range(len(v)))] if k else []
        row_rels = list(rels[:len(columns)]) if k else list(rels[1:len(columns)])
        row += [c[r] for c in columns]
        if factor is not None and number(factor) is not None:   # λ v_r only with λ's number known
            row.append(f"{factor} \\cdot {_paren(v[r])}")
            row_rels.append(rels[-1])
        if len(row) >= 2:
            texts.append(" ".join([row[0]] + [f"{rel} {p}" for rel, p in zip(row_rels, row[1:])]))
    if factor is not None:
        texts.append(f"\\operatorname{{eigvec}}({factor}) = \\begin{{pmatrix}} {_ROWS.join(v)} \\end{{pmatrix}}")
    return texts or None


def _factor(text: str, state) -> str | None:
    """The eigenvalue a check multiplies v by: the number written, or the number of the learner's λ_i here."""
    if number(text) is not None:
        return number(text)
    index = re.search(r"[1-9₁-₉]", text).group(0)
    index = str("₁₂₃₄₅₆₇₈₉".index(index) + 1) if index in "₁₂₃₄₅₆₇₈₉" else index
    return state.value if state.index == index and state.value else f"\\lambda_{{{index}}}"


def norm_text(text: str, state) -> str | None:
    """``\\|v\\|^2`` / ``\\|v\\|`` of a bound vector as the arithmetic on its numbers; else None."""
    m = re.fullmatch(r"\s{0,3}(?:\\\||‖|\\lVert|\\left\s{0,3}\\\|)\s{0,3}(.{1,60}?)\s{0,3}"
                     r"(?:\\\||‖|\\rVert|\\right\s{0,3}\\\|)\s{0,3}(?:_\s{0,3}\{?\s{0,3}2\s{0,3}\}?)?"
                     r"(\^\s{0,3}\{?\s{0,3}2\s{0,3}\}?)?\s{0,3}", text)
    named = name(m.group(1)) if m else None
    if named is None or named[0] or named[1] not in state.bound:
        return None
    squares = " + ".join(f"({e})^2" for e in state.bound[named[1]])
    return f"({squares})" if m.group(2) else f"\\sqrt{{{squares}}}"


def _entries(text: str, state) -> tuple[list[str], str | None, list[str] | None] | None:
    """A member of a normalisation as entries: (the entries as formulas, the divisor d, v's numbers) for
    ``\\frac{v}{d}``, ``\\frac{1}{d} v``, ``v / d`` (v a bound name or a column); (the entries, None, None) for a
    column; else None."""
    m = _FRACTION.match(text)
    args = braced(text, m.end(), 2) if m is not None else None
    if args is not None:
        (top, d), rest = args[0], text[args[1]:].strip()
        v = _vector(rest, state) if top == "1" and rest else _vector(top, state) if not rest else None
        shown = norm_text(d, state) or d   # \frac{v}{\|v\|}: the norm of the learner's v written out
        return ([f"\\frac{{{e}}}{{{shown}}}" for e in v], d, v) if v else None
    m = re.fullmatch(r"(.{1,700}?)\s{0,3}/\s{0,3}(\S.{0,200})", text, re.S)
    if m is not None:
        v = _vector(m.group(1).strip(), state)
        d = m.group(2).strip()
        shown = norm_text(d, state) or d
        return ([f"\\frac{{{e}}}{{{shown}}}" for e in v], d, v) if v else None
    written = column(text)
    return (written, None, None) if written is not None else None


def normalised_pieces(parts: list[str], rels: list[str], state) -> tuple[list[str], list[str] | None] | None:
    """The chains of ``\\hat v = \\frac{v}{d} = (…)`` after the name (see the module doc) and the last column of
    numbers written; None when ``parts`` is no such chain."""
    read = [_entries(p, state) for p in parts]
    if any(r is None for r in read) or len({len(r[0]) for r in read}) != 1:
        return None
    texts = []
    for _, d, v in read:
        if d is not None and not re.search(r"\\\||‖|\\[lr]Vert", d):
            texts.append("\\sqrt{" + " + ".join(f"({e})^2" for e in v) + f"}} = {d}")
    if len(read) >= 2:
        for r in range(len(read[0][0])):
            texts.append(" ".join([read[0][0][r]] + [f"{rel} {x[0][r]}" for rel, x in zip(rels, read[1:])]))
    last = numbers(read[-1][0]) if read[-1][1] is None else None
    return texts, last
