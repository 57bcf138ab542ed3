"""Notes that count from zero (θ_0 … θ_6, x_0, K_{00}, λ_0, f_0, W^{[1]}_0), on invented notes of exercises A, F, G, H.

True values worked out by hand (the corpus brief's exercises; K_{ij} = Σ_k ∂f(x_i)/∂θ_k ∂f(x_j)/∂θ_k):
- A: f(x) = W2(W1 x + b1) + b2, W1 = (1, 1)ᵀ, b1 = (0, 1)ᵀ, W2 = (1, 0), b2 = 0, x = 1, 2. ∇f(1) = (1,0,1,0,1,2,1),
  ∇f(2) = (2,0,1,0,2,3,1); K = [[8, 12], [12, 19]], λ = (27 ± √697)/2 ≈ 26.7004, 0.2996.
- F: W1 = [[1, 2], [0, 1]], b1 = (0, 1)ᵀ, W2 = (1, −1), b2 = 0, x = (1, 0), (0, 1); h(x) = (1, 1), (2, 2);
  ∇f = (1,0,−1,0,1,−1,1,1,1), (0,1,0,−1,1,−1,2,2,1); K = [[7, 7], [7, 13]], tr 20, det 42, λ = 10 ± √58.
- G: W1 = 1, b1 = 1, W2 = (1, 2)ᵀ, b2 = (0, 0)ᵀ, x = 1, 2; h = x + 1; ∇f_1 = (W2_1 x, W2_1, h, 0, 1, 0),
  ∇f_2 = (W2_2 x, W2_2, 0, h, 0, 1); K^(1) = [[7, 10], [10, 15]], K^(2) = [[13, 19], [19, 30]].
- H: W1 = 2, b1 = 1, W2 = 1, b2 = 0, x = 0, 1, 2; ∇f = (x, 1, 2x + 1, 1); K = [[3,5,7],[5,12,19],[7,19,31]],
  det 0, λ = 0, 23 ± √463 ≈ 44.5174, 1.4826.
"""

import json

import pytest

from symntk.check import check_text, render_report
from symntk.check.zero_based import zero_based

A = "\n".join([
    "# Exercise A (zero-indexed)",
    "",
    "Given: $W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$.",
    "Datapoints: $x_0 = 1$, $x_1 = 2$.",
    "",
    "$\\theta = (\\theta_0, \\dots, \\theta_6) = (W^{[1]}_{11},"
    " W^{[1]}_{21}, b^{[1]}_1, b^{[1]}_2, W^{[2]}_{11}, W^{[2]}_{12}, b^{[2]})$",
    "",
    "$\\partial f/\\partial \\theta_0 = W^{[2]}_{11} x$, $\\partial f/\\partial"
    " \\theta_4 = W^{[1]}_{11}x + b^{[1]}_1$, $\\partial f/\\partial \\theta_6 = 1$",
    "",
    "$\\nabla f(x_0) = [1, 0, 1, 0, 1, 2, 1]$, $\\nabla f(x_1) = [2, 0, 1, 0, 2, 3, 1]$",
    "",
    "$K_{00} = 1 + 1 + 1 + 4 + 1 = 8$, $K_{01} = 2 + 1 + 2 + 6 + 1 = 12$, $K_{11} = 4 + 1 + 4 + 9 + 1 = 19$",
    "",
    "$\\lambda_0 \\approx 26.70$, $\\lambda_1 \\approx 0.30$",
    "",
])

A_UNICODE = "\n".join([
    "Given: W⁽¹⁾ = [1, 1]ᵀ, b⁽¹⁾ = [0, 1]ᵀ, W⁽²⁾ = [1, 0], b⁽²⁾ = 0. Datapoints x₀ = 1, x₁ = 2.",
    "",
    "$∂f/∂θ₀ = 1$ at $x₀$ … $\\theta[5] = W^{[2]}_{12}$",
    "",
    "$K_{0,1} = 12$, $K_{1,1} = 19$, $λ₀ ≈ 26.7004$, $λ₁ ≈ 0.2996$",
    "",
])

