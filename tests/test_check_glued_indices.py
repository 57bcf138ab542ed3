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


# A layer's digit before the glued index letter: w1j is unit j's weight in layer 1 (the notes' w11, w12), w2j its
# weight in layer 2. Network (by hand): f(x) = w21 relu(w11 x + b11) + w22 relu(w12 x + b12) + c with
# W1 = (1, −1), b1 = (0, 2), W2 = (1, 2), c = 0, so ∂f/∂w1j = w2j relu'(z_j) x, ∂f/∂b1j = w2j relu'(z_j),
# ∂f/∂w2j = relu(z_j) for j = 1, 2. At x = 1: z = (1, 1), so ∂f/∂w1j = (1·1·1, 2·1·1) = (1, 2); at x = 3:
# z = (3, −1), so (1·1·3, 2·0·3) = (3, 0). The rule ∂f/∂w2j = relu(z_1) holds for j = 1 only (relu(z_2) ≠ relu(z_1)
# at x = 3: 0 against 3), so it is wrong.
LAYERED = """# relu, two hidden units

Given: W1 = [1, -1]ᵀ, b1 = [0, 2]ᵀ, W2 = [1, 2], b2 = 0, x_1 = 1, x_2 = 3

f(x) = w21*relu(w11*x + b11) + w22*relu(w12*x + b12) + c
theta = (w11, w12, b11, b12, w21, w22, c), 7 parameters

df/dw1j = w2j * relu'(z_j) * x
df/db1j = w2j * relu'(z_j)
df/dw2j = relu(z_j)
df/dc = 1
grad f(x_1) = (1, 2, 1, 2, 1, 1, 1)
grad f(x_2) = (3, 0, 1, 0, 3, 0, 1)
"""


def test_a_layer_digit_before_the_glued_index_letter_is_kept_with_the_name():
    assert glued_indices("df/dw1j = w2j * relu'(z_j) * x") == "df/dw1_{j} = w2_{j} * relu'(z_j) * x"
    assert glued_indices("∂f/∂b1i = v2i") == "∂f/∂b1_{i} = v2_{i}"
    for text in ("df/dw11 = w21 x", "w1j = 3", "2vj + w2j = 1"):   # no derivative by a glued index: as written
        assert glued_indices(text) == text


def test_rules_by_layered_glued_names_are_read_for_every_unit():
    verdicts, report = worst_verdicts(LAYERED)
    for start in ("df/dw1j", "df/db1j", "df/dw2j"):
        assert verdicts.get(_line(LAYERED, start)) == "correct", start
    assert report.exit_code == 0


def test_a_rule_wrong_for_one_unit_only_is_wrong():
    for right, wrong in (("df/dw2j = relu(z_j)", "df/dw2j = relu(z_1)"),
                         ("df/dw1j = w2j * relu'(z_j) * x", "df/dw1j = w2j * relu'(z_j)")):
        notes = LAYERED.replace(right, wrong)
        verdicts, report = worst_verdicts(notes)
        assert verdicts.get(_line(notes, wrong)) == "wrong", wrong
        assert report.exit_code == 1
