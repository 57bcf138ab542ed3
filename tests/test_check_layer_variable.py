"""Data and names written once with a layer variable (layer_variable.py): ``W^{[l]} = 2``, ``b^{[l]} = 1``,
``v_l = W^{[l]}``, and the same data said in words in Finnish, Dutch and Polish (named_values.py).

The notes here are invented for these tests. The net f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with every W = 2 and every
b = 1 is f(x) = 4x + 3; with θ = (W⁽¹⁾, b⁽¹⁾, W⁽²⁾, b⁽²⁾) its gradient is (W⁽²⁾x, W⁽²⁾, W⁽¹⁾x + b⁽¹⁾, 1) =
(2x, 2, 2x + 1, 1): at x₁ = 1 (2, 2, 3, 1), at x₂ = −1 (−2, 2, −1, 1); K = [[18, −2], [−2, 10]] (by hand, and
below by the reference implementation).
"""

import pytest
from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text
from symntk.check.layer_variable import layer_kind
from symntk.check.syntax import parse
from symntk.errors import InputError

from reference import exact_jacobian, gram

FORMULA = r"$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$"
WORK = ("\n"
        r"$\nabla_\theta f(x_1) = (2, 2, 3, 1)$, $\nabla_\theta f(x_2) = (-2, 2, -1, 1)$" "\n"   # 3
        "\n"
        r"$K_{11} = 18$, $K_{12} = 2$, $K_{22} = 10$" "\n")                                      # 5 (K_12 wrong)


def _check(notes: str):
    report = check_text(notes, "notes.md")
    return line_verdicts(report), first_mistake(report)


def test_the_invented_network_by_the_reference():
    rows = exact_jacobian([2, 1, 2, 1], [1, 1, 1], ["identity"], [[1], [-1]])
    assert rows == [[2, 2, 3, 1], [-2, 2, -1, 1]]
    assert gram(rows) == [[18, -2], [-2, 10]]


@pytest.mark.parametrize("data", [
    r"with $W^{[l]} = 2$ and $b^{[l]} = 1$ for $l = 1, 2$",
    r"$W^{(l)} = 2$, $b^{(l)} = 1$",
    r"$w_l = 2$, $b_l = 1$ for every layer",
    r"kaikki painot 2 ja kaikki biasit 1",
    r"kaikki painot ovat 2, kaikki vakiotermit 1",
    r"alle gewichten zijn 2 en alle biases 1",
    r"wszystkie wagi 2 i wszystkie biasy 1",
    r"alle vektene er 2 og alle biasene 1",
    r"kaikki painot 2 ja biasit 1",
])
def test_one_value_for_every_layer(data):
    lines, first = _check(FORMULA + ", " + data + "; $x_1 = 1$, $x_2 = -1$.\n" + WORK)
    assert lines[3] == ["correct", "correct"]
    assert lines[5] == ["correct", "wrong", "correct"]
    assert first == 5


def test_names_for_every_layer_with_the_layer_letter():
    notes = (FORMULA + r", $W^{[l]} = 2$, $b^{[l]} = 1$; $x_1 = 1$, $x_2 = -1$." "\n"   # 1
             "\n"
             r"Write $v_l = W^{[l]}$ and $c_l = b^{[l]}$." "\n"                           # 3
             "\n"
             r"$\partial f/\partial v_1 = v_2 x$, $\partial f/\partial c_1 = v_2$, "
             r"$\partial f/\partial v_2 = v_1 x$" "\n")                                   # 5: the last is wrong
    lines, first = _check(notes)
    assert lines[5] == ["correct", "correct", "wrong"]
    assert first == 5


def test_the_last_layer_is_not_every_layer():
    notes = FORMULA + r", $W^{[L]} = 2$, $b^{[L]} = 1$; $x_1 = 1$, $x_2 = -1$." "\n" + WORK
    with pytest.raises(InputError):
        check_text(notes, "notes.md")


@pytest.mark.parametrize("text, kind", [
    (r"W^{[l]}", "W"), (r"b^{(l)}", "b"), (r"w_l", "W"), (r"W^{[L]}", None), (r"W_{l1}", None),
    (r"W^{[2]}", None), (r"v_l", None), (r"W^{[k]}", None),
])
def test_what_names_a_layer_by_its_letter(text, kind):
    assert layer_kind(parse(text + " = 1").members[0].node) == kind
