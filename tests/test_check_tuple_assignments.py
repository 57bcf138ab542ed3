"""Tuple assignments ``a, b = 1.0, 2.0`` on a line of notes: read as the assignments they make, never a stop.

The notes are invented for these tests; verdicts worked out by hand: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}
with W^{[1]} = (1, 2)^T, b^{[1]} = (0, 1)^T, W^{[2]} = (1, 1), b^{[2]} = 0. The gradient in θ order is
(x, x, 1, 1, x, 2x + 1, 1): at x_1 = 1 (1, 1, 1, 1, 1, 3, 1), so K_11 = 1 + 1 + 1 + 1 + 1 + 9 + 1 = 15; at x_2 = 2
(2, 2, 1, 1, 2, 5, 1), so K_12 = 2 + 2 + 1 + 1 + 2 + 15 + 1 = 24.
"""

import pytest

from symntk.check import check_text
from symntk.check.tuple_assignments import tuple_assignments

NET = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
       "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$")


def _by_line(notes: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(notes, "notes.md").judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


@pytest.mark.parametrize("written, read", [
    ("a, b = 1.0, 2.0 here", "a = 1.0, b = 2.0 here"),
    ("w1, w2 = 1, 1.", "w1 = 1, w2 = 1."),
    (r"$W^{[1]}, b^{[1]} = 1, 0$", r"$W^{[1]} = 1, b^{[1]} = 0$"),
    (r"u, v = \frac{1}{2}, -3", r"u = \frac{1}{2}, v = -3"),
    ("a, b = 1, 2, 3", "a, b = 1, 2, 3"),   # three numbers for two names: left as written
    ("y = 2, a, b = 1, 2", "y = 2, a, b = 1, 2"),   # a list that starts earlier: left as written
    ("a, b = 1, 2x", "a, b = 1, 2x"),
])
def test_tuple_assignment_rewritten(written, read):
    assert tuple_assignments(written) == read


def test_datapoints_given_as_a_tuple_assignment():
    notes = NET + ".\n\nIn my script: x1, x2 = 1, 2\n\n$K_{11} = 15$, $K_{12} = 24$\n"
    assert _by_line(notes)[5] == ["correct", "correct"]


@pytest.mark.parametrize("line", ["Starting guesses: a, b = 1.0, 2.0 and w1, w2 = 1, 1.",
                                  "So x = 2, x1, x2 = 1, -1 in the script"])
def test_a_tuple_assignment_in_prose_is_no_stop(line):
    notes = NET + ", $x_1 = 1$, $x_2 = 2$.\n\n" + line + "\n\n$K_{11} = 15$, $K_{12} = 25$\n"
    assert _by_line(notes)[5] == ["correct", "wrong"]
