"""Error carried forward through the learner's own partial or rounded work (invented notes).

Each expected verdict is worked out by hand from the notes' own mistake: a gradient with its last entry left out
(their θ still lists every parameter), a wrong decimal of their own exact value used again, and the trace and the
determinant named by a word before inline math.
"""

from check_helpers import problem, verdicts

LINEAR = problem([1, 2, 1], "identity", [1, 3], W1=[[2], [1]], b1=[1, 0], W2=[[1, 1]], b2=0)
SIGMOID = problem([1, 2, 1], "sigmoid", [0, 1], W1=[[2], [-2]], b1=[0, 0], W2=[[1, 1]], b2=0)
THETA = (r"$$\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})$$")


def test_kernel_sums_of_gradients_without_their_last_entry_are_carried(tmp_path):
    # True ∇f(x_1) = (1, 1, 1, 1, 3, 1, 1), ∇f(x_2) = (3, 3, 1, 1, 7, 3, 1): K = [[15, 33], [33, 79]].
    # Without ∂f/∂b^{[2]} = 1 the learner's sums are 14, 32 and 78.
    notes = "\n\n".join([
        THETA,                                                               # 1: correct
        r"$\nabla f(x_1) = (1, 1, 1, 1, 3, 1)$, $\nabla f(x_2) = (3, 3, 1, 1, 7, 3)$",  # 3: wrong first
        r"$$K_{11} = 1 + 1 + 1 + 1 + 9 + 1 = 14$$",                          # 5: carried ×2
        r"$$K_{12} = 3 + 3 + 1 + 1 + 21 + 3 = 32$$",                         # 7: carried ×2
        r"$$K_{22} = 9 + 9 + 1 + 1 + 49 + 9 = 77$$",                         # 9: carried, then a fresh slip
    ])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[1] == ["correct"]
    assert out[3][0] == "wrong" and first == 3
    assert out[5] == ["carried", "carried"]
    assert out[7] == ["carried", "carried"]
    assert out[9] == ["carried", "wrong"]


def test_a_fresh_kernel_mistake_after_a_short_gradient_stays_wrong(tmp_path):
    # 1 + 1 + 1 + 1 + 9 + 1 is 14 from their gradient; 16 follows from nothing they wrote.
    notes = "\n\n".join([
        THETA,
        r"$\nabla f(x_1) = (1, 1, 1, 1, 3, 1)$",
        r"$$K_{11} = 16$$",
    ])
    out, _ = verdicts(tmp_path, LINEAR, notes)
    assert out[5] == ["wrong"]


def test_trace_and_determinant_named_by_a_word_before_inline_math(tmp_path):
    # Their K = [[14, 32], [32, 78]] (carried): tr = 92, det = 14 · 78 − 32² = 1092 − 1024 = 68
    # (true 94 and 15 · 79 − 33² = 96).
    notes = "\n\n".join([
        THETA,
        r"$\nabla f(x_1) = (1, 1, 1, 1, 3, 1)$, $\nabla f(x_2) = (3, 3, 1, 1, 7, 3)$",
        r"$$K = \begin{pmatrix} 14 & 32 \\ 32 & 78 \end{pmatrix}$$",          # 5: carried
        r"trace $= 92$, det $= 14 \cdot 78 - 32^2 = 1092 - 1024 = 68$",      # 7: carried ×4
        r"det $= 70$",                                                        # 9: wrong
    ])
    out, _ = verdicts(tmp_path, LINEAR, notes)
    assert out[5] == ["carried"]
    assert out[7] == ["carried"] * 4
    assert out[9] == ["wrong"]


def test_trace_and_determinant_words_on_the_true_kernel(tmp_path):
    notes = "\n\n".join([
        r"$$K = \begin{pmatrix} 15 & 33 \\ 33 & 79 \end{pmatrix}$$",
        r"tr $= 94$ and det $= 15 \cdot 79 - 33^2 = 96$",
        r"det $= 95$",
    ])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[1] == ["correct"]
    assert out[3] == ["correct"] * 3
    assert out[5] == ["wrong"] and first == 5