F = "\n".join([
    "# Exercise F (I count from 0)",
    "",
    "Given: $W^{[1]} = \\begin{pmatrix} 1 & 2 \\\\ 0 & 1"
    " \\end{pmatrix}$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, -1]$, $b^{[2]} = 0$.",
    "Datapoints: $x^{(0)} = (1, 0)^T$, $x^{(1)} = (0, 1)^T$.",
    "",
    "$\\theta = (W^{[1]}_{00}, W^{[1]}_{01}, W^{[1]}_{10},"
    " W^{[1]}_{11}, b^{[1]}_0, b^{[1]}_1, W^{[2]}_{00}, W^{[2]}_{01}, b^{[2]})$",
    "",
    "$\\partial f/\\partial W^{[1]}_{01} = W^{[2]}_{00} x_1$, $\\partial f/\\partial b^{[1]}_1 ="
    " W^{[2]}_{01}$, $\\partial f/\\partial W^{[2]}_{01} = W^{[1]}_{10} x_0 + W^{[1]}_{11} x_1 + b^{[1]}_1$",
    "",
    "$\\nabla f(x^{(0)}) = (1, 0, -1, 0, 1, -1, 1, 1, 1)$",
    "",
    "$\\nabla f(x^{(1)}) = (0, 1, 0, -1, 1, -1, 2, 2, 1)$",
    "",
    "$K_{00} = 7$, $K_{01} = 7$, $K_{11} = 13$",
    "",
    "$K = \\begin{pmatrix} 7 & 7 \\\\ 7 & 13 \\end{pmatrix}$, $\\operatorname{tr} K = 20$, $\\det K = 42$",
    "",
    "$\\lambda_0 \\approx 17.6158$, $\\lambda_1 \\approx 2.3842$",
    "",
])

G = "\n".join([
    "# Exercise G (indices from 0)",
    "",
    "Given: $W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = [1, 2]^T$, $b^{[2]} = [0, 0]^T$; $x_0 = 1$, $x_1 = 2$.",
    "",
    "I compute the 2×2 kernel of each output. $f_0 = W^{[2]}_0 (W^{[1]} x +"
    " b^{[1]}) + b^{[2]}_0$, $f_1 = W^{[2]}_1 (W^{[1]} x + b^{[1]}) + b^{[2]}_1$.",
    "",
    "$\\nabla f_0(x_0) = (1, 1, 2, 0, 1, 0)$, $\\nabla f_0(x_1) = (2, 1, 3, 0, 1, 0)$",
    "",
    "$\\nabla f_1(x_0) = (2, 2, 0, 2, 0, 1)$, $\\nabla f_1(x_1) = (4, 2, 0, 3, 0, 1)$",
    "",
    "Output 0: $K^{(0)} = \\begin{pmatrix} 7 & 10 \\\\ 10 & 15 \\end{pmatrix}$",
    "",
    "Output 1: $K^{(1)} = \\begin{pmatrix} 13 & 19 \\\\ 19 & 30 \\end{pmatrix}$",
    "",
])

H = "\n".join([
    "# Exercise H, counting from zero",
    "",
    "$W^{[1]} = 2$, $b^{[1]} = 1$, $W^{[2]} = 1$, $b^{[2]} = 0$; datapoints $x_0 = 0$, $x_1 = 1$, $x_2 = 2$.",
    "",
    "$\\theta = (\\theta_0, \\theta_1, \\theta_2, \\theta_3) = (W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]})$",
    "",
    "$\\partial f/\\partial \\theta_0 = W^{[2]} x$, $\\partial f/\\partial"
    " \\theta_2 = W^{[1]} x + b^{[1]}$, $\\partial f/\\partial \\theta_3 = 1$",
    "",
    "$\\nabla f(x_0) = (0, 1, 1, 1)$, $\\nabla f(x_1) = (1, 1, 3, 1)$, $\\nabla f(x_2) = (2, 1, 5, 1)$",
    "",
    "$K_{00} = 3$, $K_{01} = 5$, $K_{02} = 7$, $K_{11} = 12$, $K_{12} = 19$, $K_{22} = 31$",
    "",
    "$\\lambda_0 = 0$, $\\lambda_1 \\approx 44.5174$, $\\lambda_2 \\approx 1.4826$",
    "",
])

