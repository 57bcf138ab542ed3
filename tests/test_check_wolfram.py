"""Notes typed in Wolfram (Mathematica) notation, read through :mod:`symntk.check.wolfram`.

The notes are invented for these tests; their verdicts are worked out by hand:

* net f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with W⁽¹⁾ = (1, 2)ᵀ, b⁽¹⁾ = (0, 1)ᵀ, W⁽²⁾ = (1, −1), b⁽²⁾ = 0 at
  x₁ = 1, x₂ = −1; in the learner's names θ = (w11, w12, b11, b12, w21, w22, b2) the gradient is
  (w21 x, w22 x, w21, w22, w11 x + b11, w12 x + b12, 1) = (x, −x, 1, −1, x, 2x + 1, 1), so g1 = (1, −1, 1, −1, 1,
  3, 1) and g2 = (−1, 1, 1, −1, −1, −1, 1); K11 = 15, K12 = −1 − 1 + 1 + 1 − 1 − 3 + 1 = −3, K22 = 7;
  tr K = 22, det K = 105 − 9 = 96, λ = 11 ± √(121 − 96) = 16, 6;
* with K12 summed wrongly to −5 the learner's K is [[15, −5], [−5, 7]], tr 22, det 80, λ = 11 ± √41: carried.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.wolfram import is_wolfram, lettered_points, wolfram_markdown
from symntk.check.wolfram_math import MAX_DEPTH, NOTATION, wolfram_latex

from conftest import grows_linearly

GIVEN = "(* sheet: W1 = {{1},{2}}, b1 = {0, 1}, W2 = {{1, -1}}, b2 = 0; x1 = 1, x2 = -1 *)\n\n"   # line 1
NOTES = (
    GIVEN
    + "f[x_] := w21 (w11 x + b11) + w22 (w12 x + b12) + b2\n"                      # 3
    "theta = {w11, w12, b11, b12, w21, w22, b2}   (* weights first *)\n"           # 4
    "Length[theta] == 7\n"                                                         # 5
    "D[f[x], w11] == w21 x\n"                                                      # 6
    "D[f[x], b12] == w22,   D[f[x], w22] == w12 x + b12\n"                         # 7
    "g1 = {1, -1, 1, -1, 1, 3, 1}\n"                                               # 8
    "g2 = {-1, 1, 1, -1, -1, -1, 1}\n"                                             # 9
    "K11 = g1.g1 == 15\n"                                                          # 10
    "K12 == -1 - 1 + 1 + 1 - 1 - 3 + 1 == -3\n"                                    # 11
    "K22 == 7\n"                                                                   # 12
    "K = {{15, -3}, {-3, 7}}\n"                                                    # 13
    "Tr[K] == 22, Det[K] == 105 - 9 == 96\n"                                       # 14
    "Eigenvalues[K] == {11 + Sqrt[25], 11 - Sqrt[25]}\n"                           # 15
    "N[%] == {16., 6.}\n"                                                          # 16
)


def test_correct_wolfram_notes_are_read_and_agreed():
    """Every claim of the invented correct notes (values in the module doc) is read and correct, the given data
    coming from the comment on line 1 and the parameters w11 … b2 from the learner's own θ list."""
    got, first = notes_verdicts(NOTES)
    assert first == 0
    for line in (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16):
        assert got.get(line) and set(got[line]) == {"correct"}, (line, got.get(line))
    assert got[14] == ["correct"] * 3 and got[15] == ["correct"] * 2


def test_a_wrong_kernel_entry_is_wrong_and_what_follows_carried():
    """K12 summed to −5 (true −3) is wrong on its line; K, det 80 and λ = 11 ± √41 built on it are carried."""
    notes = (NOTES.replace("- 3 + 1 == -3", "- 3 + 1 == -5").replace("{{15, -3}, {-3, 7}}", "{{15, -5}, {-5, 7}}")
             .replace("105 - 9 == 96", "105 - 25 == 80")
             .replace("{11 + Sqrt[25], 11 - Sqrt[25]}", "{11 + Sqrt[41], 11 - Sqrt[41]}")
             .replace("N[%] == {16., 6.}", "N[%] == {17.4031, 4.59688}"))
    got, first = notes_verdicts(notes)
    assert first == 11 and "wrong" in got[11]
    assert got[13] == ["carried"] and set(got[15]) == {"carried"} and set(got[16]) == {"carried"}


