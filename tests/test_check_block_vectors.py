"""Gradient vectors stacked from the layers' blocks in θ order: ``[x (W^{[2]})^\\top; (W^{[2]})^\\top; h(x); 1]``,
a ``bmatrix`` of blocks, ``(x v, v, h(x), 1)`` in the learner's letters; symbolic and at a datapoint.

The expected numbers come from tests/reference.py (central differences of a NumPy forward pass), never from the
checker. Exercises (W^{[l]} is n_l × n_{l-1}, θ = W1 row-major, b1, W2, b2):
A: W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0, no activation, x_1 = 1, x_2 = 2;
B: W1 = [2, -1]^T, b1 = [1, 0]^T, W2 = [1, 3], b2 = 1, x_1 = 1, x_2 = -1;
F: W1 = [[1, 2], [0, 1]], b1 = [0, 1]^T, W2 = [1, -1], b2 = 0, x^(1) = (1, 0)^T, x^(2) = (0, 1)^T;
D: sigmoid, W1 = [1, -1]^T, b1 = 0, W2 = [1, 1], b2 = 0, x_1 = 0, x_2 = 1.
"""

import time

import numpy as np
import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.normalise import normalise

from reference import central_jacobian

EXERCISES = {   # θ, widths, activation, datapoints, the exercise as notes write it
    "A": ([1, 1, 0, 1, 1, 0, 0], [1, 2, 1], "identity", [[1], [2]],
          r"$W^{[1]} = [1, 1]^\top$, $b^{[1]} = [0, 1]^\top$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$; $x_1 = 1$, "
          r"$x_2 = 2$."),
    "B": ([2, -1, 1, 0, 1, 3, 1], [1, 2, 1], "identity", [[1], [-1]],
          r"$W^{[1]} = [2, -1]^\top$, $b^{[1]} = [1, 0]^\top$, $W^{[2]} = [1, 3]$, $b^{[2]} = 1$; $x_1 = 1$, "
          r"$x_2 = -1$."),
}
NETWORK = r"Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with "
UNITS = r"$h(x) = W^{[1]}x + b^{[1]}$"


def _gradient(name: str, point: int) -> list:
    theta, widths, act, points, _ = EXERCISES[name]
    row = central_jacobian(theta, widths, [act], points)[point - 1]
    return [int(v) for v in np.rint(row)]


def _tuple(values) -> str:
    return "(" + ", ".join(str(v) for v in values) + ")"


def _lines(name: str, *claims: str) -> dict[int, list[str]]:
    """Verdicts of each claim: claim n is on line 3 + 2n (line 1 the exercise, line 3 h(x))."""
    notes = "\n\n".join([NETWORK + EXERCISES[name][4], UNITS, *(f"$${c}$$" for c in claims)]) + "\n"
    return line_verdicts(check_text(notes))


@pytest.mark.parametrize("name", ["A", "B"])
@pytest.mark.parametrize("vector", [r"[x\,(W^{[2]})^\top;\ (W^{[2]})^\top;\ h(x);\ 1]",
                                    r"\begin{bmatrix} x (W^{[2]})^\top \\ (W^{[2]})^\top \\ h(x) \\ 1 \end{bmatrix}",
                                    r"(x (W^{[2]})^\top, (W^{[2]})^\top, h(x), 1)",
                                    r"[x\,(W^{[2]})^\top;\ (W^{[2]})^\top;\ W^{[1]}x + b^{[1]};\ 1]"])
def test_blocks_in_the_sheets_names_are_the_gradient(name, vector):
    assert _lines(name, rf"\nabla_\theta f(x) = {vector}")[5] == ["correct"]


@pytest.mark.parametrize("vector", [r"[(W^{[2]})^\top;\ (W^{[2]})^\top;\ h(x);\ 1]",   # the input factor x left out
                                    r"[x\,(W^{[2]})^\top;\ (W^{[2]})^\top;\ h(x);\ 0]",   # ∂f/∂b2 taken as 0
                                    r"[x\,(W^{[2]})^\top;\ 0;\ 0;\ h(x);\ 1]"])           # ∂f/∂b1 taken as 0
def test_a_wrong_block_makes_the_vector_wrong(vector):
    assert _lines("B", rf"\nabla_\theta f(x) = {vector}")[5] == ["wrong"]


@pytest.mark.parametrize("name", ["A", "B"])
@pytest.mark.parametrize("point", [1, 2])
def test_blocks_at_a_datapoint_and_their_numbers(name, point):
    x = EXERCISES[name][3][point - 1][0]
    blocks = rf"[{x} \cdot (W^{{[2]}})^\top;\ (W^{{[2]}})^\top;\ h(x_{point});\ 1]"
    right = _gradient(name, point)
    slip = right[:4] + [right[4] + 1] + right[5:]
    assert _lines(name, rf"\nabla_\theta f(x_{point}) = {blocks} = {_tuple(right)}")[5] == ["correct", "correct"]
    assert _lines(name, rf"\nabla_\theta f(x_{point}) = {blocks} = {_tuple(slip)}")[5] == ["correct", "wrong"]


def test_a_block_at_the_wrong_datapoint_is_wrong():   # B: x_2 = -1, the block written with x_1 = 1
    assert _lines("B", r"\nabla_\theta f(x_2) = [1 \cdot (W^{[2]})^\top;\ (W^{[2]})^\top;\ h(x_2);\ 1]")[5] == \
        ["wrong"]


