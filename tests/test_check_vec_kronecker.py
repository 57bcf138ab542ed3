"""Blocks stacked with ``vec`` and written with Kronecker's product ``⊗``: ∂f/∂ vec W^{[1]} = x ⊗ W^{[2]T}.

The exercise (invented here, two inputs): W1 = [[1, 0], [2, −1]], b1 = (1, 0)^T, W2 = (1 2), b2 = 0, no activation.
By hand: ∂f/∂W1 = W2^T x^T = [[x_1, x_2], [2x_1, 2x_2]]. vec stacks the columns: vec(∂f/∂W1) = x ⊗ W2^T =
(x_1, 2x_1, x_2, 2x_2); stacking the rows instead (θ's own order) gives W2^T ⊗ x = (x_1, x_2, 2x_1, 2x_2); and
x^T ⊗ W2^T = [x_1 W2^T, x_2 W2^T] is the 2 × 2 block itself. A one-input exercise (W1 = (2, −1)^T, b1 = (1, 0)^T,
W2 = (1 3), b2 = 1) has ∂f/∂ vec W1 = x ⊗ W2^T = (x, 3x)^T.
"""

from check_helpers import claim_verdicts as _verdicts

from symntk.check.syntax import parse

TWO = r"""Given $W^{[1]} = \begin{pmatrix} 1 & 0 \\ 2 & -1 \end{pmatrix}$, $\mathbf{b}^{[1]} = (1, 0)^T$,
$W^{[2]} = \begin{pmatrix} 1 & 2 \end{pmatrix}$, $b^{[2]} = 0$;
$\mathbf{x}^{(1)} = (1, 1)^T$, $\mathbf{x}^{(2)} = (0, 2)^T$.
"""

ONE = r"""Given $W^{[1]} = \begin{pmatrix} 2 \\ -1 \end{pmatrix}$, $\mathbf{b}^{[1]} = (1, 0)^T$,
$W^{[2]} = \begin{pmatrix} 1 & 3 \end{pmatrix}$, $b^{[2]} = 1$, no activation; $x_1 = 1$, $x_2 = -1$.
"""


def test_kronecker_product_parses():
    for written in (r"x \otimes W", r"x ⊗ W", r"(C^T \otimes A)\,\mathrm{vec}\,B"):
        parse(written)


def test_vec_of_a_block_by_columns_or_by_rows():
    lines = _verdicts(TWO,
                      r"$\frac{\partial f}{\partial\, \mathrm{vec} W^{[1]}} = \mathbf{x} \otimes W^{[2]T} = "
                      r"(x_1, 2x_1, x_2, 2x_2)^T$",
                      r"$\mathrm{vec}\,\partial f/\partial W^{[1]} = (x_1, x_2, 2x_1, 2x_2)^T$",   # rows stacked
                      r"$\mathrm{vec}\,\partial f/\partial W^{[1]} = W^{[2]T} \otimes \mathbf{x}$",
                      r"$\mathrm{vec}\,\partial f/\partial W^{[1]} = (x_1, 2x_2, 2x_1, x_2)^T$",
                      r"$\frac{\partial f}{\partial W^{[1]}} = \mathbf{x}^T \otimes W^{[2]T}$",
                      r"$\frac{\partial f}{\partial W^{[1]}} = \mathbf{x} \otimes W^{[2]}$")   # the block transposed
    assert lines == {1: ["correct", "correct"], 2: ["correct"], 3: ["correct"], 4: ["wrong"], 5: ["correct"],
                     6: ["wrong"]}


def test_vec_of_a_column_block_with_one_input():
    lines = _verdicts(ONE,
                      r"$\frac{\partial f}{\partial\, \mathrm{vec} W^{[1]}} = x \otimes W^{[2]T} = "
                      r"\begin{pmatrix} x \\ 3x \end{pmatrix}$",
                      r"(In vec form: $\mathrm{vec}\,\partial f/\partial W^{[1]} = x\otimes (W^{[2]})^T$.)",
                      r"$\mathrm{vec}\,\partial f/\partial W^{[1]} = W^{[2]T}$")   # x left out
    assert lines == {1: ["correct", "correct"], 2: ["correct"], 3: ["wrong"]}


def test_an_identity_in_letters_of_no_exercise_claims_nothing():
    lines = _verdicts(ONE, r"with $\mathrm{vec}(ABC) = (C^T \otimes A)\,\mathrm{vec}\,B$:")
    assert lines == {}
