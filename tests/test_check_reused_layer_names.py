"""The learner's own names reuse a layer's name: ``b1 = [b1, b2]ᵀ`` under the sheet's ``f(x) = W2(W1 x + b1) + b2``.

Network (by hand): W1 = [2, 1]ᵀ, b1 = [1, 0]ᵀ, W2 = [1, 1], b2 = 0; f = v1(w1 x + b1) + v2(w2 x + b2) + c, so
∂f/∂w1 = v1 x, ∂f/∂b1 = v1, ∂f/∂v1 = w1 x + b1 (the learner's b1 being the first entry of the layer b1); at
x1 = 1 the gradient (w1, w2, b1, b2, v1, v2, c) is (1, 1, 1, 1, 3, 1, 1).
"""

from check_helpers import worst_verdicts

NOTES = """# NTK

Given: f(x) = W2(W1 x + b1) + b2, no activation.
W1 = [2, 1]ᵀ, b1 = [1, 0]ᵀ, W2 = [1, 1], b2 = 0. Datapoints x1 = 1, x2 = 2.

I call W1 = [w1, w2]ᵀ, b1 = [b1, b2]ᵀ, W2 = [v1, v2] and b2 = c.

f(x) = v1·(w1·x + b1) + v2·(w2·x + b2) + c

∂f/∂w1 = v1·x
∂f/∂b1 = v1
∂f/∂v1 = w1·x + b1

At x1 = 1: ∇f(x1) = (1, 1, 1, 1, 3, 1, 1)
"""


def _line(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(start))


def test_the_learners_formula_says_what_their_reused_names_stand_for():
    verdicts, report = worst_verdicts(NOTES)
    for start in ("f(x) = v1", "∂f/∂w1", "∂f/∂b1", "∂f/∂v1", "At x1"):
        assert verdicts.get(_line(NOTES, start)) == "correct", start
    assert report.exit_code == 0


def test_a_wrong_derivative_in_the_reused_names_is_found():
    notes = NOTES.replace("∂f/∂v1 = w1·x + b1", "∂f/∂v1 = w1·x")
    verdicts, report = worst_verdicts(notes)
    assert verdicts.get(_line(notes, "∂f/∂v1")) == "wrong"
    assert report.exit_code == 1
