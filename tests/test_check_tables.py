"""Markdown tables of values read as claims, whichever way round and however the headers are spelled (invented notes).

Expected verdicts are worked out by hand. LINEAR: f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 0, W2 = 1, b2 = 1,
θ = (W1, b1, W2, b2), datapoints 0 and 1: ∇f(x) = (W2 x, W2, W1 x + b1, 1) = (x, 1, 2x, 1), so ∇f(0) = (0, 1, 0, 1),
∇f(1) = (1, 1, 2, 1), K = [[2, 2], [2, 7]]. SIGMOID: f(x) = σ(x): z = x, a = f = σ(x), σ(0) = 0.5, σ(1) = 0.7310586.
"""

import pytest
from check_helpers import problem
from check_helpers import verdicts as _verdicts

from symntk.check.tables import data_points, table_segments

LINEAR = problem([1, 1, 1], "identity", [0, 1], W1=2, b1=0, W2=1, b2=1)
SIGMOID = LINEAR.replace('"identity"', '"sigmoid"').replace("W1 = 2", "W1 = 1").replace("b2 = 1", "b2 = 0")


def test_rows_per_parameter_columns_per_datapoint(tmp_path):
    notes = "\n".join(["| θ_k | x_1 = 0 | x_2 = 1 |", "|---|---|---|", "| θ_1 | 0 | 1 |", "| θ_2 | 1 | 1 |",
                       "| θ_3 | 0 | 1 |", "| θ_4 | 1 | 1 |"])   # θ_3 at x_2 is 2, not 1
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts == {3: ["correct"] * 2, 4: ["correct"] * 2, 5: ["correct", "wrong"], 6: ["correct"] * 2}
    assert first == 5


def test_rows_per_datapoint_with_latex_headers(tmp_path):
    notes = "\n".join([r"| | $\frac{\partial f}{\partial W^{[1]}}$ | $\partial f/\partial b^{[1]}$ | $W^{[2]}$ | "
                       r"$b^{[2]}$ |", "|---|---|---|---|---|", r"| $x^{(1)}$ | 0 | 1 | 0 | 1 |",
                       "| x₂ | 1 | 1 | 2 | 1 |"])
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts == {3: ["correct"] * 4, 4: ["correct"] * 4}
    assert first == 0


def test_datapoints_by_their_values_under_an_x_column(tmp_path):
    notes = "\n".join(["Datapoints $x_1 = 0$ and $x_2 = 1$.", "",
                       "| x | ∂f/∂θ_1 | ∂f/∂θ_2 | ∂f/∂θ_3 | ∂f/∂θ_4 |", "|---|---|---|---|---|",
                       "| 0 | 0 | 1 | 0 | 1 |", "| 1 | 1 | 1 | 3 | 1 |"])   # ∂f/∂θ_3 at x = 1 is 2
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts[5] == ["correct"] * 4
    assert verdicts[6] == ["correct", "correct", "wrong", "correct"]
    assert first == 6


def test_a_kernel_table_between_datapoints(tmp_path):
    notes = "\n".join(["| K | x_1 | x_2 |", "|---|---|---|", "| x_1 | 2 | 2 |", "| x_2 | 2 | 6 |"])
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts == {3: ["correct", "correct"], 4: ["correct", "wrong"]}
    assert first == 4


def test_forward_pass_with_a_defining_header_and_rounded_decimals(tmp_path):
    notes = "\n".join(["| | z | a = σ(z) | f |", "|---|---|---|---|", "| x1 | 0 | 0.5 | 0.5 |",
                       "| x2 | 1 | ≈ 0.731 | 0.75 |"])   # σ(1) = 0.7310586: 0.731 right, 0.75 wrong
    verdicts, first = _verdicts(tmp_path, SIGMOID, notes)
    assert verdicts[1] == ["correct"]              # the header's definition a = σ(z)
    assert verdicts[3] == ["correct"] * 3
    assert verdicts[4] == ["correct", "correct", "wrong"]
    assert first == 4


@pytest.mark.parametrize("text, expected", [
    (r"$x_1 = 0,\ x_2 = -1$", {(0,): 1, (-1,): 2}),
    (r"$x^{(1)} = (1, 0)^T$ and $x^{(2)} = [0; 1]$", {(1, 0): 1, (0, 1): 2}),
    ("x1 = 0,5 and x2 = 2", {(0.5,): 1, (2,): 2}),
])
def test_datapoints_the_notes_define(text, expected):
    assert data_points(text) == expected


def test_cells_name_what_their_headers_say():
    rows = [(1, r"| | $\partial/\partial W^{[2]}_{1,1}$ | ∇f(x) |"), (2, "|---|---|---|"),
            (3, "| f_1 at x_2 | ≈ 0.5 | (1, 0) |")]
    texts = [s.text for s in table_segments(rows)]
    assert texts == [r"\frac{\partial f_{1}(x_{2})}{\partial W^{[2]}_{1,1}} \approx 0.5",
                     r"\nabla_\theta f_{1}(x_{2}) = (1, 0)"]
    rows = [(1, "| parameter | symbolic | at (1, 0) |"), (2, "|---|---|---|"), (3, "| w11 | v1·p | 2 |")]
    texts = [s.text for s in table_segments(rows, "x^(1) = (1, 0)")]
    assert texts == [r"\frac{\partial f}{\partial w11} = v1·p", r"\frac{\partial f(x_{1})}{\partial w11} = 2"]


def test_columns_of_whole_gradients_and_parameters_with_a_note(tmp_path):
    notes = "\n".join([r"| | $\nabla_\theta f(x_1)$ | $\frac{\partial f(x_2)}{\partial \theta_k}$ |", "|---|---|---|",
                       "| θ_1 (W1) | 0 | 1 |", "| θ_2 (b1) | 1 | 1 |", "| θ_3 (W2) | 0 | 2 |",
                       "| θ_4 (b2) | 1 | 0 |"])   # ∂f/∂b2 is 1 at every x
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts == {3: ["correct"] * 2, 4: ["correct"] * 2, 5: ["correct"] * 2, 6: ["correct", "wrong"]}
    assert first == 6
