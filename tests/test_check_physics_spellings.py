"""Spellings of a physics undergraduate's LaTeX notes: ^{\\mathsf T} without braces, rows spaced by \\;.

The invented note (worked by hand): f(x) = W2 (W1 x + b1) + b2, no activation, W1 = (2, -1)^T, b1 = (1, 0)^T,
W2 = (1 3), b2 = 0, x_1 = 1, x_2 = -1, θ = (W1_1, W1_2, b1_1, b1_2, W2_1, W2_2, b2).
∇_θ f(x) = (W2_1 x, W2_2 x, W2_1, W2_2, W1_1 x + b1_1, W1_2 x + b1_2, 1) = (x, 3x, 1, 3, 2x + 1, -x, 1):
(1, 3, 1, 3, 3, -1, 1) at x_1, (-1, -3, 1, 3, -1, 1, 1) at x_2; K_11 = 31, K_22 = 23, K_12 = -3.
"""

import pytest

from symntk.check import check_text
from symntk.check.normalise import normalise

from reference import exact_jacobian, gram

NOTE = r"""\documentclass{article}
\begin{document}
Data from the sheet:
\begin{itemize}
  \item $f(x) = W^{(2)}(W^{(1)}x + b^{(1)}) + b^{(2)}$, no activation function
  \item $W^{(1)} = (2, -1)^{\mathsf T}$, $b^{(1)} = (1, 0)^{\mathsf T}$, $W^{(2)} = (1\;\;3)$, $b^{(2)} = 0$
  \item $x_1 = 1$, $x_2 = -1$
\end{itemize}
$\boldsymbol\theta = (W^{(1)}_{1}, W^{(1)}_{2}, b^{(1)}_{1}, b^{(1)}_{2}, W^{(2)}_{1}, W^{(2)}_{2}, b^{(2)})
=: (\theta_1, \dots, \theta_7)$.

"""


@pytest.mark.parametrize("text, expected", [
    (r"x^{\mathsf T}", "x^T"),
    (r"(1, 2)^\mathsf{T}", "(1, 2)^T"),
    (r"v^{\mathrm T} w", "v^T w"),
    (r"W = (1\;\;0)", "W = (1, 0)"),
    (r"W = (1\; -2\; 3)", "W = (1, -2, 3)"),
    (r"\mathrm{d}f/\mathrm{d}\theta_3", r"\frac{\partial f}{\partial \theta_3}"),
    (r"\mathrm d f/\mathrm d\theta_3", r"\frac{\partial f}{\partial \theta_3}"),
    (r"\theta = (a, b) =: (\theta_1, \theta_2)", r"\theta = (a, b) = (\theta_1, \theta_2)"),
    (r"K \eqqcolon A", "K = A"),
    (r"a := b", "a := b"),
])
def test_transpose_spaced_rows_inline_derivatives_and_definitions(text, expected):
    assert normalise(text) == expected


def test_the_hand_values_are_the_independent_backprop():
    J = exact_jacobian([2, -1, 1, 0, 1, 3, 0], [1, 2, 1], ["identity"], [[1], [-1]])
    assert J == [[1, 3, 1, 3, 3, -1, 1], [-1, -3, 1, 3, -1, 1, 1]]
    assert gram(J) == [[31, -3], [-3, 23]]


def test_itemized_data_with_sans_serif_transpose_and_spaced_row_is_read():
    body = [r"$\mathrm{d}f/\mathrm{d}\theta_2 = \theta_6 x$, $\mathrm{d}f/\mathrm{d}\theta_5 = 2x + 2$",
            r"\[ \nabla_{\boldsymbol\theta} f(x_1) = (1, 3, 1, 3, 3, -1, 1)^{\mathsf T} \]",
            r"\[ \Theta(x_1, x_1) = 31 \]",
            r"\[ \Theta(x_1, x_2) = -4 \]"]
    report = check_text(NOTE + "\n".join(body) + "\n\\end{document}\n", "note.tex")
    start = NOTE.count("\n")
    got = [(j.claim.line - start, j.verdict) for j in report.judgements if j.claim.line > start]
    assert got == [(1, "correct"), (1, "wrong"), (2, "correct"), (3, "correct"), (4, "wrong")]


PROSE_NAMES = r"""Given $W^{(1)} = (2, -1)^T$, $b^{(1)} = (1, 0)^T$, $W^{(2)} = (1, 3)$, $b^{(2)} = 0$, no activation;
datapoints $x_1 = 1$, $x_2 = -1$.

$$f(x) = W^{(2)}(W^{(1)}x + b^{(1)}) + b^{(2)}$$

Parameters $W^{(1)}_1, W^{(1)}_2, b^{(1)}_1, b^{(1)}_2, W^{(2)}_1, W^{(2)}_2, b^{(2)}$, which I call
$\theta_1, \dots, \theta_7$.
"""


