"""Error carried forward from the learner's own forward pass and their own rounded numbers (invented notes).

Every expected verdict below is worked out by hand from the notes' own mistake; the numbers a learner
would write are computed here with ``math`` (the checker is never asked what they are).
"""

import math

from check_helpers import problem, verdicts

from symntk.check import check_text

TANH = problem([1, 1, 1], "tanh", [0, 1], W1=1, b1=0, W2=1, b2=0)
LINEAR_2IN = problem([2, 2, 1], "identity", [[1, 0], [0, 1]], W1=[[1, 2], [0, 1]], b1=[0, 1], W2=[[1, -1]], b2=0)


def _verdicts(tmp_path, toml: str, notes: str) -> dict[int, list[str]]:
    return verdicts(tmp_path, toml, notes)[0]


def _f(v: float, d: int = 6) -> str:
    return f"{v:.{d}f}"


def test_decimal_chain_from_the_learners_unrounded_entries_is_carried(tmp_path):
    # Their rule tanh'(z) = 1 − tanh z (wrong: 1 − tanh² z) gives, at x_2 = 1 with t = tanh 1,
    # ∇f(x_2) = (1 − t, 1 − t, t, 1); ∇f(x_1) = (0, 1, 0, 1) is right (tanh' 0 = 1 either way).
    t = round(math.tanh(1), 6)
    s = round(1 - t, 6)
    k11, k12, k22 = 2, round(s + 1, 6), round(2 * s * s + t * t + 1, 6)
    tr, det = round(k11 + k22, 6), round(k11 * k22 - k12 * k12, 6)
    root = round(math.sqrt(tr * tr - 4 * det), 6)
    lam1, lam2 = (tr + root) / 2, (tr - root) / 2
    notes = "\n\n".join([
        r"$$\tanh'(z) = 1 - \tanh z$$",                                               # 1: wrong
        r"$$\nabla_\theta f(x_1) = (0, 1, 0, 1)$$",                                    # 3: correct
        rf"$$\nabla_\theta f(x_2) = ({_f(s)}, {_f(s)}, {_f(t)}, 1)$$",                 # 5: carried
        rf"$K_{{11}} = 2$, $K_{{12}} = {_f(k12)}$, $K_{{22}} = {_f(k22)}$",            # 7: correct, carried ×2
        rf"$$K \approx \begin{{pmatrix}} 2 & {_f(k12, 2)} \\ {_f(k12, 2)} & {_f(k22, 2)} \end{{pmatrix}}$$",  # 9
        rf"$\operatorname{{tr}} K = {_f(tr)}$, $\det K = {_f(det)}$",                  # 11: carried ×2
        rf"$$\lambda_1 \approx {_f(lam1, 4)}, \quad \lambda_2 \approx {_f(lam2, 4)}$$",  # 13: carried ×2
    ])
    assert _verdicts(tmp_path, TANH, notes) == {
        1: ["wrong"], 3: ["correct"], 5: ["carried"], 7: ["correct", "carried", "carried"], 9: ["carried"],
        11: ["carried", "carried"], 13: ["carried", "carried"]}


def test_decimal_chain_that_does_not_follow_from_their_numbers_is_wrong(tmp_path):
    t = round(math.tanh(1), 6)
    s = round(1 - t, 6)
    k12, k22 = round(s + 1, 6), round(2 * s * s + t * t + 1, 6)
    notes = "\n\n".join([
        r"$$\tanh'(z) = 1 - \tanh z$$",
        rf"$$\nabla_\theta f(x_2) = ({_f(s)}, {_f(s)}, {_f(t)}, 1)$$",
        rf"$K_{{11}} = 2$, $K_{{12}} = {_f(k12)}$, $K_{{22}} = {_f(k22)}$",
        rf"$\operatorname{{tr}} K = {_f(2 + k22 + 0.01)}$",                            # 7: off by 0.01
    ])
    assert _verdicts(tmp_path, TANH, notes)[7] == ["wrong"]


