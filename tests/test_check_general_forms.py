"""General formulas in x (and x′): the kernel as a function Θ(x, x′), the gradient as a function of x (invented notes).

The exercise: f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = −1, W2 = 2, b2 = 1 and datapoints 1, 2. By hand:
∇_θ f(x) = (W2 x, W2, W1 x + b1, 1) = (2x, 2, 3x − 1, 1), so
Θ(x, x′) = 4xx′ + 4 + (3x − 1)(3x′ − 1) + 1 = 13xx′ − 3x − 3x′ + 6,
Θ(1, 1) = 13, Θ(1, 2) = 23, Θ(2, 2) = 46 (and directly: ∇f(1) = (2, 2, 2, 1), ∇f(2) = (4, 2, 5, 1)).
"""

import pytest
from check_helpers import problem, verdicts

SCALAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=-1, W2=2, b2=1)
TANH = problem([1, 1, 1], "tanh", [0, 1], W1=1, b1=0, W2=1, b2=0)


def _verdicts(tmp_path, toml: str, notes: str) -> dict[int, list[str]]:
    return verdicts(tmp_path, toml, notes)[0]


@pytest.mark.parametrize("claim", [
    r"\Theta(x, x') = 13xx' - 3x - 3x' + 6",
    r"K(x, x^\prime) = 13 x x^\prime - 3x - 3x^\prime + 6",
    r"k(x, y) = 13xy - 3x - 3y + 6",
    r"\Theta(x,x') = 4xx' + 4 + (3x-1)(3x'-1) + 1",
    r"\langle \nabla_\theta f(x), \nabla_\theta f(x') \rangle = 6 + 13 x x' - 3(x + x')",
    r"\nabla_\theta f(x)^\top \nabla_\theta f(x') = (3x - 1)(3x' - 1) + 4xx' + 5",
])
def test_a_true_kernel_function_is_correct_in_every_spelling(tmp_path, claim):
    assert _verdicts(tmp_path, SCALAR, f"$${claim}$$\n") == {1: ["correct"]}


@pytest.mark.parametrize("claim", [
    r"\Theta(x, x') = 13xx' - 3x - 3x' + 5",    # the bias's 1·1 left out
    r"\Theta(x, x') = 13xx' + 6",               # the cross terms lost
    r"\Theta(x, x') = 13x^2 - 6x + 6",          # x′ read as x: the diagonal only
])
def test_a_false_kernel_function_is_wrong(tmp_path, claim):
    assert _verdicts(tmp_path, SCALAR, f"$${claim}$$\n") == {1: ["wrong"]}


def test_entries_from_a_wrong_kernel_function_are_carried(tmp_path):
    # Θ(x, x′) = 13xx′ − 3x − 3x′ + 5 (wrong by 1) gives Θ(1,1) = 12, Θ(1,2) = 22, Θ(2,2) = 45: each carried.
    notes = "\n\n".join([
        r"$$\Theta(x, x') = 13xx' - 3x - 3x' + 5$$",         # 1: wrong
        r"$$K_{11} = 13 - 3 - 3 + 5 = 12$$",                # 3: both carried
        r"$$K_{12} = 26 - 3 - 6 + 5 = 22$$",                # 5
        r"$$K_{22} = 45$$",                                 # 7
        r"$$K_{21} = 23$$",                                 # 9: the true value, not the learner's 22
    ])
    assert _verdicts(tmp_path, SCALAR, notes) == {1: ["wrong"], 3: ["carried", "carried"],
                                                   5: ["carried", "carried"], 7: ["carried"], 9: ["correct"]}


def test_a_kernel_function_from_a_wrong_general_gradient_is_carried(tmp_path):
    # ∂f/∂b2 written as 0 (true: 1): their Θ = 4xx′ + 4 + (3x − 1)(3x′ − 1) = 13xx′ − 3x − 3x′ + 5.
    notes = "\n\n".join([
        r"$$\nabla_\theta f(x) = (2x, 2, 3x - 1, 0)$$",      # 1: wrong
        r"$$\Theta(x, x') = 13xx' - 3x - 3x' + 5$$",         # 3: carried
    ])
    assert _verdicts(tmp_path, SCALAR, notes) == {1: ["wrong"], 3: ["carried"]}


