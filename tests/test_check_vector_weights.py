"""One index on a weight vector (W^{(1)}_j of a one-input layer, W^{(2)}_j of a one-unit layer) and rows spaced out.

The network, worked by hand: W1 = (1, −1)^T, b1 = (0, 2)^T, W2 = (1, −2) (written ``(1\\ \\ {-2})``), b2 = 0, identity,
x_1 = 1, x_2 = 3. Then z_2(x) = 2 − x, so ∂f(x_1)/∂W2_2 = z_2(1) = 1; ∂f/∂W1_2 = W2_2 x = −6 at x_2 = 3; and
f(x_2) = 1·3 + (−2)(−1) = 5. The same numbers come from the independent backprop of tests/reference.py.
"""

import pytest

from symntk.check import check_text
from symntk.check.normalise import normalise
from symntk.check.syntax import parse
from symntk.check.values import items

from reference import exact_jacobian, forward

NOTES = r"""Given $W^{(1)} = \begin{pmatrix}1\\-1\end{pmatrix}$, $b^{(1)} = \begin{pmatrix}0\\2\end{pmatrix}$,
$W^{(2)} = (1\ \ {-2})$, $b^{(2)} = 0$, no activation; $x_1 = 1$, $x_2 = 3$.

$\theta = (W^{(1)}_1, W^{(1)}_2, b^{(1)}_1, b^{(1)}_2, W^{(2)}_1, W^{(2)}_2, b^{(2)}) = (1, -1, 0, 2, 1, -2, 0)$

$$\frac{\partial f(x_1)}{\partial W^{(2)}_2} = 1$$
$$\frac{\partial f(x_2)}{\partial W^{(1)}_2} = -6$$
$$\frac{\partial f(x_2)}{\partial W^{(1)}_2} = 6$$
$$f(x_2) = 5$$
"""


def test_hand_values_are_the_independent_backprop():
    theta, widths = [1, -1, 0, 2, 1, -2, 0], [1, 2, 1]
    J = exact_jacobian(theta, widths, ["identity"], [[1], [3]])
    assert J[0][5] == 1 and J[1][1] == -6
    assert forward(theta, widths, ["identity"], [3])[0] == 5


@pytest.mark.parametrize("row, entries", [(r"(1\ \ {-2})", 2), (r"(1\ \ -2)", 2), (r"[3\quad {-1}\ \ 4]", 3)])
def test_spaced_rows_with_braced_negatives_are_rows(row, entries):
    assert len(items(parse(normalise(f"W = {row}")).members[1].node)) == entries


def test_one_index_names_the_entry_of_a_column_or_a_row():
    verdicts = [(j.claim.line, j.verdict) for j in check_text(NOTES).judgements]
    assert verdicts == [(4, "correct"), (4, "correct"), (6, "correct"), (7, "correct"), (8, "wrong"), (9, "correct")]
