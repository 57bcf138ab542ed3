"""A gradient that keeps parameters as letters in some entries and has the values put in in others
(``∇f = (W^{[2]}_1 x, W^{[2]}_2 x, W^{[2]}_1, W^{[2]}_2, x, 2x + 1, 1)``) is right when every entry that names a
parameter is right as written and every other entry is right at the parameter values (dropping a zero bias or a
factor 1 from an entry that names parameters is still wrong).

The notes are invented for these tests; verdicts worked out by hand: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}
with W^{[1]} = (1, 2)^T, b^{[1]} = (0, 1)^T, W^{[2]} = (1, 1), b^{[2]} = 0. The gradient in θ order is
(W^{[2]}_{11} x, W^{[2]}_{12} x, W^{[2]}_{11}, W^{[2]}_{12}, W^{[1]}_{11} x + b^{[1]}_1, W^{[1]}_{21} x + b^{[1]}_2, 1),
with layer 1's values put in (W^{[2]}_{11} x, W^{[2]}_{12} x, W^{[2]}_{11}, W^{[2]}_{12}, x, 2x + 1, 1).
"""

import pytest

from symntk.check import check_text

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
           "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1


def _line3(claim: str) -> list[str]:
    report = check_text(PROBLEM + claim + "\n", "notes.md")
    return [("carried" if j.carried else j.verdict) for j in report.judgements if j.line == 3]


@pytest.mark.parametrize("claim, verdicts", [
    ("$\\nabla_\\theta f = (W^{[2]}_1 x, W^{[2]}_2 x, W^{[2]}_1, W^{[2]}_2, x, 2x + 1, 1)$", ["correct"]),
    ("$\\nabla_\\theta f = (W^{[2]}_{11} x, W^{[2]}_{12} x, W^{[2]}_{11}, W^{[2]}_{12}, x, 2x + 1, 1)"
     " = (x, x, 1, 1, x, 2x + 1, 1)$", ["correct", "correct"]),
    ("$\\nabla_\\theta f = (W^{[2]}_1 x, W^{[2]}_2 x, W^{[2]}_1, W^{[2]}_2, x, 2x, 1)$", ["wrong"]),
    ("$\\nabla_\\theta f = (W^{[2]}_1 x, W^{[2]}_2 x, W^{[2]}_2, W^{[2]}_1, x, 2x + 1, 1)$", ["wrong"]),
    ("$\\nabla_\\theta f = (W^{[2]}_1 x, W^{[2]}_2 x, W^{[2]}_1, W^{[2]}_2, W^{[1]}_{11} x, 2x + 1, 1)$", ["wrong"]),
])
def test_a_gradient_with_one_layer_put_in(claim, verdicts):
    assert _line3(claim) == verdicts


@pytest.mark.parametrize("claim, verdict", [
    ("$\\frac{\\partial f}{\\partial W^{[2]}_{12}} = 2x + 1$", "correct"),
    ("$\\frac{\\partial f}{\\partial W^{[2]}_{11}} = W^{[1]}_{11} x + b^{[1]}_1$", "correct"),
    ("$\\frac{\\partial f}{\\partial W^{[2]}_{11}} = W^{[1]}_{11} x$", "wrong"),   # b^{[1]}_1 = 0 dropped
    ("$\\frac{\\partial f}{\\partial W^{[1]}_{21}} = W^{[2]}_{12} x$", "correct"),
    ("$\\frac{\\partial f}{\\partial W^{[1]}_{21}} = W^{[2]}_{11} x$", "wrong"),
])
def test_a_derivative_naming_parameters_is_right_as_written(claim, verdict):
    assert _line3(claim) == [verdict]
