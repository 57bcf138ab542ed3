"""Eigenvalues given again as decimals after the math that found them (symntk.check.eigen_linked): ``$\\lambda = 9 \\pm
4$, which is about 13 and 5``; judged to the digits written.

Notes invented for these tests: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = 1, b^{[1]} = 0,
W^{[2]} = 2, b^{[2]} = 0, x_1 = 0, x_2 = 1, θ = (W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]}). Worked by hand: the gradient is
(W^{[2]} x, W^{[2]}, W^{[1]} x + b^{[1]}, 1) = (2x, 2, x, 1), so ∇f(x_1) = (0, 2, 0, 1), ∇f(x_2) = (2, 2, 1, 1),
K_11 = 5, K_12 = 5, K_22 = 10, tr K = 15, det K = 50 − 25 = 25, λ = (15 ± √125)/2 = (15 ± 5√5)/2:
λ_1 = 13.0901699…, λ_2 = 1.9098300… (13.09 and 1.91 to two decimals; 13.1 and 1.9 to one).
"""

from check_helpers import notes_verdicts

from symntk.check.eigen_linked import linked_eigenvalues

NOTES = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = 1$, $b^{[1]} = 0$, $W^{[2]} = 2$, "
         "$b^{[2]} = 0$, $x_1 = 0$, $x_2 = 1$.\n\n"                                   # line 1
         "$K = \\begin{pmatrix} 5 & 5 \\\\ 5 & 10 \\end{pmatrix}$\n\n")              # line 3


def _line5(sentence: str) -> tuple[list[str], int]:
    lines, first = notes_verdicts(NOTES + sentence + "\n")
    return lines.get(5, []), first


def test_right_decimals_after_the_formula_are_right():
    verdicts, first = _line5("Hence the eigenvalues are $\\lambda = (15 \\pm \\sqrt{125})/2$, which is about 13.09 "
                             "and 1.91.")
    assert verdicts == ["correct", "correct"] and first == 0


def test_a_decimal_rounded_the_wrong_way_is_wrong():
    verdicts, first = _line5("Hence the eigenvalues are $\\lambda = (15 \\pm \\sqrt{125})/2$, which is about 13.09 "
                             "and 1.92.")
    assert verdicts == ["correct", "wrong"] and first == 5


def test_values_in_their_own_math_and_other_languages():
    verdicts, first = _line5("$\\lambda = (15 \\pm \\sqrt{125})/2$, sem er u.þ.b. $13{,}1$ og $1{,}9$.")
    assert verdicts == ["correct", "correct"] and first == 0
    verdicts, first = _line5("$\\lambda = (15 \\pm \\sqrt{125})/2$, also etwa $13.1$ und $2.1$.")
    assert verdicts == ["correct", "wrong"] and first == 5


def test_the_reader():
    math, said = "so $\\lambda = 9 \\pm 4$", ", which is about 13 and 5"
    assert linked_eigenvalues(math + said + ".") == [("\\lambda \\approx 13, 5", (len(math), len(math + said)))]
    math, said = "the eigenvalues are $9 \\pm 4$", ", i.e. $13$ and $5$"
    assert linked_eigenvalues(math + said) == [("\\lambda = 13, 5", (len(math), len(math + said)))]


def test_other_lists_after_math_are_no_eigenvalues():
    for line in ("$K_{12} = 5$, which is about 5 and 5.",           # no λ in the math, no eigenvalues in words
                 "$\\lambda^2 - 15\\lambda + 25$, which has coefficients 15 and 25.",
                 "$\\lambda = 9 \\pm 4$, which is about 13.",        # one number: no list
                 "The eigenvalues. Then $x$, which is 1 and 2.",     # the words in another sentence
                 "$\\lambda = 9 \\pm 4$, which is about 13 and 5 + 1."):
        assert linked_eigenvalues(line) == [], line


def test_one_named_eigenvalue_given_again():
    """λ_1 = 13.0901… given as "$\\lambda_1 \\approx 13.0902$, i.e. about $13.09$" (right, line 5) and as
    ", d.h. etwa 13,1" (right to one decimal); "that is about 13.10" is wrong (13.09 to two decimals)."""
    verdicts, first = _line5("$\\lambda_1 \\approx 13.0902$, i.e. about $13.09$.")
    assert verdicts == ["correct", "correct"] and first == 0
    verdicts, first = _line5("$\\lambda_1 \\approx 13.0902$, that is about $13.10$.")
    assert verdicts == ["correct", "wrong"] and first == 5
    math, said = "$\\lambda_2 = 1{,}9098$", ", d.h. etwa 1{,}91"
    assert linked_eigenvalues(math + said + ".") == [("\\lambda_2 \\approx 1{,}91", (len(math), len(math + said)))]
    assert linked_eigenvalues("$K_{12} = 5$, i.e. about 5.") == []   # no eigenvalue named