def test_swapped_indices_in_the_hidden_units_carry_to_f_and_the_gradient(tmp_path):
    # True z_1 = W_11 x_1 + W_12 x_2 + b_1, z_2 = W_21 x_1 + W_22 x_2 + b_2. They swap the indices of W,
    # so at x_1 = (1, 0): their z = (W_11, W_12 + b_2) = (1, 3) (true (1, 1)), f = 1 − 3 = −2 (true 0).
    # Their f = W2_11 (W_11 x_1 + W_21 x_2 + b_1) + W2_12 (W_12 x_1 + W_22 x_2 + b_2) gives
    # ∂f/∂(W_11, W_12, W_21, W_22) = (W2_11 x_1, W2_12 x_1, W2_11 x_2, W2_12 x_2) = (1, −1, 0, 0) at x_1,
    # and ∂f/∂W^{[2]}_{12} = their z_2 = 3: ∇f(x_1) = (1, −1, 0, 0, 1, −1, 1, 3, 1) (true (1, 0, −1, 0, …, 1, 1, 1)).
    notes = "\n\n".join([
        r"$$z_1 = W^{[1]}_{11}x_1 + W^{[1]}_{21}x_2 + b^{[1]}_1, \quad "
        r"z_2 = W^{[1]}_{12}x_1 + W^{[1]}_{22}x_2 + b^{[1]}_2$$",                        # 1: wrong, wrong
        r"$$f(x) = W^{[2]}_{11}(W^{[1]}_{11}x_1 + W^{[1]}_{21}x_2 + b^{[1]}_1) + "
        r"W^{[2]}_{12}(W^{[1]}_{12}x_1 + W^{[1]}_{22}x_2 + b^{[1]}_2) + b^{[2]}$$",     # 3: carried
        r"At $x^{(1)} = (1, 0)$: $z_1 = 1$, $z_2 = 3$, $f(x^{(1)}) = -2$.",             # 5: correct, carried ×2
        r"$$\frac{\partial f}{\partial W^{[2]}_{12}} = z_2$$",                           # 7: carried
        r"$$\frac{\partial f}{\partial b^{[2]}} = 1$$",                                  # 9: correct
        r"$$\nabla_\theta f(x^{(1)}) = (1, -1, 0, 0, 1, -1, 1, 3, 1)$$",                # 11: carried
    ])
    got = _verdicts(tmp_path, LINEAR_2IN, notes)
    assert got[1] == ["wrong", "wrong"]
    assert got[3] == ["carried"] and got[7] == ["carried"] and got[9] == ["correct"] and got[11] == ["carried"]
    assert got[5] == ["correct", "carried", "carried"]  # z_1(x_1) = 1 is right: W_21 x_2 = 0 there


def test_a_right_formula_with_their_own_wrong_values_keeps_its_name_right(tmp_path):
    # They read W^{[1]} column by column: W_12 = 0, W_21 = 2 (true 2 and 0). Their h_2 = W_21 x_1 + W_22 x_2
    # + b_2 is right as a formula and 2x_1 + x_2 + 1 follows from their values; ∂f/∂W^{[2]}_{12} = h_2 stays
    # right (the name means the unit, and their formula for it was right).
    notes = "\n\n".join([
        r"$W^{[1]}_{12} = 0$, $W^{[1]}_{21} = 2$",                                        # 1: wrong ×2
        r"$$h_2 = W^{[1]}_{21}x_1 + W^{[1]}_{22}x_2 + b^{[1]}_2 = 2x_1 + x_2 + 1$$",      # 3: correct, carried
        r"$$\frac{\partial f}{\partial W^{[2]}_{12}} = h_2$$",                            # 5: correct
        r"$$f(x) = W^{[2]}_{11}h_1 + W^{[2]}_{12}h_2 + b^{[2]} = x_1 - (2x_1 + x_2 + 1)$$",  # 7: correct, carried
    ])
    got = _verdicts(tmp_path, LINEAR_2IN, notes)
    assert got == {1: ["wrong", "wrong"], 3: ["correct", "carried"], 5: ["correct"], 7: ["correct", "carried"]}


def test_their_phi_prime_rule_is_what_their_values_of_it_follow(tmp_path):
    # tanh'(z) = 1 − tanh z is wrong; tanh'(1) = 1 − 0.7616 = 0.2384 follows from it (true 1 − tanh² 1 ≈ 0.42);
    # tanh'(0) = 1 is right under either rule; 1 − tanh(z) = 1 at x_1 = 0 names the hidden unit z = 0 there.
    t = _f(math.tanh(1), 4)
    notes = "\n\n".join([
        r"$$\tanh'(z) = 1 - \tanh(z)$$",                                # 1: wrong
        r"**At $x_1 = 0$:** $\tanh'(0) = 1$, so $1 - \tanh(z) = 1$",    # 3: correct, correct
        rf"$$\tanh'(1) = 1 - {t} = {_f(1 - float(t), 4)}$$",             # 5: carried, carried
    ])
    assert _verdicts(tmp_path, TANH, notes) == {1: ["wrong"], 3: ["correct", "correct"], 5: ["carried", "carried"]}


