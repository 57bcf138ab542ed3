"""Backpropagation written per unit, index formulas of a one-input network, and arithmetic on written tuples.

Worked out by hand for the linear network f(x) = W2 (W1 x + b1) + b2 with W1 = (2, −1)ᵀ, b1 = (1, 0)ᵀ,
W2 = (3, 1), b2 = 2: ∂f/∂z_1 = W2_1 = 3, ∂f/∂z_2 = W2_2 = 1, ∂f/∂W1_{j1} = W2_{1j} x (6 and 2 at x = 2). With
tanh on the hidden layer ∂f/∂a_i = W2_i, while ∂f/∂z_i = W2_i (1 − tanh² z_i) ≠ W2_i. A formula with the
indices swapped, ∂f/∂W1_{jk} = W2_{1k} x_j, gives W2_{11} x = 3x for W1_{21} (true W2_{12} x = x).
"""

from check_helpers import verdict_sets

from symntk.check import check_text

LINEAR = r"""Given $W^{(1)} = (2, -1)^T$, $b^{(1)} = (1, 0)^T$, $W^{(2)} = (3, 1)$, $b^{(2)} = 2$, no activation;
datapoints $x_1 = 1$, $x_2 = 2$.

$\theta = (W^{(1)}_{11}, W^{(1)}_{21}, b^{(1)}_1, b^{(1)}_2, W^{(2)}_{11}, W^{(2)}_{12}, b^{(2)})$
"""

TANH = LINEAR.replace("no activation", r"$\tanh$ on the hidden layer")


def _by_line(header, *claims):
    """{line counted from the first claim = 1: sorted set of (verdict, carried)}, and the exit code."""
    found, report = verdict_sets(header, *claims)
    return found, report.exit_code


def test_derivative_of_f_with_respect_to_a_hidden_unit():
    lines, _ = _by_line(LINEAR,
                        r"$\partial f/\partial z_1 = W^{(2)}_{11}$",
                        r"$\frac{\partial f}{\partial z_2} = 3$",
                        r"$\partial f/\partial z_i = W^{(2)}_{1i}$")
    assert lines == {1: [("correct", False)], 3: [("wrong", False)], 5: [("correct", False)]}


def test_unit_derivative_before_and_after_the_activation():
    lines, _ = _by_line(TANH,
                        r"$\partial f/\partial a_1 = W^{(2)}_{11}$",
                        r"$\partial f/\partial z_1 = W^{(2)}_{11}$",
                        r"$\partial f/\partial z_2 = W^{(2)}_{12}(1 - \tanh^2(z_2))$")
    assert lines == {1: [("correct", False)], 3: [("wrong", False)], 5: [("correct", False)]}


def test_index_formula_of_a_one_input_network_with_the_indices_swapped():
    lines, _ = _by_line(LINEAR,
                        r"$\partial f/\partial W^{(1)}_{jk} = W^{(2)}_{1j}x_k$",
                        r"$\partial f/\partial W^{(1)}_{jk} = W^{(2)}_{1k}x_j$",
                        r"$\partial f/\partial W^{(1)}_{21} = 3x$")
    assert lines == {1: [("correct", False)], 3: [("correct", False), ("wrong", False)], 5: [("wrong", True)]}


def test_arithmetic_on_written_tuples():
    lines, code = _by_line(LINEAR,
                           r"$2(1, 3, 5) - (1, 1, 1) = (1, 5, 9)$",
                           r"$(1, 2)^T + 3(0, 1)^T = (1, 5)^T$")
    assert lines == {1: [("correct", False)], 3: [("correct", False)]} and code == 0
    lines, code = _by_line(LINEAR, r"$(1, 2) + (3, 4) = (4, 7)$")
    assert lines == {1: [("wrong", False)]} and code == 1


def _plain(matrix_rows: str) -> str:
    return LINEAR + "\nThe kernel:\n\nK =\n\n" + matrix_rows + "\n\nDone.\n"


def test_a_matrix_typed_as_a_table_of_numbers_under_its_name():
    # ∇f(1) = (3, 1, 3, 1, 3, −1, 1), ∇f(2) = (6, 2, 3, 1, 5, −2, 1): K = [[31, 48], [48, 80]]
    right = check_text(_plain("| 31 | 48 |\n|----|----|\n| 48 | 80 |"))
    wrong = check_text(_plain("| 31 | 48 |\n|----|----|\n| 48 | 81 |"))
    assert [j.verdict for j in right.judgements if j.kind.startswith("kernel")] == ["correct"] and right.exit_code == 0
    assert [j.verdict for j in wrong.judgements if j.kind.startswith("kernel")] == ["wrong"] and wrong.exit_code == 1
    words = check_text(_plain("| point | value |\n|---|---|\n| 1 | 10 |\n| 2 | 15 |"))
    assert all(not j.kind.startswith("kernel") for j in words.judgements)