def test_each_member_of_a_kernel_function_chain_is_judged(tmp_path):
    # 4xx′ + 4 + (3x − 1)(3x′ − 1) + 1 is right; simplifying it to … + 7 is a new mistake (not carried).
    notes = r"$$\Theta(x,x') = 4xx' + 4 + (3x-1)(3x'-1) + 1 = 13xx' - 3x - 3x' + 7$$" + "\n"
    assert _verdicts(tmp_path, SCALAR, notes) == {1: ["correct", "wrong"]}


def test_a_tanh_kernel_function_is_compared_as_a_function(tmp_path):
    # f = W2 tanh(W1 x + b1) + b2 at W1 = 1, b1 = 0, W2 = 1, b2 = 0: ∇f(x) = (x sech²x, sech²x, tanh x, 1), so
    # Θ(x, x′) = (xx′ + 1) sech²x sech²x′ + tanh x tanh x′ + 1; leaving out the tanh·tanh term is wrong.
    right = r"$$\Theta(x,x') = (xx' + 1)(1 - \tanh^2 x)(1 - \tanh^2 x') + \tanh x \tanh x' + 1$$"
    wrong = r"$$\Theta(x,x') = (xx' + 1)(1 - \tanh^2 x)(1 - \tanh^2 x') + 1$$"
    assert _verdicts(tmp_path, TANH, right + "\n") == {1: ["correct"]}
    assert _verdicts(tmp_path, TANH, wrong + "\n") == {1: ["wrong"]}


def test_an_implication_arrow_opening_a_block_is_a_connective(tmp_path):
    # "⇒ ∇f(x) = …" after the partial derivatives: the gradient is a claim, the arrow says "hence".
    notes = r"$\partial_{b^{(2)}} f = 1$ $\ \Rightarrow\ \nabla_\theta f(x) = (2x,\ 2,\ 3x-1,\ 1)^\top$" + "\n"
    assert _verdicts(tmp_path, SCALAR, notes) == {1: ["correct", "correct"]}


TWO_UNITS = problem([1, 2, 1], "identity", [1, 2], W1=[[1], [2]], b1=[0, 1], W2=[[3, -1]], b2=0)


@pytest.mark.parametrize("condition", [r"(i = 1,2)", r"i = 1, 2", r"\text{for } i = 1, 2", r"i \in \{1, 2\}",
                                       r"(\forall i = 1, 2)"])
def test_an_index_condition_scopes_its_formula_and_is_no_claim(tmp_path, condition):
    # h_i = W1_i x + b1_i; ∂f/∂w_i = v_i x with v = W2 = (3, −1): ∂f/∂W1_1 = 3x, ∂f/∂W1_2 = −x. Written for
    # every i, then the range: both instances right, the condition itself neither a claim nor unreadable.
    notes = r"$$\frac{\partial f}{\partial W^{[1]}_{i1}} = W^{[2]}_{1i}\,x \qquad " + condition + "$$\n"
    assert _verdicts(tmp_path, TWO_UNITS, notes) == {1: ["correct", "correct"]}


def test_an_index_condition_limits_the_instances(tmp_path):
    # Only i = 1 is claimed: ∂f/∂b1_1 = 3 is right; the false i = 2 instance (3 ≠ −1) is not claimed.
    notes = r"$$\frac{\partial f}{\partial b^{[1]}_{i}} = 3 \qquad (i = 1)$$" + "\n"
    assert _verdicts(tmp_path, TWO_UNITS, notes) == {1: ["correct"]}


def test_a_wrong_formula_for_every_unit_is_wrong_where_it_is_false(tmp_path):
    # ∂f/∂b1_i = W2_{1i} is right for both units; ∂f/∂b1_i = W2_{11} is right for i = 1 (3) and wrong for i = 2
    # (3, not −1).
    notes = r"$$\frac{\partial f}{\partial b^{[1]}_{i}} = W^{[2]}_{11} \quad (i = 1, 2)$$" + "\n"
    assert _verdicts(tmp_path, TWO_UNITS, notes) == {1: ["correct", "wrong"]}


def test_the_kronecker_delta_is_one_on_the_diagonal(tmp_path):
    # z_i = W1_{i1} x + b1_i, so ∂z_i/∂W1_{j1} = δ_ij x: x where i = j, 0 elsewhere (four instances, all right).
    right = r"$$\frac{\partial z_i}{\partial W^{[1]}_{j1}} = \delta_{ij} x$$" + "\n"
    wrong = r"$$\frac{\partial z_i}{\partial W^{[1]}_{j1}} = x$$" + "\n"   # right only for i = j
    assert sorted(_verdicts(tmp_path, TWO_UNITS, right)[1]) == ["correct"] * 4
    assert sorted(_verdicts(tmp_path, TWO_UNITS, wrong)[1]) == ["correct", "correct", "wrong", "wrong"]


