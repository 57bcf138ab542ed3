"""A document's own macros read by TeX's argument rules: unbraced arguments, optional arguments, \\let,
macros in macros, redefinitions mid-document, and bounds on untrusted definitions."""

from symntk.check import check_text
from symntk.check.macros import definitions, expand, expand_document
from symntk.check.tex_expand import MAX_LINE, expand_line


def _doc(text: str) -> str:
    return expand_document(text, text)


def test_an_unbraced_argument_is_one_token():
    """\\V3_{2} with \\V of one argument is V^{(3)}_{2}; \\dd gz reads g and z; \\V\\alpha reads \\alpha."""
    macros = definitions(r"\newcommand{\V}[1]{V^{(#1)}}\newcommand{\dd}[2]{\frac{d #1}{d #2}}")
    assert expand_line(r"$\V3_{2} + \V{4}_1$", macros) == r"$V^{(3)}_{2} + V^{(4)}_1$"
    assert expand_line(r"$\dd gz = \dd g{\V5}$", macros) == r"$\frac{d g}{d z} = \frac{d g}{d V^{(5)}}$"
    assert expand_line(r"$\V\alpha \V 7$", macros) == r"$V^{(\alpha)} V^{(7)}$"


def test_an_optional_argument_takes_its_default_or_the_brackets():
    """\\newcommand*{\\p}[2][n]{p^{#1}_{#2}}: \\p4 is p^{n}_{4}, \\p[3]{k} is p^{3}_{k}."""
    macros = definitions(r"\newcommand*{\p}[2][n]{p^{#1}_{#2}}")
    assert expand_line(r"$\p4 + \p[3]{k}$", macros) == r"$p^{n}_{4} + p^{3}_{k}$"


def test_let_operators_and_macros_inside_macros():
    """\\let\\eps\\varepsilon, \\DeclareMathOperator{\\sg}{\\sigma} is σ itself, \\U is \\V2 which is V^{(2)}."""
    text = (r"\let\eps=\varepsilon" "\n" r"\DeclareMathOperator{\sg}{\sigma}\DeclareMathOperator{\Rank}{rank}" "\n"
            r"\newcommand{\V}[1]{V^{(#1)}}\newcommand{\U}{\V2}\let\Z\U" "\n" r"$\eps \sg(u) \Rank A \U \Z$")
    assert _doc(text).split("\n")[3] == r"$\varepsilon \sigma(u) \operatorname{rank} A V^{(2)} V^{(2)}$"


def test_a_redefinition_holds_from_its_line_on_and_definitions_are_blanked():
    """\\q is q_1 until \\renewcommand makes it r_1; a macro defined in the body and used before keeps it."""
    text = "\\def\\q{q_1}\n$\\q + \\s$\n\\renewcommand{\\q}{r_1}\\newcommand{\\s}{s}\n$\\q$\n"
    lines = _doc(text).split("\n")
    assert lines[1] == "$q_1 + s$" and lines[3] == "$r_1$"
    assert lines[0].strip() == "" and lines[2].strip() == ""


def test_a_control_word_body_keeps_apart_from_a_following_letter():
    """\\tt with body \\tau before y is \\tau y, not \\tauy."""
    assert expand_line(r"$\tt y$", definitions(r"\def\tt{\tau}")) == r"$\tau y$"


def test_self_reference_and_bombs_are_bounded():
    """\\newcommand{\\a}{\\a x} is left alone; a doubling chain stops within the line limit."""
    assert expand_line(r"$\a + \b$", definitions(r"\newcommand{\a}{\a x}\newcommand{\b}{1}")) == r"$\a + 1$"
    bomb = "".join(f"\\newcommand{{\\m{c}}}{{\\m{d}\\m{d}}}" for c, d in zip("abcdefghijklmnop", "bcdefghijklmnopq"))
    line = "$\\ma$"
    assert len(expand_line(line, definitions(bomb + r"\newcommand{\mq}{xy}"))) <= MAX_LINE
    ping = definitions(r"\newcommand{\pa}{\pb}\newcommand{\pb}{\pa}")
    assert expand_line(r"$\pa$", ping) == r"$\pa$"
    assert expand("$\\V$", definitions(r"\newcommand{\V}[1]{v#1}")) == "$\\V$"


NOTES = r"""\documentclass{article}
\newcommand{\w}[1]{w_{#1}}
\newcommand{\bb}[1]{b_{#1}}
\newcommand{\pd}[2]{\frac{\partial #1}{\partial #2}}
\begin{document}
$\w1=2$, $\bb1=1$, $\w2=3$, $\bb2=0$, $x_1=1$, $x_2=2$.

$f(x)=\w2(\w1x+\bb1)+\bb2$

$\pd f{\w1}=\w2x=3x$, $\pd f{\bb1}=3$, $\pd f{\w2}=\w1x+\bb1=2x+1$, $\pd f{\bb2}=1$

$K_{11}=28$, $K_{12}=43$, $K_{22}=70$
\end{document}
"""


def test_notes_with_unbraced_macro_arguments_are_read_and_judged():
    """f = w2(w1 x + b1) + b2 with w1 = 2, b1 = 1, w2 = 3, b2 = 0 (by hand): ∇f = (3x, 3, 2x + 1, 1), so
    ∇f(1) = (3, 3, 3, 1), ∇f(2) = (6, 3, 5, 1); K11 = 28, K12 = 18 + 9 + 15 + 1 = 43, K22 = 36 + 9 + 25 + 1 = 71
    (written 70: wrong)."""
    report = check_text(NOTES, "notes.tex")
    got: dict[int, list[str]] = {}
    for j in report.judgements:
        got.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    assert "wrong" not in got.get(10, []) and got.get(10)
    assert got[12] == ["correct", "correct", "wrong"]


def test_a_script_after_an_unbraced_greek_argument_belongs_to_it():
    """\\pd of two arguments is ∂#1/∂#2; "\\pd f\\theta_2 = 3" means ∂f/∂θ_2 = θ_3 = 3 (right, THETA_HEAD) and
    "\\pd f\\theta_4 = 2" means ∂f/∂θ_4 = 1 (wrong); neither is an unreadable ∂f/∂θ with a stray subscript."""
    from tests.check_helpers import THETA_HEAD, notes_verdicts
    notes = THETA_HEAD + "\\newcommand{\\pd}[2]{\\frac{\\partial #1}{\\partial #2}}\n\n" \
                         "$\\pd f\\theta_2 = 3$\n\n$\\pd f\\theta_4 = 2$\n"
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["correct"] and lines[9] == ["wrong"] and first == 9
