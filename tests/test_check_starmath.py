"""Notes with formulas typed in LibreOffice Math (StarMath), pasted as text: :mod:`symntk.check.starmath`.

The notes are invented for these tests; their verdicts are worked out by hand (and checked with NumPy):

* net f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with W⁽¹⁾ = (1, −1)ᵀ, b⁽¹⁾ = (1, 0)ᵀ, W⁽²⁾ = (2, 1), b⁽²⁾ = 0 at x₁ = 1,
  x₂ = 2; in the learner's names θ = (w_11, w_21, b_1, b_2, v_1, v_2, c) the hidden units are h_1 = x + 1,
  h_2 = −x, so f = x + 2 and the gradient is (v_1 x, v_2 x, v_1, v_2, h_1, h_2, 1) = (2x, x, 2, 1, x + 1, −x, 1):
  g_1 = (2, 1, 2, 1, 2, −1, 1), g_2 = (4, 2, 2, 1, 3, −2, 1);
* K_11 = 4 + 1 + 4 + 1 + 4 + 1 + 1 = 16, K_12 = 8 + 2 + 4 + 1 + 6 + 2 + 1 = 24, K_22 = 39; tr K = 55,
  det K = 624 − 576 = 48, λ = (55 ± √(3025 − 192))/2 = (55 ± √2833)/2 ≈ 54.113 and 0.887.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.starmath import NOTATION, is_starmath, starmath_latex, starmath_line
from symntk.check.starmath_reader import MAX_DEPTH, read_line

from conftest import grows_linearly

NOTES = (
    "# NTK házi\n"                                                                                        # 1
    "\n"
    "W^{[1]} = left( stack{ 1 # -1 } right), b^{[1]} = left( matrix{ 1 ## 0 } right), "
    "W^{[2]} = left( matrix{ 2 # 1 } right), b^{[2]} = 0 ; x_1 = 1, x_2 = 2\n"                           # 3
    "\n"
    "f(x) = v_1 cdot (w_11 x + b_1) + v_2 cdot (w_21 x + b_2) + c = x + 2\n"                             # 5
    "\n"
    "%theta = left( w_11 , w_21 , b_1 , b_2 , v_1 , v_2 , c right)^T , összesen 7 paraméter\n"           # 7
    "\n"
    "{partial f} over {partial w_11} = v_1 x = 2x\n"                                                     # 9
    "\n"
    "{partial f} over {partial v_2} = w_21 x + b_2 = -x\n"                                               # 11
    "\n"
    "nabla_%theta f(x_1) = left( matrix{ 2 # 1 # 2 # 1 # 2 # -1 # 1 } right)^T\n"                       # 13
    "\n"
    "nabla_%theta f(x_2) = left( stack{ 4 # 2 # 2 # 1 # 3 # -2 # 1 } right)\n"                          # 15
    "\n"
    "K_11 = 4 + 1 + 4 + 1 + 4 + 1 + 1 = 16 , K_12 = 2 times 4 + 1 times 2 + 4 + 1 + 6 + 2 + 1 = 24\n"     # 17
    "\n"
    "K_22 = 16 + 4 + 4 + 1 + 9 + 4 + 1 = 39\n"                                                           # 19
    "\n"
    "K = left( matrix{ 16 # 24 ## 24 # 39 } right)\n"                                                    # 21
    "\n"
    "det K = 16 cdot 39 - 24^2 = 48\n"                                                                   # 23
    "\n"
    "%lambda_{1,2} = {55 +- sqrt{3025 - 192}} over 2 = {55 +- sqrt{2833}} over 2\n"                      # 25
    "\n"
    "%lambda_1 approx 54,113 \"és\" %lambda_2 approx 0,887\n"                                            # 27
)


def test_correct_starmath_notes_are_read_and_agreed():
    """Every claim of the invented correct notes (values in the module doc) is read and correct: the given
    matrices from ``matrix``/``stack``, fractions, ``%theta``, ``times``, ``sqrt`` and decimal commas."""
    got, first = notes_verdicts(NOTES)
    assert first == 0
    for line in (5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27):
        assert got.get(line) and set(got[line]) == {"correct"}, (line, got.get(line))
    assert len(got[7]) == 2 and len(got[17]) >= 2 and len(got[27]) == 2


def test_a_wrong_derivative_is_the_first_mistake():
    """∂f/∂v_2 written as x (true −x) is wrong on its line and is the first real mistake."""
    got, first = notes_verdicts(NOTES.replace("w_21 x + b_2 = -x", "w_21 x + b_2 = x"))
    assert first == 11 and "wrong" in got[11]


def test_a_wrong_kernel_entry_carries_into_k():
    """K_12 added up to 22 (true 24) is wrong; K with 22 in it is carried forward."""
    notes = NOTES.replace("+ 2 + 1 = 24", "+ 2 + 1 = 22").replace("16 # 24 ## 24 # 39", "16 # 22 ## 22 # 39")
    got, first = notes_verdicts(notes)
    assert first == 17 and "wrong" in got[17]
    assert got[21] == ["carried"]


@pytest.mark.parametrize(("starmath", "latex"), [
    ("{partial f} over {partial w_11} = v_1 cdot x", r"\frac{\partial f}{\partial w_{11}} = v_{1} \cdot x"),
    ("1 over {1 + e^{-z}}", r"\frac{1}{1 + e^{-z}}"),
    ("a over b over c", r"\frac{\frac{a}{b}}{c}"),
    ("x_1 over 2 + 3", r"\frac{x_{1}}{2} + 3"),
    ("left[ matrix{ 1 # 0 ## 0 # 1 } right]", r"\begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix}"),
    ("left lline matrix{ a # b ## c # d } right rline", r"\begin{vmatrix} a & b \\ c & d \end{vmatrix}"),
    ("( stack{ 1 # 2 # 3 } )", r"\begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}"),
    ("matrix{ 1 # 2 }", r"\begin{matrix} 1 & 2 \end{matrix}"),
    ("left( a over b right)", r"\left( \frac{a}{b} \right)"),
    ("sqrt{729 - 32} + sqrt 2 + nroot{3}{8}", r"\sqrt{729 - 32} + \sqrt{2} + \sqrt[3]{8}"),
    ("%LAMBDA + %ilambda + lambda + %SIGMA", r"\Lambda + \lambda + \lambda + \Sigma"),
    ("a <> b , a <= b , a >= b , a +- b , a -+ b", r"a \neq b , a \leq b , a \geq b , a \pm b , a \mp b"),
    ("x toward infinity , a drarrow b", r"x \to \infty , a \Rightarrow b"),
    ("sum from{k=1} to{7} g_k", r"\sum_{k=1}^{7} g_{k}"),
    ("x rsub 1 rsup 2 + x lsub 3", r"x_{1}^{2} + {}_{3}x"),
    ("binom n k + abs{-2} + fact 3", r"\begin{matrix} n \\ k \end{matrix} + |-2| + 3!"),
    ("left( binom 1 {-1} right)", r"\begin{pmatrix} 1 \\ -1 \end{pmatrix}"),
    ("abs{ matrix{ 8 - %lambda # 12 ## 12 # 19 - %lambda } }",
     r"\begin{vmatrix} 8 - \lambda & 12 \\ 12 & 19 - \lambda \end{vmatrix}"),
    ("{%partial f} over {%partial v_2} + %nabla_%theta f", r"\frac{\partial f}{\partial v_{2}} + \nabla_{\theta} f"),
    ("partial f over partial w_11 = x", r"\frac{\partial f}{\partial w_{11}} = x"),
    ("lim from{x toward 0} x", r"\lim_{x \to 0} x"),
    ("bold x + ital y + size 12 {z} + color red w", "x + y + z + w"),
    ("vec x + hat{y} + func relu(z)", r"\vec{x} + \hat{y} + \operatorname{relu}(z)"),
    ("det(K - lambda I) = tanh(z) cdot exp(x)", r"\det(K - \lambda I) = \tanh(z) \cdot \exp(x)"),
    ("langle g_1 , g_2 rangle = 8", r"\langle g_{1} , g_{2} \rangle = 8"),
    ('x = 1 newline y = 2 "ha" z', r"x = 1 ; y = 2 ha z"),
    ("f: setR toward setR", r"f: \mathbb{R} \to \mathbb{R}"),
])
def test_each_starmath_spelling_becomes_its_latex(starmath, latex):
    """Each StarMath structure, operator and letter becomes the LaTeX the reader reads."""
    assert starmath_line(starmath) == latex


@pytest.mark.parametrize("prose", [
    "sum over the points", "three times the value", "the dot product of g", "in bold",
    "(K_22 és a sajátértékek: holnap", "# 2. Paraméterek ## nincs",
])
def test_english_words_and_prose_stay_prose(prose):
    """Words StarMath shares with English are prose without their operands; an unclosed bracket and a heading stay
    as written (only scripts are braced)."""
    assert starmath_line(prose) == prose.replace("K_22", "K_{22}")


def test_the_readme_rows_translate_as_shown():
    """The README's notation row is what the reader gives."""
    for _about, example, becomes in NOTATION:
        assert [starmath_line(e.strip()) for e in example.split(" ; ")] == becomes.split(" ; ")


