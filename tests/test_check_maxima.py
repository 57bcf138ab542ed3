"""Notes typed in Maxima / Moodle STACK notation, read through :mod:`symntk.check.maxima`, and bracket indices in
plain text (:mod:`symntk.check.bracket_indices`).

The notes are invented for these tests; their verdicts are worked out by hand:

* net f(x) = W2 . (W1*x + b1) + b2 with W1 = (2, 1)ᵀ, b1 = (1, −1)ᵀ, W2 = (1, 1), b2 = 0 at x[1] = 1, x[2] = 0;
  the hidden values are (2x + 1, x − 1), so in the order θ = (W1[1,1], W1[2,1], b1[1], b1[2], W2[1,1], W2[1,2],
  b2) the gradient is (W2[1,1] x, W2[1,2] x, W2[1,1], W2[1,2], 2x + 1, x − 1, 1) = (x, x, 1, 1, 2x + 1, x − 1, 1):
  (1, 1, 1, 1, 3, 0, 1) at x = 1 and (0, 0, 1, 1, 1, −1, 1) at x = 0; K[1,1] = 1 + 1 + 1 + 1 + 9 + 0 + 1 = 14,
  K[1,2] = 0 + 0 + 1 + 1 + 3 + 0 + 1 = 6, K[2,2] = 0 + 0 + 1 + 1 + 1 + 1 + 1 = 5; tr K = 19, det K = 70 − 36 = 34,
  λ² − 19λ + 34 = 0, λ = (19 ± √(361 − 136))/2 = (19 ± 15)/2 = 17 and 2;
* with K[1,2] summed wrongly to 7 the learner's K is [[14, 7], [7, 5]], det 70 − 49 = 21, λ = (19 ± √277)/2: carried.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.bracket_indices import bracket_indices
from symntk.check.maxima import is_maxima, maxima_markdown, session_lines
from symntk.check.maxima_math import MAX_DEPTH, NOTATION, maxima_latex

from conftest import grows_linearly

NOTES = (
    "Exercise (STACK): f(x) = W2 . (W1*x + b1) + b2, no activation.\n"                               # 1
    "W1 = matrix([2],[1]), b1 = matrix([1],[-1]), W2 = matrix([1,1]), b2 = 0; x[1] = 1, x[2] = 0\n"  # 2
    "theta = [W1[1,1], W1[2,1], b1[1], b1[2], W2[1,1], W2[1,2], b2], 7 parameters\n"                 # 3
    "diff(f,W1[1,1]) = W2[1,1]*x = x\n"                                                              # 4
    "diff(f,W2[1,1]) = W1[1,1]*x + b1[1] = 2*x + 1\n"                                                # 5
    "diff(f,W2[1,2]) = W1[2,1]*x + b1[2] = x - 1\n"                                                  # 6
    "grad f(x[1]) = [1, 1, 1, 1, 3, 0, 1]\n"                                                         # 7
    "grad f(x[2]) = [0, 0, 1, 1, 1, -1, 1]\n"                                                        # 8
    "K[1,1] = 1 + 1 + 1 + 1 + 9 + 0 + 1 = 14\n"                                                      # 9
    "K[1,2] = 0 + 0 + 1 + 1 + 3 + 0 + 1 = 6\n"                                                       # 10
    "K[2,2] = 5\n"                                                                                   # 11
    "K = matrix([14,6],[6,5])\n"                                                                     # 12
    "determinant(K - lambda*ident(2)) = (14 - lambda)*(5 - lambda) - 36 = lambda^2 - 19*lambda + 34\n"  # 13
    "lambda = (19 +- sqrt(361 - 136))/2 = (19 +- 15)/2\n"                                            # 14
    "Answer: lambda[1] = 17, lambda[2] = 2\n"                                                        # 15
)


def test_correct_maxima_notes_are_read_and_agreed():
    """Every claim of the invented correct notes (values in the module doc) is read and correct: the given data
    from matrix([…]) on line 2, the parameters from the learner's bracket-indexed θ list."""
    got, first = notes_verdicts(NOTES)
    assert first == 0
    for line in range(3, 16):
        assert got.get(line) and set(got[line]) == {"correct"}, (line, got.get(line))
    assert len(got[15]) == 2