def test_exact_entries_follow_from_their_formulas_beside_their_decimals(tmp_path):
    # With their rule, ∇f(x_2) = (1 − tanh 1, 1 − tanh 1, tanh 1, 1) and ∇f(x_1) = (0, 1, 0, 1): their
    # K_12 = 2 − tanh 1 exactly (true 2 − tanh² 1), whatever decimals they wrote for the gradient before.
    t = _f(math.tanh(1))
    notes = "\n\n".join([
        r"$$\tanh'(z) = 1 - \tanh z$$",
        r"$$\frac{\partial f}{\partial W^{[1]}} = W^{[2]}(1 - \tanh(z))x$$",      # 3: carried
        r"$$\frac{\partial f}{\partial b^{[1]}} = W^{[2]}(1 - \tanh(z))$$",       # 5: carried
        rf"$$\nabla_\theta f(x_2) \approx ({_f(1 - float(t))}, {_f(1 - float(t))}, {t}, 1)$$",  # 7: carried
        r"$$K_{12} = 2 - \tanh 1$$",                                               # 9: carried
        r"$$K_{11} = 2$$",                                                         # 11: correct
    ])
    got = _verdicts(tmp_path, TANH, notes)
    assert got[9] == ["carried"] and got[11] == ["correct"] and got[7] == ["carried"]


def test_values_under_a_prose_label_are_at_that_datapoint(tmp_path):
    # Two datapoints listed on one line name no current one; "**x_2 = 1:**" outside math does. z = 1 and
    # a = tanh 1 ≈ 0.7616 are right at x_2; written 0.7616 ≈ tanh(1) (not tanh(0) = 0).
    notes = "\n\n".join([
        r"Points: $x_1 = 0$, $x_2 = 1$.",
        r"**x_2 = 1:** $z = 1$, $a \approx 0.7616$",                     # 3: correct, correct
        r"## x_1 = 0",
        r"$z = 0$, $a = 0$",                                              # 7: correct, correct
    ])
    assert _verdicts(tmp_path, TANH, notes) == {3: ["correct", "correct"], 7: ["correct", "correct"]}


def test_a_gradient_over_their_shorter_theta_follows_from_it(tmp_path):
    # They leave b^{[2]} out of θ: their gradient has three entries (W1, b1, W2) in their θ's order.
    # At x_1 = 0: (0, 1, 0) is their own (true (0, 1, 0, 1)); their K_11 = 1 (true 2) follows.
    notes = "\n\n".join([
        r"$$\theta = (W^{[1]}, b^{[1]}, W^{[2]})$$",                      # 1: wrong
        r"$$\nabla_\theta f(x_1) = (0, 1, 0)$$",                          # 3: carried
        r"$$K_{11} = 0 + 1 + 0 = 1$$",                                    # 5: carried
    ])
    got = _verdicts(tmp_path, TANH, notes)
    assert got[1] == ["wrong"] and got[3] == ["carried"] and set(got[5]) == {"carried"}


def test_decimal_comma_after_a_unicode_approx(tmp_path):
    # λ of K = [[2, 1], [1, 2]] … here only the reading: 26,70 is one number, 26.70.
    from symntk.check.normalise import normalise

    assert normalise("λ_1 ≈ 26,70") == r"\lambda_1 \approx 26{,}70"
    assert normalise(r"(1, 2)") == "(1, 2)"


LINEAR_3PT = problem([1, 1, 1], "identity", [0, 1, 2], W1=1, b1=0, W2=1, b2=0)
LINEAR_2PT = LINEAR_3PT.replace("x = [0, 1, 2]", "x = [0, 1]")
TWO_OUT = problem([1, 1, 2], "identity", [1, 2], W1=1, b1=0, W2=[[1], [3]], b2=[0, 0])


def test_an_equation_for_the_non_zero_eigenvalues_is_right(tmp_path):
    # ∇f(x) = (W2 x, W2, W1 x + b1, 1) = (x, 1, x, 1) at x = 0, 1, 2: K = [[2, 2, 2], [2, 4, 6], [2, 6, 10]],
    # rank 2; tr 16, principal minors 4 + 16 + 4 = 24, det 0: det(K − λI) = −λ(λ² − 16λ + 24).
    notes = "\n\n".join([
        r"$$\det(K - \lambda I) = -\lambda^3 + 16\lambda^2 - 24\lambda$$",   # 1: correct
        r"$$\lambda^2 - 16\lambda + 24 = 0$$",                                # 3: correct (a factor)
        r"$$\lambda^2 - 16\lambda + 20 = 0$$",                                # 5: wrong (no factor)
    ])
    assert _verdicts(tmp_path, LINEAR_3PT, notes) == {1: ["correct"], 3: ["correct"], 5: ["wrong"]}


