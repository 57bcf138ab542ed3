"""Index letters glued to one-letter names in plain text: ``∂f/∂wij = vi · xj`` (no underscores).

Network (by hand): two inputs, h_i = Σ_j w_ij x_j + b_i, f = Σ_i v_i h_i + c, so ∂f/∂w_ij = v_i x_j, ∂f/∂b_i = v_i,
∂f/∂v_i = h_i. With W1 = [[1, 2], [3, 1]], v = (2, −1) the transposed v_j x_i differs from v_i x_j at w12
(v_1 x_2 = 2 x_2 against v_2 x_1 = −x_1), so writing it is wrong.
"""

from check_helpers import worst_verdicts

from symntk.check.glued_indices import glued_indices

NOTES = """# two inputs

Given: W1 = [[1, 2], [3, 1]], b1 = [1, 0]ᵀ, W2 = [2, −1], b2 = 1, x⁽¹⁾ = (1, 1), x⁽²⁾ = (2, 0)

Names: W1 = [[w11, w12], [w21, w22]], b1 = (b1, b2), W2 = (v1, v2), c.

h1 = w11 x1 + w12 x2 + b1
h2 = w21 x1 + w22 x2 + b2
f(x) = v1 h1 + v2 h2 + c

θ = (w11, w12, w21, w22, b1, b2, v1, v2, c), 9 parameters.

Derivatives:
∂f/∂wij = vi · xj
∂f/∂bi = vi, ∂f/∂vi = hi, ∂f/∂c = 1
"""


def _line(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(start))


def test_the_letters_of_a_derivatives_glued_indices_become_scripts_on_its_line():
    assert glued_indices("∂f/∂wij = vj · xi") == "∂f/∂w_{ij} = v_{j} · x_{i}"
    assert glued_indices("df/dbk = vk") == "df/db_{k} = v_{k}"
    assert glued_indices("∂f/∂bi = vi, ∂f/∂vi = hi") == "∂f/∂b_{i} = v_{i}, ∂f/∂v_{i} = h_{i}"


def test_lines_without_such_a_derivative_and_other_letters_stay():
    for text in ("hi in ij = 3", "∂f/∂w11 = v1 x", "∂f/∂bias = 1", "x = vi + 1"):
        assert glued_indices(text) == text
    assert glued_indices("∂f/∂wi = vi in xi, ok") == "∂f/∂w_{i} = v_{i} in x_{i}, ok"   # "in": n is no index here


def test_the_right_general_derivative_is_correct():
    verdicts, report = worst_verdicts(NOTES)
    assert verdicts.get(_line(NOTES, "∂f/∂wij")) == "correct"
    assert verdicts.get(_line(NOTES, "∂f/∂bi")) == "correct"
    assert report.exit_code == 0


def test_transposed_indices_are_the_first_mistake():
    notes = NOTES.replace("∂f/∂wij = vi · xj", "∂f/∂wij = vj · xi")
    verdicts, report = worst_verdicts(notes)
    assert verdicts.get(_line(notes, "∂f/∂wij")) == "wrong"
    assert report.exit_code == 1
