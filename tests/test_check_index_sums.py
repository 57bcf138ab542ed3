"""Sums over units with their index letter (Σ_j (W^{(2)}_j)^2, Σ_j z_j(x) z_j(x′)), x′ as a second input, and
``$= …$`` whose left side is in the prose.

Hand-worked network (identity): W1 = (1, 1)^T, b1 = (0, 1)^T, W2 = (2, -1), b2 = 0, so z_1 = x, z_2 = x + 1,
Σ_j (W2_j)^2 = 4 + 1 = 5, Σ_j z_j(x) z_j(x′) = xx′ + (x + 1)(x′ + 1), Σ_{j=1}^{2} W2_j = 1.
"""

import pytest
import sympy
from check_helpers import verdict_sets

from symntk.check import check_text
from symntk.check.index_sums import put_index, sum_over
from symntk.check.nodes import Num, Sym
from symntk.check.syntax import UnreadableError, parse

NET = r"""Given $W^{(1)} = (1, 1)^T$, $b^{(1)} = (0, 1)^T$, $W^{(2)} = (2, -1)$, $b^{(2)} = 0$, no activation;
datapoints $x_1 = 1$, $x_2 = 2$.

$\theta = (W^{(1)}_1, W^{(1)}_2, b^{(1)}_1, b^{(1)}_2, W^{(2)}_1, W^{(2)}_2, b^{(2)})$
"""


def _by_line(*claims):
    return verdict_sets(NET, *claims, carried=False)[0]


def test_put_index_and_kronecker():
    delta = parse(r"a = \delta_{i1}").members[1].node
    assert put_index(delta, "i", 1) == Num(1, None, "1") and put_index(delta, "i", 2) == Num(0, None, "0")
    w = Sym("W", (Sym("j"),), 2)
    assert put_index(w, "j", 2) == Sym("W", (Num(2, None, "2"),), 2)


def test_a_sum_stops_where_the_network_ends_or_at_its_limit():
    def evaluate(body):
        (node,) = body
        if node.sub[0].value > 3:
            raise UnreadableError("not in this network")
        return sympy.Integer(int(node.sub[0].value))

    assert sum_over([Sym("w", (Sym("j"),))], "j", None, evaluate) == 6      # 1 + 2 + 3
    assert sum_over([Sym("w", (Sym("j"),))], "j", 2, evaluate) == 3
    with pytest.raises(UnreadableError):
        sum_over([Sym("w", (Sym("j"),))], "j", 5, evaluate)                  # a written limit beyond it
    with pytest.raises(UnreadableError):
        sum_over([Sym("w")], "j", None, evaluate)                            # terms that do not name j


def test_sums_over_units_judged():
    assert _by_line(r"$\sum_j \big(W^{(2)}_j\big)^2 = 5$",
                    r"$\sum_j \big(W^{(2)}_j\big)^2 = 4$",
                    r"$\sum_{j=1}^{2} W^{(2)}_j = 1$",
                    r"$\sum_j z_j(x)z_j(x') = xx' + (x+1)(x'+1)$",
                    r"$\sum_j z_j(x)z_j(x') = xx' + (x+1)x'$") == {
        1: ["correct"], 3: ["wrong"], 5: ["correct"], 7: ["correct"], 9: ["wrong"]}


def test_right_side_of_a_formula_begun_in_words_is_context():
    report = check_text(NET + "\nHere $z_2$ is affine in $x$, $= x + 1$, as expected.\n")
    assert not [j for j in report.judgements if j.verdict == "unreadable"]


TWO_OUTPUTS = r"""Given $f:\mathbb R\to\mathbb R^2$, no activation, $W^{(1)} = 1$, $b^{(1)} = 0$,
$W^{(2)} = \begin{pmatrix}1\\3\end{pmatrix}$, $b^{(2)} = \begin{pmatrix}0\\0\end{pmatrix}$; $x_1 = 1$, $x_2 = 2$.

$\theta = (W^{(1)}, b^{(1)}, W^{(2)}_1, W^{(2)}_2, b^{(2)}_1, b^{(2)}_2)$
"""


def test_each_outputs_kernel_function_by_its_subscript():
    # ∇f_1 = (x, 1, x, 0, 1, 0) → Θ_1 = 2xx′ + 2; ∇f_2 = (3x, 3, 0, x, 0, 1) → Θ_2 = 10xx′ + 10
    report = check_text(TWO_OUTPUTS + "\n" + "\n\n".join([r"$\Theta_1(x,x') = 2xx'+2$", r"$\Theta_2(x,x') = 10xx'+10$",
                                                          r"$\Theta_2(x,x') = 2xx'+2$"]))
    assert [j.verdict for j in report.judgements if j.kind == "kernel_function"] == ["correct", "correct", "wrong"]


def test_a_name_of_the_learners_called_at_the_second_input():
    # H_j = z_j here (a name for the unit); Σ_j H_j(x) H_j(x′) = xx′ + (x + 1)(x′ + 1)
    assert _by_line(r"$H_j = W^{(1)}_jx + b^{(1)}_j$", r"$\sum_j H_j(x)H_j(x') = xx' + (x+1)(x'+1)$",
                    r"$\sum_j H_j(x)H_j(x') = xx' + x'$") == {3: ["correct"], 5: ["wrong"]}   # line 1 defines H


def test_symbols_that_cancel_still_get_values():
    from symntk.check.compare import numerically_equal

    w, x = sympy.symbols("w x")
    assert numerically_equal(x + 1, x + 1 + 0 * w) and not numerically_equal(x, (w * x + x) - w * x + 1)
