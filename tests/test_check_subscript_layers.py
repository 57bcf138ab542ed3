"""The CS229 / deep-learning-book convention: the layer as a subscript (W_1, b_2, (W_1)_{21}, w_{1,21},
b_{1,2}), datapoints as x^{(i)}, decided for the whole notes from what the learner writes; and Dutch words.

Every expected verdict here was worked out by hand for the network below (no activation):
W_1 = [2, -1]^T, b_1 = [1, 1]^T, W_2 = [1, 2], b_2 = 3, datapoints x^{(1)} = 1, x^{(2)} = 0.
h = W_1 x + b_1 = (2x + 1, -x + 1); f(x) = (2x + 1) + 2(-x + 1) + 3 = 6 for every x.
θ = ((W_1)_{11}, (W_1)_{21}, (b_1)_1, (b_1)_2, (W_2)_{11}, (W_2)_{12}, b_2), ∇f = (x, 2x, 1, 2, 2x+1, -x+1, 1):
∇f(x^{(1)}) = (1, 2, 1, 2, 3, 0, 1), ∇f(x^{(2)}) = (0, 0, 1, 2, 1, 1, 1);
K_11 = 1+4+1+4+9+0+1 = 20, K_12 = 0+0+1+4+3+0+1 = 9, K_22 = 0+0+1+4+1+1+1 = 8; tr 28, det 160 - 81 = 79,
λ = 14 ± √117 (both positive, so K is positive definite).
"""

from check_helpers import worst_verdicts

from symntk.check.subscript_layers import layers_as_superscripts, writes_subscript_layers

GIVEN = r"""# Opgave

Netwerk $f(x;\theta) = W_2(W_1 x + b_1) + b_2$ met $W_1 = [2, -1]^\top$, $b_1 = [1, 1]^\top$, $W_2 = [1, 2]$,
$b_2 = 3$; datapunten $x^{(1)} = 1$ en $x^{(2)} = 0$.
"""


def test_entries_in_parentheses_are_entries_of_the_subscripted_layer():
    notes = GIVEN + r"""
$\theta = \big((W_1)_{11}, (W_1)_{21}, (b_1)_1, (b_1)_2, (W_2)_{11}, (W_2)_{12}, b_2\big)$

$\partial f/\partial (W_1)_{21} = (W_2)_{12}\,x$

$\partial f/\partial (b_1)_2 = (W_2)_{12}$

$\partial f/\partial (W_2)_{11} = (W_1)_{11}x + (b_1)_1$

$\partial f/\partial b_2 = 1$

$\Theta_{11} = 1 + 4 + 1 + 4 + 9 + 0 + 1 = 20$
"""
    verdicts, report = worst_verdicts(notes)
    assert [verdicts.get(n) for n in (6, 8, 10, 12, 14, 16)] == ["correct"] * 6
    assert report.exit_code == 0


def test_a_wrong_entry_in_the_subscript_convention_is_found():
    # ∂f/∂(W_1)_{21} is (W_2)_{12} x = 2x, not (W_2)_{11} x; the gradient at x^{(1)} = 1 is (1, 2, 1, 2, 3, 0, 1)
    notes = GIVEN + r"""
$\partial f/\partial (W_1)_{21} = (W_2)_{11}\,x$

$\nabla_\theta f(x^{(1)}) = (1, 2, 1, 2, 3, 0, 1)$
"""
    verdicts, report = worst_verdicts(notes)
    assert verdicts[6] == "wrong" and verdicts[8] == "correct"
    assert report.first_mistake.line == 6


def test_the_layer_and_the_entry_in_one_subscript():
    notes = GIVEN + r"""
$\theta = (w_{1,11}, w_{1,21}, b_{1,1}, b_{1,2}, w_{2,11}, w_{2,12}, b_2)$

$\frac{\partial f}{\partial w_{1,11}} = w_{2,11}x$, $\frac{\partial f}{\partial b_{1,2}} = w_{2,12}$

$\frac{\partial f}{\partial w_{2,12}} = w_{1,21}x + b_{1,1}$
"""
    # the last is wrong: ∂f/∂w_{2,12} = h_2 = w_{1,21} x + b_{1,2}
    verdicts, report = worst_verdicts(notes)
    assert verdicts[6] == verdicts[8] == "correct"
    assert verdicts[10] == "wrong" and report.first_mistake.line == 10


