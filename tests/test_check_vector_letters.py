"""Whole layers under the learner's own letters: f(x) = v^T(u x + b) + c with u, b, v vectors and c a number.

The network of every test: u = [1, 2]^T, b = [0, -1]^T, v = [3, 1]^T, c = 2, no activation; x_1 = 1, x_2 = 0.
Worked by hand: h(x) = u x + b = [x, 2x - 1], f(x) = 5x + 1; ∇_u f = v x = [3x, x], ∇_b f = v = [3, 1],
∇_v f = h(x), ∂f/∂c = 1; ∇_θ f(x_1) = (3, 1, 3, 1, 1, 1, 1), ∇_θ f(x_2) = (0, 0, 3, 1, 0, -1, 1);
K_11 = 23, K_12 = 10, K_22 = 12 (also x_i x_j ‖v‖² + ‖v‖² + ⟨h(x_i), h(x_j)⟩ + 1 with ‖v‖² = 10).
"""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.syntax import parse
from symntk.check.targets import gradient_of
from symntk.check.vector_names import with_layers

LETTERS = r"$u = [1, 2]^\top$, $b = [0, -1]^\top$, $v = [3, 1]^\top$, $c = 2$, no activation; $x_1 = 1$, $x_2 = 0$."
TIED = (r"$u = W^{[1]} = [1, 2]^\top$, $b = b^{[1]} = [0, -1]^\top$, $v^\top = W^{[2]} = [3, 1]$, "
        r"$c = b^{[2]} = 2$; $x_1 = 1$, $x_2 = 0$.")


def _notes(head: str, formula: str, grad_u: str) -> str:
    return "\n\n".join([head, formula, rf"$$\nabla_u f = {grad_u}$$", r"$$\nabla_b f = v = [3, 1]^\top$$",
                        r"$$\nabla_\theta f(x_1) = [3, 1, 3, 1, 1, 1, 1]^\top$$", "$$K_{12} = 10$$",
                        "$$K_{22} = 12$$"]) + "\n"


@pytest.mark.parametrize("head", [LETTERS, TIED])
@pytest.mark.parametrize("formula", [r"$$f(x) = v^\top(ux + b) + c$$",
                                     r"$f(x) = v^\top h(x) + c$ with $h(x) = ux + b$"])
def test_letters_for_whole_layers_give_the_exercise_and_their_blocks(head, formula):
    lines = line_verdicts(check_text(_notes(head, formula, r"v\,x = \begin{bmatrix} 3x \\ x \end{bmatrix}")))
    assert "wrong" not in sum(lines.values(), []) and "unreadable" not in lines.get(1, []), lines
    assert lines[5] and set(lines[5]) == {"correct"}, lines
    assert lines[9] == ["correct"] and lines[11] == ["correct"] and lines[13] == ["correct"], lines


@pytest.mark.parametrize("grad_u", [r"v", r"\begin{bmatrix} 3x + 1 \\ x \end{bmatrix}"])
def test_a_wrong_block_is_wrong(grad_u):   # v: the input factor x forgotten
    lines = line_verdicts(check_text(_notes(LETTERS, r"$$f(x) = v^\top(ux + b) + c$$", grad_u)))
    assert lines[5] == ["wrong"], lines


def test_a_gradient_by_a_letter_is_not_the_gradient_by_theta():
    assert gradient_of(parse(r"\nabla_u f").members[0].node) is None
    assert gradient_of(parse(r"\nabla_\theta f(x_1)").members[0].node) == (1, 1)


def test_tied_letters_are_written_as_their_layers_where_they_stand_alone():
    ties = {"u": ("W1", False), "v": ("W2", True), "b": ("b1", False), "c": ("b2", False)}
    text = r"$\nabla_u f = v\,x$, $v^\top (ux + b) + c$, $b^{[2]} = 0$, $v_1$, $\|v\|^2$, \begin{bmatrix} b"
    assert with_layers(text, ties) == (r"$\nabla_{W^{[1]}} f = (W^{[2]})^\top\,x$, $W^{[2]} (W^{[1]}x + b^{[1]}) "
                                       r"+ b^{[2]}$, $b^{[2]} = 0$, $v_1$, $\|W^{[2]}\|^2$, \begin{bmatrix} b")


@pytest.mark.parametrize("norm, verdict", [("9 + 1 = 10", "correct"), ("3^2 + 3^2 = 18", "wrong")])
def test_the_squared_norm_of_a_layer_letter_is_the_sum_of_its_entries_squared(norm, verdict):
    notes = LETTERS + "\n\n" + r"$$f(x) = v^\top(ux + b) + c$$" + "\n\n" + rf"$$\|v\|^2 = {norm}$$" + "\n"
    assert line_verdicts(check_text(notes))[5][0] == verdict


