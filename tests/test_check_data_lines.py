"""The exercise's statement stays context even when the learner later reuses its names for entries, a naming
(``b2 = c``) is not a claim, and a table of θ_k by its index k reads row k as θ_k.

Invented exercise: W^{[1]} = [1, 2]ᵀ, b^{[1]} = [0, 1]ᵀ, W^{[2]} = [2, 1], b^{[2]} = 3; x₁ = 1, x₂ = 0. By hand:
∇f(x) = (2x, x, 2, 1, x, 2x + 1, 1); ∇f(x₁) = (2, 1, 2, 1, 1, 3, 1), ∇f(x₂) = (0, 0, 2, 1, 0, 1, 1);
K₁₁ = 21, K₁₂ = 9, K₂₂ = 7."""

from symntk.check import check_text

GIVEN = """**Given**
- f(x) = W2(W1 x + b1) + b2, no activation
- W1 = [1, 2]ᵀ, b1 = [0, 1]ᵀ, W2 = [2, 1], b2 = 3
- x1 = 1, x2 = 0

"""


def test_the_given_lines_are_context_when_the_learner_renames_the_entries():
    notes = GIVEN + """call W1 = [w1, w2]ᵀ, b1 = [b1, b2]ᵀ, W2 = [v1, v2], b2 = c

f(x) = v1*(w1*x + b1) + v2*(w2*x + b2) + c

θ = (w1, w2, b1, b2, v1, v2, c) = (1, 2, 0, 1, 2, 1, 3)

∂f/∂b2 = v2 = 1

∂f/∂c = 1

K11 = 21, K12 = 9, K22 = 7
"""
    report = check_text(notes, "n.md")
    assert {j.line for j in report.judgements} >= {8, 10, 12, 14, 16}
    assert not any(j.line <= 6 for j in report.judgements)   # the sheet and the naming line: no verdict
    assert report.exit_code == 0, [(j.line, j.verdict) for j in report.judgements if j.verdict != "correct"]


def test_a_wrong_value_after_the_renaming_is_still_wrong():
    notes = GIVEN + "call W1 = [w1, w2]ᵀ, b1 = [b1, b2]ᵀ, W2 = [v1, v2], b2 = c\n\nK12 = 8\n"
    report = check_text(notes, "n.md")
    assert [(j.line, j.verdict) for j in report.judgements] == [(8, "wrong")]


def test_a_table_of_theta_k_by_its_index():
    notes = GIVEN + r"""| $k$ | $\frac{\partial f}{\partial \theta_k}$ | at $x_1 = 1$ | at $x_2 = 0$ |
|---|---|---|---|
| 2 | $W^{[2]}_{12}x = x$ | 1 | 0 |
| 6 | $h_2 = 2x + 1$ | 3 | 1 |
| 3 | $W^{[2]}_{11} = 2$ | 2 | 3 |
"""
    report = check_text(notes, "n.md")
    verdicts = {}
    for j in report.judgements:
        verdicts.setdefault(j.line, []).append(j.verdict)
    assert set(verdicts[8]) == {"correct"} and set(verdicts[9]) == {"correct"}
    assert verdicts[10].count("wrong") == 1 and report.first_mistake.claim.line == 10


def test_a_name_for_the_output_bias_either_way_round_is_no_claim():
    notes = GIVEN + "f(x) = v1*(w1*x + b1) + v2*(w2*x + b2) + c   (c = b2 output)\n\nK12 = 9\n"
    report = check_text(notes, "n.md")
    assert not any(j.verdict == "wrong" for j in report.judgements)


def test_a_case_of_the_activation_derivative_in_words_is_not_the_rule():
    from symntk.check.facts import derivative_rule

    assert derivative_rule("The derivative of relu is $1$ on the positive side, so") is None
    assert derivative_rule("the derivative of $\\tanh$ is $1 - \\tanh^2$") == "\\tanh' = 1 - \\tanh^2"
