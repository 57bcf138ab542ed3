"""Results written in sentences: a parameter, kernel entry or gradient named in words before its inline math."""

import pytest

from symntk.check import check_text
from symntk.check.sentences import sentence_claims

# Invented: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}, W^{[1]} = [3, 1]^T, b^{[1]} = [1, 2]^T, W^{[2]} = [2, -1],
# b^{[2]} = 4, x_1 = 1, x_2 = 2. By hand: h_1 = 3x + 1, h_2 = x + 2; in θ order (W_11, W_21, b_1, b_2, v_1, v_2, c)
# ∇f = (2x, -x, 2, -1, 3x + 1, x + 2, 1): (2, -1, 2, -1, 4, 3, 1) at x_1 and (4, -2, 2, -1, 7, 4, 1) at x_2;
# K_11 = 4+1+4+1+16+9+1 = 36, K_12 = 8+2+4+1+28+12+1 = 56, K_22 = 16+4+4+1+49+16+1 = 91.
HEAD = ("# Sheet\n"
        "$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = [3, 1]^T$, $b^{[1]} = [1, 2]^T$, "
        "$W^{[2]} = [2, -1]$, $b^{[2]} = 4$, $x_1 = 1$, $x_2 = 2$.\n"
        "\n"
        "Derivatives, and the output bias gives $1$.\n")
# Invented, every layer one unit: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}, W^{[1]} = 2, b^{[1]} = 1,
# W^{[2]} = 3, b^{[2]} = 0, x_1 = 1, x_2 = -1. ∇f = (3x, 3, 2x + 1, 1): (3, 3, 3, 1) and (-3, 3, -1, 1).
SCALAR = ("# Sheet\n"
          "$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 2$, $b^{[1]} = 1$, $W^{[2]} = 3$, "
          "$b^{[2]} = 0$, $x_1 = 1$, $x_2 = -1$.\n"
          "\n"
          "Now the derivatives.\n")


def _line5(head: str, line: str) -> list[str]:
    report = check_text(head + line + "\n", "n.md")
    return ["carried" if j.carried else j.verdict for j in report.judgements if j.line == 5]


@pytest.mark.parametrize("line, verdicts", [
    ("The derivative with respect to the first weight is $2x$, so $2$ at the first point and $4$ at the second.",
     ["correct"] * 3),
    ("For the second weight it's $-x$, so $-1$ and $-2$.", ["correct"] * 3),
    ("The first bias gives $2$ and the second bias gives $-1$.", ["correct", "correct"]),
    ("- second bias: $1$", ["wrong"]),
    ("The first output weight gives the first hidden unit, which is $3x + 1$.", ["correct"]),
    ("The second output weight gives the second hidden unit, which is just $x$.", ["wrong"]),
    ("The kernel entry for the first and second points is $8 + 2 + 4 + 1 + 28 + 12 + 1 = 56$.", ["correct"]),
    ("The first diagonal entry is $36$ and the second diagonal entry is $90$.", ["correct", "wrong"]),
    ("The kernel entry for the second point with itself is $91$.", ["correct"]),
    ("The $(1,2)$ entry of $K$ is $56$.", ["correct"]),
    ("The diagonal entries are $36$ and $92$.", ["correct", "wrong"]),
    ("So the gradient at $x_2$ is $(4, -2, 2, -1, 7, 4, 1)$.", ["correct"]),
    ("That gives gradients $(2, -1, 2, -1, 4, 3, 1)$ at the first point and $(4, -2, 2, -1, 7, 4, 1)$ at the "
     "second.", ["correct", "correct"]),
    # tr K = 127, det K = 36·91 − 56² = 3276 − 3136 = 140, λ = (127 ± √15569)/2 ≈ 125.888 and 1.112
    ("The trace is $127$ and the determinant is $3276 - 3136 = 140$.", ["correct"]),
    ("The trace is $128$.", ["wrong"]),
    ("So the eigenvalues come out as about $125.89$ and $1.11$.", ["correct"]),
    ("So the eigenvalues come out as about $125.89$ and $1.31$.", ["wrong"]),
])
def test_a_result_named_in_words_is_judged(line, verdicts):
    assert set(_line5(HEAD, line)) == set(verdicts)


@pytest.mark.parametrize("line, verdicts", [
    ("With respect to the second weight it's $2x + 1$, which is $3$ at the first point and $-1$ at the second.",
     ["correct"] * 3),
    ("The second bias gives $1$, the first bias gives $3$.", ["correct", "correct"]),
    ("The second weight gives $2x$.", ["wrong"]),
])
def test_with_one_unit_per_layer_an_ordinal_counts_the_layers(line, verdicts):
    assert set(_line5(SCALAR, line)) == set(verdicts)


@pytest.mark.parametrize("line", [
    "Multiplying by the first weight gives $3x$.",              # the weight is no subject
    "The third weight gives $7$.",                              # which layer's? not certain
    "The weight gives $5$.",                                    # no ordinal, several weights
    "The kernel entry for the first and third points is $5$.",  # two datapoints only
    "The $(1,3)$ entry is $5$.",                                # two datapoints only
    "The gradient at $x_1$ is $(1, 2)$ or so.",                 # two entries where θ has seven: read as written
    "The trace of $A$ is $3$.",                                 # some other matrix
    "The determinant is $(36 - \\lambda)(91 - \\lambda) - 3136$.",  # det(K − λI), not det K
])
def test_uncertain_subjects_are_left_unread(line):
    assert all(j.verdict != "wrong" for j in check_text(HEAD + line + "\n", "n.md").judgements if j.line == 5)


def test_a_list_of_given_values_is_no_list_of_derivatives():
    """A list headed by words that are not about derivatives, or an item that sets a name to a value, is left."""
    for text in (HEAD + "Given values:\n\n- second bias: $1$\n", HEAD + "- first bias: $b_1 = 0$\n"):
        problem = check_text(HEAD + "\n", "n.md").problem
        assert sentence_claims(text, problem).split("\n")[-2] == text.split("\n")[-2]


def test_a_bare_ordinal_waits_for_the_output_word():
    """Without "output weight/bias" anywhere, "the second bias" may be b^{[2]}: no claim is made of it."""
    text = HEAD.replace("and the output bias gives $1$", "one by one") + "The second bias gives $1$.\n"
    problem = check_text(HEAD + "\n", "n.md").problem
    assert sentence_claims(text, problem) == text


def test_several_outputs_leave_derivatives_unread():
    """∂f/∂θ of which output? With two outputs the words do not say."""
    text = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = [1, 2]^T$, "
            "$b^{[2]} = [0, 0]^T$, $x_1 = 1$, $x_2 = 2$.\n\nThe derivative with respect to the first weight is $x$.\n")
    problem = check_text(text, "n.md").problem
    assert sentence_claims(text, problem) == text


def test_the_rewrite_keeps_lines_and_names_the_math():
    problem = check_text(HEAD + "\n", "n.md").problem
    text = HEAD + "The first diagonal entry is $36$, the derivative of tanh is $1 - \\tanh^2 z$.\n"
    said = sentence_claims(text, problem).split("\n")
    assert len(said) == len(text.split("\n"))
    assert "$K_{11} = 36$" in said[4] and "$\\tanh'(z) = 1 - \\tanh^2 z$" in said[4]
