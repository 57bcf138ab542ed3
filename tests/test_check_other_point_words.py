"""A datapoint named in words at a line's start (``For the other input, …``, ``Second datapoint:``, ``Beim
zweiten Punkt``): the claims after it are at that datapoint, not at the one named a few lines above
(symntk.check.points.prose_points)."""

from check_helpers import problem, verdicts

from symntk.check.points import prose_points

# relu, W1 = (1, −1)ᵀ, b1 = (0, 2), W2 = (1, 1), b2 = 0, x = (1, 3): at x_1 z = (1, 1), relu′ = (1, 1),
# δ^{[1]} = W2ᵀ ⊙ relu′ = (1, 1), f = 2; at x_2 z = (3, −1), relu′ = (1, 0), δ^{[1]} = (1, 0), f = 3.
RELU = problem([1, 2, 1], "relu", [1, 3], W1=[[1], [-1]], b1=[0, 2], W2=[[1, 1]], b2=0)
HEAD = "Network $f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x + b^{[1]}) + b^{[2]}$.\n\n"


def test_the_other_input_is_the_second(tmp_path):
    """x_1 named on line 3; "For the other input" (line 5) is x_2, where δ^{[1]} = (1, 0): correct."""
    seen, first = verdicts(tmp_path, RELU, HEAD + "**At $x_1 = 1$:** $z = (1, 1)$, $f = 2$.\n\n"
                           "For the other input, $\\delta^{[1]} = (1, 0)$.\n")
    assert seen[5] == ["correct"] and first == 0


def test_the_other_input_still_judged(tmp_path):
    """δ^{[1]} = (1, 1) for the other input (x_2, where it is (1, 0)): wrong."""
    seen, first = verdicts(tmp_path, RELU, HEAD + "**At $x_1 = 1$:** $z = (1, 1)$, $f = 2$.\n\n"
                           "For the other input, $\\delta^{[1]} = (1, 1)$.\n")
    assert seen[5] == ["wrong"] and first == 5


def test_second_datapoint_heads_its_values(tmp_path):
    """"Second datapoint:" after x_1 = 1: z^{[1]} = (3, −1) and δ^{[1]} = (1, 0) are x_2's, both correct."""
    seen, first = verdicts(tmp_path, RELU, HEAD + "At $x_1 = 1$ we have $z^{[1]} = (1, 1)$.\n\n"
                           "Second datapoint: $z^{[1]} = (3, -1)$, so\n\n$\\delta^{[1]} = (1, 0)$\n")
    assert seen[5] == ["correct"] and seen[7] == ["correct"] and first == 0


def test_words_in_other_languages():
    """German "Beim zweiten Punkt", Italian "Nel secondo punto", Icelandic "Í hinum punktinum" after x_1."""
    text = "**x_1 = 1:**\nBeim zweiten Punkt ist z = 3\n**x_1 = 1:**\nNel secondo punto z = 3\n**x_1 = 1:**\n" \
           "Í hinum punktinum er z = 3\n"
    assert prose_points(text) == {1: 1, 2: 2, 3: 1, 4: 2, 5: 1, 6: 2}
