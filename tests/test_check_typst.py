"""Notes written in Typst (``.typ`` files, and Typst math pasted in Markdown), read through :mod:`symntk.check.typst`.

The notes here are invented for these tests. Their expected verdicts are worked out by hand and checked by
:func:`test_the_invented_network_by_two_methods`:

* net f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with W⁽¹⁾ = [1, 2]ᵀ, b⁽¹⁾ = [0, 1]ᵀ, W⁽²⁾ = [1, −1], b⁽²⁾ = 0 at
  x₁ = 1, x₂ = −1: f(x) = −x − 1, gradient (x, −x, 1, −1, x, 2x + 1, 1), rows (1, −1, 1, −1, 1, 3, 1) and
  (−1, 1, 1, −1, −1, −1, 1), K = [[15, −3], [−3, 7]], tr 22, det 96, λ = 11 ± 5 = 16, 6;
* with K₁₂ summed wrongly to −5 the learner's K is [[15, −5], [−5, 7]], tr 22, det 80, λ = 11 ± √41: carried.
"""

import math

import pytest
from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text
from symntk.check.batch import check_folder
from symntk.check.typst import NOTATION, is_typst, math_latex, typst_latex, writes_typst_math

from conftest import grows_linearly
from reference import central_jacobian, exact_jacobian, gram

HEAD = (
    "#set page(width: 16cm)\n"                                                                      # 1
    "#let th = $theta$\n"
    "\n"
    "= Homework 3: NTK\n"                                                                           # 4
    "\n"
    "/* the data from the sheet */\n"
    "We have $ W^([1]) = vec(1, 2) $, $ b^([1]) = vec(0, 1) $, $ W^([2]) = mat(1, -1) $, $ b^([2]) = 0 $ "
    "and the points $x_1 = 1$, $x_2 = -1$.\n"                                                       # 7
    "\n"
    "$ f(x) = W^([2]) (W^([1]) x + b^([1])) + b^([2]) $ // no activation\n"                         # 9
    "\n"
    "== Forward\n"
    "\n"
    "$\n"
    "  f(x) &= 1 dot x - (2 x + 1) \\\n"                                                             # 14
    "       &= -x - 1\n"                                                                             # 15
    "$\n"
    "\n"
    "$ (partial f)/(partial W_(1 1)^([1])) = W_(1 1)^([2]) x = x $, "
    "$ frac(partial f, partial W_(2 1)^([1])) = -x $\n"                                              # 18
    "\n"
    "+ $ partial f / partial b_1^([1]) = 1 $\n"                                                      # 20
    "+ $ partial f / partial b_2^([1]) = -1 $\n"                                                     # 21
    "\n"
    "$ nabla_theta f(x_1) = (1, -1, 1, -1, 1, 3, 1)^T $\n"                                           # 23
    "\n"
    "$ nabla_theta f(x_2) = (-1, 1, 1, -1, -1, -1, 1)^T $\n"                                         # 25
    "\n"
)

RIGHT = (
    "$ K_(1 2) = sum_(k=1)^7 partial f(x_1) / partial theta_k dot partial f(x_2) / partial theta_k "
    "= -1 - 1 + 1 + 1 - 1 - 3 + 1 = -3 $\n"                                                          # 27
    "\n"
    "$ K = mat(delim: \"[\", 15, -3; -3, 7) $\n"                                                     # 29
    "\n"
    "$ op(\"tr\") K = 22 $, $ det K = 15 dot 7 - 9 = 96 $\n"                                          # 31
    "\n"
    "$ lambda_(1,2) = 11 plus.minus sqrt(121 - 96) = 11 plus.minus 5 $, so $ lambda_1 = 16 $ and "
    "$ lambda_2 = 6 $.\n"                                                                            # 33
)

WRONG_SUM = (
    "$ K_(1 2) = -1 - 1 + 1 + 1 - 1 - 3 + 1 = -5 $\n"                                                # 27
    "\n"
    "$ K = mat(15, -5; -5, 7) $\n"                                                                   # 29
    "\n"
    "$ \"tr\" K = 22 $, $ det K = 105 - 25 = 80 $\n"                                                 # 31
    "\n"
    "$ lambda^2 - 22 lambda + 80 = 0 arrow.r lambda = 11 plus.minus sqrt(41) $\n"                     # 33
)