def test_entries_in_brackets_and_a_matrix_given_as_pmatrix():
    notes = r"""Gegeven $f(x) = W_2(W_1x + b_1) + b_2$, $W_1 = \begin{pmatrix}2\\-1\end{pmatrix}$,
$b_1 = \begin{pmatrix}1\\1\end{pmatrix}$, $W_2 = \begin{pmatrix}1 & 2\end{pmatrix}$, $b_2 = 3$,
$x^{(1)} = 1$, $x^{(2)} = 0$.

$\frac{\partial f(x^{(2)})}{\partial [W_2]_{11}} = 1$

$\frac{\partial f(x^{(1)})}{\partial [W_2]_{12}} = 1$
"""
    # at x^{(2)} = 0: h_1 = 1 (right); at x^{(1)} = 1: h_2 = -1 + 1 = 0 (so 1 is wrong)
    verdicts, _ = worst_verdicts(notes)
    assert verdicts[5] == "correct" and verdicts[7] == "wrong"


def test_the_whole_kernel_and_its_eigenvalues_in_dutch():
    notes = GIVEN + r"""
$\Theta = \begin{pmatrix} 20 & 9 \\ 9 & 8 \end{pmatrix}$

Spoor $= 28$, determinant $= 160 - 81 = 79$.

$\lambda = 14 \pm \sqrt{117}$

Beide eigenwaarden positief, dus $\Theta$ is positief definiet.
"""
    verdicts, report = worst_verdicts(notes)
    assert [verdicts.get(n) for n in (6, 8, 10, 12)] == ["correct"] * 4
    assert report.exit_code == 0


def test_dutch_statements_that_are_false_are_wrong():
    notes = GIVEN + r"""
$\Theta = \begin{pmatrix} 20 & 9 \\ 9 & 8 \end{pmatrix}$

$\Theta$ is niet positief definiet.

$\operatorname{spoor} \Theta = 27$
"""
    verdicts, _ = worst_verdicts(notes)
    assert verdicts[6] == "correct" and verdicts[8] == "wrong" and verdicts[10] == "wrong"


UNITS = r"""A 1-2-1 network written with one name per weight:
$f(x) = W_3(W_1 x + b_1) + W_4(W_2 x + b_2) + b_3$ with $W_1 = 2$, $W_2 = -1$, $b_1 = 1$, $b_2 = 1$,
$W_3 = 1$, $W_4 = 2$, $b_3 = 3$, $x_1 = 1$, $x_2 = 0$.

$\frac{\partial f}{\partial W_2} = W_4 x$

$\frac{\partial f(x_1)}{\partial b_2} = 2$

$\frac{\partial f(x_1)}{\partial W_3} = 2$
"""


def test_a_subscript_that_is_a_units_own_weight_is_not_a_layer():
    # the same network; here W_2 is the second unit's input weight: ∂f/∂W_2 = W_4 x; ∂f/∂b_2 = W_4 = 2;
    # ∂f/∂W_3 = W_1 x + b_1 = 3 at x_1 = 1 (so 2 is wrong)
    assert not writes_subscript_layers(UNITS)
    verdicts, _ = worst_verdicts(UNITS)
    assert verdicts[5] == verdicts[7] == "correct" and verdicts[9] == "wrong"


def test_the_convention_is_decided_for_the_whole_notes():
    assert writes_subscript_layers(r"$W_1 = [1, 1]^T$ and $W_2 = 3$")
    assert writes_subscript_layers(r"$\partial f / \partial (W_1)_{12}$")
    assert writes_subscript_layers(r"$\theta = (w_{1,11}, b_{1,1})$")
    assert not writes_subscript_layers(r"$W_1 = 2$, $W_2 = -1$, $b_1 = 0$")
    assert not writes_subscript_layers(r"$W^{[1]} = [1, 1]^T$, $W_1 = [1, 1]$ is its first row")
    assert not writes_subscript_layers(r"$W_{11} = 1$, $W_{12} = 2$")


