"""One value for a parameter letter in every layer (``all $W = 2$, all $b = 1$``) beside a formula of scalar layers.

The notes here are invented for these tests. Their expected verdicts are worked out by hand: the net
f(x) = W⁽³⁾(W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾) + b⁽³⁾ with every W = 2 and every b = 1 is f(x) = 8x + 7; with
θ = (W⁽¹⁾, b⁽¹⁾, W⁽²⁾, b⁽²⁾, W⁽³⁾, b⁽³⁾) its gradient is (4x, 4, 4x + 2, 2, 4x + 3, 1), at x₁ = 0 (0, 4, 2, 2, 3, 1)
and at x₂ = 1 (4, 4, 6, 2, 7, 1); K = [[34, 54], [54, 122]].
"""

import pytest
from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text
from symntk.errors import InputError

from reference import central_jacobian, exact_jacobian, gram

FORMULA = r"$f(x) = W^{[3]}(W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}) + b^{[3]}$"


def _by_line(notes: str) -> tuple[dict[int, list[str]], int, int]:
    report = check_text(notes, "notes.md")
    return line_verdicts(report), first_mistake(report), report.exit_code


def test_the_invented_network_by_two_methods():
    theta, widths, points = [2, 1, 2, 1, 2, 1], [1, 1, 1, 1], [[0], [1]]
    rows = exact_jacobian(theta, widths, ["identity", "identity"], points)
    assert rows == [[0, 4, 2, 2, 3, 1], [4, 4, 6, 2, 7, 1]]
    numeric = central_jacobian(theta, widths, ["identity", "identity"], points)
    assert all(abs(float(a) - b) < 1e-6 for r, s in zip(rows, numeric) for a, b in zip(r, s))
    assert gram(rows) == [[34, 54], [54, 122]]


def test_all_weights_and_all_biases_given_once():
    notes = (FORMULA + ", all $W = 2$, all $b = 1$, $x_1 = 0, x_2 = 1$\n"         # 1
             "\n"
             r"$\frac{\partial f}{\partial W^{[1]}} = W^{[3]} W^{[2]} x = 4x$" "\n"  # 3
             "\n"
             r"$\nabla_\theta f(x_1) = (0, 4, 2, 2, 3, 1)$" "\n"                  # 5
             "\n"
             r"$\nabla_\theta f(x_2) = (4, 4, 6, 2, 7, 1)$" "\n"                  # 7
             "\n"
             "$K_{12} = 54$\n"                                                    # 9
             "\n"
             "$K_{22} = 120$\n")                                                  # 11
    got, first, code = _by_line(notes)
    assert got[3] == ["correct", "correct"]
    assert got[5] == ["correct"] and got[7] == ["correct"] and got[9] == ["correct"]
    assert got[11] == ["wrong"]
    assert first == 11 and code == 1


def test_one_number_for_layers_with_entries_is_not_enough():
    notes = (FORMULA + ", all $W = 2$, all $b = 1$, $x_1 = 0, x_2 = 1$\n\n"
             r"$\frac{\partial f}{\partial W^{[1]}_{21}} = 3$" "\n")
    with pytest.raises(InputError):
        check_text(notes, "notes.md")


def test_a_value_of_its_own_for_one_layer_is_not_overruled():
    notes = (FORMULA + ", $W^{[1]} = 3$, all $W = 2$, all $b = 1$, $x_1 = 0, x_2 = 1$\n\n"
             r"$\nabla_\theta f(x_1) = (0, 4, 2, 2, 3, 1)$" "\n")
    with pytest.raises(InputError):
        check_text(notes, "notes.md")