def _by_line(notes: str, source: str = "notes.typ") -> tuple[dict[int, list[str]], int, int]:
    report = check_text(notes, source)
    return line_verdicts(report), first_mistake(report), report.exit_code


def test_the_invented_network_by_two_methods():
    theta, widths, points = [1, 2, 0, 1, 1, -1, 0], [1, 2, 1], [[1], [-1]]
    rows = exact_jacobian(theta, widths, ["identity"], points)
    assert rows == [[1, -1, 1, -1, 1, 3, 1], [-1, 1, 1, -1, -1, -1, 1]]
    numeric = central_jacobian(theta, widths, ["identity"], points)
    assert all(abs(float(a) - b) < 1e-6 for r, s in zip(rows, numeric) for a, b in zip(r, s))
    assert gram(rows) == [[15, -3], [-3, 7]] and 15 * 7 - 9 == 96 and (11 + 5) * (11 - 5) == 96
    assert 15 * 7 - 25 == 80 and 11 ** 2 - 80 == 41 and math.isclose((11 + math.sqrt(41)) * (11 - math.sqrt(41)), 80)


@pytest.mark.parametrize("typst, latex", [
    ("W^([1]) = vec(1, 1)", r"W^{[1]} = \begin{pmatrix} 1 \\ 1 \end{pmatrix}"),
    ("w_1^([2])", "w_{1}^{[2]}"),
    ("W_(1 2)^([1])", "W_{1 2}^{[1]}"),
    ("W_11^[1]", "W_{11}^{[1]}"),
    ("W^(1) + b_2^(2)", "W^{(1)} + b_{2}^{(2)}"),   # a layer number over a parameter letter keeps its brackets
    ("x^(2) + e^(-z)", "x^{2} + e^{-z}"),
    ("x^((1))", "x^{(1)}"),
    ("mat(8, 12; 12, 19)", r"\begin{pmatrix} 8 & 12 \\ 12 & 19 \end{pmatrix}"),
    ("mat(delim: \"[\", 1, 0; 0, 1)", r"\begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix}"),
    ("mat(delim: #none, 1, 2) + vec(1, 2, delim: \"|\")",
     r"\begin{matrix} 1 & 2 \end{matrix} + \begin{vmatrix} 1 \\ 2 \end{vmatrix}"),
    ("vec(delim: \"[\", 1, 2)^T", r"\begin{bmatrix} 1 \\ 2 \end{bmatrix}^{T}"),
    ("partial f / partial theta_1", r"\frac{\partial f}{\partial \theta_{1}}"),
    ("partial f/partial W_(1 1)^([1]) = x", r"\frac{\partial f}{\partial W_{1 1}^{[1]}} = x"),
    ("(partial f)/(partial b^([2]))", r"\frac{\partial f}{\partial b^{[2]}}"),
    ("frac(partial f, partial b_1)", r"\frac{\partial f}{\partial b_{1}}"),
    ("partial f(x_1) / partial theta_k dot partial f(x_2) / partial theta_k",
     r"\frac{\partial f(x_{1})}{\partial \theta_{k}} \cdot \frac{\partial f(x_{2})}{\partial \theta_{k}}"),
    ("(27 plus.minus sqrt(697)) / 2", r"\frac{27 \pm \sqrt{697}}{2}"),
    ("1 / (1 + e^(-z))", r"\frac{1}{1 + e^{-z}}"),
    ("a / b / c", r"\frac{\frac{a}{b}}{c}"),
    ("sum_(k=1)^7 theta_k^2", r"\sum_{k=1}^{7} \theta_{k}^{2}"),
    ("lambda_(1,2) approx 0.30", r"\lambda_{1,2} \approx 0.30"),
    ("det(K - lambda I)", r"\det(K - \lambda I)"),
    ("\"tr\" K = op(\"tr\") K", r"\operatorname{tr} K = \operatorname{tr} K"),
    ("tr K", r"\operatorname{tr} K"),
    ("\"relu\"'(z) = 1", r"\operatorname{relu}'(z) = 1"),
    ("tanh'(z) = 1 - tanh^2(z)", r"\tanh'(z) = 1 - \tanh^{2}(z)"),
    ("sigma'(z) = sigma(z)(1 - sigma(z))", r"\sigma'(z) = \sigma(z)(1 - \sigma(z))"),
    ("x^T x + J^top", r"x^{T} x + J^{\top}"),
    ("2 times 1 + 1 times 2 = 4", r"2 \times 1 + 1 \times 2 = 4"),
    ("x_1 = 1 arrow.r nabla_theta f(x_1) = (1, 0)", r"x_{1} = 1 \Rightarrow \nabla_{\theta} f(x_{1}) = (1, 0)"),
    ("lambda^2 - 3 = 0 => lambda = plus.minus sqrt(3)", r"\lambda^{2} - 3 = 0 \Rightarrow \lambda = \pm \sqrt{3}"),
    ("x_1 = 1 → ∇_θ f(x_1) ≈ (1, 0)", r"x_{1} = 1 \Rightarrow ∇_{θ} f(x_{1}) \approx (1, 0)"),
    ("∂f/∂θ_1 = (27 ± √(697)) / 2", r"\frac{∂ f}{∂ θ_{1}} = \frac{27 \pm √(697)}{2}"),
    ("f: RR -> RR", r"f: \mathbb{R} \to \mathbb{R}"),
    ("x <= 2, y != 3", r"x \le 2, y \neq 3"),
    ("lr((a + b))", "(a + b)"),
    ("abs(x) + root(3, 8)", r"|x| + \sqrt[3]{8}"),
    ("cases(1 \"if\" z > 0, 0 \"else\")", r"\begin{cases} 1 \text{if} z > 0 \\ 0 \text{else} \end{cases}"),
    ("dot(Sigma)^([2]) + 2 dot(x + 1)", r"\dot{\Sigma}^{[2]} + 2 \cdot(x + 1)"),
    ("theta in RR^7", r"\theta \in \mathbb{R}^{7}"),
    ("a #h(1em) b", "a b"),
    ("a = 1 // a comment", "a = 1"),
    ("K_(1 1) = 8 \\\n K_(2 2) = 19", "K_{1 1} = 8 \\\\\nK_{2 2} = 19"),
])
def test_typst_math_as_latex(typst, latex):
    assert math_latex(typst) == latex


