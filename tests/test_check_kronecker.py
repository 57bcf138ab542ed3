"""Index formulas with Kronecker's δ: ``∂z_i/∂W^{(1)}_j = x δ_{ij}``, ``∂h_i/∂W^{(1)}_{jk} = x_k δ_{ij}``.

A formula written for every index is judged once per index value inside the network, as a formula in x
(never rescued by a datapoint where it happens to hold), with δ_{ij} = 1 for i = j and 0 otherwise, and with
x_k the input's coordinate k. The derivatives were worked out by hand: z_i = Σ_k W_{ik} x_k + b_i, so
∂z_i/∂W_{jk} = δ_{ij} x_k and ∂z_i/∂b_j = δ_{ij}; with one input ∂z_i/∂W_j = x δ_{ij}. A wrong unit derivative
(∂z_i/∂W_j = δ_{ij}, a factor 1/x) carries into the learner's ∂f/∂W_2 = W2_2 (true W2_2 x).
"""

from check_helpers import verdict_sets

ONE_INPUT = r"""Given $W^{(1)} = (2, 1)^T$, $b^{(1)} = (0, -1)^T$, $W^{(2)} = (1, 3)$, $b^{(2)} = 0$, no activation;
datapoints $x_1 = 1$, $x_2 = 2$.

$\theta = (W^{(1)}_1, W^{(1)}_2, b^{(1)}_1, b^{(1)}_2, W^{(2)}_1, W^{(2)}_2, b^{(2)})$

With $z_j = W^{(1)}_jx + b^{(1)}_j$:
"""

TWO_INPUTS = r"""Given $W^{(1)} = \begin{pmatrix}1 & 2\\0 & 1\end{pmatrix}$, $b^{(1)} = (0, 1)^T$, $W^{(2)} = (1, -1)$,
$b^{(2)} = 0$, no activation; $x^{(1)} = (1, 0)^T$, $x^{(2)} = (0, 1)^T$.

$\theta = (W^{(1)}_{11}, W^{(1)}_{12}, W^{(1)}_{21}, W^{(1)}_{22}, b^{(1)}_1, b^{(1)}_2, W^{(2)}_1, W^{(2)}_2, b^{(2)})$
"""


def _by_line(header, *claims):
    """{line counted from the first claim = 1: sorted set of (verdict, carried)} after the header."""
    return verdict_sets(header, *claims)[0]


def test_unit_derivatives_with_delta_one_input():
    lines = _by_line(ONE_INPUT,
                     r"$\partial z_i/\partial b^{(1)}_j = \delta_{ij}$",
                     r"$\partial z_i/\partial W^{(1)}_j = x\,\delta_{ij}$",
                     r"$\partial z_i/\partial W^{(1)}_j = \delta_{ij}$")   # holds at x_1 = 1 only
    assert lines == {1: [("correct", False)], 3: [("correct", False)], 5: [("correct", False), ("wrong", False)]}


def test_a_wrong_unit_derivative_carries_into_the_chain_rule():
    lines = _by_line(ONE_INPUT,
                     r"$\partial z_i/\partial W^{(1)}_j = \delta_{ij}$",
                     r"$$\frac{\partial f}{\partial W^{(1)}_2} = W^{(2)}_2$$")
    assert lines == {1: [("correct", False), ("wrong", False)], 3: [("wrong", True)]}


def test_unit_derivatives_with_delta_two_inputs():
    lines = _by_line(TWO_INPUTS,
                     r"$\partial h_i/\partial W^{(1)}_{jk} = x_k\,\delta_{ij}$",
                     r"$\partial h_i/\partial W^{(1)}_{jk} = x_j\,\delta_{ik}$")   # indices transposed
    assert lines == {1: [("correct", False)], 3: [("correct", False), ("wrong", False)]}


def test_a_letter_bound_by_a_sum_is_not_put_in():
    from symntk.check.index_notation import bound_letters

    assert bound_letters(r"\sum_i W_i \delta_{ij}") == {"i"}
    assert bound_letters(r"\sum_{j,k} x_j x'_j") == {"j", "k"}
    assert bound_letters(r"\sum_{j=1}^{2} W_j") == {"j"}
    assert bound_letters(r"\sum W_j") is None     # a Σ without its letter: nothing is put in
    # ∂f/∂b1_j = Σ_i W2_i ∂z_i/∂b1_j = Σ_i W2_i δ_{ij} = W2_j (identity); W2_j x is ∂f/∂W1_j, not ∂f/∂b1_j
    lines = _by_line(ONE_INPUT,
                     r"$$\frac{\partial f}{\partial b^{(1)}_j} = \sum_i W^{(2)}_i\,\delta_{ij} = W^{(2)}_j$$",
                     r"$$\frac{\partial f}{\partial b^{(1)}_j} = \sum_i W^{(2)}_i\,\delta_{ij}\,x = W^{(2)}_j\,x$$")
    # the Σ step brings in the wrong x; W2_j x follows from that step (carried)
    assert lines == {1: [("correct", False)], 3: [("wrong", False), ("wrong", True)]}
