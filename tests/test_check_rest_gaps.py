"""Gaps closed for learners who write definitions with index letters, results in words around inline math and
their own values of hidden units (invented notes; every verdict worked out by hand in the comments).

LINEAR: f(x) = W2 (W1 x + b1) + b2 with W1 = (2, 1)ᵀ, b1 = (1, 0), W2 = (1, 1), b2 = 0, datapoints 1 and 3:
z_1 = 2x + 1, z_2 = x, ∇f(x) = (x, x, 1, 1, 2x + 1, x, 1), ∇f(1) = (1, 1, 1, 1, 3, 1, 1),
∇f(3) = (3, 3, 1, 1, 7, 3, 1), K = [[15, 33], [33, 79]], tr K = 94, det K = 1185 − 1089 = 96 (both eigenvalues > 0).
"""

from check_helpers import problem, verdicts

LINEAR = problem([1, 2, 1], "identity", [1, 3], W1=[[2], [1]], b1=[1, 0], W2=[[1, 1]], b2=0)
# relu with W1 = (1, −1)ᵀ, b1 = (0, 2): z_1 = x, z_2 = 2 − x; at x_2 = 3 z_2 = −1, relu′(z_2) = 0,
# ∇f(3) = (3, 0, 1, 0, 3, 0, 1); with their relu′(z_2) = 1 it is (3, 3, 1, 1, 3, 0, 1)
RELU = problem([1, 2, 1], "relu", [1, 3], W1=[[1], [-1]], b1=[0, 2], W2=[[1, 1]], b2=0)
KERNEL = r"$$K = \begin{pmatrix} 15 & 33 \\ 33 & 79 \end{pmatrix}$$"


def test_definitions_with_index_letters_claim_nothing(tmp_path):
    notes = "\n\n".join([
        r"$K_{ij} = \sum_k \partial_k f(x_i)\,\partial_k f(x_j)$",                          # 1: a definition
        r"$K^{(m)}_{ij} = \sum_p \partial_{p} f_m(x_i)\,\partial_{\theta_p} f_m(x_j)$",     # 3: output m's
        r"For output $m$: $\partial f_m/\partial b^{[2]}_n = \delta_{mn}$",                 # 5: every output
        r"$$\frac{\partial f}{\partial b^{[2]}} = 1$$",                                     # 7: correct
    ])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert 1 not in out and 3 not in out and 5 not in out
    assert out[7] == ["correct"] and first == 0


def test_an_activations_derivative_said_in_words_around_math(tmp_path):
    notes = "\n\n".join([
        r"The derivative of $\sigma$ is $\sigma(1 + \sigma)$.",     # 1: wrong (σ′ = σ(1 − σ))
        r"Die Ableitung von $\tanh$ ist $1 - \tanh^2$.",             # 3: correct
        r"Afleiðan af $\tanh(z)$ er $1 - \tanh(z)$, svo",            # 5: wrong (1 − tanh²)
    ])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[1] == ["wrong"] and first == 1
    assert out[3] == ["correct"]
    assert out[5] == ["wrong"]


def test_a_unit_written_out_at_a_datapoint_is_their_value_there(tmp_path):
    # z_1(3) = 2 · 3 + 1 = 7; they write 8 and go on with it in ∂f/∂W^{[2]}_{11}.
    notes = "\n\n".join([
        r"At $x_2 = 3$: $W^{[1]}_{11}x_2 + b^{[1]}_1 = 8$",          # 1: wrong
        r"$$\nabla f(x_2) = (3, 3, 1, 1, 8, 3, 1)$$",                  # 3: carried
        r"$$\nabla f(x_1) = (1, 1, 1, 1, 4, 1, 1)$$",                  # 5: wrong (their 8 is at x_2 only)
    ])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[1] == ["wrong"] and first == 1
    assert out[3] == ["carried"]
    assert out[5] == ["wrong"]


def test_a_units_slope_stated_at_the_datapoint_of_its_line(tmp_path):
    notes = "\n\n".join([
        r"$z_1 = W^{[1]}_{11}x + b^{[1]}_1$, $z_2 = W^{[1]}_{21}x + b^{[1]}_2$",                    # 1: correct
        r"$x_2 = 3$: $z_1 = 3$, $z_2 = -1$, so $\operatorname{relu}'(z_2) = 1$.",                   # 3: 1 wrong
        r"$$\nabla f(x_2) = (3, 3, 1, 1, 3, 0, 1)$$",                                                 # 5: carried
    ])
    out, first = verdicts(tmp_path, RELU, notes)
    assert "wrong" in out[3] and first == 3
    assert out[5] == ["carried"]


