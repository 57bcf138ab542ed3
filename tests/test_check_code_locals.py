"""A gradient function with local assignments before its value (Python ``def grad(x):`` with ``z1 = …`` lines, an
R ``grad <- function(x) { z <- …; c(…) }`` over several lines) and one per output (``def grad_f2(x)``).

The notes are invented; values worked out by hand. f(x) = W2 (W1 x + b1) + b2, identity, W1 = (1, 1)ᵀ,
b1 = (0, 1)ᵀ, W2 = (1, 0), b2 = 0: h(x) = (x, x + 1), ∇θ f(x) = (x, 0, 1, 0, x, x + 1, 1). With two outputs,
W2 = I, b2 = (0, 0)ᵀ (θ: W1, b1, W2 row-major, b2): ∇f_1 = (x, 0, 1, 0, x, x + 1, 0, 0, 1, 0),
∇f_2 = (0, x, 0, 1, 0, 0, x, x + 1, 0, 1).
"""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text

PY = ('"""\nf(x) = W2 (W1 x + b1) + b2, no activation\n'
      "W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0, x1 = 1, x2 = 2\n\"\"\"\n"
      "import numpy as np\n"
      "W1 = np.array([1, 1]); b1 = np.array([0, 1]); W2 = np.array([1, 0]); b2 = 0\n\n")   # line 8 next


@pytest.mark.parametrize("body, verdict", [
    ("    z1 = W1[0]*x + b1[0]\n    z2 = W1[1]*x + b1[1]\n"
     "    return np.array([W2[0]*x, W2[1]*x, W2[0], W2[1], z1, z2, 1])\n", "correct"),
    ("    h = [x, x + 1]   # hidden layer\n    return np.array([x, 0, 1, 0, h[0], h[1], 1])\n", "correct"),
    ("    h = x + 1\n    return np.array([x, 0, 1, 0, x, h + 1, 1])\n", "wrong"),       # x + 2
    ("    z = W1[0]*x\n    return np.array([W2[0], 0, 1, 0, z, x + 1, 1])\n", "wrong"),   # 1 for x
])
def test_python_locals_are_put_into_the_returned_gradient(body, verdict):
    lines = line_verdicts(check_text(PY + "def grad(x):\n" + body, "notes.py"))
    returned = 8 + body.count("\n")   # the return line
    assert lines.get(returned) == [verdict]


def test_python_local_not_read_leaves_the_function_unread():
    body = "    h = W1*x + b1\n    return np.array([x, 0, 1, 0, h[0], h[1], 1])\n"   # an array sum: not read
    lines = line_verdicts(check_text(PY + "def grad(x):\n" + body, "notes.py"))
    assert lines.get(10) is None


TWO = ('"""\nf(x) = W2 (W1 x + b1) + b2, no activation\n'
       "W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [[1, 0], [0, 1]], b2 = [0, 0]^T, x1 = 1, x2 = 2\n\"\"\"\n\n")


@pytest.mark.parametrize("name, entries, verdict", [
    ("grad_f1", "x, 0, 1, 0, h[0], h[1], 0, 0, 1, 0", "correct"),
    ("grad_f2", "0, x, 0, 1, 0, 0, h[0], h[1], 0, 1", "correct"),
    ("grad_out2", "0, x, 0, 1, 0, 0, h[0], h[0], 0, 1", "wrong"),
    ("grad_f1", "0, x, 0, 1, 0, 0, h[0], h[1], 0, 1", "wrong"),   # output 2's gradient under output 1's name
])
def test_a_gradient_function_per_output(name, entries, verdict):
    code = f"def {name}(x):\n    h = [x, x + 1]\n    return [{entries}]\n"
    lines = line_verdicts(check_text(TWO + code, "notes.py"))
    assert lines.get(8) == [verdict]


RMD = ("Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, no activation, $W^{[1]} = (1, 1)^T$, "
       "$b^{[1]} = (0, 1)^T$, $W^{[2]} = (1, 0)$, $b^{[2]} = 0$; datapoints $x_1 = 1$, $x_2 = 2$.\n\n"
       "```r\nW1 <- c(1, 1); b1 <- c(0, 1); W2 <- c(1, 0); b2 <- 0\n")   # line 5 next


@pytest.mark.parametrize("body, verdict", [
    ("grad <- function(x) {\n  z <- W1 * x + b1\n  c(W2 * x, W2, z, 1)\n}\n", "correct"),
    ("grad <- function(x) {\n  h <- W1 * x + b1\n  return(c(W2, W2, h, 1))\n}\n", "wrong"),   # x missing
    ("gr <- function(t) {\n  h <- W1 * t + b1\n  d <- W2\n  c(d * t, d, h, 1)\n}\n", "correct"),
])
def test_an_r_gradient_over_several_lines(body, verdict):
    lines = line_verdicts(check_text(RMD + body + "```\n", "notes.md"))
    assert lines.get(5) == [verdict]
