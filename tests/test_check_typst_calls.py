"""The Typst call table (rules as data): every row is read, and a call that fits no row is an ordinary function."""

from __future__ import annotations

import pytest

from symntk.check.typst_math import CALL_TABLE, CALLS, call_rows, math_latex


@pytest.mark.parametrize(("typst", "latex"), [
    ("root(3, x)", r"\sqrt[3]{x}"),
    ("pdv(f, x, 2)", r"\frac{\partial^{2} f}{\partial x^{2}}"),
    ("dv(y, t)", r"\frac{d y}{d t}"),
    ('mat(1, 2; 3, 4; delim: "[")', r"\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}"),
    ("vec(1, 2, 3)", r"\begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}"),
    ('op("relu")(z)', r"\operatorname{relu}(z)"),
    ("hat(y)", r"\hat{y}"),
    ("bold(x)", r"\mathbf{x}"),
    ("upright(R)", "R"),
    ("floor(x) + ceil(y)", r"\lfloor x \rfloor + \lceil y \rceil"),   # not \lfloorx, an undefined command
    ("2 dot(x + 1)", r"2 \cdot(x + 1)"),      # not one letter: a product, not an accent
    ("sqrt(1, 2)", r"\text{sqrt}(1, 2)"),     # no row takes two arguments: an ordinary function
])
def test_calls_by_the_table(typst, latex):
    assert math_latex(typst) == latex


def test_every_row_is_read():
    for name, count, _ in CALL_TABLE:
        args = ", ".join("abc"[:count or 1])
        out = math_latex(f"{name}({args})")
        assert f"\\text{{{name}}}" not in out and "#" not in out, (name, out)


def test_the_table_prints():
    rows = call_rows()
    assert ("root(#1, #2)", r"\sqrt[#1]{#2}") in rows and ("mat(#1, …)", r"\begin{#env} #rows \end{#env}") in rows
    assert len(rows) == len(CALL_TABLE) and {"vec", "mat", "pdv", "dv", "sqrt", "op"} <= CALLS