def test_markup_becomes_markdown_and_lines_stay():
    typ = ("#set text(lang: \"en\")\n= Title\n== Part $ x_1 = 1 $\n// a comment\n*point $x_2 = 3$:* done \\\n"
           "+ one\n$ w $ = weights\n/* two\nlines */ after\n")
    out = typst_latex(typ, "a.typ")
    lines = out.split("\n")
    assert len(lines) == len(typ.split("\n"))
    assert not lines[0].strip() and lines[1] == "# Title" and lines[2] == "## Part $x_{1} = 1$"
    assert not lines[3].strip() and lines[4] == "**point $x_{2} = 3$:** done"
    assert lines[5] == "1. one" and lines[6] == "$w$ = weights"   # a relation after math is no heading
    assert not lines[7].strip() and lines[8].strip() == "after"


def test_display_math_alone_on_its_lines_is_display():
    out = typst_latex("Given $ a = 1 $ here.\n\n$ b = 2 $\n\n$\n  c &= 3 \\\n    &= 3\n$\n", "a.typ")
    assert "Given $a = 1$ here." in out and "\n$$b = 2$$\n" in out
    assert out.count("\n") == 8 and "$$\nc &= 3 \\\\\n&= 3\n$$" in out


def test_typst_notes_all_correct():
    got, first, code = _by_line(HEAD + RIGHT)
    for line in (14, 15, 20, 21, 23, 25, 29):
        assert got.get(line) == ["correct"], (line, got.get(line))
    assert got[18] == ["correct"] * 3 and got[27] == ["correct"] * 2
    assert set(got[31]) == {"correct"} and set(got[33]) == {"correct"} and len(got[33]) >= 3
    assert first == 0 and code == 0


def test_typst_notes_with_a_wrong_sum_carry_it_forward():
    got, first, code = _by_line(HEAD + WRONG_SUM)
    assert got[27] == ["correct", "wrong"] and got[29] == ["carried"]   # K_12 = the sum, but not = -5
    assert set(got[31]) == {"correct", "carried"} or set(got[31]) == {"carried"}
    assert "wrong" not in got[33]
    assert first == 27 and code == 1