def test_the_discriminant_in_words_of_tr_and_det_is_a_formula_not_a_value(tmp_path):
    # K = [[13, 23], [23, 46]] (see the module doc): tr K = 59, det K = 598 − 529 = 69,
    # tr² − 4 det = 3481 − 276 = 3205. The formula itself is not a claim; its values are judged, as values of Δ
    # (3481 − 276 is the true Δ, 3200 is not).
    notes = "\n\n".join([
        r"$$\Delta = \operatorname{tr}^2 - 4\det = 3481 - 276 = 3205$$",
        r"$$\mathrm{tr}^2 - 4\det = 3481 - 276 = 3200$$",
    ])
    verdicts = _verdicts(tmp_path, SCALAR, notes)
    assert "unreadable" not in verdicts.get(1, []) and "unreadable" not in verdicts.get(3, [])
    assert verdicts[3] == ["correct", "wrong"]


def test_named_eigenvalues_in_a_check_are_the_eigenvalues(tmp_path):
    # K = [[13, 23], [23, 46]]: tr K = 59, det K = 69, so λ_max + λ_min = 59 and λ_+ λ_- = 69 (any names).
    notes = "\n\n".join([
        r"$$\lambda_{\max} + \lambda_{\min} = 59$$",
        r"$$\lambda_+ \lambda_- = 69$$",
        r"$$λ₁ + λ₂ = 60$$",
    ])
    assert _verdicts(tmp_path, SCALAR, notes) == {1: ["correct"], 3: ["correct"], 5: ["wrong"]}


def test_a_check_with_the_learners_own_eigenvalues_is_carried(tmp_path):
    # A wrong K_{22} = 45 (true 46) gives their K = [[13, 23], [23, 45]], tr 58, det 585 − 529 = 56: their
    # λ_+ + λ_- = 58 and λ_+ λ_- = 56 follow from it (carried); 59 is the true sum (correct).
    notes = "\n\n".join([
        r"$$K = \begin{pmatrix} 13 & 23 \\ 23 & 45 \end{pmatrix}$$",   # 1: wrong
        r"$$\lambda^2 - 58\lambda + 56 = 0$$",                          # 3: carried
        r"$$\lambda_+ + \lambda_- = 58$$",                              # 5: carried
        r"$$\lambda_+ \lambda_- = 56$$",                                # 7: carried
    ])
    assert _verdicts(tmp_path, SCALAR, notes) == {1: ["wrong"], 3: ["carried"], 5: ["carried"], 7: ["carried"]}


@pytest.mark.parametrize("written, verdict", [(r"\dim\theta = 4", "correct"), (r"|\theta| = 4", "correct"),
                                              (r"\#\theta = 5", "wrong"), (r"\dim(\theta) = 2 + 2", "correct")])
def test_the_size_of_theta_is_the_parameter_count(tmp_path, written, verdict):
    # θ = (W1, b1, W2, b2): four parameters.
    assert _verdicts(tmp_path, SCALAR, f"$${written}$$\n") == {1: [verdict]}


def test_an_order_statement_is_the_fact_of_its_line(tmp_path):
    # K = [[13, 23], [23, 46]] has det 69 > 0 and tr 59 > 0: positive definite, so Θ ≻ 0 and Θ ⪰ 0 are right.
    for written in (r"$\Theta \succ 0$", r"$K \succeq 0$"):
        assert _verdicts(tmp_path, SCALAR, written + "\n") == {1: ["correct"]}


THREE_POINTS = problem([1, 1, 1], "identity", [0, 1, 2], W1=1, b1=0, W2=1, b2=0)
# f = W2 (W1 x + b1) + b2, ∇f(x) = (W2 x, W2, W1 x + b1, 1) = (x, 1, x, 1): ∇f(0) = (0, 1, 0, 1),
# ∇f(1) = (1, 1, 1, 1), ∇f(2) = (2, 1, 2, 1); K = [[2, 2, 2], [2, 4, 6], [2, 6, 10]], tr K = 16,
# principal minors 8 − 4 = 4, 20 − 4 = 16, 40 − 36 = 4 (c₂ = 24), det K = 0 (rows 1, 3 average to row 2),
# det(K − λI) = −λ³ + 16λ² − 24λ.


