"""A remark in prose opened by a parenthesis after a plain-text value: ``∂f/∂b3 = 0 (b3 is just a constant)``.

Network (by hand): three scalar layers without activation, f = w3(w2(w1 x + b1) + b2) + b3, so ∂f/∂b3 = 1 and
∂f/∂w3 = v with v = w2(w1 x + b1) + b2.
"""

from check_helpers import worst_verdicts

NOTES = """I: three layers

W1 = 2, W2 = 1, W3 = 3, b1 = b2 = b3 = 0, x1 = 1, x2 = 2

names: w1 b1 w2 b2 w3 b3

f(x) = w3(w2(w1 x + b1) + b2) + b3
u = w1 x + b1, v = w2 u + b2

∂f/∂w3 = v
∂f/∂b3 = 1 (b3 is only a constant)
"""


def _line(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(start))


def test_a_value_followed_by_a_remark_in_words_is_judged():
    verdicts, _ = worst_verdicts(NOTES)
    assert verdicts.get(_line(NOTES, "∂f/∂b3")) == "correct"
    notes = NOTES.replace("∂f/∂b3 = 1 (", "∂f/∂b3 = 0 (")
    verdicts, report = worst_verdicts(notes)
    assert verdicts.get(_line(notes, "∂f/∂b3")) == "wrong"
    assert report.exit_code == 1
