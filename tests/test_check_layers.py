"""Vectorised backprop, LaTeX markup and other spellings of a teaching assistant's notes, read and judged.

The exercise (invented here): f(x) = W2 (W1 x + b1) + b2 with W1 = (2, −1)^T, b1 = (1, 0)^T, W2 = (1 3), b2 = 0,
no activation, x_1 = 1, x_2 = 2. Worked out by hand (and checked below against tests/reference.py):
δ^{[2]} = 1, δ^{[1]} = W2^T = (1, 3)^T, ∂f/∂W1 = δ^{[1]} x^T = (x, 3x)^T, ∂f/∂b1 = (1, 3)^T,
∂f/∂W2 = (a^{[1]})^T = (2x + 1, −x), ∂f/∂b2 = 1; so ∇_θ f = (x, 3x, 1, 3, 2x + 1, −x, 1), rows
g1 = (1, 3, 1, 3, 3, −1, 1), g2 = (2, 6, 1, 3, 5, −2, 1), K = [[31, 48], [48, 80]], tr K = 111,
det K = 2480 − 2304 = 176, p(λ) = λ² − 111λ + 176.
"""

from fractions import Fraction

import pytest

from symntk.check import check_text
from symntk.check.markup import clean_markup

from reference import exact_jacobian, gram

GIVEN = r"""\documentclass{article}
\begin{document}
Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with
\[
W^{[1]} = \begin{pmatrix}2\\-1\end{pmatrix},\quad b^{[1]} = \begin{pmatrix}1\\0\end{pmatrix},\quad
W^{[2]} = \begin{pmatrix}1 & 3\end{pmatrix},\quad b^{[2]} = 0, \qquad x_1 = 1,\; x_2 = 2.
\]
"""
END = "\n\\end{document}\n"


def _verdicts(body: str) -> dict[int, list[str]]:
    """line → the verdicts on it (``carried`` for a wrong claim carried forward), for the notes GIVEN + body."""
    text = GIVEN + body + END
    first = GIVEN.count("\n") + 1
    report = check_text(text, "notes.tex")
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        verdict = "carried" if j.carried else j.verdict
        out.setdefault(j.line - first + 1, []).append(verdict)
    return out


def test_the_hand_worked_values_are_right():
    J = exact_jacobian([2, -1, 1, 0, 1, 3, 0], [1, 2, 1], ["identity"], [[1], [2]])
    assert J == [[1, 3, 1, 3, 3, -1, 1], [2, 6, 1, 3, 5, -2, 1]]
    K = gram(J)
    assert K == [[31, 48], [48, 80]]
    assert K[0][0] + K[1][1] == 111 and K[0][0] * K[1][1] - K[0][1] ** 2 == Fraction(176)


def test_vectorised_backprop_in_an_align_with_intertext_and_labels():
    body = r"""\begin{align}
\delta^{[2]} &= 1, \label{eq:d2}\\
\delta^{[1]} &= (W^{[2]})^\top \delta^{[2]} \odot \varphi'(z^{[1]}) = \begin{pmatrix}1\\3\end{pmatrix}, \label{eq:d1}
\intertext{and then, with \eqref{eq:d1},}
\frac{\partial f}{\partial W^{[1]}} &= \delta^{[1]}x^\top = \begin{pmatrix}x\\3x\end{pmatrix}, \qquad
\frac{\partial f}{\partial b^{[1]}} = \delta^{[1]}, \\
\frac{\partial f}{\partial W^{[2]}} &= \delta^{[2]}(a^{[1]})^\top = \begin{pmatrix}2x+1 & -x\end{pmatrix}
\end{align}
"""
    got = _verdicts(body)
    assert got[2] == ["correct"]
    assert got[3] == ["correct", "correct"]
    assert got[5] == ["correct", "correct"]
    assert got[6] == ["correct"]
    assert got[7] == ["correct", "correct"]


def test_matrix_derivatives_wrong_and_transposed():
    body = r"""$$\frac{\partial f}{\partial W^{[1]}} = \delta^{[1]} = \begin{pmatrix}1\\3\end{pmatrix}$$

$$\frac{\partial f}{\partial W^{[2]}} = \begin{pmatrix}2x+1\\-x\end{pmatrix}$$

$$\frac{\partial f}{\partial W^{[2]}} = \begin{pmatrix}-x & 2x+1\end{pmatrix}$$

$$\frac{\partial f}{\partial b^{[1]}}(x_2) = \begin{pmatrix}1 & 3\end{pmatrix}, \qquad
\frac{\partial f(x_2)}{\partial W^{[1]}} = \begin{pmatrix}2\\5\end{pmatrix}$$
"""
    got = _verdicts(body)
    assert got[1][0] == "wrong"               # δ^{[1]} is ∂f/∂b^{[1]}, not ∂f/∂W^{[1]} (x forgotten)
    assert got[3] == ["correct"]              # the transposed convention: a column for the 1 × 2 block
    assert got[5] == ["wrong"]                # the entries swapped
    assert got[7] == ["correct"]              # at x_2, as a row
    assert got[8] == ["wrong"]                # (2, 6) at x_2


