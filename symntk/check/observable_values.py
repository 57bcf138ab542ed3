"""What an Observable notebook displays below a code cell, read back as claims of the code (for
:mod:`symntk.check.observable`).

Displays: ``Array(7) [1, 0, 1]`` (one row; ``Float64Array``, numbers shown as strings too), a number
(``24.596748``), ``Object {values: Array(2) […], …}`` (what ``math.eigs`` returns: its values), or an array of
arrays shown one row a line (``Array(2) [`` ↵ ``  0: Array(2) [7, 11]`` ↵ … ↵ ``]``); a collapsed
``Array(2) [Array(2), Array(2)]``, ``ƒ(x)`` and ``Object {…}`` show no value.

The code (spelt as Python, :func:`symntk.check.observable.js_spelling`) gives the subject: a name by what it says
(K, J, g1 → the gradient at x_1, lam: :func:`symntk.check.printed_values.kind_by_name`; lam1 → λ_1; g1_out2 →
output 2's gradient at x_1; K2 → output 2's kernel), ``eigvals(K)`` the eigenvalues (of output 2 for K2),
``det``/``trace``, ``J @ J.T`` the kernel, ``J[0]`` row 1 of the Jacobian (the gradient at x_1), ``K[0][1]`` the
entry K_12, ``theta.length`` the count, a call of a gradient function ``grad(2)`` the gradient at the input 2; a
list of expressions one claim each (``dot(g1, g2)`` is K_12, ``(27 + sqrt(697)) / 2`` the number shown).

A matrix is claimed on its first line, each row on its own (K_11 = 7, K_12 = 11; a Jacobian's row i the gradient
at x_i). Decimals shown are approximations (≈). Every pattern is linear and anchored.
"""

from __future__ import annotations

import re

from .code_spellings import NAME_RULES
from .julia_output import comma_items
from .printed_values import NUMBER, kind_by_name, matrix

MAX_ROWS = 60
_ITEM = rf'"?{NUMBER}"?'   # a number, or one shown as a string (``.toFixed(3)`` gives "26.700")
_FLAT = re.compile(rf"^\s{{0,8}}(?:\d{{1,4}}:\s{{0,4}})?\w{{0,12}}Array\(\d{{1,4}}\)\s{{0,4}}\[\s{{0,4}}({_ITEM}"
                   rf"(?:\s{{0,4}},\s{{0,4}}{_ITEM}){{0,200}})\s{{0,4}}\]\s*$")   # Array(2) […], Float64Array(2) […]
_OPEN = re.compile(r"^\s{0,8}Array\(\d{1,4}\)\s{0,4}\[\s*$")
_EIGS_OBJECT = re.compile(rf"^\s{{0,8}}Object\s{{0,4}}\{{\s{{0,4}}values:\s{{0,4}}Array\(\d{{1,4}}\)\s{{0,4}}"
                          rf"\[\s{{0,4}}({NUMBER}(?:\s{{0,4}},\s{{0,4}}{NUMBER}){{0,200}})\s{{0,4}}\]")   # math.eigs(K)
_SCALAR = re.compile(rf"^\s{{0,8}}({_ITEM})\s*$")
_CALL = re.compile(r"^([A-Za-z_]\w{0,30})\(\s{0,4}(-?\d{1,12}(?:\.\d{1,12})?)\s{0,4}\)$")
_ENTRY_OF = re.compile(r"^([A-Za-z_]\w{0,30})\[\s{0,4}(\d)\s{0,4}\]\s{0,4}\[\s{0,4}(\d)\s{0,4}\]$")
_LENGTH = re.compile(r"^([A-Za-z_]\w{0,30})\.length$")
_ROW_OF = re.compile(r"^([A-Za-z_]\w{0,30})\[\s{0,4}(\d{1,3})\s{0,4}\]$")
_DOT = re.compile(r"^dot\(\s{0,4}([A-Za-z_]\w{0,30})\s{0,4},\s{0,4}([A-Za-z_]\w{0,30})\s{0,4}\)$")
_WRAP = re.compile(r"^(eigvals|det|trace)\(\s{0,4}([A-Za-z_]\w{0,30})\s{0,4}\)$")
_KERNEL = re.compile(r"^([A-Za-z_]\w{0,30})\s{0,4}@\s{0,4}\1\.T$")
_ARITH = re.compile(r"^[\d\s.+\-*/()]{0,400}(?:sqrt\([\d\s.+\-*/]{1,40}\)[\d\s.+\-*/()]{0,400}){0,8}$")
_POINT = re.compile(r"(\d)$")
_NUMBERED_EIGEN = re.compile(r"^(?:lambda|lam|lmbda|l|ev|eig|mu)_?([1-9])$")   # lam1: λ_1
_OUTPUT_GRADIENT = re.compile(r"^(?:g|grad|gradient)_?x?_?([1-9])_?(?:out|output|f|y)_?([1-9])$")   # g1_out2
_ACTIVATIONS = {"sigma": r"\sigma", "tanh": r"\tanh", "relu": r"\operatorname{relu}"}
_PLUS_MINUS = re.compile(r"^(.{0,200}?)\s{0,4}([+-])\s{0,4}(sqrt\(.{1,60})$")