# the same as A counted from 1: nothing is shifted
A_ONE = (A.replace("zero-indexed", "as on the sheet").replace("x_1", "x_2").replace("x_0", "x_1")
         .replace("\\theta_0", "\\theta_1").replace("\\theta_4", "\\theta_5").replace("\\theta_6", "\\theta_7")
         .replace("K_{11}", "K_{22}").replace("K_{01}", "K_{12}").replace("K_{00}", "K_{11}")
         .replace("\\lambda_1", "\\lambda_2").replace("\\lambda_0", "\\lambda_1"))


def _verdicts(text: str) -> dict[int, list[str]]:
    report = check_text(text)
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


def _wrong(text: str) -> list[tuple[int, str]]:
    return [(j.line, j.claimed) for j in check_text(text).judgements if j.verdict != "correct"]


@pytest.mark.parametrize("notes, claims, families", [
    (A, 14, ["θ", "x", "K", "λ"]),
    (F, 14, ["x⁽ⁱ⁾", "x", "K", "λ", "W", "b"]),
    (G, 9, ["f", "x", "W", "b"]),   # with "I compute the 2×2 kernel of each output", a claim
    (H, 16, ["θ", "x", "K", "λ"]),
], ids=["A", "F", "G", "H"])
def test_correct_notes_counted_from_zero_are_all_correct(notes, claims, families):
    report = check_text(notes)
    assert [j.verdict for j in report.judgements] == ["correct"] * claims
    assert report.exit_code == 0
    assert report.zero_based == families


@pytest.mark.parametrize("notes, slip, line", [
    (A, ("= 19$", "= 20$"), 12),                                       # 4 + 1 + 4 + 9 + 1 is 19, not 20
    (F, ("$K_{01} = 7$", "$K_{01} = 8$"), 14),                          # K_{12} = 7
    (G, ("(4, 2, 0, 3, 0, 1)", "(4, 2, 0, 3, 0, 2)"), 9),               # ∂f_2(x_2)/∂b2_2 = 1, not 2
    (H, ("\\theta_2 = W^{[1]} x + b^{[1]}$", "\\theta_2 = W^{[1]} x$"), 7),   # θ_2 = W2: ∂f/∂W2 = h = W1 x + b1
], ids=["A", "F", "G", "H"])
def test_one_slip_is_exactly_that_slip(notes, slip, line):
    wrong = _wrong(notes.replace(*slip))
    assert len(wrong) == 1 and wrong[0][0] == line


def test_unicode_and_bracket_spellings_count_from_zero():
    out = _verdicts(A_UNICODE)
    assert out == {3: ["correct", "correct"], 5: ["correct"] * 4}


PLAIN = "\n".join([
    "NTK exercise A (counting from 0)",
    "W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0",
    "x0 = 1, x1 = 2",
    "grad f(x0) = [1, 0, 1, 0, 1, 2, 1]",
    "grad f(x1) = [2, 0, 1, 0, 2, 3, 1]",
    "K00 = 8, K01 = 12, K11 = 19",
    "lambda0 = 26.70, lambda1 = 0.30",
])


def test_plain_text_names_glued_to_their_index():
    assert _verdicts(PLAIN) == {4: ["correct"], 5: ["correct"], 6: ["correct"] * 3, 7: ["correct"] * 2}
    assert [w[0] for w in _wrong(PLAIN.replace("K01 = 12", "K01 = 13"))] == [6]


def test_notes_counted_from_one_are_unchanged():
    assert zero_based(A_ONE) == (A_ONE, [])
    report = check_text(A_ONE)
    assert report.zero_based == [] and report.exit_code == 0 and len(report.judgements) == 14
    # a slip in 1-based notes is still that slip
    assert [w[0] for w in _wrong(A_ONE.replace("= 19$", "= 20$"))] == [12]