def test_trace_and_det_read_off_their_polynomial(tmp_path):
    # K = [[2, 2], [2, 4]] at x = 0, 1: det(K − λI) = λ² − 6λ + 4. Their λ² − 6λ + 8 gives det K = 8 (carried);
    # tr K = 6 is right.
    notes = "\n\n".join([
        r"$$\det(K - \lambda I) = \lambda^2 - 6\lambda + 8$$",   # 1: wrong
        r"$\operatorname{tr} K = 6$, $\det K = 8$",                # 3: correct, carried
    ])
    assert _verdicts(tmp_path, LINEAR_2PT, notes) == {1: ["wrong"], 3: ["correct", "carried"]}


def test_eigenvalues_from_their_wrong_square_root_are_carried_a_right_one_is_not_an_excuse(tmp_path):
    # λ = 3 ± √5 (√5 = 2.2360…). √5 ≈ 2.25 is wrong; 3 ± 2.25 = 5.25, 0.75 follow from it (true 5.2361, 0.7639).
    notes = "\n\n".join([
        r"$$\lambda^2 - 6\lambda + 4 = 0$$",                          # 1: correct
        r"$$\sqrt{5} \approx 2.25$$",                                 # 3: wrong
        r"$\lambda_1 \approx 5.25$, $\lambda_2 \approx 0.75$",         # 5: carried ×2
    ])
    assert _verdicts(tmp_path, LINEAR_2PT, notes) == {1: ["correct"], 3: ["wrong"], 5: ["carried", "carried"]}
    # √5 ≈ 2.236 is right; 3 + 2.236 = 5.236 is then right too, and 5.2365 is a slip of its own
    notes = "\n\n".join([r"$$\sqrt{5} \approx 2.236$$", r"$\lambda_1 \approx 5.236$, $\lambda_1 \approx 5.2365$"])
    assert _verdicts(tmp_path, LINEAR_2PT, notes) == {1: ["correct"], 3: ["correct", "wrong"]}


def test_each_outputs_kernel_in_turn(tmp_path):
    # ∇y_1(x) = (x, 1, x, 0, 1, 0), ∇y_2(x) = (3x, 3, 0, x, 0, 1) at x = 1, 2:
    # K^(1) = [[4, 6], [6, 10]], K^(2) = [[20, 30], [30, 50]].
    notes = "\n\n".join([
        r"I compute the kernel of each output separately.",
        r"$$y_1 = W^{[2]}_{1,1}(W^{[1]} x + b^{[1]}) + b^{[2]}_1$$",
        r"$$\frac{\partial y_1}{\partial \theta_1} = W^{[2]}_{1,1} x$$",               # 5: correct
        r"$K_{11} = 4$, $K_{12} = 6$, $K_{22} = 10$",                                    # 7: correct ×3
        r"$K_{11} = 20$, $K_{12} = 31$, $K_{22} = 50$",                                  # 9: output 2; 31 wrong
        r"$$K = \begin{pmatrix} 20 & 31 \\ 31 & 50 \end{pmatrix}$$",                     # 11: carried
        r"$$\lambda^2 - 70\lambda + 1000 - 961 = \lambda^2 - 70\lambda + 39$$",          # 13: carried
    ])
    got = _verdicts(tmp_path, TWO_OUT, notes)
    assert got[5] == ["correct"] and got[7] == ["correct"] * 3
    assert got[9] == ["correct", "wrong", "correct"] and got[11] == ["carried"] and got[13] == ["carried"]


def test_two_output_notes_render_in_every_format_and_language(tmp_path):
    from symntk.check import render_report

    path = tmp_path / "p.toml"
    path.write_text(TWO_OUT, encoding="utf-8")
    report = check_text("Each output separately.\n\n$K_{11} = 5$\n", "notes.md", path)  # wrong: feedback shown
    for fmt in ("text", "md", "tex", "html"):
        for lang, words in (("en", "kernel of output 1"), ("is", "kjarni úttaks 1")):
            assert words in render_report(report, fmt, lang)


