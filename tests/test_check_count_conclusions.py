"""The number of parameters in a word after a word that concludes (``…, so nine parameters``,
symntk.check.prose._WORD_COUNT), on invented notes.

THETA_HEAD (check_helpers): θ = (θ_1, θ_2, θ_3, θ_4), P = 4. ``θ lists the weights and biases, hence four
parameters`` is P = 4, correct; ``that's five parameters`` is P = 5, wrong (the first mistake); ``so its three
parameters`` (of a layer) says no count.
"""

from tests.check_helpers import THETA_HEAD, notes_verdicts


def test_count_word_after_a_concluding_word():
    """Line 5 correct, line 7 wrong and the first mistake, line 9 not read."""
    notes = THETA_HEAD + ("θ lists the weights and biases, hence four parameters.\n\n"
                          "Counting again: that's five parameters.\n\n"
                          "The first layer has a weight and a bias, so its three parameters are fine.\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"] and lines[7] == ["wrong"] and first == 7
    assert 9 not in lines
