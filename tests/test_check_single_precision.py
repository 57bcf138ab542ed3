"""Decimals a program printed in single precision (float32, torch's default): seven or more significant digits
that agree with the true value to 2^-20 of it are the value, not a mistake; typed decimals keep their rounding.

Invented values; the references are computed here independently: the kernel [[7, 10], [10, 15]] of
f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = b^{[1]} = W^{[2]} = 1, b^{[2]} = 0 at x_1 = 1, x_2 = 2
(gradients (1, 1, 2, 1) and (2, 1, 3, 1)) has the eigenvalues 11 ∓ √116 (numpy in double precision below).
"""

from fractions import Fraction

import numpy as np
import pytest
import sympy

from symntk.check import check_text
from symntk.check.compare import at_precision
from symntk.check.nodes import Num

SMALL, LARGE = 11 - sympy.sqrt(116), 11 + sympy.sqrt(116)


def test_the_references_are_the_double_precision_eigenvalues():
    low, high = np.linalg.eigvalsh(np.array([[7.0, 10.0], [10.0, 15.0]]))
    assert abs(float(SMALL) - low) < 1e-12 and abs(float(LARGE) - high) < 1e-12


def _num(text: str) -> Num:
    return Num(Fraction(text), len(text.split(".")[1]), text)


@pytest.mark.parametrize("text, true, expected", [
    ("21.770334", LARGE, "single"),     # 4.4e-6 off: 2e-7 of the value, as float32 prints it
    ("0.22967041", SMALL, "single"),    # 2.4e-8 off
    ("21.77033", LARGE, "rounded"),     # typed, rounded right
    ("21.770410", LARGE, None),         # 8e-5 off: 3.7e-6 of the value, more than single precision
    ("21.771", LARGE, None),            # four decimals' worth typed, rounded wrong
    ("0.2297", SMALL, "rounded"),
    ("0.2298", SMALL, None),
])
def test_the_precision_a_written_decimal_matches(text, true, expected):
    assert at_precision(_num(text), true) == expected


def test_a_float32_printout_of_the_eigenvalues_is_correct_and_a_wrong_one_is_wrong():
    head = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = 1$, "
            "$b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n"
            "$K = \\begin{pmatrix}7 & 10\\\\ 10 & 15\\end{pmatrix}$\n\n"
            "```python\nnp.linalg.eigvalsh(K)\n```\n```\n")
    for printed, verdict in (("array([ 0.22967041, 21.770334 ])", "correct"),
                             ("array([ 0.22967041, 21.770410 ])", "wrong")):
        report = check_text(head + printed + "\n```\n", "notes.md")
        verdicts = [j.verdict for j in report.judgements if j.line == 9]
        assert verdict in verdicts and (verdict == "wrong" or set(verdicts) == {"correct"}), verdicts
