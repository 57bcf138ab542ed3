"""A datapoint label before a result on one line (x_1 = 1 => (…), x=2: (…), x_1: z = …) in terse notes."""

import pytest
from check_helpers import THETA_HEAD, line_verdicts

from symntk.check import check_text
from symntk.check.point_labels import labelled_results
from symntk.check.source import Segment

# f = θ_3(θ_1 x + θ_2) + θ_4, θ = (2, 1, 3, 0): ∇f = (3x, 3, 2x + 1, 1), at x = 1: (3, 3, 3, 1), at x = 2: (6, 3, 5, 1);
# K_11 = 9 + 9 + 9 + 1 = 28, K_12 = 18 + 9 + 15 + 1 = 43, K_22 = 36 + 9 + 25 + 1 = 71 (by hand).
HEAD = THETA_HEAD


def _by_line(notes: str) -> dict[int, list[str]]:
    return line_verdicts(check_text(notes, "n.md"))


@pytest.mark.parametrize("line", [
    "x_1 = 1 => (3, 3, 3, 1) ; x_2 = 2 => (6, 3, 5, 1)",
    "x=1: (3,3,3,1) ; x=2: (6,3,5,1)",
    "x_1: (3, 3, 3, 1), x_2: (6, 3, 5, 1)",
    "**x_1 = 1** -> [3, 3, 3, 1] ; **x_2 = 2** -> [6, 3, 5, 1]",
    "x_1 \\to (3,3,3,1), x_2 \\to (6,3,5,1)",
    "x = 1 ⇒ (3, 3, 3, 1) og x = 2 ⇒ (6, 3, 5, 1)",
    "- x1 = 1 -> [3, 3, 3, 1] ; - x2 = 2 -> [6, 3, 5, 1]",
])
def test_labelled_vectors_are_the_gradients_at_their_points(line):
    assert _by_line(HEAD + line + "\n")[5] == ["correct", "correct"]


def test_an_arrow_to_a_claim_that_is_no_vector_makes_no_gradient():
    assert labelled_results("x_1 = 1 => lambda = 3", []) == []


def test_a_slip_in_one_is_wrong_and_the_kernel_from_it_carried():
    notes = HEAD + "x_1 = 1 => (3, 3, 3, 1) ; x_2 = 2 => (6, 3, 4, 1)\n\nK_{12} = 18+9+12+1 = 40\n"
    got = _by_line(notes)
    assert got[5] == ["correct", "wrong"]
    assert set(got[7]) == {"carried"}


def test_a_gradient_one_entry_short_after_derivatives_that_stop_short_is_wrong_not_unread():
    notes = HEAD + ("$\\partial f/\\partial\\theta_1 = \\theta_3 x$, $\\partial f/\\partial\\theta_2 = \\theta_3$, "
                    "$\\partial f/\\partial\\theta_3 = \\theta_1 x + \\theta_2$\n\n"
                    "x_1 = 1 => (3, 3, 3)\n\nK_{11} = 9+9+9 = 27\n")
    got = _by_line(notes)
    assert got[7] == ["wrong"]
    assert set(got[9]) == {"carried"}


def test_a_short_vector_after_a_label_is_no_false_alarm():
    got = _by_line(HEAD + "x_1: (3, 7)\n")
    assert "wrong" not in got.get(5, [])


def test_a_label_then_a_claim_after_its_colon():
    notes = HEAD + "$h = \\theta_1 x + \\theta_2$\n\n**x_2 = 2**: h = 5\n\n**x_1 = 1**: h = 4\n"
    got = _by_line(notes)
    assert got[7][-1] == "correct"
    assert got[9][-1] == "wrong"


def test_the_output_is_the_one_the_last_derivative_names():
    found = labelled_results("grad f_2 = [x, 1]\n\nx_1: [1, 1]", [])
    assert [s.text for s in found] == ["\\nabla_\\theta f_2(x_{1}) = [1, 1]"]
    found = labelled_results("∂f_1/∂θ_1 = x\nx=2: (2, 1)", [])
    assert found[0].text == "\\nabla_\\theta f_1(2) = (2, 1)"


def test_the_words_read_apart_are_dropped_and_a_label_alone_is_kept():
    found = [Segment(3, "x=1", False, soft=True), Segment(3, "(1,2) ; x=2", False, soft=True),
             Segment(3, "(3,4)", False, soft=True), Segment(4, "x = 1", False, soft=True)]
    got = labelled_results("\n\nx=1: (1,2) ; x=2: (3,4)\nx = 1", found)
    assert [s.text for s in got] == ["\\nabla_\\theta f(1) = (1,2)", "\\nabla_\\theta f(2) = (3,4)", "x = 1"]


def test_no_label_no_gradient():
    assert labelled_results("y: (1, 2)\nbox 1: (1, 2)\nx_1 + (1, 2)", []) == []
