"""Names the notes never define are not judged as if they were known (invented notes).

Network A (worked out by hand): f(x) = W2_1 (W1_1 x + b1_1) + W2_2 (W1_2 x + b1_2) + b2 with W1 = (1, 1),
b1 = (0, 1), W2 = (1, 0), b2 = 0: ∂f/∂W1_1 = W2_1 x, ∂f/∂b1_2 = W2_2 = 0, ∂f/∂b2 = 1.
"""

from symntk.check import check_text

GIVEN = """f(x) = W2 (W1 x + b1) + b2
W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0
x1 = 1, x2 = 2

"""


def _by_line(body: str) -> dict[int, list[str]]:
    report = check_text(GIVEN + body)
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        out.setdefault(j.line - 4, []).append(j.verdict)
    return out


def test_a_capital_f_in_a_derivative_is_the_networks_output():
    assert _by_line("dF/dW1_1 = W2_1 * x\n\ndF/db2 = 1\n\ndF/db1_2 = 1\n") == {
        1: ["correct"], 3: ["correct"], 5: ["wrong"]}


def test_a_capital_f_in_a_latex_derivative_is_the_networks_output():
    assert _by_line("$\\frac{\\partial F}{\\partial b_2} = 1$\n\n$\\partial F/\\partial b_2 = 0$\n") == {
        1: ["correct"], 3: ["wrong"]}


def test_a_derivative_of_a_name_never_defined_is_not_judged_zero():
    # ∂q/∂b2 would be 0 for a q free of b2: but q is nothing the notes define, so 1 cannot be wrong
    assert "wrong" not in sum(_by_line("dq/db2 = 1\n").values(), [])


def test_a_formula_in_names_never_defined_is_not_judged_wrong():
    verdicts = sum(_by_line("q + 1 = x + 2\n\nF(x) = W2_1 (W1_1 x + b1_1) + b2\n").values(), [])
    assert "wrong" not in verdicts


def test_a_rule_in_its_free_variable_is_still_judged():
    # the learner's own rule in a free z: tanh′(z) = 1 − tanh(z) stays judged (wrong) though z is defined nowhere
    report = check_text("f(x) = W2 tanh(W1 x + b1) + b2\nW1 = 1, b1 = 0, W2 = 2, b2 = 0\nx1 = 0, x2 = 1\n\n"
                        "tanh'(z) = 1 - tanh(z)\n")
    assert [j.verdict for j in report.judgements if j.line == 5] == ["wrong"]