def _numbers(text: str) -> list[str]:
    return [c.strip().strip('"') for c in text.split(",")]


def displayed(lines: list[str]) -> tuple[list[list[str]], list[int]] | None:
    """The value displayed on ``lines`` (the lines below a cell's code): its rows and the offset of the line
    each is on, or None when no value is shown."""
    if not lines:
        return None
    first = lines[0]
    if m := _FLAT.match(first):
        return [_numbers(m.group(1))], [0]
    if m := _EIGS_OBJECT.match(first):
        return [_numbers(m.group(1))], [0]
    if m := _SCALAR.match(first):
        return [[m.group(1).strip('"')]], [0]
    if not _OPEN.match(first):
        return None
    rows, offsets = [], []
    for k, line in enumerate(lines[1:MAX_ROWS + 1], start=1):
        if line.strip() == "]":
            break
        m = _FLAT.match(line)
        if not m:
            return None
        rows.append(_numbers(m.group(1)))
        offsets.append(k)
    if not rows or len({len(r) for r in rows}) != 1:
        return None
    return rows, offsets


def _gradient_point(name: str) -> str | None:
    """The datapoint a gradient's name numbers (``grad2``, ``g1`` → 2, 1), or None."""
    point = _POINT.search(name)
    return point.group(1) if kind_by_name(name) == "gradient" and point and point.group(1) != "0" else None


def _tex(expr: str) -> str:
    """An arithmetic expression of the code in the notes' math: ``sqrt(697)`` → ``\\sqrt{697}``."""
    return re.sub(r"sqrt\(([\d\s.+\-*/]{1,40})\)", r"\\sqrt{\1}", expr).replace("*", r" \cdot ")


def _rel(values: list[str]) -> str:
    return r"\approx" if any("." in v for v in values) else "="


def activation_name(name: str) -> str | None:
    """The activation (or its derivative) a function's name says, in TeX (``sigma``, ``dsig`` → σ′, ``tanh``),
    or None."""
    for pattern, repl in NAME_RULES:
        name = pattern.sub(repl, name)
    prime = name.endswith("'")
    tex = _ACTIVATIONS.get(name.rstrip("'"))
    return tex + ("'" if prime else "") if tex else None


def _item(expr: str, value: str, functions: set[str]) -> str | None:
    """One expression of a displayed list and its shown value as a claim, or None."""
    expr = expr.strip()
    rel = _rel([value])
    if m := _DOT.match(expr):
        i, j = _gradient_point(m.group(1)), _gradient_point(m.group(2))
        return f"K_{{{i}{j}}} {rel} {value}" if i and j else None
    if (call := _CALL.match(expr)) and (tex := activation_name(call.group(1))):
        return f"{tex}({call.group(2)}) {rel} {value}"
    if _ARITH.match(expr) and re.search(r"\d", expr) and re.search(r"\d\s{0,4}[-+*/]|sqrt", expr):
        return f"{_tex(expr)} {rel} {value}"
    return None


def _eigen_pair(items: list[str]) -> bool:
    """Whether two expressions are the two roots of a quadratic: the same but for the sign before a root,
    ``(27 + sqrt(697)) / 2`` and ``(27 - sqrt(697)) / 2``."""
    a, b = (_PLUS_MINUS.match(item.strip()) for item in items)
    return bool(a and b and _ARITH.match(items[0]) and a.group(1) == b.group(1) and a.group(3) == b.group(3)
                and {a.group(2), b.group(2)} == {"+", "-"})


def of_output(kind: str) -> str:
    """The superscript naming the output of a kind (``kernel:2`` → ``^{[2]}``), or ``""``."""
    name, _, output = kind.partition(":")
    return f"^{{[{output}]}}" if name in ("kernel", "eigen", "jacobian") and output.isdigit() else ""


def _matrix_claims(kind: str, rows: list[list[str]], offsets: list[int]) -> list[tuple[int, str]]:
    """A kernel or Jacobian shown one row a line: the matrix on the first line, each row on its own."""
    rel = _rel([v for r in rows for v in r])
    of, kind = of_output(kind), kind.partition(":")[0] if of_output(kind) else kind
    if kind == "kernel" and len(rows) == len(rows[0]) > 1:
        made = [(0, f"K{of} {rel} {matrix(rows)}")]
        for i, (row, at) in enumerate(zip(rows, offsets), start=1):
            made.append((at, ", ".join(f"K{of}_{{{i}{j}}} {_rel([v])} {v}" for j, v in enumerate(row, start=1))))
        return made
    if kind == "jacobian" and len(rows[0]) > 1 and not of:
        made = [(0, f"J {rel} {matrix(rows)}")]
        for i, (row, at) in enumerate(zip(rows, offsets), start=1):
            made.append((at, rf"\nabla_\theta f(x_{{{i}}}) {_rel(row)} ({', '.join(row)})"))
        return made
    return []