def test_their_own_chain_rule_factor_carries_to_the_derivative(tmp_path):
    # Hidden unit h = W^{[1]} x + b^{[1]}. They claim ∂h/∂W^{[1]} = ∂h/∂b^{[1]} (= 1; true x): their
    # ∂f/∂W^{[1]} = W^{[2]} · 1 = W^{[2]} (true W^{[2]} x),
    # 1 at the values (carried), while ∂f/∂b^{[1]} = W^{[2]} stays right. "i = 1, 2" only ranges an index.
    notes = "\n\n".join([
        r"$$\frac{\partial h}{\partial W^{[1]}} = \frac{\partial h}{\partial b^{[1]}}$$",   # 1: wrong
        r"$$\frac{\partial f}{\partial W^{[1]}} = W^{[2]} = 1$$",                           # 3: carried ×2
        r"$$\frac{\partial f}{\partial b^{[1]}} = W^{[2]}$$",                               # 5: correct
        r"for $i = 1, 2$",                                                                  # context
    ])
    assert _verdicts(tmp_path, LINEAR_2PT, notes) == {1: ["wrong"], 3: ["carried", "carried"], 5: ["correct"]}


def test_delta_is_df_dz_and_follows_their_phi_prime(tmp_path):
    # δ = ∂f/∂z = W^{[2]} tanh′(z) = W^{[2]}(1 − tanh² z). With their tanh′ = 1 − tanh, their δ = W^{[2]}(1 − tanh z):
    # carried; at x_1 = 0 both give 1 (right); at x_2 = 1 theirs is 1 − tanh 1 ≈ 0.2384 (true ≈ 0.42).
    t = _f(math.tanh(1), 4)
    notes = "\n\n".join([
        r"$$\tanh'(z) = 1 - \tanh z$$",                                   # 1: wrong
        r"$$\delta = W^{[2]}(1 - \tanh z)$$",                             # 3: carried
        r"At $x_1 = 0$: $\delta = 1$",                                     # 5: correct
        rf"At $x_2 = 1$: $\delta = 1 - {t} = {_f(1 - float(t), 4)}$",      # 7: carried ×2
    ])
    assert _verdicts(tmp_path, TANH, notes) == {1: ["wrong"], 3: ["carried"], 5: ["correct"],
                                                 7: ["carried", "carried"]}
    assert _verdicts(tmp_path, TANH, r"$$\delta = W^{[2]}(1 - \tanh^2 z)$$") == {1: ["correct"]}


def test_a_corrected_unit_formula_puts_the_true_unit_back(tmp_path):
    # z_2 written with swapped indices (wrong), then written right: ∂f/∂W^{[2]}_{12} = z_2 is right again,
    # and f(x^{(1)}) = 0 (true: z = (1, 1) at (1, 0), f = 1 − 1) is right.
    notes = "\n\n".join([
        r"$$z_2 = W^{[1]}_{12}x_1 + W^{[1]}_{22}x_2 + b^{[1]}_2$$",       # 1: wrong
        r"$$z_2 = W^{[1]}_{21}x_1 + W^{[1]}_{22}x_2 + b^{[1]}_2$$",       # 3: correct
        r"$$\frac{\partial f}{\partial W^{[2]}_{12}} = z_2$$",            # 5: correct
        r"$$f(x^{(1)}) = 0$$",                                            # 7: correct
    ])
    assert _verdicts(tmp_path, LINEAR_2IN, notes) == {1: ["wrong"], 3: ["correct"], 5: ["correct"], 7: ["correct"]}


def test_a_formula_followed_by_a_datapoint_is_its_value_there():
    # In a one-input network h(x_2) is h at x_2 (tanh 1), not h · x_2; 2(x_2) stays 2 · x_2 = 2.
    import sympy

    from symntk.check.meaning import Scope, to_sympy
    from symntk.check.syntax import parse
    from symntk.network import Network

    scope = Scope(Network([1, 1, 1], ["tanh"]), [(0,), (1,)])

    def value(text):
        return to_sympy(parse(text).members[0].node, scope)

    at = {t.symbol: (0 if t.kind[0] == "b" else 1) for t in scope.network.theta}   # W = 1, b = 0: h(x) = tanh x
    written = value(r"h(1 - h)(x_2)").xreplace(at)
    assert abs(sympy.N(written - sympy.tanh(1) * (1 - sympy.tanh(1)), 30)) < 1e-25
    assert value(r"2(x_2)") == 2