def test_boxed_answers_and_the_characteristic_polynomial_by_name():
    body = r"""\begin{align}
K &= \begin{pmatrix}1 & 3 & 1 & 3 & 3 & -1 & 1\\ 2 & 6 & 1 & 3 & 5 & -2 & 1\end{pmatrix}
\begin{pmatrix}1 & 3 & 1 & 3 & 3 & -1 & 1\\ 2 & 6 & 1 & 3 & 5 & -2 & 1\end{pmatrix}^\top
= \begin{pmatrix}31 & 48\\ 48 & 80\end{pmatrix}, \\
p(\lambda) &= \det(K - \lambda I) = (31-\lambda)(80-\lambda) - 48^2 \\
&= \lambda^2 - 111\lambda + 176, \\
\chi_K(\lambda) &= \lambda^2 - 111\lambda + 167
\end{align}
\[
\boxed{\lambda_{1,2} = \tfrac{111 \pm \sqrt{111^2 - 4\cdot 176}}{2}}
\]
"""
    got = _verdicts(body)
    assert got[2] == ["correct"]              # J J^T written as a product of the two written matrices
    assert got[4] == ["correct"]              # the continuation line, on its own line
    assert got[5] == ["correct"]
    assert got[6] == ["correct"]
    assert got[7] == ["wrong"]                # χ_K(λ): 167 is not det K
    assert got[10] == ["correct"]             # inside \boxed


def test_activation_rules_without_an_argument():
    body = r"""$\varphi' = 1$, and for other nets $\tanh' = 1 - \tanh^2$, $\sigma' = \sigma(1 - \sigma)$,
but not $\tanh' = 1 + \tanh^2$.
"""
    got = _verdicts(body)
    assert got[1] == ["correct", "correct", "correct"]
    assert got[2] == ["wrong"]


def test_theta_entries_and_deltas_as_values():
    body = r"""$\frac{\partial f}{\partial \theta_3} = \theta_5$, $\frac{\partial f}{\partial \theta_4} = \theta_5$,
$\frac{\partial f}{\partial b^{[2]}} = \delta^{[2]}$, $a^{[0]} = x$
"""
    got = _verdicts(body)
    assert got[1] == ["correct", "wrong"]     # ∂f/∂b^{[1]}_2 = W^{[2]}_{12} = θ_6, not θ_5
    assert got[2] == ["correct", "correct"]