@pytest.mark.parametrize("text", [
    "$\\lambda_0 = 0$, $\\lambda_\\pm = 23 \\pm \\sqrt{463}$",             # λ_0 beside λ_±: no count from 0
    "$x_1 = 1$, $x_2 = 2$; the input $a^{[0]} = x_0$ of the first layer",  # the sheet's x_1, x_2; x_0 no datapoint
    "$\\theta_{t+1} = \\theta_t - \\eta \\nabla L$ from $\\theta_0$; $\\theta_1 = W^{[1]}_{11}$",   # training
    "$\\det(K - \\lambda I) = -(\\lambda^3 - c_2\\lambda^2 + c_1\\lambda - c_0)$, $c_0 = 0$, $c_1 = 66$",
    "$h_0 = x$, $h_1 = W_1 h_0 + b_1$, $f = W_2 h_1 + b_2$",               # the layer as a subscript
    "$D_\\theta f(x_2;\\theta_0) = (6, 1)$, $J_{\\theta_0}$, $\\partial f/\\partial \\theta_1 = x$",   # θ_0 initial
    "$z_1 = W_1 x + b_1$, $a_1 = z_1$, $a_0 = x$, $z_0$ unused",           # layers as subscripts: a_0 = x
    "the network gives output 0 at $x_1 = 0$; $f_1 = 2$",                  # a value, not an output's number
    "$f_0(x) = 0$ at $t = 0$, $f_t$ moves; $f_1 = 3$",                     # f at time 0
])
def test_a_zero_that_is_not_an_index_shifts_nothing(text):
    assert zero_based(text) == (text, [])


@pytest.mark.parametrize("text, want", [
    ("$K[0,1] = 12$, $K_{0,0} = 8$", "$K_{1,2} = 12$, $K_{1,1} = 8$"),
    ("K₀₁ = 12, K₁₁ = 19", "K₁₂ = 12, K₂₂ = 19"),
    ("$theta[0] = 1$, θ₆ = b", "$theta_{1} = 1$, θ₇ = b"),
    ("$x^{(0)} = (1, 0)^T$, $x^{(1)} = (0, 1)^T$", "$x^{(1)} = (1, 0)^T$, $x^{(2)} = (0, 1)^T$"),
    ("$\\lambda_{0,1} = 1, 2$", "$\\lambda_{1,2} = 1, 2$"),
    ("$W1_0 = 1$, $W^{[2]}_{01} = 0$, $b^{(1)}_{1} = 1$", "$W1_{1} = 1$, $W^{[2]}_{12} = 0$, $b^{(1)}_{1} = 1$"),
    ("$K^{(f_0)}_{00} = 7$, $f_1 = 2h$", "$K^{(f_{1})}_{11} = 7$, $f_{2} = 2h$"),
    ("$h_0 = 2x$, $h_1 = x + 1$, $v_0 = 1$", "$h_{1} = 2x$, $h_{2} = x + 1$, $v_0 = 1$"),
])
def test_spellings_are_shifted(text, want):
    assert zero_based(text)[0] == want


def test_code_is_not_shifted():
    text = "$x_0 = 1$, $x_1 = 2$, $K_{01} = 12$\n```python\nprint(K[0, 1], x_0)\n```\n`K[0][1]` and $K_{00} = 8$"
    shifted, families = zero_based(text)
    assert families == ["x", "K"]
    assert shifted == ("$x_{1} = 1$, $x_{2} = 2$, $K_{12} = 12$\n```python\nprint(K[0, 1], x_0)\n```\n"
                       "`K[0][1]` and $K_{11} = 8$")
    assert shifted.count("\n") == text.count("\n")


def test_the_report_says_which_reading_was_taken():
    report = check_text(A)
    text = render_report(report, "text")
    assert "Indices of θ, x, K, λ read as counted from 0" in text
    assert "Vísar θ, x, K, λ lesnir sem taldir frá 0" in render_report(report, "text", "is")
    assert "$\\theta$" in render_report(report, "md")
    data = json.loads(json.dumps(report.to_dict()))
    assert data["zero_based"]["families"] == ["θ", "x", "K", "λ"]
    assert "$\\lambda$" in data["zero_based"]["note"]
    assert "counted from 0" not in render_report(check_text(A_ONE), "text")
    assert "zero_based" not in check_text(A_ONE).to_dict()