@pytest.mark.parametrize(("wolfram", "latex"), [
    ("Sqrt[41]", r"\sqrt{41}"),
    ("D[f[x], b21] == v3", r"\frac{\partial f}{\partial b_{21}} = v_{3}"),
    ("{{2, 0}, {0, 5}}", r"\begin{pmatrix} 2 & 0 \\ 0 & 5 \end{pmatrix}"),
    ("{4, -2, 7}", "(4, -2, 7)"),
    ("g3.g4", r"g_{3} \cdot g_{4}"),
    ("Tanh'[u] == Sech[u]^2", r"\tanh'(u) = \operatorname{sech}(u)^2"),
    ("h[x_] := 1/(1 + Exp[-x])", "h(x) = 1/(1 + e^{-x})"),
    ("Det[A - μ IdentityMatrix[3]]", None),
    ("Det[A - 2 IdentityMatrix[3]]", r"\det(A - 2 I)"),
    ("Tr[M] != 4*3", r"\operatorname{tr}(M) \neq 4 \cdot 3"),
])
def test_one_expression(wolfram, latex):
    """Each Wolfram spelling becomes its LaTeX (``μ`` is no symbol the scanner knows: not read, None)."""
    assert wolfram_latex(wolfram) == latex


def test_the_readme_rows_translate_as_shown():
    """The README's notation rows are what the scanner gives."""
    for _about, example, becomes in NOTATION:
        assert [wolfram_latex(e) for e in example.split(" ; ")] == becomes.split(" ; ")


def test_unbalanced_and_too_deep_text_is_not_read():
    """An unclosed call, a stray bracket and nesting past :data:`MAX_DEPTH` give None, never an error."""
    assert wolfram_latex("Sqrt[3") is None
    assert wolfram_latex("a ] b") is None
    assert wolfram_latex("(" * (MAX_DEPTH + 3) + "1" + ")" * (MAX_DEPTH + 3)) is None


def test_which_notes_are_wolfram():
    """Wolfram calls and comments on two lines make a Wolfram file; LaTeX math or plain prose does not."""
    assert is_wolfram("(* hw 4 *)\nD[f[x], w3] == 2 x\n")
    assert not is_wolfram("$\\frac{\\partial f}{\\partial w} = 2x$ (* no *)\nD[f[x], w3] == 2 x\n")
    assert not is_wolfram("The kernel is 3 by 3.\nIts trace is 9 == sum of eigenvalues.\n")


def test_given_points_and_self_corrections():
    """In a comment's data ``x = 3, 5`` lists the datapoints and ``W``/``b`` with a digit are the sheet's
    layers; points named by letters are numbered in order (``xP`` → ``x_{1}``, ``KPQ`` → ``K_{12}``); a claim
    the learner corrects after "... no:" keeps its left side and the corrected right side."""
    out = wolfram_markdown("(* W1 = 4, b1 = 0, W2 = 1, b2 = 2; x = 3, 5 *)\nK11 == 1 + 2 ... no: 7 == 7\n")
    first, second = out.split("\n")[:2]
    assert "$W^{[1]} = 4$" in first and "$x_{1} = 3$" in first and "$x_{2} = 5$" in first
    assert second == "$K_{11} = 7 = 7$"
    assert lettered_points("(* xP = {1}, xQ = {2} *)\nKPQ == gP.gQ\n").endswith("K12 == g1.g2\n")


def test_prose_and_remarks_stay_prose():
    """Words around the math stay words: a prose lead, a trailing remark and a comment without code."""
    out = wolfram_markdown("(* a remark only, nothing computed *)\nat the point:   g3 = {1, 2}   which is fine\n"
                           "theta = {p1, p2} (* two of them *)\n")
    lines = out.split("\n")
    assert lines[0] == " a remark only, nothing computed "
    assert "$g_{3} = (1, 2)$" in lines[1] and lines[1].startswith("at the point:") and "which is fine" in lines[1]
    assert lines[2].startswith(r"$\theta = (p_{1}, p_{2})$") and lines[2].endswith(" two of them ")


def test_eigenvalues_as_approximations():
    """``Eigenvalues[K] // N == {…}`` claims each eigenvalue ≈ its entry."""
    out = wolfram_markdown("(* W1 = 1 *)\nEigenvalues[K] // N == {3.5, 0.25}\n")
    assert out.split("\n")[1] == r"$\lambda_{1} \approx 3.5$, $\lambda_{2} \approx 0.25$"


@pytest.mark.parametrize("unit", ["(* a *) D[f[x], w1] == {1, 2}   ", "x" * 50 + " ", "[" * 30, "{(" * 20,
                                  "a ... no: "])
def test_hostile_lines_take_linear_time(unit):
    """Long lines and many lines of unclosed brackets, long names or repeated self-corrections are read in time
    linear in their size."""
    assert grows_linearly(wolfram_markdown, lambda n: (unit * 40 + "\n") * n, 25)
    assert grows_linearly(wolfram_latex, lambda n: unit * n, 4)