# Sigmoid, worked by hand: u·x + b = [x, -x] with w = [1, -1]^T, b = 0, a = [1, 1]^T, c = 0; at x_1 = 0 σ = 1/2,
# σ' = 1/4: ∇_θ f(x_1) = (0, 0, 1/4, 1/4, 1/2, 1/2, 1), K_11 = 2/16 + 2/4 + 1 = 13/8.
SIGMOID = (r"Data: $w = [1, -1]^\top$, $b = [0, 0]^\top$, $a = [1, 1]^\top$, $c = 0$, $x_1 = 0$, $x_2 = 1$." "\n\n"
           r"$$f(x) = a^\top \sigma(w x + b) + c$$" "\n\n$$\\nabla_w f = {grad}$$\n\n"
           r"$$\nabla_\theta f(x_1) = [0, 0, \tfrac14, \tfrac14, \tfrac12, \tfrac12, 1]^\top$$" "\n\n"
           r"$$K_{11} = \tfrac{13}{8}$$" "\n")


@pytest.mark.parametrize("grad, verdict", [(r"(a \odot \sigma'(wx + b))\, x", "correct"),
                                           (r"a \odot \sigma'(wx + b)", "wrong")])   # the input factor x forgotten
def test_other_letters_by_their_place_in_the_formula(grad, verdict):
    lines = line_verdicts(check_text(SIGMOID.replace("{grad}", grad)))
    assert lines[5] == [verdict] and lines[7] == ["correct"] and lines[9] == ["correct"], lines


# Two inputs, matrix letters: A = [[1, 2], [0, 1]], a = [0, 1]^T, B = [1, -1], c = 0; at x = (1, 0): h = Ax + a =
# [1, 1], ∂f/∂A_ij = B_i x_j → (1, 0, -1, 0), ∂f/∂a = B → (1, -1), ∂f/∂B = h → (1, 1), 1; K_11 = 7.
# Lower-case w_1, w_2 for the layers with w_2 written as a column and used as w_2^T: A's numbers, K_11 = 8.
@pytest.mark.parametrize("notes", [
    r"$A = \begin{bmatrix} 1 & 2 \\ 0 & 1 \end{bmatrix}$, $a = [0, 1]^\top$, $B = [1, -1]$, $c = 0$; "
    r"$x^{(1)} = (1, 0)^\top$, $x^{(2)} = (0, 1)^\top$." "\n\n$$f(x) = B(Ax + a) + c$$\n\n"
    r"$$\nabla_\theta f(x^{(1)}) = [1, 0, -1, 0, 1, -1, 1, 1, 1]^\top$$" "\n\n$$K_{11} = 7$$\n",
    r"$w_1 = [1, 1]^\top$, $b_1 = [0, 1]^\top$, $w_2 = [1, 0]^\top$, $b_2 = 0$, $x_1 = 1$, $x_2 = 2$." "\n\n"
    r"$$f(x) = w_2^\top(w_1 x + b_1) + b_2$$" "\n\n"
    r"$$\nabla_\theta f(x_1) = [1, 0, 1, 0, 1, 2, 1]^\top$$" "\n\n$$K_{11} = 8$$\n"])
def test_matrix_letters_and_indexed_layer_letters_give_the_exercise(notes):
    lines = line_verdicts(check_text(notes))
    assert lines[5] == ["correct"] and lines[7] == ["correct"], lines


def test_writing_the_layers_stays_linear_on_hostile_math():
    import time

    text = "$$ u " * 5000 + r"\[ v " * 5000 + r"\begin{align} u" * 2000 + " u x " * 5000
    start = time.process_time()  # CPU time: load from other work does not count
    with_layers(text, {"u": ("W1", False), "v": ("W2", True)})
    assert time.process_time() - start < 5


# ReLU, worked by hand: u = [1, -1]^T, b = [0, 2]^T, v = [1, 2]^T, c = 0 at x_1 = 1: ux + b = [1, 1], both on,
# ∇_θ f(x_1) = (1, 2, 1, 2, 1, 1, 1), K_11 = 1 + 4 + 1 + 4 + 1 + 1 + 1 = 13 (12 would drop ∂f/∂c).
RELU = r"$u = [1, -1]^\top$, $b = [0, 2]^\top$, $v = [1, 2]^\top$, $c = 0$, $x_1 = 1$, $x_2 = 3$."


@pytest.mark.parametrize("formula", [r"\mathbf{v}^\top \mathrm{relu}(\mathbf{u} x + \mathbf{b}) + c",
                                     r"\langle v, \mathrm{relu}(ux + b)\rangle + c",
                                     r"v \cdot \mathrm{relu}(ux + b) + c",
                                     r"\sum_j v_j \mathrm{relu}(u_j x + b_j) + c"])
@pytest.mark.parametrize("k11, verdict", [("13", "correct"), ("12", "wrong")])
def test_the_same_network_written_other_ways_is_read(formula, k11, verdict):
    notes = RELU.replace("$u", r"$\mathbf{u}") if "mathbf" in formula else RELU
    lines = line_verdicts(check_text(f"{notes}\n\n$$f(x) = {formula}$$\n\n$$K_{{11}} = {k11}$$\n"))
    assert lines[5] == [verdict], lines