def test_typst_math_in_markdown():
    md = ("# NTK, math typed as in Typst\n\n"
          "$ W^([1]) = vec(1, 2) $, $ b^([1]) = vec(0, 1) $, $ W^([2]) = mat(1, -1) $, $ b^([2]) = 0 $, "
          "$ x_1 = 1 $, $ x_2 = -1 $\n\n"                                                            # 3
          "$ f(x) = W^([2]) (W^([1]) x + b^([1])) + b^([2]) $\n\n"                                   # 5
          "$$ partial f / partial b_2^([1]) = -1 $$\n\n"                                              # 7
          "$ nabla_theta f(x_2) = (-1, 1, 1, -1, -1, -1, 1) $\n\n"                                   # 9
          "$ K = mat(15, -3; -3, 8) $\n\n"                                                           # 11
          "$\n  K_(1 1) &= 1 + 1 + 1 + 1 + 1 + 9 + 1 \\\n  &= 15\n$\n")                                # 14, 15
    assert writes_typst_math(md) and not is_typst(md, "notes.md")
    got, first, code = _by_line(md, "notes.md")
    assert got[7] == ["correct"] and got[9] == ["correct"] and got[11] == ["wrong"]
    assert got[14] == ["correct"] and got[15] == ["correct"]
    assert first == 11 and code == 1


def test_latex_markdown_is_left_alone():
    md = ("# Notes\n\n$W^{[1]} = (1, 2)^T$, $\\frac{\\partial f}{\\partial b} = 1$, $x_1 = 1$, $a / b$\n\n"
          "= not a heading here\n")
    assert not writes_typst_math(md) and not is_typst(md, "notes.md")
    assert typst_latex(md, "notes.md") == md
    prose = ("Points $x_1 = 1$.\n\n### partial derivatives\n\n$K = 8$ and `sqrt(137)` approx $\\lambda$ with "
             "vec(1, 2) $\\theta$.\n\n## partial f / partial w\n\n$y$\n")   # prose between two pieces of math
    assert not writes_typst_math(prose) and typst_latex(prose, "notes.md") == prose


def test_typst_markup_without_the_suffix_is_recognised():
    text = "#set page(width: 10cm)\n= NTK\n$ W^([1]) = vec(1, 2) $ and $ partial f / partial b = 1 $\n"
    assert is_typst(text, "notes.txt")
    assert not is_typst(text.replace("#set page(width: 10cm)", ""), "notes.md")
    assert typst_latex(text, "notes.txt").lstrip(" ").startswith("\n# NTK\n$W^{[1]}")


def test_a_folder_picks_up_typst_notes(tmp_path):
    (tmp_path / "anna.typ").write_text(HEAD + RIGHT, encoding="utf-8")
    (tmp_path / "ben.typ").write_text(HEAD + WRONG_SUM, encoding="utf-8")
    results = check_folder(tmp_path, None)
    assert [path.name for path, _, _ in results] == ["anna.typ", "ben.typ"]
    assert [result["exit"] for _, result, _ in results] == [0, 1]


