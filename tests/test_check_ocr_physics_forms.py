"""Handwriting run through Mathpix (``\\( \\)`` math, arrays of equations side by side, a datapoint's label and its
vector in one formula, a count after the math, a dropped bias said over a line break) and the physics package's
less common forms (a bare ``\\eval_{x=1}``, ``\\mqty[\\begin{array}…]``, ``\\braket{a}``, ``\\qty\\Big(``).

The notes here are invented for these tests. Their expected verdicts are worked out by hand:

* net f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with W⁽¹⁾ = [2, 1]ᵀ, b⁽¹⁾ = [0, 1]ᵀ, W⁽²⁾ = [1, 3], b⁽²⁾ = 0 at
  x₁ = 1, x₂ = 2; θ = (W⁽¹⁾₁₁, W⁽¹⁾₂₁, b⁽¹⁾₁, b⁽¹⁾₂, W⁽²⁾₁₁, W⁽²⁾₁₂, b⁽²⁾), P = 7; gradient
  (x, 3x, 1, 3, 2x, x + 1, 1), rows (1, 3, 1, 3, 2, 2, 1) and (2, 6, 1, 3, 4, 3, 1);
* with b⁽²⁾ left out (its derivative said to be 0, but it is 1) the row at x₁ is (1, 3, 1, 3, 2, 2): carried;
* with the gradient written without its last entry, (x, 3x, 1, 3, 2x, x + 1) is carried, and so is the kernel
  function from it, Σ gₖ(x)gₖ(x′) = xx′ + 9xx′ + 1 + 9 + 4xx′ + (x + 1)(x′ + 1) = 10xx′ + 10 + 4xx′ + (x+1)(x′+1).
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.decimal_comma import writes_decimal_commas
from symntk.check.dropped_words import dropped_clauses
from symntk.check.index_notation import instances
from symntk.check.inline_labels import inline_labels
from symntk.check.normalise import normalise
from symntk.check.physics_pkg import physics_latex
from symntk.check.segment import Segment
from symntk.check.trailing_counts import trailing_counts

GIVEN = (r"Gegeben: \( W^{[1]}=\left[\begin{array}{l}2 \\ 1\end{array}\right], b^{[1]}=\left[\begin{array}{l}0 \\ 1"
         r"\end{array}\right], W^{[2]}=\left[\begin{array}{ll}1 & 3\end{array}\right], b^{[2]}=0 \), "
         r"\( x_{1}=1, x_{2}=2 \)" "\n\n")


def test_mathpix_notes_equations_side_by_side_counts_and_labels_are_read():
    notes = GIVEN + "\n".join([
        r"\( \theta=\left(w_{1}^{[1]}, w_{2}^{[1]}, b_{1}^{[1]}, b_{2}^{[1]}, w_{1}^{[2]}, w_{2}^{[2]}, b^{[2]}\right)"
        r" \rightarrow 7 \) Parameter",   # 3
        r"also \( 7 \) Parameter.",   # 4
        r"\[",
        r"\begin{array}{ll}",
        r"\frac{\partial f}{\partial w_{1}^{[1]}}=w_{1}^{[2]} x=x & \frac{\partial f}{\partial w_{2}^{[1]}}"
        r"=w_{2}^{[2]} x=3 x \\",   # 7
        r"\frac{\partial f}{\partial b_{1}^{[1]}}=1 & \frac{\partial f}{\partial b_{2}^{[1]}}=3",   # 8
        r"\end{array}",
        r"\]",
        r"\( x_{1}=1: \quad(1,3,1,3,2,2,1) \)",   # 11
        r"\( x_{2}=2: \quad(2,6,1,3,4,2,1) \)",   # 12: the sixth entry is x + 1 = 3
    ]) + "\n"
    lines, first = notes_verdicts(notes)
    assert lines == {3: ["correct", "correct"], 4: ["correct"], 7: ["correct"] * 4, 8: ["correct"] * 2,
                     11: ["correct"], 12: ["wrong"]}
    assert first == 12


def test_a_bias_dropped_in_a_sentence_over_two_lines_is_said_on_its_first():
    notes = GIVEN + "\n".join([
        r"\( b^{[2]} \) verschiebt \( f \) nur, die Ableitung danach ist 0,",   # 3: ∂f/∂b⁽²⁾ = 1
        r"also lasse ich \( b^{[2]} \) weg und rechne mit 6 Einträgen.",
        r"\( x_{1}=1: \quad(1,3,1,3,2,2) \)",   # 5: their own row without b⁽²⁾
    ]) + "\n"
    assert notes_verdicts(notes) == ({3: ["wrong"], 5: ["carried"]}, 3)


def test_a_gradient_with_an_entry_left_out_carries_to_its_values_and_its_kernel_function():
    notes = "\n".join([
        r"$W^{[1]} = (2, 1)^T$, $b^{[1]} = (0, 1)^T$, $W^{[2]} = (1, 3)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.",
        "",
        r"\[",
        r"\grad_\theta f = \mqty(w^{[2]}_{11}x \\ w^{[2]}_{12}x \\ w^{[2]}_{11} \\ w^{[2]}_{12} \\ "
        r"w^{[1]}_{11}x + b^{[1]}_1 \\ w^{[1]}_{21}x + b^{[1]}_2)",   # 4: ∂f/∂b⁽²⁾ = 1 left out
        r"= \mqty(x \\ 3x \\ 1 \\ 3 \\ 2x \\ x+1)",
        r"\]",
        r"$K(x, x') = \ip{\grad f(x)}{\grad f(x')} = 10xx' + 10 + 4xx' + (x+1)(x'+1)$",
        r"\[",
        r"\grad_\theta f\eval_{x=1} = \mqty(1 & 3 & 1 & 3 & 2 & 2)^T",
        r"\]",
    ]) + "\n"
    assert notes_verdicts(notes) == ({4: ["wrong"], 5: ["carried"], 7: ["carried"], 9: ["carried"]}, 4)


@pytest.mark.parametrize("written, read", [
    (r"\( x_{1}=1: \quad(1,3,1) \)", r"\(x_{1}=1\): \((1,3,1) \)"),
    (r"$x_2 = -1:\ (1, -3, 1)$", r"$x_2 = -1$: $(1, -3, 1)$"),
    (r"\( x^{(1)}=(1,0): h=(1,1) \)", r"\(x^{(1)}=(1,0)\): \(h=(1,1) \)"),
    (r"\( x: \text{the input} \)", r"\( x: \text{the input} \)"),   # no datapoint's result after it
    (r"$K_{11}: (1, 2)$", r"$K_{11}: (1, 2)$"),   # no datapoint named
])
def test_a_datapoint_label_in_the_math_of_its_result_is_cut_off(written, read):
    assert inline_labels(written) == read


@pytest.mark.parametrize("written, read", [
    (r"\( \theta=(a, b) \rightarrow 7 \) Parameter", r"\( \theta=(a, b) \Rightarrow 7 \text{Parameter}\)"),
    (r"$\theta \in \mathbb{R}^7 \Rightarrow 7$ parameters",
     r"$\theta \in \mathbb{R}^7 \Rightarrow 7 \text{parameters}$"),
    (r"$x_1 = 7$ parameters", r"$x_1 = 7$ parameters"),   # no arrow: the math says something else
])
def test_a_count_whose_word_follows_the_math_is_moved_into_it(written, read):
    assert trailing_counts(written) == read


def test_dropping_over_inline_paren_math_and_after_a_reason_with_also():
    assert dropped_clauses(r"also lasse ich \( b^{[2]} \) weg und rechne mit 6 Einträgen.") == [(["b^{[2]}"], False)]
    said = dropped_clauses(r"\( c \) verschiebt \( f \) nur, die Ableitung danach ist 0, also lasse ich \( c \) weg.")
    assert said and "c" in said[0][0]
    # about a derivative itself (no consequence before the phrase): nothing dropped
    assert dropped_clauses(r"In der Ableitung nach $w_1$ fällt $b_2$ weg.") == []
    # English "also" is no consequence
    assert dropped_clauses(r"$b_2$ also matters for the derivative, I keep it.") == []


def test_index_letters_spaced_in_a_subscript_are_one_pair():
    texts = [s.text for s in instances(Segment(1, r"\frac{\partial f}{\partial w_{j k}}=v_{k} x_{j}", True),
                                       {"j": [1, 2], "k": [1, 2]})]
    assert r"\frac{\partial f}{\partial w_{12}}=v_{2} x_{1}" in texts
    assert r"\frac{\partial f}{\partial w_{21}}=v_{1} x_{2}" in texts
    assert len(texts) == 4


def test_commas_among_a_lists_members_are_no_evidence_of_decimal_commas():
    assert not writes_decimal_commas(r"$\nabla f_{2}=(w x, w, 0, h, 0,1)=(2 x, 2,0, x+1,0,1)$")
    assert writes_decimal_commas("$a = 0,5 + 0,25 = 0,75$")
    assert writes_decimal_commas("$(0,5 + 0,25) = 0,75$")


@pytest.mark.parametrize("written, read", [
    (r"\grad_\theta f\eval_{x=1}", r"\nabla_\theta f\Big|_{x=1}"),
    (r"f\eval|_{x=2}", r"f\Big|_{x=2}"),
    (r"\grad_\theta f\eval_{x} = g", r"\nabla_\theta f = g"),
    (r"\eval{\grad_\theta f}_{x}", r"\nabla_\theta f"),
    (r"\mqty[\begin{array}{cc} 1 & 2 \\ 3 & 4 \end{array}]", r"\begin{bmatrix}1 & 2 \\ 3 & 4\end{bmatrix}"),
    ("\\mqty(\\begin{array}{c}\n1 \\\\\n2\n\\end{array})", "\\begin{pmatrix}\n1 \\\\\n2\n\\end{pmatrix}"),
    (r"\braket{a}", r"\langle a, a \rangle"),
    (r"\qty\Big(x + 1)", r"(x + 1)"),
])
def test_physics_forms(written, read):
    assert physics_latex(written) == read


@pytest.mark.parametrize("written, read", [
    (r"\Theta(z_1)", r"\operatorname{relu}'(z_1)"),
    (r"\Theta(x, x')", r"\Theta(x, x')"),   # the kernel: two inputs
    (r"\sum_{\substack{k=1}}^{7} a_k", r"\sum_{k=1}^{7} a_k"),
])
def test_heaviside_theta_and_one_line_substack(written, read):
    assert normalise(written) == normalise(read)


def test_a_matrix_sketched_with_vertical_dots_is_its_shape_and_the_chain_goes_on():
    notes = "\n".join([
        r"$W^{[1]} = (2, 1)^T$, $b^{[1]} = (0, 1)^T$, $W^{[2]} = (1, 3)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.",
        "",
        r"\[",
        r"J = \mqty[\pdv{f(x_1)}{w_1} & \cdots & \pdv{f(x_1)}{c} \\ \vdots & & ]",   # 4: a sketch, no claim
        r"= \mqty[1 & 3 & 1 & 3 & 2 & 2 & 1 \\ 2 & 6 & 1 & 3 & 4 & 2 & 1]",   # 5: J₂₆ = 3, not 2
        r"\]",
    ]) + "\n"
    assert notes_verdicts(notes) == ({5: ["wrong"]}, 5)