def test_a_wrong_kernel_entry_is_wrong_and_what_follows_carried():
    """K[1,2] summed to 7 (true 6) is wrong on its line; K, the characteristic polynomial and λ built on it are
    carried."""
    notes = (NOTES.replace("3 + 0 + 1 = 6", "3 + 0 + 1 = 7").replace("[14,6],[6,5]", "[14,7],[7,5]")
             .replace("- 36 = lambda^2 - 19*lambda + 34", "- 49 = lambda^2 - 19*lambda + 21")
             .replace("(19 +- sqrt(361 - 136))/2 = (19 +- 15)/2", "(19 +- sqrt(361 - 84))/2 = (19 +- sqrt(277))/2")
             .replace("lambda[1] = 17, lambda[2] = 2",
                      "lambda[1] = (19 + sqrt(277))/2, lambda[2] = (19 - sqrt(277))/2"))
    got, first = notes_verdicts(notes)
    assert first == 10 and "wrong" in got[10]
    assert got[12] == ["carried"] and set(got[15]) == {"carried"}


def test_a_derivative_missing_its_input_is_wrong():
    """diff(f,W1[1,1]) = W2[1,1] (the factor x forgotten; true W2[1,1]*x) is wrong."""
    got, _ = notes_verdicts(NOTES.replace("diff(f,W1[1,1]) = W2[1,1]*x = x", "diff(f,W1[1,1]) = W2[1,1] = 1"))
    assert "wrong" in got[4]


@pytest.mark.parametrize("maxima, latex", [
    ("diff(f,W1[1,1]) = W2[1,1]*x", r"\frac{\partial f}{\partial W^{[1]}_{11}} = W^{[2]}_{11} \cdot x"),
    ("'diff(f(x), b2)", r"\frac{\partial f}{\partial b^{[2]}}"),
    ("diff(tanh(z),z) = 1 - tanh(z)^2", r"\frac{d}{dz} \tanh(z) = 1 - \tanh(z)^2"),
    ("matrix([1],[1])", r"\begin{pmatrix} 1 \\ 1 \end{pmatrix}"),
    ("[[1, 2], [3, 4]]", r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}"),
    ("theta[3]", r"\theta_{3}"),
    ("K[1,2] = K[2,1]", "K_{12} = K_{21}"),
    ("K[10,2]", "K_{10,2}"),
    ("1/(1+exp(-z))", "1/(1+e^{-z})"),
    ("%e^(-z) + %pi", r"e^{-z} + \pi"),
    ("J . transpose(J)", r"J \cdot J^{T}"),
    ("K: matrix([8,12],[12,19])", r"K = \begin{pmatrix} 8 & 12 \\ 12 & 19 \end{pmatrix}"),
    ("f(x) := v*tanh(w*x + c)", r"f(x) = v \cdot \tanh(w \cdot x + c)"),
    ("x(2) = matrix([0],[1])", r"x^{(2)} = \begin{pmatrix} 0 \\ 1 \end{pmatrix}"),
    ("grad f(x[1])", r"\nabla_{\theta} f(x_{1})"),
    ("sigma'(0) = 1/4", r"\sigma'(0) = 1/4"),
    ("charpoly(K, lambda)", r"\det(K - \lambda I)"),
    ("a # b", r"a \neq b"),
    ("max(0, w*x + c)", r"\operatorname{relu}(w \cdot x + c)"),
    ("1.5e-3", r"1.5 \cdot 10^{-3}"),
    ("f[2](x) = v2*h", r"f_{2}(x) = v_{2} \cdot h"),
])
def test_family_of_spellings(maxima, latex):
    """Each Maxima spelling becomes its LaTeX."""
    assert maxima_latex(maxima) == latex


def test_the_readme_rows_translate_as_shown():
    """The README's notation rows are what the scanner gives."""
    for _about, example, becomes in NOTATION:
        assert [maxima_latex(e) for e in example.split(" ; ")] == becomes.split(" ; ")


def test_unbalanced_and_too_deep_text_is_not_read():
    """An unclosed call, a stray bracket and nesting past :data:`MAX_DEPTH` give None, never an error."""
    assert maxima_latex("sqrt(3") is None
    assert maxima_latex("a ] b") is None
    assert maxima_latex("(" * (MAX_DEPTH + 3) + "1" + ")" * (MAX_DEPTH + 3)) is None


