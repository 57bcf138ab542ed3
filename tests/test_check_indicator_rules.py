"""The ReLU derivative written as an indicator 1[z>0], 1{z>0}, 1(z > 0), 𝟙_{z>0}, an Iverson bracket [z>0], the
Heaviside H(z) or step(z), in LaTeX and plain notes (symntk.check.indicator_rules); expected by central differences."""

import pytest
from check_helpers import problem, verdicts
from net_numeric import E_X, E, agrees

from symntk.check.normalise import normalise

# exercise E: f(x) = W2 relu(W1 x + b1) + b2, W1 = [1, -1]^T, b1 = [0, 2]^T, W2 = [1, 2], b2 = 0, x = 1, 3
E_TOML = problem([1, 2, 1], "relu", E_X, W1=[[1], [-1]], b1=[0, 2], W2=[[1, 2]], b2=0)
LATEX_HEAD = ("Network $f(x) = W^{[2]}\\operatorname{relu}(W^{[1]}x + b^{[1]}) + b^{[2]}$, "
              "$z = W^{[1]}x + b^{[1]}$.\n\n")
PLAIN_HEAD = "f(x) = W2 relu(W1 x + b1) + b2, z = W1 x + b1\n\n"


def _step(v: float) -> float:
    return 1.0 if v > 0 else 0.0


def _z(x: float) -> tuple[float, float]:
    return x + 0, -x + 2


CASES = [   # (the claim, LaTeX?, parameter, entry, the value it claims as a function of x)
    (r"$\frac{\partial f}{\partial b^{[1]}_1} = W^{[2]}_{11} \mathbb{1}\{z_1 > 0\}$", "b1", (0,),
     lambda x: 1 * _step(_z(x)[0])),
    (r"$\frac{\partial f}{\partial b^{[1]}_2} = W^{[2]}_{12}\, [z_2 > 0]$", "b1", (1,), lambda x: 2 * _step(_z(x)[1])),
    (r"$\frac{\partial f}{\partial W^{[1]}_{21}} = W^{[2]}_{12} H(z_2) x$", "W1", (1, 0),
     lambda x: 2 * _step(_z(x)[1]) * x),
    (r"$\frac{\partial f}{\partial W^{[1]}_{21}} = W^{[2]}_{11} H(z_2) x$", "W1", (1, 0),
     lambda x: 1 * _step(_z(x)[1]) * x),
    (r"$\frac{\partial f}{\partial b^{[1]}_1} = W^{[2]}_{11}\, 𝟙_{z_1>0}$", "b1", (0,), lambda x: _step(_z(x)[0])),
    (r"$\frac{\partial f}{\partial b^{[1]}_2} = W^{[2]}_{12} \operatorname{step}(z_2)$", "b1", (1,),
     lambda x: 2 * _step(_z(x)[1])),
    ("df/db1_1 = W2_11 1[z_1>0]", "b1", (0,), lambda x: _step(_z(x)[0])),
    ("df/db1_2 = W2_12 1(z_2 > 0)", "b1", (1,), lambda x: 2 * _step(_z(x)[1])),
    ("df/dW1_21 = W2_12 H(z_2) x", "W1", (1, 0), lambda x: 2 * _step(_z(x)[1]) * x),
    ("df/db1_2 = W2_12 step(z_2)", "b1", (1,), lambda x: 2 * _step(_z(x)[1])),
    ("df/dW1_11 = W2_11 [z_1 > 0] x", "W1", (0, 0), lambda x: _step(_z(x)[0]) * x),
    ("df/db1_2 = W2_11 1{z_2>0}", "b1", (1,), lambda x: 1 * _step(_z(x)[1])),
]


@pytest.mark.parametrize("claim, name, index, formula", CASES)
def test_an_indicator_reads_as_the_relu_derivative(tmp_path, claim, name, index, formula):
    head = LATEX_HEAD if claim.startswith("$") else PLAIN_HEAD
    expected = "correct" if agrees(E, name, index, formula, E_X, act="relu") else "wrong"
    assert verdicts(tmp_path, E_TOML, head + claim + "\n")[0].get(3, []) == [expected]


@pytest.mark.parametrize("text", ["1[z>=0]", r"\mathbb{1}[z \ge 0]", "x_1(z>0)", "H(x)", "2(z>0)", "K[z>0]",
                                  "W_1[z>0]", "[z > 1]", "1[z>0.5]"])
def test_what_is_no_indicator_of_a_positive_unit_is_kept(text):
    assert "relu" not in normalise(text)


@pytest.mark.parametrize("text, unit", [
    ("1[z>0]", "z"), (r"1\{z_2 > 0\}", "z_2"), ("1(z > 0)", "z"), ("𝟙_{z>0}", "z"), (r"\mathbb{1}_{[z_1>0]}", "z_1"),
    (r"\mathbf{1}(z_2 > 0)", "z_2"), ("[z>0]", "z"), (r"\left[z_1 > 0\right]", "z_1"), ("H(z_1)", "z_1"),
    (r"\mathrm{H}(z^{[1]}_2)", "z^{[1]}_2"), ("step(z)", "z"), (r"\text{step}(z_2)", "z_2"),
    ("1[z_2(x_1) > 0]", "z_2(x_1)"),
])
def test_every_spelling_is_the_relu_derivative_of_its_unit(text, unit):
    assert normalise(text) == normalise(rf"\operatorname{{relu}}'({unit})")
