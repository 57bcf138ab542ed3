"""The number of parameters as an English number word that opens a clause (``seven parameters.``, ``θ = (…) — seven
parameters``, ``Nine parameters: …``) is the claim P = n; a number word after a word (``its three parameters``,
``with four parameters``) says no count.

f = θ_3(θ_1 x + θ_2) + θ_4 (THETA_HEAD): four parameters.
"""

import pytest
from check_helpers import THETA_HEAD, notes_verdicts


@pytest.mark.parametrize("line, verdicts", [
    ("four parameters.", ["correct"]),
    ("Four parameters in all.", ["correct"]),
    ("so: five parameters", ["wrong"]),
    ("the output unit's three parameters are W2, b2 and one more", None),
    ("with four parameters and two datapoints K is 2x2", None),
])
def test_a_count_in_a_word_that_opens_a_clause(line, verdicts):
    lines, _ = notes_verdicts(THETA_HEAD + line + "\n")
    assert lines.get(5) == verdicts