def test_a_minor_written_with_bars_is_its_determinant(tmp_path):
    notes = "\n\n".join([
        r"$$\begin{vmatrix} 2 & 2 \\ 2 & 10 \end{vmatrix} = 20 - 4 = 16$$",   # 1: both right
        r"$$\begin{vmatrix} 4 & 6 \\ 6 & 10 \end{vmatrix} = 40 - 36 = 6$$",   # 3: 40 − 36 right, 6 wrong
    ])
    assert _verdicts(tmp_path, THREE_POINTS, notes) == {1: ["correct", "correct"], 3: ["correct", "wrong"]}


def test_a_cubic_from_the_learners_own_sum_of_minors_is_carried(tmp_path):
    # They add the minors wrongly (4 + 16 + 4 = 20, true 24); their polynomial −λ³ + 16λ² − 20λ follows
    # from their c₂; −λ³ + 16λ² − 22λ follows from nothing they wrote.
    notes = "\n\n".join([
        r"$$K = \begin{pmatrix} 2 & 2 & 2 \\ 2 & 4 & 6 \\ 2 & 6 & 10 \end{pmatrix}$$",   # 1: correct
        r"$$c_2 = 4 + 16 + 4 = 20$$",                                                    # 3: wrong
        r"$$\det(K - \lambda I) = -\lambda^3 + 16\lambda^2 - 20\lambda$$",              # 5: carried
    ])
    verdicts = _verdicts(tmp_path, THREE_POINTS, notes)
    assert verdicts[1] == ["correct"] and verdicts[5] == ["carried"]
    other = notes.replace(r"16\lambda^2 - 20\lambda", r"16\lambda^2 - 22\lambda")
    assert _verdicts(tmp_path, THREE_POINTS, other)[5] == ["wrong"]


TWO_INPUTS = problem([2, 1, 1], "identity", [[1, 0], [0, 1]], W1=[[1, 2]], b1=[0], W2=[[3]], b2=0)
# ∇f(x) = (W2 x_1, W2 x_2, W2, W1 x + b1, 1) = (3x_1, 3x_2, 3, x_1 + 2x_2, 1), so
# Θ(x, x′) = 9x_1x_1′ + 9x_2x_2′ + 9 + (x_1 + 2x_2)(x_1′ + 2x_2′) + 1
#          = 10x_1x_1′ + 13x_2x_2′ + 2x_1x_2′ + 2x_2x_1′ + 10.


@pytest.mark.parametrize("claim, verdict", [
    (r"\Theta(x, x') = 10x_1x_1' + 13x_2x_2' + 2x_1x_2' + 2x_2x_1' + 10", "correct"),
    (r"k(x, \tilde{x}) = 9x_1\tilde x_1 + 9 x_2 \tilde x_2 + (x_1 + 2x_2)(\tilde x_1 + 2\tilde x_2) + 10", "correct"),
    (r"\Theta(x, x') = 10x_1x_1' + 13x_2x_2' + 10", "wrong"),
])
def test_a_kernel_function_of_two_inputs_is_judged_in_their_components(tmp_path, claim, verdict):
    assert _verdicts(tmp_path, TWO_INPUTS, f"$${claim}$$\n") == {1: [verdict]}


@pytest.mark.parametrize("line", [
    r"$\lambda^2 - (\operatorname{tr}K)\lambda + \det K = 0$",
    r"$\lambda^2 - \operatorname{tr}(K)\,\lambda + \det(K) = 0$",
    r"$$\det(K - \lambda I) = -\big(\lambda^3 - (\operatorname{spår})\lambda^2 + M\lambda - \det K\big)$$",
])
def test_the_characteristic_equation_in_letters_is_context_not_a_claim(tmp_path, line):
    assert _verdicts(tmp_path, SCALAR, "$K_{11} = 13$\n\n" + line + "\n") == {1: ["correct"]}


@pytest.mark.parametrize("word", ["spår", "traccia", "ślad", "Spur", "traza"])
def test_the_trace_in_other_languages_is_judged(tmp_path, word):
    # K = [[13, 23], [23, 46]] (module docstring): tr K = 59
    notes = f"$\\operatorname{{{word}}} K = 59$\n\n$\\operatorname{{{word}}}(K) = 60$\n"
    assert _verdicts(tmp_path, SCALAR, notes) == {1: ["correct"], 3: ["wrong"]}
