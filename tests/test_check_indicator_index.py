"""A blackboard one with a unit's index (``\\mathbb 1_i``, ``𝟙_2``) reads as ReLU′ of that unit (indicator_rules).

Invented ReLU exercise: W^{[1]} = (2, −1)ᵀ, b^{[1]} = (−1, 2)ᵀ, W^{[2]} = (3, 1), b^{[2]} = 0, x = (1, 3), so
∂f/∂b^{[1]}_k = W^{[2]}_{1k} relu′(z_k) as a formula; at x_2 = 3, z = (5, −1): ∂f/∂W^{[1]}_{1} = 3·1·3 = 9."""

from symntk.check.normalise import normalise
from tests.check_helpers import problem, verdicts

RELU = problem([1, 2, 1], "relu", [1, 3], W1=[[2], [-1]], b1=[-1, 2], W2=[[3, 1]], b2=0)
HEAD = "Network $f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x + b^{[1]}) + b^{[2]}$.\n\n"


def test_indexed_blackboard_one_is_relu_prime_of_the_unit():
    """\\mathbb 1_j and \\mathbb{1}_{2} are relu′(z_j), relu′(z_2)."""
    assert normalise("v_j \\mathbb 1_j x") == normalise("v_j \\operatorname{relu}'(z_{j}) x")
    assert normalise("\\mathbb{1}_{2}") == normalise("\\operatorname{relu}'(z_{2})")


def test_bold_one_stays_a_vector_of_ones():
    """\\mathbf 1_n is a vector of ones, not an indicator."""
    assert "relu" not in normalise("\\mathbf 1_n")


def test_derivative_with_indexed_indicator(tmp_path):
    """∂f/∂b^{[1]}_2 = W^{[2]}_{12} 𝟙_2 is right; with W^{[2]}_{11} (the other unit's weight) wrong."""
    notes = HEAD + ("$\\frac{\\partial f}{\\partial b^{[1]}_2} = W^{[2]}_{12} \\mathbb 1_2$\n\n"
                    "$\\frac{\\partial f}{\\partial b^{[1]}_2} = W^{[2]}_{11} \\mathbb 1_2$\n")
    lines, first = verdicts(tmp_path, RELU, notes)
    assert lines[3] == ["correct"] and lines[5] == ["wrong"] and first == 5


def test_bold_indicator_of_a_condition(tmp_path):
    """∂f/∂b^{[1]}_1 = W^{[2]}_{11} \\mathbf 1_{z_1 > 0}: the step of z_1, right."""
    notes = HEAD + "$\\frac{\\partial f}{\\partial b^{[1]}_1} = W^{[2]}_{11} \\mathbf 1_{z_1 > 0}$\n"
    lines, _ = verdicts(tmp_path, RELU, notes)
    assert lines[3] == ["correct"]


def test_the_definition_of_the_indexed_one_is_not_rewritten(tmp_path):
    """"$\\mathbb{1}_j = 1$ if $z_j > 0$ else 0" defines the learner's name: no claim relu′(z_j) = 1 (which would be
    wrong for an inactive unit), and the line has no wrong verdict."""
    assert normalise("\\mathbb{1}_j = 1") != normalise("\\operatorname{relu}'(z_{j}) = 1")
    notes = HEAD + "Let $\\mathbb{1}_j = 1$ if $z_j > 0$ else 0.\n"
    lines, first = verdicts(tmp_path, RELU, notes)
    assert "wrong" not in lines.get(3, []) and first == 0