@pytest.mark.parametrize("text, expected", [
    (r"\boxed{x = 1}", r"       x = 1 "),
    (r"\underbrace{1 + 4}_{W^{[2]}} + 1", r"            1 + 4           + 1"),
    (r"a \overset{\eqref{e}}{=} b", r"a                  = b"),
    ("K_{11} = 8 \\intertext{so, with $y = 2$,}\nK = 1", "K_{11} = 8 \\\\         y = 2 \\\\\nK = 1"),
    (r"\intertext{" + "{" * 10, r"\intertext{" + "{" * 10),
])
def test_markup_is_blanked_in_place(text, expected):
    out = clean_markup(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert "".join(out.split()) == "".join(expected.split())


RELU = r"""# ReLU, zweiter Versuch

Gegeben: $f(x) = W^{(2)}\mathrm{relu}(W^{(1)}x + b^{(1)}) + b^{(2)}$ mit
$W^{(1)} = (1, -1)^T$, $b^{(1)} = (0, 2)^T$, $W^{(2)} = (1, 2)$, $b^{(2)} = 0$; $x_1 = 1$, $x_2 = 3$.

$f(1) = 1 + 2 = 3$, $f(3) = 4$, $a = (3;\ 0)$

Mit $r_i = \mathrm{relu}'(z_i)$: bei $x_2$: $r = (1, 0)$

**$x_2 = 3$**, $\mathrm{relu}'(z) = (1, 1)$
"""


def test_german_numeric_spellings():
    # by hand: z(1) = (1, 1), f(1) = 1 + 2 = 3; z(3) = (3, −1), a(3) = (3, 0), f(3) = 3; relu′(z(3)) = (1, 0)
    report = check_text(RELU, "notes.md")
    got: dict[int, list[str]] = {}
    for j in report.judgements:
        got.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    assert got[6] == ["correct", "correct", "wrong", "correct"]   # f(1) twice, f(3) = 4, a at x_2 with a semicolon
    assert got[8] == ["correct"]                                   # r = (relu′(z_1), relu′(z_2)) at x_2
    assert got[10] == ["wrong"]                                    # relu′(z) at x_2 = 3 is (1, 0)


TANH = r"""Gegeben: $f(x) = W^{(2)} \tanh(W^{(1)} x + b^{(1)}) + b^{(2)}$ mit $W^{(1)} = 1$, $b^{(1)} = 0$,
$W^{(2)} = 2$, $b^{(2)} = 0$, $x_1 = 0$, $x_2 = 1$.

$\tanh'(z) = 1 - \tanh^2(z) = 1 - a^2$, aber nicht $\tanh'(z) = 1 - a$

$\sigma'(\pm 1) = \sigma(1)\sigma(-1)$

$\partial f/\partial b^{(1)} = 2 \cdot 1 = 2$
"""


def test_rules_for_every_z_and_numeric_chains():
    # by hand: a = tanh(z) for the one hidden unit; σ′ is even; ∂f/∂b1 = 2(1 − tanh²(x)) is 2 at x_1 = 0
    report = check_text(TANH, "notes.md")
    got: dict[int, list[str]] = {}
    for j in report.judgements:
        got.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    assert got[4] == ["correct", "correct", "wrong"]
    assert got[6] == ["correct"]
    assert got[8] == ["correct", "correct"]


MACROS = r"""\documentclass{article}
\usepackage{amsmath}
\newcommand{\R}{\mathbb{R}}
\newcommand\Wl[1]{W^{[#1]}}
\def\pd#1#2{\frac{\partial #1}{\partial #2}}
\DeclareMathOperator{\Tr}{tr}
% \newcommand{\bad}{1}
\begin{document}
Network $f:\R\to\R$, $f(x) = \Wl{2}(\Wl{1}x + b^{[1]}) + b^{[2]}$ with
\[
\Wl{1} = \begin{pmatrix}2\\-1\end{pmatrix},\quad b^{[1]} = \begin{pmatrix}1\\0\end{pmatrix},\quad
\Wl{2} = \begin{pmatrix}1 & 3\end{pmatrix},\quad b^{[2]} = 0, \qquad x_1 = 1,\; x_2 = 2.
\]
$\pd{f}{\Wl{2}} = \begin{pmatrix}2x+1 & -x\end{pmatrix}$, $\Tr K = 111$, $\det K = 167$
\end{document}
"""


def test_a_documents_own_macros_are_expanded():
    report = check_text(MACROS, "notes.tex")
    got = [(j.line, "carried" if j.carried else j.verdict) for j in report.judgements]
    assert got == [(14, "correct"), (14, "correct"), (14, "wrong")]   # ∂f/∂W^{[2]}, tr K; det K is 176


def test_macro_expansion_is_bounded():
    from symntk.check.macros import definitions, expand

    bomb = "".join(f"\\newcommand{{\\m{c}}}{{\\m{d}\\m{d}}}" for c, d in zip("abcdefgh", "bcdefghi"))
    text = bomb + "\\newcommand{\\mi}{xxxx}\n" + "$\\ma$ " * 2000
    out = expand(text, definitions(text))
    assert len(out) <= 2 * len(text) + 1024


PIECEWISE = r"""Given: $f(x) = W^{(2)}\mathrm{relu}(W^{(1)}x + b^{(1)}) + b^{(2)}$ with $W^{(1)} = (1, -1)^T$,
$b^{(1)} = (0, 2)^T$, $W^{(2)} = (1, 2)$, $b^{(2)} = 0$; $x_1 = 1$, $x_2 = 3$.

Recall $\mathrm{relu}'(z) = 1$ for $z > 0$, and $\mathrm{relu}'(z) = 1$ for $z < 0$.
"""


def test_a_case_of_a_piecewise_rule_is_judged_under_its_condition():
    # relu′(z) = 1 when z > 0 and 0 when z < 0 (by hand)
    report = check_text(PIECEWISE, "notes.md")
    assert [(j.line, j.verdict) for j in report.judgements] == [(4, "correct"), (4, "wrong")]
