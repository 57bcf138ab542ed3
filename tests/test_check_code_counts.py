"""Working written as code: θ written with its values, the parameter count under θ, ``+-`` in a comment, and
per-output gradient lists and kernels (symntk.check.code_files); invented notes.

The exercise (worked out by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 1, W2 = 3, b2 = 0, datapoints
x1 = 1, x2 = 2: θ = (2, 1, 3, 0), 4 parameters; g1 = (3, 3, 3, 1), g2 = (6, 3, 5, 1); K11 = 28, K12 = 43,
K22 = 71; tr K = 99, det K = 139, λ = (99 ± √9245)/2.
"""

import pytest
from check_helpers import worst_verdicts

from symntk.check.code_files import code_notes

PY_HEAD = '''"""Homework
f(x) = W2 (W1 x + b1) + b2, W1 = 2, b1 = 1, W2 = 3, b2 = 0
datapoints x1 = 1, x2 = 2
"""
from math import sqrt
'''


def _body(text: str) -> dict[int, str]:
    """The worst verdict on each line after the head (line 1 = the body's first line)."""
    worst, _ = worst_verdicts(PY_HEAD + text, "hw.py")
    return {k - 5: v for k, v in worst.items() if k > 5}


@pytest.mark.parametrize("name", ["theta_val", "theta_values", "thetaVals"])
def test_theta_with_its_values(name):
    """θ's values (2, 1, 3, 0) under the names are right; (2, 1, 3, 1) is wrong (b2 = 0)."""
    names = 'theta = ["W1", "b1", "W2", "b2"]\n'
    assert _body(names + f"{name} = [2, 1, 3, 0]\n").get(2) == "correct"
    assert _body(names + f"{name} = [2, 1, 3, 1]\n").get(2) == "wrong"


@pytest.mark.parametrize("count", ["n_params = 4  # 1 + 1 + 1 + 1", "n = 4", "N = 4"])
def test_the_parameter_count_under_theta(count):
    """Four parameters counted under θ is right; five is wrong."""
    names = 'theta = ["W1", "b1", "W2", "b2"]\n'
    assert _body(names + count + "\n").get(2) == "correct"
    assert _body(names + count.replace("4", "5", 1) + "\n").get(2) == "wrong"


def test_a_bare_n_elsewhere_is_no_count():
    """``n = 4`` with no θ or parameter word above it is not the parameter count."""
    assert "P = 4" not in code_notes(PY_HEAD + "x = 1\nn = 4\n", "hw.py")


@pytest.mark.parametrize("line", ["# lam = (99 +- sqrt(9245)) / 2", "# lambda = (99 + - sqrt(9245))/2"])
def test_plus_minus_in_a_comment(line):
    """``+-`` reads as ±: (99 ± √9245)/2 is right, (98 ± √9245)/2 is wrong."""
    assert _body(line + "\n").get(1) == "correct"
    assert _body(line.replace("99", "98") + "\n").get(1) == "wrong"


def test_a_difference_is_no_plus_minus():
    """A plain difference ``2 - 1`` keeps its minus."""
    assert "±" not in code_notes(PY_HEAD + "d = 2 - 1\n", "hw.py")


TWO_OUT = '''"""Two outputs
f(x) = W2 (W1 x + b1) + b2, f: R -> R^2
W1 = 2, b1 = 0, W2 = [1, 3]^T, b2 = [0, 0]^T ; x1 = 1, x2 = 2
"""
from math import sqrt
theta = ["W1", "b1", "W2_1", "W2_2", "b2_1", "b2_2"]
'''


def test_per_output_gradients_and_kernels():
    """Hand-worked: h = 2x, f_1 = h, f_2 = 3h. ∇f_1(x) = (x, 1, 2x, 0, 1, 0): (1, 1, 2, 0, 1, 0) at x1 and
    (2, 1, 4, 0, 1, 0) at x2; ∇f_2(x) = (3x, 3, 0, 2x, 0, 1): (3, 3, 0, 2, 0, 1) at x1. K^(1) = [[7, 12],
    [12, 22]] (1+1+4+1 ; 2+1+8+1 ; 4+1+16+1); ∇f_2(x2) = (6, 3, 0, 4, 0, 1),
    K^(2) = [[23, 36], [36, 62]]. A wrong entry (g2_out1 with 5 for 4) is wrong."""
    body = ("g1_out1 = [1, 1, 2, 0, 1, 0]\ng2_out1 = [2, 1, 4, 0, 1, 0]\ng1_out2 = [3, 3, 0, 2, 0, 1]\n"
            "K1 = [[7, 12],    # 1+1+4+1 ; 2+1+8+1\n      [12, 22]]   # 4+1+16+1\n"
            "K2 = [[23, 36],\n      [36, 62]]\n")
    worst, _ = worst_verdicts(TWO_OUT + body, "hw.py")
    assert [worst.get(k) for k in (7, 8, 9, 10, 12)] == ["correct"] * 5
    worst, _ = worst_verdicts(TWO_OUT + body.replace("[2, 1, 4,", "[2, 1, 5,"), "hw.py")
    assert worst.get(8) == "wrong"


def test_lam_in_a_comment_and_as_a_name():
    """The characteristic polynomial with ``lam`` in a comment: (28 − λ)(71 − λ) − 1849 = λ² − 99λ + 139 is right,
    + 140 is wrong; ``lam = (99 + sqrt(9801 - 556)) / 2  # = 49.5 + sqrt(2311.25)`` is right (9245/4 = 2311.25);
    with 97 for 99 it is wrong."""
    poly = "# char poly: (28 - lam)(71 - lam) - 1849 = lam^2 - 99 lam + 139\n"
    assert _body(poly).get(1) == "correct"
    assert _body(poly.replace("139", "140")).get(1) == "wrong"
    assert _body("lam = (99 + sqrt(9801 - 556)) / 2   # = 49.5 + sqrt(2311.25)\n").get(1) == "correct"
    assert _body("lam = (97 + sqrt(9801 - 556)) / 2   # = 48.5 + sqrt(2311.25)\n").get(1) == "wrong"