def test_which_notes_are_starmath():
    """StarMath structures on two lines make a StarMath file; LaTeX math, plain ASCII notes and one stray word
    do not."""
    assert is_starmath("{partial f} over {partial w} = x\nK = left( matrix{ 1 # 2 ## 2 # 5 } right)\n")
    assert is_starmath("%lambda_1 approx 3\nx cdot y = 2\n")
    assert not is_starmath("$\\frac{a}{b}$\n{partial f} over {partial w} = x\nK = left( matrix{ 1 } right)\n")
    assert not is_starmath("K_11 = 1*1 + 2*2 = 5\nlambda approx 5.2 over the points\n")
    assert not is_starmath("x cdot y = 2\nz cdot w = 3\n")


def test_code_fences_stay_and_lines_keep_their_numbers():
    """A fence's lines are not rewritten; the text keeps its line count."""
    text = "a over b\n```\nx over y\n```\nc over d\n"
    assert starmath_latex(text) == "\\frac{a}{b}\n```\nx over y\n```\n\\frac{c}{d}\n"


def test_too_deep_and_long_lines_are_bounded():
    """Nesting past :data:`MAX_DEPTH` is not read (None, the line stays); many unclosed brackets and long lines
    are read in time linear in their length."""
    deep = "{" * (MAX_DEPTH + 3) + "1" + "}" * (MAX_DEPTH + 3)
    assert read_line(deep) is None and starmath_line(deep) == deep
    assert grows_linearly(starmath_line, lambda n: "left( ( { [ " * n, 60)
    assert grows_linearly(starmath_line, lambda n: "a over " * n + "b", 60)


def test_a_condition_after_a_comma_makes_the_value_conditional():
    """``relu'(z) = 1, ha z > 0 ; 0, ha z < 0`` (Hungarian ``ha``, English ``if``) is the ReLU derivative by cases,
    true; the ``= 1`` before the comma is no unconditional claim."""
    notes = NOTES + "\nrelu'(z) = 1, ha z > 0 ; 0, ha z < 0\n\nrelu'(z) = 1, if z > 0 ; 0, if z < 0\n"   # 29, 31
    got, first = notes_verdicts(notes)
    assert first == 0 and got[29] == ["correct"] and got[31] == ["correct"]


def test_a_parameter_dropped_in_hungarian_is_a_claim():
    """``A c paramétert kihagyom`` (I leave c out) claims ∂f/∂c adds nothing to K, false: ∂f/∂c = 1 adds 1 to every
    entry; it is the first real mistake."""
    notes = NOTES.replace("nabla_%theta f(x_1) = left( matrix{ 2 # 1 # 2 # 1 # 2 # -1 # 1 } right)^T",
                          "A c paramétert kihagyom, csak eltolja f-et.")
    got, first = notes_verdicts(notes)
    assert first == 13 and "wrong" in got[13]