def test_parameters_named_by_a_theta_list_in_the_same_sentence():
    # θ_1 = W1_1, so ∂f/∂θ_1 = W2_1 x = θ_5 x = x; θ_7 = b2, so ∂f/∂θ_7 = 1; ∂f/∂θ_6 = W1_2 x + b1_2 = -x.
    lines = [r"$$\frac{\partial f}{\partial \theta_1} = \theta_5 x$$",
             r"$$\frac{\partial f}{\partial \theta_7} = 1$$",
             r"$$\frac{\partial f}{\partial \theta_6} = x$$"]
    report = check_text(PROSE_NAMES.replace("\n$\\theta_1", " $\\theta_1") + "\n" + "\n".join(lines))
    start = PROSE_NAMES.count("\n")
    got = [j.verdict for j in report.judgements if j.claim.line > start]
    assert got == ["correct", "correct", "wrong"]


def test_a_theta_list_of_another_length_names_nothing():
    from symntk.check.source import Segment
    from symntk.check.theta_lists import paired_theta_lists
    segs = [Segment(3, r"W_1, W_2, b", False), Segment(3, r"\theta_1, \theta_2", False)]
    assert paired_theta_lists(segs) == segs
    segs = [Segment(3, r"x_1, x_2", False), Segment(3, r"\theta_1, \theta_2", False)]
    assert paired_theta_lists(segs) == segs
    joined = paired_theta_lists([Segment(3, r"\theta_1, \theta_2", False), Segment(3, r"W_1, b", False)])
    assert [s.text for s in joined] == [r"\theta = (W_1, b) = (\theta_1, \theta_2)"]


def test_an_entry_of_theta_inside_a_derivative_chain_is_its_value():
    # ∂f/∂θ_1 = W2_1 x = x: "θ_5 = 1" forgets x, so the chain is wrong at θ_5 and carried at 1.
    report = check_text(PROSE_NAMES.replace("\n$\\theta_1", " $\\theta_1") + "\n"
                        + r"$$\frac{\partial f}{\partial \theta_1} = \theta_5 = 1$$")
    start = PROSE_NAMES.count("\n")
    got = [(j.verdict, j.carried) for j in report.judgements if j.claim.line > start]
    assert got == [("wrong", False), ("wrong", True)]


TWO_OUTPUTS = r"""Given $W^{(1)} = 1$, $b^{(1)} = 0$, $W^{(2)} = (1, 3)^T$, $b^{(2)} = (0, 0)^T$, no activation;
datapoints $x_1 = 1$, $x_2 = 2$.

$$f(x) = W^{(2)}(W^{(1)}x + b^{(1)}) + b^{(2)}$$

$\theta = (W^{(1)}, b^{(1)}, W^{(2)}_1, W^{(2)}_2, b^{(2)}_1, b^{(2)}_2)$.
"""


def test_a_labelled_bare_vector_is_the_gradient_of_the_output_last_named():
    # f_2 = W2_2 (W1 x + b1) + b2_2: ∇_θ f_2 = (W2_2 x, W2_2, 0, W1 x + b1, 0, 1) = (3x, 3, 0, x, 0, 1);
    # at x_1 = 1: (3, 3, 0, 1, 0, 1) (∇_θ f_1 there would be (1, 1, 1, 0, 1, 0)).
    body = [r"$\nabla_\theta f_2 = (3x, 3, 0, x, 0, 1)$", "", r"- $x_1 = 1$: $(3, 3, 0, 1, 0, 1)$",
            r"- $x_2 = 2$: $(6, 3, 0, 2, 0, 0)$"]
    report = check_text(TWO_OUTPUTS + "\n" + "\n".join(body))
    start = TWO_OUTPUTS.count("\n")
    got = [(j.claim.line - start, j.verdict) for j in report.judgements if j.claim.line > start]
    assert got == [(2, "correct"), (4, "correct"), (5, "wrong")]


def test_a_theta_list_set_equal_to_the_parameters_names_them():
    from symntk.check.source import Segment
    from symntk.check.theta_lists import paired_theta_lists
    seg = Segment(4, r"(\theta_1,\dots,\theta_3) = \left(W_{11}, W_{12}, b\right)", True)
    assert [s.text for s in paired_theta_lists([seg])] == [r"\theta = (W_{11}, W_{12}, b) = (\theta_1,\dots,\theta_3)"]
    other = Segment(4, r"(\theta_1, \theta_2) = (1, 2)", True)   # values, not names
    assert paired_theta_lists([other]) == [other]
