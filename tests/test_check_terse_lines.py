"""Terse whiteboard lines: a name typed before inline math, ⇒ before a new name, an arrow before a count, layers
given half by index (W1 = 1) and half with their layer (W^{[2]}), and a gradient named g(v) at a datapoint's value."""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.source import segments

# f = θ_3(θ_1 x + θ_2) + θ_4, θ = (2, 1, 3, 0): ∇f = (3x, 3, 2x + 1, 1); at x = 1: (3, 3, 3, 1), at x = 2: (6, 3, 5, 1)
# (worked by hand), P = 4.
GIVEN = "W1 = 2, b1 = 1, W2 = 3, b2 = 0 ; x_1 = 1, x_2 = 2\n\n"


def _verdicts(notes: str) -> dict[int, list[str]]:
    return line_verdicts(check_text(notes, "n.md"))


@pytest.mark.parametrize("line, verdict", [
    ("f(x) = $\\theta_3(\\theta_1x+\\theta_2)+\\theta_4$", "correct"),
    ("f = $\\theta_3(\\theta_1x+\\theta_2)+\\theta_4$, 4 params", "correct"),
    ("K_{11} = $9+9+9+1$", "correct"),
    ("K_{11} = $9+9+9$", "wrong"),
])
def test_a_name_typed_before_inline_math_belongs_to_it(line, verdict):
    assert _verdicts(GIVEN + line + "\n")[3][0] == verdict


def test_the_name_before_inline_math_is_not_read_twice():
    texts = [s.text for s in segments("so f(x) = $\\theta_1 x$ here\n") if s.line == 1]
    assert texts == ["f(x) = \\theta_1 x"]
    assert [s.text for s in segments("f(x) = $a = b$\n")] != ["f(x) = a = b"]


@pytest.mark.parametrize("arrow", ["\\to", "->", "=>"])
def test_an_arrow_before_a_count_leaves_the_theta_list_readable(arrow):
    got = _verdicts(GIVEN + f"θ = (2, 1, 3, 0) {arrow} 4 parametrar\n")
    assert got[3] == ["correct", "correct"]


def test_implies_before_a_new_name_starts_its_own_claim():
    notes = GIVEN + "$f(x) = \\theta_3(\\theta_1x+\\theta_2)+\\theta_4$\n\n**x_2 = 2**: h = 5 => g_2 = (6, 3, 5, 1)\n"
    assert _verdicts(notes)[5][-1] == "correct"
    notes = notes.replace("(6, 3, 5, 1)", "(6, 3, 4, 1)")
    assert _verdicts(notes)[5][-1] == "wrong"


@pytest.mark.parametrize("given", [
    "W1 = 2, b1 = 1, $W^{[2]} = 3$, $b^{[2]} = 0$ ; x_1 = 1, x_2 = 2",
    "$W^{[1]} = 2$, $b^{[1]} = 1$, W2 = 3, b2 = 0 ; x_1 = 1, x_2 = 2",
])
def test_layers_given_half_by_index_half_with_their_layer(given):
    report = check_text(given + "\n\n$\\nabla f(x_2) = (6, 3, 5, 1)$\n", "n.md")
    assert [w.tolist() for w in report.problem.weights] == [[[2]], [[3]]]
    assert [b.tolist() for b in report.problem.biases] == [[[1]], [[0]]]
    assert [j.verdict for j in report.judgements if j.line == 3] == ["correct"]


def test_two_outputs_with_the_hidden_layer_by_index():
    # f_1 = 1(1x + 1) + 0, f_2 = 2(1x + 1) + 0: ∇f_1(x_1 = 1) = (W, b, h, 0, b_1, b_2) = (1, 1, 2, 0, 1, 0) by hand
    notes = "W1 = 1, b1 = 1, $W^{[2]} = [1,2]^T$, $b^{[2]} = [0,0]^T$ ; x_1 = 1, x_2 = 2\n\nx_1: (1, 1, 2, 0, 1, 0)\n"
    report = check_text(notes, "n.md")
    assert tuple(report.problem.widths) == (1, 1, 2)
    assert [w.tolist() for w in report.problem.weights] == [[[1]], [[1], [2]]]
    assert [j.verdict for j in report.judgements if j.line == 3] == ["correct"]


@pytest.mark.parametrize("listing", ["x = 1, 2", "punktar x = 1 og x = 2"])
def test_a_gradient_named_g_at_a_datapoint_value(listing):
    notes = ("W1 = 2, b1 = 1, W2 = 3, b2 = 0 ; " + listing + "\n\n"
             "$f(x) = \\theta_3(\\theta_1x+\\theta_2)+\\theta_4$\n\ng(1) = (3,3,3,1), g(2) = (6,3,4,1)\n")
    assert _verdicts(notes)[5] == ["correct", "wrong"]
