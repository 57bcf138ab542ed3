r"""Notes written in Word's equation editor and converted to Markdown by pandoc: ``\lbrack``/``\rbrack``, matrices
in sized fences wrapped over lines inside inline math, attribute spans, escapes, grid tables, Word's primes.

The notes here are invented for these tests; their verdicts are worked out by hand: f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾
with W⁽¹⁾ = (2, 1)ᵀ, b⁽¹⁾ = (1, 0)ᵀ, W⁽²⁾ = (1, 1), b⁽²⁾ = 0 at x₁ = 1, x₂ = 2: hidden units 2x + 1 and x, gradient
(x, x, 1, 1, 2x + 1, x, 1), rows (1, 1, 1, 1, 3, 1, 1) and (2, 2, 1, 1, 5, 2, 1), K₁₁ = 15, K₁₂ = 24, K₂₂ = 40.
"""

from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text
from symntk.check.pandoc_notes import NOTATION, joined_math, pandoc_markdown, writes_pandoc

NOTES = (
    "# Homework\n"  # 1
    "\n"
    "**Given:** $W^{\\lbrack 1\\rbrack} = \\left\\lbrack \\begin{matrix}\n"  # 3
    "2 \\\\\n"
    "1\n"
    "\\end{matrix} \\right\\rbrack$, $b^{\\lbrack 1\\rbrack} = \\left\\lbrack \\begin{matrix}\n"  # 6
    "1 \\\\\n"
    "0\n"
    "\\end{matrix} \\right\\rbrack$, $W^{\\lbrack 2\\rbrack} = \\left\\lbrack \\begin{matrix}\n"  # 9
    "1 & 1\n"
    "\\end{matrix} \\right\\rbrack$, $b^{\\lbrack 2\\rbrack} = 0$,\n"  # 11
    "$f(x) = W^{\\lbrack 2\\rbrack}\\left( W^{\\lbrack 1\\rbrack}x + b^{\\lbrack 1\\rbrack} \\right)"
    " + b^{\\lbrack 2\\rbrack}$,\n"  # 12
    "datapoints $x_{1} = 1$, $x_{2} = 2$.\n"  # 13
    "\n"
    "$$\\nabla_{\\theta}f\\left( x_{1} \\right) = (1,1,1,1,3,1,1)^{T}$$\n"  # 15
    "\n"
    "$$\\nabla_{\\theta}f\\left( x_{2} \\right) = (2,2,1,1,5,2,1)^{T}$$\n"  # 17
    "\n"
    "So there are [7 parameters]{.underline}.\n"  # 19
    "\n"
    "$K_{11} = 15$,\\ \\ \\ $K_{12} = 24$\n"  # 21
    "\n"
    "$K_{22} = 41$\n"  # 23
)


def test_pandoc_notes_are_read_and_judged():
    report = check_text(NOTES, "notes.md")
    verdicts = line_verdicts(report)
    assert verdicts[15] == ["correct"] and verdicts[17] == ["correct"]
    assert verdicts[21] == ["correct", "correct"]
    assert verdicts[23] == ["wrong"]
    assert first_mistake(report) == 23


def test_wrapped_inline_matrix_joins_on_its_first_line():
    text = "Given $A = \\left\\lbrack \\begin{matrix}\n1 & 2 \\\\\n3 & 4\n\\end{matrix} \\right\\rbrack$ here.\nNext"
    out = pandoc_markdown(text)
    lines = out.split("\n")
    assert len(lines) == 5
    assert lines[0] == "Given $A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$ here."
    assert lines[1:4] == ["", "", ""] and lines[4] == "Next"


def test_an_open_dollar_that_is_no_wrapped_formula_stays():
    text = "It costs $5 a page\nand $x = 1$ holds.\n"   # a dollar before a digit: no formula
    assert joined_math(text) == text
    prose = "Pay $ 3 now\nthen $y$.\n"   # opened before a space: no formula
    assert joined_math(prose) == prose
    plain = "$a = 1\nb = 2$\n"   # no matrix wrapped over the lines: left as today
    assert joined_math(plain) == plain
    code = "| R: `eigen(K)$values` |\n| `\\left(\\begin{array}{c}…\\end{array}\\right)` and $x$ |\n"   # a table
    assert joined_math(code) == code


def test_spans_escapes_grid_tables_and_primes():
    text = ("$W^{\\lbrack 1\\rbrack}$ and [$\\lambda_{1} \\approx 5$]{.underline}, \\[sic\\] 2\\*3,"
            " $\\sigma^{'}(z)$\n")
    assert writes_pandoc(text)
    assert pandoc_markdown(text) == "$W^{[1]}$ and $\\lambda_{1} \\approx 5$, [sic] 2*3, $\\sigma'(z)$\n"
    grid = ("\\lbrack\\rbrack\n"
            "+-----+-----+\n| a   | b   |\n+=====+=====+\n| 1   | 2   |\n| x   | y   |\n+-----+-----+\n| 3   | 4   |\n"
            "+-----+-----+\n")
    rows = pandoc_markdown(grid).split("\n")
    assert rows[1:] == ["", "| a   | b   |", "|---|---|", "| 1 x | 2 y |", "|  |  |", "|  |  |", "| 3   | 4   |",
                        "", ""]


def test_notation_rows_read_as_shown():
    for _, written, read in NOTATION:
        for spelling, canonical in zip(written.split(" ; "), read.split(" ; "), strict=True):
            marked = "$\\lbrack\\rbrack$\n"   # pandoc's marks, so the Markdown rules apply
            assert pandoc_markdown(marked + spelling).split("\n", 1)[1] == canonical, spelling