def _subject(statement: str, functions: set[str]) -> tuple[str, str]:
    """(what a statement computes, the expression it computes it by): a kind (``kernel``, ``jacobian``,
    ``eigen``, ``det``, ``trace``, ``gradient@<point>``, ``at:<input>``) or ``""``."""
    name, expr = None, statement.strip()
    if "=" in expr and (m := re.match(r"^([A-Za-z_]\w{0,40})\s{0,4}=(?!=)\s{0,4}(.{1,4000})$", expr)):
        name, expr = m.group(1), m.group(2).strip()
        if eig := _NUMBERED_EIGEN.match(name):
            return f"lambda_{eig.group(1)}", expr
        if out := _OUTPUT_GRADIENT.match(name):   # output 2's gradient at x_1
            return f"gradient@{out.group(1)}:{out.group(2)}", expr
        kind = kind_by_name(name)
        if kind == "gradient":
            point = _gradient_point(name)
            return (f"gradient@{point}", expr) if point else ("", expr)
        if kind:
            return kind, expr
    if wrap := _WRAP.match(expr):
        of = (kind_by_name(wrap.group(2)) or "").partition(":")[2] if wrap.group(1) == "eigvals" else ""
        return {"eigvals": "eigen", "det": "det", "trace": "trace"}[wrap.group(1)] + (f":{of}" if of else ""), expr
    if _KERNEL.match(expr):
        return "kernel", expr
    if (entry := _ENTRY_OF.match(expr)) and kind_by_name(entry.group(1)) == "kernel":   # K[0][1]: K_12
        return f"entry:{int(entry.group(2)) + 1}{int(entry.group(3)) + 1}", expr
    if (length := _LENGTH.match(expr)) and re.fullmatch(r"theta|params|θ|parameters", length.group(1)):
        return "count", expr
    if (row := _ROW_OF.match(expr)) and kind_by_name(row.group(1)) == "jacobian":
        return f"gradient@{int(row.group(2)) + 1}", expr
    if (call := _CALL.match(expr)) and call.group(1) in functions:
        return f"at:{call.group(2)}", expr
    if eig := _NUMBERED_EIGEN.match(expr):
        return f"lambda_{eig.group(1)}", expr
    if re.fullmatch(r"[A-Za-z_]\w{0,30}", expr):
        kind = kind_by_name(expr) or ""
        if kind == "gradient":
            point = _gradient_point(expr)
            return (f"gradient@{point}", expr) if point else ("", expr)
        return kind, expr
    return "", expr


def shown_claims(statement: str, shown: tuple[list[list[str]], list[int]], functions: set[str]
                 ) -> list[tuple[int, str]]:
    """(offset of the display line, claim) for what a code cell displays (see the module doc); ``functions``
    are the names the notebook defines as gradient functions."""
    rows, offsets = shown
    kind, expr = _subject(statement, functions)
    if len(rows) > 1:
        return _matrix_claims(kind, rows, offsets)
    values = rows[0]
    rel = _rel(values)
    if kind.startswith("gradient@") and ":" in kind and len(values) > 1:
        point, _, output = kind[9:].partition(":")
        return [(0, rf"\nabla_\theta f_{{{output}}}(x_{{{point}}}) {rel} ({', '.join(values)})")]
    if kind.startswith("lambda_") and len(values) == 1:
        return [(0, rf"\lambda_{{{kind[7:]}}} {rel} {values[0]}")]
    of = of_output(kind)
    if kind.partition(":")[0] == "eigen":
        return [(0, ", ".join(rf"\lambda{of} {_rel([v])} {v}" for v in values))]
    if of or kind.partition(":")[0] in ("kernel", "jacobian"):   # a matrix shown on one line: not read
        return []
    if kind in ("det", "trace") and len(values) == 1:
        return [(0, ("\\det K" if kind == "det" else "\\operatorname{tr} K") + f" {rel} {values[0]}")]
    if kind.startswith("entry:") and len(values) == 1:
        return [(0, f"K_{{{kind[6:]}}} {rel} {values[0]}")]
    if kind == "count" and len(values) == 1 and values[0].isdigit():
        return [(0, f"P = {values[0]}")]
    if kind.startswith("gradient@") and len(values) > 1:
        return [(0, rf"\nabla_\theta f(x_{{{kind[9:]}}}) {rel} ({', '.join(values)})")]
    if kind.startswith("at:") and len(values) > 1:
        return [(0, rf"\nabla f({kind[3:]}) {rel} ({', '.join(values)})")]
    if kind:
        return []
    if expr.startswith("[") and expr.endswith("]"):
        items = comma_items(expr[1:-1])
        if len(items) == len(values) == 2 and _eigen_pair(items):   # [(27 + sqrt(697)) / 2, (27 - …) / 2]
            return [(0, ", ".join(rf"\lambda = {_tex(e)} {_rel([v])} {v}" for e, v in zip(items, values)))]
        if len(items) == len(values):
            made = [c for item, v in zip(items, values) if (c := _item(item, v, functions))]
            return [(0, ", ".join(made))] if made else []
        return []
    if len(values) == 1:
        made = _item(expr, values[0], functions)
        return [(0, made)] if made else []
    return []