LETTERS = (r"Let $u = [1, 1]^\top$, $b = [0, 1]^\top$, $v = [1, 0]^\top$, $c = 0$; $x_1 = 1$, $x_2 = 2$." "\n\n"
           r"$$f(x) = v^\top h(x) + c, \quad h(x) = ux + b$$" "\n\n")


@pytest.mark.parametrize("claim, verdicts", [
    (r"\nabla_\theta f(x) = (x v, v, h(x), 1)", ["correct"]),
    (r"\nabla_\theta f(x) = \begin{bmatrix} x \mathbf{v} \\ \mathbf{v} \\ \mathbf{h}(x) \\ 1 \end{bmatrix}",
     ["correct"]),
    (r"\nabla_\theta f(x) = [x\,v;\ v;\ h(x);\ 1]", ["correct"]),
    (r"\nabla_\theta f(x) = (v, v, h(x), 1)", ["wrong"]),
    ("\\nabla_\\theta f(x_1) = [1 \\cdot v;\\ v;\\ h(x_1);\\ 1] = " + _tuple(_gradient("A", 1)),
     ["correct", "correct"]),
    ("\\nabla_\\theta f(x_2) = [2 v;\\ v;\\ h(x_2);\\ 1] = " + _tuple(_gradient("A", 2)), ["correct", "correct"]),
])
def test_blocks_in_the_learners_letters(claim, verdicts):
    assert line_verdicts(check_text(LETTERS + f"$${claim}$$\n"))[5] == verdicts


TWO_INPUTS = (NETWORK + r"$W^{[1]} = \begin{bmatrix} 1 & 2 \\ 0 & 1 \end{bmatrix}$, $b^{[1]} = [0, 1]^\top$, "
              r"$W^{[2]} = [1, -1]$, $b^{[2]} = 0$; $x^{(1)} = (1, 0)^\top$, $x^{(2)} = (0, 1)^\top$." "\n\n"
              + UNITS + "\n\n")


def test_the_two_input_blocks_by_central_differences():
    row = central_jacobian([1, 2, 0, 1, 0, 1, 1, -1, 0], [2, 2, 1], ["identity"], [[1, 0], [0, 1]])[0]
    assert [int(v) for v in np.rint(row)] == [1, 0, -1, 0, 1, -1, 1, 1, 1]   # the numbers the tests below use


@pytest.mark.parametrize("block, verdict", [(r"(W^{[2]})^\top x^\top", "correct"),
                                            (r"x W^{[2]}", "wrong"),   # the block transposed (as on its own)
                                            (r"(W^{[2]})^\top (W^{[2]})", "wrong")])
def test_a_matrix_block_of_a_two_input_network(block, verdict):
    notes = TWO_INPUTS + rf"$$\nabla_\theta f(x) = [{block};\ (W^{{[2]}})^\top;\ h(x);\ 1]$$" + "\n"
    assert line_verdicts(check_text(notes))[5] == [verdict]


def test_blocks_that_do_not_make_up_theta_are_not_judged_wrong():   # the datapoint's vector read as one number
    notes = TWO_INPUTS + r"$$\nabla_\theta f(x^{(1)}) = [(W^{[2]})^\top (x^{(1)})^\top;\ (W^{[2]})^\top;\ " \
        r"h(x^{(1)});\ 1]$$" + "\n"
    assert line_verdicts(check_text(notes))[5] == ["unreadable"]


def test_sigmoid_blocks_at_a_datapoint():
    J = central_jacobian([1, -1, 0, 0, 1, 1, 0], [1, 2, 1], ["sigmoid"], [[0], [1]])
    assert np.allclose(J[0], [0, 0, 0.25, 0.25, 0.5, 0.5, 1], atol=1e-6)   # the numbers written below
    notes = (NETWORK.replace("W^{[2]}(", r"W^{[2]}\sigma(") + r"sigmoid $\sigma$, $W^{[1]} = [1, -1]^\top$, "
             r"$b^{[1]} = [0, 0]^\top$, $W^{[2]} = [1, 1]$, $b^{[2]} = 0$; $x_1 = 0$, $x_2 = 1$." "\n\n"
             r"$h(x) = \sigma(W^{[1]}x + b^{[1]})$" "\n\n"
             r"$$\nabla_\theta f(x_1) = [0 \cdot \tfrac14 (W^{[2]})^\top;\ \tfrac14 (W^{[2]})^\top;\ h(x_1);\ 1] "
             r"= (0, 0, \tfrac14, \tfrac14, \tfrac12, \tfrac12, 1)$$" "\n\n"
             r"$$\nabla_\theta f(x_1) = [0;\ 0;\ (W^{[2]})^\top;\ h(x_1);\ 1]$$" "\n")
    lines = line_verdicts(check_text(notes))
    assert lines[5] == ["correct", "correct"] and lines[7] == ["wrong"], lines


@pytest.mark.parametrize("text, read", [(r"[x\,(W^{[2]})^\top;\ h(x);\ 1]", r"[x (W^{[2]})^T, h(x), 1]"),
                                        (r"(0{,}5;\ 0{,}5)", r"(0{,}5, 0{,}5)"),
                                        (r"f(x; \theta)", r"f(x)")])
def test_semicolons_between_blocks_are_commas(text, read):
    assert normalise(text) == read


def test_the_semicolon_rule_stays_linear():
    start = time.process_time()  # CPU time: load from other work does not count
    normalise("[" + "(W^{[2]}" * 3000 + ";" * 100)
    normalise("(" + ";{[2" * 3000)
    normalise("[" + "; (a{[1]}" * 2000 + "]")
    assert time.process_time() - start < 5