@pytest.mark.parametrize("hostile", [
    lambda n: "(" * n + "x" + ")" * n,
    lambda n: "vec(" * (3 * n // 5),
    lambda n: "a / " * n,
    lambda n: "\"" * (2 * n),
    lambda n: "W^(" * (4 * n // 5),
    lambda n: "x_" * (8 * n // 5),
], ids=["brackets", "calls", "fractions", "quotes", "scripts", "subscripts"])
def test_hostile_typst_math_is_fast(hostile):
    def run(text: str) -> None:
        math_latex(text)
        typst_latex(f"$ {text} $\n", "h.typ")

    assert grows_linearly(run, hostile, 625)


@pytest.mark.parametrize("row", NOTATION, ids=[row[0] for row in NOTATION])
def test_notation_rows_are_what_the_reader_does(row):
    _, example, becomes = row
    for written, read in zip(example.split(" ; "), becomes.split(" ; "), strict=True):
        assert math_latex(written) == read


def test_let_names_and_unicode_partials():
    notes = ("#let W1 = $W^([1])$\n#let th = $theta$\n= NTK\n"
             "$ #W1 = vec(1, 2) $, $ b^([1]) = vec(0, 1) $, $ W^([2]) = mat(1, -1) $, $ b^([2]) = 0 $, "
             "$x_1 = 1$, $x_2 = -1$.\n\n"                                                             # 4
             "$ f(x) = W^([2]) (W1 x + b^([1])) + b^([2]) $\n\n"                                        # 6
             "$ ∂f/∂b_2^([1]) = -1 $\n\n"                                                              # 8
             "$ nabla_th f(x_2) = (-1, 1, 1, -1, -1, -1, 1) $\n\n"                                      # 10
             "$ K = mat(15, -3; -3, 7) $\n")                                                            # 12
    out = typst_latex(notes, "n.typ")
    assert "$W^{[1]} = " in out and "\\nabla_{\\theta} f(x_{2})" in out and not out.split("\n")[0].strip()
    got, first, code = _by_line(notes)
    assert got[8] == ["correct"] and got[10] == ["correct"] and got[12] == ["correct"]
    assert first == 0 and code == 0


PHYSICA = (
    "#import \"@preview/physica:0.9.2\": *\n"
    "#set math.equation(numbering: \"(1)\")\n"
    "\n"
    "= NTK homework -- tanh\n"
    "\n"
    "Network: $f(x) = w_2 tanh(w_1 x + b_1) + b_2$ with $w_1 = 1, b_1 = 0, w_2 = 2, b_2 = 0$, "
    "points $x_1 = 0$, $x_2 = 1$.\n"                                                                 # 6
    "\n"
    "$ theta = (w_1, b_1, w_2, b_2)^T $\n"                                                          # 8
    "\n"
    "$ (diff f)/(diff w_1) = w_2 (1 - tanh^2(w_1 x + b_1)) x $ <eq:dw1>\n"                          # 10
    "$ pdv(f, b_1) = w_2 (1 - tanh^2(w_1 x + b_1)) $\n"                                              # 11
    "$ pdv(f, w_2) = tanh(w_1 x + b_1) $\n"                                                          # 12
    "$ pdv(f, b_2) = {d2} $\n"                                                                       # 13
    "\n"
    "At $x_2 = 1$: $nabla_theta f approx (0.8399, 0.8399, 0.7616, 1)$\n"                             # 15
    "\n"
    "$ K_11 = 4 + 1 = 5 $, $ K_12 approx 2 dot 0.8399 + 1 approx 2.680 $, $ K_22 approx 2.991 $\n"    # 17
)


def test_tanh_by_hand_and_numbers():
    t = math.tanh(1)
    g = 2 * (1 - t * t)   # ∂f/∂w_1 = ∂f/∂b_1 at x_2 = 1 (w_2 = 2, x = 1)
    assert f"{g:.4f}" == "0.8399" and f"{t:.4f}" == "0.7616"
    assert f"{2 * g + 1:.3f}" == "2.680" and f"{2 * g * g + t * t + 1:.3f}" == "2.991"


@pytest.mark.parametrize("d2, verdict, code", [("1", "correct", 0), ("0", "wrong", 1)])
def test_physica_derivatives_and_labels(d2, verdict, code):
    got, first, exit_code = _by_line(PHYSICA.replace("{d2}", d2))
    for line in (10, 11, 12):
        assert got.get(line) == ["correct"], (line, got.get(line))
    assert got[13] == [verdict] and exit_code == code and first == (13 if code else 0)
    if code == 0:
        assert set(got[15]) == {"correct"} and set(got[17]) == {"correct"}


@pytest.mark.parametrize("unit, count", [("$a$ ", 60000), ("/*", 100000), ("$ ", 100000), ("*a ", 80000),
                                         ("#let a = $b$\n", 20000)],
                         ids=["one-line-of-math", "comment-openers", "unclosed-math", "stars", "lets"])
def test_hostile_typst_documents_are_fast(unit, count):
    hostile = unit * count + "\n"
    out = typst_latex(hostile, "h.typ")
    assert out.count("\n") == hostile.count("\n")
    assert grows_linearly(lambda text: typst_latex(text, "h.typ"), lambda n: unit * n + "\n", count // 8)
