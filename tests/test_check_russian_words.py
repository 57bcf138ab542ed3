"""Russian notes (counts, eigenvalues said in a sentence, a parameter left out on purpose), a bold label that names an
output heading what follows, and a learner's own letter worked out again from numbers (the next output's D).

The invented note is exercise B (worked by hand): W^{[1]} = (2, −1)ᵀ, b^{[1]} = (1, 0)ᵀ, W^{[2]} = (1, 3), b^{[2]} = 1,
x_1 = 1, x_2 = −1; ∇_θ f = (x, 3x, 1, 3, 2x + 1, −x, 1): (1, 3, 1, 3, 3, −1, 1) and (−1, −3, 1, 3, −1, 1, 1);
K = [[31, −3], [−3, 23]], tr K = 54, det K = 713 − 9 = 704, λ = 27 ± √(729 − 704) = 27 ± 5: 32 and 22.
"""

from check_helpers import notes_verdicts

from symntk.check.output_subject import output_named

from reference import exact_jacobian, gram

HEAD = r"""# Задача B

Дано: $W^{[1]} = (2, -1)^T$, $b^{[1]} = (1, 0)^T$, $W^{[2]} = (1, 3)$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = -1$.
$\nabla_\theta f(x_1) = (1, 3, 1, 3, 3, -1, 1)$
$\nabla_\theta f(x_2) = (-1, -3, 1, 3, -1, 1, 1)$
"""


def _verdicts(text):
    return {line: set(found) for line, found in notes_verdicts(text)[0].items()}


def test_the_hand_values_are_the_independent_backprop():
    J = exact_jacobian([2, -1, 1, 0, 1, 3, 1], [1, 2, 1], ["identity"], [[1], [-1]])
    assert J == [[1, 3, 1, 3, 3, -1, 1], [-1, -3, 1, 3, -1, 1, 1]]
    assert gram(J) == [[31, -3], [-3, 23]]
    assert 31 * 23 - 9 == 704 and 27 ** 2 - 704 == 25


def test_a_count_in_russian():
    assert _verdicts(HEAD + "Всего $7$ параметров.\n")[6] == {"correct"}
    assert _verdicts(HEAD + "Всего $6$ параметров.\n")[6] == {"wrong"}


def test_eigenvalues_said_in_a_russian_sentence():
    assert _verdicts(HEAD + "Собственные значения ядра 32 и 22.\n")[6] == {"correct"}
    assert "wrong" in _verdicts(HEAD + "Собственные значения ядра 32 и 21.\n")[6]


def test_a_parameter_left_out_in_russian():
    got = _verdicts(HEAD + "Производную по $b^{[2]}$ не учитываю: она ничего не даёт.\n")
    assert got[6] == {"wrong"}   # ∂f/∂b^{[2]} = 1 at both points: it does contribute


def test_an_own_letter_worked_out_again_from_numbers():
    text = HEAD + "$q = 2 + 3 = 5$\n\nдальше\n\n$q = 10 - 1 = 9$\n"
    got = _verdicts(text)
    assert got.get(6, {"correct"}) == {"correct"} and got.get(10, {"correct"}) == {"correct"}
    assert "wrong" in _verdicts(HEAD + "$q = 2 + 3 = 6$\n")[6]


def test_a_bold_label_names_the_section_it_opens():
    assert output_named("**Выход 2.** $K^{(2)}_{11} = 13$") == (2, True)
    assert output_named("**Output 1:** $K_{11} = 7$") == (1, True)
    assert output_named("Output 2: g = (1, 2)") == (2, False)
    assert output_named("output 2.5 is the value") is None
