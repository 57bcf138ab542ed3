"""A literal typed into code that only restates numbers the notes already wrote is no new claim
(symntk.check.restated_literals); what the program printed, and a literal the notes never wrote, still are.

Notes invented for these tests: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = 1, b^{[1]} = 0,
W^{[2]} = 2, b^{[2]} = 0, x_1 = 1, x_2 = 2, θ = (W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]}). By hand: ∇f(x) = (2x, 2, x, 1),
so ∇f(x_1) = (2, 2, 1, 1), ∇f(x_2) = (4, 2, 2, 1), K = [[10, 15], [15, 25]]. The wrong g_2 = (2, 2, 2, 1) (the
factor x forgotten in the first entry) gives K = [[10, 11], [11, 13]], carried.
"""

from check_helpers import notes_verdicts

from symntk.check.restated_literals import without_restated
from symntk.check.segment import Segment

HEAD = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = 1$, $b^{[1]} = 0$, $W^{[2]} = 2$, "
        "$b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")                                         # line 1


def _notes(g2: str, code_rows: str, printed: str) -> str:
    return HEAD + "$g_1 = (2, 2, 1, 1)$\n\n" + f"$g_2 = {g2}$\n\n" + \
        "```python\nimport numpy as np\n" + f"J = np.array([{code_rows}])\n" + "K = J @ J.T\nprint(K)\n```\n" + \
        f"```\n{printed}\n```\n"
    # g_1 on line 3, g_2 on line 5, the fence on lines 7-12 (J on line 9), the printout on line 14


def test_a_restated_jacobian_is_no_claim_its_printout_is():
    lines, first = notes_verdicts(_notes("(2, 2, 2, 1)", "[2, 2, 1, 1], [2, 2, 2, 1]", "[[10. 11.]\n [11. 13.]]"))
    assert lines[5] == ["wrong"] and first == 5
    assert 9 not in lines and lines[14] == ["carried"]


def test_a_literal_the_notes_never_wrote_is_a_claim():
    # the code is the first place the second row is written: J is judged there (its row (4, 2, 2, 1) is right)
    notes = HEAD + "$g_1 = (2, 2, 1, 1)$\n\n" + "```python\nimport numpy as np\n" + \
        "J = np.array([[2, 2, 1, 1], [4, 2, 2, 1]])\n```\n"
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["correct"] and first == 0


def test_the_filter():
    text = "g = (1, 0, 1)\nK = [[3, 5], [5, 12]]\n```\nJ = np.array([[1, 0, 1]])\nprint(J)\n>> K = [3 5; 5 12];\n" \
           ">> J = [1 0 2]\n```\n"
    segments = [Segment(4, "J = [[1, 0, 1]]", False), Segment(5, "J = [[1, 0, 1]]", False),
                Segment(6, "K = [[3, 5], [5, 12]]", False), Segment(7, "J = [[1, 0, 2]]", False)]
    kept = without_restated(text, text.index("```"), segments)
    assert [s.line for s in kept] == [5, 7]   # the printout (line 5) and the new numbers (line 7) stay