SIGMOID_RULES = "\n\n".join([
    r"$z_i = W^{(1)}_i x + b^{(1)}_i$, $a_i = \sigma(z_i)$, $\sigma'(z) = \sigma(z)(1 - \sigma(z))$",
    r"$\frac{\partial f}{\partial W^{(1)}_i} = W^{(2)}_i \sigma'(z_i) x$, "
    r"$\frac{\partial f}{\partial b^{(1)}_i} = W^{(2)}_i \sigma'(z_i)$, "
    r"$\frac{\partial f}{\partial W^{(2)}_i} = a_i$, $\frac{\partial f}{\partial b^{(2)}} = 1$",
    r"At $x_2 = 1$: $z_1 = 2$, $z_2 = -2$",
])


def test_a_wrong_decimal_of_an_exact_value_is_what_the_learner_goes_on_with(tmp_path):
    # σ(2) = 0.880797, σ(−2) = 0.119203 (written 0.1092: a slip); σ'(2) = 0.104994 and, with their
    # a_2, σ'(z_2) = 0.1092 · 0.8908 = 0.097275: their ∇f(x_2) = (0.1050, 0.0973, 0.1050, 0.0973, 0.8808,
    # 0.1092, 1) uses their own a_2 throughout.
    notes = SIGMOID_RULES + "\n\n" + "\n\n".join([
        r"$a_1 = \sigma(2) \approx 0.8808$, $a_2 = \sigma(-2) \approx 0.1092$",              # 7
        r"$\nabla_\theta f(x_2) = (0.1050, 0.0973, 0.1050, 0.0973, 0.8808, 0.1092, 1)$",  # 9: carried
    ])
    out, first = verdicts(tmp_path, SIGMOID, notes)
    assert out[7][-1] == "wrong" and "wrong" not in out[7][:-1] and first == 7
    assert out[9] == ["carried"]


def test_a_wrong_entry_after_a_right_decimal_stays_wrong(tmp_path):
    notes = SIGMOID_RULES + "\n\n" + "\n\n".join([
        r"$a_1 = \sigma(2) \approx 0.8808$, $a_2 = \sigma(-2) \approx 0.1192$",
        r"$\nabla_\theta f(x_2) = (0.1050, 0.1050, 0.1050, 0.1050, 0.8808, 0.1092, 1)$",
    ])
    out, first = verdicts(tmp_path, SIGMOID, notes)
    assert "wrong" not in out[7]
    assert out[9] == ["wrong"] and first == 9


def test_a_root_of_the_learners_own_discriminant_is_carried(tmp_path):
    # Their K = [[14, 32], [32, 78]]: tr 92, det 68, Δ = 92² − 4 · 68 = 8192 (true 94² − 4 · 96 = 8452);
    # √8192 = 90.50967 (written 90.5097: carried; 90.5197: a fresh slip); λ = (92 ± 90.5097)/2 = 91.25485, 0.74515.
    notes = "\n\n".join([
        THETA,
        r"$\nabla f(x_1) = (1, 1, 1, 1, 3, 1)$, $\nabla f(x_2) = (3, 3, 1, 1, 7, 3)$",
        r"$$K = \begin{pmatrix} 14 & 32 \\ 32 & 78 \end{pmatrix}$$",
        r"$\operatorname{tr} K = 92$, $\det K = 68$",                          # 7: carried ×2
        r"$\Delta = 92^2 - 4 \cdot 68 = 8192$, $\sqrt{\Delta} \approx 90.5097$",  # 9: carried ×3
        r"$\sqrt{\Delta} \approx 90.5197$",                                    # 11: wrong
        r"$\lambda = \frac{92 \pm 90.5097}{2}$, $\lambda_2 \approx 0.7452$",   # 13: carried ×2
    ])
    out, _ = verdicts(tmp_path, LINEAR, notes)
    assert out[7] == ["carried", "carried"]
    assert out[9] == ["carried"] * 3
    assert out[11] == ["wrong"]
    assert out[13] == ["carried", "carried"]


def test_a_root_of_the_true_discriminant_is_correct(tmp_path):
    # True K = [[15, 33], [33, 79]]: Δ = 94² − 4 · 96 = 8452, √8452 = 91.93476.
    notes = "\n\n".join([
        r"$$K = \begin{pmatrix} 15 & 33 \\ 33 & 79 \end{pmatrix}$$",
        r"$\Delta = 94^2 - 4 \cdot 96 = 8452$, $\sqrt{\Delta} \approx 91.9348$",
        r"$\sqrt{\Delta} \approx 91.9248$",
    ])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["correct"] * 3
    assert out[5] == ["wrong"] and first == 5