def test_a_derivative_written_with_their_own_wrong_unit_is_carried(tmp_path):
    # h_2 is z_2 = W^{[1]}_{21}x + b^{[1]}_2; they write W^{[1]}_{11} (wrong), so ∂f/∂W^{[2]}_{12} = h_2 is carried,
    # but ∂f/∂W^{[2]}_{11} = h_2 is wrong in their work too (it is their h_1).
    notes = "\n\n".join([
        r"$h_1 = W^{[1]}_{11}x + b^{[1]}_1$ and $h_2 = W^{[1]}_{11}x + b^{[1]}_2$",    # 1: correct, wrong
        r"$$\frac{\partial f}{\partial W^{[2]}_{12}} = h_2$$",                           # 3: carried
        r"$$\frac{\partial f}{\partial W^{[2]}_{11}} = h_2$$",                           # 5: wrong
    ])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[1] == ["correct", "wrong"] and first == 1
    assert out[3] == ["carried"]
    assert out[5] == ["wrong"]


def test_trace_and_determinant_said_with_a_verb_around_inline_math(tmp_path):
    notes = "\n\n".join([
        KERNEL,                                                                   # 1: correct
        r"Spor $K$ er $94$ og ákveða $1185 - 1089 = 96$, svo",                    # 3: tr, det, and the sum
        r"the determinant of $K$ is $95$",                                        # 5: wrong
        r"så det er $3$ trin",                                                    # 7: Danish "it is": nothing
    ])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[3] and set(out[3]) == {"correct"} and len(out[3]) >= 2
    assert out[5] == ["wrong"] and first == 5
    assert 7 not in out


def test_negative_eigenvalues_said_in_words(tmp_path):
    notes = "\n\n".join([
        KERNEL,                                                   # 1: correct
        r"I get no negative eigenvalues, good.",                  # 3: nothing claimed (said negated)
        r"Strange: the eigenvalues are both negative.",           # 5: wrong, K is positive definite
    ])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert 3 not in out
    assert out[5] == ["wrong"] and first == 5


def test_a_table_with_datapoints_in_bold_without_braces(tmp_path):
    # ∂f/∂W^{[2]}_{11} = z_1 = 2x + 1: 3 and 7; ∂f/∂W^{[2]}_{12} = z_2 = x: 1 and 3 (4 is wrong).
    notes = "\n".join([
        r"| parameter | $\mathbf x^{(1)}$ | $\mathbf x^{(2)}$ |",
        r"|---|---|---|",
        r"| $W^{[2]}_{11}$ | 3 | 7 |",     # 3: correct ×2
        r"| $W^{[2]}_{12}$ | 1 | 4 |",     # 4: correct, wrong
    ])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["correct", "correct"]
    assert out[4] == ["correct", "wrong"] and first == 4


def test_a_count_of_parameters_in_pieces(tmp_path):
    # 2 + 2 + 2 + 1 = 7 parameters
    notes = "\n\n".join([
        r"Stikarnir, 7 stykki:",          # 1: correct
        r"Parametrene: 6 stykker",        # 3: wrong
    ])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[1] == ["correct"]
    assert out[3] == ["wrong"] and first == 3


def test_the_activation_without_argument_set_to_a_vector_is_the_layer(tmp_path):
    # z = W1 x + b1 = (2x, −2x): at x_1 = 0 z = (0, 0) and σ(z) = (0.5, 0.5); at x_2 = 1 σ(z) ≈ (0.8808, 0.1192).
    sigmoid = problem([1, 2, 1], "sigmoid", [0, 1], W1=[[2], [-2]], b1=[0, 0], W2=[[1, 1]], b2=0)
    notes = "\n\n".join([
        r"At $x_1 = 0$: $z = (0, 0)$, $\sigma = (0.5, 0.5)$",           # 1: correct ×2 (x_1 = 0 too)
        r"At $x_2 = 1$: $\sigma = (0.5, 0.5)$",                         # 3: wrong
    ])
    out, first = verdicts(tmp_path, sigmoid, notes)
    assert out[1] and set(out[1]) == {"correct"} and "unreadable" not in out[1]
    assert "wrong" in out[3] and first == 3


def test_the_discriminant_and_the_principal_minors_named_by_a_word(tmp_path):
    # tr K = 94, det K = 96: Δ = 94² − 4 · 96 = 8836 − 384 = 8452. "Summe der Hauptminoren $= …$" is c₂, a remark:
    # it does not continue the trace's chain before it.
    notes = "\n\n".join([
        KERNEL,                                                                       # 1: correct
        r"Spur $= 94$ und Summe der Hauptminoren $= 96$",                            # 3: tr correct, no more
        r"Diskriminant $= 8836 - 384 = 8452$",                                        # 5: correct ×2
        r"discriminant $= 8450$",                                                     # 7: wrong
    ])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["correct"]
    assert out[5] == ["correct", "correct"]
    assert out[7] == ["wrong"] and first == 7