def test_which_notes_are_maxima():
    """A Maxima-only call on one line and diff(f, w) on another make a Maxima file; LaTeX math, SymPy code
    (Matrix([[…]]), diff without matrix([…])) or prose with brackets do not."""
    assert is_maxima("W1 = matrix([1],[1])\ndiff(f,W1[1,1]) = x\n")
    assert is_maxima("(%i1) K: matrix([8,12],[12,19])$\n(%i2) determinant(K);\n")
    assert not is_maxima("$W = \\begin{pmatrix}1\\end{pmatrix}$ matrix([1])\ndiff(f, w) = x\n")
    assert not is_maxima("K = Matrix([[8, 12], [12, 19]])\ndiff(f, w)\ndiff(f, b)\n")
    assert not is_maxima("see [1] and [2]\nK[1,2] = 12\n")
    assert is_maxima("diff(f,w) = v*x\ndiff(f,c) = v\ndiff(f,d) = 1\nK[1,2] = 5\n")
    assert not is_maxima("K[1,1] = 8\nK[1,2] = 12\nK[2,2] = 19\n")
    assert not is_maxima("from sympy import diff\ndiff(f, w)\ndiff(f, c)\ndiff(f, v)\n")


def test_prose_and_math_apart_on_one_line():
    """Words stay prose, the math around them becomes inline math; (approx) is ≈, a sentence's full stop is no
    matrix product, `trace 22` names its value."""
    out = maxima_markdown("K[2,1] = K[1,2] = 12 by symmetry.\nsqrt(697) = 26.4008 (approx)\n"
                          "theta[7] = b2. 7 parameters\ntrace 22, determinant 105 - 100 = 5\n").split("\n")
    assert out[0] == "$K_{21} = K_{12} = 12$ by symmetry."
    assert out[1] == r"$\sqrt{697} \approx 26.4008$"
    assert out[2].startswith(r"$\theta_{7} = b^{[2]}$.")
    assert out[3] == r"$\operatorname{trace} = 22$, $\operatorname{determinant} = 105 - 100 = 5$"


def test_session_outputs_are_the_claims_of_their_inputs():
    """(%o5) after (%i5) K: … is the claim K = …; an input that only computes names its output."""
    text = "(%i5) K: J . transpose(J);\n(%o5) matrix([8,12],[12,19])\n(%i6) determinant(K);\n(%o6) 8\n"
    assert session_lines(text).split("\n") == ["K: J . transpose(J)", "K = matrix([8,12],[12,19])",
                                               "determinant(K)", "determinant(K) = 8", ""]


def test_dot_products_of_numbered_gradients_are_kernel_entries():
    """With K[i,j] = g_i . g_j stated, `g1 . g2 = 12` is the claim K[1,2] = 12."""
    out = maxima_markdown("K = matrix([8,12],[12,19])\nK[i,j] = g_i . g_j\n- g1 . g2 = 12\n").split("\n")
    assert out[2] == r"- $K_{12} = g_{1} \cdot g_{2} = 12$"


@pytest.mark.parametrize("written, read", [
    ("K[1,2] = 12", "K_{12} = 12"),
    ("x[2] = 0, lambda[1] = 17", "x_{2} = 0, lambda_{1} = 17"),
    ("df/dW1[2,1] = W2[1,2] x", "df/dW^{[1]}_{21} = W^{[2]}_{12} x"),
    ("b1[2] and K2[1,2]", "b^{[1]}_{2} and K^{(2)}_{12}"),
    ("K[1][2]", "K_{12}"),
    ("np.x[1] and \\sqrt[3]{x} and W^{[1]}", "np.x[1] and \\sqrt[3]{x} and W^{[1]}"),
    ("code `K[1,2]` stays", "code `K[1,2]` stays"),
    ("Kx[1] and max[1]", "Kx[1] and max[1]"),
    ("W²[1]*x + b¹[2]", "W^{[2]}_{1}*x + b^{[1]}_{2}"),
    ("W²₁[1] and W^2[1]", "W²₁[1] and W^2[1]"),
])
def test_bracket_indices_in_plain_text(written, read):
    """A bracket index after a known name is its subscript, 1-based as written; other brackets stay."""
    assert bracket_indices(written) == read