def test_every_spelling_becomes_the_grammars_superscript():
    assert layers_as_superscripts(r"(W_1)_{21} + [\mathbf{W}_2]_{12} + (b_1)_2") == \
        r"W^{[1]}_{21} + W^{[2]}_{12} + b^{[1]}_2"
    assert layers_as_superscripts(r"w_{1,21} x + b_{1,2} + W_{2,1,2}") == r"W^{[1]}_{21} x + b^{[1]}_{2} + W^{[2]}_{12}"
    assert layers_as_superscripts(r"W_2(W_1 x + b_1) + b_{2}") == r"W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}"
    unit_names = r"\frac{\partial f}{\partial W_{11}} + z_1"
    assert layers_as_superscripts(unit_names) == unit_names


def test_a_hidden_layer_defined_by_its_matrix_formula_is_judged():
    # h = W_1 x + b_1 = (2x + 1, -x + 1): without b_1 it is (2x, -x), wrong; the kink "z = 0" is no layer claim
    for formula, verdict in ((r"$z = W_1 x + b_1$", "correct"), (r"$h = W_1x$", "wrong"),
                             (r"$a = W_1 x + b_1 = (2x + 1, 1 - x)$", "correct")):
        verdicts, _ = worst_verdicts(GIVEN + "\n" + formula + "\n")
        assert verdicts[6] == verdict, formula
    verdicts, _ = worst_verdicts(GIVEN + "\n$x^{(1)} = 1$ lies away from the kink $z = 0$\n")
    assert verdicts.get(6) != "wrong"


def test_the_layer_formula_in_the_superscript_convention_too():
    notes = r"""$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = [2, -1]^T$, $b^{[1]} = [1, 1]^T$,
$W^{[2]} = [1, 2]$, $b^{[2]} = 3$, $x_1 = 1$, $x_2 = 0$.

$z^{[1]} = W^{[1]}x + b^{[1]}$

$z^{[1]} = W^{[1]}x - b^{[1]}$
"""
    verdicts, _ = worst_verdicts(notes)
    assert verdicts[4] == "correct" and verdicts[6] == "wrong"


def test_the_count_of_parameters_under_a_letter_of_the_learners_own():
    # 7 parameters: right; n = 6 parameters is wrong
    verdicts, _ = worst_verdicts(GIVEN + "\nDus $p = 7$ parameters.\n\nOf $n = 6$ parameters.\n")
    assert verdicts[6] == "correct" and verdicts[8] == "wrong"


def test_a_transposed_layer_stays_one_superscript():
    assert layers_as_superscripts(r"\delta = W_2^\top = (1, 2)^\top") == r"\delta = (W^{[2]})^\top = (1, 2)^\top"
    assert layers_as_superscripts(r"W_1^{T} x") == r"(W^{[1]})^{T} x"


def test_a_layers_shape_or_a_nested_list_says_the_subscript_is_the_layer():
    assert writes_subscript_layers(r"$W_1 \in \mathbb{R}^{2 \times 1}$, $b_1 \in \mathbb{R}^2$")
    assert writes_subscript_layers(r"$W_1 = [[2], [-1]]$")
    assert not writes_subscript_layers(r"$W_1 \in \mathbb{R}$, $W_1 = 2$")
    notes = r"""$f(x) = W_2(W_1 x + b_1) + b_2$, $W_1 \in \mathbb{R}^{2\times 1}$, $W_2 \in \mathbb{R}^{1 \times 2}$,
$W_1 = [[2], [-1]]$, $b_1 = [[1], [1]]$, $W_2 = [[1, 2]]$, $b_2 = 3$, $x^{(1)} = 1$, $x^{(2)} = 0$.

$\frac{\partial f(x^{(1)})}{\partial b_2} = 1$

$\frac{\partial f(x^{(1)})}{\partial W_1} = (1, 2)^T$

$\frac{\partial f(x^{(2)})}{\partial W_2} = (1, 2)$
"""
    # ∂f/∂W_1 = W_2^T x = (1, 2)^T at x = 1; ∂f/∂W_2 = h^T = (1, 1) at x = 0 (so (1, 2) is wrong)
    verdicts, _ = worst_verdicts(notes)
    assert verdicts[4] == "correct" and verdicts[6] == "correct" and verdicts[8] == "wrong"


def test_a_dutch_word_for_a_sum_starts_a_remark_not_a_continuation():
    # "Totaal = 20" is the sum for Θ_11 (20), not a further link of Θ_12 = 9
    verdicts, _ = worst_verdicts(GIVEN + "\n$\\Theta_{12} = 9$. Totaal $= 20$ voor $\\Theta_{11}$\n")
    assert verdicts[6] == "correct"
