"""The learner's gradient letter as a function of x (``g(x) = [3x, 3, 2x+1, 1]``) is ∇_θ f(x) in notes that give
the same letter's vectors at the datapoints (``g1 = […]``, ``g2 = […]``, glued or not), and only there.

f = θ_3(θ_1 x + θ_2) + θ_4, θ = (2, 1, 3, 0), x_1 = 1, x_2 = 2 (THETA_HEAD): ∇f = (3x, 3, 2x + 1, 1) (by hand),
g1 = (3, 3, 3, 1), g2 = (6, 3, 5, 1).
"""

import pytest
from check_helpers import THETA_HEAD, notes_verdicts

from symntk.check.own_gradients import function_letter, own_gradient_function

POINTS = "\ng1 = [3, 3, 3, 1]\ng2 = [6, 3, 5, 1]\n"   # lines 6, 7


@pytest.mark.parametrize("text, letter", [
    ("g1 = [3, 3, 3, 1]\ng2 = [6, 3, 5, 1]", "g"),
    ("G_1 = (3, 3, 3, 1), G_2 = (6, 3, 5, 1)", "G"),
    ("g1 = [3, 3, 3, 1]", None),                       # one index: not said to be the datapoints'
    ("$g_1 = g(1) = (3, 3, 3, 1)$, $g_2 = g(2) = (6, 3, 5, 1)$", "g"),   # the function evaluated, then the vector
    ("g_1 = h(1) = (3, 3, 3, 1), g_2 = h(2) = (6, 3, 5, 1)", None),     # another letter's values: not g's own
    ("J1 = [[1, 2], [3, 4]]\nJ2 = [[1, 2], [3, 4]]", None),   # J: one output's Jacobian, perhaps
])
def test_the_letter_comes_from_vectors_under_two_indices(text, letter):
    assert function_letter(text) == letter


def test_only_the_letter_of_x_set_to_a_vector_is_rewritten():
    assert own_gradient_function("g(x) = [3x, 3, 2x+1, 1]", "g") == "\\nabla_\\theta f(x) = [3x, 3, 2x+1, 1]"
    assert own_gradient_function("g(x) = 3x", "g") == "g(x) = 3x"
    assert own_gradient_function("log(x) = [1]", "g") == "log(x) = [1]"


@pytest.mark.parametrize("general, verdicts", [
    ("g(x) = [3x, 3, 2x+1, 1]", ["correct"]),
    ("g(x) = [3x, 3, 2x, 1]", ["wrong"]),            # the bias term of ∂f/∂θ_3 left out
])
def test_the_general_gradient_in_the_learners_letter_is_judged(general, verdicts):
    lines, _ = notes_verdicts(THETA_HEAD + general + POINTS)
    assert lines[5] == verdicts and lines[6] == ["correct"] and lines[7] == ["correct"]


def test_without_the_letters_vectors_g_of_x_is_not_read():
    lines, _ = notes_verdicts(THETA_HEAD + "g(x) = [3x, 3, 2x, 1]\n")
    assert 5 not in lines


def test_the_general_gradient_read_where_the_datapoints_vectors_evaluate_it():
    points = "\ng_1 = g(1) = [3, 3, 3, 1]\ng_2 = g(2) = [6, 3, 5, 1]\n"
    lines, _ = notes_verdicts(THETA_HEAD + "g(x) = [3x, 3, 2x+1, 1]" + points)
    assert lines[5] == ["correct"]