PLAIN = ("f(x) = W2 (W1 x + b1) + b2 with W1 = (1, 1)^T, b1 = (0, 1)^T, W2 = (1, 0), b2 = 0\n"   # 1
         "datapoints x[1] = 1, x[2] = 2\n"                                                      # 2
         "df/dW2[1,2] = W1[2,1] x + b1[2] = x + 1\n"                                            # 3
         "K[1,1] = 8\n"                                                                         # 4
         "K[1,2] = 12\n"                                                                        # 5
         "K[2,2] = 19\n")                                                                       # 6


def test_plain_notes_with_one_based_brackets_are_read():
    """Plain-text notes indexing from 1 in brackets: K = [[8, 12], [12, 19]] (h = (x, x + 1), ∇f = (x, 0, 1, 0,
    x, x + 1, 1) at x = 1, 2) is read entry by entry, and K[1,2] = 13 is wrong."""
    got, first = notes_verdicts(PLAIN)
    assert first == 0 and all(got.get(line) == ["correct"] for line in (4, 5, 6)), got
    assert "correct" in got[3]
    got, first = notes_verdicts(PLAIN.replace("K[1,2] = 12", "K[1,2] = 13"))
    assert first == 5 and got[5] == ["wrong"]


def test_julia_superscript_layers_with_bracket_indices():
    """Julia's ∇f(x) = [W²[1]*x, …] for the PLAIN net is (W^{[2]}_1 x, W^{[2]}_2 x, W^{[2]}_1, W^{[2]}_2,
    W^{[1]}_1 x + b^{[1]}_1, W^{[1]}_2 x + b^{[1]}_2, 1) by the chain rule: right; with b¹[2] left out, wrong."""
    right = "∇f(x) = [W²[1]*x, W²[2]*x, W²[1], W²[2], W¹[1]*x + b¹[1], W¹[2]*x + b¹[2], 1]\n"
    got, first = notes_verdicts(PLAIN.split("\n", 2)[0] + "\n" + PLAIN.split("\n", 2)[1] + "\n" + right)
    assert got.get(3) == ["correct"] and first == 0, got
    got, first = notes_verdicts(PLAIN.split("\n", 2)[0] + "\n" + PLAIN.split("\n", 2)[1] + "\n" +
                                right.replace(" + b¹[2]", ""))
    assert got.get(3) == ["wrong"] and first == 3, got


def test_zero_based_brackets_are_still_read_from_zero():
    """The same notes counting from 0 (x[0], x[1]; K[0,0], K[0,1], K[1,1]) read as before: K[0,1] is K_12."""
    zero = (PLAIN.replace("x[1] = 1, x[2] = 2", "x[0] = 1, x[1] = 2").replace("K[1,1]", "K[0,0]")
            .replace("K[1,2]", "K[0,1]").replace("K[2,2]", "K[1,1]"))
    got, first = notes_verdicts(zero)
    assert first == 0 and all(got.get(line) == ["correct"] for line in (4, 5, 6)), got
    got, first = notes_verdicts(zero.replace("K[0,1] = 12", "K[0,1] = 13"))
    assert first == 5 and got[5] == ["wrong"]


def test_deeply_bracketed_prose_is_read_without_error():
    """Brackets of words and values nested past the scanner's depth stay text, never an error."""
    line = "(" * 600 + "a = 1, b = 2" + ")" * 600
    assert maxima_markdown("W1 = matrix([1],[1])\n" + line + "\n").split("\n")[1].startswith("((((")


def test_reading_is_linear_in_the_notes():
    """Long Maxima notes and long lines take time linear in their length."""
    unit = "diff(f,W1[1,1]) = W2[1,1]*x = x, the word and K[1,2] = (3 +- sqrt(2))/2 (approx) "
    assert grows_linearly(maxima_markdown, lambda n: ("W1 = matrix([1],[1])\n" + unit * 3 + "\n") * n, 25)
    assert grows_linearly(maxima_latex, lambda n: "1 + x[1]*(2 - y) " * n, 4)
    assert grows_linearly(bracket_indices, lambda n: "K[1,2] = x[1] + W1[2,1] and " * n, 200)
