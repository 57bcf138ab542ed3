"""Typst code in learners' notes (``#let`` functions and names used in markup, ``"tr"`` before math, ``#table``)
and the rest of Typst's math a learner types (``dif``, ``upright("d")``, ``attach``, ``#sym.…``).

The notes extend the invented network of :mod:`test_check_typst` (f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with
W⁽¹⁾ = [1, 2]ᵀ, b⁽¹⁾ = [0, 1]ᵀ, W⁽²⁾ = [1, −1], b⁽²⁾ = 0, x₁ = 1, x₂ = −1): by hand ∂f/∂W⁽¹⁾₁₁ = W⁽²⁾₁₁ x = x,
∂f/∂W⁽¹⁾₂₁ = W⁽²⁾₁₂ x = −x, ∂f/∂b⁽¹⁾ = (1, −1), ∂f/∂W⁽²⁾ = (x, 2x + 1), ∂f/∂b⁽²⁾ = 1; K = [[15, −3], [−3, 7]],
tr K = 22, det K = 96 (checked against the reference Jacobian in :mod:`test_check_typst`).
"""

from check_helpers import line_verdicts
from test_check_typst import HEAD, RIGHT

from symntk.check import check_text
from symntk.check.typst import typst_latex
from symntk.check.typst_math import math_latex

START = (HEAD + RIGHT).count("\n") + 2   # the first line of what a test appends after a blank line


def _verdicts(extra: str) -> dict[int, list[str]]:
    """The verdicts by line of the invented notes with ``extra`` appended, numbered from :data:`START`."""
    report = check_text(HEAD + RIGHT + "\n" + extra, "notes.typ")
    return {line - START: v for line, v in line_verdicts(report).items() if line >= START}


def test_let_function_called_in_markup_joins_the_math_after_it():
    verdicts = _verdicts(
        "#let dd(a) = $(partial f) / (partial #a)$\n"                       # 0
        "- #dd($b_1^([1])$) $= 1$\n"                                         # 1: right
        "- #dd($W_(1 1)^([1])$) $= W_(1 1)^([2])$\n"                         # 2: the input factor x forgotten
        "- #dd([$W_(1 2)^([2])$]) $= 2 x + 1$\n"                             # 3: content in brackets
        "$ dd(b_2^([1])) = -1 $, $ #dd($b^([2])$) = 2 $\n")                  # 4: called in math
    assert verdicts[1] == ["correct"]
    assert verdicts[2] == ["wrong"]
    assert verdicts[3] == ["correct"]
    assert verdicts[4] == ["correct", "wrong"]


def test_let_name_and_quoted_trace_before_math():
    verdicts = _verdicts(
        "#let kk = $K_(1 2)$\n"
        "#kk $= -3$ and #kk $= -5$\n"                                        # 1
        "\"tr\" $K = 22$, \"tr\" $K = 20$\n")                                # 2
    assert verdicts[1] == ["correct", "wrong"]
    assert verdicts[2] == ["correct", "wrong"]


def test_quoted_word_inside_math_and_non_operator_words_stay():
    text = "#let th = $theta$\nso \"tr\" $K$ and \"hello\" $x$ and $ \"tr\" K $\n"
    out = typst_latex(text, "n.typ").splitlines()
    assert out[1] == 'so $\\operatorname{tr} K$ and "hello" $x$ and $\\operatorname{tr} K$'


def test_table_read_by_rows_with_header_and_rules():
    verdicts = _verdicts(
        "#table(\n"                                                          # 0
        "  columns: (auto, auto, auto), align: center,\n"
        "  table.header([param], [symbolic], [numbers]),\n"
        "  [$b_1^([1])$], [$1$], [$1$],\n"                                   # 3
        "  [$W_(1 2)^([2])$], [$z_2$], [$2x + 1$],\n"                        # 4
        "  table.hline(),\n"
        "  [$W_(2 1)^([1])$], [$W_(1 1)^([2]) x$], [$x$],\n"                 # 6: W_(1 2)^([2]) x is right
        ")\n")
    assert verdicts[3] == ["correct"]
    assert verdicts[4] == ["correct"]
    assert verdicts[6] == ["wrong"]


def test_table_keeps_lines_and_translates_cell_math():
    text = "#table(columns: 2,\n  [$x_1$], [$f(x_1)$],\n  [1], [$-2$],\n)\nafter\n"
    out = typst_latex(text, "n.typ").splitlines()
    assert out[0] == r"\begin{tabular}{cc}"
    assert out[1].split() == ["$x_{1}$", "&", "$f(x_{1})$", "\\\\"]
    assert out[2].split() == ["1", "&", "$-2$", "\\\\"]
    assert out[3].strip() == r"\end{tabular}" and out[4] == "after"


def test_differentials_attach_and_symbol_code():
    assert math_latex("dif f / dif x") == r"\frac{\mathrm{d} f}{\mathrm{d} x}"
    assert math_latex('upright("d") f / upright("d") x') == r"\frac{\mathrm{d} f}{\mathrm{d} x}"
    assert math_latex('("d" f) / ("d" x)') == r"\frac{\mathrm{d} f}{\mathrm{d} x}"
    assert math_latex("attach(W, t: (1), b: 11)") == r"W_{11}^{(1)}"
    assert math_latex("attach(sum, t: 7, b: k=1) a_k") == r"\sum_{k=1}^{7} a_{k}"
    assert math_latex("x #sym.arrow.r y") == r"x \rightarrow y"
    assert math_latex('class("relation", x) + cancel(y)') == "x + y"
    assert math_latex('underbrace(1 + 2, "three")') == "1 + 2"


def test_differential_derivatives_are_judged():
    verdicts = _verdicts(
        "$ (dif f) / (dif b_1^([1])) = 1 $\n"                                # 0
        "$ upright(\"d\") f / upright(\"d\") b_2^([1]) = 1 $\n"              # 1: true −1
        "$ attach(K, b: 12) = -3 $\n")                                       # 2
    assert verdicts[0] == ["correct"]
    assert verdicts[1] == ["wrong"]
    assert verdicts[2] == ["correct"]


def test_table_in_a_figure_is_a_table_too():
    text = "#figure(\n  table(columns: 2, [$x_1$], [$f(x_1)$], [1], [$-2$]),\n  caption: [values],\n)\n"
    out = typst_latex(text, "n.typ").splitlines()
    assert len(out) == 4
    assert out[1].split() == [r"\begin{tabular}{cc}", "$x_{1}$", "&", "$f(x_{1})$", "\\\\", "1", "&", "$-2$", "\\\\",
                              r"\end{tabular},"]
