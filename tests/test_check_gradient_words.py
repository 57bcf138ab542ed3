"""The gradient named in plain words and typed without dollars: ``grad f1(x1) = […]`` (one output's gradient, its
index glued to f), ``grad f(x(2)) = […]`` (MATLAB's index of the datapoint), ``K11 = |grad f(x1)|² = 13`` (the
squared norm between single bars), ``grad at $x_1$: $(1*1, …) = (1, …)$`` and ``gradient: (2·1, …) = (2, …)``
(the entries worked out from numbers, then the entries), ``K(1)11 = …`` (one output's kernel entry, its two indices
glued after the output), and a result line opened by an arrow (``→ ∇f(x₁) = (…)``).

Every expected verdict is worked out by hand for the small networks below.
"""

from check_helpers import worst_verdicts


def _line(text: str, start: str) -> int:
    """The number of the first line of ``text`` that starts with ``start``."""
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(start))


# f(x) = W2 (W1 x + b1) + b2 with W1 = [1, 2]^T, b1 = [1, 0]^T, W2 = [1, 1], b2 = 0: h1 = x + 1, h2 = 2x.
# θ = (W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2); ∇f(x) = (W2_11 x, W2_12 x, W2_11, W2_12, h1, h2, 1)
# = (x, x, 1, 1, x + 1, 2x, 1): at x1 = 1 (1, 1, 1, 1, 2, 2, 1), at x2 = 2 (2, 2, 1, 1, 3, 4, 1).
# K11 = 1 + 1 + 1 + 1 + 4 + 4 + 1 = 13, K12 = 2 + 2 + 1 + 1 + 6 + 8 + 1 = 21, K22 = 4 + 4 + 1 + 1 + 9 + 16 + 1 = 36.
HEAD = """# A

W1 = [1, 2]ᵀ, b1 = [1, 0]ᵀ, W2 = [1, 1], b2 = 0

x1 = 1, x2 = 2

f(x) = W2 (W1 x + b1) + b2

"""

ONE_OUTPUT = HEAD + """- grad f(x(1)) = [1, 1, 1, 1, 2, 2, 1]
- grad f(x(2)) = [2, 2, 1, 1, 3, 4, 1]

K11 = |grad f(x(1))|² = 13

K22 = |∇f(x(2))|^2 = 36

grad at $x_1$: $(1*1, 1*1, 1, 1, 2, 2, 1) = (1, 1, 1, 1, 2, 2, 1)$

**at x_2 = 2:**
- gradient: (1·2, 1·2, 1, 1, 3, 2·2, 1) = (2, 2, 1, 1, 3, 4, 1)

→ ∇f(x₂) = (2, 2, 1, 1, 3, 4, 1)
"""


def test_plain_gradients_at_datapoints_in_matlab_indexing_are_read_and_correct():
    verdicts, report = worst_verdicts(ONE_OUTPUT)
    for start in ("- grad f(x(1))", "- grad f(x(2))", "K11 = |grad", "K22 = |∇f", "grad at $x_1$", "- gradient:",
                  "→ ∇f(x₂)"):
        assert verdicts.get(_line(ONE_OUTPUT, start)) == "correct", start
    assert report.first_mistake is None


# the same lines with one wrong entry each (x2's gradient is (2, 2, 1, 1, 3, 4, 1); K22 = 36; at x1 the fifth entry is
# h1(1) = 2, not 3): each line is judged wrong, so the rules can fail
WRONG = [("- grad f(x(2)) = [2, 2, 1, 1, 3, 5, 1]", "- grad f(x(2))"),
         ("K22 = |grad f(x(2))|² = 35", "K22 ="),
         ("grad at $x_1$: $(1*1, 1*1, 1, 1, 3, 2, 1) = (1, 1, 1, 1, 3, 2, 1)$", "grad at"),
         ("→ ∇f(x₂) = (2, 2, 1, 1, 3, 4, 2)", "→ ∇f")]


def test_a_wrong_entry_in_each_spelling_is_found():
    for line, start in WRONG:
        notes = HEAD + line + "\n"
        verdicts, report = worst_verdicts(notes)
        assert verdicts.get(_line(notes, start)) == "wrong", line
        assert report.first_mistake is not None and report.first_mistake.line == _line(notes, start), line


# Two outputs, f_o(x) = u_o (w x + b) + c_o with w = 2, b = 1, u = (1, 3), c = (0, 0); h = 2x + 1: h(1) = 3, h(2) = 5.
# θ = (w, b, u1, u2, c1, c2). ∇f1 = (u1 x, u1, h, 0, 1, 0): x1 (1, 1, 3, 0, 1, 0), x2 (2, 1, 5, 0, 1, 0).
# ∇f2 = (u2 x, u2, 0, h, 0, 1): x1 (3, 3, 0, 3, 0, 1), x2 (6, 3, 0, 5, 0, 1).
# K(1)11 = 1 + 1 + 9 + 1 = 12, K(1)12 = 2 + 1 + 15 + 1 = 19, K(1)22 = 4 + 1 + 25 + 1 = 31;
# K(2)11 = 9 + 9 + 9 + 1 = 28, K(2)12 = 18 + 9 + 15 + 1 = 43, K(2)22 = 36 + 9 + 25 + 1 = 71.
TWO_OUTPUTS = """# G

**Data**: W1 = 2, b1 = 1, W2 = [1, 3]ᵀ, b2 = [0, 0]ᵀ, x1 = 1, x2 = 2

I do the 2×2 kernel of each output separately.

names: w = W1, b = b1, W2 = [u1, u2]ᵀ, b2 = [c1, c2]ᵀ

θ = (w, b, u1, u2, c1, c2)

- grad f1(x1) = [1, 1, 3, 0, 1, 0]
- grad f1(x2) = [2, 1, 5, 0, 1, 0]

K(1)11 = 1 + 1 + 9 + 1 = 12, K(1)12 = 2 + 1 + 15 + 1 = 19, K(1)22 = 4 + 1 + 25 + 1 = 31

- grad f2(x1) = [3, 3, 0, 3, 0, 1]
- grad f2(x2) = [6, 3, 0, 5, 0, 1]

K(2)11 = 9 + 9 + 9 + 1 = 28

K(2)12 = 18 + 9 + 15 + 1 = 43

K(2)22 = 36 + 9 + 25 + 1 = 71
"""


def test_one_outputs_gradients_and_kernel_entries_glued_to_their_indices_are_read_and_correct():
    verdicts, report = worst_verdicts(TWO_OUTPUTS)
    for start in ("- grad f1(x1)", "- grad f1(x2)", "K(1)11", "- grad f2(x1)", "- grad f2(x2)", "K(2)11", "K(2)12",
                  "K(2)22"):
        assert verdicts.get(_line(TWO_OUTPUTS, start)) == "correct", start
    assert report.first_mistake is None


def test_a_wrong_entry_of_the_second_outputs_kernel_is_found():
    notes = TWO_OUTPUTS.replace("K(2)12 = 18 + 9 + 15 + 1 = 43", "K(2)12 = 18 + 9 + 15 + 1 = 42")
    verdicts, report = worst_verdicts(notes)
    assert verdicts.get(_line(notes, "K(2)12")) == "wrong"
    assert report.first_mistake.line == _line(notes, "K(2)12")
