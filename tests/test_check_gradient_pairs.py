"""Inner products of the gradients of named outputs (``⟨∇f_1(x_1), ∇f_2(x_2)⟩``) are entries of the full kernel
over (datapoint, output) pairs — also across outputs, and also when the output named is the first.

Invented network with two outputs, no activation: W1 = 2, b1 = 0, W2 = (1, 3)^T, b2 = (0, 0)^T, x_1 = 1,
x_2 = -1; θ = (W1, b1, W2_1, W2_2, b2_1, b2_2). By hand, with h = 2x:
∇f_1(x) = (x, 1, 2x, 0, 1, 0), ∇f_2(x) = (3x, 3, 0, 2x, 0, 1), so
∇f_1(1) = (1, 1, 2, 0, 1, 0), ∇f_2(1) = (3, 3, 0, 2, 0, 1),
∇f_1(-1) = (-1, 1, -2, 0, 1, 0), ∇f_2(-1) = (-3, 3, 0, -2, 0, 1);
⟨∇f_1(x_1), ∇f_2(x_1)⟩ = 3 + 3 = 6, ⟨∇f_1(x_1), ∇f_2(x_2)⟩ = -3 + 3 = 0, ⟨∇f_1(x_2), ∇f_2(x_2)⟩ = 3 + 3 = 6,
⟨∇f_1(x_2), ∇f_2(x_1)⟩ = -3 + 3 = 0, ⟨∇f_1(x_1), ∇f_1(x_2)⟩ = -1 + 1 - 4 + 1 = -3,
⟨∇f_2(x_1), ∇f_2(x_2)⟩ = -9 + 9 - 4 + 1 = -3, ‖∇f_2(x_1)‖² = 9 + 9 + 4 + 1 = 23.
"""

from check_helpers import verdict_sets

from symntk.check.gradient_pairs import gradient_pairs
from symntk.check.syntax import parse

NET = r"""$W^{[1]} = 2$, $b^{[1]} = 0$, $W^{[2]} = (1,3)^\top$, $b^{[2]} = (0,0)^\top$, no activation,
$x_1 = 1$, $x_2 = -1$.

$\theta = (W^{[1]}, b^{[1]}, W^{[2]}_1, W^{[2]}_2, b^{[2]}_1, b^{[2]}_2)$
"""


def _node(text):
    return parse(text).members[0].node


def test_pairs_read_from_the_gradients():
    assert gradient_pairs(_node(r"\langle \nabla f_1(x_1), \nabla f_2(x_2) \rangle")) == (
        (("point", 1), ("output", 1)), (("point", 2), ("output", 2)))
    assert gradient_pairs(_node(r"\nabla f_2(x_1)^T \nabla f_2(x_2)")) == (
        (("point", 1), ("output", 2)), (("point", 2), ("output", 2)))
    assert gradient_pairs(_node(r"\langle \nabla f(x_1), \nabla f(x_2) \rangle")) is None   # no output named
    assert gradient_pairs(_node(r"\langle \nabla f_1(x), \nabla f_2(x_2) \rangle")) is None  # no datapoint


def test_cross_output_and_first_output_products_judged():
    by_line, _ = verdict_sets(NET,
                              r"$\langle \nabla f_1(x_1), \nabla f_2(x_1) \rangle = 6$",
                              r"$\langle \nabla f_1(x_1), \nabla f_2(x_2) \rangle = 0$",
                              r"$\langle \nabla f_1(x_1), \nabla f_1(x_2) \rangle = -3$",
                              r"$\nabla f_2(x_1)^T \nabla f_2(x_2) = -3$",
                              r"$\|\nabla f_2(x_1)\|^2 = 23$",
                              r"$\langle \nabla f_1(x_1), \nabla f_2(x_1) \rangle = 0$",
                              carried=False)
    assert by_line == {1: ["correct"], 3: ["correct"], 5: ["correct"], 7: ["correct"], 9: ["correct"],
                       11: ["wrong"]}


def test_cross_terms_claimed_zero_for_every_pair():
    report = verdict_sets(NET, r"Cross terms: $\langle \nabla f_1(x_i), \nabla f_2(x_j) \rangle = 0$.")[1]
    verdicts = sorted(j.verdict for j in report.judgements if j.line == 6)
    assert verdicts == ["correct", "correct", "wrong", "wrong"]   # (1,2), (2,1) are 0; (1,1), (2,2) are 6
